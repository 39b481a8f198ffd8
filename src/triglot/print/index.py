"""Back matter from the laid-out body: indexes of persons and places, and a chronology.

Every mention of a register entry is rendered with an anchor `ix.psn.ID.N` or
`ix.plc.ID.N`; after the body is laid out, the page of each anchor is known. The
indexes list those pages as deduplicated ranges ("5–6, 9, 12–15"), sorted by the
collation of each book language: a real index, at a fraction of the cost of CSS
target-counter() over every occurrence.
"""
from __future__ import annotations

from collections import defaultdict
from functools import lru_cache

from triglot import i18n
from triglot.print.book import DOMAIN, index_title, strings_lang, text_of, ui, words_root
from triglot.tei import BLOCK_TAGS, NS, XML_ID, XML_LANG, local, q, reports_event, states_year, weekday_only

# The indexes a book has: entry kind (the settings' register kinds) -> index name.
KINDS = {"person": "persons", "place": "places"}


def page_ranges(pages) -> list[tuple[int, int]]:
    """Sorted, deduplicated pages as runs of consecutive numbers: [5,6,9] -> [(5,6),(9,9)]."""
    ranges: list[list[int]] = []
    for page in sorted(set(pages)):
        if ranges and page == ranges[-1][1] + 1:
            ranges[-1][1] = page
        else:
            ranges.append([page, page])
    return [(a, z) for a, z in ranges]


def format_ranges(ranges) -> str:
    return ", ".join(str(a) if a == z else f"{a}–{z}" for a, z in ranges)


def collation_key(text: str, lang: str) -> bytes:
    """Alphabetical order of `lang` as CLDR defines it (ICU), names in the language's own script first.

    CLDR knows each language's alphabet (Russian ё with е and й a letter of its own,
    Turkish ç after c); the language's script is put before the others, as an index of
    a Russian book lists Cyrillic names before Latin ones."""
    return _collator(lang).getSortKey(text)


@lru_cache(maxsize=16)
def _collator(lang: str):
    import icu
    script = icu.Locale.addLikelySubtags(icu.Locale.forLanguageTag(lang)).getScript()
    tag = f"{lang}-u-kr-{script.lower()}" if script else lang   # BCP 47: reorder that script first
    return icu.Collator.createInstance(icu.Locale.forLanguageTag(tag))


def index_name(entry, lang: str) -> str:
    """"Surname, Forename" for a person with a structured name in `lang`, else the name."""
    if entry.kind == "person":
        for pn in entry.element.iterfind("t:persName", NS):
            if (pn.get(XML_LANG) or entry.base) == lang and pn.get("type") != "variant":
                surname = pn.find("t:surname", NS)
                if surname is not None:
                    rest = text_of(pn).replace(text_of(surname), "", 1).strip(" ,")
                    return f"{text_of(surname)}, {rest}" if rest else text_of(surname)
                return text_of(pn)
    return entry.name(lang)


def mentions(anchor_pages: dict[str, int]) -> dict[tuple[str, str], set[int]]:
    """(kind, entry id) -> pages, from the anchors ix.KIND.ID.N of the laid-out body."""
    found: dict[tuple[str, str], set[int]] = defaultdict(set)
    for name, page in anchor_pages.items():
        if name.startswith("ix."):
            _, prefix, entry_id, _ = name.split(".", 3)
            found[(prefix, entry_id)].add(page)
    return found


def indexes(edition, langs, anchor_pages: dict[str, int]) -> list[dict]:
    """For each book language, an index of persons and an index of places."""
    found = [(entry, pages) for (prefix, entry_id), pages in mentions(anchor_pages).items()
             if (entry := _entry(edition, prefix, entry_id)) is not None]
    out = []
    for lang in langs:
        for entry_kind, kind in KINDS.items():
            rows = [(index_name(entry, lang), page_ranges(pages)) for entry, pages in found if entry.kind == entry_kind]
            rows.sort(key=lambda row: collation_key(row[0], lang))
            out.append({"id": f"back-{kind}-{lang}", "lang": lang, "kind": kind, "entries": rows,
                        "title": index_title(edition, kind, lang)})
    return out


def _entry(edition, prefix: str, entry_id: str):
    """The register entry of an anchor's pointer `prefix:id`, as the documents' listPrefixDef resolve it
    (whatever the settings name the registers)."""
    for doc in edition.documents:
        entry = edition.entry(f"{prefix}:{entry_id}", doc)
        if entry is not None:
            return entry
    return None


def containing_block(el):
    """The row a date belongs to: its nearest block ancestor that is not a note."""
    node, best = el.getparent(), None
    while node is not None and local(node) != "div":
        if local(node) in BLOCK_TAGS and local(node) != "note":
            best = node
        node = node.getparent()
    return best


YEAR_GIVEN = "year given by the editors"
# a date whose every statement names a weekday alone ("On Sunday I took …", tei.weekday_only): its whole
# date is the editors', not its year alone
WEEKDAY_GIVEN = "date given by the editors from the day of the week"


def chronology(edition, langs, anchor_pages: dict[str, int]) -> list[dict]:
    """Every dated event of the texts, by date: the date, the document, its pages. What the web's
    chronology leaves out is no event here either (tei.reports_event): the books listed "March 15,
    2025" (the web post of an article) and "1992" (a cited book's year) among the events of 1920s
    diplomacy, with the datelines, titles and editorial notes of the texts."""
    events: dict[tuple, dict] = {}
    for doc in edition.documents:
        if doc.base is None:
            continue
        for date in doc.base.iter(q("date")):
            start, end = i18n.date_sort_key(date)
            block = containing_block(date)
            if not start or block is None or not reports_event(date):
                continue
            page = anchor_pages.get(f"b-{block.get(XML_ID)}")
            sub = next((d for d in date.iterancestors(q("div")) if d.get("type") == "document"), None)
            key = (start, end, i18n.date_precision(date), doc.id, sub.get(XML_ID) if sub is not None else "")
            event = events.get(key)
            if event is None:
                what = [doc.title_in(lang) for lang in langs]
                if sub is not None:
                    head = sub.find("t:head", NS)
                    if head is not None:
                        what.append((edition.settings.base, text_of(head)))
                when = [(lang, i18n.format_date_expr(date, lang, words_root(edition, lang), DOMAIN)) for lang in langs]
                event = events[key] = {"when": distinct(when), "what": distinct(what), "pages": set(), "stated": False,
                                       "weekday": True}
            # a year none of the event's statements writes ("ON AUGUST 10th", 1914) is the editors', as
            # the web's chronology says; the books gave it as the texts' own
            event["stated"] = event["stated"] or states_year(text_of(date))
            event["weekday"] = event["weekday"] and weekday_only(text_of(date), edition.settings.base)
            if page is not None:
                event["pages"].add(page)
    ordered = []
    for key in sorted(events, key=lambda k: (k[0], k[1], k[3], k[4])):
        event = events[key]
        given = WEEKDAY_GIVEN if event.pop("weekday") else YEAR_GIVEN
        if not event.pop("stated"):
            event["when"] = distinct((lang, f"{text} ({ui(edition.root, strings_lang(edition, lang), given)})")
                                     for lang, text in event["when"])
        event["ranges"] = page_ranges(event["pages"])
        ordered.append(event)
    return ordered


def distinct(lines):
    """Lines of several languages, each text once ("1921" is the same in all three)."""
    seen, out = set(), []
    for lang, text in lines:
        if text and text not in seen:
            seen.add(text)
            out.append((lang, text))
    return out


def toc_back_entries(edition, langs, back_anchor_pages: dict[str, int]) -> list[dict]:
    """Contents lines for the back matter, with the pages where its sections begin."""
    root = edition.root
    entries = [{"level": 1, "target": "back-chronology", "page": back_anchor_pages["back-chronology"],
                "titles": distinct((strings_lang(edition, lang), ui(root, strings_lang(edition, lang), "Chronology"))
                                   for lang in langs)}]
    for lang in langs:
        for kind in ("persons", "places"):
            target = f"back-{kind}-{lang}"
            entries.append({"level": 1, "target": target, "page": back_anchor_pages[target],
                            "titles": [(lang, index_title(edition, kind, lang))]})
    return entries
