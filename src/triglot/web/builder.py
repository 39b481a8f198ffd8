"""The static web edition: gather the site data once, then write every page with web.xsl.

Layout of the site (every page exists in each interface language):
  index.html                      language chooser
  <ui>/index.html                 home: the documents, translation progress, how to cite
  <ui>/documents/<doc>.html       parallel English / Russian / Armenian view
  <ui>/persons.html, places.html  registers with every mention (places with an SVG map)
  <ui>/chronology.html            every dated event, precision stated
  <ui>/search.html                Pagefind search of the <ui> text
  tei/<file>.xml, pdf/<file>.pdf  downloads; static/ CSS and JS; pagefind/ search bundle
Page models are built with lxml (so every TEI string stays text) and rendered by one
compiled stylesheet; interface strings and dates come from triglot.i18n.
"""
from __future__ import annotations

import shutil
from pathlib import Path

from lxml import etree

from triglot import i18n
from triglot.tei import NS, q
from triglot.web.collate import sort_key
from triglot.web.data import TG_NS, gather, tg

PACKAGE = Path(__file__).resolve().parent
STATIC = PACKAGE / "static"
PAGE_NAMES = ("index.html", "persons.html", "places.html", "chronology.html", "search.html")


def N_(msgid: str) -> str:
    """Mark a string for extraction whose translation is looked up later (data values)."""
    return msgid


# Values that occur in the data (textClass terms, place types) and are shown translated.
DATA_STRINGS = (N_("article"), N_("book excerpt"), N_("documents"), N_("letter"), N_("minutes"),
                N_("report"), N_("telegram"), N_("city"), N_("continent"), N_("country"),
                N_("district"), N_("province"), N_("region"), N_("river"), N_("sea"), N_("town"))


def stylesheet_path(root: Path) -> Path:
    """The project's xslt/web.xsl (a project may carry its own), else the toolkit's."""
    from triglot.resources import find
    return find(root, "xslt/web.xsl")


def build(edition, out_dir: Path, options) -> None:
    root = edition.root
    site = gather(edition, options)
    _find_pdfs(site, options)
    from triglot.web.search import start_index
    indexing = start_index(site.records, out_dir)   # Pagefind works while the pages are rendered
    try:
        _render_pages(edition, site, out_dir, root)
        _copy_downloads(edition, site, out_dir, options.output("print"))
        shutil.copytree(STATIC, out_dir / "static")
        from triglot.library import dataset
        dataset.write(edition, out_dir / dataset.DATA_DIR)   # the edition's data tables, for reuse
    except BaseException:
        indexing.wait(quiet=True)
        raise
    indexing.wait()


def _render_pages(edition, site, out_dir: Path, root: Path) -> None:
    from triglot.web.render import Pages
    interface = edition.settings.interface
    strings = {ui: i18n.all_strings(root, ui) for ui in interface}
    count = len(interface) * (len(edition.documents) + 5) + 1
    pages = Pages(stylesheet_path(root), {ui: _strings_xml(s) for ui, s in strings.items()}, out_dir, count)
    try:
        for doc in edition.documents:
            tei = etree.tostring(site.annotated[doc.id], encoding="unicode")
            pages.write_document(tei, [(ui, _document(edition, site, doc, ui, root, strings[ui]),
                                        f"{ui}/documents/{doc.id}.html") for ui in interface])
        for ui in interface:
            pages.write(ui, _home(site, ui, root, strings[ui], edition), f"{ui}/index.html")
            for kind in ("persons", "places"):
                pages.write(ui, _register(edition, site, kind, ui, root, strings[ui]), f"{ui}/{kind}.html")
            pages.write(ui, _chronology(edition, site, ui, root), f"{ui}/chronology.html")
            pages.write(ui, _page("search", ui, "search.html", strings[ui]["Search"], site, root), f"{ui}/search.html")
            if ui == interface[0]:   # the language chooser at the site root, in the first interface language
                pages.write(ui, _page("root", ui, "index.html", edition.settings.label, site, root, depth=0),
                            "index.html")
    finally:
        pages.close()


def _strings_xml(strings: dict) -> str:
    doc = etree.Element("strings")
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
    release_label = i18n.format_date(site.release, ui) if site.release else ""
    version = next((d.edition for d in site.docs if d.edition), "")
    site_el = etree.SubElement(page, tg("site"), release=site.release, version=version,
                               name=site.settings.site_name(ui), **{"release-label": release_label})
    for paragraph in site.settings.about(ui):
        etree.SubElement(site_el, tg("about")).text = paragraph
    texts = etree.SubElement(page, tg("texts"))   # the languages of the documents: base first
    for code in site.settings.languages:
        etree.SubElement(texts, tg("lang"), code=code, name=i18n.language_name(code, ui),
                         base=str(code == site.settings.base).lower())
    return page


def _doc_date(info, ui, root) -> str:
    return i18n.format_date_expr(info.date_attrs, ui, root) if info.date_attrs else ""


def _home(site, ui, root, strings, edition):
    page = _page("home", ui, "index.html", strings["Home"], site, root)
    docs = etree.SubElement(page, tg("docs"))
    facets = {"type": {}, "person": {}, "place": {}}
    for info in sorted(site.docs, key=lambda d: (i18n.date_sort_key(d.date_attrs) if d.date_attrs else ("9",), d.id)):
        people = _people(info.meta, edition, ui)
        places = _places(info.meta, edition, ui)
        d = etree.SubElement(docs, tg("doc"), id=info.id, title=info.titles.get(ui) or info.titles[site.settings.base],
                             source=info.source, **{"date-label": _doc_date(info, ui, root),
                                                    "date-basis": info.meta.date_basis,
                                                    "date-key": "/".join(i18n.date_sort_key(info.date_attrs)),
                                                    "kind-label": ", ".join(strings.get(k, k) for k in info.kind),
                                                    "kinds": " ".join(k.replace(" ", "-") for k in info.kind),
                                                    "people": " ".join(people), "places": " ".join(places)})
        for k in info.kind:
            facets["type"][k.replace(" ", "-")] = strings.get(k, k)
        for kind, ids in (("person", people), ("place", places)):
            for entry_id, name in ids.items():
                facets[kind][entry_id] = name
        _correspondence(d, info.meta, edition, ui)
        for lang, counts in info.progress.items():
            total = sum(counts.values())
            etree.SubElement(d, tg("progress"), lang=lang, name=i18n.language_name(lang, ui),
                             done=str(counts["draft"] + counts["reviewed"]), total=str(total),
                             reviewed=str(counts["reviewed"]))
    for kind, values in facets.items():
        f = etree.SubElement(page, tg("facet"), kind=kind)
        for value, label in sorted(values.items(), key=lambda kv: (sort_key(kv[1], ui), kv[0])):
            etree.SubElement(f, tg("option"), value=value, label=label)
    return page


def _name(person, edition, ui) -> tuple[str, str]:
    """(display name in the interface language, its language): register names are translated."""
    if person.entry:
        return edition.registers[person.register].entries[person.entry].name(ui), ui
    return person.text, edition.settings.base


def _people(meta, edition, ui) -> dict:
    out = {}
    for p in [*meta.authors, *(w for part in meta.parts for w in (*part.senders, *part.recipients))]:
        if p.entry and p.register == "persons":
            out[p.entry] = _name(p, edition, ui)[0]
    return out


def _places(meta, edition, ui) -> dict:
    return {p.entry: _name(p, edition, ui)[0] for part in meta.parts for p in part.places if p.entry}


def _correspondence(parent, meta, edition, ui) -> None:
    """One tg:part per letter, telegram or archival item: who to whom, from where, when, which file."""
    for part in meta.parts:
        el = etree.SubElement(parent, tg("part"), id=part.id if not part.id.startswith("#") else "",
                              title=part.title, **{"date-label": i18n.format_date_expr(part.date, ui, edition.root)
                                                   if part.date else "",
                                                   "date-iso": "/".join(i18n.date_sort_key(part.date)) if part.date else ""})
        for role, people in (("sender", part.senders), ("recipient", part.recipients), ("place", part.places)):
            for person in people:
                name, lang = _name(person, edition, ui)
                etree.SubElement(el, tg(role), entry=person.entry, register=person.register, lang=lang).text = name
        for ms_id, text, block in part.archival:
            etree.SubElement(el, tg("archival"), id=ms_id, block=block).text = text


def _document(edition, site, doc, ui, root, strings):
    info = next(d for d in site.docs if d.id == doc.id)
    title = info.titles.get(ui) or info.titles[site.settings.base]
    page = _page("document", ui, f"documents/{doc.id}.html", title, site, root)
    d = etree.SubElement(page, tg("doc"), id=doc.id, title=title, uri=info.uri or "",
                         source=info.source, tei=f"tei/{doc.path.name}",
                         **{"title-base": info.titles[site.settings.base], "date-label": _doc_date(info, ui, root),
                            "date-basis": info.meta.date_basis,
                            "kind-label": ", ".join(strings.get(k, k) for k in info.kind)})
    _correspondence(d, info.meta, edition, ui)
    for langs, href in sorted(info.pdf.items(), key=lambda item: (len(item[0]), item[0])):
        name = "–".join(i18n.language_name(lang, ui) for lang in langs)
        etree.SubElement(d, tg("pdf"), href=href, name=name)
    cards = etree.SubElement(page, tg("cards"))
    seen = set()
    annotated = site.annotated[doc.id]
    for el in annotated.iter(q("persName"), q("placeName")):
        key = (el.get(tg("register")), el.get(tg("entry")))
        if key[1] and key not in seen:
            seen.add(key)
            facts = site.facts.get((key[1], ui))
            if facts is None:
                entry = edition.registers[key[0]].entries[key[1]]
                facts = site.facts[(key[1], ui)] = _entry_facts(entry, ui, root)
            etree.SubElement(cards, tg("card"), register=key[0], entry=key[1], **facts)
    return etree.tostring(page, encoding="unicode")   # the annotated TEI goes beside it, as $tei


def _entry_facts(entry, ui, root) -> dict:
    el = entry.element
    dates = ""
    birth, death = el.find(q("birth")), el.find(q("death"))
    if birth is not None or death is not None:
        start = i18n.format_date_expr(birth, ui, root) if birth is not None else "?"
        end = i18n.format_date_expr(death, ui, root) if death is not None else "?"
        dates = i18n.gettext(root, ui, "{start} – {end}").format(start=start or "?", end=end or "?")
    return {"name": entry.name(ui), "role": entry.role, "dates": dates, "coords": _coords(entry, ui)}


def _coords(entry, ui) -> str:
    geo = entry.element.findtext("t:location/t:geo", "", NS).split()
    if len(geo) != 2:
        return ""
    from babel.numbers import format_decimal
    lat, lon = float(geo[0]), float(geo[1])
    return (f"{format_decimal(abs(lat), '0.0###', locale=ui)}° {'N' if lat >= 0 else 'S'}, "
            f"{format_decimal(abs(lon), '0.0###', locale=ui)}° {'E' if lon >= 0 else 'W'}")


def _register(edition, site, kind, ui, root, strings):
    page = _page(kind, ui, f"{kind}.html", strings["Persons" if kind == "persons" else "Places"], site, root)
    register = edition.registers[kind]
    titles = {d.id: d.titles.get(ui) or d.titles[site.settings.base] for d in site.docs}
    order = {d.id: i for i, d in enumerate(edition.documents)}
    if kind == "places":
        from triglot.web.map import place_map
        svg = place_map(register, ui)
        if svg is not None:
            page.append(svg)
    for entry in sorted(register.entries.values(), key=lambda e: (e.name(ui).casefold(), e.id)):
        facts = _entry_facts(entry, ui, root)
        e = etree.SubElement(page, tg("entry"), id=entry.id, name=facts["name"], role=facts["role"],
                             dates=facts["dates"], coords=facts["coords"],
                             type=strings.get(entry.type, entry.type) if kind == "places" else "")
        for lang in site.settings.languages:
            if entry.names.get(lang):
                etree.SubElement(e, tg("name"), lang=lang,
                                 language=i18n.language_name(lang, ui)).text = entry.names[lang]
        by_block: dict = {}
        for m in site.mentions.get(entry.id, []):
            by_block.setdefault((m.doc_id, m.block_id), []).append(m.lang)
        for (doc_id, block_id), langs in sorted(by_block.items(), key=lambda kv: (order[kv[0][0]], _block_pos(edition, kv[0]))):
            etree.SubElement(e, tg("mention"), doc=doc_id, block=block_id, title=titles[doc_id],
                             langs=", ".join(i18n.language_name(lg, ui) for lg in site.settings.languages if lg in langs))
    return page


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


def _chronology(edition, site, ui, root):
    page = _page("chronology", ui, "chronology.html", i18n.gettext(root, ui, "Chronology"), site, root)
    titles = {d.id: d.titles.get(ui) or d.titles[site.settings.base] for d in site.docs}
    for ev in site.events:
        etree.SubElement(page, tg("event"), id=ev.id, label=ev.label(ui, root), doc=ev.doc_id,
                         block=ev.block_id, title=titles[ev.doc_id], text=ev.text, cert=ev.cert,
                         precision=i18n.date_precision(ev.attrs))
    return page


# ---------------------------------------------------------------- files

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


def _copy_downloads(edition, site, out_dir: Path, print_dir: Path) -> None:
    (out_dir / "tei").mkdir(parents=True, exist_ok=True)
    for doc in edition.documents:
        shutil.copyfile(doc.path, out_dir / "tei" / doc.path.name)
    for reg in edition.registers.values():
        shutil.copyfile(reg.path, out_dir / "tei" / reg.path.name)
    for name in {href.split("#")[0] for info in site.docs for href in info.pdf.values()}:
        target = out_dir / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(print_dir / Path(name).name, target)


__all__ = ["build", "DATA_STRINGS", "stylesheet_path"]
