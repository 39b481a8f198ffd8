"""The books' fonts: each embedded once, whatever the number of parts (print.fontmerge).

Each part is written with its own subset of every font, all under one subset tag; the join
kept them all (the trilingual book carried 28 programs of four fonts, the 20-times book 290).
The union must draw every glyph every part draws as the part's own program drew it:
checked outline by outline (components resolved) against parts laid out by WeasyPrint.
"""
from __future__ import annotations

import io

import pikepdf
import pytest
from fontTools.pens.recordingPen import DecomposingRecordingPen
from fontTools.ttLib import TTFont

from triglot.print import fontmerge


def programs(pdf) -> dict[str, set]:
    """Font name (without its subset tag) -> the FontFile2 streams its fonts point at."""
    found: dict[str, set] = {}
    for obj in pdf.objects:
        if isinstance(obj, pikepdf.Dictionary) and obj.get("/Type") == pikepdf.Name("/FontDescriptor"):
            name = str(obj.FontName)
            found.setdefault(name.split("+", 1)[-1], set()).add((obj.FontFile2.objgen, name.split("+")[0]))
    return found


def test_each_font_is_embedded_once_in_every_book(print_real):
    _, books = print_real
    for book in books.values():
        with pikepdf.open(book.path) as pdf:
            found = programs(pdf)
        assert {"DejaVu-Serif", "DejaVu-Serif-Bold", "DejaVu-Serif-Italic"} <= set(found), found
        assert all(len(streams) == 1 for streams in found.values()), (book.path.name, found)


def drawn(program: bytes, gids) -> dict[int, tuple]:
    """Each glyph id's outline (components drawn in place) and advance in a TrueType program."""
    font = TTFont(io.BytesIO(program))
    order, glyphs = font.getGlyphOrder(), font.getGlyphSet()
    out = {}
    for gid in gids:
        if gid >= len(order):
            out[gid] = None
            continue
        pen = DecomposingRecordingPen(glyphs)
        glyphs[order[gid]].draw(pen)
        out[gid] = (tuple(pen.value), font["hmtx"][order[gid]][0])
    return out



def test_every_book_glyph_is_drawn_as_its_part_drew_it(print_real):
    """Against the real books: every glyph a page gives a width is in its program, with an advance
    within a unit of that width (PDF/A asks the two to agree)."""
    _, books = print_real
    for book in books.values():
        with pikepdf.open(book.path) as pdf:
            for program, fonts in fontmerge.programs_of(pdf).items():
                data = pdf.get_object(program).read_bytes()
                font = TTFont(io.BytesIO(data))
                upem, order = font["head"].unitsPerEm, font.getGlyphOrder()
                for f in fonts:
                    for cid, width in fontmerge.read_widths(f.DescendantFonts[0].W).items():
                        assert cid < len(order), (book.path.name, str(f.BaseFont), cid)
                        advance = font["hmtx"][order[cid]][0] * 1000 / upem
                        assert abs(advance - width) <= 1, (book.path.name, str(f.BaseFont), cid, advance, width)


# Two parts' words: the first draws Armenian (high glyph ids: the breve of "й", glyph 3295 in
# DejaVu Serif Bold, lies below its highest and keeps its id), the second only Latin and Cyrillic
# (the breve lies above its highest id and is renumbered, to an id the first part draws as
# another glyph). The third draws the em dash at the id the second gave the breve. The space and
# the no-break space are one glyph at two ids (the union once left the second without its advance).
PARTS = ["<b>й Հայաստան ﬁ</b> <i>й Երևան</i>", "<b>й — ab</b> <i>й x</i> a\u00a0b c", "<b>—– “quoted” й</b>"]


def test_the_union_of_parts_draws_every_glyph_as_each_part_did(tmp_path):
    from weasyprint import HTML

    from triglot.print.pdfwriter import Writer
    parts = []
    for i, text in enumerate(PARTS):
        path = tmp_path / f"part-{i}.pdf"
        HTML(string=f'<p style="font-family: DejaVu Serif">{text}</p>').write_pdf(str(path))
        parts.append(pikepdf.open(path))
    merger = fontmerge.FontMerger(Writer(io.BytesIO()))
    redirects = [merger.take(pdf) for pdf in parts]
    assert merger.kept_apart == 0 and all(redirects)
    unions = {}
    for union in merger.unions.values():
        unions[union.number] = fontmerge.union_program(union)
    renumbered = 0
    for pdf, redirect in zip(parts, redirects):
        for program, fonts in fontmerge.programs_of(pdf).items():
            own = pdf.get_object(program).read_bytes()
            cids = sorted({cid for f in fonts for cid in fontmerge.read_widths(f.DescendantFonts[0].W)})
            assert drawn(unions[redirect[program]], cids) == drawn(own, cids), str(fonts[0].BaseFont)
            renumbered += any(gid > max(cids) for gid in fontmerge.read_glyphs(own)[1])
    assert renumbered          # some part's program holds a component above the ids it draws


def test_a_program_that_contradicts_its_union_keeps_its_own_and_a_tag_of_its_own(tmp_path):
    """A font of the same name from another file (here: a part's program whose outline of one
    drawn glyph differs) is not merged into the union, and is named apart (ISO 32000-1, 9.6.4)."""
    from weasyprint import HTML

    from triglot.print.pdfwriter import Writer
    paths = []
    for i, style in enumerate(["font-family: DejaVu Serif", "font-family: DejaVu Serif"]):
        path = tmp_path / f"part-{i}.pdf"
        HTML(string=f'<p style="{style}">ab</p>').write_pdf(str(path))
        paths.append(path)
    first, second = pikepdf.open(paths[0]), pikepdf.open(paths[1])
    merger = fontmerge.FontMerger(Writer(io.BytesIO()))
    assert merger.take(first)
    # the second part's "a" drawn from another font's outline of the same id
    (program, fonts), = fontmerge.programs_of(second).items()
    stream = second.get_object(program)
    font = TTFont(io.BytesIO(stream.read_bytes()))
    order = font.getGlyphOrder()
    a = max(fontmerge.read_widths(fonts[0].DescendantFonts[0].W))
    font["glyf"][order[a]] = font["glyf"][order[a - 1]]
    out = io.BytesIO()
    font.save(out)
    stream.write(out.getvalue())
    before = str(fonts[0].BaseFont)
    assert merger.take(second) == {}
    assert merger.kept_apart == 1 and str(fonts[0].BaseFont) != before
    assert str(fonts[0].BaseFont).split("+")[1] == before.split("+")[1]


@pytest.mark.parametrize("flags", [0x21, 0x28, 0x60, 0xA0])
def test_component_ids_are_read_past_every_argument_and_transform(flags):
    """A composite's component ids are found after word or byte arguments and each kind of scale."""
    import struct
    extra = {0x28: 2, 0x60: 4, 0xA0: 8}.get(flags, 0)
    args = 4 if flags & 1 else 2
    first = struct.pack(">HH", flags, 7) + b"\0" * (args + extra)
    last = struct.pack(">HH", 0, 9) + b"\0" * 2
    outline = struct.pack(">hhhhh", -1, 0, 0, 10, 10) + first + last
    assert fontmerge.component_ids(outline) == [(12, 7), (12 + len(first), 9)]
