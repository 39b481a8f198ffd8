"""The edition as one TEI corpus file: an edition header and every document.

Libraries that ingest a single file get `teiCorpus` with a header describing
the edition as a whole (title, publisher, licence, the permanent-URL patterns)
and each document's TEI element unchanged, except for one thing: identifiers
that several documents share (their `respStmt` and slot-state ids) must be
unique in one file, so in the corpus they are prefixed with the document id
and the document's own pointers to them are rewritten to match. Block and
document identifiers are unique across the edition and stay as released.
"""
from __future__ import annotations

import copy
from collections import Counter
from dataclasses import dataclass

from lxml import etree
from lxml.builder import ElementMaker

from triglot.problems import InputError, Problem
from triglot.tei import NS, TEI_NS, XML_ID, XML_LANG

T = ElementMaker(namespace=TEI_NS, nsmap={None: TEI_NS})
CORPUS_FILE = "triglot-corpus.xml"   # this project's; an edition's is corpus_file(its name)


def corpus_file(name: str) -> str:
    """The corpus file of the edition named `name` (the settings' edition.name): NAME-corpus.xml."""
    return f"{name}-corpus.xml"


@dataclass(frozen=True)
class EditionFacts:
    """What every export says about the edition as a whole, read from the documents' headers."""
    title: str
    publisher: str
    licence_uri: str
    licence_text: str
    date: str            # latest publication date of a document
    version: str         # editionStmt/edition/@n
    version_text: str
    uri: str             # the edition's URI base
    lang: str            # the base language (of the title)
    email: str | None = None   # the editors' contact: the settings' contact, else an <email> in a header
    titles: tuple[tuple[str, str], ...] = ()   # (language, title) in every language the settings give
    name: str = "triglot"   # the settings' edition.name: names the corpus and CMIF files


def edition_facts(edition) -> EditionFacts:
    """The publisher, licence and version the documents agree on; a disagreement is an error.

    A new edition with no document yet states what its settings say."""
    settings = edition.settings
    if not edition.documents:
        import datetime as dt
        return EditionFacts(settings.title(settings.base), settings.publisher, settings.licence.url,
                            settings.licence.label, dt.date.today().isoformat(), "", "",
                            settings.uri_base, settings.base, email=settings.contact or None,
                            titles=_titles(settings), name=settings.name)
    from triglot.validate import header
    # what each document states (the rule on it is validate's: validate/header.py)
    # a document loaded unparsed has both kept (edition.facts_of)
    documents = [(doc.name, doc.facts["header"] if "header" in doc.facts else header.stated(doc.root))
                 for doc in edition.documents]
    problems = header.problems(settings, documents)
    from triglot.validate import edition_name
    problems += header.register_problems(settings, [(edition_name(edition, reg.path), reg.tree.getroot())
                                                    for reg in edition.registers.values()])
    if problems:
        raise InputError(problems)
    licences, emails = Counter(), []
    for doc, (_, found) in zip(edition.documents, documents):
        said = header.said_texts(doc)
        if not header.own_licence(found):      # a document under its source's licence says nothing of the edition's
            licences[said["licence"]] += 1
        emails += said["emails"]
    values = {key: {found[key][0] for _, found in documents if key != "licence" or not header.own_licence(found)}
              for key in ("publisher", "licence", "version")}
    values["licence"] = values["licence"] or {settings.licence.url}
    if not licences:
        licences[settings.licence.label] += 1
    dates = [found["date"][0] for _, found in documents if found["date"][0]]
    return EditionFacts(settings.title(settings.base), values["publisher"].pop(), values["licence"].pop(),
                        header.most_said(licences) or "", max(dates), values["version"].pop(),
                        header.edition_statement(edition.documents) or "",
                        settings.uri_base, settings.base,
                        email=settings.contact or min((e for e in emails if e), default=None),
                        titles=_titles(settings), name=settings.name)


def _titles(settings) -> tuple[tuple[str, str], ...]:
    """The edition's title in every language the settings give it in, the base language first."""
    others = sorted(lang for lang in settings.titles if lang != settings.base)
    return tuple((lang, settings.titles[lang]) for lang in (settings.base, *others))


def build_corpus(edition, facts: EditionFacts) -> etree._ElementTree:
    """teiCorpus: the edition header, then a copy of every document (the edition is not changed)."""
    members = [copy.deepcopy(doc.root) for doc in edition.documents]
    _make_ids_unique(members)
    corpus = T.teiCorpus(edition_header(edition, facts), *members)
    corpus.set(XML_LANG, edition.settings.base)
    return etree.ElementTree(corpus)


def _editors(edition, facts: EditionFacts) -> list[tuple[str, str]]:
    """Whom the corpus header names as its editors: the settings' edition.editors (the MODS record
    of the edition and Dublin Core read them here); it named the publisher whatever they said."""
    if edition.settings.editors:
        return edition.settings.editor_names()
    return [("orgName", facts.publisher)]


def edition_header(edition, facts: EditionFacts):
    """The corpus header: what is true of the whole edition, and how its parts are cited."""
    first = edition.documents[0].root
    project = copy.deepcopy(first.find("t:teiHeader/t:encodingDesc/t:projectDesc", NS))
    return T.teiHeader(
        T.fileDesc(
            T.titleStmt(
                *(T.title(text, {"type": "main", XML_LANG: lang}) for lang, text in facts.titles),
                # the settings' editors (the publisher when none is given), as encode names them
                T.respStmt(T.resp("edited and encoded by"), *(getattr(T, tag)(name) for tag, name in
                                                              _editors(edition, facts)))),
            T.editionStmt(T.edition(facts.version_text, n=facts.version)),
            T.publicationStmt(
                T.publisher(facts.publisher),
                T.idno(facts.uri, type="URI"),
                T.availability(T.licence(facts.licence_text, target=facts.licence_uri), status="free"),
                T.date(facts.date, when=facts.date)),
            T.sourceDesc(T.p(
                f"A born-digital corpus of the {len(edition.documents)} documents of the edition; "
                "the header of each document describes its source."))),
        T.encodingDesc(
            *([project] if project is not None else []),
            T.refsDecl(
                T.cRefPattern(T.p("A block of a document, or any element with an identifier, is cited as "
                                  f"{facts.uri}DOCUMENT#IDENTIFIER, e.g. {facts.uri}"
                                  f"{_example(edition)}."),
                              matchPattern=r"([a-z][a-z0-9\-]*)#(\S+)",
                              replacementPattern=f"{facts.uri}$1#$2"),
                T.cRefPattern(T.p(f"A document is cited as {facts.uri}DOCUMENT, its identifier being "
                                  "the xml:id of its TEI element."),
                              matchPattern=r"([a-z][a-z0-9\-]*)",
                              replacementPattern=f"{facts.uri}$1"))),
        T.profileDesc(T.langUsage(*(T.language(edition.settings.language_usage(code), ident=code)
                                    for code in edition.settings.languages))),
    )


def _example(edition) -> str:
    doc = edition.documents[0]
    ids = doc.block_ids()
    return f"{doc.id}#{ids[0]}" if ids else doc.id


def _make_ids_unique(members) -> None:
    """Prefix ids that recur in several documents with the document id; rewrite their pointers."""
    counts = Counter(i for m in members for i in {el.get(XML_ID) for el in m.iter() if el.get(XML_ID)})
    shared = {i for i, n in counts.items() if n > 1}
    taken = set(counts)
    for member in members:
        doc_id = member.get(XML_ID)
        renamed = {}
        for el in member.iter():
            old = el.get(XML_ID)
            if old in shared and el is not member:
                new = f"{doc_id}.{old}"
                if new in taken:
                    raise InputError([Problem(f"tei/ ({doc_id})", el.sourceline or 0, "corpus-id",
                                              f"cannot make {old!r} unique in the corpus: {new!r} exists")])
                renamed[old] = new
                el.set(XML_ID, new)
        if renamed:
            _rewrite_pointers(member, renamed)


def _rewrite_pointers(member, renamed: dict[str, str]) -> None:
    for el in member.iter():
        for name, value in el.attrib.items():
            if "#" not in value:
                continue
            tokens = value.split()
            new = [f"#{renamed[t[1:]]}" if t.startswith("#") and t[1:] in renamed else t for t in tokens]
            if new != tokens:
                el.set(name, " ".join(new))


