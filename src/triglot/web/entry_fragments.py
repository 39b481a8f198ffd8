"""A register page put together from its entries rendered one by one and kept, so an edit renders only the entries it changed.

At 500 documents a register page of one interface quotes some 32,000 lines (the Russian
places page's model is 11 MB), and Saxon rendered the whole page again whenever one of its
entries changed: 3.5 s for places.html after the edit of one Russian slot, most of it the
dash rules (modules/dashes.xsl) run over every quoted line. An entry's HTML is a function of
its model alone, given the page's language, base text, interface strings and stylesheets
(web-indexes.xsl's `register-entry` template reads nothing else of the page), so each entry
is rendered by itself (a page of kind "entry-fragments", each entry after a mark naming its
key) and its HTML kept under its key (web/register_cache.py, which covers all of that); the
page model names a kept entry by its key alone (an empty tg:rendered) and carries the model of
any other one inside its tg:rendered. Here, in the process that renders the page, the other
entries are rendered, the page is rendered without any entry (each tg:rendered becomes a mark)
and each mark is replaced by its entry's HTML, kept or just rendered. The page's bytes are the
same as if Saxon had written the entries in place: the output is not indented and an element
is written the same wherever it stands (checked against pages Saxon wrote whole: the edition's
and a 500-document site's, byte for byte). A cold build goes the same way, rendering every entry
as new.

The page's entries are then written to the file named for its keys (job["file"]): each entry's
HTML in a <kept> element stating its length, so the file is cut by those lengths, never parsed
(the HTML of an entry need not be well-formed XML); the page's index is written after it
(register_cache.write_index), unless that file is the one read.
"""
from __future__ import annotations

import re
from pathlib import Path

from lxml import etree

from triglot.xmlio import atomic_write

TG_NS = "urn:triglot:web"
PARSER = dict(huge_tree=True, resolve_entities=False, no_network=True)


def _tg(name: str) -> str:
    return f"{{{TG_NS}}}{name}"


def assemble(model: str, job: dict, render) -> tuple[str, list[tuple[str, str]]]:
    """The page model `model` (a register page) without the models of its entries, and each
    entry's HTML in the page's order: kept ones read from job["kept"], the others made by `render`
    (a page of kind entry-fragments, as XML text, to its HTML, each entry after its mark); the
    page's entries kept (`job`). The page rendered from that model marks each entry's place
    (MARK), and `fill` puts the entries there.

    Rendering the page with every kept entry inside its model made Saxon parse, copy and
    serialise the whole page again (18 MB for the Russian places page at 500 documents), and
    this process parse the kept entries into a tree and serialise the page from it first: most
    of a one-edit rebuild's wait for its pages. The HTML is the same: an entry's HTML depends on
    its model alone (web-indexes.xsl's register-entry template) and the page's output has no
    indentation, so an entry's HTML written alone is the one written in its place."""
    page = etree.fromstring(model.encode("utf-8"), etree.XMLParser(**PARSER))
    placed = [r.get("key") for r in page.iterfind(f"{_tg('group')}/{_tg('rendered')}")]
    fresh = etree.Element(page.tag, dict(page.attrib), nsmap=page.nsmap)
    fresh.set("kind", "entry-fragments")
    texts = page.find(_tg("texts"))             # the page's base text ($base)
    if texts is not None:
        fresh.append(etree.fromstring(etree.tostring(texts)))
    for rendered in page.iterfind(f"{_tg('group')}/{_tg('rendered')}"):
        if len(rendered):
            etree.SubElement(fresh, _tg("fresh"), key=rendered.get("key")).append(rendered[0])   # moved out
    made = _split(render(etree.tostring(fresh, encoding="unicode"))) if len(fresh.findall(_tg("fresh"))) else {}
    kept = _read(job.get("kept")) if len(made) < len(placed) else {}
    entries = []
    for key in placed:
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
        write_index({**job, "kept_checked": None})     # the file just written is hashed as written
    return etree.tostring(page, encoding="unicode"), entries


MARK = re.compile(r'<!--"triglot-entry ([0-9a-f]+)"-->')


def _split(html: str) -> dict:
    """The rendered entries (key -> HTML) of a page of kind entry-fragments: one div around them,
    each entry after its mark."""
    parts = MARK.split(html)
    if len(parts) < 3 or not parts[0].rstrip().endswith(">") or "<div" not in parts[0] or \
            not parts[-1].rstrip().endswith("</div>"):
        raise RuntimeError("rendered register entries are not in one div, each after its mark")
    parts[-1] = parts[-1].rstrip()[:-len("</div>")]
    return dict(zip(parts[1::2], parts[2::2]))


def fill(html: str, entries) -> str:
    """The page's HTML with each entry's mark (in the page's order) replaced by its HTML."""
    out, at = [], 0
    for key, inner in entries:
        mark = f'<!--"triglot-entry {key}"-->'
        found = html.find(mark, at)
        if found < 0:
            raise RuntimeError(f"register entry {key}: its place in the page was not found")
        out += [html[at:found], inner]
        at = found + len(mark)
    out.append(html[at:])
    return "".join(out)


HEAD = re.compile(r'<kept key="([0-9a-f]+)" chars="([0-9]+)">')


def _read(path: str | None) -> dict:
    """The kept entries (key -> the entry's HTML) of the file the page's index names. Each entry
    states its length, so the file is cut without being parsed (read as bytes: no newline is
    translated, which would change a length)."""
    if path is None:
        return {}
    try:
        text = Path(path).read_bytes().decode("utf-8")
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
    """The page's entries, each its HTML in a <kept> element with its length in characters (`_read`)."""
    parts = ["<entries>"]
    for key, inner in entries:
        parts.append(f'<kept key="{key}" chars="{len(inner)}">{inner}</kept>\n')
    parts.append("</entries>\n")
    try:
        atomic_write(path, "".join(parts).encode("utf-8"))
    except OSError:
        pass            # a cache that cannot be written only costs time (the index is not written)
