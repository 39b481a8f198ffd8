"""`triglot translations tmx`: a translation memory of the aligned passages, for the translators' tools.

One TMX 1.4 file per language pair (`translations/tmx/triglot-<base>-<lang>.tmx`), one
`<tu>` per English block that has a current translation (untranslated and stale
slots are left out: a memory must not offer a translation of other words). Each
unit says its state (`<prop type="x-triglot-state">` reviewed or draft), who is
responsible (`changeid` of the translation) and the document it comes from; a CAT
tool can filter on the state, so reviewed passages are told from the machine drafts.
Inline markup travels as TMX codes: `<bpt>`/`<ept>` pairs and `<ph>`, numbered as the
placeholders (`x`), their content the TEI element's name, so a tool aligns them.

A tool translating the PO files needs the placeholders as the PO files write them: OmegaT
turns `<bpt>` codes into tags of its own (`<p0>`), which never equal the `<1>` of a PO
entry, so it finds no match at all in the coded memory. `--inline text` writes
`triglot-<base>-<lang>-po.tmx`, whose segments are the PO strings themselves (TMX level 1,
datatype plaintext): OmegaT inserts those matches, and with the placeholders declared as
custom tags it protects them (tests/test_translations_omegat.py).
"""
from __future__ import annotations

from pathlib import Path

from lxml import etree

from triglot import __version__
from triglot.edition import Edition
from triglot.translate.export import _date, slot_views
from triglot.translate.placeholders import tokenize
from triglot.xmlio import write_together

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


INLINE = ("codes", "text")     # placeholders as TMX codes, or as the PO files' text


def tmx_path(root: Path, lang: str, base: str = "en", inline: str = "codes") -> Path:
    suffix = "-po" if inline == "text" else ""
    return root / "translations" / "tmx" / f"triglot-{base}-{lang}{suffix}.tmx"


def export_tmx(edition: Edition, langs=None, inline: str = "codes") -> list[Path]:
    files = {tmx_path(edition.root, lang, edition.settings.base, inline): render(edition, lang, inline)
             for lang in langs or edition.settings.translations}
    # all languages' memories or none: a full disk at the second left the first new, the other old
    write_together(files, journal=edition.root)
    return list(files)


def render(edition: Edition, lang: str, inline: str = "codes") -> bytes:
    base = edition.settings.base
    stamp = _date().replace("-", "").replace(" ", "T").replace(":", "")[:13] + "00Z"
    tmx = etree.Element("tmx", version="1.4")
    etree.SubElement(tmx, "header", creationtool="triglot", creationtoolversion=__version__,
                     segtype="paragraph", adminlang="en", srclang=base,
                     datatype="plaintext" if inline == "text" else "xml",
                     creationdate=stamp, **{"o-tmf": "TEI P5"})
    body = etree.SubElement(tmx, "body")
    segs = []
    for doc in edition.documents:
        for view in slot_views(doc, lang):
            if not view.text or view.stale:
                continue
            tu = etree.SubElement(body, "tu", tuid=f"{view.segment.block_id}.{lang}")
            _prop(tu, "x-triglot-document", doc.name)
            _prop(tu, "x-triglot-state", view.state)
            segs.append((etree.SubElement(tu, "tuv", {XML_LANG: base}), view.segment.text, view.segment))
            tuv = etree.SubElement(tu, "tuv", {XML_LANG: lang})
            if view.resp:
                tuv.set("changeid", view.resp)
            segs.append((tuv, view.text, view.segment))
    etree.indent(tmx, space="  ")        # before the segments: no layout inside a text
    for tuv, text, segment in segs:
        if inline == "text":
            etree.SubElement(tuv, "seg").text = text
        else:
            _seg(tuv, text, segment)
    return etree.tostring(tmx, encoding="UTF-8", xml_declaration=True) + b"\n"


def _prop(parent, kind: str, value: str) -> None:
    etree.SubElement(parent, "prop", type=kind).text = value


def _seg(tuv, text: str, segment) -> None:
    """A placeholder string as a TMX <seg>: text, <bpt>/<ept> pairs and <ph> codes."""
    seg = etree.SubElement(tuv, "seg")
    names = {p.number: p.tag for p in segment.placeholders}
    last = None
    for kind, value in tokenize(text):
        if kind == "text":
            if last is None:
                seg.text = (seg.text or "") + value
            else:
                last.tail = (last.tail or "") + value
            continue
        name = names.get(value, "hi")
        if kind == "open":
            last = etree.SubElement(seg, "bpt", i=str(value), x=str(value))
            last.text = f"<{name}>"
        elif kind == "close":
            last = etree.SubElement(seg, "ept", i=str(value))
            last.text = f"</{name}>"
        else:
            last = etree.SubElement(seg, "ph", x=str(value))
            last.text = f"<{name}/>"
