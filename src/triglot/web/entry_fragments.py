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
entry's nodes, kept or just rendered, as XML text, which the stylesheet copies. The page's bytes
are the same either way: the same nodes reach the same HTML serialiser, whether made by the
template or read from the kept XML. A cold build goes the same way, rendering every entry as new.

The page's entries are then written to the file named for its keys (job["file"]) and the
page's index after it (register_cache.write_index), unless that file is the one read.
"""
from __future__ import annotations

import re
from pathlib import Path
from xml.sax.saxutils import escape

from lxml import etree

from triglot.xmlio import atomic_write

TG_NS = "urn:triglot:web"
PARSER = dict(huge_tree=True, resolve_entities=False, no_network=True)


def _tg(name: str) -> str:
    return f"{{{TG_NS}}}{name}"


def assemble(model: str, job: dict, render) -> str:
    """The page model `model` (a register page) with each tg:rendered filled with its entry's
    rendered nodes, kept ones read from job["kept"], the others made by `render` (a page of kind
    entry-fragments, as XML text, to its result as XML text); the page's entries kept (`job`).

    The entries are joined to the page as text: the kept file is read as text and the page is
    serialised with its tg:rendered empty, each entry's XML then put in its place. Parsing the
    kept file (20 MB for the Russian places page at 500 documents) into a tree and serialising
    the whole page from it again were most of this page's time in a one-edit rebuild, and the
    page's text is the same: the kept nodes are written whole, with their own namespace
    declarations, where the tree would have serialised them."""
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
        made = {div.get("data-key"): _inner(div) for div in result}
    kept = _read(job.get("kept")) if len(made) < len(placed) else {}
    entries = []
    for key, rendered in placed:
        source = made.get(key)
        if source is None:
            source = kept.get(key)
        if source is None:      # the index names an entry its file lacks: never written so
            raise RuntimeError(f"register entry {key} is neither kept nor rendered ({job.get('kept')}); "
                               "remove build/web-cache and build again")
        entries.append((key, source))
    if job.get("file") and (made or job.get("kept") != job["file"]):
        _write(Path(job["file"]), entries)
        from triglot.web.register_cache import write_index
        write_index(job)
    return _fill(etree.tostring(page, encoding="unicode"), placed, entries)


def _inner(element) -> str:
    """An element's content as XML text: its text, then each child whole (with its namespace
    declarations, as lxml writes a node alone) and its tail."""
    return escape(element.text or "") + "".join(etree.tostring(child, encoding="unicode") for child in element)


def _fill(text: str, placed, entries) -> str:
    """The serialised page `text` with each empty tg:rendered (in document order) holding its
    entry's XML. A start tag is found by its exact text: markup-like text inside the page's
    values is escaped, so no value can be mistaken for one."""
    out, at = [], 0
    for (key, rendered), (_, inner) in zip(placed, entries):
        name = f"{rendered.prefix}:rendered" if rendered.prefix else "rendered"
        tag = f'<{name} key="{key}"/>'
        found = text.find(tag, at)
        if found < 0:
            raise RuntimeError(f"register entry {key}: its place in the page was not found")
        out += [text[at:found], f'<{name} key="{key}">', inner, f"</{name}>"]
        at = found + len(tag)
    out.append(text[at:])
    return "".join(out)


HEAD = re.compile(r'<kept key="([0-9a-f]+)" chars="([0-9]+)">')


def _read(path: str | None) -> dict:
    """The kept entries (key -> the entry's XML text) of the file the page's index names. Each
    entry states its length, so the file is cut without being parsed."""
    if path is None:
        return {}
    try:
        text = Path(path).read_text("utf-8")
    except (OSError, UnicodeDecodeError):
        return {}       # gone or damaged since its index was read: reported by assemble
    out, at = {}, text.find("<kept ")
    while at >= 0:
        head = HEAD.match(text, at)
        if head is None:
            return {}
        start = head.end()
        end = start + int(head.group(2))
        if not text.startswith("</kept>", end):
            return {}
        out[head.group(1)] = text[start:end]
        at = text.find("<kept ", end)
    return out


def _write(path: Path, entries) -> None:
    """The page's entries, each with its length in characters (`_read`), as one XML file."""
    parts = ["<entries>"]
    for key, inner in entries:
        parts.append(f'<kept key="{key}" chars="{len(inner)}">{inner}</kept>\n')
    parts.append("</entries>\n")
    try:
        atomic_write(path, "".join(parts).encode("utf-8"))
    except OSError:
        pass            # a cache that cannot be written only costs time (the index is not written)
