"""The edition's TEI vocabulary: blocks, slots, pointers and text.

Kept in one place so validation, translation and every output agree on what a
block is and what text belongs to the seed.
"""
from __future__ import annotations

import os
import re
import unicodedata

from lxml import etree

TEI_NS = "http://www.tei-c.org/ns/1.0"
XML_NS = "http://www.w3.org/XML/1998/namespace"
NS = {"t": TEI_NS}
XML_ID = f"{{{XML_NS}}}id"
XML_LANG = f"{{{XML_NS}}}lang"

SLOT_STATES = ("untranslated", "draft", "reviewed")
# Genres of correspondence: a text of one of them has its parties in a correspDesc, which encode
# proposes and the CMIF export lists (encode --genre telegram proposed none, and the export then
# left the telegram out with a warning that it lacked one).
CORRESPONDENCE_GENRES = frozenset({"letter", "telegram", "postcard"})
# Genres written after what they tell of: their date (`encode --date`) is when they were written or
# published, not a year the days they name without one fall in (encode.HeaderSettings.genre)
LOOKING_BACK_GENRES = frozenset({"memoir", "memoirs", "autobiography", "reminiscences", "recollections",
                                 "biography", "history", "chronicle"})
# The languages of an edition are its settings (triglot.settings), not constants of the vocabulary.

# Elements that are translated as a whole (see tei/ENCODING.md). A closer is a container:
# its signatures, salutes and datelines are the blocks, since TEI allows them nowhere else
# and their own content fits a slot.
BLOCK_TAGS = {"head", "p", "item", "byline", "dateline", "bibl",
              "trailer", "ab", "note", "docDate", "salute", "signed", "label"}
# The element a block's translation slot is: a note's slot is a note (it sits inside the slot
# of its block) and a source line's a bibl (pubPlace, author… are allowed only there); every
# other slot is an ab.
SLOT_TAGS = {"note": "note", "bibl": "bibl"}
# Editorial additions that are not part of the seed's text.
EDITORIAL_TAGS = {"note", "corr", "reg", "expan", "supplied"}


DRAFTER_PREFIX = "resp-draft-"


def drafter_language(resp_id: str) -> str | None:
    """The language a `resp-draft-LANG` respStmt drafted (encode and new write one per
    translation language), or None for any other respStmt: a slot of another language must not
    name it, or a French text is credited to the Russian drafter."""
    return (resp_id[len(DRAFTER_PREFIX):] or None) if resp_id.startswith(DRAFTER_PREFIX) else None


def another_drafter(resp_id: str, lang: str) -> str | None:
    """The language of the `resp-draft-LANG` respStmt `resp_id` when it drafted another language
    than `lang`, else None. Language tags are compared without case (BCP 47): a Brazilian
    Portuguese slot naming `resp-draft-pt-br` was told it named "the drafter of the Brazilian
    Portuguese translation, not of this Brazilian Portuguese text"."""
    drafted = drafter_language(resp_id)
    return drafted if drafted is not None and drafted.lower() != lang.lower() else None


def drafter_resp(lang: str, base: str) -> str:
    """What the `resp-draft-LANG` respStmt says, the same whether encode or add-language writes it."""
    from triglot.i18n import language_name
    return f"draft {language_name(lang, 'en')} translation of the {language_name(base, 'en')} text, not reviewed"


def entry_notes(entry, lang: str, base: str) -> list:
    """The notes of a register entry a reader of `lang` is given (tei/ENCODING.md, "Register
    entries"): of each @type, the notes in `lang` where the register gives that type in it (the
    editors' translations of the base-language notes, marked as drafts), else those in the base
    language (a note without xml:lang is in it). Notes in a third language are left out: the Russian
    and Armenian identification notes were both shown, with the English, in every interface."""
    notes = [(n, n.get(XML_LANG) or base) for n in entry.iterfind(f"{{{TEI_NS}}}note")]
    given = {(n.get("type") or "", language) for n, language in notes}
    return [n for n, language in notes
            if language == lang or (language == base and (n.get("type") or "", lang) not in given)]


def note_words(note) -> str:
    """A note's words, spaces collapsed: what a translated note's fingerprint (@source) is of, as a
    slot's is of its block's words (attributes left out: a corrected @ref makes no translation stale)."""
    return " ".join("".join(note.itertext()).split())


def translated_notes(entry, base: str):
    """(note, the base-language notes of its type) for each note of `entry` in another language than
    `base`: the notes it may translate (tei/ENCODING.md, "Register entries")."""
    notes = [(n, n.get(XML_LANG) or base) for n in entry.iterfind(f"{{{TEI_NS}}}note")]
    for n, language in notes:
        if language != base:
            yield n, [m for m, other in notes if other == base and (m.get("type") or "") == (n.get("type") or "")]


def q(tag: str) -> str:
    return f"{{{TEI_NS}}}{tag}"


def change_list(header):
    """Where a new <change> of `header` goes: its revisionDesc (made if missing), or the revisionDesc's
    last <listChange> when it keeps its changes in one. TEI P5 allows a revisionDesc of changes or of
    listChanges, never both side by side: a change written beside an editor's listChange (or another
    project's) made the document fail the schema, so retag and a reviewed import refused to write."""
    revisions = header.find("t:revisionDesc", NS)
    if revisions is None:
        return etree.SubElement(header, q("revisionDesc"))
    lists = revisions.findall("t:listChange", NS)
    return lists[-1] if lists else revisions


def local(el) -> str:
    """The local name of an element ("" for a comment or processing instruction); the tag
    split by hand: etree.QName was a tenth of validation's rules time."""
    return el.tag.rpartition("}")[2] if isinstance(el.tag, str) else ""


# Dates that are no events the texts report: a source's or document's own dating, the date in a
# cited title or in a heading (a document's or a section's title: "Annual report … for 1919-1920"
# is what the report covers, not something that happened in those years), and editorial notes
# (the editors say so, not the documents). The web's chronology and the printed books' leave them
# out alike.
NOT_EVENTS = {q("bibl"), q("dateline"), q("title"), q("head"), q("note"), q("docDate"), q("listBibl"),
              q("opener"), q("closer")}

# A date of the running text that the editors say is no event (tei/ENCODING.md, "Dates: events"): its
# @type, one of these. Words cannot tell "the report for 1917" (the year a report covers) from "the
# census of 1926" (a count taken in 1926), nor a telegram's closing line run into a paragraph from a
# statement; the editors can, once, and `check --rule date-type` holds them to these values.
NOT_EVENT_TYPES = {
    "period": "the span a report, count or budget covers (\"the report for 1917\")",
    "publication": "when a work cited in the text appeared or was written (\"in his memoirs (1955)\")",
    "reference": "a point of reference, not a happening (\"an Armenian majority before 1914\")",
    "dating": "the date by which a letter, telegram or note quoted in the text dates itself, its closing "
              "or heading line run into a paragraph (\"Kars, December 21, 1920.\")",
}


YEAR_WRITTEN = re.compile(r"(?<!\d)\d{3,4}(?!\d)")


def states_year(words: str) -> bool:
    """Whether a date's words write a year ("July 8th, 1937", "1919-20", "the early 1930s").
    A day or month without one ("June 28", "the 10th", "AUGUST 10th", "October tenth") has its
    year from the context: the encoder's inference or the editors'. The chronology gave such a
    date as "August 10, 1914" beside a quoted line that names no year, and a reader could not
    tell the year was not the document's word; it now says so (and the books' chronology too)."""
    return bool(YEAR_WRITTEN.search(words))


def weekday_only(words: str, lang: str) -> bool:
    """Whether a date's words name a day of the week and no day of the month, month or year ("Sunday"
    of "On Sunday I took him to tea"): the whole date is then the editors' (the tagger's, from the
    weekday and the text's last whole date before it: editor/weekdays.py, marked for review), not its
    year alone, and the chronology said "the year is not stated here". The names are CLDR's for
    `lang`, the language the words are in."""
    if not words or re.search(r"\d", words):
        return False
    days, months = _calendar_names(lang)
    tokens = [w.rstrip(".") for w in re.findall(r"[^\W\d_]+\.?", words)]
    found = {w.lower() for w in tokens}
    if not found & days or found & months:
        return False
    # A feast named with a weekday ("Easter Sunday", "Whit Monday", "Good Friday", "Вербное воскресенье",
    # "Ավագ ուրբաթ") is a day of the calendar, not the text's weekday: its other word is written as a name,
    # with a capital, where a bare weekday's are not ("on Sunday", "last Friday", "Sunday morning"). A
    # capitalised word of the language's function words ("On Sunday": data/names/LANG.json) is no name,
    # nor a part of the day as CLDR names them in the language ("Sunday Morning" in a title-case heading,
    # "Sunday Night", "Воскресенье, утро", "Կիրակի առավոտ": its day periods, _day_periods).
    plain = _function_words(lang) | _day_periods(lang)
    return not any(w[:1].isupper() and w.lower() not in days and w.lower() not in plain
                   and not _day_period_form(w.lower(), lang) for w in tokens)


def _day_period_form(word: str, lang: str) -> bool:
    """Whether `word` is a form of one of CLDR's day periods of `lang` that CLDR does not write: it shares
    the period's word but for its last two letters (at least three) and is at most three letters longer,
    as _weekday_forms reads a weekday's forms. Russian "Утром", "Вечером", "Ночью" (the instrumental a
    sentence opens with: "Утром в воскресенье") beside CLDR's "утро", "вечер", "ночь"; the capitalised
    "Утром" was read as a feast's name and the weekday's whole date was not said to be the editors'."""
    return any(len(word) <= len(name) + 3 and len(os.path.commonprefix([word, name])) >= max(3, len(name) - 2)
               for name in _day_periods(lang))


def _day_periods(lang: str, _known: dict = {}) -> frozenset:
    """The words of CLDR's day periods of `lang` (morning, evening, night, afternoon, noon, midnight in
    every context and width: "in the morning", "утра", "երեկոյան"), lower case; none for a language
    Babel does not know. Read from Babel's CLDR data, not listed here: a part of the day capitalised in
    a title ("Sunday Morning") is no feast's name in any language the edition may hold."""
    if lang not in _known:
        from babel.core import UnknownLocaleError
        from triglot.i18n import locale
        try:
            periods = locale(lang).day_periods
        except (UnknownLocaleError, ValueError):
            periods = {}
        # the narrow width's one-letter forms ("a", "n") left out: a capital initial is no part of the day
        _known[lang] = frozenset(w.lower() for context in periods.values() for size, width in context.items()
                                 if size != "narrow" for name in width.values() for w in re.findall(r"[^\W\d_]+", name))
    return _known[lang]


def _function_words(lang: str) -> frozenset:
    """The words that start a sentence and are no names, from the toolkit's name data for `lang`
    (data/names/LANG.json, "function"); none for a language it has no such data for."""
    return frozenset(w.lower() for w in _names_list(lang, "function").get("words", ()))


def _names_list(lang: str, key: str, _known: dict = {}) -> dict:
    """One list of the toolkit's name data for `lang` (data/names/LANG.json, lists.KEY); {} for none."""
    if lang not in _known:
        import json
        from triglot.resources import packaged
        path = packaged(f"names/{lang.split('-')[0].lower()}.json") if lang else None
        lists = {}
        if path is not None and path.is_file():
            lists = json.loads(path.read_text(encoding="utf-8")).get("lists", {})
        _known[lang] = lists
    return _known[lang].get(key, {})


def _inflected_weekdays(lang: str, names) -> frozenset:
    """The weekdays' case forms the name data of `lang` gives endings for (data/names/LANG.json,
    "weekday-endings": Armenian "կիրակին", "ուրբաթին", "շաբաթից", "կիրակվա"), where CLDR writes the
    nominative only and its relative date fields hold no other form: a date's "Կիրակիին" was no weekday,
    and its whole date, the tagger's, was not said to be the editors'. Each ending is added to each
    name; a `stem` ending replaces the name's last letter `drop` (the va-declension of time words)."""
    data = _names_list(lang, "weekday-endings")
    stem = data.get("stem", {})
    drop = stem.get("drop", "")
    forms = {name + e for name in names for e in data.get("words", ())}
    forms |= {name[:-len(drop)] + e for name in names if drop and name.endswith(drop) for e in stem.get("words", ())}
    return frozenset(forms)


def _calendar_names(lang: str, _known: dict = {}) -> tuple[frozenset, frozenset]:
    """CLDR's weekday and month names of `lang` (wide and abbreviated, both contexts), lower case;
    none for a language Babel does not know."""
    if lang not in _known:
        from babel.core import UnknownLocaleError
        from triglot.i18n import locale
        try:
            loc = locale(lang)
        except (UnknownLocaleError, ValueError):
            _known[lang] = (frozenset(), frozenset())
        else:
            def names(table):
                return frozenset(n.lower().rstrip(".") for context in ("format", "stand-alone")
                                 for width in ("wide", "abbreviated") for n in table[context][width].values())
            wide = {n.lower() for context in ("format", "stand-alone") for n in loc.days[context]["wide"].values()}
            _known[lang] = (names(loc.days) | _weekday_forms(loc) | _inflected_weekdays(lang, wide), names(loc.months))
    return _known[lang]


# CLDR's date fields of each weekday (fields/field type="sun" … "sat"), in Babel's locale data
WEEKDAY_FIELDS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def _weekday_forms(loc) -> frozenset:
    """The weekdays' inflected forms CLDR writes in `loc`'s relative date fields: "в прошлую пятницу",
    "в эту среду", "в следующую субботу" (the accusative a Russian date "в пятницу" has), "{0} пятницы
    назад" (the genitive), where its day names (format and stand-alone alike) are the nominative only.
    A field's word is taken as a form of its weekday when it shares the weekday's name but for its last
    two letters (пятниц-у, сред-у, воскресен-ий), so that the field's other words ("прошлую", "назад",
    Armenian "օրը") are not; the same for every language, nothing written here in Russian."""
    forms = set()
    for index, phrases in enumerate(_weekday_fields(loc)):
        names = {loc.days[context]["wide"][index].lower() for context in ("format", "stand-alone")}
        for phrase in phrases:
            for word in re.findall(r"[^\W\d_]+", phrase.lower()):
                if any(len(os.path.commonprefix([word, name])) >= max(3, len(name) - 2) for name in names):
                    forms.add(word)
    return frozenset(forms)


def _weekday_fields(loc) -> list[list[str]]:
    """The phrases of CLDR's date field of each weekday of `loc` (WEEKDAY_FIELDS' order): the relative ones
    ("в прошлую пятницу") and the past and future patterns ("{0} пятницы назад"). Babel holds them as locale
    data with no public property (babel.dates.get_relative_name, 2.19, gives the relative ones alone), so they
    are read from `Locale._data`; every one of Babel 2.19's 1,147 locales has phrases for all seven days (its
    root locale's at least). A Babel that no longer holds them there stops the command with a line that says so,
    rather than the weekdays' inflected forms vanishing from every date without a word."""
    try:
        fields = loc._data["date_fields"]
        found = [[*(fields[key].get("relative") or {}).values(),
                  *(p for when in ("past", "future") for p in (fields[key].get(when) or {}).values())]
                 for key in WEEKDAY_FIELDS]
    except (AttributeError, KeyError, TypeError):
        found = []
    if len(found) == len(WEEKDAY_FIELDS) and all(found) and all(isinstance(p, str) for day in found for p in day):
        return found
    import babel
    from triglot.problems import InputError, Problem
    raise InputError([Problem("triglot", 0, "dependency",
                              f"Babel {babel.__version__} holds no CLDR date fields of the weekdays for {loc} where "
                              "triglot reads them (Locale._data['date_fields'], for a weekday's inflected forms: "
                              "Russian \"в пятницу\"); install a Babel that does, as 2.19 does: "
                              "pip install 'babel==2.19.*'")])


def reports_event(date) -> bool:
    """Whether a date of the text is one the text reports as something that happened: not in a
    heading, title, source, note or a letter's own dating (the structure says so), and not typed by
    the editors as no event (NOT_EVENT_TYPES: "the report for 1917" was listed as what happened in
    1917, and a telegram's closing "Kars, December 21, 1920." as what happened on that day)."""
    if date.get("type") in NOT_EVENT_TYPES:
        return False
    return not any(a.tag in NOT_EVENTS for a in date.iterancestors())


def is_block(el, container) -> bool:
    """True for a block of the base text: a note, or a block tag with no block above it."""
    name = local(el)
    if name not in BLOCK_TAGS:
        return False
    return name == "note" or not within(el, BLOCK_TAGS, container)


def slot_tag(block) -> str:
    """The element name of the slot that translates `block`."""
    return SLOT_TAGS.get(local(block), "ab")


def is_slot(el, div=None) -> bool:
    """True for a slot of a translation div: a child of the div, or a note slot anywhere inside one.

    An inline element copied into a slot from its English block (a `bibl` with @corresp,
    say) is not a slot: only the div's own children and notes are.
    """
    if not isinstance(el.tag, str) or not el.get("corresp"):
        return False
    name = local(el)
    parent = el.getparent()
    if name == "note":
        return any(a is div if div is not None else a.get("type") == "translation"
                   for a in el.iterancestors(q("div")))
    if name not in ("ab", "bibl") or parent is None:
        return False
    return parent is div if div is not None else (local(parent) == "div" and parent.get("type") == "translation")


def iter_slots(div):
    """The slots of a translation div in document order, note slots after their holder."""
    for el in div.iter(q("ab"), q("bibl"), q("note")):
        if is_slot(el, div):
            yield el


def within(el, names, stop) -> bool:
    """True when an ancestor of `el` below `stop` is one of the elements `names`."""
    parent = el.getparent()
    while parent is not None and parent is not stop:
        if local(parent) in names:
            return True
        parent = parent.getparent()
    return False


def iter_blocks(container):
    """The blocks inside a base-text container, in document order: each TEI element `is_block`
    finds, by one walk that does not look above a block for a block (that was a tenth of loading
    a large edition): below an element named as a block only notes are blocks. No recursion: a
    tree of any depth is walked."""
    note = f"{{{TEI_NS}}}note"
    prefix = f"{{{TEI_NS}}}"
    stack = [iter(container)]
    while stack:
        el = next(stack[-1], None)
        if el is None:
            stack.pop()
            continue
        tag = el.tag
        if not isinstance(tag, str):
            continue
        if local(el) in BLOCK_TAGS:
            if tag.startswith(prefix):
                yield el
            for inner in el.iter(note):
                if inner is not el:
                    yield inner
        else:
            stack.append(iter(el))


def seed_text(el) -> str:
    """The text of `el` as the seed has it: without notes and corrections."""
    parts: list[str] = []
    _collect(el, parts)
    return "".join(parts)


def _collect(el, parts) -> None:
    if local(el) in EDITORIAL_TAGS:
        return
    if el.text:
        parts.append(el.text)
    for child in el:
        if isinstance(child.tag, str):
            _collect(child, parts)
        if child.tail:
            parts.append(child.tail)




def normalize_space(text: str) -> str:
    """Collapse any run of white space (no-break spaces too) into one space; NFC. str.split()
    splits at exactly the characters `\\s` matches (str.isspace: the no-break space is one),
    and is three to four times faster than the regular expression on the edition's text."""
    return " ".join(unicodedata.normalize("NFC", text).split())


# The seed bibl's related items a historian reads as sources of the text (tei/ENCODING.md, "The source
# of a text"): the work the received text names as its source ("source") and the first publication it
# reproduces ("original"). A work the text only discusses ("discusses") is its subject, no source of it;
# an item of a type not listed is not said to be one either. The web's and the books' Source lines read it.
SOURCE_ITEMS = ("source", "original")


def source_items(seed):
    """The bibls of the seed's related items that are its sources (SOURCE_ITEMS), in document order."""
    return [b for item in seed.iterfind(q("relatedItem")) if item.get("type") in SOURCE_ITEMS
            for b in item.iterfind(q("bibl"))]


def still_to_supply(el) -> bool:
    """`el` holds only a gap for the editor (encode and import-tei leave the seed's author, title
    or date so): its text is the editor's instruction, which no reader's page or book shows as
    what the header says."""
    if el.find(".//t:gap", NS) is None:
        return False
    return not "".join(el.xpath(".//text()[not(ancestor::t:gap)]", namespaces=NS)).strip()


def block_kind_text(el) -> str:
    """Whitespace-normalised text of a block, notes included (for display and search)."""
    return normalize_space("".join(el.itertext()))


def omissions(root) -> list[tuple[str, str, str]]:
    """(seed line, quoted source text, reason) of each thing the edition leaves out of its source, as the
    header lists it (samplingDecl items: an imported file's notes and figures, a plain-text seed's website
    furniture). The reason is all the item's words after its quote, tagged ones too, without the dash
    that joins them. The web page and the printed books both list them from here."""
    found = []
    for item in root.iterfind("t:teiHeader/t:encodingDesc/t:samplingDecl//t:item", NS):
        quote = item.find(".//t:quote", NS)     # inside a <hi> or <foreign> too: it is still the quote
        text = normalize_space("".join(quote.itertext())) if quote is not None else ""
        after = _words_after(quote, item) if quote is not None else "".join(item.itertext())
        found.append((item.get("n") or "", text, " ".join(after.split()).lstrip("—– ").strip()))
    return found


def _words_after(node, top) -> str:
    """The text after `node` up to the end of `top`, its ancestor: the tails and following siblings
    of the node and of each element between them."""
    parts = []
    while node is not top:
        parts.append(node.tail or "")
        parts += [("".join(n.itertext()) if isinstance(n.tag, str) else "") + (n.tail or "") for n in node.itersiblings()]
        node = node.getparent()
    return "".join(parts)
