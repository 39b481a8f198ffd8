"""The search bundle: Pagefind over one page per passage and language, one bundle per language.

Why this shape:
- One staging page per passage (never per document) makes a Pagefind result a
  passage: counts, filters and phrase matches are per passage, and nothing is
  cut off at a page's sub-result limit.
- What a historian filters on (document, type, year, person, place, language,
  translation state) and what a result shows (titles, dates, position, the
  names marked in it) are Pagefind filter values, returned with a passage's data
  and never searched; the date is its sort key. Nothing goes in metadata:
  Pagefind 1.5 searches it, and a document id, a title or a date label there
  made every passage of that document a candidate (_page).
- One bundle per language (pagefind/<lang>/) so each language keeps its own
  stemmer and static/search.js can merge them (Pagefind's mergeIndex) into one
  query across languages; a large edition's language in several (bundle_groups),
  and an edit's documents in an overlay bundle merged over them (web/overlays.py).
- The text is indexed in its own spelling (Armenian "և" stays "և"); search.js
  asks for either spelling, so excerpts show the text as it is.
- search.json carries the registers' name forms (every language and variant)
  so a name finds every mention of its entry, and the labels of filter values.
  What grows with the edition is sharded by what a query needs (write_search_files):
  each language's words by their first two letters (a query needs the shards of its
  own words only). A document's titles travel with each of its passages (unsearched
  filter values), so a result needs no request beyond its passage's data.
The languages come from the edition's documents and registers, never from a list here.
"""
from __future__ import annotations

import contextlib

import functools
import hashlib
import importlib
import itertools
import json
import os
import re
import shutil
import stat
import subprocess
import sys
import tempfile
import threading
import time
import unicodedata
from pathlib import Path

from lxml import etree

from triglot import i18n
from triglot.edition import slot_state
from triglot.problems import InputError, Problem
from triglot.tei import NS, XML_ID, XML_LANG, local, normalize_space, q
from triglot.web import overlays
from triglot.web.file_store import FileStore, cache_json, cache_text, link_or_copy, prunable
from triglot.workers import ending_with_parent

SOURCE_STATE = "source"           # the English text as received: not a translation
UNUSED_BUNDLE_FILES = ("pagefind-ui.js", "pagefind-ui.css", "pagefind-component-ui.js",
                       "pagefind-component-ui.css", "pagefind-modular-ui.js",
                       "pagefind-modular-ui.css", "pagefind-highlight.js")


# ---------------------------------------------------------------- passages

def passages(edition, doc, info, settings) -> list[dict]:
    """One record per passage and language: its own text (notes left out), mentions and facts."""
    out = []
    facts = {"doc": doc.id, "type": list(info.kind), "titles": dict(info.titles)}
    dates = _passage_dates(doc, info.date_attrs)
    base_lang = settings.base
    from triglot.web.cite import NOTE, block_units
    units = block_units(doc)            # a note's row says "note 2", as its citation does, not "passage 7"
    for n, block in enumerate(doc.blocks, 1):
        block_id = block.get(XML_ID)
        unit, number = units.get(block_id, ("", ""))
        facts_here = {**facts, "note": number if unit == NOTE else ""}
        attrs = dates[n - 1]
        start = i18n.date_sort_key(attrs)[0] if attrs else ""
        when = {"date": start, "year": start[:4],
                "date_labels": {ui: i18n.format_date_expr(attrs, ui, edition.root) if attrs else ""
                                for ui in settings.interface}}
        # a passage kept in its own language (a French paragraph in an English text) is searched,
        # stemmed and filtered as that language, not as the base text's
        _add(out, edition, doc, block, block_id, n, passage_language(block, settings), SOURCE_STATE, {**facts_here, **when})
        for lang, slots in sorted(doc.slots.items()):
            slot = slots.get(block_id)
            if slot is not None and slot_state(slot) != "untranslated":
                _add(out, edition, doc, slot, block_id, n, lang, slot_state(slot), {**facts_here, **when})
    return out


def passage_language(block, settings) -> str:
    """The language a base-text passage is searched, stemmed and filtered in: its own xml:lang or its
    nearest ancestor's (a Dutch paragraph in a `div xml:lang="nl"`, indexed as English before), as
    the edition spells it where it is one of the edition's languages in another case or region
    ("EN", "en-GB" in an English text: its base bundle and filter, not a second "English").
    A language the edition does not have (Latin, Arabic, x-private) keeps its own tag."""
    found = block.xpath("ancestor-or-self::*[@xml:lang][1]/@xml:lang")
    tag = str(found[0]).strip() if found else ""
    if not tag:
        return settings.base
    known = settings.languages
    same = [lang for lang in known if lang.lower() == tag.lower()] or \
        [lang for lang in known if lang.lower() == tag.split("-")[0].lower()]
    return same[0] if same else tag


def edition_passages(edition) -> list[dict]:
    """Every passage record of the edition, as the web build gathers them (for tests and the bench)."""
    from triglot.web.data import _doc_info
    from triglot.web.docmeta import describe
    out = []
    for doc in edition.documents:
        info = _doc_info(doc, edition.settings)
        info.date_attrs = describe(doc, edition).date
        out.extend(passages(edition, doc, info, edition.settings))
    return out


def _passage_dates(doc, doc_date: dict) -> list[dict]:
    """The date each block stands under: the last dateline before it (a collection of letters has
    one per letter; a report, the date it was presented), else the first dateline, else the
    document's own date. Only dates the encoding states (when/from/to/notBefore/notAfter).
    A dateline with only the seed's publication date (a web post's "November 9, 2020" above a
    1920 report) dates no passage, as it dates no document (web/docmeta.py)."""
    from triglot.web.docmeta import publication_date
    posted = publication_date(doc)
    found = []
    for block in doc.blocks:
        attrs = {}
        if local(block) == "dateline":
            for date in block.iter(q("date")):
                if not _in_note(date, block) and i18n.date_expr_parts(date):
                    attrs = i18n.date_expr_parts(date)
                    break
        found.append({} if attrs == posted else attrs)
    first = next((a for a in found if a), doc_date or {})
    out, current = [], first
    for attrs in found:
        current = attrs or current
        out.append(current)
    return out


# Characters no word is spelled with that the edition's own text may hold unseen (static/search.js's
# UNSEEN, which a query is read without): a soft hyphen, a zero-width space, a word joiner, a byte order
# mark, direction marks and controls. Inside a word they split it in Pagefind's index and in the words
# search.js checks, so "Chi\u00ADcherin" in a passage was found by no query (hostile43): a passage is
# indexed and checked without them. ZWNJ and ZWJ are part of Persian's and other scripts' spelling: kept.
UNSEEN = re.compile("[\u00AD\u180E\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]")


def _add(out, edition, doc, el, block_id, n, lang, state, facts) -> None:
    text = UNSEEN.sub("", _text_without_notes(el))
    if not text:
        return
    # organisations too: a name of one (Лига Наций) finds its mentions in every language, as a
    # person's or a place's does; without them only the words as typed were found
    buckets = {"person": [], "place": [], "org": []}
    names = []
    for name in el.iter(q("persName"), q("placeName"), q("orgName")):
        if _in_note(name, el):
            continue
        entry = edition.entry((name.get("ref") or "").split()[0], doc) if name.get("ref") else None
        if entry is None or entry.kind not in buckets:
            continue
        if entry.id not in buckets[entry.kind]:
            buckets[entry.kind].append(entry.id)
        names.append([entry.id, UNSEEN.sub("", normalize_space("".join(name.itertext())))])
    out.append({**facts, "lang": lang, "block": block_id, "n": n, "state": state, "text": text,
                "persons": buckets["person"], "places": buckets["place"], "orgs": buckets["org"], "names": names})


def _in_note(node, stop) -> bool:
    while node is not None and node is not stop:
        if isinstance(node.tag, str) and local(node) == "note":
            return True
        node = node.getparent()
    return False


def _text_without_notes(el) -> str:
    parts = [el.text or ""]
    for child in el:
        if isinstance(child.tag, str) and local(child) != "note":
            parts.append(_text_without_notes(child))
        parts.append(child.tail or "")
    return normalize_space("".join(parts))


# ---------------------------------------------------------------- registers and labels

def search_data(edition, site, root) -> dict:
    """What search.js needs besides the index: languages, name forms of every entry, filter labels."""
    langs = sorted({r["lang"] for r in site.records})
    entries = []
    all_entries = [entry for register in edition.registers.values() for entry in register.entries.values()]
    mentioned = _unambiguous(site.name_forms.merged(), {e.id: _forms(e.element, site.settings.base) for e in all_entries})
    for entry in all_entries:
        item = {"id": entry.id, "kind": entry.kind,
                "labels": {lang: entry.name(lang) for lang in site.settings.interface},
                "forms": _forms(entry.element, site.settings.base, mentioned.get(entry.id, ()))}
        unchecked = unchecked_forms(entry, site.settings.base)
        if unchecked:
            item["unchecked"] = unchecked
        entries.append(item)
    kinds = sorted({k for d in site.docs for k in d.kind})
    types = {ui: {k: i18n.all_strings(root, ui).get(k, k) for k in kinds} for ui in site.settings.interface}
    return {"languages": langs, "entries": entries, "types": types,
            "endings": word_forms(root, site.records, site.vocabulary),
            "languageNames": {ui: {lang: i18n.language_name(lang, ui) for lang in langs}
                              for ui in site.settings.interface}}


def unchecked_forms(entry, base: str) -> list[list[str]]:
    """The entry's register forms nobody has checked (cert="low"/"medium"), for search.js to mark a
    result found through them as cards and register pages do: [form, language, "name"] for its name
    in a language (any mention in that language renders it, in whatever case form), [form, language,
    "variant"] for a variant (a mention of that very form). Before, a passage found through
    Chicherin's unchecked Armenian name was listed like any other. Only entries that have one carry
    the list: at 500 documents search.json grows by the registers' few guesses, not by the texts."""
    out = [[normalize_space(UNSEEN.sub("", entry.names[lang])), lang, "name"]
           for lang in sorted(entry.unchecked) if entry.names.get(lang)]
    for v in entry.element:
        if isinstance(v.tag, str) and local(v) in ("persName", "placeName", "orgName") \
                and v.get("type") == "variant" and v.get("cert") in ("low", "medium"):
            text = normalize_space(UNSEEN.sub("", "".join(v.itertext())))   # as _forms reads it
            if text:
                out.append([text, v.get(XML_LANG) or base, "variant"])
    return out


def words(text: str) -> list[str]:
    """The words of a text as written (NFC, lower case): runs of letters, digits and marks, as
    static/search.js's WORD reads them. search.js compares them after NFKC and each language's
    equivalents; Pagefind is asked for them as written (the text's own spelling)."""
    out, word = [], []
    for ch in unicodedata.normalize("NFC", text) + " ":
        if unicodedata.category(ch)[0] in "LNM":
            word.append(ch)
        elif word:
            out.append("".join(word).lower())
            word = []
    return out


def word_forms(root, records: list[dict], vocab: dict[str, set] | None = None) -> dict[str, dict]:
    """How search.js tells the forms of a word, per language, as data (never a branch per language):
    groups of endings that inflect one word, from the Snowball stemmer of the language where
    snowballstemmer has one (the endings it strips from the edition's own words), together with
    the language's data file search/<lang>.json (the edition's copy, else the toolkit's) for what
    the stemmer does not relate: Armenian պայմանագիր/պայմանագրի, or letters read as one (ё/е).
    A data file may say "snowball": false where the stemmer joins words a reader keeps apart, and
    "exact": the length up to which a word matches only as written (Russian над is no form of Надя,
    nor Armenian կար of Կարին: a short word is too often another word's stem), unless it is a word
    of a register name (Ван, Վան take their endings: static/search.js).
    A language with neither matches words as written. `vocab`: the words of the records per
    language when the build has them already (kept per document, see web/doc_cache.py)."""
    from triglot import resources
    out = {}
    shared = _shared_letters(resources.find(root, "search/letters.json"))
    for lang in sorted({r["lang"] for r in records}):
        rules = _language_rules(root, lang, shared)
        groups = list(rules.get("groups", []))
        if rules.pop("snowball", True):
            found = vocab[lang] if vocab is not None else {w for r in records if r["lang"] == lang for w in words(r["text"])}
            groups += _snowball_groups(lang, found)
        if groups or rules:
            out[lang] = {**rules, "groups": groups}
    return out


def _language_rules(root, lang: str, shared: dict[str, str]) -> dict:
    """A language's data file search/<lang>.json (the edition's copy, else the toolkit's), checked, with
    the letters read as one in every language (`shared`, search/letters.json) among its equivalents."""
    from triglot import resources
    path = resources.find(root, f"search/{lang}.json")
    # a path that is there but no file (a folder, a FIFO) hides the toolkit's: read, so named
    rules = _read_rules(path) if path.exists() else {}
    if shared:      # the letters read as one in every language (the language's own file wins)
        rules["equivalents"] = {**shared, **rules.get("equivalents", {})}
    return rules


def letters_read_as_one(root, langs) -> list[list[str]]:
    """The letters search reads as one for an edition whose passages are in `langs`, in the order
    static/search.js applies them: what search.json's endings give (_equivalents of word_forms), without
    the stemmer. The search page carries them (web-layout.xsl, meta triglot-letters), so that search.js
    names the query's first-passages files by the keys the build gave them before search.json has come:
    "İstanbul" (i with a combining dot above once lower-cased) asked for a file under that dot's key, a
    404 on the way to the first rows, and asked again under "is" once search.json was read."""
    from triglot import resources
    shared = _shared_letters(resources.find(root, "search/letters.json"))
    return [list(pair) for pair in _equivalents({lang: _language_rules(root, lang, shared) for lang in set(langs)})]


def _shared_letters(path: Path) -> dict[str, str]:
    """search/letters.json: the letters search reads as one in every language (Turkish dotted and
    dotless i: a Turkish name typed on any keyboard), checked as a language's file is; equivalents only."""
    if not path.exists():
        return {}
    rules = _read_rules(path)
    other = sorted(set(rules) - {"equivalents"})
    if other:
        text = path.read_text("utf-8")
        raise InputError([Problem(str(path), _key_line(text, other[0]), "search-data",
                                  f"{other[0]}: only equivalents are read as one in every language (a language's "
                                  "endings go in search/<lang>.json)")])
    return rules.get("equivalents", {})


RULE_SHAPES = {"about": str, "snowball": bool, "groups": list, "drop": list, "equivalents": dict, "exact": int}
JSON_NAMES = {str: "a string", bool: "true or false", list: "a list", dict: "an object", int: "a whole number"}


def _read_rules(path: Path) -> dict:
    """A word-forms data file, checked: bad input stops the build with file:line, not the browser
    (the line of the key at fault, where the file names it)."""
    from triglot.xmlio import read_regular
    try:
        text = read_regular(path, str(path), 1024 * 1024).decode("utf-8")
        rules = cache_json(text)      # too deep: a ValueError, said of the file
    except InputError as err:
        raise InputError([Problem(str(path), 0, "search-data", p.message) for p in err.problems]) from None
    except ValueError as err:
        raise InputError([Problem(str(path), getattr(err, "lineno", 0), "search-data",
                                  f"not JSON: {getattr(err, 'msg', err)}")]) from None
    def bad(message, key=None):
        return InputError([Problem(str(path), _key_line(text, key), "search-data", message)])
    if not isinstance(rules, dict):
        raise bad("expected an object with groups, drop, equivalents, snowball")
    for key, value in rules.items():
        if key not in RULE_SHAPES:
            raise bad(f"unknown key {key!r} (known: {', '.join(RULE_SHAPES)})", key)
        if not isinstance(value, RULE_SHAPES[key]):
            raise bad(f"{key} must be {JSON_NAMES[RULE_SHAPES[key]]}", key)
    if not all(isinstance(g, list) and all(isinstance(e, str) for e in g) for g in rules.get("groups", [])):
        raise bad("groups must be lists of endings (strings)", "groups")
    if not all(isinstance(v, str) and v for v in rules.get("drop", [])):
        raise bad("drop must list letters", "drop")
    if not all(isinstance(v, str) and k for k, v in rules.get("equivalents", {}).items()):
        raise bad("equivalents must map letters to letters", "equivalents")
    if "exact" in rules and (isinstance(rules["exact"], bool) or rules["exact"] < 0):
        raise bad("exact must be a number of letters (0 or more)", "exact")
    rules.pop("about", None)
    return rules


def _key_line(text: str, key: str | None) -> int:
    """The line on which `key` is first named as a key in a JSON text, else 1."""
    found = re.search(r'"%s"\s*:' % re.escape(json.dumps(key, ensure_ascii=False)[1:-1]), text) if key else None
    return text.count("\n", 0, found.start()) + 1 if found else 1


SNOWBALL_STEMS = 2      # the stems that must show two endings before they are forms of one word


def _snowball_groups(lang: str, vocabulary: set[str]) -> list[list[str]]:
    """The endings Snowball strips from the edition's words, as pairs of endings of one word: two
    endings of the words that share one stem (Vertrag/Vertrages, traité/traités), where at least
    SNOWBALL_STEMS stems show that pair. A pair one stem alone shows is as often two words Snowball
    cut to one stem (Russian Армена, Armen's genitive, and армии, army's, both "арм"; над and Надя):
    taken as endings of every word, "Армена" found every passage on the army."""
    import snowballstemmer
    from babel import UnknownLocaleError
    from triglot.i18n import locale
    try:
        name = locale(lang).get_language_name("en").lower()
    except (ValueError, TypeError, UnknownLocaleError):
        return []
    if name not in snowballstemmer.algorithms():
        return []
    stemmer = snowballstemmer.stemmer(name)
    by_stem: dict[str, set[str]] = {}
    for word in vocabulary:
        stem = stemmer.stemWord(word)
        if len(stem) >= 3 and word.startswith(stem):
            by_stem.setdefault(stem, set()).add(word[len(stem):])
    shown: dict[tuple[str, str], int] = {}
    for endings in by_stem.values():
        for pair in itertools.combinations(sorted(endings), 2):
            shown[pair] = shown.get(pair, 0) + 1
    return sorted(pair for pair, stems in shown.items() if stems >= SNOWBALL_STEMS)


def vocabulary(records: list[dict], entries: list[dict], vocab: dict[str, set] | None = None) -> dict[str, list[str]]:
    """Every word of each language: its passages and its register names. search.js asks a
    language's Pagefind only for query words that have a form there, and for each such form:
    the vocabulary does not grow with the number of documents, the index does."""
    found: dict[str, set[str]] = {lang: set(ws) for lang, ws in vocab.items()} if vocab is not None else {}
    for r in records if vocab is None else ():
        found.setdefault(r["lang"], set()).update(words(r["text"]))
    for entry in entries:
        for text, lang in entry["forms"]:
            if lang in found:
                found[lang].update(words(text))
    return {lang: sorted(ws) for lang, ws in found.items()}


def mention_forms(records: list[dict]) -> list[list[str]]:
    """[entry id, text, language] of each form the passages' mentions take, once each: a name the
    editor tagged as an entry is a name of that entry (a draft's Кемаль-паша for Atatürk, Ван for
    the Van vilayet) even where the register, which lists a few forms, does not give it."""
    out = []
    for r in records:
        for entry_id, text in r["names"]:
            if text and [entry_id, text, r["lang"]] not in out:
                out.append([entry_id, text, r["lang"]])
    return out


def _unambiguous(name_forms: dict, registered: dict) -> dict:
    """The mention forms that name one entry only: a form the texts tag as two entries (Երևանի for
    the city and for the governorate), or that is another entry's register name, names neither
    through the mentions (the register says which it is), else "Երևանում" found the governorate too."""
    owners: dict = {}
    for entry_id, forms in list(name_forms.items()) + list(registered.items()):
        for text, lang in forms:
            owners.setdefault((text.casefold(), lang), set()).add(entry_id)
    return {entry_id: [[text, lang] for text, lang in forms if owners[(text.casefold(), lang)] == {entry_id}]
            for entry_id, forms in name_forms.items()}


def _forms(entry_el, base: str, mentioned=()) -> list[list[str]]:
    """Every name of a register entry, with its language (a name without one is in the edition's
    base language, as the registers' encoding says): names, variants, surnames alone, and names
    without their roleName (a reader types "Халиль" or "Enver", not the "-паша" or "Pasha" the
    register encodes as an honorific: without it, only the whole name found the entry); then the
    forms the texts' tagged mentions take (`mentioned`: [text, lang], mention_forms). Each without
    the characters nobody sees (UNSEEN), as the passages and the query are read: a register name
    "Chi\u00ADtcherine" was two words in search.js ("chi", "tcherine") and named its entry for no
    query, neither typed nor pasted from the register page."""
    forms = []
    for el in entry_el:
        if not isinstance(el.tag, str) or local(el) not in ("persName", "placeName", "orgName"):
            continue
        lang = el.get(XML_LANG) or base
        for text in [normalize_space("".join(el.itertext())), _without_role_names(el)] + [
                normalize_space("".join(s.itertext())) for s in el.iterfind("t:surname", NS)]:
            text = normalize_space(UNSEEN.sub("", text))
            if text and [text, lang] not in forms:
                forms.append([text, lang])
    for text, lang in mentioned:
        if [text, lang] not in forms:
            forms.append([text, lang])
    return forms


def _without_role_names(name_el) -> str:
    """A name's text without its roleName parts and the hyphen or space that joined them
    (Халиль-паша: Халиль); empty when it has none, or nothing else."""
    if name_el.find("t:roleName", NS) is None:
        return ""
    parts = [name_el.text or ""]
    for child in name_el:
        if isinstance(child.tag, str) and local(child) != "roleName":
            parts.append("".join(child.itertext()))
        parts.append(child.tail or "")
    return normalize_space("".join(parts)).strip(" -\u2010\u2011")


def ngettext(singular: str, plural: str) -> tuple[str, str]:
    """Marks a plural message for pybabel (its default ngettext keyword); search.js picks the form."""
    return singular, plural


RESULT_COUNT = ngettext("{count} passage found.", "{count} passages found.")


def plural_forms(root, ui: str, message=RESULT_COUNT) -> dict[str, str]:
    """The message for each CLDR plural category of `ui` (Intl.PluralRules in the browser picks one).

    The catalog orders its forms by its gettext Plural-Forms formula; a number of each
    CLDR category (from Babel's CLDR data) tells which form the category takes.
    """
    source = ui == i18n.MSGID_LANG   # the language the msgids are written in needs no catalog
    catalog = None if source and not i18n.catalog_path(root, ui).exists() else i18n.ui_catalog(root, ui)
    found = catalog.get(message) if catalog is not None else None
    forms = list(found.string) if found is not None and not found.fuzzy and all(found.string) else []
    if not forms:
        if not source:
            raise InputError([i18n.missing_problem(root, ui, message[0])])
        forms = list(message)
    choose = _gettext_rule(catalog.plural_expr if catalog is not None else "(n != 1)")
    out = {category: forms[min(choose(n), len(forms) - 1)] for category, n in _category_samples(ui)}
    out.setdefault("other", forms[-1])
    return out


@functools.lru_cache(maxsize=None)
def number_format(ui: str) -> dict[str, str]:
    """How `ui` writes a count, as data search.js formats the result count with (made in the browser
    with Intl.NumberFormat, 16-474 ms of a fresh page's main thread on two loaded cores, on the path
    to a page's first rows: search23): the ten digits of its default numbering system, the grouping
    separator, the primary and secondary group sizes and the minimum grouping digits (es: "1234"
    but "12.345"; hi: "1,23,456").

    The numbering system, the separator and the group sizes are CLDR's as Babel has them. Babel has
    no digits (its format_decimal writes Latin digits for fa, bn, mr or my) and no minimum grouping:
    the digits are ICU's for that numbering system (PyICU), the minimum grouping is ICU's formatter's;
    a numbering system ICU does not know, or that is not ten decimal digits (algorithmic), is written
    in Latin digits."""
    from babel import Locale
    import icu
    locale = Locale.parse(ui.replace("-", "_"))
    system = locale.default_numbering_system
    digits = "0123456789"
    try:
        found = icu.NumberingSystem.createInstanceByName(system)
    except icu.ICUError:
        found = None
    if found is not None and not found.isAlgorithmic() and found.getRadix() == 10 \
            and len(found.getDescription()) == 10:
        digits = str(found.getDescription())
    # CLDR gives a numbering system's symbols only where they differ from the Latin digits' (Babel leaves
    # the rest out: ff-Adlm's "adlm" has no group of its own, and its "⹁" is latn's): latn's fill them in
    symbols = {**(locale.number_symbols.get("latn") or {}),
               **{name: value for name, value in (locale.number_symbols.get(system) or {}).items() if value}}
    primary, secondary = locale.decimal_formats[None].grouping
    primary = primary if 0 < primary < 1000 else 0          # a pattern without grouping: none
    secondary = secondary if 0 < secondary < 1000 else primary
    formatter = icu.NumberFormatter.withLocale(icu.Locale(ui.replace("-", "_")))
    minimum = 1
    if primary:
        minimum = next((m for m in range(1, 5) if len(str(formatter.formatInt(10 ** (primary + m - 1)))) > primary + m), 1)
    return {"digits": digits, "group": symbols.get("group", ","), "primary": str(primary),
            "secondary": str(secondary), "minimum": str(minimum)}


@functools.lru_cache(maxsize=None)
def plural_category(ui: str):
    """CLDR's plural rule of `ui` (a number to its category), made once per process: a register
    page asks it for every entry's mention count."""
    from triglot.i18n import locale
    return locale(ui).plural_form


@functools.lru_cache(maxsize=None)
def _category_samples(ui: str) -> tuple[tuple[str, int], ...]:
    """Each CLDR plural category of `ui` with the smallest number below 200 that takes it (searched
    once per process: the search takes thousands of calls of the rule)."""
    rule = plural_category(ui)
    samples = ((category, next((k for k in range(0, 200) if rule(k) == category), None))
               for category in sorted(rule.tags | {"other"}))
    return tuple((category, n) for category, n in samples if n is not None)


@functools.lru_cache(maxsize=None)
def _gettext_rule(expression: str):
    """A catalog's Plural-Forms expression as a function, compiled once per expression."""
    import gettext as _gettext
    return _gettext.c2py(expression)


# ---------------------------------------------------------------- indexing

def write_index(records: list[dict], out_dir: Path, data: dict | None = None) -> None:
    """Write out_dir/pagefind and wait for it."""
    start_index(records, out_dir, data).wait()


# A language's passages are indexed in groups of about this many documents. The size trades a
# reader's page opened with a query (each merged bundle loads its own Pagefind metadata before the
# first answer) against the editor's rebuild (an edit re-indexes its group). Measured side by side at
# 500 documents (session 15, load 3-8): opened with ?q=, median 710-772 ms with 50, 558-571 with 100,
# 517-564 with one bundle; one edit's rebuild 6.8-7.6 s with 50, 7.3-7.8 s with 100.
DOCUMENTS_PER_BUNDLE = 100


def bundle_groups(records: list[dict]) -> dict[str, int]:
    """Each document's group: one group up to DOCUMENTS_PER_BUNDLE documents, then as many as it takes,
    a document's group fixed by its id's hash (adding a document moves no other one, until the number
    of groups grows). Pagefind has no incremental mode: one bundle per language made every edit of a
    500-document edition re-index that language (11-12 s); a group is re-indexed alone."""
    docs = sorted({r["doc"] for r in records})
    count = max(1, -(-len(docs) // DOCUMENTS_PER_BUNDLE))
    if count == 1:
        return {doc: 0 for doc in docs}
    return {doc: int(hashlib.sha256(doc.encode("utf-8")).hexdigest(), 16) % count for doc in docs}


def bundle_folders(records: list[dict], groups: dict[str, int]) -> dict[tuple[str, int], str]:
    """Where each (language, group) bundle goes, under pagefind/: a language's first group with passages
    at <lang>/ (where static/search.js imports its Pagefind before search.json arrives, and where an
    edition of up to DOCUMENTS_PER_BUNDLE documents has its only bundle), the others at more/<lang>/<group>/
    (merged into the first one's Pagefind: search.json lists them)."""
    present = sorted({(r["lang"], groups[r["doc"]]) for r in records})
    folders, first = {}, set()
    for lang, group in present:
        folders[lang, group] = f"more/{lang}/{group}" if lang in first else lang
        first.add(lang)
    return folders


class IndexJob:
    """Pagefind indexing in processes of their own (one per bundle: a language's group of documents,
    bundle_groups), so pages render meanwhile.

    Pagefind's command line is used rather than its Python service: the service
    answers "files written" and is then terminated, and under load its last file
    (the entry file) was once found empty; a finished process has written everything.
    """

    def __init__(self, records: list[dict], out_dir: Path, data: dict | None = None,
                 cache: Path | None = None, vocab: dict[str, set] | None = None, keys: list[str] | None = None):
        # Inside the unpublished output folder, so a killed build leaves nothing elsewhere.
        self._staging = tempfile.TemporaryDirectory(prefix=".search-staging-", dir=out_dir)
        self._output = Path(out_dir) / "pagefind"
        self._data = data
        self._records = records
        self._vocab = vocab
        self._cache = BundleCache(cache) if cache is not None else None
        # a new edition has no text yet: no bundle (Pagefind refuses to index nothing)
        # The records are hashed first and pages written only for the bundles that are not in the
        # cache: staging every passage of a large edition costs more than indexing one bundle.
        if keys is None or len(keys) != len(records):
            keys = record_keys(records)       # else kept with each document's part (web/doc_cache.py)
        self._record_keys = keys
        groups = bundle_groups(records)
        self._folders = bundle_folders(records, groups)
        self._langs = sorted({lang for lang, _ in self._folders})
        folder_of = [self._folders[r["lang"], groups[r["doc"]]] for r in records]
        digests = bundle_digests(folder_of, keys)
        self._keys = {f: self._cache.key(_cache_name(f), d) for f, d in digests.items()} if self._cache else {}
        kept = {f for f in digests if self._cache and self._cache.holds(self._keys[f])}
        todo = [f for f in sorted(digests) if f not in kept]
        # the staged pages of unchanged passages are links to copies kept by record (an edit of one
        # passage re-indexes its bundle, but makes one page of it, not thousands of new files)
        pages = FileStore(self._cache.folder.with_name("staged-pages") if self._cache else None)
        pages.keep(keys)
        staging = Path(self._staging.name)
        self._reused: list[str] = []      # the kept bundles put in place: salvage takes them from the old site
        self._runner = _Runner(len(self._langs))
        self._documents = overlays.documents(records, folder_of, keys)
        self._bases = overlays.Bases(self._cache.folder.with_name("pagefind-bases.json"), _program_identity()) if self._cache else None
        self._overlaid: dict[str, set[str]] = {}     # bundle folder: the documents overlaid on its base
        self._overlays: dict[str, str] = {}          # bundle folder: its overlay's folder
        try:
            # each bundle's Pagefind starts as soon as its pages are staged, not after every bundle's
            by_folder: dict[str, list[int]] = {}
            for n, folder in enumerate(folder_of):
                by_folder.setdefault(folder, []).append(n)
            todo = self._overlay(todo, records, staging, pages, keys, by_folder)
            for folder in todo:
                stage_pages(records, staging, {folder}, pages, keys, folder_of, by_folder[folder])
                self._runner.start(folder, self._command(folder))
            # Pagefind is started first: the kept bundles are linked and the store tidied while it works
            for folder in sorted(kept):
                if self._cache.reuse(self._keys[folder], self._output / folder, _cache_name(folder)):
                    self._reused.append(folder)
                else:                                                                  # gone meanwhile
                    stage_pages(records, staging, {folder}, pages, keys, folder_of)
                    self._runner.start(folder, self._command(folder))
            pages.finish()
        except BaseException:
            self._runner.kill()        # no Pagefind left behind the build
            self._staging.cleanup()
            raise

    def _overlay(self, todo: list[str], records: list[dict], staging: Path, pages: FileStore,
                 keys: list[str], by_folder: dict[str, list[int]]) -> list[str]:
        """Of the bundles to index (`todo`), those whose base is kept and whose changed documents an
        overlay may hold (web/overlays.py): the base put in place as it was, and an overlay of the
        changed documents' current passages indexed (their pages marked). Returns the bundles to
        index whole."""
        if not self._cache:
            return todo
        whole = []
        for folder in todo:
            lang, group = next(k for k, f in self._folders.items() if f == folder)
            base = self._bases.get(folder)
            elsewhere = {doc for f, docs in self._documents.items() if f != folder and self._language(f) == lang
                         for doc in docs}
            changed = overlays.overlaid(self._documents[folder], base["docs"], elsewhere) if base else None
            if changed is None or not self._cache.holds(base["key"]) or \
                    not self._cache.reuse(base["key"], self._output / folder, _cache_name(folder)):
                whole.append(folder)
                continue
            self._reused.append(folder)
            self._keys[folder] = base["key"]
            self._overlaid[folder] = changed
            among = [n for n in by_folder[folder] if records[n]["doc"] in changed]
            if not among:           # the changed documents were removed: nothing to index
                continue
            fresh = overlays.overlay_folder(lang, group)
            marked = [{**records[n], "fresh": True} for n in among]
            marked_keys = [overlays.marked_key(keys[n]) for n in among]
            self._overlays[folder] = fresh
            self._keys[fresh] = self._cache.key(_cache_name(fresh), bundle_digests([fresh] * len(among), marked_keys)[fresh])
            if self._cache.holds(self._keys[fresh]) and \
                    self._cache.reuse(self._keys[fresh], self._output / fresh, _cache_name(fresh)):
                self._reused.append(fresh)
                continue
            stage_pages(marked, staging, None, pages, marked_keys, [fresh] * len(among))
            self._runner.start(fresh, self._command(fresh))
        return whole

    def _language(self, folder: str) -> str:
        return next(lang for (lang, _), f in self._folders.items() if f == folder)

    def salvage(self, old_site: Path) -> None:
        """Once the new site is published, move the bundles this build kept out of the site it replaced
        (`old_site`, about to be removed) into the cache's spare folder, where the next build that keeps
        them takes them whole (BundleCache.reuse). They are the kept entries' files (the same inodes),
        no longer published, so moving them takes nothing from a reader's site; a spare they replace,
        and one of a bundle the edition no longer has, go into `old_site` to be removed with it.
        A spare that cannot be moved only costs the next build its links."""
        if not self._cache:
            return
        spare, old_site = self._cache.spare, Path(old_site)
        with contextlib.suppress(OSError):    # a spare not moved: the next build links the kept copy
            spare.mkdir(exist_ok=True)
            if not prunable(spare):
                return
            stale = old_site / ".triglot-stale-spares"
            names = {_cache_name(f) for f in [*self._folders.values(), *self._overlays.values()]}
            for folder in self._reused:
                source, target = old_site / "pagefind" / folder, spare / _cache_name(folder)
                if source.is_dir() and not source.is_symlink():
                    if os.path.lexists(target):
                        stale.mkdir(exist_ok=True)
                        os.rename(target, stale / target.name)
                    os.rename(source, target)
            for entry in list(spare.iterdir()):
                if entry.name not in names:
                    stale.mkdir(exist_ok=True)
                    os.rename(entry, stale / entry.name)

    def _command(self, folder: str) -> list[str]:
        return [*pagefind_program(), "--site", str(Path(self._staging.name) / folder),
                "--output-path", str(self._output / folder), "--silent"]

    def wait(self, quiet: bool = False) -> None:
        """Until every bundle is written; a failure is raised unless `quiet` (another error is on its
        way: the bundles are then neither tidied nor kept, since what failed the build, a full disk,
        may have cut them short while Pagefind still exited 0)."""
        failures = []
        try:
            finished = self._runner.finish()
        except BaseException:
            self._runner.kill()
            self._staging.cleanup()
            raise
        for folder, (code, log) in finished.items():
            if code != 0:
                how = f"killed by signal {-code}" if code < -1 else f"exit {code}"
                failures.append(Problem("pagefind", 0, "search-index",
                                        f"Pagefind failed on the passages of pagefind/{folder} "
                                        f"({how}): {log.strip()}"))
            elif not (self._output / folder / "pagefind-entry.json").is_file():
                # (it was reported as a temporary folder's 'No such file or directory', gone when read)
                failures.append(Problem("pagefind", 0, "search-index",
                                        f"Pagefind exited 0 but wrote no pagefind/{folder}/pagefind-entry.json "
                                        f"for the passages of pagefind/{folder}: {log.strip() or 'it said nothing'}"))
        self._staging.cleanup()
        if quiet:
            return
        if failures:
            raise InputError(failures)
        for folder in finished:
            _tidy_bundle(self._output / folder)
            if self._cache:
                self._cache.store(self._keys[folder], self._output / folder)
        if self._cache:
            self._cache.keep(set(self._keys.values()))
            # each bundle indexed whole (or taken whole) is its new base; an overlaid one keeps its base
            self._bases.write({folder: ({"key": self._keys[folder], "docs": self._documents[folder]}
                                        if folder not in self._overlaid else self._bases.get(folder))
                               for folder in sorted(self._folders.values())})
        if self._data is not None:
            self._output.mkdir(parents=True, exist_ok=True)
            data = {**self._data, "languages": self._langs}
            merged: dict[str, list[str]] = {}
            for (lang, _), folder in sorted(self._folders.items()):   # by language, then group
                if folder != lang:
                    merged.setdefault(lang, []).append(folder)
            for (lang, _), folder in sorted(self._folders.items()):   # then the overlays
                if folder in self._overlays:
                    merged.setdefault(lang, []).append(self._overlays[folder])
            if merged:          # the bundles static/search.js merges into each language's first one
                data["bundles"] = merged
            overlaid = {}
            for folder, docs in sorted(self._overlaid.items()):
                overlaid.setdefault(self._language(folder), set()).update(docs)
            if overlaid:        # whose passages count only from an overlay (web/overlays.py)
                data["overlaid"] = {lang: sorted(docs) for lang, docs in overlaid.items()}
            data["bundleFiles"] = bundle_files(self._output, sorted({*self._folders.values(), *self._overlays.values()}))
            store = FileStore(self._cache.folder.with_name("search-files") if self._cache else None)
            write_search_files(self._output, data, vocabulary(self._records, data["entries"], self._vocab), store,
                               self._records, self._record_keys,
                               self._cache.folder.with_name("first-passages.json") if self._cache else None)
            store.finish()


@functools.lru_cache(maxsize=1)
def pagefind_program() -> tuple[str, ...]:
    """Pagefind's program, found as the `pagefind` package finds it (PAGEFIND_BINARY_PATH, then the
    binary packages, then PATH), else `python -m pagefind`. Run directly: `python -m pagefind` starts
    an interpreter and imports asyncio only to exec that program, 0.08 CPU-s a bundle before
    Pagefind begins (three bundles a build; a cold build of this edition is a few seconds)."""
    found = os.environ.get("PAGEFIND_BINARY_PATH")
    if found:
        if not (os.path.isfile(found) and os.access(found, os.X_OK)):
            # (else each bundle failed with the shell's '12345: 1: exec: …: not found')
            raise InputError([Problem("PAGEFIND_BINARY_PATH", 0, "search-index",
                                      f"{found!r} is no program that can be run (missing, a folder, or not "
                                      "executable); point it at Pagefind's binary or unset it")])
        return (found,)
    for package in ("pagefind_bin_extended", "pagefind_bin"):
        try:
            return (str(importlib.import_module(package).get_executable().resolve()),)
        except (ImportError, OSError):      # not installed, or its binary missing (FileNotFoundError)
            continue
    found = shutil.which("pagefind_extended") or shutil.which("pagefind")
    return (found,) if found else (sys.executable, "-m", "pagefind")


def bundle_files(output: Path, folders: list[str]) -> dict[str, dict[str, str]]:
    """What Pagefind's worker fetches one after another when a bundle starts (its entry file, then
    its metadata and WebAssembly), named for each bundle folder so that static/search.js fetches
    them all at once into the browser's cache while the worker starts. `tag` (the entry file's
    hash) is Pagefind's metaCacheTag: the entry file is asked for as pagefind-entry.json?ts=<tag>
    instead of a new ?ts= each time, which no cache could answer; it changes with the entry file."""
    out = {}
    for folder in folders:
        raw = (output / folder / "pagefind-entry.json").read_bytes()
        # Pagefind takes the page's language's index, else the largest: a bundle holds one language
        index = max(json.loads(raw)["languages"].values(), key=lambda i: i.get("page_count", 0))
        out[folder] = {"tag": hashlib.sha256(raw).hexdigest()[:16], "meta": f"pagefind.{index['hash']}.pf_meta",
                       "wasm": f"wasm.{index.get('wasm') or 'unknown'}.pagefind"}
    return out


@functools.lru_cache(maxsize=4)
def _identity_of(program: tuple[str, ...]) -> str:
    """The program's words, its file's size and time of change, and the pagefind package's version;
    what cannot be had (a program on no path, no package installed) is left out of the identity."""
    from contextlib import suppress
    from importlib.metadata import PackageNotFoundError, version
    parts = list(program)
    with suppress(OSError):
        found = os.stat(program[0])
        parts += [str(found.st_size), str(found.st_mtime_ns)]
    with suppress(PackageNotFoundError):
        parts.append(version("pagefind"))
    return "\n".join(parts)


def _program_identity() -> str:
    """Which Pagefind makes the bundles: its program (path, size, time of change) and the pagefind
    package's version. The version alone keyed the kept bundles: with PAGEFIND_BINARY_PATH naming
    another Pagefind, the unchanged languages' bundles of the first were linked beside the edited
    language's of the second, two versions in one site (and without the package, the lookup of its
    version was a traceback)."""
    return _identity_of(pagefind_program())


def _cache_name(folder: str) -> str:
    """A bundle folder as a name in the cache: "en", "more/en/3" as "en-3", "fresh/en/3" as "en-3-fresh" (the cache's names are
    letters, digits and hyphens, which BundleCache.keep prunes by)."""
    parts = folder.split("/")
    if len(parts) == 1:
        return parts[0]
    return f"{parts[1]}-{parts[2]}" + ("-fresh" if parts[0] == "fresh" else "")


class _Runner:
    """Pagefind processes, at most `limit` at a time (each is multi-threaded itself: a large edition's
    dozens of bundles started at once would fight over the cores); the queue is fed from a thread, so
    indexing goes on while the pages render."""

    def __init__(self, limit: int):
        self._limit = max(1, limit, os.cpu_count() or 1)
        self._queue: list[tuple[str, list[str]]] = []
        self._running: dict[str, subprocess.Popen] = {}
        self._done: dict[str, tuple[int, str]] = {}
        self._lock = threading.Condition()
        self._killed = False
        self._threads: list = []
        self._working = 0       # threads in _work's loop: one that found the queue empty has left it

    def start(self, name: str, command: list[str]) -> None:
        """Queue `command`; a thread is started for it unless `limit` threads are still taking from
        the queue. (Counting every thread ever started lost a bundle: the threads had emptied the
        queue and ended while the next bundle's pages were staged, and nobody ran it.)"""
        with self._lock:
            self._queue.append((name, command))
            if self._working < self._limit:
                self._working += 1
                thread = threading.Thread(target=self._work, daemon=True)
                self._threads.append(thread)
                thread.start()

    def _work(self) -> None:
        while True:
            with self._lock:
                if self._killed or not self._queue:
                    self._working -= 1
                    return
                name, command = self._queue.pop(0)
                try:
                    # a group of its own, so that what it started ends with it (a wrapper script's
                    # child kept the log's pipe open, and a hung Pagefind's build waited for ever)
                    process = subprocess.Popen(ending_with_parent(command), stdout=subprocess.PIPE,
                                               stderr=subprocess.STDOUT, text=True, process_group=0)
                except OSError as exc:
                    self._done[name] = (-1, str(exc))
                    continue
                self._running[name] = process
            log = _waited(process)
            with self._lock:
                self._running.pop(name, None)
                self._done[name] = (process.returncode, log or "")

    def finish(self) -> dict[str, tuple[int, str]]:
        """Every bundle's exit code and log, once all are done (a bundle still queued then, which no
        thread took, is reported as a failure rather than left out unnoticed)."""
        for thread in list(self._threads):
            thread.join()
        with self._lock:
            for name, _ in self._queue:
                self._done.setdefault(name, (-1, "queued, but no Pagefind process was started for it"))
            self._queue.clear()
        return dict(self._done)

    def kill(self) -> None:
        with self._lock:
            self._killed = True
            self._queue.clear()
            running = list(self._running.values())
        for process in running:
            _kill_group(process)
        for thread in list(self._threads):
            thread.join()


def _kill_group(process: subprocess.Popen) -> None:
    """End `process` and what it started (its process group: _Runner starts each in one of its own)."""
    import signal
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except OSError:         # ended meanwhile (or no such group): the process alone, as before
        process.kill()


def _waited(process: subprocess.Popen) -> str:
    """The log of `process` once it has ended, or once it has been stopped: after pagefind_seconds()
    in all, or after pagefind_idle_seconds() in which its process group used no CPU. Pagefind can hang
    with every thread waiting and none working (seen: files of its input folder removed while it read
    them, 1 run in 3 on this machine, and once in a helper's build); it then held the build and the
    edition's lock for the hour of the overall bound. A Pagefind at work uses CPU all the time."""
    started, seen, idle_since = time.monotonic(), _group_cpu(process.pid), time.monotonic()
    while True:
        with contextlib.suppress(subprocess.TimeoutExpired):     # still running: look at its CPU
            return process.communicate(timeout=IDLE_STEP)[0] or ""
        now, used = time.monotonic(), _group_cpu(process.pid)
        if used != seen or used is None:
            seen, idle_since = used, now
        if now - started > pagefind_seconds():
            why = f"no answer after {pagefind_seconds():g} s (TRIGLOT_PAGEFIND_SECONDS)"
        elif now - idle_since > pagefind_idle_seconds():
            why = (f"no CPU used for {pagefind_idle_seconds():g} s (TRIGLOT_PAGEFIND_IDLE_SECONDS): it hung, "
                   "as Pagefind does when its input folder changes under it")
        else:
            continue
        _kill_group(process)
        log, _ = process.communicate()
        return f"{why}; stopped. {log or ''}"


IDLE_STEP = 1.0     # seconds between two looks at a running Pagefind


def _group_cpu(group: int) -> int | None:
    """Clock ticks of user and system CPU used so far by the processes of process group `group` (a
    wrapper script's child works, not the script), from /proc; None where /proc cannot say (then only
    the overall bound stops a hung Pagefind)."""
    total = 0
    try:
        entries = os.listdir("/proc")
    except OSError:
        return None
    for entry in entries:
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as handle:
                fields = handle.read().rsplit(b")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if len(fields) > 12 and fields[2] == str(group).encode():
            total += int(fields[11]) + int(fields[12])
    return total


PAGEFIND_IDLE_SECONDS = 120.0


def pagefind_idle_seconds() -> float:
    """How long a Pagefind may go without using CPU before it is taken as hung (environment
    TRIGLOT_PAGEFIND_IDLE_SECONDS)."""
    try:
        value = float(os.environ.get("TRIGLOT_PAGEFIND_IDLE_SECONDS", PAGEFIND_IDLE_SECONDS))
    except ValueError:
        return PAGEFIND_IDLE_SECONDS
    return value if value > 0 else PAGEFIND_IDLE_SECONDS


PAGEFIND_SECONDS = 3600.0  # one bundle's Pagefind at most (a 100x edition's bundle takes seconds)


def pagefind_seconds() -> float:
    """How long one bundle's Pagefind may run (environment TRIGLOT_PAGEFIND_SECONDS): a Pagefind that
    hung (a stuck disk, a broken build of it) held `build web` and the edition's lock for ever."""
    try:
        value = float(os.environ.get("TRIGLOT_PAGEFIND_SECONDS", PAGEFIND_SECONDS))
    except ValueError:
        return PAGEFIND_SECONDS
    return value if value > 0 else PAGEFIND_SECONDS


WORD_KEY = 2              # letters of a (normalised) word that name its shard


def write_search_files(output: Path, data: dict, words_by_lang: dict[str, list[str]],
                       store: FileStore | None = None, records: list[dict] | None = None,
                       record_keys: list[str] | None = None, kept: Path | None = None) -> None:
    """search.json and the word shards, each shard named so that static/search.js finds it from
    what it holds (word_key): nothing search.js fetches before a query's first results grows with
    the number of documents, only with the registers and the languages' endings. (A document's
    titles come with its passages' data: _page.) The files go through `store` (linked from copies
    kept by content: an edit changes few shards). With the `records`, each key's first passages
    too (web/first_passages.py), which search.js shows before Pagefind answers; with the records'
    `record_keys` and a `kept` file, those are kept there (first_passages.kept_first_passages)."""
    store = store or FileStore(None)
    equivalents = _equivalents(data.get("endings", {}))
    keys: dict[str, list[str]] = {}
    for lang, ws in words_by_lang.items():
        by_key: dict[str, list[str]] = {}
        for w in ws:
            by_key.setdefault(word_key(w, equivalents), []).append(w)
        keys[lang] = sorted(by_key)
        for key, group in by_key.items():
            _write_json(store, output / "words" / lang / f"{_file_name(key)}.json", group)
    entries = data.get("entries", [])
    if records is not None:
        from triglot.web.first_passages import write_first_passages
        write_first_passages(output, records, set(file_keys(data, words_by_lang)),
                             lambda w: word_key(w, equivalents), _file_name,
                             lambda path, content: _write_json(store, path, content),
                             record_keys, kept, _first_passages_tag(equivalents, entries),
                             entries, entries_by_key(entries, equivalents))
    _write_json(store, output / "entries.json", entries)
    _write_json(store, output / "search.json", {**{k: v for k, v in data.items() if k != "entries"},
                                                "wordShards": keys, "unchecked": unchecked_by_id(entries)})


def entries_by_key(entries: list[dict], equivalents: list[tuple[str, str]]) -> dict[str, list[dict]]:
    """{a shard key: the register entries with a name form holding a word of that shard}, each as
    entries.json has it but for its unchecked forms (search.json's "unchecked"). They travel in the
    key's first-passages file (first_passages.write_first_passages), which a page opened with a query
    asks for as its script runs: which entries a query names is asked of those under its words' keys
    only (static/search.js entriesNamedBy, isWordForm), and search.json carried every entry's forms
    and labels (63 of its 80 kB at 100 times the edition, search26) on the way to the first rows.
    The rest (a suggestion, a filter's labels) reads entries.json, after the first rows.

    An entry comes whole (labels and every form) only under the keys of a name form's first or last word,
    the words a query naming it begins with (its name in order, or surname first as indexes write it);
    under another key (a name's "of", "the", "commissariat") it comes as its id, kind and the forms holding
    a word of that key, all the naming needs there (isNameForm relates only words of one key), and search.js
    reads entries.json when a query names it so (a whole name typed in another order). Whole everywhere,
    the "of" file carried 12 kB of sixteen organisations' labels and forms in three scripts (search27)."""
    out: dict[str, list[dict]] = {}
    for key, found in name_keys(entries, equivalents).items():
        out[key] = [_entry_under(entries[i], key, equivalents) for i in found]
    return out


def _entry_under(entry: dict, key: str, equivalents: list[tuple[str, str]]) -> dict:
    """The entry as the key's first-passages file brings it (entries_by_key): whole when a name form
    begins or ends with a word of the key, else its id, kind and the forms holding a word of the key."""
    forms = [(form, words(form[0])) for form in entry["forms"]]
    if any(ws and key in (word_key(ws[0], equivalents), word_key(ws[-1], equivalents)) for _form, ws in forms):
        return {k: v for k, v in entry.items() if k != "unchecked"}
    return {"id": entry["id"], "kind": entry["kind"],
            "forms": [form for form, ws in forms if any(word_key(w, equivalents) == key for w in ws)]}


def unchecked_by_id(entries: list[dict]) -> dict[str, list[list[str]]]:
    """{entry id: its unchecked forms} of the entries that have any (unchecked_forms): a row's badge
    names an entry its passage mentions, which need not be under the query's keys."""
    return {e["id"]: e["unchecked"] for e in entries if e.get("unchecked")}


def file_keys(data: dict, words_by_lang: dict[str, list[str]]) -> list[str]:
    """The keys a first-passages file is written for: every word shard's key in any language and every
    register name word's key (a form in a language without passages included). The search page carries
    them (compact_keys), so that static/search.js asks for no file the build did not write: a query word
    whose key no language has was asked for before search.json had come, and answered 404."""
    equivalents = _equivalents(data.get("endings", {}))
    keys = {word_key(w, equivalents) for ws in words_by_lang.values() for w in ws}
    return sorted(keys | set(name_keys(data.get("entries", []), equivalents)))


def compact_keys(keys: list[str]) -> str:
    """The keys as static/search.js's pageKeys() reads them, groups parted by spaces: a key of one letter
    as itself, and each first letter's two-letter keys as one group, that letter followed by every
    second letter ("b baeo" for "b", "ba", "be", "bo"): about a character a key (the edition's 834 keys
    in 1,090 characters, 1.7 kB, where a JSON list in the page's attribute took 3.5 kB). Letters are code points, as
    word_key counts them. A key holding white space (NFKC makes Greek ypogegrammeni a space and a mark)
    cannot be written so: then none is, and search.js asks for every key's file, as it did before."""
    if any(ch.isspace() for key in keys for ch in key):
        return ""
    single, seconds = set(), {}
    for key in keys:
        if len(key) == 1:
            single.add(key)
        else:
            seconds.setdefault(key[0], []).append(key[1])
    out = []
    for first in sorted(single | set(seconds)):
        if first in single:
            out.append(first)
        if first in seconds:
            out.append(first + "".join(sorted(seconds[first])))
    return " ".join(out)


def name_keys(entries: list[dict], equivalents: list[tuple[str, str]]) -> dict[str, list[int]]:
    """{a shard key: the indexes of the entries with a name form holding a word of that shard}: a name's
    word relates to a query word only when the two are one word or share their first three letters,
    so their keys (entries_by_key). Bounded by the registers, as the entries are."""
    out: dict[str, set[int]] = {}
    for i, entry in enumerate(entries):
        for text, _lang in entry["forms"]:
            for w in words(text):
                out.setdefault(word_key(w, equivalents), set()).add(i)
    return {key: sorted(found) for key, found in sorted(out.items())}


def _first_passages_tag(equivalents: list[tuple[str, str]], entries: list[dict] = ()) -> str:
    """What the first passages are made by besides the records: the code that chooses them and
    turns words into shard keys (this module's and first_passages' source), the letters read
    as one, and the register entries' ids and name forms (whose mentions the files list): a kept
    choice made by other code, rules or registers is made again."""
    from triglot.web import first_passages
    h = hashlib.sha256(json.dumps(equivalents, ensure_ascii=False).encode("utf-8"))
    h.update(json.dumps([[e["id"], e["forms"]] for e in entries], ensure_ascii=False).encode("utf-8"))
    for module in (__file__, first_passages.__file__):
        h.update(Path(module).read_bytes())
    return h.hexdigest()


def _equivalents(endings: dict) -> list[tuple[str, str]]:
    """The letters read as one, in the order search.js applies them (languages, then letters, sorted)."""
    return [(a, b) for lang in sorted(endings) for a, b in sorted(endings[lang].get("equivalents", {}).items())]


def word_key(word: str, equivalents: list[tuple[str, str]]) -> str:
    """A word's shard: the first WORD_KEY letters of the word as search.js's norm() reads it (NFKC,
    lower case, equivalent letters as one), so every form search.js relates to a query word (the
    same first three letters at least) and every spelling of it lies in the query word's shard."""
    w = unicodedata.normalize("NFKC", word).lower()
    for a, b in equivalents:
        w = w.replace(a, b)
    return w[:WORD_KEY]


def _file_name(key: str) -> str:
    """A shard key as a file name any file system and server takes: its code points in hex."""
    return "-".join(f"{ord(c):x}" for c in key)


def _write_json(store: FileStore, path: Path, data) -> None:
    store.put(path, json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8"))


def _tidy_bundle(bundle: Path) -> None:
    """Drop Pagefind's ready-made UIs (the site has its own) and sort the entry file's languages:
    Pagefind lists them in whatever order its threads finished; sorted, every build is the same."""
    for name in UNUSED_BUNDLE_FILES:
        (bundle / name).unlink(missing_ok=True)
    entry_path = bundle / "pagefind-entry.json"
    if entry_path.is_file():
        try:
            entry = json.loads(entry_path.read_text("utf-8"))
        except ValueError:     # cut short (Pagefind exits 0 on a full disk): not published, not kept
            raise InputError([Problem(str(entry_path), 0, "search-index", "Pagefind wrote a damaged "
                                      "entry file (is the disk full?); the build stopped")]) from None
        entry["languages"] = dict(sorted(entry.get("languages", {}).items()))
        entry_path.write_text(json.dumps(entry, ensure_ascii=False, separators=(",", ":")), "utf-8")
    _check_bundle(bundle)


def _check_bundle(bundle: Path) -> None:
    """Every file Pagefind wrote is whole: its index, fragment, filter and meta files and its wasm are
    gzip streams, read to their end here, and no other file is empty. On a full disk (a 830 kB tmpfs)
    Pagefind exited 0 with a whole entry file and its wasm cut short: the bundle was published, kept
    in the cache for the next builds, and the language's search failed in the browser."""
    import gzip
    import zlib
    pending = [os.fspath(bundle)]
    while pending:
        with os.scandir(pending.pop()) as entries:
            for entry in entries:
                if entry.is_dir(follow_symlinks=False):
                    pending.append(entry.path)
                    continue
                try:
                    if ".pf_" in entry.name or entry.name.endswith(".pagefind"):
                        with open(entry.path, "rb") as handle:
                            gzip.decompress(handle.read())
                    elif entry.stat(follow_symlinks=False).st_size == 0:
                        raise EOFError("empty")
                except (EOFError, OSError, zlib.error) as exc:
                    raise InputError([Problem(entry.path, 0, "search-index", f"Pagefind wrote a damaged file "
                                              f"({exc}; is the disk full?); the build stopped")]) from None


def start_index(records: list[dict], out_dir: Path, data: dict | None = None,
                cache: Path | None = None, vocab: dict[str, set] | None = None,
                keys: list[str] | None = None) -> IndexJob:
    return IndexJob(records, out_dir, data, cache, vocab, keys)


class BundleCache:
    """Pagefind bundles kept by the hash of the pages they index, one language at a time.

    Pagefind has no incremental mode: every build re-indexed every language. A language
    whose staged pages (and Pagefind's version) are byte for byte those of a bundle built
    before gets that bundle linked, so an edit of one translation re-indexes that language
    only. Entries no build used last are removed; a damaged entry is never complete (an
    entry is renamed into place only when whole)."""

    def __init__(self, folder: Path):
        self.folder = Path(folder)
        # kept bundles whole, taken from the sites builds replaced (IndexJob.salvage), by bundle folder
        self.spare = self.folder.with_name("pagefind-spare")

    def key(self, lang: str, digest: str) -> str:
        return f"{lang}-" + hashlib.sha256(f"{_program_identity()}\n{digest}".encode()).hexdigest()[:32]

    def holds(self, key: str) -> bool:
        return (self.folder / key / "pagefind-entry.json").is_file()

    STAMPS = ".triglot-stamps.json"    # each file's size and time of change when stored

    def reuse(self, key: str, target: Path, spare: str | None = None) -> bool:
        """Put the kept bundle at `target` as hard links (a bundle is hundreds of fragment files; the
        build never writes a published bundle in place, and an entry is never changed once stored), or
        copies. A published file edited in place shares the kept one: then its size or time of change
        is not the one recorded when it was stored, and the entry is dropped (the language re-indexed),
        never linked again; so is an entry that cannot be read or linked whole.

        With `spare` (the bundle folder's name in the cache), the spare of that name (IndexJob.salvage)
        is moved to `target` whole instead, when every file in it is one of the entry's (the same inode,
        size and time of change as recorded when it was stored) and it holds all of them and nothing
        else: one lstat a file and one rename, where linking took a link a file (at 500 documents the
        kept bundles' 50,000 links were 0.4 of a one-edit rebuild's CPU-s). A spare that does not
        check out is left for the next salvage to replace, and the entry linked as before."""
        entry = self.folder / key
        if not (entry / "pagefind-entry.json").is_file():
            return False
        try:
            recorded = cache_json(cache_text(entry / self.STAMPS))
            if not isinstance(recorded, dict):
                whole = False
            elif spare is not None and self._take_spare(self.spare / spare, Path(target), recorded):
                return True
            else:
                whole = _link_intact(entry, Path(target), self.STAMPS, recorded)
        except (OSError, ValueError):
            whole = False
        if not whole:
            shutil.rmtree(target, ignore_errors=True)      # Pagefind writes the bundle there again
            shutil.rmtree(entry, ignore_errors=True)
        return whole

    @staticmethod
    def _take_spare(spare: Path, target: Path, recorded: dict) -> bool:
        try:
            if not _holds_only(spare, recorded):
                return False
            os.makedirs(target.parent, exist_ok=True)
            os.rename(spare, target)
        except OSError:
            return False
        return True

    def store(self, key: str, bundle: Path) -> None:
        entry = self.folder / key
        if entry.exists():
            return
        self.folder.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=f".{key}.", dir=self.folder))
        try:
            shutil.copytree(bundle, tmp, dirs_exist_ok=True, copy_function=link_or_copy)   # as `reuse`
            (tmp / self.STAMPS).write_text(json.dumps(_stamps(tmp, self.STAMPS)), "utf-8")
            os.rename(tmp, entry)
        except OSError:
            shutil.rmtree(tmp, ignore_errors=True)   # a cache that cannot be written only costs time

    def keep(self, keys: set[str]) -> None:
        from triglot.web.file_store import prunable
        if not prunable(self.folder):
            return
        for entry in self.folder.iterdir():
            if entry.name not in keys and not entry.is_symlink() and \
                    re.fullmatch(r"\.?[A-Za-z0-9-]+-[0-9a-f]{32}(\.[A-Za-z0-9_]+)?", entry.name):
                shutil.rmtree(entry, ignore_errors=True)


def _link_intact(entry: Path, target: Path, leave: str, recorded: dict) -> bool:
    """Link every file of `entry` (but `leave`) into `target`, checking each against its recorded
    stamp (`_stamps`) on the way; False as soon as one differs, or when a recorded file is missing.
    One walk and one lstat and one link per file: checking the whole entry first and then copying
    it with shutil.copytree walked the 57,577 files of a 500-document edition's bundles twice, most
    of a second of a one-edit rebuild. Folders take their permissions and times as copytree gives."""
    seen = 0
    os.makedirs(target)
    pending = [("", os.fspath(entry), os.fspath(target))]
    while pending:
        prefix, source, copy = pending.pop()
        with os.scandir(source) as items:
            for item in items:
                if item.is_dir(follow_symlinks=False):
                    os.mkdir(os.path.join(copy, item.name))
                    pending.append((prefix + item.name + "/", item.path, os.path.join(copy, item.name)))
                elif item.name == leave:
                    continue
                elif not item.is_file(follow_symlinks=False):
                    return False        # never stored so (a bundle holds files and folders only)
                else:
                    st = item.stat(follow_symlinks=False)
                    stamp = recorded.get(prefix + item.name)
                    # [size, time] as stored before inodes were recorded
                    if stamp != [st.st_size, st.st_mtime_ns, st.st_ino] and stamp != [st.st_size, st.st_mtime_ns]:
                        return False
                    link_or_copy(item.path, os.path.join(copy, item.name))
                    seen += 1
        shutil.copystat(source, copy)
    return seen == len(recorded)


def _holds_only(folder: Path, recorded: dict) -> bool:
    """Whether `folder` (a real folder) holds exactly the files of `recorded` (_stamps), each the
    recorded file itself (its inode, size and time of change), and no folder that holds none of them:
    a bundle's own files, not copies, none edited in place, none missing, none added."""
    if not stat.S_ISDIR(os.lstat(folder).st_mode):
        return False
    folders = {path.rpartition("/")[0] for path in recorded}      # each file's folder, then theirs
    folders |= {folder[:n] for folder in folders for n, c in enumerate(folder) if c == "/"}
    seen = 0
    pending = [("", os.fspath(folder))]
    while pending:
        prefix, directory = pending.pop()
        with os.scandir(directory) as items:
            for item in items:
                name = prefix + item.name
                if item.is_dir(follow_symlinks=False):
                    if name not in folders:
                        return False
                    pending.append((name + "/", item.path))
                elif not item.is_file(follow_symlinks=False):
                    return False
                else:
                    st = item.stat(follow_symlinks=False)
                    if recorded.get(name) != [st.st_size, st.st_mtime_ns, st.st_ino]:
                        return False
                    seen += 1
    return seen == len(recorded)


def _stamps(folder: Path, leave: str) -> dict[str, list[int]]:
    """Size, time of change and inode of every file under `folder` (but `leave`), by relative path.
    Walked with os.scandir: one lstat per file (a large edition's bundles hold tens of thousands of
    fragments, and pathlib's rglob, is_file, stat and relative_to cost four calls and three objects
    per file, seconds of a one-edit rebuild)."""
    out = {}
    pending = [("", os.fspath(folder))]
    while pending:
        prefix, directory = pending.pop()
        with os.scandir(directory) as entries:
            for entry in entries:
                if entry.is_dir(follow_symlinks=False):
                    pending.append((prefix + entry.name + "/", entry.path))
                elif entry.is_file(follow_symlinks=False) and entry.name != leave:
                    st = entry.stat(follow_symlinks=False)
                    out[prefix + entry.name] = [st.st_size, st.st_mtime_ns, st.st_ino]
    return out


def stage_pages(records: list[dict], staging: Path, folders: set | None = None,
                store: FileStore | None = None, keys: list[str] | None = None,
                folder_of: list[str] | None = None, among: list[int] | None = None) -> None:
    """Write one small HTML page per record under staging/<bundle folder>/ (only for `folders` if
    given), through `store` by the records' `keys` (record_keys) when given. Each record's folder is
    `folder_of` (IndexJob's bundles), by default its language. `among`: the indexes of the records
    to look at (those of one bundle), by default all."""
    store = store if store is not None and keys is not None else FileStore(None)
    staging = os.fspath(staging)
    for n in range(len(records)) if among is None else among:
        r = records[n]
        folder = folder_of[n] if folder_of is not None else r["lang"]
        if folders is not None and folder not in folders:
            continue
        target = os.path.join(staging, folder, r["doc"], f"{r['block']}.html")   # strings: once per passage
        store.put_made(target, keys[n] if keys else "",
                       lambda r=r: b"<!DOCTYPE html>\n" + etree.tostring(_page(r), method="html", encoding="utf-8"))


def record_keys(records: list[dict]) -> list[str]:
    """A digest of what each record's staged page is made of: the record as JSON and the code and
    lxml that turn it into a page (hashing the records costs a fraction of building every page
    to hash it, which was most of a large edition's rebuild)."""
    import marshal
    maker = (marshal.dumps(_placeless(_page.__code__)) + marshal.dumps(_placeless(page_fields.__code__))
             + etree.__version__.encode())
    return [hashlib.sha256(maker + json.dumps(r, ensure_ascii=False, sort_keys=True).encode("utf-8")).hexdigest()
            for r in records]


def _placeless(code):
    """A code object without the file it was read from, its nested ones likewise.

    Why: a code object's marshalled bytes hold its file's absolute path, so the same toolkit installed
    at another path (another checkout, a virtualenv made again, CI) gave every record a new key and
    indexed every bundle again (rebuild33 saw three bundles indexed for one edit when the branch ran
    from another folder). What the code does is its bytecode, constants and names, not where it lies."""
    import types
    consts = tuple(_placeless(c) if isinstance(c, types.CodeType) else c for c in code.co_consts)
    return code.replace(co_filename="", co_consts=consts)


def bundle_digests(folder_of: list[str], keys: list[str]) -> dict[str, str]:
    """Each bundle's digest of its records' keys, with their order: it names the bundle in the cache."""
    hashes: dict = {}
    for folder, key in zip(folder_of, keys):
        hashes.setdefault(folder, hashlib.sha256()).update(key.encode())
    return {folder: h.hexdigest() for folder, h in sorted(hashes.items())}


def page_fields(r: dict) -> list[tuple[str, str, str]]:
    """(kind, key, value) of each field of a passage's page: the filter values a result is shown and
    filtered by, and its sort key. The first results a search shows from its own files
    (web/first_passages.py) carry the same filter values, so they are the very results Pagefind's
    data gives."""
    out = []

    def field(kind, key, value):
        out.append((kind, key, str(value)))

    for term in r["type"]:
        field("filter", "type", term)
    if r["year"]:
        field("filter", "year", r["year"])
    for p in r["persons"]:
        field("filter", "person", p)
    for p in r["places"]:
        field("filter", "place", p)
    for p in r.get("orgs", ()):
        field("filter", "org", p)
    for key in ("doc", "block", "n", "lang", "state", "date"):
        field("filter", key, r[key])
    if r.get("note"):           # an editorial note's number on the page: its row names it so
        field("filter", "note", r["note"])
    if r.get("fresh"):          # a page of an overlay bundle (web/overlays.py): search.js takes it over the base's
        field("filter", *overlays.MARK)
    for ui, label in sorted(r["date_labels"].items()):
        field("filter", f"date_{ui}", label)
    # the document's titles: a result's title costs no request of its own
    for ui, title in sorted(r["titles"].items()):
        field("filter", f"title_{ui}", title)
    field("filter", "names", json.dumps(r["names"], ensure_ascii=False))
    field("sort", "date", f"{r['date'] or '9999'}/{r['doc']}/{r['n']:06d}/{r['lang']}")
    return out


def _page(r: dict):
    """A passage's staging page: its text is all Pagefind searches. What a result shows or is
    filtered by goes in filter values, which Pagefind returns with the passage's data but does not
    search, never in metadata (Pagefind 1.5 searches it: a document id or a date label made every
    passage of that document a candidate for "moscow" or "June", ranked above those that say it),
    nor in a <title>, which would be metadata."""
    html = etree.Element("html", lang=r["lang"])
    head = etree.SubElement(html, "head")
    for kind, key, value in page_fields(r):
        etree.SubElement(head, "meta", {f"data-pagefind-{kind}": f"{key}[content]", "content": value})
    body = etree.SubElement(html, "body")
    etree.SubElement(body, "p", lang=r["lang"]).text = r["text"]
    return html


__all__ = ["passages", "edition_passages", "search_data", "write_search_files", "word_key", "plural_forms", "plural_category", "write_index", "start_index", "stage_pages", "record_keys", "bundle_digests", "bundle_groups",
           "IndexJob", "SOURCE_STATE"]
