"""The join controls (ZWNJ, ZWJ) of a word kept in the PDF's text layer.

The fault (#17, session 13's journey): Persian writes "رئیس‌جمهور" with a zero-width
non-joiner (U+200C) that keeps two letters unjoined. Pango shapes such a character as
PANGO_GLYPH_EMPTY, WeasyPrint 70 draws nothing for it and so writes nothing for it in
the text layer, which maps each drawn glyph to its characters (the font's /ToUnicode):
pdftotext, copy and search got "رئیسجمهور", another spelling. Measured with WeasyPrint
alone: ZWNJ, ZWJ (U+200D), the word joiner (U+2060), the right-to-left mark (U+200F) and a
soft hyphen inside an unbroken word were dropped; combining accents (Russian "все́",
Armenian) have glyphs and were kept. Only the join controls are part of a word's
spelling (Unicode's Join_Control property: Persian, the Indic scripts, emoji sequences);
the others steer line breaking and direction, which the page itself shows, and the print
edition puts a word joiner of its own before every note call (print-inline.xsl), which
is no text of the TEI. So only ZWNJ and ZWJ are kept.

Why not /ActualText: poppler (pdftotext 22.12) reads the characters of an ActualText span
as drawn left to right and reverses them with the rest of a right-to-left line, so a span
in logical order came out reversed ("روهمج‌سیئر"), and one in visual order would be read
backwards by a screen reader. A character with a glyph of its own in the text layer is in
the right place for both. So, while a part is written (`join_controls_kept`), each empty
glyph that Pango gave a join control becomes the font's own glyph for that character when
that glyph draws nothing (no ink: DejaVu's zero-width uni200C, uni200D); WeasyPrint then
writes it, zero advance and no outline, with its /ToUnicode entry. The page looks the same
(the positions are Pango's, the glyph is empty); a font that lacks such a glyph leaves the
character as Pango drew it. Removed after the write.
"""
from __future__ import annotations

from contextlib import contextmanager
from threading import Lock

_LOCK = Lock()
_DECLARED = False
JOIN_CONTROLS = frozenset("\u200c\u200d")


def _declare(ffi) -> None:
    """HarfBuzz's nominal-glyph lookup, which WeasyPrint's bindings do not declare."""
    global _DECLARED
    if not _DECLARED:
        ffi.cdef("hb_bool_t hb_font_get_nominal_glyph (hb_font_t *font, hb_codepoint_t unicode, "
                 "hb_codepoint_t *glyph);")
        _DECLARED = True


def _empty_glyph(pango_font, character: str, ffi, pango, harfbuzz) -> int | None:
    """The font's glyph for `character` if it has one that draws nothing, else None."""
    found = ffi.new("hb_codepoint_t *")
    if not harfbuzz.hb_font_get_nominal_glyph(pango.pango_font_get_hb_font(pango_font), ord(character), found):
        return None
    ink, logical = ffi.new("PangoRectangle *"), ffi.new("PangoRectangle *")
    pango.pango_font_get_glyph_extents(pango_font, found[0], ink, logical)
    return found[0] if ink.width == 0 and ink.height == 0 else None


def give_glyphs(textbox) -> None:
    """Give each join control of the text box's first line its empty glyph, in place."""
    from weasyprint.text.ffi import ffi, harfbuzz, pango
    layout = textbox.pango_layout
    # as draw_first_line does, first: setting it afterwards would lay the line out again
    pango.pango_layout_set_single_paragraph_mode(layout.layout, True)
    line, _ = layout.get_first_line()
    text, run = None, line.runs
    while run != ffi.NULL:
        item, run = run.data, run.next
        glyphs = item.glyphs
        for i in range(glyphs.num_glyphs):
            glyph = glyphs.glyphs[i]
            if glyph.glyph != pango.PANGO_GLYPH_EMPTY:
                continue
            text = text or layout.text.encode()
            start = item.item.offset + glyphs.log_clusters[i]
            character = text[start:start + 4].decode("utf-8", "ignore")[:1]
            if character in JOIN_CONTROLS:
                found = _empty_glyph(item.item.analysis.font, character, ffi, pango, harfbuzz)
                if found is not None:
                    glyph.glyph = found


def _keeping(original):
    def draw_first_line(stream, textbox, *args, **kwargs):
        if textbox.text.strip() and not JOIN_CONTROLS.isdisjoint(textbox.text):
            give_glyphs(textbox)
        return original(stream, textbox, *args, **kwargs)
    return draw_first_line


@contextmanager
def join_controls_kept():
    """While active, ZWNJ and ZWJ are written into the PDF's text layer."""
    from weasyprint.draw import text
    from weasyprint.text.ffi import ffi
    with _LOCK:
        _declare(ffi)
        original = text.draw_first_line
        text.draw_first_line = _keeping(original)
        try:
            yield
        finally:
            text.draw_first_line = original
