"""What each line of a part ended with in the text, kept so that the PDF's readers get the words back (#17).

WeasyPrint 70 draws a line without the space it broke at and a hyphenated word with the
hyphen it added, and tags each line (each text box) as marked content of its own. Whoever
reads the text from the tags (a screen reader, a library's indexer of tagged PDF) joined the
lines with nothing between them: "on the" + "disputed" read "on thedisputed", a word broken
"колон-" + "ки" read "колон-ки", a contents row's cells "…1920)" + "Чичерин" + "11" ran
together ("Chicherin11", "19183 марта": hostile round 27). Once the part is laid out nobody
knows any more which line ended at a space and which hyphen the line breaking added: the
PDF has lost exactly that. So it is kept while the part is laid out (`line_ends_recorded`),
as a mark on the text box that ends each line:

- SPACE: the line broke at white space (dropped from the line);
- HYPHEN: the line breaking hyphenated the word (the hyphen is not the text's);
- END: the last line of its block (a paragraph, a cell, a line of a cell);
- NONE: the line broke where the text has no space (after a dash, a slash, a hyphen of the
  text, inside a word too long for the line).

and read when the part is written (`line_ends_written`):

1. The structure element of every text box whose reading differs from its glyphs (a box of
   spaces alone, "РСФСР" <space> "Г. Чичерина", which WeasyPrint does not draw, included) gets
   `/ActualText` (PDF 1.7, 14.9.4; PDF Reference 1.7, 10.8.3): the line's text with the space
   it broke at (or, at a block's end, a space between it and the next block: the spec asks
   a tagged PDF to carry the spaces that separate words, 10.7.1 "a space … is still needed
   even if a word break happens to fall at the end of a show string"), without the line
   breaking's hyphen; a link, whose marked content is its own, gets its whole text. The last
   line of a block's part on a page, whose rest is overleaf, reads as printed (a hyphen kept)
   with a space: the tags go on with the page's other columns before that rest, as pdftotext
   does. This touches no page content: session 22 drew the space instead (a span at 0.01 pt),
   which changed the space glyph's width in the fonts and put a span between a link and its
   element (reverted, e0e7be5).
2. A hyphen of the text that ends a line (a compound's: "армяно-|турецкая") is drawn inside
   a marked-content span whose /ActualText is U+2010 HYPHEN. poppler (pdftotext, viewers'
   copy and search) takes a hyphen-minus at a line's end for the line breaking's, drops it
   and joins the lines ("армянотурецкая": 18 to 29 compounds a book), while it keeps U+2010
   ("армяно‐" then "турецкая" on the next line). A hyphen set apart by spaces as a dash ("its
   outpost - Azerbaijan") was dropped too ("outpost Azerbaijan"): its span says "- ", which
   poppler keeps. The glyph, its font and its place are the same; the hyphens the line
   breaking adds stay hyphen-minus, which poppler joins away. The element of that line gets
   the hyphen-minus back in its /ActualText. pdfplumber (pdfminer) does not stack marked
   content: it gives the hyphen in the span no MCID, as it gives the page's artifacts.
"""
from __future__ import annotations

import re
import unicodedata
from contextlib import contextmanager
from threading import Lock

from triglot.print.patching import replaced

SPACE, HYPHEN, END, NONE = "space", "hyphen", "end", "none"
MARK = "_triglot_line_end"
BROKEN = "_triglot_block_goes_on"      # the last line of a block's part on a page or in a column
# On a text box, as its tags are written: its reading and the ActualText it needs (`_read`).
READ = "_triglot_reading"
SPLIT_FROM = "_triglot_split_from"     # a hyphenated line's (text box's text, byte it began at, the box): print.pagefoot
# What poppler keeps of a hyphen-minus of the text that ends a line (see 2. above), as a PDF
# text string: a compound's is U+2010; one set apart by spaces ("its outpost - Azerbaijan", a
# dash typed as a hyphen) is itself with its space, which poppler keeps too ("- ").
KEPT = {NONE: b"<FEFF2010>", SPACE: b"<FEFF002D0020>"}
JOIN_CONTROLS = frozenset("\u200c\u200d")
_LOCK = Lock()


class _Undrawn(dict):
    """str.translate's table for `drawn`: a code point to itself, or to None where WeasyPrint draws
    nothing for it, each character's category looked up once, as it first comes. Before, every
    character of every reading was looked up in a generator: 2.9 times the CPU (the 7,550 texts,
    127,000 characters, that moscow1921's en-ru-hy part gives it: 0.021 -> 0.0074 CPU-s; session 35)."""

    def __missing__(self, code: int):
        character = chr(code)
        value = code if character in JOIN_CONTROLS or unicodedata.category(character) != "Cf" else None
        self[code] = value
        return value


_UNDRAWN = _Undrawn()


def drawn(text: str) -> str:
    """The characters of a text box that its glyphs carry: WeasyPrint draws nothing, and so
    writes no text, for format characters (a word joiner, a soft hyphen inside a word) but
    the join controls print.invisible keeps."""
    return text.translate(_UNDRAWN)


def glyph_text(box) -> str:
    """What the text layer holds for the box: WeasyPrint draws no box of spaces alone (the
    space between two names, "РСФСР" <space> "Г. Чичерина", is a box of its own)."""
    return drawn(box.text) if box.text.strip() else ""


def reading(box) -> str:
    """The box's text as a reader of the tags should get it: its glyphs' text, without the
    hyphen the line breaking added, with the space the line broke at or that ends its block."""
    return _reading(box, drawn(box.text))


def _reading(box, text: str) -> str:
    """`reading`, the box's glyphs' text (`drawn`) given."""
    mark = getattr(box, MARK, None)
    if getattr(box, BROKEN, False):     # the block goes on overleaf, after other text: as printed
        return text if not text or text[-1].isspace() else text + " "
    if mark == HYPHEN:
        hyphen = box.style["hyphenate_character"]
        return text[:-len(hyphen)] if hyphen and text.endswith(hyphen) else text
    if mark in (SPACE, END) and text and not text[-1].isspace():
        return text + " "
    return text


def keeps_hyphen(box) -> bool:
    """Whether the box ends its line with a hyphen of the text (given to poppler as KEPT)."""
    return getattr(box, MARK, None) in KEPT and box.text.endswith("-")


def needs_actual_text(box) -> bool:
    return _read(box)[1] is not None


def _read(box) -> tuple[str, str | None]:
    """The box's reading, and it again where it differs from its glyphs' text (or keeps a hyphen),
    else None; made once a box as its tags are written (READ) from its characters drawn once.
    `give_actual_text` meets a box as its element's own content and as its parent's kid, and read
    it so up to four times each (`reading` three times, `glyph_text` once more; the en-ru book's
    body 21,000 texts for 4,151 elements, session 35). The marks it reads are all set by then: a
    block's last line is marked going on (`mark_block_going_on`) before its elements are built."""
    done = getattr(box, READ, None)
    if done is None:
        text = drawn(box.text)
        read = _reading(box, text)
        done = (read, read if read != (text if box.text.strip() else "") or keeps_hyphen(box) else None)
        setattr(box, READ, done)
    return done


# ---------------------------------------------------------------- while a part is laid out

def _last_text_box(line):
    """The last text box of a line with something in it, in the text's order."""
    from weasyprint.formatting_structure import boxes
    for child in reversed(getattr(line, "children", ())):
        if isinstance(child, boxes.TextBox):
            if child.text:
                return child
        elif isinstance(child, boxes.InlineBox):
            found = _last_text_box(child)
            if found is not None:
                return found
        else:
            return None             # an atomic inline (an image, an inline block) ends the line
    return None


def _splitting(original):
    """split_text_box, marking a box split at a line's end with how it was split."""
    def split_text_box(context, box, available_width, skip, *args, **kwargs):
        new_box, resume, preserved = original(context, box, available_width, skip, *args, **kwargs)
        if new_box is not None and resume is not None:
            source = box.text.encode()[skip or 0:]
            shown = new_box.text.encode()
            at = resume - (skip or 0)
            if at < len(shown):             # resumes inside what was drawn: the added hyphen
                mark = HYPHEN
                # the box itself too (its id: a part's layouts share one box tree, print.repagination):
                # footnotes cut a paragraph into text boxes, and two of the same text were one line's name
                setattr(new_box, SPLIT_FROM, (box.text, skip or 0, id(box)))
            elif preserved or source[len(shown):at].strip() == b"" and at > len(shown):
                mark = SPACE
            else:
                mark = NONE
            setattr(new_box, MARK, mark)
        return new_box, resume, preserved
    return split_text_box


def _whitespace_removed(original):
    """remove_last_whitespace, marking the box whose trailing space it dropped."""
    def remove_last_whitespace(context, line):
        box = _last_text_box(line)
        spaced = box is not None and box.text.endswith(" ")
        original(context, line)
        if spaced:
            box = _last_text_box(line)      # the one before, if the space was a box of its own
            if box is not None and getattr(box, MARK, None) is None:
                setattr(box, MARK, SPACE)
    return remove_last_whitespace


def _character_before(box, skip_stack) -> str:
    """The character of `box`'s text just before `skip_stack` (WeasyPrint's resume point of a
    line: {child index: {…}}, a text box's index in UTF-8 bytes), or "" if there is none."""
    index, rest = (0, None) if skip_stack is None else next(iter(skip_stack.items()))
    text = getattr(box, "text", None)
    if text is not None:
        return text.encode()[:index].decode("utf-8", "ignore")[-1:]
    children = getattr(box, "children", ())
    if index < len(children):
        found = _character_before(children[index], rest)
        if found:
            return found
    for child in reversed(children[:index]):
        found = _last_character(child)
        if found:
            return found
    return ""


def _last_character(box) -> str:
    text = getattr(box, "text", None)
    if text is not None:
        return text[-1:]
    for child in reversed(getattr(box, "children", ())):
        found = _last_character(child)
        if found:
            return found
    return ""


def _lines(original):
    """get_next_linebox, marking the last box of a line that neither a split nor a dropped
    space marked: the block's end, a break at the space that begins the next box (the line
    resumes after it), or a break between boxes where the text has no space."""
    def get_next_linebox(context, linebox, position_y, bottom_space, skip_stack, *args, **kwargs):
        line, resume_at = original(context, linebox, position_y, bottom_space, skip_stack, *args, **kwargs)
        box = _last_text_box(line) if line is not None else None
        if box is not None and getattr(box, MARK, None) is None:
            if resume_at is None:
                mark = END
            else:
                mark = SPACE if _character_before(linebox, resume_at).isspace() else NONE
            setattr(box, MARK, mark)
        return line, resume_at
    return get_next_linebox


@contextmanager
def line_ends_recorded():
    """While active, the text box that ends each line laid out carries how the line ended."""
    from weasyprint.layout import inline
    with replaced(inline, "split_text_box", _splitting), \
            replaced(inline, "remove_last_whitespace", _whitespace_removed), \
            replaced(inline, "get_next_linebox", _lines):
        yield


# ---------------------------------------------------------------- while a part is written

def mark_block_going_on(box) -> None:
    """If the last line of this block box (its part on a page) does not end the block (the
    rest is on the next page or column), its last text box reads as printed, hyphen kept,
    with a space after it: the tags go on with the other columns and the page's other text
    before the block's rest, as pdftotext keeps the hyphen of a word broken across pages."""
    from weasyprint.formatting_structure import boxes
    children = getattr(box, "children", None)
    if children and isinstance(children[-1], boxes.LineBox):
        last = _last_text_box(children[-1])
        if last is not None and getattr(last, MARK, None) in (HYPHEN, NONE):
            setattr(last, BROKEN, True)


SHOWN = re.compile(rb"^\[(.*)\] TJ$", re.DOTALL)
TOKEN = re.compile(rb"<([0-9a-f]*)>|(-?[\d.]+)")


def _glyphs(textbox) -> list[int]:
    """The glyph ids Pango draws for the box's line, in the order they are shown."""
    from weasyprint.text.ffi import ffi
    line, _ = textbox.pango_layout.get_first_line()
    run, found = line.runs, []
    while run != ffi.NULL:
        glyphs, run = run.data.glyphs, run.next
        found += [glyphs.glyphs[i].glyph for i in range(glyphs.num_glyphs)]
    return found


def _shown(items) -> bytes:
    """TJ operands from ("g", 4 hex digits) and ("n", number) items: a glyph run in one string."""
    out = b""
    for kind, value in items:
        out += (b"<" + value + b">" if kind == "g" else value)
    return out.replace(b"><", b"")


def _keeping_hyphen(original):
    """draw_first_line, with a line's final hyphen of the text in a span that poppler keeps."""
    def draw_first_line(stream, textbox, *args, **kwargs):
        result = original(stream, textbox, *args, **kwargs)
        text = textbox.pango_layout.text
        words = text.rstrip(" ")
        if not keeps_hyphen(textbox) or textbox.pango_layout.first_line_direction % 2 \
                or not words.endswith("-") or not stream.stream or not isinstance(stream.stream[-1], bytes):
            return result
        match = SHOWN.match(stream.stream[-1])
        if match is None:
            return result
        items = []
        for run, number in TOKEN.findall(match.group(1)):
            if number:
                items.append(("n", number))
            elif len(run) % 4 == 0:
                items += [("g", run[i:i + 4]) for i in range(0, len(run), 4)]
            else:
                return result           # not 16-bit glyph ids: left as WeasyPrint drew it
        glyph_items = [i for i, (kind, _) in enumerate(items) if kind == "g"]
        glyphs = _glyphs(textbox)
        back = len(text) - len(words) + 1       # the hyphen, then the spaces Pango still draws
        if len(glyph_items) != len(glyphs) or len(glyphs) < back:
            return result
        at = glyph_items[-back]
        if int(items[at][1], 16) != glyphs[-back]:
            return result
        upto = at + 1 + (at + 1 < len(items) and items[at + 1][0] == "n")
        before, hyphen, after = items[:at], items[at:upto], items[upto:]
        shown = [b"[" + _shown(before) + b"] TJ"] if before else []
        shown += [b"/Span <</ActualText " + KEPT[getattr(textbox, MARK)] + b">> BDC",
                  b"[" + _shown(hyphen) + b"] TJ", b"EMC"]
        shown += [b"[" + _shown(after) + b"] TJ"] if after else []
        stream.stream[-1:] = shown
        return result
    return draw_first_line


def give_actual_text(element, pdf, boxes_by_mcid: dict, resolve, pydyf, texts: dict) -> None:
    """/ActualText on the elements WeasyPrint made for the text boxes of `element` whose
    reading differs from their glyphs, and on `element` itself when its own marked content
    (a link's) does. `texts` keeps each element's reading by object number, for the links
    around them."""
    from weasyprint.formatting_structure import boxes

    def text_box(mcid):
        box = boxes_by_mcid.get(mcid)
        return box if isinstance(box, boxes.TextBox) else None

    own_boxes = []
    for ref in element["K"]:
        if isinstance(ref, int):
            box = text_box(ref)
            if box is not None:
                own_boxes.append(box)
            continue
        kid = resolve(ref, pdf)
        if kid is None or "S" not in kid:
            continue
        kids = kid["K"]
        if len(kids) == 1 and isinstance(kids[0], int):
            box = text_box(kids[0])
            read = _read(box)[1] if box is not None else None
            if read is not None:
                kid["ActualText"] = pydyf.String(read)
                texts[kid.number] = read
    if any(needs_actual_text(box) for box in own_boxes):
        # once: the element's whole reading was made twice, for the tag and for the links around it
        texts[element.number] = _element_text(element, pdf, boxes_by_mcid, resolve, texts)
        element["ActualText"] = pydyf.String(texts[element.number])


def _element_text(element, pdf, boxes_by_mcid, resolve, texts) -> str:
    """The reading of everything `element` holds, in order."""
    from weasyprint.formatting_structure import boxes
    out = []
    for ref in element["K"]:
        if isinstance(ref, int):
            box = boxes_by_mcid.get(ref)
            if isinstance(box, boxes.TextBox):
                out.append(_read(box)[0])
            continue
        kid = resolve(ref, pdf)
        if kid is None or "S" not in kid:
            continue                            # an annotation's reference
        if kid.number in texts:
            out.append(texts[kid.number])
        else:
            out.append(_element_text(kid, pdf, boxes_by_mcid, resolve, texts))
    return "".join(out)


@contextmanager
def line_ends_written():
    """While active, a line's final hyphen of the text is drawn as poppler keeps it (2. above)."""
    from weasyprint.draw import text
    with _LOCK, replaced(text, "draw_first_line", _keeping_hyphen):
        yield
