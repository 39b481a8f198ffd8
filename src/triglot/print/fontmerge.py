"""One embedded program per font in a joined book, instead of one per part.

Each part (print.parts) is written by WeasyPrint with its own subset of every font it
uses, all named alike ("BAWKYD+DejaVu-Serif": WeasyPrint's tag is a hash of the font's
description, not of the subset), and the join kept them all: the 20-times book carried
290 font programs, DejaVu Serif 86 times; and a PDF may not give different subsets one
tag (ISO 32000-1, 9.6.4).

Why a union of the subsets is sound without touching the text. WeasyPrint writes
CIDFontType2 fonts with an /Identity CIDToGIDMap, so a glyph id in a content stream is a
glyph id of the program; and it subsets with HarfBuzz in two passes (weasyprint.pdf.fonts):
the first retains glyph ids, the second keeps every id up to the highest the part draws
and renumbers only what lies above it, the components of composite glyphs (a breve that
"й" is made of was glyph 3295 in one part and 1923 in another, where 1923 is the em dash
another part draws). So each id up to that bound (`direct`) is the original font's in
every part, and a component above it is known by its content. The union program holds
every part's direct glyphs at their ids (a glyph drawn in two parts must be the same
outline and metrics in both, compared with its components by content), and each
component once, at an id of its own above them, the composites' references rewritten.

Only the font program is shared: each part keeps its own font dictionaries, widths (/W)
and ToUnicode, exactly as its content streams were laid out and its text written (a
glyph's width differs by a unit between parts, rounded at different sizes). A program
that contradicts its union is kept as it was, under a subset tag of its own.
"""
from __future__ import annotations

import hashlib
import io
import struct
from dataclasses import dataclass, field

# Composite glyph flags (OpenType glyf table).
ARGS_ARE_WORDS, HAVE_SCALE, MORE_COMPONENTS, HAVE_XY_SCALE, HAVE_2X2 = 0x1, 0x8, 0x20, 0x40, 0x80
# OpenType layout and device tables name glyphs of the part's order: left out of the union,
# which a PDF viewer draws from glyf, loca and hmtx alone (and WeasyPrint positioned every glyph).
LAYOUT_TABLES = ("GDEF", "GSUB", "GPOS", "MATH", "BASE", "JSTF", "kern", "hdmx", "LTSH", "VDMX")


@dataclass
class Glyph:
    data: bytes                       # as in the part (a composite's component ids are the part's)
    advance: int
    lsb: int
    components: list                  # (byte offset of a component's id, that component's key)


@dataclass
class Program:
    direct: dict                      # glyph id -> key: ids the part's content may draw
    glyphs: dict                      # key -> Glyph, for the direct glyphs and their components


def read_glyphs(data: bytes) -> tuple[int, dict]:
    """(number of glyph ids, glyph id -> (outline, advance, lsb)) of a TrueType program, for
    the glyphs it keeps (a dropped glyph has neither outline nor advance; a space has an advance)."""
    from fontTools.ttLib import TTFont
    reader = TTFont(io.BytesIO(data), lazy=True).reader
    long_loca = struct.unpack(">h", reader["head"][50:52])[0] == 1
    count = struct.unpack(">H", reader["maxp"][4:6])[0]
    metrics = struct.unpack(">H", reader["hhea"][34:36])[0]
    size = 4 if long_loca else 2
    loca = struct.unpack(">%d%s" % (count + 1, "I" if long_loca else "H"), reader["loca"][:(count + 1) * size])
    offsets = loca if long_loca else [2 * x for x in loca]
    glyf, hmtx = reader["glyf"], reader["hmtx"]
    kept = {}
    for gid in range(count):
        if gid < metrics:
            advance, lsb = struct.unpack_from(">Hh", hmtx, 4 * gid)
        else:
            advance = struct.unpack_from(">H", hmtx, 4 * (metrics - 1))[0]
            lsb = struct.unpack_from(">h", hmtx, 4 * metrics + 2 * (gid - metrics))[0]
        outline = bytes(glyf[offsets[gid]:offsets[gid + 1]])
        if outline or advance:
            kept[gid] = (outline, advance, lsb)
    return count, kept


def component_ids(outline: bytes) -> list[tuple[int, int]]:
    """(byte offset, glyph id) of each component of a composite glyph; [] for a simple one."""
    if len(outline) < 10 or struct.unpack_from(">h", outline, 0)[0] >= 0:
        return []
    found, at = [], 10
    while True:
        flags, gid = struct.unpack_from(">HH", outline, at)
        found.append((at + 2, gid))
        at += 4 + (4 if flags & ARGS_ARE_WORDS else 2)
        at += 2 if flags & HAVE_SCALE else 4 if flags & HAVE_XY_SCALE else 8 if flags & HAVE_2X2 else 0
        if not flags & MORE_COMPONENTS:
            return found


def read_program(data: bytes, bound: int) -> Program:
    """The program's glyphs by content: glyph ids up to `bound` (the highest the part's fonts
    give a width or text) are direct; a component above it is known only by its key."""
    _, kept = read_glyphs(data)
    glyphs: dict[bytes, Glyph] = {}
    keys: dict[int, bytes] = {}

    def key(gid: int, depth: int = 0) -> bytes:
        if gid in keys:
            return keys[gid]
        if depth > 16 or gid not in kept:
            raise ValueError(f"glyph {gid}: component missing or nested too deep")
        outline, advance, lsb = kept[gid]
        components = [(at, key(component, depth + 1)) for at, component in component_ids(outline)]
        blank = bytearray(outline)
        for at, _ in components:
            blank[at:at + 2] = b"\0\0"
        digest = hashlib.sha256(b"%d %d " % (advance, lsb) + bytes(blank) + b"".join(k for _, k in components))
        keys[gid] = digest.digest()
        glyphs.setdefault(keys[gid], Glyph(outline, advance, lsb, components))
        return keys[gid]

    direct = {gid: key(gid) for gid in kept if gid <= bound}
    return Program(direct, glyphs)


@dataclass
class Union:
    """The book's one program of a font name, as the parts are read."""
    number: int                       # its object in the book
    template: bytes                   # a part's program: the tables other than the glyphs
    template_direct: dict             # its direct glyphs (its cmap names them)
    direct: dict = field(default_factory=dict)
    glyphs: dict = field(default_factory=dict)
    parts: int = 0


class FontMerger:
    """The font programs of every part of a book, merged by font name as the parts are copied (print.join)."""

    def __init__(self, writer):
        self.writer = writer
        self.unions: dict[str, Union] = {}
        self.programs = self.kept_apart = 0      # programs read; of them, kept as they were

    def take(self, src) -> dict[tuple[int, int], int]:
        """The part's font programs that join the book's: objgen -> the book's object number
        (for the part's Copier, which then never copies the part's own program)."""
        redirect = {}
        for program, fonts in programs_of(src).items():
            stream = src.get_object(program)
            name = str(fonts[0].BaseFont)
            bound = max((cid for font in fonts for cid in used_ids(font)), default=-1)
            self.programs += 1
            number = self.merge(name, stream.read_bytes(), bound)
            if number is None:
                self.kept_apart += 1
                rename(fonts, stream.read_bytes())
            else:
                redirect[program] = number
        return redirect

    def merge(self, name: str, data: bytes, bound: int) -> int | None:
        try:
            program = read_program(data, bound)
        except (ValueError, KeyError, struct.error):
            return None
        union = self.unions.get(name)
        if union is None:
            union = self.unions[name] = Union(self.writer.reserve(), data, program.direct)
        if any(union.direct.get(gid, key) != key for gid, key in program.direct.items()):
            return None
        union.direct.update(program.direct)
        for key, glyph in program.glyphs.items():
            union.glyphs.setdefault(key, glyph)
        union.parts += 1
        return union.number

    def finish(self) -> None:
        for union in self.unions.values():
            if union.parts:
                program = union_program(union)
                self.writer.write_stream(union.number, b"<< /Length1 %d >>" % len(program), program)
            else:                       # reserved, but its only program was kept apart
                self.writer.write(union.number, b"null")


def programs_of(src) -> dict[tuple[int, int], list]:
    """The TrueType programs of the part's Type0 fonts (on its pages and in their forms):
    program objgen -> the fonts that use it (WeasyPrint gives one program to several sizes)."""
    import pikepdf
    seen: set = set()
    found: dict = {}

    def visit(resources):
        if not isinstance(resources, pikepdf.Dictionary):
            return
        for font in resources.get("/Font", {}).values():
            if not font.is_indirect or font.objgen in seen:
                continue
            seen.add(font.objgen)
            program = truetype_program(font)
            if program is not None:
                found.setdefault(program.objgen, []).append(font)
        for xobject in resources.get("/XObject", {}).values():
            if xobject.is_indirect and xobject.objgen not in seen and xobject.get("/Subtype") == pikepdf.Name("/Form"):
                seen.add(xobject.objgen)
                visit(xobject.get("/Resources"))

    for page in src.pages:
        visit(page.obj.get("/Resources"))
    return found


def truetype_program(font):
    """The FontFile2 of a Type0 font whose CIDs are glyph ids (Identity-H, /Identity), else None."""
    import pikepdf
    try:
        if font.get("/Subtype") != pikepdf.Name("/Type0") or font.get("/Encoding") != pikepdf.Name("/Identity-H"):
            return None
        cid = font.DescendantFonts[0]
        descriptor = cid.FontDescriptor
        if cid.get("/CIDToGIDMap") != pikepdf.Name("/Identity") or "/CIDSet" in descriptor:
            return None          # a CIDSet lists the subset's glyphs: it would have to be the union's
        program = descriptor.get("/FontFile2")
        return program if program is not None and program.is_indirect else None
    except (AttributeError, IndexError, KeyError, TypeError):
        return None


def used_ids(font) -> list[int]:
    """The glyph ids a font gives widths (every glyph its content draws) and text for."""
    import re
    ids = list(read_widths(font.DescendantFonts[0].get("/W", [])))
    if "/ToUnicode" in font:
        ids += [int(code, 16) for code in re.findall(rb"<([0-9A-Fa-f]{4})>\s*<", font.ToUnicode.read_bytes())]
    return ids


def read_widths(array) -> dict[int, float]:
    """A /W array (runs `first [w w …]` and ranges `first last w`) as CID -> width."""
    items, widths, i = list(array), {}, 0
    while i < len(items):
        first = int(items[i])
        if hasattr(items[i + 1], "__len__"):
            for k, width in enumerate(items[i + 1]):
                widths[first + k] = float(width)
            i += 2
        else:
            for cid in range(first, int(items[i + 1]) + 1):
                widths[cid] = float(items[i + 2])
            i += 3
    return widths


def rename(fonts, data: bytes) -> None:
    """A program kept apart: its fonts named with a subset tag of its own (from its bytes)."""
    import pikepdf
    tag = "".join(chr(65 + b % 26) for b in hashlib.md5(data).digest()[:6])
    for font in fonts:
        name = str(font.BaseFont)[1:]
        renamed = pikepdf.Name("/" + tag + "+" + name.split("+", 1)[-1])
        font.BaseFont = renamed
        font.DescendantFonts[0].BaseFont = renamed
        font.DescendantFonts[0].FontDescriptor.FontName = renamed


def union_program(union: Union) -> bytes:
    """The template's tables with the union's glyphs: each direct glyph at its id, each other
    component at an id above them, composites pointing at their components' ids."""
    from fontTools.ttLib import TTFont
    from fontTools.ttLib.tables._g_l_y_f import Glyph as TTGlyph
    ids = {}
    for gid in sorted(union.direct):
        ids.setdefault(union.direct[gid], gid)
    next_id = max(union.direct, default=0) + 1
    todo = [union.direct[gid] for gid in sorted(union.direct)]
    while todo:                                  # components of components, in a stable order
        glyph = union.glyphs[todo.pop(0)]
        for _, key in glyph.components:
            if key not in ids:
                ids[key], next_id = next_id, next_id + 1
                todo.append(key)
    # the glyphs as the parts have them, their bounding boxes too: a renderer places an outline by
    # its left side bearing less its box's left edge, and fontTools' recomputed boxes moved some by
    # a unit; no new timestamp: two joins of the same parts give the same file
    font = TTFont(io.BytesIO(union.template), recalcBBoxes=False, recalcTimestamp=False)
    old_ids = {name: gid for gid, name in enumerate(font.getGlyphOrder())}
    for tag in ("cmap", "glyf", "hmtx", "head", "hhea", "maxp", "post", "OS/2", "name"):
        if tag in font:
            font[tag]               # read with the template's glyph order, before it changes
    for tag in LAYOUT_TABLES:
        if tag in font:
            del font[tag]
    at = {gid: key for key, gid in ids.items()}
    at.update(union.direct)         # every direct id keeps its glyph, even one drawn alike at another id
    count = max(at) + 1
    order = [".notdef"] + [f"glyph{i:05d}" for i in range(1, count)]
    glyf, hmtx = font["glyf"], font["hmtx"]
    glyf.glyphs, glyf.glyphOrder, hmtx.metrics = {}, order, {}
    for gid, name in enumerate(order):
        key = at.get(gid)
        if key is None:
            glyf.glyphs[name], hmtx.metrics[name] = TTGlyph(), (0, 0)
            continue
        glyph = union.glyphs[key]
        outline = bytearray(glyph.data)
        for offset, component in glyph.components:
            struct.pack_into(">H", outline, offset, ids[component])
        glyf.glyphs[name] = TTGlyph(bytes(outline))
        hmtx.metrics[name] = (glyph.advance, glyph.lsb)
    if "cmap" in font:                           # the template's characters, at their glyphs' new names
        for table in font["cmap"].tables:
            table.cmap = {cp: order[old_ids[name]] for cp, name in table.cmap.items()
                          if old_ids[name] in union.template_direct
                          and union.template_direct[old_ids[name]] == at.get(old_ids[name])}
    if "post" in font:
        font["post"].formatType = 3.0            # no glyph names: the order is ids only
    font.setGlyphOrder(order)
    font["maxp"].recalc(font)       # the largest glyph's points and contours, the font's box, from the glyphs' own
    font["hhea"].recalc(font)
    out = io.BytesIO()
    font.save(out)
    return out.getvalue()
