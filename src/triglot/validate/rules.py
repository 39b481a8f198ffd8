"""The project's own rules, beyond TEI conformance (see tei/ENCODING.md).

Each rule is a small function yielding Problems; `check` runs them all.
"""
from __future__ import annotations

import re
from datetime import date

from lxml import etree

from triglot.addresses import XPATH_SPACE, division_anchor   # the one derivation of a division's anchor, which the web build hands its pages
from triglot.edition import expand_pointer
from triglot.i18n import case_problem, language_name
from triglot.problems import Problem
from triglot.translate.fingerprint import NI_PREFIX
from triglot.tei import (DRAFTER_PREFIX, NS, SLOT_STATES, XML_ID, XML_LANG, another_drafter, iter_slots, local,
                         seed_text, slot_tag)

POINTER_ATTRS = ("ref", "corresp", "target", "ana", "resp", "who", "decls")
WITH_POINTERS = etree.XPath("descendant-or-self::*[" + " or ".join(f"@{a}" for a in POINTER_ATTRS) + "]")
DATE_ATTRS = ("when", "from", "to", "notBefore", "notAfter")
ISO = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
DATED = {"date", "origDate", "birth", "death", "floruit", "docDate", "change", "event", "time"}


def document_rules(edition, doc, with_id=None) -> list[Problem]:
    """The rules that read this document alone (and the settings): what the cache may keep.
    Its pointers that fail within the file are found with its summary (summary.scan).
    `with_id`: WITH_ID of the document, when the caller has it (id_parts)."""
    problems: list[Problem] = []
    from triglot.validate.page_ranges import page_ranges
    for rule in (structure, ids_in_file, slots, dates, languages, identifiers, page_ranges):
        problems.extend(rule(edition, doc) if rule is not ids_in_file else ids_in_file(edition, doc, with_id))
    return problems


def identifiers(edition, doc):
    """The header's permanent URL and block pattern, as export requires them (triglot/addresses.py)."""
    from triglot.addresses import document_uri_problems
    return document_uri_problems(doc, edition.settings.uri_base)


def edition_rules(edition, docs, with_registers: bool = True) -> list[Problem]:
    """The rules that look at other files (the registers, the other documents): run every time,
    on each document's summary (validate/summary.py), as a revalidation runs them from the cache."""
    from triglot.validate import summary
    replaced = {d.name for d in docs}
    others = [(d.name, summary.of(d)) for d in edition.documents if d.name not in replaced]
    return summary.across(edition, others, [(d.name, summary.of(d)) for d in docs], with_registers)


def _p(doc_or_name, el, rule, message) -> Problem:
    name = doc_or_name if isinstance(doc_or_name, str) else doc_or_name.name
    return Problem(name, getattr(el, "sourceline", 0) or 0, rule, message)


def structure(edition, doc):
    base = edition.settings.base
    if doc.base is None:
        yield _p(doc, doc.root, "structure", f"no {language_name(base, 'en')} base text (div type='base' xml:lang='{base}')")
        return
    if doc.base.get(XML_LANG) != base:
        yield _p(doc, doc.base, "structure", f"the base text must be {language_name(base, 'en')} (xml:lang='{base}')")
    for lang in edition.settings.translations:
        divs = [d for d in doc.root.iterfind(".//t:body/t:div[@type='translation']", NS)
                if d.get(XML_LANG) == lang]
        if len(divs) != 1:
            yield _p(doc, doc.base, "structure",
                     f"expected one translation div for {lang}, found {len(divs)}")
    if not doc.seed_file():
        yield _p(doc, doc.root, "structure", "the header names no seed file (sourceDesc//idno[@type='seed'])")


WITH_ID = etree.XPath("descendant-or-self::*[@xml:id]")
WITH_LANG = etree.XPath("descendant-or-self::*[@xml:lang]")


def id_parts(root) -> tuple[list, list]:
    """(WITH_ID of the document element `root`, [(each element child of it, WITH_ID of that child)]),
    in document order: the pointer scan (summary.scan) wants the ids part by part, the ids rules
    the whole list, and each had the document searched for them (0.2 ms of a document's 9)."""
    parts = [(part, WITH_ID(part)) for part in root if isinstance(part.tag, str)]
    return ([root] if root.get(XML_ID) is not None else []) + [el for _, found in parts for el in found], parts


def ids_in_file(edition, doc, with_id=None):
    seen = {}
    if with_id is None:
        with_id = WITH_ID(doc.root)     # XPath, not a walk in Python: the rules' time is in such walks
    for el in with_id:
        i = el.get(XML_ID)
        if i in seen:
            yield _p(doc, el, "ids", f"xml:id {i!r} is used twice in this file (first on line {seen[i]})")
        else:
            seen[i] = el.sourceline
    for block in doc.blocks:
        if not block.get(XML_ID):
            yield _p(doc, block, "ids", f"base-text block <{local(block)}> has no xml:id")
    yield from document_page_ids(doc, with_id)
    yield from division_anchors(doc, seen)


# The ids a web document page gives its own parts (web-layout.xsl's <main>; web-document.xsl's title,
# whole-document citation, contents heading and text) and derives from the document's ids (a
# passage's citation cite-ID, a note mark's ID-call, an archival reference's ID-box, the cards of
# register entries and dates card-…). Every id in the text and every msDesc id is an id on that page
# too (a passage's row, a slot, an archival reference), so a passage "main" made a second id="main"
# and the skip link and #main both landed on the passage, and a passage "cite-document" took the
# document's citation's place under its copy button.
DOCUMENT_PAGE_IDS = ("main", "doc-title", "cite-document", "toc-heading", "text")
CARD_PREFIX = "card-"
ON_THE_PAGE = etree.XPath("//t:text//*[@xml:id] | //t:msDesc[@xml:id]", namespaces=NS)
NOTES = etree.XPath("//t:text//t:note/@xml:id", namespaces=NS)
DESCRIPTIONS = etree.XPath("//t:msDesc/@xml:id", namespaces=NS)
TEXT, MS_DESC = f"{{{NS['t']}}}text", f"{{{NS['t']}}}msDesc"


NUMBERED = etree.XPath("//t:text//t:div[@n]", namespaces=NS)
# The characters a division's @n may have: a number or short label ("18", "XXIV", "Annex 2, 3(b)"). An @n of
# 8,000 characters was taken whole into an 8,016-character web id, the fragment of every link to the unit,
# and its label (hostile round 34).
NUMBER_LIMIT = 40


def division_anchors(doc, ids: dict):
    """No two numbered divisions derive one anchor (their ids and "-label" ids on the web page), and
    none derives a document's xml:id (`ids`: id -> line). Two articles n="18" in one text, or an
    article n="18" beside a paragraph xml:id="mudros.en.n18", gave the page one id twice: validate
    passed, and a link or citation to the second article landed on the first (hostile round 34)."""
    derived: dict[str, int] = {}
    for div in NUMBERED(doc.root):
        if not XPATH_SPACE.sub("", div.get("n")):
            continue
        number = XPATH_SPACE.sub(" ", div.get("n")).strip(" ")
        if len(number) > NUMBER_LIMIT:
            yield _p(doc, div, "ids", f"div n={number[:20] + '…'!r} is {len(number):,} characters: a division's number "
                                      "is its label on the web page and in the books and, without an xml:id, part of "
                                      f"its web id and of every link to it: give a number of at most {NUMBER_LIMIT} "
                                      "characters (\"18\", \"XXIV\", \"3 bis\"), its title in a head")
            continue
        anchor = division_anchor(div)
        for i in ((anchor, anchor + "-label") if not div.get(XML_ID) else (anchor + "-label",)):
            line = derived.get(i, ids.get(i))
            if line is not None:
                yield _p(doc, div, "ids", f"div n={div.get('n')!r}: its web page id {i!r} is already that of line "
                                          f"{line}, so the page would hold it twice and links to either land on "
                                          "the first: give the division an xml:id of its own, or correct its n")
                break
            derived[i] = div.sourceline


def on_the_page(with_id) -> list:
    """The elements ON_THE_PAGE selects, in document order, out of `with_id` (WITH_ID of the
    document, in document order): the union's XPath walked the whole document again (twice) and
    sorted, a third of this rule's time."""
    return [el for el in with_id if el.tag == MS_DESC or next(el.iterancestors(TEXT), None) is not None]


def document_page_ids(doc, with_id=None):
    """No id of the text takes an id its web document page uses or derives (DOCUMENT_PAGE_IDS).
    `with_id`: the document's elements with an xml:id (WITH_ID), when the caller has them."""
    notes, boxes = set(NOTES(doc.root)), set(DESCRIPTIONS(doc.root))
    # the page cites passages (blocks) only: "cite-resp-editors" names a header's id, and was refused
    passages = {b.get(XML_ID) for b in doc.blocks} - {None}
    for el in ON_THE_PAGE(doc.root) if with_id is None else on_the_page(with_id):
        i = el.get(XML_ID)
        said = page_use(i, passages, notes, boxes)
        if said:
            yield _p(doc, el, "ids", f"xml:id {i!r}: the web edition's document page uses this id for {said}, "
                                     "so the page would hold it twice and links to either land on the first: "
                                     "choose another id")


def page_use(ident: str, ids, notes: set, boxes: set) -> str:
    """What a web document page uses `ident` for, or '' (ids: the ids of the file's passages)."""
    if ident in DOCUMENT_PAGE_IDS:
        return f"a part of its own ({', '.join(DOCUMENT_PAGE_IDS)})"
    if ident.startswith(CARD_PREFIX):
        return f"the cards of register entries and dates ({CARD_PREFIX}…)"
    if ident.startswith("cite-") and ident[5:] in ids:
        return f"the citation of passage {ident[5:]} (cite-ID)"
    if ident.endswith("-call") and ident[:-5] in notes:
        return f"the mark of note {ident[:-5]} (ID-call)"
    if ident.endswith("-box") and ident[:-4] in boxes:
        return f"archival reference {ident[:-4]} (ID-box)"
    return ""


def _refused_prefix(doc, prefix: str) -> bool:
    from triglot.patterns import problem
    return any(problem(pd.get("matchPattern", ""), pd.get("replacementPattern", ""))
               for pd in doc.root.iterfind(".//t:listPrefixDef/t:prefixDef", NS) if pd.get("ident") == prefix)


def local_pointer_problem(doc, token, ids) -> str | None:
    if token.startswith(("http://", "https://")):
        return None
    if token.startswith("#"):
        return None if token[1:] in ids else "no element with this xml:id in the file"
    if expand_pointer(token, doc) is None and not _refused_prefix(doc, token.partition(":")[0]):
        scheme = token.partition(":")[0].lower()
        if ":" in token and scheme in URI_SCHEMES:
            return (f"'{scheme}:' is a URI scheme, not a pointer prefix: this edition links only http(s) "
                    f"URLs and its own pointers (an edition rule: the web edition publishes no other "
                    f"link); give the address as text")
        return "unknown pointer prefix (declare it in listPrefixDef)"
    return None   # a refused pattern is reported once, at its prefixDef


# Registered URI schemes other editions' TEI uses in @target (a letter's "mailto:", a record's "urn:"):
# telling the editor to declare them as prefixes would be wrong advice.
URI_SCHEMES = {"mailto", "ftp", "ftps", "sftp", "urn", "tel", "fax", "data", "file", "news", "nntp", "irc",
               "ircs", "xmpp", "sip", "geo", "info", "tag", "ws", "wss", "javascript", "vbscript", "about"}


def slots(edition, doc):
    blocks = {b.get(XML_ID): b for b in doc.blocks if b.get(XML_ID)}
    resp_ids = {el.get(XML_ID) for el in doc.root.iterfind(".//t:teiHeader//t:respStmt", NS)}
    for lang in edition.settings.translations:
        div = next((d for d in doc.root.iterfind(".//t:body/t:div[@type='translation']", NS)
                    if d.get(XML_LANG) == lang), None)
        if div is None:
            continue
        seen = {}
        for slot in iter_slots(div):
            target = (slot.get("corresp") or "").lstrip("#")
            block = blocks.get(target)
            if block is None:
                yield _p(doc, slot, "slots", f"{lang} slot points at {target!r}, which is not an "
                                                   f"{language_name(edition.settings.base, 'en')} block")
                continue
            if target in seen:
                yield _p(doc, slot, "slots", f"second {lang} slot for block {target!r} (first on line {seen[target]})")
                continue
            seen[target] = slot.sourceline
            yield from _slot_shape(doc, lang, slot, block, blocks, resp_ids)
        for block_id, block in blocks.items():
            if block_id not in seen:
                yield _p(doc, block, "slots", f"block {block_id!r} has no {lang} slot: {_missing_slot(block, blocks, lang)}")


def _missing_slot(block, blocks, lang: str) -> str:
    """What to write for a block without a slot (journey 23e: an editorial note added to a paragraph got
    "block 'X.n1' has no ru slot", and the editor had to learn the slot's shape and place from
    ENCODING.md; `translations add-language` gives slots only to a language a document lacks)."""
    block_id = block.get(XML_ID)
    empty = f'<{slot_tag(block)} xml:id="{block_id}.{lang}" corresp="#{block_id}" ana="#untranslated"/>'
    if local(block) == "note":
        outer = block.getparent()
        while outer is not None and outer.get(XML_ID) not in blocks:
            outer = outer.getparent()
        if outer is not None:
            return f"add {empty} inside the {lang} slot of {outer.get(XML_ID)!r}, where the note stands in it"
    return f"add {empty} to the {lang} translation div, in the order of the blocks"


def _slot_shape(doc, lang, slot, block, blocks, resp_ids):
    want_tag = slot_tag(block)
    if local(slot) != want_tag:
        yield _p(doc, slot, "slots", f"the slot of <{local(block)}> must be <{want_tag}>")
    if slot.get(XML_ID) != f"{block.get(XML_ID)}.{lang}":
        yield _p(doc, slot, "slots", f"slot id should be {block.get(XML_ID)}.{lang}")
    if local(block) == "note":
        outer = block.getparent()
        while outer is not None and outer.get(XML_ID) not in blocks:
            outer = outer.getparent()
        holder = slot.getparent()
        if outer is not None and (holder is None or holder.get("corresp") != f"#{outer.get(XML_ID)}"):
            yield _p(doc, slot, "slots", f"note slot must sit inside the slot of {outer.get(XML_ID)!r}")
    states = [t.lstrip("#") for t in (slot.get("ana") or "").split() if t.lstrip("#") in SLOT_STATES]
    if len(states) != 1:
        yield _p(doc, slot, "slots", "slot needs exactly one state in @ana: #untranslated, #draft or #reviewed")
        return
    state = states[0]
    own_text = has_own_text(slot)
    if state == "untranslated":
        if own_text:
            yield _p(doc, slot, "slots", "slot marked untranslated but has text")
        if slot.get("resp"):
            # the library records credit whoever a slot's @resp names: an empty slot credits nobody
            yield _p(doc, slot, "slots", f"slot marked untranslated names @resp={slot.get('resp')!r}, who made no "
                     "text here: remove @resp (and @source), or give the slot its text and state")
        return
    if not own_text:
        yield _p(doc, slot, "slots", f"slot marked {state} but is empty")
    pointers = (slot.get("resp") or "").split()
    resp = pointers[0].lstrip("#") if len(pointers) == 1 else ""
    if len(pointers) > 1:
        yield _p(doc, slot, "slots", f"{state} slot names {len(pointers)} respStmts ({' '.join(pointers)}); a slot "
                 "names one responsible, whoever made this text (its reviewer once reviewed): keep that one")
    elif resp not in resp_ids:
        yield _p(doc, slot, "slots", f"{state} slot needs @resp pointing at a respStmt of the header")
    elif another_drafter(resp, lang):
        yield _p(doc, slot, "slots", f"{state} {language_name(lang, 'en')} slot names {resp}, the drafter of the "
                 f"{language_name(another_drafter(resp, lang), 'en')} translation, as responsible: point @resp at "
                 f"the respStmt of whoever made this {language_name(lang, 'en')} text")
    if not slot.get("source"):
        yield _p(doc, slot, "slots", f"{state} slot needs @source: the fingerprint of the base-text block it translates")


def has_own_text(slot) -> bool:
    """Whether the slot has text of its own, nested note slots left out. Stops at the first
    word: joining every slot's whole text was a tenth of a cold validation's CPU."""
    if (slot.text or "").strip():
        return True
    for child in slot:
        if isinstance(child.tag, str) and local(child) != "note":
            if any(part.strip() for part in child.itertext()):
                return True
        if (child.tail or "").strip():
            return True
    return False


# W3C's year-less values (gMonthDay --MM-DD, gMonth --MM, gDay ---DD), valid in TEI's date attributes:
# an edition from elsewhere dates a letter "June 7th" so when its year is unknown.
YEARLESS = re.compile(r"--\d\d-\d\d|--\d\d|---\d\d")


def dates(edition, doc):
    yield from calendars(doc)
    yield from _dated(doc, doc.root, DATED)


def register_dates(name: str, root):
    """The dates rule on a register: its entries' birth, death and event dates, and an organisation's own
    @from/@to. Why: it ran on documents only, so an org dated from="1918" to="1917", or from a value that
    is no ISO date, passed validate and check, and the web card and the data tables gave it as it was."""
    yield from _dated(name, root, DATED | {"org"}, before_common_era=True)


# A year before the Common Era as XSD writes it (-0050: 51 BC), which the data tables' schema takes: a
# register may hold a body or a person of antiquity, a document's date of writing does not.
BCE = re.compile(r"-\d{4}(?:-\d\d(?:-\d\d)?)?")


def _dated(doc, root, names, before_common_era: bool = False):
    for el in root.iter(*(f"{{*}}{name}" for name in names)):
        values = {a: el.get(a) for a in DATE_ATTRS if el.get(a) is not None}
        if not values:
            continue
        parsed = {}
        for attr, value in values.items():
            span = iso_span(value)
            if span is None and YEARLESS.fullmatch(value):
                yield _p(doc, el, "dates", f"@{attr}={value!r} is a day without its year (valid TEI), which this "
                         "edition does not use (an edition rule: the chronology, the search's years and the exports "
                         "order dates by their year): give the year (with cert=\"low\" if it is a guess), "
                         "@notBefore/@notAfter for the years it may lie in, or no value attribute, the date's words "
                         "kept as they are")
            elif span is None and before_common_era and BCE.fullmatch(value):
                lo = {"to": "from", "notAfter": "notBefore"}.get(attr)
                if lo and iso_span(values.get(lo) or ""):     # a start of the Common Era, an end before it
                    yield _p(doc, el, "dates", f"@{lo}={values[lo]} is after @{attr}={value}")
            elif span is None:
                yield _p(doc, el, "dates", f"@{attr}={value!r} is not an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD)")
            else:
                parsed[attr] = span
        for lo, hi in (("from", "to"), ("notBefore", "notAfter")):
            if lo in parsed and hi in parsed and parsed[lo][0] > parsed[hi][1]:
                yield _p(doc, el, "dates", f"@{lo}={values[lo]} is after @{hi}={values[hi]}")
        if "when" in parsed and len(parsed) > 1 and local(el) == "date":
            yield _p(doc, el, "dates", "@when cannot be combined with a range")


def calendars(doc):
    """@calendar names a `calendar` of this document's header (calendarDesc), or a web address: a
    date's normalised attributes are Gregorian, and the calendar its words are in is said there."""
    found = None
    for el in doc.root.iterfind(".//*[@calendar]"):
        if found is None:
            found = {c.get(XML_ID) for c in doc.root.iterfind("t:teiHeader//t:calendarDesc/t:calendar", NS)}
        for token in el.get("calendar").split():
            if token.startswith(("http://", "https://")) or token.startswith("#") and token[1:] in found:
                continue
            yield _p(doc, el, "dates", f"@calendar={token!r} names no calendar of this document's header: point "
                                       "at a <calendar xml:id=\"…\"> of its calendarDesc (profileDesc), as encode "
                                       "writes for a Solar Hijri date (#solar-hijri)")


def iso_span(value: str):
    """(first day, last day) covered by an ISO date of year, month or day precision."""
    m = ISO.match(value)
    if not m:
        return None
    y, mo, d = int(m.group(1)), m.group(2), m.group(3)
    try:
        if d:
            day = date(y, int(mo), int(d))
            return day, day
        if mo:
            first = date(y, int(mo), 1)
            nxt = date(y + (int(mo) == 12), int(mo) % 12 + 1, 1)
            return first, date.fromordinal(nxt.toordinal() - 1)
        return date(y, 1, 1), date(y, 12, 31)
    except ValueError:
        return None


def languages(edition, doc):
    declared = {el.get("ident") for el in doc.root.iterfind(".//t:profileDesc/t:langUsage/t:language", NS)}
    for lang in edition.settings.languages:
        if lang not in declared:
            yield _p(doc, doc.root, "languages", f"langUsage does not declare {lang!r}")
    for el in doc.root.iterfind(".//t:profileDesc/t:langUsage/t:language", NS):
        if el.get("ident") and case_problem(el.get("ident")):
            yield _p(doc, el, "languages", f"langUsage language ident: {case_problem(el.get('ident'))}")
    for el in WITH_LANG(doc.root):
        if el.get(XML_LANG) and case_problem(el.get(XML_LANG)):
            yield _p(doc, el, "languages", f"xml:lang: {case_problem(el.get(XML_LANG))}")
        elif el.get(XML_LANG) and el.get(XML_LANG) not in declared:
            yield _p(doc, el, "languages", f"xml:lang={el.get(XML_LANG)!r} is not declared in langUsage")


def register_languages(name: str, root):
    """A register's language tags in BCP 47's canonical case, as a document's (i18n.case_problem): a
    name or note in xml:lang="RU" was no Russian one to the pages, which looked for "ru"."""
    for el in WITH_LANG(root):
        if case_problem(el.get(XML_LANG)):
            yield _p(name, el, "languages", f"xml:lang: {case_problem(el.get(XML_LANG))}")


# The ids a web register page gives its own parts (xslt/modules/web-layout.xsl's <main>, the skip
# link's target; web-indexes.xsl's data heading and map caption; a letter's group, letter-A): an
# entry's id is its anchor on that page (persons.html#ID), so an entry "main" (the river) made a
# second id="main", and its old links landed on the page's top
PAGE_IDS = ("main", "data-heading", "map-caption")
PAGE_ID_PREFIX = "letter-"
# and the id of each entry's name (web-indexes.xsl's heading, web-document.xsl's card title): ID-name
NAME_SUFFIX = "-name"


def page_id(ident: str) -> bool:
    """True when a register page uses `ident` for one of its own parts (PAGE_IDS)."""
    return ident in PAGE_IDS or ident.startswith(PAGE_ID_PREFIX)


def register_entries(edition, reg):
    """Every entry has a name in the base language: the form the texts use, and the one every
    output falls back to. A name missing in a translation language is not an error (a language
    added to an edition starts with none): outputs show the base form, marked as that language,
    and `triglot check` (register-gap) lists it for the editors to give. No entry takes an id the
    register page uses itself (PAGE_IDS). Its dates are held to the documents' dates rule."""
    from triglot.validate import edition_name
    # tei/persons.xml, as the schema's and the dates rule's problems name it (this said persons.xml)
    base, name = edition.settings.base, edition_name(edition, reg.path)
    for entry in reg.entries.values():
        if not entry.names.get(base):
            yield _p(name, entry.element, "registers", f"{entry.id}: no name in {base} (the base language)")
        if page_id(entry.id):
            yield _p(name, entry.element, "registers",
                     f"{entry.id}: an id the web edition's register page uses for a part of its own "
                     f"({', '.join(PAGE_IDS)}, {PAGE_ID_PREFIX}…), so links to the entry would land there: "
                     "choose another id")
        elif entry.id.endswith(NAME_SUFFIX) and entry.id[:-len(NAME_SUFFIX)] in reg.entries:
            yield _p(name, entry.element, "registers",
                     f"{entry.id}: the id the web edition gives the name of entry {entry.id[:-len(NAME_SUFFIX)]} "
                     f"(its heading on the register page, its card's title: ID{NAME_SUFFIX}), so the page would "
                     "hold it twice and the card's title name the other entry: choose another id")
    yield from register_languages(name, reg.tree.getroot())
    yield from register_notes(name, reg.tree.getroot(), base, edition.settings.interface)
    yield from register_dates(name, reg.tree.getroot())


def register_notes(name: str, root, base: str, interface=()):
    """A register note in another language than the base one is the editors' translation of the
    base-language note of its type (project-written text in a translation language is always a
    draft translation: tei/ENCODING.md, "Register entries"), and says so as a slot does: one state,
    ana="#draft" or "#reviewed", a category the register's header declares, and @resp pointing at a
    respStmt of that header that did not draft another language. A translated note without it read
    as the editors' checked word in that language; one with no base-language note of its type
    translates nothing the edition holds."""
    ids = {el.get(XML_ID) for el in root.iter() if isinstance(el.tag, str) and el.get(XML_ID)}
    resp_ids = {el.get(XML_ID) for el in root.iterfind("t:teiHeader//t:respStmt", NS) if el.get(XML_ID)}
    for note in root.iterfind("t:text//t:note", NS):
        lang = note.get(XML_LANG)
        entry = note.getparent()
        if not lang or lang == base or entry is None or entry.get(XML_ID) is None or case_problem(lang):
            continue
        kind, who = note.get("type") or "", f"{entry.get(XML_ID)}: note"
        where = f"{who} type={kind!r} in {language_name(lang, 'en')} (xml:lang={lang!r})" if kind else \
            f"{who} in {language_name(lang, 'en')} (xml:lang={lang!r})"
        if not any((n.get(XML_LANG) or base) == base and (n.get("type") or "") == kind
                   for n in entry.iterfind("t:note", NS)):
            yield _p(name, note, "registers", f"{where} translates no {language_name(base, 'en')} note of its type: "
                     f"give the entry its {language_name(base, 'en')} note, the base text the translation follows")
        if interface and lang not in interface:
            # the pages show a note in their interface language (tei.entry_notes), the books and the data
            # tables none but the base language's: a note in another language reached no reader, and a
            # mistyped tag ("ry") hid a translation the translator took for published
            yield _p(name, note, "registers", f"{where} is shown by no interface of the edition (languages.interface: "
                     f"{', '.join(interface)}): no reader sees it; add the language to languages.interface (and its "
                     "catalog), correct its xml:lang, or remove the note")
        states = [t.lstrip("#") for t in (note.get("ana") or "").split() if t.lstrip("#") in ("draft", "reviewed")]
        if len(states) != 1:
            yield _p(name, note, "registers", f"{where} is a translation of the {language_name(base, 'en')} note and "
                     f"must be marked as one: ana=\"#draft\" (or \"#reviewed\" once a translator has checked it) and "
                     f"resp pointing at whoever made it (resp=\"#{DRAFTER_PREFIX}{lang}\")")
            continue
        if states[0] not in ids:
            yield _p(name, note, "registers", f"{where}: ana=\"#{states[0]}\" points at no category of this register's "
                     "header: declare the slot-states taxonomy (draft, reviewed) in its classDecl, as a document's header does")
        pointers = (note.get("resp") or "").split()
        resp = pointers[0].lstrip("#") if len(pointers) == 1 else ""
        if resp not in resp_ids:
            yield _p(name, note, "registers", f"{where} ({states[0]}) needs @resp pointing at one respStmt of the "
                     f"register's header, whoever made this {language_name(lang, 'en')} text")
        elif another_drafter(resp, lang):
            yield _p(name, note, "registers", f"{where} names {resp}, the drafter of the "
                     f"{language_name(another_drafter(resp, lang), 'en')} translation: point @resp at the respStmt of "
                     f"whoever made this {language_name(lang, 'en')} text")
        # the fingerprint of the base-language note it was made from, as a slot has its block's: without it,
        # nothing told the translator that the English note had changed since (check's stale rule reads it)
        source = note.get("source") or ""
        if not source.startswith(NI_PREFIX):
            from triglot.translate.fingerprint import note_source
            bases = [n for n in entry.iterfind("t:note", NS)
                     if (n.get(XML_LANG) or base) == base and (n.get("type") or "") == kind]
            now = (f": source=\"{note_source(bases[0])}\" is that of the {language_name(base, 'en')} note as it is now, "
                   "to write once the translation follows it" if len(bases) == 1 else "")
            yield _p(name, note, "registers", f"{where} ({states[0]}) needs @source, the fingerprint (ni:///sha-256-64;…) "
                     f"of the {language_name(base, 'en')} note it translates, so that `triglot check` (rule stale) "
                     f"says when that note changes{now}")


__all__ = ["document_rules", "edition_rules", "iso_span", "seed_text"]
