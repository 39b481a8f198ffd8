"""The static web edition: gather the site data once, then write every page with web.xsl.

Layout of the site (every page exists in each interface language):
  index.html                      language chooser
  <ui>/index.html                 home: the documents, translation progress, how to cite
  <ui>/documents/<doc>.html       parallel English / Russian / Armenian view
  <ui>/persons.html, places.html  registers with every mention (places with an SVG map)
  <ui>/orgs.html                  organisations, where the settings declare their register
  <ui>/chronology.html            every dated event, precision stated
  <ui>/search.html                Pagefind search of the <ui> text
  tei/<file>.xml, pdf/<file>.pdf  downloads; static/ CSS and JS; pagefind/ search bundle
Page models are built with lxml (so every TEI string stays text) and rendered by one
compiled stylesheet; interface strings and dates come from triglot.i18n.
"""
from __future__ import annotations

import copy
import shutil
from pathlib import Path

from lxml import etree

from triglot import i18n
from triglot.tei import NS, XML_ID, XML_LANG, entry_notes, normalize_space, omissions, q, translated_notes
from triglot.web import script_runs
from triglot.web.collate import index_letters, initial, sort_key
from triglot.validate.header import own_licence_element
from triglot.validate.released_entries import FORMER, former_ids
from triglot.web.data import TG_NS, Mention, gather, safe_href, tg
from triglot.web.docmeta import ALWAYS, WEB_REGISTERS, register_pages
from triglot.web.file_store import cache_json, cache_text
from triglot.web.page_cache import CACHE_DIR
from triglot.web.search import ngettext, plural_category, plural_forms

PACKAGE = Path(__file__).resolve().parent
STATIC = PACKAGE / "static"
PAGE_NAMES = ("index.html", "persons.html", "places.html", "chronology.html", "search.html")

# where build.publish moves the replaced site, removed by a process of its own (build/web-cache/replaced)
REPLACED = f"{CACHE_DIR}/replaced"


def N_(msgid: str) -> str:
    """Mark a string for extraction whose translation is looked up later (data values)."""
    return msgid


# Each register page's title (an interface string); its h1 and navigation entry say the same.
REGISTER_TITLES = {"persons": N_("Persons"), "places": N_("Places"), "orgs": N_("Organisations")}
# an archival item's form (objectDesc/@form) as the interface says it: the English "original",
# "certified copy" stood inside every Russian and Armenian archival reference; another form as written
ARCHIVAL_FORMS = {"original": N_("original"), "copy": N_("copy"), "certified-copy": N_("certified copy")}


# Values that occur in the data (textClass terms, place types) and are shown translated. Beside
# the edition's own, the genres and place types of the texts an edition of this kind takes in (the
# tagger's pool: treaties, a memoir, diaries, dispatches; a strait, villages): "treaty" and
# "memoir" stood in English in the Russian and Armenian type filters and document headers.
DATA_STRINGS = (N_("article"), N_("book excerpt"), N_("documents"), N_("letter"), N_("minutes"),
                N_("report"), N_("telegram"), N_("treaty"), N_("memoir"), N_("diary"), N_("speech"),
                N_("postcard"), N_("memorandum"), N_("dispatch"),
                N_("city"), N_("continent"), N_("country"), N_("district"), N_("province"), N_("region"),
                N_("river"), N_("sea"), N_("town"), N_("strait"), N_("village"), N_("island"), N_("lake"),
                N_("mountain"),
                N_("committee"), N_("commissariat"), N_("party"), N_("government"), N_("assembly"),
                N_("alliance"), N_("army"), N_("front"), N_("council"), N_("ministry"), N_("bureau"),
                N_("congress"), N_("think-tank"))


def stylesheet_path(root: Path) -> Path:
    """The project's xslt/web.xsl (a project may carry its own), else the toolkit's."""
    from triglot.resources import find
    return find(root, "xslt/web.xsl")


def build(edition, out_dir: Path, options) -> None:
    root = edition.root
    from triglot.web import map as place_map
    from triglot import collector
    drawing = place_map.start(edition)      # the base map, drawn meanwhile if it must be
    try:
        with collector.settled():         # the edition and the gathered data left out of the collector's passes
            collector.settle()
            _build(edition, out_dir, options, drawing)
    finally:
        drawing.close()


def _build(edition, out_dir: Path, options, drawing) -> None:
    root = edition.root
    _check_interface_strings(edition)
    from triglot.web.doc_cache import DocumentCache
    documents = DocumentCache(options.output(CACHE_DIR), edition)
    site = gather(edition, options, documents)
    from triglot import collector
    collector.settle()          # alive to the end of the build: scanned by no more passes (collector.py)
    site.register_pages = register_pages(edition)
    _find_pdfs(site, options)
    site.downloads = _data_files(options.output("export"), edition.settings.name)
    site.export_dir = options.output("export")
    from triglot.web.search import start_index
    data = _search_data(edition, site, options.output(CACHE_DIR), documents.context)
    from triglot.web.search import compact_keys, file_keys, vocabulary
    site.search_keys = compact_keys(file_keys(data, vocabulary(site.records, data["entries"], site.vocabulary)))
    indexing = start_index(site.records, out_dir, data,                               # Pagefind works while
                           options.output(CACHE_DIR) / "pagefind", site.vocabulary,  # the pages are rendered
                           site.record_keys)
    try:
        from triglot.web.map import place_maps
        site.maps = place_maps(edition, site, options.warn, drawing)     # one SVG per interface language
        _render_pages(edition, site, out_dir, root, options.output(CACHE_DIR), documents)
        _copy_downloads(edition, site, out_dir, options.output("print"), options.output(CACHE_DIR) / "tei-files")
        shutil.copytree(STATIC, out_dir / "static")
        site.maps.write_font(out_dir / "static")
        if edition.documents:                                   # a new, empty edition has no data yet
            from triglot.library import dataset
            from triglot.web import data_tables                  # the edition's data tables, for reuse
            data_tables.write(edition, site, out_dir / dataset.DATA_DIR, options.output(CACHE_DIR),
                              documents.context)
        _write_citations(edition, out_dir, options.output(CACHE_DIR) / "cite-files", site.cite)
        _copy_export(options.output("export"), out_dir)
    except BaseException:
        indexing.wait(quiet=True)
        raise
    indexing.wait()
    options.salvage = indexing.salvage      # the kept bundles, out of the site this one replaces
    documents.finish()


def _check_interface_strings(edition) -> None:
    """Every interface string the pages need, in every interface language, reported at once before
    anything is built: the first page that needed a missing one stopped the build naming that one
    alone (an interface language new to the settings starts with ~150 empty strings: a build each)."""
    from triglot.problems import InputError
    from triglot.web.search import plural_forms
    problems = []
    plurals = (lambda root, ui: plural_forms(root, ui),                  # the search's result count
               lambda root, ui: plural_forms(root, ui, MENTION_COUNT),   # the registers' mention counts
               lambda root, ui: plural_forms(root, ui, OMITTED_COUNT),   # what a document's page leaves out
               lambda root, ui: plural_forms(root, ui, EDITORS_COUNT))   # the citation's editors (notes24)
    for ui in edition.settings.interface:
        for check in (i18n.all_strings, *plurals):
            try:
                check(edition.root, ui)
            except InputError as exc:
                problems += exc.problems
    if problems:
        raise InputError(problems)


def _search_data(edition, site, cache_dir: Path, context: str) -> dict:
    """search.json's data (triglot.web.search.search_data), kept under the hash of what it is made of:
    the passages' languages and words, the documents' titles and kinds, the forms the texts' mentions
    of each entry take (named by each document's digest of its own, read only when the key is new:
    data.NameForms), the word-form data files,
    and the registers, settings, catalogs and toolkit (`context`). Stemming every word of the
    edition is otherwise a whole-edition cost on every build."""
    import hashlib
    import json

    from triglot import resources
    from triglot.web.doc_cache import located
    from triglot.web.search import search_data
    from triglot.xmlio import atomic_write, content_digest
    langs = sorted({r["lang"] for r in site.records})
    h = hashlib.sha256(context.encode())
    h.update(json.dumps([langs, {lang: sorted(ws) for lang, ws in sorted(site.vocabulary.items())},
                         [(d.id, d.titles, d.kind) for d in site.docs],
                         site.name_forms.digest], ensure_ascii=False).encode("utf-8"))
    # each language's data file and the letters read as one in every language (search/letters.json)
    for name in [f"search/{lang}.json" for lang in langs] + ["search/letters.json"]:
        path = resources.find(edition.root, name)
        h.update(f"\0{located(edition.root, path)}\0".encode() + content_digest(path, str(path)))
    key, path = h.hexdigest(), Path(cache_dir) / "search-data.json"
    try:
        kept = cache_json(cache_text(path))
        from triglot.web.kept_shape import SEARCH_DATA, UNCHECKED_FORMS, fits
        if isinstance(kept, dict) and kept.get("key") == key and fits(kept.get("data"), SEARCH_DATA) \
                and all(fits(e.get("unchecked", []), UNCHECKED_FORMS) for e in kept["data"]["entries"]):
            return kept["data"]
    except (OSError, ValueError):
        pass    # not kept yet, or damaged: made again
    # as JSON gives it back (tuples as lists): search.json is written from it as JSON either way
    data = json.loads(json.dumps(search_data(edition, site, edition.root), ensure_ascii=False))
    try:
        atomic_write(path, json.dumps({"key": key, "data": data}, ensure_ascii=False).encode("utf-8"))
    except OSError:
        pass    # a cache that cannot be written only costs time
    return data


def _render_pages(edition, site, out_dir: Path, root: Path, cache_dir: Path | None = None,
                  documents=None) -> None:
    from triglot.web.page_cache import PageCache, stylesheets_digest
    from triglot.web.render import Pages
    interface = edition.settings.interface
    strings = {ui: i18n.all_strings(root, ui) for ui in interface}
    rtl = i18n.rtl_languages([*edition.settings.languages, *interface, *i18n.declared_languages(edition)])
    strings_xml = {ui: _strings_xml(s, rtl, i18n.quotation_marks(ui)) for ui, s in strings.items()}
    count = len(interface) * (len(edition.documents) + 5) + 1
    stylesheet = stylesheet_path(root)
    cache = PageCache(cache_dir, stylesheets_digest(stylesheet), strings_xml) if cache_dir is not None else None
    pages = Pages(stylesheet, strings_xml, out_dir, count, cache)
    try:
        shared = _shared_digest(site, root) if documents is not None else ""
        entries = _entries_context(edition, shared, documents.toolkit) \
            if cache_dir is not None and documents is not None else ""
        # each document's key in the document cache, for the register entries' early names (a
        # document not read from bytes has none: then no entry it mentions is named early)
        parts = {d.id: documents.key(d) for d in edition.documents if d.digest} if entries else None
        from triglot.web.register_parts import plan, signature
        site.register_parts = plan(edition, site, edition.settings.register_page_limit)
        split = signature(site.register_parts)      # "" unless a register is split
        for doc in edition.documents:
            inputs = _document_inputs(site, doc, documents, shared, split) if documents is not None else ""
            if pages.reuse_document(inputs, [(ui, f"{ui}/documents/{doc.id}.html") for ui in interface]):
                continue
            tei = etree.tostring(site.annotated[doc.id], encoding="unicode")
            pages.write_document(tei, [(ui, _document(edition, site, doc, ui, root, strings[ui]),
                                        f"{ui}/documents/{doc.id}.html") for ui in interface], inputs)
        chronology = _chronology_inputs(site, documents, entries) if entries else ""
        home = _home_inputs(site, chronology) if chronology else ""
        for ui in interface:
            if not pages.reuse_document(home, [(ui, f"{ui}/index.html")]):
                pages.write(ui, _home(site, ui, root, strings[ui], edition), f"{ui}/index.html", inputs=home)
            for kind in site.register_pages:
                whole: dict[str, str] = {}          # a page (or a split register's part) -> its inputs

                def kept_whole(path, letter, kind=kind, ui=ui, whole=whole) -> bool:
                    """True when the page was made from the same inputs and is copied: no entry of it looked at."""
                    inputs = whole[path] = _register_inputs(edition, site, kind, ui, letter, documents, entries,
                                                            split) if entries else ""
                    return pages.reuse_document(inputs, [(ui, f"{ui}/{path}")])
                for page, kept, path in _register_pages(edition, site, kind, ui, root, strings[ui],
                                                        cache_dir if entries else None, f"{entries}\0{strings_xml[ui]}",
                                                        parts, cache.xslt if cache else "", kept_whole=kept_whole):
                    if kept is None:                 # a split register's first page: no entries
                        pages.write(ui, page, f"{ui}/{path}")
                    elif pages.write(ui, page, f"{ui}/{path}", entries=kept.job(), inputs=whole.get(path, "")) \
                            and kept.names_changed():
                        from triglot.web.register_cache import write_index
                        write_index(kept.job())      # the page is the same, some entries' other names new
            if not pages.reuse_document(chronology, [(ui, f"{ui}/chronology.html")]):
                pages.write(ui, _chronology(edition, site, ui, root), f"{ui}/chronology.html", inputs=chronology)
            pages.write(ui, _search(site, ui, root, strings[ui]), f"{ui}/search.html")
            if ui == interface[0]:   # the language chooser at the site root, in the first interface language
                pages.write(ui, _page("root", ui, "index.html", edition.settings.label, site, root, depth=0),
                            "index.html")
    except BaseException:
        pages.abandon()
        raise
    counts = pages.close()
    if counts:
        reused = counts.pop("unchanged", 0)
        why = "; ".join(f"{n} {reason}" for reason, n in sorted(counts.items()))
        print(f"web pages: {sum(counts.values())} rendered ({why or 'none changed'}), {reused} unchanged "
              f"(reasons per page: {Path(cache_dir) / 'last-build.json'})")


def _shared_digest(site, root) -> str:
    """What every document page shows of the site (languages, release, version, about, names)."""
    from triglot.web.page_cache import digest
    return digest(*(etree.tostring(_page("document", ui, "documents/", "", site, root)) for ui in site.settings.interface))


def _entries_context(edition, shared: str, toolkit: str) -> str:
    """What a register entry's model is made from besides its XML, its mentions and the interface
    strings: the toolkit (code and libraries), the settings, the site's shared page data and the
    interface catalogs whole (the mention count's plural forms are not among the strings: a
    changed "({count} фрагментов)" left every kept Russian entry with the old one)."""
    from triglot.i18n import catalog_path
    from triglot.web.doc_cache import located, settings_text
    from triglot.web.page_cache import digest
    from triglot.xmlio import content_digest
    catalogs = [f"{located(edition.root, path)}\0".encode() + content_digest(path, str(path))
                for path in (catalog_path(edition.root, ui, "ui") for ui in edition.settings.interface)]
    return digest(toolkit, settings_text(edition.settings), shared, *catalogs)


def _document_inputs(site, doc, documents, shared: str, split: str = "") -> str:
    """Everything a document's pages are made from besides strings and stylesheets, known before
    its page models are built: its part's key (bytes, registers, settings, catalogs, toolkit), the
    site's shared page data, the export records, the books it links and, when a register is split,
    which (`split`: web/register_parts.signature; its entries' parts follow from the registers)."""
    from triglot.web.page_cache import digest
    info = next(d for d in site.docs if d.id == doc.id)
    exported = [str(bool(site.export_dir and (site.export_dir / folder / f"{doc.id}.xml").is_file()))
                for folder in ("dc", "mods")]
    # (a card gives no count of the entry's mentions in the edition: that count made every page that
    # names an entry depend on every other document, so a tag added or removed anywhere re-rendered and
    # re-parsed all of them; the register entry a card links to gives the mentions, document by document)
    return digest(documents.key(doc), shared, *exported, repr(sorted(info.pdf.items())), *([split] if split else []))


def _register_inputs(edition, site, kind: str, ui: str, letter, documents, entries: str, split: str = "") -> str:
    """What a register page (or a split register's part: `letter`) is made from, known before any
    of its entries is looked at. At 500 documents a text edit that changed no quoted line still built
    every register page's model to find its key: each entry named by its documents, the Chicherin
    entry's 500 documents written out and hashed in each interface, the kept entries' files read and
    hashed (0.47-0.49 CPU-s of 3.0, rebuild30). A page shows of each document only what its entries'
    models take from it, which the document's entry digests hold (register_cache.document_digests:
    blocks, their places, languages, lines and states, per entry and interface, kept with its part):
    so a page's inputs are the digests of the entries it shows in every document naming them, the
    documents' places and titles, the registers, settings, catalogs and toolkit (`documents.context`),
    what every page shows (`entries`: _entries_context), the map, the download links and which
    registers are split (`split`: an entry may link another register's part). Any of them changed:
    the page is keyed entry by entry as before."""
    from triglot.web.page_cache import digest
    shares = _entry_shares(site)
    if shares is None:
        return ""
    titles = site.register_shares.get(("titles", ui))
    if titles is None:
        titles = site.register_shares[("titles", ui)] = digest(
            repr([d.id for d in edition.documents]),
            *(f"{d.id}\0{sorted(_doc_title(d, ui, site.settings.base).items())!r}" for d in site.docs))
    letters = _letters(edition, site, kind, ui)
    shown = letters.get(letter, []) if letter is not None else [e for group in letters.values() for e in group]
    svg = (site.maps.svgs.get(ui) or "") if kind == "places" and letter is None and site.maps is not None else ""
    return digest("register", kind, ui, "" if letter is None else f"part:{letter}", documents.context, entries,
                  split, svg, repr(site.downloads), titles, *(f"{e.id}\0{shares.get(e.id, '')}" for e in shown))


def _entry_shares(site) -> dict | None:
    """Each entry's digests in every document naming it (document order), as text: once per build for
    every register page; None when a document's digests are not at hand (then no page is kept whole)."""
    made = site.register_shares.get("entries", False)
    if made is False:
        made = {}
        for d in site.docs:
            kept = site.entry_digests.get(d.id)
            if kept is None:
                made = None
                break
            for entry, by_ui in kept.items():
                made.setdefault(entry, []).append(f"{d.id}\x1f{by_ui!r}")
        if made is not None:
            made = {entry: "\x1e".join(texts) for entry, texts in made.items()}
        site.register_shares["entries"] = made
    return made


def _chronology_inputs(site, documents, entries: str) -> str:
    """What the chronology is made from, known before its model is built (at 500 documents the
    model of its 20,000 events was a quarter of a second per rebuild, most often for the same page):
    each document's share in the edition's order (its facts and dated events, doc_cache.chronology_digest),
    what they are read against (documents.context: registers, settings, catalogs, toolkit) and
    what every page shows (`entries`: _entries_context)."""
    from triglot.web.page_cache import digest
    return digest("chronology", documents.context, entries,
                  *(f"{d.id}\0{site.chronology_digests[d.id]}" for d in site.docs))


def _home_inputs(site, chronology: str) -> str:
    """What the home page is made from, known before its model is built (at 500 documents its
    model, a row and the correspondence of every document, was 0.15-0.7 s per rebuild, most often
    for the same page): what the chronology is (`chronology`: _chronology_inputs, whose shares hold
    each document's facts whole, DocInfo with its titles, dates, kinds, progress and correspondents,
    in the edition's order) and the data files it links (site.downloads). The shares hold the dated
    events too, which the home page does not show: an edit of one rebuilds both, as is safe."""
    from triglot.web.page_cache import digest
    return digest("home", chronology, repr(site.downloads))


def _strings_xml(strings: dict, rtl: str = "", quotes: tuple[str, str] = ("“", "”")) -> str:
    """The interface strings as the stylesheet reads them, with the edition's right-to-left
    languages (`rtl`, see xslt/modules/direction.xsl) and the interface language's quotation marks
    (i18n.quotation_marks, the template tg:quoted)."""
    doc = etree.Element("strings", rtl=rtl) if rtl else etree.Element("strings")
    doc.set("quote-start", quotes[0])
    doc.set("quote-end", quotes[1])
    for msgid, text in strings.items():
        etree.SubElement(doc, "s", id=msgid).text = text
    return etree.tostring(doc, encoding="unicode")


# ---------------------------------------------------------------- page models

def _page(kind, ui, here, title, site, root, depth=1):
    page = etree.Element(tg("page"), nsmap={"tg": TG_NS}, kind=kind, ui=ui, here=here,
                         title=title, root="../" * (depth + here.count("/")))
    langs = etree.SubElement(page, tg("langs"))
    for code in site.settings.interface:
        etree.SubElement(langs, tg("lang"), code=code, name=i18n.language_name(code, ui),
                         self=i18n.language_name(code, code), current=str(code == ui).lower())
    for register in site.register_pages:        # a page the settings add (organisations): linked in the menu
        if register not in ALWAYS:
            etree.SubElement(page, tg("register-page"), kind=register)
    release_label = i18n.format_date(site.release, ui) if site.release else ""
    version = next((d.edition for d in site.docs if d.edition), "")
    site_el = etree.SubElement(page, tg("site"), release=site.release, version=version, address=site_address(site),
                               name=site.settings.site_name(ui), licence=site.settings.licence.label,
                               **{"name-lang": site.settings.site_name_lang(ui)},
                               **{"release-label": release_label})
    for paragraph in site.settings.about(ui):
        etree.SubElement(site_el, tg("about")).text = paragraph
    texts = etree.SubElement(page, tg("texts"))   # the languages of the documents: base first
    for code in site.settings.languages:
        etree.SubElement(texts, tg("lang"), code=code, name=i18n.language_name(code, ui),
                         base=str(code == site.settings.base).lower())
    return page


def site_address(site) -> str:
    """Where the site is published: the edition's URI base from the settings (uri-base, e.g.
    https://w3id.org/triglot/), under which the permanent document URIs also live."""
    base = getattr(site.settings, "uri_base", "") or ""
    return base if base.endswith("/") or not base else base + "/"


def _doc_date(info, ui, root) -> str:
    return i18n.format_date_expr(info.date_attrs, ui, root) if info.date_attrs else ""


def _home(site, ui, root, strings, edition):
    page = _page("home", ui, "index.html", strings["Home"], site, root)
    docs = etree.SubElement(page, tg("docs"))
    facets = {"year": {}, "type": {}, "person": {}, "place": {}}
    untranslated = set()        # genres the interface catalog lacks: shown as the base text writes them
    place = {d.id: i for i, d in enumerate(edition.documents)}     # the edition's order (triglot/order.py)
    for info in sorted(site.docs, key=lambda d: place.get(d.id, len(place))):
        people = _people(info.meta, edition, ui)
        places = _places(info.meta, edition, ui)
        d = etree.SubElement(docs, tg("doc"), id=info.id, **_doc_title(info, ui, site.settings.base),
                             source=info.source, **{"date-label": _doc_date(info, ui, root),
                                                    "date-basis": info.meta.date_basis,
                                                    "date-key": "/".join(i18n.date_sort_key(info.date_attrs)),
                                                    **_kind_label(info.kind, strings, ui, site.settings.base),
                                                    "kinds": " ".join(k.replace(" ", "-") for k in info.kind),
                                                    "people": " ".join(people), "places": " ".join(places),
                                                    "years": " ".join(_years(info.date_attrs))})
        _source_parts(d, info, ui, root)
        for year in _years(info.date_attrs):
            facets["year"][year] = year
        for k in info.kind:
            facets["type"][k.replace(" ", "-")] = strings.get(k, k)
            if k not in strings:
                untranslated.add(k.replace(" ", "-"))
        for kind, ids in (("person", people), ("place", places)):
            for entry_id, name in ids.items():
                facets[kind][entry_id] = name
        _correspondence(d, info.meta, edition, ui)
        for lang, counts in info.progress.items():
            total = sum(counts.values())
            etree.SubElement(d, tg("progress"), lang=lang, name=i18n.language_name(lang, ui),
                             done=str(counts["draft"] + counts["reviewed"]), total=str(total),
                             reviewed=str(counts["reviewed"]))
    _download_links(page, site)
    persons = edition.register_of(WEB_REGISTERS["persons"])
    for kind, values in facets.items():
        f = etree.SubElement(page, tg("facet"), kind=kind)
        for value, label in sorted(values.items(), key=lambda kv: (_facet_key(kind, *kv, persons, ui, site), kv[0])):
            option = etree.SubElement(f, tg("option"), value=value, label=label)
            if kind == "type" and value in untranslated and ui != site.settings.base:
                option.set("lang", site.settings.base)
    return page


def _facet_key(kind, value, label, persons, ui, site) -> bytes:
    """Correspondents by surname, as the persons register and the print index sort them: the
    menu ran "Abraham Gasparyan, Ahmed Mukhtar, …" and a reader looking for Chicherin under C
    found him under G."""
    if kind == "person" and persons is not None and value in persons.entries:
        return sort_key(sorting_name(persons.entries[value], ui, site.settings.base), ui)
    return sort_key(label, ui)


def _kind_label(kinds, strings: dict, ui: str, base: str) -> dict:
    """A document's genres in the interface language, and the language the label is in: a genre the
    interface catalog lacks ("book") is shown as the base text writes it, and said to be in the base
    language, not left as an English word in a Russian page's Russian text."""
    lang = ui if ui == base or all(k in strings for k in kinds) else base
    return {"kind-label": ", ".join(strings.get(k, k) for k in kinds), "kind-lang": lang}


def _years(attrs) -> list[str]:
    """Every year a document's date covers (a span from its first to its last year)."""
    found = [int(v[:4]) for k, v in (attrs or {}).items()
             if k in ("when", "from", "to", "notBefore", "notAfter") and v[:4].isdigit()]
    return [str(y) for y in range(min(found), max(found) + 1)] if found else []


def _download_links(page, site, only=None) -> None:
    for group, label, href in site.downloads:
        if only is None or label.split(".")[0] in only:
            etree.SubElement(page, tg("download"), group=group, label=label, href=href)


def _search(site, ui, root, strings):
    """The search page: its result-count message in every CLDR plural category of `ui` and how `ui`
    writes the count's number (search.number_format), the
    languages whose bundles search.js fetches at once, before its data has arrived, the letters
    search reads as one (search.letters_read_as_one), which name the query's first-passages files, and
    the keys those files were written for (search.file_keys)."""
    import json

    from triglot.web.search import letters_read_as_one, number_format, plural_forms
    page = _page("search", ui, "search.html", strings["Search"], site, root)
    for category, text in plural_forms(root, ui).items():
        etree.SubElement(page, tg("plural"), category=category, text=text)
    # how the count's number is written (search.js: no Intl.NumberFormat on the way to the first rows)
    etree.SubElement(page, tg("number"), **number_format(ui))
    langs = sorted({r["lang"] for r in site.records})
    for lang in langs:   # the bundles search.js loads at once
        etree.SubElement(page, tg("bundle"), lang=lang)
    # the letters read as one, which name the first-passages files search.js asks for before search.json
    etree.SubElement(page, tg("letters"), pairs=json.dumps(letters_read_as_one(root, langs), ensure_ascii=False))
    # the keys a first-passages file was written for: a query word whose key is not among them asks for none
    etree.SubElement(page, tg("keys"), list=site.search_keys)
    return page


def _name(person, edition, ui) -> tuple[str, str]:
    """(display name in the interface language, its language): register names are translated."""
    if person.entry:
        return edition.register_of(WEB_REGISTERS[person.register]).entries[person.entry].name_and_lang(ui)
    return person.text, edition.settings.base


def _unchecked(person, edition, lang) -> str:
    """"true" when the name shown is a form its register has not checked (cert="low"/"medium"): a
    letter's sender or recipient in the header showed the register's guess as a checked name."""
    if not person.entry:
        return ""
    return "true" if lang in edition.register_of(WEB_REGISTERS[person.register]).entries[person.entry].unchecked else ""


def _people(meta, edition, ui) -> dict:
    out = {}
    for p in [*meta.authors, *(w for part in meta.parts for w in (*part.senders, *part.recipients))]:
        if p.entry and p.register == "persons":
            out[p.entry] = _name(p, edition, ui)[0]
    return out


def _places(meta, edition, ui) -> dict:
    return {p.entry: _name(p, edition, ui)[0] for part in meta.parts for p in part.places if p.entry}


def _correspondence(parent, meta, edition, ui) -> None:
    """One tg:part per letter, telegram or archival item: who to whom, from where, when, which file.
    A part is titled in a translation's interface by its heading there (Part.headings)."""
    for part in meta.parts:
        heading = part.headings.get(ui) if ui != edition.settings.base else None
        el = etree.SubElement(parent, tg("part"), id=part.id if not part.id.startswith("#") else "",
                              title=heading[0] if heading else part.title,
                              **{"title-lang": ui if heading else edition.settings.base,
                                 "title-draft": str(bool(heading and heading[1])).lower(),
                                 "date-label": i18n.format_date_expr(part.date, ui, edition.root) if part.date else "",
                                 "date-iso": "/".join(i18n.date_sort_key(part.date)) if part.date else ""})
        for role, people in (("sender", part.senders), ("recipient", part.recipients), ("place", part.places)):
            for person in people:
                name, lang = _name(person, edition, ui)
                etree.SubElement(el, tg(role), entry=person.entry, register=person.register, lang=lang,
                                 unchecked=_unchecked(person, edition, lang)).text = name
        for ms_id, text, block, *form in part.archival:
            said = ARCHIVAL_FORMS.get(form[0] if form else "")
            etree.SubElement(el, tg("archival"), id=ms_id, block=block,
                             form=i18n.gettext(edition.root, ui, said) if said else (form[0] if form else "").replace("-", " ")
                             ).text = text


def _licences_said(own) -> str:
    """The footer's licence words for a document under its own licence: its name (not its notes,
    which the footer printed as part of it); for a public-domain source text, each licence of the
    header with what it covers, the mark's and the edition's beside it (tei/ENCODING.md, "Files")."""
    from triglot.validate.header import licence_words
    covered = [(licence_words(lic) or lic.get("target") or "", normalize_space(lic.findtext("t:note[@type='covers']",
                                                                                        default="", namespaces=NS)))
               for lic in own.getparent().iterfind("t:licence", NS)]
    if all(covers for _, covers in covered) and len(covered) > 1:
        return "; ".join(f"{name} ({covers})" for name, covers in covered)
    return licence_words(own) or own.get("target")


def _document(edition, site, doc, ui, root, strings):
    info = next(d for d in site.docs if d.id == doc.id)
    titled = _doc_title(info, ui, site.settings.base)
    page = _page("document", ui, f"documents/{doc.id}.html", titled["title"], site, root)
    own = own_licence_element(doc.root)
    if own is not None:     # its source's licence binds this text: its page says so, not the edition's
        page.find(tg("site")).set("licence", _licences_said(own))
    d = etree.SubElement(page, tg("doc"), id=doc.id, **titled, uri=info.uri or "",
                         source=info.source, tei=f"tei/{doc.path.name}",
                         **{"title-base": info.titles[site.settings.base], "date-label": _doc_date(info, ui, root),
                            "date-basis": info.meta.date_basis,
                            **_kind_label(info.kind, strings, ui, site.settings.base),
                            "editors": _editors_said(doc, ui, root, site.settings.editors), "version": info.edition,
                            "authors": ", ".join(_authors(doc, edition, ui)),
                            "compilers": _compilers(doc, edition, ui, root),
                            "published": i18n.format_date(info.release, ui) if info.release else ""})
    _source_parts(d, info, ui, root)
    from triglot.web.cite import CITE_DIR, FORMATS, PASSAGES_DIR
    for ext, label in FORMATS.items():
        etree.SubElement(d, tg("cite-file"), href=f"{CITE_DIR}/{doc.id}.{ext}", format=label)
    for ext, label in FORMATS.items():      # each passage's and numbered division's record (web/cite.py)
        etree.SubElement(d, tg("passage-file"), href=f"{PASSAGES_DIR}/{doc.id}.{ext}", format=label)
    for folder, label in (("dc", "Dublin Core"), ("mods", "MODS")):
        if site.export_dir and (site.export_dir / folder / f"{doc.id}.xml").is_file():
            etree.SubElement(d, tg("cite-file"), href=f"export/{folder}/{doc.id}.xml", format=label)
    _correspondence(d, info.meta, edition, ui)
    _omitted(d, doc)
    if len(d.findall(tg("omitted"))):
        d.set("omitted-label", mention_counter(root, ui, OMITTED_COUNT)(len(d.findall(tg("omitted")))))
    for langs, href in sorted(info.pdf.items(), key=lambda item: (len(item[0]), item[0])):
        name = "–".join(i18n.language_name(lang, ui) for lang in langs)
        etree.SubElement(d, tg("pdf"), href=href, name=name)
    cards = etree.SubElement(page, tg("cards"))
    seen = set()
    annotated = site.annotated[doc.id]
    names = (q("persName"), q("placeName"), q("orgName"))
    for el in annotated.iter(*names):
        key = (el.get(tg("register")), el.get(tg("entry")))
        # a name inside a linked name is text of that link (web-document.xsl's tg:in-entity): no card
        if any(up.tag in names and up.get(tg("entry")) for up in el.iterancestors()):
            continue
        if key[1] and key not in seen:
            seen.add(key)
            entry = edition.register_of(WEB_REGISTERS[key[0]]).entries[key[1]]
            facts = site.facts.get((key[1], ui))
            if facts is None:
                facts = site.facts[(key[1], ui)] = _entry_facts(entry, ui, root, site.settings.base)
            card = etree.SubElement(cards, tg("card"), register=key[0], entry=key[1], **facts)
            _entry_links(card, entry, site.settings.base, site.settings.languages, ui)
    if site.register_parts:                         # links to entries on a split register's parts
        from triglot.web.register_parts import entry_pages
        people = [*info.meta.authors, *(p for part in info.meta.parts for p in (*part.senders, *part.recipients, *part.places))]
        entry_pages(page, site.register_parts, ui, [*seen, *((p.register, p.entry) for p in people if p.entry)])
    return etree.tostring(page, encoding="unicode")   # the annotated TEI goes beside it, as $tei


# the editors as the citation names them: "(eds.)" stood after one editor as after three
EDITORS_COUNT = ngettext("{names} (ed.)", "{names} (eds.)")


def _editors_said(doc, ui: str, root, named=()) -> str:
    """The editors the header's `resp-editors` names, as the citation names them ("Jane Roe (ed.)",
    "Jane Roe, John Doe (eds.)"), a body among them only where the settings name it an editor
    (`named`, edition.editors: the project as its own editor); "" when it names only the publisher
    standing in for editors nobody named (settings.editor_names): the citation called every
    document of such an edition "Import Test Press (eds.)", the press as the editors. A document
    cited without editors is cited by its edition."""
    names = [normalize_space("".join(n.itertext())) for r in doc.root.iterfind("t:teiHeader/t:fileDesc/t:titleStmt/t:respStmt", NS)
             if r.get(XML_ID) == "resp-editors"
             for n in r if n.tag in (q("persName"), q("name"), q("orgName"))
             and (n.tag != q("orgName") or normalize_space("".join(n.itertext())) in named)]
    names = [n for n in names if n]
    if not names:
        return ""
    forms = plural_forms(root, ui, EDITORS_COUNT)
    return forms.get(plural_category(ui)(len(names)), forms["other"]).replace("{names}", ", ".join(names))


def _compilers(doc, edition, ui: str, root) -> str:
    """Who compiled the text (titleStmt/editor role="compiler"), as the citation names them after the
    authors: "Yuri Barsegov (comp.)"; the header named him and the page's citation left him out."""
    from triglot.web.cite import compilers, display_name
    names = [display_name(a) for a in compilers(doc, edition, ui)]
    return i18n.gettext(root, ui, "{names} (comp.)").format(names=", ".join(names)) if names else ""


def _authors(doc, edition, ui: str) -> list[str]:
    """The document's authors as the citation names them, in the interface language where the
    registers give the name in it."""
    from triglot.web.cite import authors, display_name
    return [display_name(a) for a in authors(doc, edition, ui)]


def _entry_facts(entry, ui, root, base: str) -> dict:
    """What a card and a register entry say of an entry besides its names and links: for an
    organisation, as for a person or place, its type in the interface language (else as written,
    marked English), its dates (life dates; an organisation's dates of existence, the org's own
    @from/@to or @when). An organisation's card showed its name and variants only, and its type
    stood in English in every interface."""
    el = entry.element
    dates = ""
    birth, death = el.find(q("birth")), el.find(q("death"))
    if birth is not None or death is not None:
        start = i18n.format_date_expr(birth, ui, root) if birth is not None else "?"
        end = i18n.format_date_expr(death, ui, root) if death is not None else "?"
        plain = [i18n.date_value(d) if d is not None else {} for d in (birth, death)]
        if all(list(p) == ["when"] for p in plain):     # two plain dates: the ends written alike ("1872 г. – 7 июля 1936 г.")
            start, end = i18n.format_date_pair(plain[0]["when"], plain[1]["when"], ui)
        dates = i18n.gettext(root, ui, "{start} – {end}").format(start=start or "?", end=end or "?")
    elif entry.kind == "org":
        dates = i18n.format_date_expr(el, ui, root)
    kind, kind_lang = _type_label(entry, ui, root)
    forms = [(v.get(XML_LANG, base), " ".join("".join(v.itertext()).split())) for v in el if v.get("type") == "variant"]
    variants_lang = ui if any(lang == ui for lang, _ in forms) else base
    variants = [text for lang, text in forms if lang == variants_lang]
    # the identification note in the interface language where the register gives it (a draft translation
    # of the base-language note), else the base-language one, marked as such: "today Gyumri" was English
    # in every interface
    idents = [n for n in entry_notes(el, ui, base) if n.get("type") == "identification"]
    ident = " ".join(" ".join("".join(n.itertext()).split()) for n in idents)
    ident_lang = next((n.get(XML_LANG) or base for n in idents), base)
    stale = stale_notes(el, base)
    role, role_lang = _role(entry, ui, base)
    name, name_lang = entry.name_and_lang(ui)
    return {"name": name, "name-lang": name_lang, "role": role, "role-lang": role_lang, "dates": dates, "coords": _coords(entry, ui),
            "variants": "; ".join(variants), "variants-lang": variants_lang, "ident": ident,
            "ident-lang": ident_lang,
            # a translated note whose English changed since (check --rule stale) is marked as a stale slot is
            "ident-stale": "true" if any(n in stale for n in idents) else "",
            # and a translated note says it is a draft (or reviewed), as a slot does
            "ident-state": next((st for st in (note_state(n, base) for n in idents) if st), ""),
            "type": kind, "type-lang": kind_lang,
            # the name shown is a form nobody has checked yet (cert="low" or "medium" on it): the reader is told
            "unchecked": "true" if name_lang in entry.unchecked else ""}


def _type_label(entry, ui, root) -> tuple[str, str]:
    """A place's or organisation's @type in the interface language, with its language: the catalog's
    translation, else the value as written (an English word, the msgid language), so the page marks
    it English (`check --rule interface-term` names the value to translate)."""
    value = (entry.element.get("type") or "") if entry.kind in ("place", "org") else ""
    if not value:
        return "", ""
    translated = i18n.lookup(root, ui, value) if ui != i18n.MSGID_LANG else None
    return (translated, ui) if translated else (value, i18n.MSGID_LANG)


def _entry_links(parent, entry, base: str, languages=(), ui: str | None = None) -> None:
    """An entry's authority records (idno, a former id left out) and its source notes' references,
    as tg:authority and tg:source children of a card: the register page gives the notes whole, a
    card the links (a source note without a link, its words), their runs in another script of the
    edition's languages as tg:run with that language ("Wikipedia (ru): Микоян, …" in an English note)."""
    scripts = script_runs.writers(languages)
    for idno in entry.element.iterfind("t:idno", NS):
        href = safe_href((idno.text or "").strip()) if idno.get("type") != FORMER else None
        if href:
            etree.SubElement(parent, tg("authority"), type=idno.get("type", ""), href=href)
    # the source notes a reader of `ui` is given (tei.entry_notes): one language's, not every translation's
    stale = stale_notes(entry.element, base)
    for note in [n for n in entry_notes(entry.element, ui or base, base) if n.get("type") == "source"]:
        lang = note.get(XML_LANG, base)
        refs = [(safe_href(r.get("target", "")), " ".join("".join(r.itertext()).split()))
                for r in note.iterfind(".//t:ref[@target]", NS)]
        refs = [(href, words) for href, words in refs if href and words]
        if not refs:
            refs = [("", " ".join("".join(note.itertext()).split()))]
        for href, words in refs:
            source = etree.SubElement(parent, tg("source"), href=href, lang=lang, state=note_state(note, base),
                                      stale="true" if note in stale else "")
            pieces = script_runs.runs(words, script_runs.script_of_language(lang), scripts) \
                if len(scripts) > 1 else [("", words)]
            for piece_lang, piece in pieces:
                if piece_lang:
                    etree.SubElement(source, tg("run"), lang=piece_lang).text = piece
                elif len(source):
                    source[-1].tail = (source[-1].tail or "") + piece
                else:
                    source.text = (source.text or "") + piece


def _role(entry, ui, base: str) -> tuple[str, str]:
    """The role in the interface language when the register gives it (occupation xml:lang), else as
    written (English), with its language so the page marks it."""
    for occupation in entry.element.iterfind("t:occupation", NS):
        if occupation.get(XML_LANG) == ui:
            return " ".join("".join(occupation.itertext()).split()), ui
    first = entry.element.find("t:occupation", NS)
    return entry.role, (first.get(XML_LANG, base) if first is not None else base)


def _coords(entry, ui) -> str:
    from triglot.web.map import parse_geo
    latlon = parse_geo(entry.element.findtext("t:location/t:geo", "", NS))
    if latlon is None:
        return ""                                   # reported by the map (triglot.web.map.points)
    from babel.numbers import format_decimal
    lat, lon = latlon
    where = i18n.locale(ui)
    return (f"{format_decimal(abs(lat), '0.0###', locale=where)}° {'N' if lat >= 0 else 'S'}, "
            f"{format_decimal(abs(lon), '0.0###', locale=where)}° {'E' if lon >= 0 else 'W'}")


def _register_pages(edition, site, kind, ui, root, strings, *cached, kept_whole=None):
    """A register's pages in interface `ui`: (page model, its kept entries or None, file). One page,
    as always, unless the register is split (web/register_parts.py): then its first page (the
    letter index, the map, every entry linked to its part) and one page per initial letter.
    `kept_whole(file, letter or None)`: True when that page is copied whole (its model not built)."""
    from triglot.web.register_parts import part_file
    if (kind, ui) not in site.register_parts:
        if kept_whole is None or not kept_whole(f"{kind}.html", None):
            yield (*_register(edition, site, kind, ui, root, strings, *cached), f"{kind}.html")
        return
    yield _register_first(edition, site, kind, ui, root, strings), None, f"{kind}.html"
    for letter in _letters(edition, site, kind, ui):
        path = part_file(kind, letter)
        if kept_whole is None or not kept_whole(path, letter):
            yield (*_register(edition, site, kind, ui, root, strings, *cached, only=letter), path)


def _register_first(edition, site, kind, ui, root, strings):
    """The first page of a split register: its letter index, the map and every entry by letter."""
    from triglot.web.register_parts import directory, letter_links, retarget_map
    page = _page(kind, ui, f"{kind}.html", strings[REGISTER_TITLES[kind]], site, root)
    if kind == "places":
        svg = site.maps.svg(ui)
        if svg is not None:
            retarget_map(svg, site.register_parts[(kind, ui)])
            page.append(svg)
    _download_links(page, site, only=(kind, "mentions"))
    letters = _letters(edition, site, kind, ui)
    letter_links(_letter_nav(page, letters, ui), letters, kind, None)
    directory(page, letters, kind, ui)
    return page


def _letters(edition, site, kind, ui) -> dict:
    """A register's entries by initial letter in `ui`'s index, in its collation (surname first);
    once per build (site.letters): a split register asked for them once per letter's page."""
    made = site.letters.get((kind, ui))
    if made is None:
        made = site.letters[(kind, ui)] = _sorted_letters(edition, site, kind, ui)
    return made


def _sorted_letters(edition, site, kind, ui) -> dict:
    register = edition.register_of(WEB_REGISTERS[kind])     # None: the settings list no register of this kind
    base = site.settings.base
    entries = sorted(register.entries.values() if register is not None else (), key=lambda e: (sort_key(sorting_name(e, ui, base), ui), e.id))
    letters = {}
    for entry in entries:
        letters.setdefault(initial(sorting_name(entry, ui, base), ui), []).append(entry)
    return letters


def _letter_nav(page, letters: dict, ui: str):
    nav = etree.SubElement(page, tg("letters"))
    for letter in index_letters(ui):
        etree.SubElement(nav, tg("letter"), label=letter, anchor=letter_anchor(letter),
                         used=str(letter in letters).lower())
    return nav


def _register(edition, site, kind, ui, root, strings, cache_dir: Path | None = None, context: str = "",
              parts: dict | None = None, stylesheets: str = "", only: str | None = None):
    """A register page's model and its kept entries; the entries are kept rendered under cache_dir
    (triglot.web.register_cache) by `context`, what every entry of it is made from besides its own
    XML and mentions. `parts`: each document's key in the document cache (web/doc_cache.py), which
    names an entry's key in advance (EntryCache.by_documents); `stylesheets`, the version of those
    that rendered the kept entries (web/page_cache.stylesheets_digest). `only`: the letter of a split
    register's part (web/register_parts.py), whose page holds that letter's entries alone."""
    from triglot.web.register_cache import EntryCache, KeptMentions, blocks_of, digests_text, mention_text
    from triglot.web.register_parts import letter_links, part_file
    here = f"{kind}.html" if only is None else part_file(kind, only)
    name = f"{kind}-{ui}" if only is None else f"{kind}-{ui}-{here[len(kind) + 1:-5]}"
    kept = EntryCache(cache_dir, name, context, stylesheets)
    # each entry's mentions document by document, kept by what each document's share is made from
    shares = KeptMentions(cache_dir, name, kept.context, kept.kept_any()) if parts is not None else None
    title = strings[REGISTER_TITLES[kind]]
    page = _page(kind, ui, here, title if only is None else f"{title} · {only or '…'}", site, root)
    if only is not None:
        page.set("part-of", f"{kind}.html")     # the register's first page, in every interface
    titles = site.doc_titles.get(ui)
    if titles is None:      # once per interface, not once per page of a split register
        titles = site.doc_titles[ui] = {d.id: _doc_title(d, ui, site.settings.base) for d in site.docs}
    order = _order(edition, site)
    if only is None:
        if kind == "places":
            svg = site.maps.svg(ui)
            if svg is not None:
                page.append(svg)
        _download_links(page, site, only=(kind, "mentions"))
    base = site.settings.base
    letters = _letters(edition, site, kind, ui)
    nav = _letter_nav(page, letters, ui)
    if only is not None:
        letter_links(nav, letters, kind, only)
    position = lambda key: _block_pos(edition, key)        # noqa: E731
    count_label = None          # mention_counter, made when the first entry is rendered
    for letter, group in letters.items():
        if only is not None and letter != only:
            continue
        g = etree.SubElement(page, tg("group"), label=letter or "…", anchor=letter_anchor(letter))
        for entry in group:
            mentions = site.mentions.get(entry.id, [])
            xml = site.entry_xml.get(entry.id)
            if xml is None:
                xml = site.entry_xml[entry.id] = etree.tostring(entry.element)
            # first by the documents that mention the entry (their keys and places in the edition):
            # the same as last time, the model is the one kept then, and its mentions are not read
            documents = _mentioning(site, entry.id, mentions, order, parts) if parts is not None else ""
            early = kept.by_documents(xml, documents) if documents or (parts is not None and not mentions) else None
            key = kept.known(early) if early else None
            if key is None or not kept.rendered(key):
                # by the digests kept with each document's part (one per document), else by every mention
                docs = site.entry_docs.get(entry.id)
                if docs is None:
                    docs = site.entry_docs[entry.id] = list(dict.fromkeys(m.doc_id for m in mentions))
                text = digests_text(entry.id, docs, site.entry_digests, order, titles, ui,
                                    site.titles_said.setdefault(ui, {}))
                if text is None:
                    blocks = site.entry_blocks.get(entry.id)        # once per build, for every interface
                    if blocks is None:
                        blocks = site.entry_blocks[entry.id] = blocks_of(mentions, order, position)
                    text = mention_text(blocks, titles, ui, base)
                key = kept.key(xml, text)
            kept.use(key, early)
            # a kept entry is named by its key alone; another one's model goes with its key, rendered
            # and kept by the process that renders the page (web/entry_fragments.py)
            placed = etree.SubElement(g, tg("rendered"), key=key)
            if not kept.rendered(key):
                count_label = count_label or mention_counter(root, ui)
                placed.append(_register_entry(entry, mentions, edition, site, kind, ui, root, strings, titles, order,
                                              count_label, shares, parts))
            elif shares is not None:
                shares.keep(entry.id)
    if shares is not None:
        shares.finish()
    return page, kept


def _order(edition, site) -> dict:
    """Each document's place in the edition (id -> index), once per build."""
    if not site.doc_order:
        site.doc_order.update((d.id, i) for i, d in enumerate(edition.documents))
    return site.doc_order


def _mentioning(site, entry_id: str, mentions, order: dict, parts: dict) -> str:
    """The documents that mention an entry, in the order of its mentions, each with its place in the
    edition and its key in the document cache (which covers its bytes and what it is read against):
    everything an entry's mentions, their lines, titles and positions are made from. Once per build."""
    made = site.entry_documents.get(entry_id)
    if made is None:
        docs = list(dict.fromkeys(m.doc_id for m in mentions))
        made = site.entry_documents[entry_id] = "" if any(doc not in parts for doc in docs) else "".join(
            f"\x1e{doc}\x1f{order.get(doc)}\x1f{parts[doc]}" for doc in docs)
    return made


def letter_anchor(letter: str) -> str:
    """An ASCII id for a letter's group (a URL fragment needs no escaping): letter-A, letter-u0410."""
    if letter.isascii() and letter.isalnum():
        return f"letter-{letter}"
    return "letter-" + ("-".join(f"u{ord(c):04X}" for c in letter) or "other")


def sorting_name(entry, ui, base: str) -> str:
    """Surname first for persons (as the print index sorts), in the interface language."""
    el = entry.element
    for lang in (ui, base):
        name = next((n for n in el.iterfind("t:persName", NS)
                     if n.get(XML_LANG) == lang and not n.get("type") and n.find("t:surname", NS) is not None), None)
        if name is not None:
            surname = " ".join(name.findtext("t:surname", "", NS).split())
            rest = " ".join(" ".join(n.text or "" for n in name if n.tag != q("surname")).split())
            return f"{surname} {rest}".strip()
    return entry.name(ui)


# The register names of an entry of each kind (their variants are listed under "Other forms").
NAME_ELEMENTS = {"person": "persName", "place": "placeName", "org": "orgName"}


MENTION_COUNT = ngettext("({count} passage)", "({count} passages)")
# how much of its source a document's page leaves out (the folded list under "Left out of the source"):
# the bare number, "▸ 29", was the same in every interface and said nothing of what it counted
OMITTED_COUNT = ngettext("{count} omission", "{count} omissions")


def mention_count(root, ui: str, count: int) -> str:
    """How many passages of a document mention an entry, in the plural form of `ui` that `count`
    takes (CLDR's rule): "(1 passage)", "(2 passages)"; one message for every count read
    "(1 passages)" in English."""
    return mention_counter(root, ui)(count)


def mention_counter(root, ui: str, message=MENTION_COUNT):
    """mention_count for one interface language, its plural forms read from the catalog once: a
    register page asks for the count of every entry in every document that mentions it (513 times
    for the edition's six pages), and each reading found, stat'ed and checked the catalog again.
    `message`: another counted message (OMITTED_COUNT)."""
    forms = plural_forms(root, ui, message)
    category = plural_category(ui)
    return lambda count: forms.get(category(count), forms["other"]).replace("{count}", str(count))


def _register_entry(entry, mentions, edition, site, kind, ui, root, strings, titles, order, count_label=None,
                    shares=None, parts=None):
    """An entry's model: its facts, names, notes and every mention with its line of context.
    `count_label`: mention_counter(root, ui), made once for a page's entries. `shares`: the page's
    kept mentions (register_cache.KeptMentions), `parts` each document's key in the document cache:
    a document's tg:mentions kept under the key of what it is made from is taken back, not made
    (its lines neither read nor marked), and the entry's shares are kept for the next build."""
    count_label = count_label or mention_counter(root, ui)
    facts = site.facts.get((entry.id, ui))      # made for a document page's card already, most often
    if facts is None:
        facts = site.facts[(entry.id, ui)] = _entry_facts(entry, ui, root, site.settings.base)
    e = etree.Element(tg("entry"), id=entry.id, name=facts["name"], role=facts["role"],
                         **{"role-lang": facts["role-lang"], "name-lang": facts["name-lang"]},
                         dates=facts["dates"], coords=facts["coords"], kind=kind,
                         type=facts["type"], **{"type-lang": facts["type-lang"]})
    for lang in site.settings.languages:
        if entry.names.get(lang):
            etree.SubElement(e, tg("name"), lang=lang, language=i18n.language_name(lang, ui),
                             unchecked="true" if lang in entry.unchecked else "").text = entry.names[lang]
    for v in entry.element.iterfind(f"t:{NAME_ELEMENTS[entry.kind]}[@type='variant']", NS):
        # a variant nobody has checked (cert="low"/"medium": Армянская Республика) is marked as a name is
        etree.SubElement(e, tg("variant"), lang=v.get(XML_LANG, site.settings.base),
                         unchecked="true" if v.get("cert") in ("low", "medium") else "").text = " ".join("".join(v.itertext()).split())
    for old in former_ids(entry.element):     # a released id the entry took over: its anchor lands here
        etree.SubElement(e, tg("former"), id=old)
    for idno in entry.element.iterfind("t:idno", NS):
        if idno.get("type") == FORMER:
            continue
        href = safe_href((idno.text or "").strip())
        if href:
            etree.SubElement(e, tg("authority"), type=idno.get("type", ""), href=href)
    for note in entry_notes(entry.element, ui, site.settings.base):   # in the interface language, else the base one
        # the same model in every interface's register page that shows this note: made once a build
        # (site.notes, keyed by the note element, so each language's note has its own) and copied
        model = site.notes.get(note)
        if model is None:
            model = site.notes[note] = _note_model(note, site.settings.languages, site.settings.base,
                                                   note in stale_notes(entry.element, site.settings.base))
        e.append(copy.deepcopy(model))
    by_doc: dict = {}
    for m in mentions:
        by_doc.setdefault(m.doc_id, {}).setdefault(m.block_id, []).append(m)
    kept = shares.read(entry.id) if shares is not None else {}
    made: dict = {}
    for doc_id in sorted(by_doc, key=order.get):
        blocks = by_doc[doc_id]
        key = shares.key(entry.id, doc_id, parts[doc_id]) if shares is not None and doc_id in parts else None
        if key is not None and kept.get(doc_id, ("",))[0] == key:
            share = _kept_share(kept[doc_id][1], doc_id)
            if share is not None:
                e.append(share)
                made[doc_id] = kept[doc_id]
                continue
        d = etree.SubElement(e, tg("mentions"), doc=doc_id, **titles[doc_id], count=str(len(blocks)),
                             **{"count-label": count_label(len(blocks))})
        for block_id in sorted(blocks, key=lambda b: _block_pos(edition, (doc_id, b))):
            ms = blocks[block_id]
            langs = {m.lang for m in ms}
            line = _context_line(ms, ui, site.settings.base)
            m = etree.SubElement(d, tg("mention"), block=block_id,
                                 **{"context-lang": line.lang, "context-state": line.state},
                                 langs=", ".join(i18n.language_name(lg, ui) for lg in site.settings.languages if lg in langs))
            if line.context:
                _context_model(m, line.context, line.lang, site)
            else:       # named in neither the interface language nor the base text: the passage as its citation names it
                m.set("label", _unit_label(edition, site, doc_id, block_id, ui))
        if key is not None and shares.keeping:
            made[doc_id] = (key, etree.tostring(d, encoding="unicode", with_tail=False))
    if shares is not None and made != kept:
        shares.write(entry.id, made)
    return e


def _kept_share(xml: str, doc_id: str):
    """A document's kept tg:mentions (KeptMentions), parsed; None unless it is one, of that document."""
    from triglot.xmlio import _parser
    try:
        share = etree.fromstring(xml.encode("utf-8"), _parser())
    except (etree.XMLSyntaxError, ValueError):
        return None
    return share if share.tag == tg("mentions") and share.get("doc") == doc_id and share.tail is None else None


def _unit_label(edition, site, doc_id: str, block_id: str, ui: str) -> str:
    """A block as a reader names it in interface `ui` ("passage 12", "note 2": web.cite.block_units,
    the numbering its citation and search row give), for a mention with no line to quote. A
    document's numbering is made once per build (site.units), and only for such a mention."""
    from triglot.web.cite import block_units
    units = site.units.get(doc_id)
    if units is None:
        units = site.units[doc_id] = block_units(edition.document(doc_id))
    msgid, n = units[block_id]
    return i18n.gettext(edition.root, ui, msgid).format(n=n)


def _omitted(d, doc) -> None:
    """What the edition leaves out of its source, so that a reader knows the text shown is not all
    the source holds: each as tg:omitted, the source's text and the header's reason (English)."""
    for _, text, reason in omissions(doc.root):
        etree.SubElement(d, tg("omitted"), text=text, reason=reason)


def _doc_title(info, ui: str, base: str) -> dict:
    """A document's title in the interface language, else the base text's, and which it is."""
    if info.titles.get(ui):
        return {"title": info.titles[ui], "title-lang": ui}
    return {"title": info.titles[base], "title-lang": base}


def _context_model(parent, text: str, lang: str, site) -> None:
    """A quoted line as tg:context, its runs in other scripts marked (a Russian title in English).
    A line is marked once per build (site.contexts) and copied: the registers of every interface
    quote the same base-text lines, and marking was most of their pages' time."""
    if not text:
        return
    marked = site.contexts.get((text, lang))
    if marked is None:
        marked = site.contexts[(text, lang)] = etree.Element(tg("context"))
        marked.text = text
        script_runs.mark(marked, site.settings.languages, default_lang=lang)
    parent.append(copy.deepcopy(marked))


def _context_line(mentions, ui: str, base: str):
    """The line of context a register shows in interface `ui`: the passage's `ui` slot where it
    names the entry (a draft says so on the page), else the base text."""
    for lang in (ui, base):
        found = next((m for m in mentions if m.lang == lang and m.context), None)
        if found is not None:
            return found
    return Mention("", "", "", base)


def _source_parts(doc_el, info, ui: str, root) -> None:
    """The document's source line as a citation (web.data.source_parts): one tg:source-part per run,
    a date with a value written in the interface language (and marked so: the line is the base text's)."""
    for kind, words, lang, *value in info.source_parts:
        if kind == "date" and value:
            words, lang = i18n.format_date_expr(value[0], ui, root) or words, ui
        etree.SubElement(doc_el, tg("source-part"), kind=kind, lang=lang).text = words


def stale_notes(entry, base: str) -> set:
    """The translated notes of a register entry (element) made from an earlier version of the
    base-language note they translate (translate.fingerprint.note_is_stale, what `check --rule stale`
    names): the pages showed them as current, while a stale text slot said it was out of date."""
    from triglot.translate.fingerprint import note_is_stale
    return {note for note, bases in translated_notes(entry, base) if note_is_stale(note, bases)}


def note_state(note, base: str) -> str:
    """A translated register note's state, "draft" or "reviewed" (its @ana, as a slot's: tei/ENCODING.md,
    "Register entries"), which the pages say as they say a slot's; "" for a base-language note, which
    translates nothing."""
    from triglot.edition import slot_state
    if (note.get(XML_LANG) or base) == base:
        return ""
    state = slot_state(note)
    return state if state in ("draft", "reviewed") else ""


def _note_model(note, languages, base: str, stale: bool = False):
    """A register note for the page: its text, with links the site may publish (tg:href) and its
    runs in other scripts marked; tg:stale="true" on a translation whose English changed since."""
    el = copy.deepcopy(note)
    if stale:
        el.set(tg("stale"), "true")
    script_runs.mark(el, languages, default_lang=note.get(XML_LANG, base))
    for ref in el.iter(q("ref")):
        href = safe_href(ref.get("target", ""))
        if href:
            ref.set(tg("href"), href)
    return el


def _block_pos(edition, key) -> int:
    ids = _block_positions(edition).get(key[0], {})
    return ids.get(key[1], 0)


_POSITIONS: dict = {}


def _block_positions(edition) -> dict:
    cache_key = id(edition)
    if cache_key not in _POSITIONS:
        _POSITIONS.clear()
        _POSITIONS[cache_key] = {d.id: {b: i for i, b in enumerate(d.block_ids())} for d in edition.documents}
    return _POSITIONS[cache_key]


def day_certainty(day) -> None:
    """A chronology day is uncertain only if every statement of it is. It took its first statement's
    certainty, so a day one text dates surely was "interpretation uncertain" when a doubtful statement
    came first. A statement less sure than its day says so itself (its @cert)."""
    certs = [event.attrib.pop("statement-cert", "") for event in day.iterfind(tg("event"))]
    sure = next((c for c in certs if not i18n.doubted(c)), None)
    day.set("cert", certs[0] if sure is None else sure)
    for event, cert in zip(day.iterfind(tg("event")), certs):
        if sure is not None and i18n.doubted(cert):
            event.set("cert", cert)


def _chronology(edition, site, ui, root):
    """Events the texts date, one entry per date with every statement of it; then the documents'
    own dates (letters, telegrams, reports), kept apart; publication dates of sources never."""
    page = _page("chronology", ui, "chronology.html", i18n.gettext(root, ui, "Chronology"), site, root)
    titles = {d.id: _doc_title(d, ui, site.settings.base) for d in site.docs}
    day = None
    for ev in site.events:
        key = tuple(sorted(ev.attrs.items()))
        if day is None or day.get("key") != repr(key):
            day = etree.SubElement(page, tg("day"), key=repr(key), label=ev.label(ui, root),
                                   precision=i18n.date_precision(ev.attrs), cert=ev.cert)
        context, lang, state = ev.context_in(ui, site.settings.base)
        event = etree.SubElement(day, tg("event"), id=ev.id, doc=ev.doc_id, block=ev.block_id, **titles[ev.doc_id],
                                 **{"context-lang": lang, "context-state": state, "statement-cert": ev.cert},
                                 **({} if ev.year_stated else {"year": "weekday" if ev.weekday else "context"}))
        _context_model(event, context, lang, site)
    for day in page.iterfind(tg("day")):
        del day.attrib["key"]
        day_certainty(day)
    written = etree.SubElement(page, tg("written"))
    dated = []
    for info in site.docs:
        for part in info.meta.parts:
            if part.date:
                dated.append((i18n.date_sort_key(part.date), info, part))
        if info.meta.date_basis == "text" and not any(p.date for p in info.meta.parts):
            dated.append((i18n.date_sort_key(info.date_attrs), info, None))
    for key, info, part in sorted(dated, key=lambda item: (item[0], item[1].id)):
        heading = part.headings.get(ui) if part and ui != site.settings.base else None
        el = etree.SubElement(written, tg("document"), doc=info.id, **titles[info.id],
                              label=i18n.format_date_expr(part.date if part else info.date_attrs, ui, root),
                              part=part.id if part and not part.id.startswith("#") else "",
                              **{"part-title": heading[0] if heading else part.title if part else "",
                                 "part-title-lang": ui if heading else site.settings.base})
        if part is not None:
            for role, people in (("sender", part.senders), ("recipient", part.recipients)):
                for person in people:
                    name, lang = _name(person, edition, ui)
                    etree.SubElement(el, tg(role), entry=person.entry, lang=lang).text = name
    return page


# ---------------------------------------------------------------- files

def _write_citations(edition, out_dir: Path, kept: Path | None = None, made: dict | None = None) -> None:
    """Every document's citation files, linked from copies kept by content under `kept`
    (triglot.web.file_store): creating a file costs ~20 times a link on a busy disk, and at
    500 documents these 1,500 files were a second of a one-edit rebuild. `made`: each document's
    files as gathering gave them (kept with its part: an unchanged document is not parsed for them).
    A kept part names its files by digest only (doc_cache.KeptCitations): each is linked from the
    stored copy of that digest, and the document's files are made again if one is not there whole."""
    from triglot.web import cite
    from triglot.web.doc_cache import KeptCitations
    from triglot.web.file_store import FileStore
    store = FileStore(kept)
    settings = edition.settings
    for doc in edition.documents:
        files = (made or {}).get(doc.id)
        if isinstance(files, KeptCitations):
            linked = {name for name, digest in files.items() if store.put_stored(out_dir / name, digest)}
            if len(linked) == len(files):
                continue
            files = {name: content for name, content in
                     cite.files(doc, settings.site_name(settings.base), settings.base, edition).items()
                     if name not in linked}
        elif files is not None:
            files = {name: text.encode("utf-8") for name, text in files.items()}
        else:
            files = cite.files(doc, settings.site_name(settings.base), settings.base, edition)
        for name, content in files.items():
            store.put(out_dir / name, content)
    store.finish()


def _data_files(export_dir: Path, name: str = "triglot") -> list[tuple[str, str, str]]:
    """What the site offers for reuse: the data tables it writes, and the export bundle if made."""
    from triglot.library import dataset
    tables = ("documents", *dataset.ENTITY_TABLES, "mentions")
    out = [("data", f"{name}.csv", f"{dataset.DATA_DIR}/{name}.csv") for name in tables]
    out += [("data", dataset.JSON_FILE, f"{dataset.DATA_DIR}/{dataset.JSON_FILE}"),
            ("data", dataset.JSONLD_FILE, f"{dataset.DATA_DIR}/{dataset.JSONLD_FILE}")]
    out += [("export", file, f"export/{file}") for file in export_files(name) if (export_dir / file).is_file()]
    return out


def export_files(name: str) -> tuple[str, ...]:
    """The export's edition-wide files of the edition named `name`, offered on the site."""
    return (f"tei/{name}-corpus.xml", f"cmif/{name}-cmif.xml", "mods/edition.xml")


EXPORT_PARTS = ("tei", "dc", "mods", "cmif")   # the library export, published beside the site (not the bag)


def _copy_export(export_dir: Path, out_dir: Path) -> None:
    """The library export bundle (build/export/), when it has been made, is downloadable from the site."""
    for part in EXPORT_PARTS:
        if (export_dir / part).is_dir():
            shutil.copytree(export_dir / part, out_dir / "export" / part)


def _find_pdfs(site, options) -> None:
    """The print edition's books (build/print/triglot-en-ru.pdf…), linked when they exist.

    Each book holds every document; a document page links each book at the
    document's own section (its named destination `doc-<id>`).
    """
    from triglot.print.builder import book_languages
    folder = options.output("print")
    for pdf in sorted(folder.glob("*.pdf")) if folder.is_dir() else []:
        langs = book_languages(pdf.name, site.settings)
        if langs:
            for info in site.docs:
                info.pdf[langs] = f"pdf/{pdf.name}#doc-{info.id}"


def _copy_downloads(edition, site, out_dir: Path, print_dir: Path, kept: Path | None = None) -> None:
    """The TEI files (linked from copies kept by content under `kept`: a new file and its bytes
    written for each of 500 documents cost many times a link) and the books."""
    from triglot.web.file_store import FileStore
    (out_dir / "tei").mkdir(parents=True, exist_ok=True)
    store = FileStore(kept)
    for doc in edition.documents:
        store.put(out_dir / "tei" / doc.path.name, doc.path.read_bytes())
    for reg in edition.registers.values():
        store.put(out_dir / "tei" / reg.path.name, reg.path.read_bytes())
    store.finish()
    for name in {href.split("#")[0] for info in site.docs for href in info.pdf.values()}:
        target = out_dir / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(print_dir / Path(name).name, target)


__all__ = ["build", "DATA_STRINGS", "stylesheet_path"]
