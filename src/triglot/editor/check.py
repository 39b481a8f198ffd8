"""`triglot check`: editorial lint, for what validation cannot call an error.

A valid edition can still have a "Moscow" nobody tagged, a register entry no
text mentions, a "December 4" tagged 1920-12-05, or proposals of
`triglot encode` still awaiting review. Each finding is a Problem
(`file:line: rule: message`) under one of the rules below.
"""
from __future__ import annotations

import re

from triglot.editor.dates import disagreement
from triglot.editor.dropped_languages import dropped_languages
from triglot.editor.letter_dates import letter_dates
from triglot.editor import review_rules
from triglot.editor.names import NameIndex
from triglot.editor.not_names import hint, is_listed
from triglot.editor.recognize import proposes_names
from triglot.problems import InputError, Problem
from triglot.i18n import language_name
from triglot.tei import EDITORIAL_TAGS, NS, XML_ID, XML_LANG, is_block, local

RULES = {
    "untagged-name": "a name the registers know appears in the base text without persName/placeName",
    "unknown-name": "a likely name of a person, place or organisation that is neither tagged nor in the registers",
    "unused-entry": "a register entry that no document mentions",
    "header-name": "a document's author or editor (titleStmt) written as a name a register entry has, without a ref "
                   "to that entry (the citations give such a name as written, in the base language, in every interface)",
    "register-gap": "a register entry without a name in a translation language (shown in its base-language form), or with a form flagged cert=\"low\"",
    "unchecked-form": "a register entry whose source note says a translation's form was not checked while that "
                      "form carries no cert=\"low\" (shown to readers and translators as checked)",
    "untranslated": "a translation slot with no translation yet",
    "stale": "a translation made from an earlier version of its base-text block, or a register note's translation "
             "made from an earlier version of the base-language note (their @source)",
    "length": "a translation much shorter or longer than its base-text block (lost or repeated text?)",
    "slot-markup": "a translation whose markup is not its base-text block's (a name, date or note dropped, "
                   "added or moved by hand in the TEI): `translations import` refuses an edit of it until they agree",
    "date-mismatch": "a date whose words disagree with its ISO value",
    "letter-date": "a letter whose correspDesc date is not the date its dateline or closer gives, a text whose "
                   "header dates it otherwise than its text, or a source dated before the text it prints",
    "review": "markup proposed by triglot encode (ana=\"#review\") or a header gap still to be settled",
    "editors": "a document whose editors (its resp-editors statement, which citations, the printed title page and "
               "its library record name) are not the settings' edition.editors (which the edition's records name)",
    "header-settings": "a document's or register's header whose publisher, licence or editors are not the settings' "
                       "(triglot.toml), which the outputs then contradict: `triglot sync-headers` brings them into line",
    "stated-languages": "a list of languages in the settings' titles or description or a document's project "
                        "description that is not the edition's (\"trilingual (English, Russian, Armenian)\" after "
                        "a fourth language was added)",
    "dropped-language": "translation slots of a language languages.translations no longer names: kept in the "
                        "TEI, left out of the web and print editions, the PO files and the status",
    "interface-term": "a genre (textClass term), place type or organisation type the web shows translated that an interface "
                      "language's catalog has no translation for: its readers see it in the base language",
    "not-names-key": "a names.not-names-in key in triglot.toml that is no document's or block's id (a typo: "
                     "its forms are then proposed and reported as names after all)",
    "title-gap": "a document with no main title in a translation or interface language, and no gap left for "
                 "it: that language's pages and books show it under its base-language title",
    "date-type": "a date whose @type is none of the kinds the chronology knows (tei/ENCODING.md, \"Dates: "
                 "events\": period, publication, reference, dating): it would be listed as an event",
    "edition-span": "a document whose text is dated outside the years the edition's title or description "
                    "states (\"1920–1937\"): the title no longer says what the edition holds, or the date is wrong",
    **review_rules.RULES,
}
# Names inside these elements are not mentions of a person or place of their own.
NAME_TAGS = {"persName", "placeName", "orgName", "name", "rs"}


def check(edition, documents=None, rules=None) -> list[Problem]:
    """The findings of `rules` (default: all) for `documents` (default: all).

    Given documents, every rule is about them: the register rules report the
    entries those documents mention, and unused-entry (a fact about the whole
    edition) is left out.
    """
    rules = set(rules or RULES)
    docs = list(edition.documents if documents is None else documents)
    names = {d.name for d in docs}
    problems: list[Problem] = [p for p in edition.problems if documents is None or p.file in names]
    index = NameIndex(edition.registers)
    for doc in docs:
        if "untagged-name" in rules:
            problems += untagged_names(doc, index, edition.settings)
        if "header-name" in rules:
            problems += header_names(doc, index)
        if "unknown-name" in rules and proposes_names(edition.settings.base):
            problems += unknown_names(doc, index, orgs=any(r.kind == "org" for r in edition.settings.registers),
                                      settings=edition.settings)
        if "date-mismatch" in rules:
            problems += date_mismatches(doc)
        if "date-type" in rules:
            problems += date_types(doc)
        if "letter-date" in rules:
            problems += letter_dates(doc)
        if "review" in rules:
            problems += review_marks(doc)
        if "title-gap" in rules:
            problems += title_gaps(doc, edition.settings)
        if "editors" in rules:
            problems += other_editors(doc, edition.settings)
        if "dropped-language" in rules:
            problems += dropped_languages(doc, edition.settings)
        if rules & {"untranslated", "stale", "length", "slot-markup"}:
            problems += [p for p in slot_problems(doc, edition.settings.length_bands) if p.rule in rules]
    if "stated-languages" in rules:
        from triglot.editor import stated_languages
        for doc in docs:
            problems += stated_languages.document_problems(doc, edition.settings)
        if documents is None:
            problems += stated_languages.settings_problems(edition.settings)
    if "header-settings" in rules:
        found = header_settings(edition, docs, documents is None)
        if "editors" in rules:
            # the editors rule has named a document's editors already, with its own advice: once is enough
            names = {doc.name for doc in docs}
            found = [p for p in found if not (p.file in names and "header's editors" in p.message)]
        problems += found
    if "unused-entry" in rules and documents is None:
        problems += unused_entries(edition)
    if "stale" in rules:
        problems += stale_notes(edition, None if documents is None else mentioned(edition, docs))
    if "register-gap" in rules:
        problems += register_gaps(edition, None if documents is None else mentioned(edition, docs))
    if "unchecked-form" in rules:
        from triglot.editor import unchecked_forms
        problems += unchecked_forms.problems(edition, lambda register: _rel(edition, register.path),
                                             None if documents is None else mentioned(edition, docs))
    if "interface-term" in rules:
        problems += interface_terms(edition, docs, None if documents is None else mentioned(edition, docs))
    if "edition-span" in rules:
        problems += edition_span(edition, docs)
    if "not-names-key" in rules and documents is None:
        problems += unknown_not_name_keys(edition)
    if rules & set(review_rules.RULES):
        problems += review_rules.check(edition, docs, rules)
    return sorted(set(problems))


def mentioned(edition, docs) -> set[tuple[str, str]]:
    """(kind, id) of every register entry the documents point at."""
    used = set()
    for doc in docs:
        for el in doc.root.iter():
            if isinstance(el.tag, str) and el.get("ref"):
                for pointer in el.get("ref").split():
                    entry = edition.entry(pointer, doc)
                    if entry is not None:
                        used.add((entry.kind, entry.id))
    return used


# -- names -------------------------------------------------------------------
# The header's names a citation gives (web/cite.py reads titleStmt's authors and editors): the kind of
# entry each element names ("name" or a bare author: any kind).
HEADER_NAME_KINDS = {"persName": {"person"}, "orgName": {"org"}, "placeName": {"place"}}


def header_names(doc, index: NameIndex) -> list[Problem]:
    """A titleStmt author or editor written as exactly a form of a register entry (its base-language
    name or a variant) with no @ref: the citations then give the name as written, in English in every
    interface, where the entry has it in each language (docs1920's "Politburo of the Central Committee
    of the RCP(b)" in the Russian and Armenian citations). An editor adding a document is told the ref
    to write; a name no register knows is left alone (no entry is needed for a header name)."""
    problems = []
    stmt = doc.root.find("t:teiHeader/t:fileDesc/t:titleStmt", NS)
    if stmt is None:
        return problems
    for holder in [*stmt.iterfind("t:author", NS), *stmt.iterfind("t:editor", NS)]:
        if holder.get("ref"):
            continue
        named = [el for el in holder if local(el) in NAME_TAGS]
        for el in named or [holder]:
            if el.get("ref") or (el is holder and len(holder)):
                continue
            text = " ".join("".join(el.itertext()).split())
            kinds = HEADER_NAME_KINDS.get(local(el))
            refs = sorted({index.refs[f.entry_id] for f in index.forms.get(text, ())
                           if kinds is None or f.kind in kinds})
            if not refs:
                continue
            where = f"<{local(el)}>" if el is not holder else f"<{local(holder)}>"
            problems.append(Problem(doc.name, el.sourceline or 0, "header-name",
                                    f"the {local(holder)} “{text}” is a name of {' or '.join(refs)}, but its {where} "
                                    f"has no ref: write ref=\"{refs[0]}\"" + (" (or the other)" if len(refs) > 1 else "")
                                    + ", so that the citations give the name in each reader's language"))
    return problems


def untagged_names(doc, index: NameIndex, settings=None) -> list[Problem]:
    problems = []
    for block in doc.blocks:
        forms = settings.not_names_for(doc.id, block.get(XML_ID)) if settings else frozenset()
        chunks: list[tuple[str, int, bool]] = []
        _chunks(block, block, chunks, covered=False)
        text = "".join(c[0] for c in chunks)
        covered, lines = [], []
        for piece, line, cov in chunks:
            for ch in piece:
                covered.append(cov)
                lines.append(line)
                if ch == "\n":
                    line += 1
        for found in index.find(text):
            if any(covered[found.start:found.end]) or is_listed(found.text, forms):
                continue
            refs = " or ".join(f.ref for f in (found.form, *found.others))
            problems.append(Problem(doc.name, lines[found.start], "untagged-name",
                                    f"“{found.text}” is a name of {refs} but is not tagged: tag it; "
                                    + hint(found.text, block.get(XML_ID))))
    return problems


def unknown_names(doc, index: NameIndex, orgs: bool = False, settings=None) -> list[Problem]:
    """Likely names in untagged text that no register knows (the recogniser of `encode`)."""
    from triglot.editor.recognize import Recogniser, slug
    from triglot.editor.recognize import is_title_case
    recogniser = Recogniser(known_surnames=index.surnames())
    problems = []
    for block in doc.blocks:
        chunks: list[tuple[str, int, bool]] = []
        _chunks(block, block, chunks, covered=False)
        title = is_title_case("".join(c[0] for c in chunks))
        forms = settings.not_names_for(doc.id, block.get(XML_ID)) if settings else frozenset()
        for piece, line, covered in chunks:
            if covered:
                continue
            for mention in recogniser.find(piece, title):
                if index.find(mention.text) or is_listed(mention.text, forms):
                    continue          # a register name (the untagged-name rule says so), or no name
                at = line + piece[:mention.start].count("\n")
                owners = index.by_surname.get(" ".join(mention.text.split()), [])
                if owners:
                    # "Francis" where the register has "David R. Francis": no new entry (its id is taken)
                    todo = (f"it may be {' or '.join(owners)} (its surname): tag it with that ref and add "
                            f"“{mention.text}” to the entry as a variant (persName type=\"variant\")")
                    what = f"a {mention.kind}"
                elif mention.kind == "org":
                    # an edition with a register of organisations can add the entry (register add org)
                    todo = (f"tag it with orgName, or add it (triglot register add org {slug(mention.text)} …)"
                            if orgs and slug(mention.text) not in index.refs else "tag it with orgName")
                    what = "an organisation"
                elif slug(mention.text) in index.refs:
                    todo = (f"tag it; “{slug(mention.text)}” is the id of {index.refs[slug(mention.text)]} "
                            f"already, so a new entry needs another id")
                    what = f"a {mention.kind}"
                else:
                    todo = f"tag it, or add it (triglot register add {mention.kind} {slug(mention.text)} …)"
                    what = f"a {mention.kind}"
                problems.append(Problem(doc.name, at, "unknown-name",
                                        f"“{mention.text}” looks like the name of {what} ({mention.why}) but is "
                                        f"neither tagged nor in the registers: {todo}; "
                                        + hint(mention.text, block.get(XML_ID))))
    return problems


def _chunks(el, block, out, covered: bool) -> None:
    """(text, line, inside a name) pieces of a block's own text, in order."""
    if el.text:
        out.append((el.text, el.sourceline or 0, covered))
    for child in el:
        if isinstance(child.tag, str):
            skip = local(child) in EDITORIAL_TAGS or (child is not block and is_block(child, block))
            if not skip:
                _chunks(child, block, out, covered or local(child) in NAME_TAGS)
            end_line = (child.sourceline or 0) + sum(t.count("\n") for t in child.itertext())
        else:
            end_line = child.sourceline or 0
        if child.tail:
            out.append((child.tail, end_line, covered))


# -- dates -------------------------------------------------------------------
def date_mismatches(doc) -> list[Problem]:
    from triglot.tei import seed_text
    problems = []
    if doc.base is None:
        return problems
    for el in doc.base.iter("{%s}date" % NS["t"]):
        attrs = {a: el.get(a) for a in ("when", "from", "to", "notBefore", "notAfter") if el.get(a)}
        why = disagreement(seed_text(el), attrs)
        if why:
            problems.append(Problem(doc.name, el.sourceline or 0, "date-mismatch", why))
    return problems


# -- proposals awaiting review --------------------------------------------------
def review_marks(doc) -> list[Problem]:
    problems = []
    for el in doc.root.iter():
        if not isinstance(el.tag, str):
            continue
        if "#review" in (el.get("ana") or "").split():
            words = _shortened(" ".join("".join(el.itertext()).split()))
            value = el.get("ref") or " ".join(f"@{a}={el.get(a)}" for a in ("when", "from", "to", "notBefore", "notAfter", "n")
                                              if el.get(a))
            why = _comment_after(el)
            problems.append(Problem(doc.name, el.sourceline or 0, "review",
                                    f"proposed {local(el)} “{words}”" + (f" ({value})" if value else "")
                                    + " awaits review" + (f": {why}" if why else "")))
        elif local(el) == "gap" and el.get("reason") == "editorial" and _in_header(el):
            desc = " ".join("".join(el.itertext()).split()) or "a gap"
            problems.append(Problem(doc.name, el.sourceline or 0, "review", f"header: {desc}"))
    return problems


def _shortened(words: str, most: int = 80) -> str:
    """A proposed name or date whole; a proposed division (a treaty's article: its whole text) by
    its opening words, so that each line of the review list stays one line."""
    if len(words) <= most:
        return words
    return words[:most].rsplit(" ", 1)[0] + "…"


def _comment_after(el) -> str:
    nxt = el.getnext()
    if nxt is not None and not isinstance(nxt.tag, str) and "review:" in (nxt.text or ""):
        return nxt.text.split("review:", 1)[1].strip()
    return ""


def _in_header(el) -> bool:
    return any(local(a) == "teiHeader" for a in el.iterancestors())


# -- the header --------------------------------------------------------------------
def other_editors(doc, settings) -> list[Problem]:
    """A document whose `resp-editors` names others than the settings' edition.editors. Encode writes
    the settings' editors into a new document, but a settings edit leaves the documents as they were:
    journey 23g gave the edition two editors, and the web citations and the printed title page went on
    saying "Triglot project (eds.)" while the export's edition record named the two. Only said when
    the settings name editors (without them, a document's own are all there is)."""
    if not settings.editors:
        return []
    for rs in doc.root.iterfind("t:teiHeader/t:fileDesc/t:titleStmt/t:respStmt", NS):
        if rs.get(XML_ID) != "resp-editors":
            continue
        names = [" ".join("".join(n.itertext()).split()) for n in rs
                 if isinstance(n.tag, str) and local(n) in ("persName", "orgName", "name")]
        if names != list(settings.editors):
            return [Problem(doc.name, rs.sourceline or 0, "editors",
                            f"resp-editors names {', '.join(names) or 'no one'}, triglot.toml's edition.editors "
                            f"{', '.join(settings.editors)}: this document's citations, the printed title page "
                            f"and its library record name the first, the edition's records the second; "
                            f"make them agree")]
    return []


def header_settings(edition, docs, registers: bool) -> list[Problem]:
    """Every header (the documents', and the registers' when the whole edition is checked) that
    states another publisher, licence or editors than the settings: the `editors` rule named only
    the editors, and a new publisher or licence in triglot.toml left the headers, which the outputs
    read, saying the old ones."""
    from triglot.editor import header_sync
    out = []
    for doc in docs:
        out += header_sync.problems(doc.name, doc.root, edition.settings)
    if registers:
        for reg in edition.registers.values():
            out += header_sync.problems(_rel(edition, reg.path), reg.tree.getroot(), edition.settings, register=True)
    return out


# -- translation slots ----------------------------------------------------------
def slot_problems(doc, bands: dict | None = None) -> list[Problem]:
    """Untranslated, stale and implausibly long or short slots, as the translations workflow sees them
    (`bands`: the edition's measured length bands per language, from the settings)."""
    from triglot.translate.export import slot_views
    from triglot.translate.plausibility import review_reason
    problems = []
    for lang in doc.slots:   # every translation language of the edition
        try:
            views = slot_views(doc, lang)
        except InputError as exc:
            problems += exc.problems
            continue
        for v in views:
            line = v.slot.sourceline or 0
            if v.state == "untranslated":
                problems.append(Problem(doc.name, line, "untranslated",
                                        f"{v.segment.block_id}: no {language_name(lang, 'en')} translation yet"))
            elif v.stale:
                problems.append(Problem(doc.name, line, "stale",
                                        f"{v.segment.block_id}: the {language_name(lang, 'en')} {v.state} translation was made "
                                        f"from an earlier version of the {language_name(doc.base.get(XML_LANG), 'en')} text"))
            markup = markup_difference(v)
            if markup:
                problems.append(Problem(doc.name, line, "slot-markup",
                                        f"{v.segment.block_id} ({language_name(lang, 'en')}): {markup}"))
            reason = (review_reason(v.segment.text, v.text, lang, bands, doc.base.get(XML_LANG))
                      if v.state != "untranslated" else None)
            if reason:
                problems.append(Problem(doc.name, line, "length",
                                        f"{v.segment.block_id}: the {language_name(lang, 'en')} translation has {reason}"))
    return problems


def markup_difference(view) -> str | None:
    """How a translated slot's markup differs from its base-text block's, in the placeholders export
    writes (None when they agree). The TEI is valid either way, so validate cannot tell; but the
    translator's string then holds numbers the English has not, or lacks some, and import refuses
    every edit of it for markup the translator never touched."""
    from triglot.translate.placeholders import PlaceholderError, check, tokenize
    if not view.text or view.stale:   # a stale slot was made for other English: the stale rule says so
        return None
    try:
        check(tokenize(view.text), view.segment)
    except PlaceholderError as exc:
        return (f"its markup is not the English block's: {exc} (English {view.segment.text!r}; "
                f"this slot {view.text!r})")
    return None


# -- registers -------------------------------------------------------------------
def unused_entries(edition) -> list[Problem]:
    used = mentioned(edition, edition.documents)
    problems = []
    for register in edition.registers.values():
        name = _rel(edition, register.path)
        for entry in register.entries.values():
            if (entry.kind, entry.id) not in used:
                problems.append(Problem(name, entry.element.sourceline or 0, "unused-entry",
                                        f"{entry.id} ({entry.name(entry.base)}) is never mentioned in the edition"))
    return problems


def stale_notes(edition, only: set | None = None) -> list[Problem]:
    """A register note's translation made from an earlier version of the base-language note it
    translates: its @source is the fingerprint of no base-language note of its type now (a note
    without @source validate names). The translated notes recorded nothing of their English, and an
    English note corrected or merged in left its Russian and Armenian drafts saying the old thing."""
    from triglot.tei import translated_notes
    from triglot.translate.fingerprint import note_is_stale, note_source
    base, problems = edition.settings.base, []
    for register in edition.registers.values():
        name = _rel(edition, register.path)
        for entry in register.entries.values():
            if only is not None and (entry.kind, entry.id) not in only:
                continue
            for note, bases in translated_notes(entry.element, base):
                if not note_is_stale(note, bases):
                    continue
                kind = note.get("type")
                states = [t.lstrip("#") for t in (note.get("ana") or "").split() if t.lstrip("#") in ("draft", "reviewed")]
                now = (f"; source=\"{note_source(bases[0])}\" is that of the note as it is now" if len(bases) == 1 else "")
                problems.append(Problem(name, note.sourceline or 0, "stale",
                                        f"{entry.id}: the {language_name(note.get(XML_LANG), 'en')} "
                                        f"{states[0] + ' ' if len(states) == 1 else ''}note"
                                        f"{f' type={kind!r}' if kind else ''} was made from an earlier version of the "
                                        f"{language_name(base, 'en')} note it translates: bring it up to date{now}"))
    return problems


def register_gaps(edition, only: set | None = None) -> list[Problem]:
    problems = []
    for register in edition.registers.values():
        name = _rel(edition, register.path)
        for entry in register.entries.values():
            if only is not None and (entry.kind, entry.id) not in only:
                continue
            line = entry.element.sourceline or 0
            for lang in edition.settings.translations:
                if not entry.names.get(lang):
                    problems.append(Problem(name, line, "register-gap",
                                            f"{entry.id} has no {language_name(lang, 'en')} name"))
            for el in entry.element.iter():
                if isinstance(el.tag, str) and el.get("cert") == "low":
                    lang = el.get("{http://www.w3.org/XML/1998/namespace}lang") or ""
                    words = " ".join("".join(el.itertext()).split())
                    what = f"{local(el)}{'@' + lang if lang else ''} “{words}”" if words else local(el)
                    problems.append(Problem(name, el.sourceline or line, "register-gap",
                                            f"{entry.id}: {what} is flagged cert=\"low\" (awaits review)"))
    return problems


def interface_terms(edition, docs, only: set | None = None) -> list[Problem]:
    """Genres, place types and organisation types no interface catalog of a language translates. The web shows such a
    value in the base language, marked as such (journey 22w: a text encoded with `--genre book`
    stood as "book" in the Russian and Armenian document lists and filters, and nothing said so)."""
    from triglot.i18n import MSGID_LANG, lookup
    values = []     # (file, line, what, value)
    for doc in docs:
        for term in doc.root.iterfind("t:teiHeader//t:textClass//t:term", NS):
            value = " ".join((term.text or "").split())
            if value and term.find("t:gap", NS) is None:
                values.append((doc.name, term.sourceline or 0, "genre", value))
    for register in edition.registers.values():
        for entry in register.entries.values():
            value = entry.element.get("type") or ""
            if entry.kind in ("place", "org") and value and (only is None or (entry.kind, entry.id) in only):
                what = "place type" if entry.kind == "place" else "organisation type"
                values.append((_rel(edition, register.path), entry.element.sourceline or 0,
                               f"{entry.id}'s {what}", value))
    problems = []
    for lang in edition.settings.interface:
        if lang == MSGID_LANG:
            continue
        missing = {}
        for file, line, what, value in values:
            if value not in missing:
                try:
                    missing[value] = lookup(edition.root, lang, value) is None
                except InputError:      # no catalog at all: validate and build name that once
                    missing[value] = False
            if missing[value]:
                problems.append(Problem(file, line, "interface-term",
                                        f"{what} {value!r} has no {language_name(lang, 'en')} translation in the "
                                        f"interface catalog: the {lang} pages show it in English; translate it "
                                        f"(translations/ui/{lang}/LC_MESSAGES/ui.po) or use a term it has"))
    return problems


def date_types(doc) -> list[Problem]:
    """Dates typed with a value the chronology does not know. @type is how the editors say a date of
    the text is no event (tei.NOT_EVENT_TYPES); a misspelt "periode" or a type of another project's
    vocabulary would leave the date among the events with nothing said."""
    from triglot.tei import NOT_EVENT_TYPES
    known = ", ".join(f"{name!r} ({what})" for name, what in NOT_EVENT_TYPES.items())
    return [Problem(doc.name, date.sourceline or 0, "date-type",
                    f"date type {date.get('type')!r} is none the chronology knows, so the date is listed as "
                    f"an event; use one of {known}, or no type for an event")
            for date in doc.root.iterfind(".//t:text//t:date[@type]", NS)
            if date.get("type") not in NOT_EVENT_TYPES]


def title_gaps(doc, settings) -> list[Problem]:
    """Languages of the edition in which a document has no main title. A title still to be supplied
    (a gap, as encode leaves one) is the review rule's; a language added later (journey 23g: Turkish)
    gets none, and its pages showed the English title with nothing said."""
    titles = doc.root.find("t:teiHeader/t:fileDesc/t:titleStmt", NS)
    if titles is None:
        return []
    given = {t.get(XML_LANG) for t in titles.iterfind("t:title[@type='main']", NS)}
    base = doc.root.get(XML_LANG) or settings.base
    wanted = [lang for lang in dict.fromkeys((*settings.translations, *settings.interface)) if lang != base]
    return [Problem(doc.name, titles.sourceline or 0, "title-gap",
                    f"no main title in {language_name(lang, 'en')} ({lang}): its pages and books show the "
                    f"{language_name(base, 'en')} title; add <title type=\"main\" xml:lang=\"{lang}\">…</title>")
            for lang in wanted if lang not in given]


def unknown_not_name_keys(edition) -> list[Problem]:
    """Keys of names.not-names-in that name neither a document nor a block: the settings cannot
    tell (they are read before the documents), and the forms under such a key silently applied
    nowhere (retag24 left it). Reported at the key's line of triglot.toml."""
    keys = edition.settings.not_names_in
    if not keys:
        return []
    known = set()
    for doc in edition.documents:
        known.add(doc.id)
        known.update(doc.block_ids())
    path = edition.settings.path
    lines = path.read_text(encoding="utf-8").splitlines() if path else []
    problems = []
    for key in sorted(set(keys) - known):
        pattern = re.compile(r'\s*(?:"%s"|\'%s\'|%s)\s*=' % (re.escape(key), re.escape(key), re.escape(key)))
        line = next((n for n, text in enumerate(lines, 1) if pattern.match(text)), 0)
        problems.append(Problem(_rel(edition, path) if path else "triglot.toml", line, "not-names-key",
                                f"names.not-names-in: {key!r} is the id of no document or block of the edition: "
                                "its forms apply nowhere; give a document's id or a block's xml:id"))
    return problems


# -- the years the edition's title states -----------------------------------
YEAR_SPAN = re.compile(r"(?<![\d.])(\d{4})\s*[–—-]\s*(\d{4})(?![\d.])")


def stated_spans(settings) -> dict[tuple[int, int], list[str]]:
    """Each span of years the edition's titles and descriptions state, with the keys that state it
    ("edition.title.en"). The title is settings data and the edition grows: a session's library
    journey exported Gertrude Bell's letter of 1918 under a title saying "1920–1937", and nothing
    noticed."""
    spans: dict[tuple[int, int], list[str]] = {}
    for key, values in (("edition.title", settings.titles), ("edition.short-title", settings.short_titles),
                        ("edition.description", settings.description), ("print.title", settings.print_titles)):
        for lang, text in values.items():
            for m in YEAR_SPAN.finditer(text):
                if int(m[1]) <= int(m[2]):
                    spans.setdefault((int(m[1]), int(m[2])), []).append(f"{key}.{lang}")
    return spans


def edition_span(edition, docs) -> list[Problem]:
    """Documents whose text (not its publication: a recent article is about the years, not of them)
    is dated outside a span the title states, reported at the settings' line that states it."""
    from triglot.i18n import date_sort_key
    from triglot.order import text_date
    spans = stated_spans(edition.settings)
    problems = []
    for doc in docs if spans else ():
        date, basis = text_date(doc)
        if basis != "text":
            continue
        ends = [v for v in date_sort_key(date) if re.match(r"\d{4}(-|$)", v)]
        if not ends:
            continue
        first, last = int(min(ends)[:4]), int(max(ends)[:4])
        shown = ends[0] if len(set(ends)) == 1 else f"{min(ends)} to {max(ends)}"
        for (low, high), keys in sorted(spans.items()):
            if first < low or last > high:
                where = keys[0] + (f" (and {', '.join(keys[1:])})" if keys[1:] else "")
                problems.append(Problem(
                    _rel(edition, edition.settings.path) if edition.settings.path else "triglot.toml",
                    edition.settings.line_of(keys[0].rsplit(".", 1)[0]), "edition-span",
                    f"{doc.id} is dated {shown} (its text), outside the {low}–{high} that {where} states: "
                    "widen the years the settings give, or check the document's date"))
    return problems


def _rel(edition, path) -> str:
    try:
        return str(path.resolve().relative_to(edition.root.resolve()))
    except ValueError:
        return str(path)
