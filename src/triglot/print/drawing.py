"""Cheaper drawing in WeasyPrint's PDF output, for what the print edition draws on every page.

Measured on a body part of the edition (cProfile, 14 pages, 2026-12-03): a third of the
CPU time of a part went into writing the PDF, and two things in it grew with the pages:

- A draft passage's mark, a dotted rule on its left (print.css), was drawn by WeasyPrint's
  generic border path: a clipping path of one four-curve circle per dot, about 120 circles
  a passage. The curves were 65 % of the bytes of a page's content stream (232 of 359 KB on
  three pages), drawn, serialised and compressed on every page. WeasyPrint has a fast path
  (one stroked line with a dash array and round caps: each dash of length 0 is a dot) only
  for borders on all four sides; a border on one side, as here, is drawn the same way.
- pydyf compresses every stream at zlib level 9. On the streams of that part level 6 took
  0.6 s instead of 1.6 s for 1.2 % more bytes.

Both are installed while a part is written (`cheaper_drawing`), as print.tagging is, and
removed afterwards.
"""
from __future__ import annotations

import zlib as _zlib
from contextlib import contextmanager
from threading import Lock

_LOCK = Lock()
SIDES = ("top", "right", "bottom", "left")
ZLIB_LEVEL = 6


def _one_dotted_side(box):
    """The side of `box`'s border, when it is the only one drawn and is dotted or dashed
    with square corners and no border image (else None: WeasyPrint draws it)."""
    style = box.style
    if style["visibility"] != "visible" or style["border_image_source"][0] != "none":
        return None
    if style["column_width"] != "auto" or style["column_count"] != "auto":
        return None            # column rules are drawn with the border
    drawn = [side for side in SIDES if getattr(box, f"border_{side}_width")]
    if len(drawn) != 1 or style[f"border_{drawn[0]}_style"] not in ("dotted", "dashed"):
        return None
    if any(rx or ry for rx, ry in box.rounded_border_box()[4:]):
        return None
    return drawn[0]


def _draw_side(stream, box, side: str, get_color) -> None:
    """One border side as one stroked line with a dash array, as WeasyPrint's fast path
    draws each side of a four-sided dotted or dashed border (dots on both ends, the same
    spacing of two widths as its generic path)."""
    color = get_color(box.style, f"border_{side}_color")
    if not color.alpha:
        return
    style = box.style[f"border_{side}_style"]
    width = getattr(box, f"border_{side}_width")
    bbx, bby, bbw, bbh = box.rounded_border_box()[:4]
    half = width / 2
    inset = half if style == "dotted" else 0
    x1, y1, x2, y2, length = {
        "top": (bbx + inset, bby + half, bbx + bbw - inset, bby + half, bbw),
        "right": (bbx + bbw - half, bby + inset, bbx + bbw - half, bby + bbh - inset, bbh),
        "bottom": (bbx + inset, bby + bbh - half, bbx + bbw - inset, bby + bbh - half, bbw),
        "left": (bbx + half, bby + inset, bbx + half, bby + bbh - inset, bbh),
    }[side]
    if style == "dotted":
        count = max(2, int(length // (2 * width)) + 1)
        dash = [0, (length - width) / (count - 1)]
    else:
        count = int(length // (6 * width)) + 1
        dash = [length / (2 * count - 1)] * 2
    with stream.artifact(), stream.stacked():
        stream.set_color(color, stroke=True)
        stream.set_line_width(width)
        stream.set_line_cap(1 if style == "dotted" else 0)
        stream.set_dash(dash, 0)
        stream.move_to(x1, y1)
        stream.line_to(x2, y2)
        stream.stroke()


def _wrap_border(original, get_color):
    def draw_border(stream, box):
        side = _one_dotted_side(box)
        if side is None:
            return original(stream, box)
        _draw_side(stream, box, side, get_color)
    return draw_border


class _Zlib:
    """The zlib module as pydyf sees it: its level-9 compressor at ZLIB_LEVEL."""

    def __getattr__(self, name):
        return getattr(_zlib, name)

    @staticmethod
    def compressobj(level=-1, *args, **kwargs):
        return _zlib.compressobj(ZLIB_LEVEL, *args, **kwargs)


@contextmanager
def cheaper_drawing():
    """While active, WeasyPrint draws a one-sided dotted or dashed border as one dashed
    stroke and pydyf compresses streams at ZLIB_LEVEL."""
    import pydyf
    from weasyprint import draw
    from weasyprint.draw.color import get_color
    with _LOCK:
        border, compressor = draw.draw_border, pydyf.zlib
        draw.draw_border = _wrap_border(border, get_color)
        pydyf.zlib = _Zlib()
        try:
            yield
        finally:
            draw.draw_border, pydyf.zlib = border, compressor
