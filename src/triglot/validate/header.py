"""What every document's header states for the edition as a whole, and the rule on it.

The web, print and library outputs read the edition's publisher, licence, version and
publication date from the documents' headers (library/corpus.py `edition_facts`). This module
is the one place that says what a header must state: `edition_facts` refuses with these
problems, and `validate` reports the same ones (the rules across files, validate/summary.py),
so an editor learns at validation, with the header's line, what build and export would refuse.
"""
from __future__ import annotations

import re
from collections import Counter

from triglot.problems import Problem
from triglot.tei import NS, XML_ID, normalize_space

WHERE = {"publisher": "publicationStmt/publisher", "licence": "publicationStmt/availability/licence/@target",
         "version": "editionStmt/edition/@n"}
RULE = "edition-header"
# what the settings state too (a new document's header is written from them: triglot new, encode); the
# publisher as a header's is read, white space collapsed ("Éditions\u00a0de la Tour", "Smith  & Sons"),
# or a new edition's headers, written from the settings, were refused for stating them
SETTING = {"publisher": lambda settings: normalize_space(settings.publisher),
           "licence": lambda settings: settings.licence.url}


def texts(root) -> dict:
    """What the library's edition facts (library/corpus.py) read of a header besides `stated`: the
    licence's and edition's wording and the e-mail addresses it gives (JSON-ready: kept with the
    facts of a document loaded unparsed, edition.facts_of)."""
    h = root.find("t:teiHeader/t:fileDesc", NS)
    h = h if h is not None else root

    def text(el) -> str | None:
        return " ".join("".join(el.itertext()).split()) if el is not None else None
    # the edition's licence (without @source), by its name alone: a note of what it covers is no part of it
    edition_licence = next((el for el in h.iterfind("t:publicationStmt/t:availability/t:licence", NS)
                            if not el.get("source")), None)
    return {"licence": licence_words(edition_licence) or None,
            "version": text(h.find("t:editionStmt/t:edition", NS)),
            "emails": [text(e) for path in ("t:titleStmt//t:email", "t:publicationStmt//t:email")
                       for e in h.iterfind(path, NS)]}


def stated(root) -> dict:
    """{key: [value or None, line]} for publisher, licence, version and date (JSON-ready: the
    validation cache keeps it in the document's summary). The line is the element's, or, when
    the header does not state it, the line of the statement that would hold it."""
    h = root.find("t:teiHeader/t:fileDesc", NS)
    h = h if h is not None else root
    stmt = h.find("t:publicationStmt", NS)
    stmt = stmt if stmt is not None else h
    publisher = _one_or_the_other(h.findall("t:publicationStmt/t:publisher", NS), _text)
    licences = h.findall("t:publicationStmt/t:availability/t:licence", NS)
    # a licence with @source is the document's own, its source's (ENCODING.md, "Files"): not the edition's
    own = next((el for el in licences if el.get("source")), None)
    lic = _one_or_the_other([el for el in licences if not el.get("source")], lambda el: el.get("target"))
    ed_stmt = h.find("t:editionStmt", NS)
    ed = h.find("t:editionStmt/t:edition", NS)
    date = h.find("t:publicationStmt/t:date", NS)

    def line(el) -> int:
        return getattr(el, "sourceline", 0) or 0
    closed = next((a for a in h.findall("t:publicationStmt/t:availability", NS)
                   if a.get("status") in ("restricted", "unknown")), None)
    return {"restricted": [closed.get("status") if closed is not None else None, line(closed)],
            "publisher": [_text(publisher) or None, line(publisher if publisher is not None else stmt)],
            "licence": [lic.get("target") if lic is not None else None, line(lic if lic is not None else stmt)],
            # "" for an own licence with no @target: it is there, and names no licence
            "own-licence": [(own.get("target") or "") if own is not None else None,
                            line(own if own is not None else stmt)],
            "own-licence-source": [_unreached_source(root, own), line(own)],
            "uncovered": _uncovered(own, lic),
            "version": [ed.get("n") if ed is not None else None,
                        line(next(e for e in (ed, ed_stmt, h) if e is not None))],
            "date": [(date.get("when") or None) if date is not None else None, line(stmt)],
            "statement": [normalize_space("".join(ed.itertext())) or None if ed is not None else None,
                          line(next(e for e in (ed, ed_stmt, h) if e is not None))]}


def _uncovered(own, lic) -> list:
    """[the target of a licence that stands beside a public-domain mark (or is the mark) without saying
    what it covers (note type="covers"), its line], or [None, 0]: with the mark's note deleted by hand
    the footer read "Texts and encoding: Public Domain Mark 1.0", the translations under the mark."""
    if own is None or lic is None or not is_public_domain(own.get("target")):
        return [None, 0]
    for el in (own, lic):
        if not any(normalize_space("".join(n.itertext())) for n in el.iterfind("t:note[@type='covers']", NS)):
            return [el.get("target") or "", getattr(el, "sourceline", 0) or 0]
    return [None, 0]


def most_said(said: Counter) -> str | None:
    """The words most documents give, the first in order of its text among as many; None if none gives
    any. What the edition says as a whole (its statement, its licence's words) is what most of its
    documents say, never the last or first document's."""
    said = Counter({text: n for text, n in said.items() if text})
    return min(said, key=lambda text: (-said[text], text)) if said else None


def said_texts(doc) -> dict:
    """`texts` of a document: kept with a document loaded unparsed (edition.facts_of), so that reading
    the edition's statement parses nothing."""
    return doc.facts["texts"] if "texts" in getattr(doc, "facts", {}) else texts(doc.root)


def edition_statement(documents) -> str | None:
    """The edition statement ("First draft release of the edition") most of `documents` give. A new
    document gives it (editor/header_settings.py), the printed imprint and the library export state it:
    read from one document, a letter encoded into a grown edition gave the imprint encode's own words."""
    return most_said(Counter(said_texts(doc)["version"] for doc in documents))


def problems(settings, documents, report=None) -> list[Problem]:
    """The header problems of the edition whose documents state `documents` ([(file name,
    stated(…))]): a header that does not state the edition's publisher, licence or version, or
    states another one than the other documents or (publisher, licence) the settings; no
    publication date in any document. With
    `report` (a set of file names), only the problems of those files."""
    out = []
    for key in WHERE:
        out += _key_problems(key, [(name, *found[key]) for name, found in documents
                                   if key != "licence" or _under_editions_licence(found)], settings)
    # a source text in the public domain under the mark alone: the mark then covered the edition's
    # draft translations and notes too, which are the project's work (journey 26 saw it in MODS and DC)
    out += [Problem(name, found["own-licence"][1], RULE,
                    f"the document's own licence '{own_licence(found)}' is a public-domain mark: it covers the "
                    f"source text, not the edition's draft translations, notes and encoding, which are the "
                    f"project's work; state the edition's licence beside it"
                    + (f" (<licence target=\"{settings.licence.url}\">…</licence>)" if settings.licence.url else "")
                    + " (ENCODING.md, \"Files\")")
            for name, found in documents if own_licence(found) and is_public_domain(own_licence(found))
            and not found["licence"][0]]
    out += [Problem(name, found["uncovered"][1], RULE,
                    f"the licence '{found['uncovered'][0]}' stands beside a public-domain mark without saying what "
                    f"it covers: the footer and the records then give the whole document, translations and notes "
                    f"included, under one of them; say it in <note type=\"covers\">…</note> (ENCODING.md, \"Files\")")
            for name, found in documents if found.get("uncovered", [None])[0] is not None]
    out += [Problem(name, found["own-licence"][1], RULE,
                    "the document's own licence (licence with @source) gives no @target: give the URL of the "
                    "licence its source states (ENCODING.md, \"Files\")")
            for name, found in documents if own_licence(found) == ""]
    # the edition's licence marked as the document's own (by hand: encode no longer writes it): CMIF
    # then leaves its letters out as under another licence (hostile round 31 left it)
    out += [Problem(name, found["own-licence"][1], RULE,
                    f"the document's own licence '{own_licence(found)}' (licence/@source) is the edition's "
                    f"('{settings.licence.url}'): state it without @source, as the edition's")
            for name, found in documents if own_licence(found) and settings.licence.url
            and same_licence(own_licence(found), settings.licence.url)]
    out += [Problem(name, found["licence"][1], RULE,
                    f"the header states the edition's licence '{found['licence'][0]}' beside its own "
                    f"'{own_licence(found)}' (licence/@source): libraries read either; keep the one that binds "
                    f"the text") for name, found in documents if own_licence(found) and found["licence"][0]
                                 and not is_public_domain(own_licence(found))]
    out += [Problem(name, found["own-licence-source"][1], RULE,
                    f"the document's own licence names its source as '{found['own-licence-source'][0]}', which "
                    f"is neither the URL of a page nor '#ID' of an element of this document: a reader cannot "
                    f"see where the source states the licence; point @source at the source's page or at "
                    f"#ID of its sourceDesc/bibl (ENCODING.md, \"Files\")")
            for name, found in documents if found.get("own-licence-source", [None])[0]]
    out += [Problem(name, found["restricted"][1], RULE, _restricted(found["restricted"][0]))
            for name, found in documents if found.get("restricted", [None])[0]]
    out += _statement_problems(documents)
    if not any(found["date"][0] for _, found in documents):
        out += [Problem(name, found["date"][1], RULE,
                        "no document gives a publication date (publicationStmt/date/@when); "
                        "the exports date the edition by its latest document") for name, found in documents]
    return out if report is None else [p for p in out if p.file in report]


def same_licence(a: str, b: str) -> bool:
    """Whether two licence URLs name one licence: the licensors serve each at http and https, with
    or without a closing slash. `encode --licence-url http://creativecommons.org/licenses/by/4.0
    --source-url …` in a CC BY 4.0 edition recorded the edition's own licence as the document's
    (licence/@source), and CMIF left its letters out as under another licence."""
    def key(url: str) -> str:
        url = url.strip()
        scheme_less = url.split("://", 1)[-1]
        host, _, path = scheme_less.partition("/")
        return f"{host.lower()}/{path.rstrip('/')}"
    return key(a) == key(b)


def is_public_domain(url: str | None) -> bool:
    """Whether a licence URL is Creative Commons' public-domain mark or CC0 (creativecommons.org/
    publicdomain/…): a text under it is free of copyright, so the edition's translations and notes
    beside it stay the project's, under the edition's licence, stated beside the mark; a CC BY-SA
    source's terms bind the translations too, and its licence stands alone."""
    if not url:
        return False
    rest = url.strip().split("://", 1)[-1]
    host, _, path = rest.partition("/")
    return host.lower().removeprefix("www.") == "creativecommons.org" and path.startswith("publicdomain/")


def licence_words(el) -> str:
    """A licence element's own words, its name ("Public Domain Mark 1.0"), without the notes it may
    hold (what it covers, why the text is in the public domain: ENCODING.md, "Files"): the readers
    that named the licence by all its text gave the reason as part of its name."""
    if el is None:
        return ""
    # the name's words in its other children too (a `ref` linking it, as the TEI Guidelines' examples
    # do): read from the text nodes alone, a name in a `ref` was no name and the footer gave the URL
    said = [el.text or ""]
    for child in el:
        if isinstance(child.tag, str):
            said.append(" " if child.tag == f"{{{NS['t']}}}note" else "".join(child.itertext()))
        said.append(child.tail or "")
    return normalize_space("".join(said))


def _under_editions_licence(found: dict) -> bool:
    """Whether a document's header must state the edition's licence (publicationStmt/availability/
    licence without @source) as the settings say: one with no own licence, or one that states it
    beside a public-domain mark (one that does not is told so by its own problem, not twice)."""
    own = own_licence(found)
    return own is None or (is_public_domain(own) and found["licence"][0] is not None)


def own_licence_element(root):
    """A document's own licence element (`licence` with `@source`: its source's, which binds the text,
    ENCODING.md "Files"), or None: the outputs that state a document's licence read it here."""
    return next((lic for lic in root.iterfind("t:teiHeader/t:fileDesc/t:publicationStmt/t:availability/t:licence",
                                              NS) if lic.get("source")), None)


def _unreached_source(root, own) -> str | None:
    """A pointer of an own licence's @source that reaches nothing (ENCODING.md: the source's URL, or
    #ID of the sourceDesc/bibl), or None: "#nowhere" was accepted, and the licence that binds the
    text was said to come from a source no reader could find."""
    if own is None:
        return None
    ids = {el.get(XML_ID) for el in root.iter() if isinstance(el.tag, str) and el.get(XML_ID)}
    for pointer in (own.get("source") or "").split():
        if pointer.startswith("#") and pointer[1:] in ids:
            continue
        if re.fullmatch(r"https?://[^\s/]+\.[^\s]+", pointer):
            continue
        return pointer
    return None


def own_licence(found: dict) -> str | None:
    """The URL of a document's own licence (its source's, `licence/@source`) from what `stated` found,
    or None: such a document is not under the edition's licence, and the rule on it leaves it out.
    (A summary kept by an older validate has no such key: it then states none.)"""
    return found.get("own-licence", [None])[0]


def _key_problems(key: str, found, settings) -> list[Problem]:
    said = Counter(v for _, v, _ in found if v is not None)
    common = said.most_common(1)[0][0] if said else None
    # the settings' value when a document states it: with one document each way the tie went to the first
    # document read, and the one stating the settings' licence was told to change it to the other's
    if key in SETTING and SETTING[key](settings) in said and said[SETTING[key](settings)] == said[common]:
        common = SETTING[key](settings)
    expected = (SETTING[key](settings) if key in SETTING else None) or common
    hint = f" (e.g. '{expected}')" if expected else ""
    out = []
    for name, value, line in found:
        if value is None:
            out.append(Problem(name, line, RULE,
                               f"the header states no edition {key} ({WHERE[key]}){hint}: every document "
                               f"states the edition's publisher, licence and version, which the web and "
                               f"library outputs read"))
        elif len(said) > 1 and value != common:
            also = (f" and in the settings (triglot.toml, {_setting_key(key)})"
                    if key in SETTING and SETTING[key](settings) == common else "")
            out.append(Problem(name, line, RULE,
                               f"edition {key} '{value}' differs from '{common}' in {said[common]} other "
                               f"document(s){also}: every document states the same edition {key} ({WHERE[key]}); "
                               f"change it here to '{common}'"))
        elif key in SETTING and value != SETTING[key](settings):
            out.append(Problem(name, line, RULE,
                               f"edition {key} '{value}' is not the settings' '{SETTING[key](settings)}' "
                               f"(triglot.toml, {_setting_key(key)}): change it here to "
                               f"'{SETTING[key](settings)}', or, when '{value}' is right, {_setting_key(key)} in "
                               f"triglot.toml (a new document gets the settings' {key}, so the edition would "
                               f"state two)"))
    return out


def _statement_problems(documents) -> list[Problem]:
    """A document whose edition statement's words differ from those most documents give: the
    version (@n) agreed, but one said "Draft encoding" where the others said "First draft
    release", and the corpus header, the MODS records and the printed imprint state one of them."""
    said = Counter(found["statement"][0] for _, found in documents if found.get("statement", [None])[0])
    if len(said) < 2:
        return []
    common = most_said(said)
    return [Problem(name, found["statement"][1], RULE,
                    f"edition statement '{found['statement'][0]}' differs from '{common}' in {said[common]} "
                    f"other document(s): the corpus header, the library records and the printed imprint "
                    f"state the edition once (editionStmt/edition); change it here to '{common}'")
            for name, found in documents
            if found.get("statement", [None])[0] and found["statement"][0] != common]


def register_problems(settings, registers) -> list[Problem]:
    """A register ([(file name, root)]) whose header states no publisher or licence, or another one
    than the settings. The library export publishes each register with its own header, so a register that
    kept the licence it was made with (`triglot new` writes the settings' of that day) would be
    published under another licence than the edition's documents."""
    out = []
    for name, root in registers:
        found = stated(root)
        if found["restricted"][0]:
            out.append(Problem(name, found["restricted"][1], RULE, _restricted(found["restricted"][0])))
        for key in SETTING:
            value, line = found[key]
            expected = SETTING[key](settings)
            if value is None and expected:
                out.append(Problem(name, line, RULE,
                                   f"the register's header states no {key} ({WHERE[key]}; e.g. '{expected}', "
                                   f"triglot.toml's {_setting_key(key)}): the library export publishes the "
                                   f"register with its header, which libraries read for who publishes it and "
                                   f"under which licence"))
            elif value is not None and expected and value != expected:
                out.append(Problem(name, line, RULE,
                                   f"register {key} '{value}' is not the settings' '{expected}' "
                                   f"(triglot.toml, {_setting_key(key)}): the library export publishes "
                                   f"the register with its header; change it here to '{expected}', or, "
                                   f"when '{value}' is right, {_setting_key(key)} in triglot.toml and "
                                   f"every document's header"))
    return out


def _restricted(status: str) -> str:
    return (f"an availability of status '{status}' beside the edition's licence: the header says both that "
            "the text is free and that it is not, and libraries read either; remove it, or, when the text is "
            "restricted, do not publish it under the edition's licence")


def _setting_key(key: str) -> str:
    return "edition.licence.url" if key == "licence" else f"edition.{key}"


def _one_or_the_other(elements, value):
    """The first of a header's publishers (or licences), or, when another states something else, that
    other one: a second <publisher> or <licence> (TEI allows several) was never read, so a header
    stating the edition's licence and then 'All rights reserved' was valid, and exported with both."""
    first = elements[0] if elements else None
    return next((el for el in elements[1:] if value(el) != value(first)), first)


def _text(el) -> str | None:
    return " ".join("".join(el.itertext()).split()) if el is not None else None
