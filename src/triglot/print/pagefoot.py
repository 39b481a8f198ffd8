"""No word hyphenated across a page: the typesetters' rule, kept by laying a part out again (#17).

WeasyPrint hyphenates a line without knowing that it is the last of a page (or of a column
at a page's foot): a word was read "gov-" at one page's foot and "ernment" at the next
page's head, in print and in pdftotext, and a reader of the tags got it broken too (the
tags go on with the page's other columns before the word's rest, print.lineends). Session
24 counted 12 / 4 / 15 such words in the en-ru / en-hy / en-ru-hy books. Once a part is laid
out, print.lineends knows how each line ended, so the lines that end a page's part of a
block in a hyphenation are known (`broken_across`): each is named by the text box the line
breaking split and the byte where that line began in it, which are the same in another
layout of the same part up to that line (WeasyPrint lays a part out from its top, the same
input the same way). The part is then laid out again (`kept_whole`) with that one line
split as if its text had `hyphens: manual`: the line breaks at its last space instead, and
the word goes whole to the next line, which is the next page's first. Every other line,
the same word elsewhere included, is hyphenated as before.

Guards, so that the pages get no worse: a line that would overflow its width without the
hyphenation (a word longer than the line) keeps it; the new layout is kept only if it has
no more pages than the first; the second layout may put another word across a page further
on (the lines after the first change moved), so it is done again for those, at most
`PASSES` layouts in all, and a part none of whose pages ends in a hyphenation is laid out
once, as before. Costs one more layout (cascade and layout, not the writing) of a part that
has such a line, and one more where that layout had more pages (the first is made again).

Done as WeasyPrint's own `hyphens` would do it, not in the markup: a span with `hyphens:
manual` around the word would need the word found again in print.xsl's XHTML (its text
nodes, its inline names' anchors), and an extra inline box changes how the line around it
breaks (print.linebreak).
"""
from __future__ import annotations

from contextlib import contextmanager

from triglot.print import collector, lineends
from triglot.print.patching import replaced

# Layouts of a part at most: the first and two more for words a second layout put across a page.
PASSES = 3
# Points of slack when a line without its hyphenation is measured against the line's width.
SLACK = 0.01


def broken_across(document) -> set[tuple[str, int]]:
    """The lines of `document` that end a page's (or a column's) part of a block in a
    hyphenation, each as (the split text box's text, the byte of it where the line began)."""
    from weasyprint.formatting_structure import boxes
    found = set()
    for page in document.pages:
        for box in page._page_box.descendants():
            children = getattr(box, "children", None)
            if not children or not isinstance(box, boxes.BlockContainerBox) \
                    or not isinstance(children[-1], boxes.LineBox):
                continue
            last = lineends._last_text_box(children[-1])
            source = getattr(last, lineends.SPLIT_FROM, None) if last is not None else None
            if source is not None and getattr(last, lineends.MARK, None) == lineends.HYPHEN:
                found.add(source)
    return found


def _unhyphenated(keys):
    """split_text_box, splitting the lines named in `keys` without hyphenation where they fit."""
    def wrap(original):
        def split_text_box(context, box, available_width, skip, *args, **kwargs):
            if (box.text, skip or 0) not in keys:
                return original(context, box, available_width, skip, *args, **kwargs)
            manual = box.copy()
            manual.style = box.style.copy()
            manual.style["hyphens"] = "manual"
            result = original(context, manual, available_width, skip, *args, **kwargs)
            new_box = result[0]
            if new_box is not None and available_width is not None \
                    and new_box.width > available_width + SLACK:
                return original(context, box, available_width, skip, *args, **kwargs)
            return result
        return split_text_box
    return wrap


@contextmanager
def kept_whole(keys):
    """While active, the lines named in `keys` (broken_across) are not hyphenated."""
    if not keys:
        yield
        return
    from weasyprint.layout import inline
    with replaced(inline, "split_text_box", _unhyphenated(frozenset(keys))):
        yield


def laid_out(render):
    """`render(keys)` (a layout with the lines in `keys` kept whole) until no page ends in a
    hyphenated word, at most PASSES times; the layout with no more pages than the one before.

    One layout of the part is alive at a time: the one before is let go before the next is
    made, and collected at once (its boxes and styles hold cycles): the three books' largest
    process went from 334 to 244 MiB (session 25, print27). Should the new layout have more pages, the one
    before is made again from its keys (the same input lays out the same way), which costs a
    layout in the rare part where that happens (1 of 27 parts of the three books)."""
    document = render(frozenset())
    pages, kept, keys = len(document.pages), frozenset(), broken_across(document)
    for _ in range(PASSES - 1):
        if not keys:
            break
        document = None
        collector.layout_dropped()
        document = render(frozenset(keys))
        if len(document.pages) > pages:
            document = None
            collector.layout_dropped()
            return render(kept)
        pages, kept, more = len(document.pages), frozenset(keys), broken_across(document)
        if more <= keys:
            break
        keys |= more
    return document
