"""A register page put together from its entries rendered one by one and kept, so an edit renders only the entries it changed.

At 500 documents a register page of one interface quotes some 32,000 lines (the Russian
places page's model is 11 MB), and Saxon rendered the whole page again whenever one of its
entries changed: 3.5 s for places.html after the edit of one Russian slot, most of it the
dash rules (modules/dashes.xsl) run over every quoted line. An entry's HTML is a function of
its model alone, given the page's language, base text, interface strings and stylesheets
(web-indexes.xsl's `register-entry` template reads nothing else of the page), so each entry
is rendered by itself (a page of kind "entry-fragments", serialised as XML) and kept under
its key (web/register_cache.py, which covers all of that); the page model names a kept entry
by its key alone (an empty tg:rendered) and carries the model of any other one inside its
tg:rendered. Here, in the process that renders the page, each tg:rendered is filled with the
entry's nodes, kept or just rendered, which the stylesheet copies. The page's bytes are the
same either way: the same nodes reach the same HTML serialiser, whether made by the template
or parsed from the kept XML. A cold build goes the same way, rendering every entry as new.

The page's entries are then written to the file named for its keys (job["file"]) and the
page's index after it (register_cache.write_index), unless that file is the one read.
"""
from __future__ import annotations

import io
from pathlib import Path

from lxml import etree

from triglot.xmlio import atomic_write

TG_NS = "urn:triglot:web"
PARSER = dict(huge_tree=True, resolve_entities=False, no_network=True)


def _tg(name: str) -> str:
    return f"{{{TG_NS}}}{name}"


def assemble(model: str, job: dict, render) -> str:
    """The page model `model` (a register page) with each tg:rendered filled with its entry's
    rendered nodes, kept ones read from job["kept"], the others made by `render` (a page of kind
    entry-fragments, as XML text, to its result as XML text); the page's entries kept (`job`)."""
    page = etree.fromstring(model.encode("utf-8"), etree.XMLParser(**PARSER))
    placed = [(r.get("key"), r) for r in page.iterfind(f"{_tg('group')}/{_tg('rendered')}")]
    fresh = etree.Element(page.tag, dict(page.attrib), nsmap=page.nsmap)
    fresh.set("kind", "entry-fragments")
    texts = page.find(_tg("texts"))             # the page's base text ($base)
    if texts is not None:
        fresh.append(etree.fromstring(etree.tostring(texts)))
    for key, rendered in placed:
        if len(rendered):
            etree.SubElement(fresh, _tg("fresh"), key=key).append(rendered[0])   # moved out of the page
    made = {}
    if len(fresh.findall(_tg("fresh"))):
        result = etree.fromstring(render(etree.tostring(fresh, encoding="unicode")).encode("utf-8"),
                                  etree.XMLParser(**PARSER))
        made = {div.get("data-key"): div for div in result}
    kept = _read(job.get("kept")) if len(made) < len(placed) else {}
    for key, rendered in placed:
        source = made.get(key)
        if source is None:
            source = kept.get(key)
        if source is None:      # the index names an entry its file lacks: never written so
            raise RuntimeError(f"register entry {key} is neither kept nor rendered ({job.get('kept')}); "
                               "remove build/web-cache and build again")
        rendered.text = source.text
        rendered.extend(list(source))
    if job.get("file") and (made or job.get("kept") != job["file"]):
        _write(Path(job["file"]), placed)
        from triglot.web.register_cache import write_index
        write_index(job)
    return etree.tostring(page, encoding="unicode")


def _read(path: str | None) -> dict:
    """The kept entries (key -> wrapper element) of the file the page's index names."""
    if path is None:
        return {}
    try:
        root = etree.parse(path, etree.XMLParser(**PARSER)).getroot()
    except (OSError, etree.XMLSyntaxError):
        return {}       # gone or damaged since its index was read: reported by assemble
    return {w.get("key"): w for w in root if w.tag == "kept" and w.get("key")}


def _write(path: Path, placed) -> None:
    out = io.BytesIO()
    with etree.xmlfile(out, encoding="utf-8") as xf:
        with xf.element("entries"):
            for key, rendered in placed:
                with xf.element("kept", key=key):
                    if rendered.text:
                        xf.write(rendered.text)
                    for node in rendered:
                        xf.write(node)
    try:
        atomic_write(path, out.getvalue())
    except OSError:
        pass            # a cache that cannot be written only costs time (the index is not written)
