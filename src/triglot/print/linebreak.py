"""Trailing spaces hang at a line's end in WeasyPrint 70, as Pango and CSS Text 3 hang them.

The fault (#17; upstream, the family of Kozea/WeasyPrint #1614): print.xsl wraps every
name in an inline anchor, so the text before a name is a text box of its own that ends
in a space ("… credit needs " before `<span id="ix.…">Russia</span>`). WeasyPrint lays a
text box out with `text.line_break.split_first_line`, whose step 2 keeps the box on one
line only if the width of Pango's first line, trailing space included, fits. When the
words fit and the space after them does not (a window as wide as a space, about 3 px at
9 pt), that test fails although Pango itself put all the text on one line; the function
then takes the line as unbreakable ("the line can't be split earlier"), starts again from
an empty first line and keeps only the first word. The paragraph's first line is "Cable"
and the rest goes on below. Without the anchor the same words are the middle of a longer
text box, Pango breaks after "needs " and the space hangs: nothing goes wrong. So any
inline element after a space can cause it (italics, a note call), an anchor most often.

What was tried in the markup instead (tests/test_print_first_line.py's cases, swept):
an empty anchor or a word joiner before the name's first letter leaves the text before
it ending in a space, and broke more widths, not fewer; the anchor as an inline-block is
no different; the space moved inside the anchor mends the line, but where the line breaks
at that space the anchor's first fragment is left at the end of the line before (its
page is the index's page: at a page's foot the index would point at the page before the
name); an empty anchor after the name (tried in session 12) moved index pages and broke
a passage's extracted text. The box itself is right; its measurement is what is wrong.

So, while a part is laid out (`trailing_spaces_hang`), `split_first_line` as the inline
layout calls it is wrapped: when WeasyPrint split a text box that ends in collapsible
spaces (`white-space: normal`, a width to fit in) and the same text without those spaces
is one line of Pango's within the width, the box is returned whole, on one line, exactly
as step 2 returns a box that fits. Nothing else changes: every other call gets
WeasyPrint's own result, and the markup (anchors, tags, extracted text) is untouched.
It is safe because it only restores what WeasyPrint already does for a box whose
trailing space happens to fit: the line box then measures the overflow without the
trailing space (`trailing_whitespace_size`), breaks at the space before the next box and
removes the space at the line's end (`remove_last_whitespace`). Removed after the layout.
"""
from __future__ import annotations

from contextlib import contextmanager
from math import inf

from triglot.print.patching import replaced


def _hanging(original):
    from weasyprint.text.line_break import create_layout, first_line_metrics, line_size

    def one_line(words, style, context, max_width, justification_spacing) -> bool:
        """Whether Pango lays `words` out as one line within `max_width`."""
        probe = create_layout(words, style, context, max_width, justification_spacing)
        line, second = probe.get_first_line()
        fits = second is None and line_size(line, style)[0] <= max_width
        probe.deactivate()
        return fits

    def split_first_line(text, style, context, max_width, justification_spacing,
                         is_line_start=True, minimum=False):
        result = original(text, style, context, max_width, justification_spacing,
                          is_line_start=is_line_start, minimum=minimum)
        if (result[2] is None or max_width is None or max_width == inf
                or style["white_space"] != "normal" or not text.endswith(" ")):
            return result
        words = text.rstrip(" ")
        if not words:
            return result
        head = _head(words, style, max_width)
        if head and not one_line(head, style, context, max_width, justification_spacing):
            return result           # its first words alone take more than the line
        if not one_line(words, style, context, max_width, justification_spacing):
            return result
        layout = create_layout(text, style, context, max_width, justification_spacing)
        line, second = layout.get_first_line()
        if second is not None:          # Pango would not hang the spaces: keep WeasyPrint's
            layout.deactivate()
            return result
        return first_line_metrics(line, text, layout, None, True, style)

    return split_first_line


# Characters per em of the line's width beyond which a text is sure to be longer than the line
# (WeasyPrint's own `split_first_line` takes as many for its first try).
HEAD_RATIO = 4


def _head(words: str, style, max_width: float) -> str:
    """The first words of `words`, up to a space, if `words` is much longer than a line could hold
    ("" if not): those words alone are laid out first, and if they are more than a line, so is
    `words`, whose width is theirs and more.

    The check of whether a box's words fit the line (`_hanging`) laid out the whole box with Pango,
    and a box runs from one name to the next, often a paragraph: nearly every split box was
    checked (76,620 in the 20 times en-ru book, 760 of them kept whole), each a layout of the
    whole rest of its paragraph, so a paragraph's checks grew with the square of its length
    (1,655 characters for its first line, 1,601 for its second, …: tests/test_print_first_line.py);
    9.7 of the book's 376 CPU-s under cProfile, Pango's time, which the profiler does not swell."""
    size = style["font_size"]
    if not size:
        return ""
    limit = int(max_width / size * HEAD_RATIO)
    if len(words) <= limit:
        return ""
    return words[:max(words.rfind(" ", 0, limit), 0)].rstrip(" ")


@contextmanager
def trailing_spaces_hang():
    """While active, a text box that fits but for its trailing spaces stays on one line."""
    from weasyprint.layout import inline
    with replaced(inline, "split_first_line", _hanging):
        yield
