"""A register page put together from its entries rendered one by one and kept, so an edit renders only the entries it changed.

At 500 documents a register page of one interface quotes some 32,000 lines (the Russian
places page's model is 11 MB), and Saxon rendered the whole page again whenever one of its
entries changed: 3.5 s for places.html after the edit of one Russian slot, most of it the
dash rules (modules/dashes.xsl) run over every quoted line. An entry's HTML is a function of
its model alone, given the page's language, base text, interface strings and stylesheets
(web-indexes.xsl's `register-entry` template reads nothing else of the page), so each entry
is rendered by itself (a page of kind "entry-fragments", serialised as XML) and kept under
the hash of its model's bytes; the page is then rendered with every entry replaced by its
rendered nodes (tg:rendered, which the stylesheet copies). The page's bytes are the same
either way: the same nodes reach the same HTML serialiser, whether made by the template or
parsed from the kept XML. A cold build goes the same way, rendering every entry as fresh.

The kept entries of a page are one file, build/web-cache/registers/<page>.fragments.xml,
stamped with everything the rendering depends on besides the entry (`context`: stylesheets,
Saxon's version, interface strings, the page's language and base text); a file with another
stamp, or damaged, is ignored and every entry rendered. Entries the page no longer shows are
dropped when it is written again. Runs in the process that renders the page (a worker).
"""
from __future__ import annotations

import hashlib
import io
import logging
from pathlib import Path

from lxml import etree

from triglot.xmlio import atomic_write

FORMAT = "triglot-entry-fragments 1"
TG_NS = "urn:triglot:web"
PARSER = dict(huge_tree=True, resolve_entities=False, no_network=True)


def _tg(name: str) -> str:
    return f"{{{TG_NS}}}{name}"


def assemble(model: str, kept_path: str | None, context: str, render) -> str:
    """The page model `model` (a register page) with each entry as its rendered nodes (tg:rendered),
    those of entries not kept made by `render` (a page of kind entry-fragments, as XML text, to its
    result as XML text); the kept file rewritten when the page's entries changed."""
    page = etree.fromstring(model.encode("utf-8"), etree.XMLParser(**PARSER))
    texts = page.find(_tg("texts"))
    stamp = hashlib.sha256("\0".join((FORMAT, context, page.get("ui", ""), page.get("kind", ""),
                                      etree.tostring(texts, encoding="unicode") if texts is not None else ""))
                           .encode("utf-8")).hexdigest()
    kept = _read(kept_path, stamp)
    entries = page.findall(f"{_tg('group')}/{_tg('entry')}")
    placed: list[tuple[str, etree._Element]] = []
    fresh = etree.Element(page.tag, dict(page.attrib), nsmap=page.nsmap)
    fresh.set("kind", "entry-fragments")
    if texts is not None:
        fresh.append(etree.fromstring(etree.tostring(texts)))
    for entry in entries:
        key = hashlib.sha256(etree.tostring(entry, with_tail=False)).hexdigest()
        rendered = etree.Element(_tg("rendered"))
        entry.addprevious(rendered)
        rendered.tail, entry.tail = entry.tail, None
        placed.append((key, rendered))
        if key not in kept:
            etree.SubElement(fresh, _tg("fresh"), key=key).append(entry)   # moved out of the page
        else:
            entry.getparent().remove(entry)
    made = {}
    if len(fresh.findall(_tg("fresh"))):
        result = etree.fromstring(render(etree.tostring(fresh, encoding="unicode")).encode("utf-8"),
                                  etree.XMLParser(**PARSER))
        made = {div.get("data-key"): div for div in result}
    used = set()
    for key, rendered in placed:
        source = made.get(key)
        if source is None:
            source = kept[key]
        if key in used:                       # two entries with one model: never in practice
            source = etree.fromstring(etree.tostring(source, with_tail=False))
        used.add(key)
        rendered.text = source.text
        rendered.extend(list(source))
    if kept_path is not None and (made or set(kept) - used):
        _write(Path(kept_path), stamp, placed)
    return etree.tostring(page, encoding="unicode")


def _read(path: str | None, stamp: str) -> dict:
    """The kept entries (key -> wrapper element), when the file is there and made in this context."""
    if path is None:
        return {}
    try:
        root = etree.parse(path, etree.XMLParser(**PARSER)).getroot()
    except (OSError, etree.XMLSyntaxError):
        return {}       # not kept yet, or damaged: every entry is rendered
    if root.get("format") != FORMAT or root.get("context") != stamp:
        return {}
    return {w.get("key"): w for w in root if w.tag == "kept" and w.get("key")}


def _write(path: Path, stamp: str, placed) -> None:
    out = io.BytesIO()
    written = set()
    with etree.xmlfile(out, encoding="utf-8") as xf:
        with xf.element("entries", format=FORMAT, context=stamp):
            for key, rendered in placed:
                if key in written:
                    continue
                written.add(key)
                with xf.element("kept", key=key):
                    if rendered.text:
                        xf.write(rendered.text)
                    for node in rendered:
                        xf.write(node)
    try:
        atomic_write(path, out.getvalue())
    except OSError as error:         # a cache that cannot be written only costs time
        logging.getLogger(__name__).debug("rendered register entries not kept: %s", error)
