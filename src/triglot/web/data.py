"""Everything the web pages need from the whole edition, gathered before any page is written.

Like Pelican's or MkDocs' "gather, then write": register mentions, the
chronology, slot states, search records and anchors are computed once from the
parsed Edition; the page writers only render. Each document's TEI is copied
once and annotated (resolved register entries, safe link targets, formatted
dates, slot states, block marks) in the `tg:` namespace, so the stylesheet
never has to resolve pointers, format dates or judge URLs itself.
"""
from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from lxml import etree

from triglot import i18n
from triglot.edition import slot_state
from triglot.tei import NS, XML_ID, XML_LANG, is_slot, iter_slots, local, normalize_space, q, reports_event, source_items, states_year, still_to_supply, weekday_only
from triglot.web import script_runs
from triglot.web.docmeta import PAGE_OF_KIND, describe
from triglot.web.search import _text_without_notes, mention_forms, passages, words   # the passage text a register quotes

TG_NS = "urn:triglot:web"


def tg(name: str) -> str:
    return f"{{{TG_NS}}}{name}"


@dataclass
class Mention:
    entry_id: str
    doc_id: str
    block_id: str
    lang: str
    context: str = ""        # a line of the passage (base text or slot) around the name
    state: str = ""          # the slot's state (draft, reviewed) when the context is a translation


@dataclass
class Event:
    """One dated expression of the English text, placed in the chronology."""
    id: str
    doc_id: str
    block_id: str
    attrs: dict
    text: str
    cert: str
    sort_key: tuple
    context: str = ""        # the words of the passage around the date: what happened
    translated: dict = field(default_factory=dict)   # lang -> (context, slot state) from that slot
    year_stated: bool = True  # whether the date's own words give its year (see states_year)
    weekday: bool = False     # whether they name a weekday alone, its date inferred (tei.weekday_only)

    def context_in(self, lang: str, base: str) -> tuple[str, str, str]:
        """The line of context in `lang` where its slot has one, else the base text's:
        (context, its language, slot state or "")."""
        if lang != base and self.translated.get(lang, ("", ""))[0]:
            text, state = self.translated[lang]
            return text, lang, state
        return self.context or self.text, base, ""

    def label(self, lang: str, root) -> str:
        return i18n.format_date_expr(self.attrs, lang, root)


@dataclass
class DocInfo:
    id: str
    name: str
    titles: dict
    date_attrs: dict
    kind: list
    source: str
    uri: str
    edition: str
    release: str
    progress: dict           # lang -> {state: count}
    pdf: dict = field(default_factory=dict)   # book languages -> href from the site root
    meta: object = None      # docmeta.DocMeta: date of the text, parts, correspondents, archival items
    # the source line as a citation (source_parts): [kind, words, lang] runs (a date's run has a fourth,
    # its date attributes, for the page to write it in the interface language); `source` is their words
    source_parts: list = field(default_factory=list)


@dataclass
class SiteData:
    docs: list[DocInfo]
    annotated: dict            # doc id -> annotated copy of the TEI root
    mentions: dict             # entry id -> [Mention]
    events: list[Event]
    records: list[dict]        # search passages (triglot.web.search.passages)
    release: str
    warnings: list[str]
    facts: dict = field(default_factory=dict)   # (entry id, ui) -> card facts, made once per build
    entry_blocks: dict = field(default_factory=dict)   # entry id -> its mentions by block (register_cache)
    entry_docs: dict = field(default_factory=dict)     # entry id -> the documents mentioning it, in order
    entry_digests: dict = field(default_factory=dict)  # document id -> {entry: {ui: digest}} (register_cache.document_digests)
    entry_xml: dict = field(default_factory=dict)      # entry id -> its register XML
    entry_documents: dict = field(default_factory=dict)   # entry id -> the documents mentioning it (builder._mentioning)
    contexts: dict = field(default_factory=dict)   # (text, lang) -> a quoted line's model, marked once per build
    notes: dict = field(default_factory=dict)      # a register note -> its model, marked once per build
    units: dict = field(default_factory=dict)      # document id -> web.cite.block_units, made when a mention needs it
    # made once per build, not once per register page (a split register has one per letter)
    letters: dict = field(default_factory=dict)      # (kind, ui) -> its entries by initial (builder._letters)
    doc_titles: dict = field(default_factory=dict)   # ui -> {document id: its title} (builder._doc_title)
    doc_order: dict = field(default_factory=dict)    # document id -> its place in the edition
    titles_said: dict = field(default_factory=dict)  # ui -> {document id: its share of an entry's key} (register_cache.digests_text)
    register_shares: dict = field(default_factory=dict)  # the register pages' inputs, made once per build (builder._register_inputs)
    downloads: list = field(default_factory=list)   # (group, label, href from the site root) of data files
    export_dir: object = None                       # build/export, whose records the pages link when made
    settings: object = None    # the edition's settings (languages, titles, publisher)
    maps: object = None        # triglot.web.map.Maps: the map of places in each interface language
    vocabulary: dict = field(default_factory=dict)   # lang -> every word of its passages (search.words)
    # entry id -> [[text, lang]] of each form its mentions take (search.mention_forms), merged when asked for
    name_forms: NameForms = field(default_factory=lambda: NameForms())
    record_keys: list = field(default_factory=list)  # the digest of each of `records`, in their order
    table_rows: list = field(default_factory=list)   # each document's rows of the data tables (or a callable
                                                     # giving them: a kept part's are read when needed)
    rows_digests: list = field(default_factory=list)  # the digest of each document's rows (data_tables.rows_digest)
    register_parts: dict = field(default_factory=dict)  # (kind, ui) -> {entry: its page} of split registers
    register_pages: tuple = ("persons", "places")   # the site's register pages (docmeta.register_pages)
    search_keys: str = ""      # the first-passages files' keys, compact (search.compact_keys)
    cite: dict = field(default_factory=dict)   # document id -> its citation files {path: text} (web/cite.py)
    # document id -> the digest of what the chronology shows of it (doc_cache.chronology_digest)
    chronology_digests: dict = field(default_factory=dict)


# ---------------------------------------------------------------- staleness

def slot_is_stale(block, slot) -> bool:
    """True when a translated slot was made from an older English text (the workflow's fingerprint)."""
    if block is None or slot is None or slot_state(slot) == "untranslated":
        return False
    from triglot.translate.fingerprint import source_uri
    from triglot.translate.placeholders import segment
    return (slot.get("source") or "") != source_uri(segment(block).text)


# ---------------------------------------------------------------- links

def safe_href(target: str) -> str | None:
    """A link target the site may emit: http(s) URLs and internal fragments only."""
    target = (target or "").strip()
    if not target:
        return None
    if target.startswith("#") and re.fullmatch(r"#[\w.\-]+", target):
        return target
    parts = urlsplit(target)
    if parts.scheme in ("http", "https") and parts.netloc and not any(c in target for c in "\"<> \n\t"):
        return target
    return None


# ---------------------------------------------------------------- gathering

def gather(edition, options, cache=None) -> SiteData:
    """Compute the cross-document data of the site from the parsed edition.

    With a cache (web/doc_cache.py), an unchanged document's part is read from it and its
    annotated TEI is parsed again only if one of its pages must be rendered."""
    settings = edition.settings
    warnings: list[str] = []
    docs, annotated, events, records, keys = [], Annotated(), [], [], []
    mentions: dict[str, list[Mention]] = {}
    chronology: dict = {}
    counted: dict = {}      # the parts' words, for the vocabulary (web/vocabulary.py)
    name_forms = NameForms()
    from triglot.library.dataset import known_ids
    from triglot.web.search import record_keys
    known = known_ids(edition)
    table_rows, rows_digests, cite, entry_digests = [], [], {}, {}
    from triglot.web.data_tables import rows_digest
    from triglot.web.doc_cache import KeptForms, chronology_digest, forms_digest
    from triglot import collector
    collecting = collector.on()
    with collector.paused():        # while the kept parts are read (collector.py)
        for doc in edition.documents:
            part = cache.get(doc, edition) if cache is not None else None
            if part is None:
                with collector.running(collecting):     # as before for a document gathered anew
                    part = gather_document(edition, doc, known)
                    part.record_keys = record_keys(part.records)
                    part.rows_digest = rows_digest(part.table_rows)
                    part.chronology_digest = chronology_digest(part)
                    if cache is not None:
                        cache.put(doc, part)
            annotated[doc.id] = part.annotated
            for m in part.mentions:
                mentions.setdefault(m.entry_id, []).append(m)
            events.extend(part.events)
            docs.append(part.info)
            records.extend(part.records)
            keys.extend(part.record_keys)
            warnings.extend(part.warnings)
            table_rows.append(part.table_rows)
            rows_digests.append(part.rows_digest)
            if cache is not None:
                counted[cache.key(doc)] = cache.words(doc, part)
            else:
                counted[doc.id] = part.words
            if isinstance(part.name_forms, KeptForms):
                name_forms.add(part.name_forms.digest, part.name_forms.read)
            else:
                name_forms.add(forms_digest(part.name_forms), (lambda forms: lambda: forms)(part.name_forms))
            cite[doc.id] = part.cite
            chronology[doc.id] = part.chronology_digest
            entry_digests[doc.id] = part.entry_digests
        collector.settle()      # what was read, out of the passes before the collector is on again
    events.sort(key=lambda e: e.sort_key)
    from triglot.web import vocabulary as kept_vocabulary
    if cache is not None:
        vocabulary = kept_vocabulary.kept(cache.folder.parent, counted, cache.gone_words, settings.languages)
    else:
        vocabulary = kept_vocabulary.union(counted.values(), settings.languages)
    release = max((d.release for d in docs), default="")
    for w in warnings:
        options.warn(w)
    return SiteData(docs, annotated, mentions, events, records, release, warnings, settings=settings,
                    vocabulary=vocabulary, name_forms=name_forms, table_rows=table_rows, record_keys=keys,
                    rows_digests=rows_digests, cite=cite, entry_digests=entry_digests,
                    chronology_digests=chronology)


class NameForms:
    """Entry id -> [[text, lang]] of each form the texts' mentions of it take (search.mention_forms), each
    once, in the documents' order: `merged()` reads them from the documents' parts when first asked for;
    `digest` names them by the parts' digests of their forms (doc_cache.forms_digest), read without them.
    A one-edit rebuild asks for the digest only (builder._search_data's key): decoding every unchanged
    document's forms to merge them cost a tenth of a CPU-second at 500 documents."""

    def __init__(self):
        self._parts: list = []       # (digest, a function giving the forms) per document, in order
        self._merged: dict | None = None

    def add(self, digest: str, read) -> None:
        self._parts.append((digest, read))
        self._merged = None

    @property
    def digest(self) -> str:
        import hashlib
        return hashlib.sha256("\0".join(digest for digest, _ in self._parts).encode()).hexdigest()

    def merged(self) -> dict[str, list]:
        if self._merged is None:
            merged: dict[str, list] = {}
            seen: set = set()
            for _, read in self._parts:
                for entry_id, text, lang in read():
                    if (entry_id, text, lang) not in seen:
                        seen.add((entry_id, text, lang))
                        merged.setdefault(entry_id, []).append([text, lang])
            self._merged = merged
        return self._merged


class Annotated(dict):
    """Document id -> annotated TEI root; a cached document's tree is read when first asked for."""

    def __getitem__(self, doc_id):
        value = super().__getitem__(doc_id)
        if callable(value):
            value = value()
            self[doc_id] = value
        return value


@dataclass
class DocumentData:
    """One document's share of the site data; `annotated` is its annotated TEI, or a callable
    that gives it (a cached document is parsed again only when a page of it is rendered)."""
    info: DocInfo
    annotated: object
    mentions: list[Mention]
    events: list[Event]
    records: list[dict]
    warnings: list[str]
    words: dict = field(default_factory=dict)   # lang -> the words of its passages in this document
    table_rows: dict = field(default_factory=dict)   # its rows of the data tables (library/dataset.py)
    record_keys: list = field(default_factory=list)  # each record's digest (search.record_keys), kept with it
    rows_digest: str = ""    # the digest of table_rows (data_tables.rows_digest), kept with it
    # its citation files {path: text} (web/cite.py), kept with it: made from its header and the
    # registers, they were the one thing a rebuild still parsed every unchanged document for
    cite: dict = field(default_factory=dict)
    # what the register entries it mentions show of it, per interface (register_cache.document_digests)
    entry_digests: dict = field(default_factory=dict)
    name_forms: list = field(default_factory=list)   # [entry id, text, lang] of its mentions (search.mention_forms)
    chronology_digest: str = ""   # its facts and dated events, digested (doc_cache.chronology_digest), kept with it


def gather_document(edition, doc, known: set | None = None) -> DocumentData:
    """Annotate a copy of one document and read off what the site's pages and search need from it."""
    root, settings = edition.root, edition.settings
    warnings: list[str] = []
    mentions: dict[str, list[Mention]] = {}
    copy_root = copy.deepcopy(doc.root)
    block_of = _block_index(doc, copy_root)
    _annotate_divisions(copy_root)
    _annotate_slots(doc, copy_root)
    _annotate_names(edition, doc, copy_root, block_of, mentions, set())
    events = _annotate_dates(doc, copy_root, block_of, root, settings.interface)
    _annotate_links(doc, copy_root, warnings)
    _untitled(doc, warnings)
    _dropped_languages(doc, settings, warnings)
    script_runs.mark(copy_root.find("t:text", NS), settings.languages)
    _declared_once(doc.root, copy_root)
    info = _doc_info(doc, settings)
    info.meta = describe(doc, edition)
    info.date_attrs = info.meta.date
    records = passages(edition, doc, info, settings)
    found: dict[str, set] = {}
    for r in records:
        found.setdefault(r["lang"], set()).update(words(r["text"]))
    from triglot.library import dataset
    rows = dataset.document_rows(doc, dataset.known_ids(edition) if known is None else known)
    from triglot.web import cite
    citing = {path: content.decode("utf-8") for path, content in
              cite.files(doc, settings.site_name(settings.base), settings.base, edition).items()}
    mentioned = [m for ms in mentions.values() for m in ms]
    from triglot.web.register_cache import document_digests
    digests = document_digests(mentioned, {b: i for i, b in enumerate(doc.block_ids())}, settings.interface, settings.base)
    return DocumentData(info, copy_root, mentioned, events, records, warnings,
                        {lang: sorted(ws) for lang, ws in found.items()}, rows, cite=citing, entry_digests=digests,
                        name_forms=mention_forms(records))


def _declared_once(source_root, copy_root) -> None:
    """The annotations' namespace (TG_NS) declared once, on the annotated copy's root.

    Why: lxml declares the namespace of an attribute set on an element where no ancestor declares
    it, with a prefix of its own each time (ns0, ns1, …): a document of 2,000 passages carried
    12,504 declarations, Saxon refuses more than 2,047 prefixes in a document ("Too many namespace
    prefixes - limit is 2047 per document"), and `build web` ended in that traceback (hostile39;
    about 700 passages were enough). The prefix is one the document does not use, and the
    document's own declarations are kept, used or not."""
    own = {p for el in source_root.iter(etree.Element) for p in el.nsmap if p}
    prefix = "tg"
    while prefix in own:
        prefix += "_"
    etree.cleanup_namespaces(copy_root, top_nsmap={prefix: TG_NS}, keep_ns_prefixes=sorted(own))


def _block_index(doc, copy_root) -> dict:
    """Map every element of the copied base text to the id of the block it belongs to."""
    ids = set(doc.block_ids())
    block_of = {}
    base = copy_root.find(".//t:body/t:div[@type='base']", NS)
    if base is None:
        return block_of
    for el in base.iter():
        if not isinstance(el.tag, str):
            continue
        if el.get(XML_ID) in ids:
            el.set(tg("block"), "true")
        node = el
        while node is not None and node.get(XML_ID) not in ids:
            node = node.getparent()
        if node is not None:
            block_of[el] = node.get(XML_ID)
    return block_of


def _annotate_divisions(copy_root) -> None:
    """Give each numbered division (a treaty's article) its page anchor as tg:anchor, derived once by
    triglot.addresses.division_anchor, the function validate checks the anchors' clashes with: the
    stylesheet reads it (blocks.xsl's tg:division-anchor) instead of deriving it a second time."""
    from triglot.addresses import XPATH_SPACE, division_anchor
    for div in copy_root.iterfind(".//t:text//t:div[@n]", NS):
        if XPATH_SPACE.sub("", div.get("n")):
            div.set(tg("anchor"), division_anchor(div))


def _annotate_slots(doc, copy_root) -> None:
    """Mark each slot with its state and staleness."""
    blocks = {b.get(XML_ID): b for b in doc.blocks}
    for div in copy_root.iterfind(".//t:body/t:div[@type='translation']", NS):
        for slot in iter_slots(div):
            block_id = (slot.get("corresp") or "").lstrip("#")
            state = slot_state(slot)
            slot.set(tg("state"), state)
            if slot_is_stale(blocks.get(block_id), slot):
                slot.set(tg("stale"), "true")


def _annotate_names(edition, doc, copy_root, block_of, mentions, seen) -> None:
    blocks = {el.get(XML_ID): el for el in copy_root.iter() if isinstance(el.tag, str) and el.get(tg("block"))}
    marked: dict = {}       # a passage -> its text and where each name in it ends (_marked)
    for el in copy_root.iter(q("persName"), q("placeName"), q("orgName")):
        ref = el.get("ref")
        if not ref:
            continue
        entry = edition.entry(ref.split()[0], doc)
        page = PAGE_OF_KIND.get(entry.kind) if entry is not None else None
        if page is None or edition.register_of(entry.kind).entries.get(entry.id) is not entry:
            continue        # not an entry of a register the site has a page for
        el.set(tg("entry"), entry.id)
        el.set(tg("register"), page)
        block_id = block_of.get(el)
        lang = edition.settings.base
        passage, state = blocks.get(block_id), ""
        if block_id is None:
            slot = _enclosing_slot(el)
            if slot is None:
                continue
            block_id = (slot.get("corresp") or "").lstrip("#")
            lang = _lang(slot)
            passage, state = slot, _translated_state(slot)
        key = (entry.id, doc.id, block_id, lang)
        if key not in seen:
            seen.add(key)
            # an untranslated slot holds no text of its language: its mention has no context line
            context = _context(el, passage, marked) if lang == edition.settings.base or state else ""
            mentions.setdefault(entry.id, []).append(Mention(entry.id, doc.id, block_id, lang, context, state))


def _translated_state(slot) -> str:
    """draft or reviewed for a slot with a translation in it; "" for an untranslated one."""
    state = slot.get(tg("state"), "")
    return state if state in ("draft", "reviewed") else ""


CONTEXT = 60   # characters each side of a name in a register's line of context


def _context(el, block, marked: dict | None = None) -> str:
    """The words around a name in its passage, cut at word boundaries, marked with … where cut.
    `marked`: a passage's text and its names' places, kept for the passage's other names (_marked)."""
    if block is None:
        return ""
    found = None
    if marked is not None:
        if block not in marked:
            marked[block] = _marked(block)
        found = marked[block]
    if found is not None and el in found[1]:
        text, at = found[0], found[1][el]
    else:
        marker = "\uFFF0"
        tail, el.tail = el.tail, marker + (el.tail or "")
        try:
            text = _text_without_notes(block)
        finally:
            el.tail = tail
        at = text.find(marker)
        if at < 0:
            return ""
        text = text.replace(marker, "")
    name = normalize_space("".join(el.itertext()))
    start = max(0, at - len(name) - CONTEXT)
    end = min(len(text), at + CONTEXT)
    if start > 0:
        start = text.find(" ", start) + 1 or start
    if end < len(text):
        end = text.rfind(" ", at, end) if text.rfind(" ", at, end) > at else end
    return ("… " if start > 0 else "") + text[start:end].strip() + (" …" if end < len(text) else "")


MARKS = re.compile("[\uFFF0\U000F0000-\U000FFFFD]")


def _marked(block):
    """The passage's text (as _text_without_notes) and, for each name in it, where the name ends
    in it: what _context finds by marking one name and reading the passage's text, for every name
    at once. A passage naming twenty entries was read twenty times, once per name (1,482 readings
    for the edition's 495 passages, coldweb36). Each name gets a mark of its own (a private-use
    character); the result is used only when it is the passage's text read unmarked, and when no
    name is empty (a mark between two spaces would keep both): else None, and each name is read
    as before."""
    names = list(block.iter(q("persName"), q("placeName"), q("orgName")))
    if len(names) < 3 or any(not _text_without_notes(e) for e in names) \
            or MARKS.search("".join(block.itertext())):
        return None
    tails = [e.tail for e in names]
    try:
        for i, e in enumerate(names):
            e.tail = chr(0xF0000 + i) + (e.tail or "")
        text = _text_without_notes(block)
    finally:
        for e, tail in zip(names, tails):
            e.tail = tail
    places, parts, start = {}, [], 0
    for m in MARKS.finditer(text):
        parts.append(text[start:m.start()])
        places[names[ord(m.group()) - 0xF0000]] = m.start() - len(places)
        start = m.end()
    parts.append(text[start:])
    plain = "".join(parts)
    return (plain, places) if plain == _text_without_notes(block) else None


def _enclosing_slot(el):
    node = el
    while node is not None:
        if is_slot(node):
            return node
        node = node.getparent()
    return None


def _lang(el) -> str:
    for node in (el, *el.iterancestors()):
        if node.get(XML_LANG):
            return node.get(XML_LANG)
    return ""


def _annotate_dates(doc, copy_root, block_of, root, ui_langs) -> list[Event]:
    events = []
    n = 0
    blocks = {el.get(XML_ID): el for el in copy_root.iter() if isinstance(el.tag, str) and el.get(tg("block"))}
    in_slots: dict = {}      # (block id, date, k-th such date of the passage) -> {lang: (context, state)}
    seen: dict = {}          # the same key's counter, per language
    base_dates = []
    for el in copy_root.iter(q("date")):
        attrs = i18n.date_expr_parts(el)
        if not attrs:
            continue
        for lang in ui_langs:
            el.set(tg(f"label-{lang}"), i18n.format_date_expr(attrs, lang, root))
        el.set(tg("precision"), i18n.date_precision(attrs))
        block_id = block_of.get(el)
        if block_id is not None:
            base_dates.append((el, attrs, block_id))
        else:
            _slot_date(el, attrs, in_slots, seen)
    own = _own_datings(doc, copy_root)
    for el, attrs, block_id in base_dates:
        key = _date_key(attrs, block_id, el, seen, None)
        if not reports_event(el) or _dates_itself(el, attrs, own):
            continue
        n += 1
        event_id = f"{doc.id}.date{n}"
        el.set(tg("event"), event_id)
        words = normalize_space("".join(el.itertext()))
        stated = states_year(words)
        # "On Sunday I took …": a weekday alone, its whole date the editors' (tei.weekday_only)
        weekday = not stated and weekday_only(words, _lang(el) or doc.root.get(XML_LANG) or "")
        if not stated:
            el.set(tg("year"), "weekday" if weekday else "context")
        events.append(Event(event_id, doc.id, block_id, attrs, words,
                            el.get("cert", ""), (*i18n.date_sort_key(attrs), doc.id, n),
                            _context(el, blocks.get(block_id)), in_slots.get(key, {}), stated, weekday))
    return events




def _own_datings(doc, copy_root) -> list[list]:
    """Where a letter dates itself: [part, its date, still unmet] for each correspDesc's sent date
    (the part its @corresp names, else the whole text), and for a letter or telegram without one
    (`encode --genre letter --date`) its header's creation date.

    Bell's "June 28 Baghdad Dearest Father." opens her letter in one line with its salutation, so
    it is no dateline element, and the chronology listed it as an event ("June 28, 1918: June 28
    Baghdad Dearest Father. My Persian plans …") besides listing it as the letter's own date; the
    same for a telegram's closing "Kars, December 21, 1920." The first date in the part with the
    letter's own date is its dating; a later mention of that day stays an event."""
    from triglot.library.cmif import CORRESPONDENCE
    from triglot.order import creation_date
    ids = {el.get(XML_ID): el for el in copy_root.iter() if isinstance(el.tag, str) and el.get(XML_ID)}
    base = next((d for d in copy_root.iter(q("div")) if d.get("type") == "base"), copy_root)
    own = []
    header = doc.root.find("t:teiHeader/t:profileDesc", NS)
    letters = header.findall("t:correspDesc", NS) if header is not None else []
    for cd in letters:
        part = ids.get((cd.get("corresp") or "").lstrip("#"), base)
        for date in cd.iterfind("t:correspAction[@type='sent']/t:date", NS):
            if i18n.date_expr_parts(date):
                own.append([part, i18n.date_expr_parts(date), True])
    genres = {normalize_space(t.text or "") for t in doc.root.iterfind("t:teiHeader//t:textClass//t:term", NS)}
    if not letters and genres & CORRESPONDENCE:
        created = {k: v for k, v in creation_date(doc).items() if k != "cert"}
        if created:
            own.append([base, created, True])
    for dating in own:      # dated where a letter is dated: its dateline, or its heading, says it
        part, value, _ = dating
        if any(i18n.date_expr_parts(d) == value for d in part.iter(q("date"))
               if not _in_note(d) and (d.get("type") == "dating" or any(a.tag in DATINGS for a in d.iterancestors()))):
            dating[2] = False
    return own


DATINGS = {q("dateline"), q("docDate"), q("head")}   # where a letter or a part of a text gives its date


def _in_note(el) -> bool:
    return any(a.tag == q("note") for a in el.iterancestors())


def _dates_itself(el, attrs, own) -> bool:
    """Whether `el` is where its part dates itself: the first date of the part's text (an editor's
    note is none) with the part's own date, unless a dateline or a heading of the part gives it.
    A dateline (or heading) that dated the letter was passed over as no event, and the first
    mention of that day in the letter's text was then taken for its dating and left out."""
    if _in_note(el):
        return False
    for dating in own:
        part, value, unmet = dating
        if unmet and attrs == value and (el is part or part in el.iterancestors()):
            dating[2] = False
            return True
    return False


def _date_key(attrs, block_id, el, seen, lang: str | None) -> tuple | None:
    """Which date of its passage this is: the k-th with these values, outside notes (a note is
    a slot of its own in a translation). A translation keeps the base text's date values, so
    the same key finds the same date in every language's slot."""
    if any(a.tag == q("note") for a in el.iterancestors()):
        return None
    base = (block_id, tuple(sorted(attrs.items())))
    k = seen[(lang, base)] = seen.get((lang, base), 0) + 1
    return (*base, k)


def _slot_date(el, attrs, in_slots, seen) -> None:
    """Keep the line of context of a date in a translated slot, for the event it translates."""
    slot = _enclosing_slot(el)
    if slot is None or local(slot) == "note":
        return
    state = _translated_state(slot)
    lang = _lang(slot)
    key = _date_key(attrs, (slot.get("corresp") or "").lstrip("#"), el, seen, lang)
    if key is not None and state:
        in_slots.setdefault(key, {})[lang] = (_context(el, slot), state)


def _untitled(doc, warnings) -> None:
    """A document whose title is still a gap for the editor is published under its id (edition's
    title_in): every page, list and citation then names it "wilson-mandate", and the build said
    nothing (journey 22w). Said at the title's line, as `check`'s review rule says the gap; the pages
    now show a title devised from the genre and the date where the header gives them."""
    if not doc.title_devised():
        return
    title = doc.title_in()[1]
    el = doc.root.find("t:teiHeader/t:fileDesc/t:titleStmt/t:title", NS)
    line = el.sourceline if el is not None else doc.root.sourceline
    shown = f"the document's id {doc.id!r}" if title == doc.id else f"a devised title {title!r} for {doc.id!r}"
    warnings.append(f"{doc.name}:{line}: header-gap: the title is still to be supplied, so the pages show "
                    f"{shown} in its place")


def _dropped_languages(doc, settings, warnings) -> None:
    """Translation slots of a language the settings no longer translate into are kept in the TEI (a
    translator's work) and left out of the pages: said, as `check --rule dropped-language` says it,
    so that they do not vanish from the edition in silence (hostile round 29)."""
    from triglot.editor.dropped_languages import dropped_languages
    warnings.extend(str(p) for p in dropped_languages(doc, settings))


def _annotate_links(doc, copy_root, warnings) -> None:
    for el in copy_root.iter(q("ref"), q("ptr")):
        target = el.get("target")
        if target is None:
            continue
        href = safe_href(target)
        if href is None:
            warnings.append(f"{doc.name}:{el.sourceline}: link target {target!r} dropped "
                            "(only http(s) and internal targets are published)")
        else:
            el.set(tg("href"), href)


def _doc_info(doc, settings) -> DocInfo:
    root = doc.root
    titles = {}
    for lang in settings.languages:     # only titles given in their language: the others show the base's
        found, title = doc.title_in(lang)
        if found == lang:
            titles[lang] = title
    seed = root.find("t:teiHeader//t:sourceDesc/t:bibl[@type='seed']", NS)
    date_el = seed.find("t:date", NS) if seed is not None else None
    # a term still to be supplied (import and encode leave the genre as a gap for the editor) is no type
    terms = root.iterfind("t:teiHeader//t:textClass//t:term", NS)
    kind = [k for k in (normalize_space(t.text or "") for t in terms) if k]
    cited = source_parts(seed, settings.base) if seed is not None else []
    source = "".join(run[1] for run in cited)
    uri = root.findtext("t:teiHeader//t:publicationStmt/t:idno[@type='URI']", "", NS).strip()
    edition = root.find("t:teiHeader//t:editionStmt/t:edition", NS)
    release_el = root.find("t:teiHeader//t:publicationStmt/t:date", NS)
    progress = {}
    for lang in settings.translations:
        counts = {"untranslated": 0, "draft": 0, "reviewed": 0}
        for slot in doc.slots.get(lang, {}).values():
            counts[slot_state(slot)] += 1
        progress[lang] = counts
    return DocInfo(doc.id, doc.name, titles, i18n.date_expr_parts(date_el) if date_el is not None else {},
                   kind, source, uri, edition.get("n", "") if edition is not None else "",
                   release_el.get("when", "") if release_el is not None else "", progress, source_parts=cited)


SOURCE_FIELDS = ("author", "title", "date", "publisher", "pubPlace")


def source_parts(seed, base: str) -> list[list]:
    """The seed bibl's author, titles, date and publisher as a citation a reader can use, as runs
    [kind, words, lang] (lang "" where the bibl does not mark one: the base text's): the titles of one
    level together, each language's main title with its subtitles ("Спор…: Драматическая сцена…"), the
    base language's (else the first given) first and the others after it in brackets as translations;
    kind "title-a" for an analytic title (an article: the page quotes it), "title-m", "-j", "-s" for a
    monograph, journal or series (italic), "title" for a title whose level the source does not state
    (neither: import-tei does not guess it), "title-other" for a title's other language, "sep" for the
    punctuation between. Every seed title was joined with commas ("…, Спор…, Discourse…,
    Драматическая…, Dramatic…"), with no telling the article from the book it is in.
    A date with a machine-readable value has a fourth item, its attributes (the page writes it in the
    interface language: "2025-03-26" stood as written in every interface). The seed's related items
    that are its sources (tei.SOURCE_ITEMS) follow after "; ", each read as the seed is: the book a web
    post reproduces was left out on the web while the printed books named it."""
    runs = _bibl_runs(seed, base)
    for bibl in source_items(seed):
        related = _bibl_runs(bibl, base)
        if related:
            runs += ([["sep", "; ", ""]] if runs else []) + related
    return runs


def _bibl_runs(seed, base: str) -> list[list]:
    """One bibl's runs (source_parts)."""
    fields = [e for e in seed if local(e) in SOURCE_FIELDS and not still_to_supply(e)
              and normalize_space("".join(e.itertext()))]
    groups: list[list[list[str]]] = []
    authors = [e for e in fields if local(e) == "author"]
    if authors:
        group = []
        for i, a in enumerate(authors):
            if i:
                group.append(["sep", ", ", ""])
            group.append(["author", normalize_space("".join(a.itertext())), _own_lang(a)])
        groups.append(group)
    titles = [e for e in fields if local(e) == "title"]
    levels: list[str] = []
    for t in titles:
        level = t.get("level") if t.get("level") in ("a", "m", "j", "s") else ""
        if level not in levels:
            levels.append(level)
    for level in levels:
        by_lang: dict[str, list] = {}
        for t in titles:
            if (t.get("level") if t.get("level") in ("a", "m", "j", "s") else "") == level:
                by_lang.setdefault(_own_lang(t) or base, []).append(t)
        langs = sorted(by_lang, key=lambda x: x != base)       # the base language's first, else as given
        group = []
        for i, lang in enumerate(langs):
            ts = by_lang[lang]
            run_lang = "" if lang == base and not _own_lang(ts[0]) else lang
            kind = (f"title-{level}" if level else "title") if i == 0 else "title-other"
            group += [["sep", " [", ""]] if i else []
            for j, words in enumerate(_titles_with_subtitles(ts)):
                group += ([["sep", "; ", ""]] if j else []) + [[kind, words, run_lang]]
            group += [["sep", "]", ""]] if i else []
        groups.append(group)
    for e in fields:
        if local(e) != "author" and local(e) != "title":
            run = [local(e), normalize_space("".join(e.itertext())), _own_lang(e)]
            if local(e) == "date" and i18n.date_value(e):
                run.append(i18n.date_value(e))
            groups.append([run])
    runs: list[list[str]] = []
    for group in groups:
        if runs:
            runs.append(["sep", ", ", ""])
        runs += group
    return runs


def _titles_with_subtitles(titles) -> list[str]:
    """The titles of one language and level as a reader cites them: each main title with the subtitles
    that follow it (": "; none after a title ending in its own stop), two main titles apart, each its
    own title. A subtitle given before any main title goes with the first. Every subtitle was sorted
    after the first title and every title joined to the one before by ": ", so a second main title
    (an alternative title of the same work) read as the first one's subtitle."""
    mains = [t for t in titles if t.get("type") != "sub"] or titles[:1]
    subs: list[list[str]] = [[] for _ in mains]
    current = 0
    for t in titles:
        if any(t is m for m in mains):
            current = next(i for i, m in enumerate(mains) if m is t)
        else:
            subs[current].append(normalize_space("".join(t.itertext())))
    out = []
    for main, after in zip(mains, subs):
        words = normalize_space("".join(main.itertext()))
        for text in after:
            words = words + (" " if words[-1] in ".:?!…" else ": ") + text
        out.append(words)
    return out


def _own_lang(el) -> str:
    """The language a part of the bibl marks, on itself or on a child that holds all its words (an author
    given as a persName in Russian): "" for none. A child holding only some of them (a Russian place name
    inside an English title: "Letters from <placeName xml:lang="ru">Москва</placeName> in Revolution") is
    no language of the whole, which was then taken for the Russian title and put in brackets (review34)."""
    if el.get(XML_LANG):
        return el.get(XML_LANG)
    whole = normalize_space("".join(el.itertext()))
    return next((d.get(XML_LANG) for d in el.iter() if d.get(XML_LANG)
                 and normalize_space("".join(d.itertext())) == whole), "")


__all__ = ["gather", "SiteData", "DocInfo", "Event", "Mention", "safe_href", "slot_is_stale", "source_parts",
           "TG_NS", "tg"]
