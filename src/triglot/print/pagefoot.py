"""No word hyphenated across a page: the typesetters' rule, kept by laying pages out again (#17).

WeasyPrint hyphenates a line without knowing that it is the last of a page (or of a column
at a page's foot): a word was read "gov-" at one page's foot and "ernment" at the next
page's head, in print and in pdftotext, and a reader of the tags got it broken too (the
tags go on with the page's other columns before the word's rest, print.lineends). Session
24 counted 12 / 4 / 15 such words in the en-ru / en-hy / en-ru-hy books. Once a part is laid
out, print.lineends knows how each line ended, so the lines that end a page's part of a
block in a hyphenation are known (`broken_across`): each is named by the text box the line
breaking split (its text and the box itself: a paragraph cut by footnotes into boxes of the
same text had every such line kept whole, hostile round 36) and the byte where that line began
in it, which are the same in another layout of the same part up to that line (WeasyPrint lays
a part out from its top, the same input the same way, and the layouts of a part share its box
tree, print.repagination). The part is then laid out again from that line's page (`kept_whole`)
with that one line split as if its text had `hyphens: manual`: the line breaks at its last
space instead, and the word goes whole to the next line, which is the next page's first.
Every other line, the same word elsewhere included, is hyphenated as before.

Guards, so that the pages get no worse: a line that would overflow its width without the
hyphenation (a word longer than the line) keeps it; the new layout is kept only if it has
no more pages than the one before; the second layout may put another word across a page
further on (the lines after the first change moved), so it is done again for those, at most
`PASSES` layouts in all, and a part none of whose pages ends in a hyphenation is laid out
once, as before. Where all the lines kept whole at once make more pages, each is tried on its
own, in the pages' order, and kept where the part gets no more pages (at most `TRIALS`): a
word moved in one document stops at the next document's page break, while one moved near
the part's end may push its last line onto a page more. Session 25 refused all six lines of
one 10-page part of the en-ru book so, and six words stayed broken across pages. A line whose
keeping whole alone makes more pages is tried once more with the room filled that WeasyPrint
leaves under a paragraph where it sent a footnote overleaf (`filled`): the en-ru book's last
such word, "comprom-", ended a column a line above where the page's foot allowed (session 27).

A layout after the first is made from the page of the first line it changes, the pages
before it and the part's cascade and boxes kept (print.repagination): laid out whole again,
10 of the 12 body parts of the three books cost twice (session 25).

Done as WeasyPrint's own `hyphens` would do it, not in the markup: a span with `hyphens:
manual` around the word would need the word found again in print.xsl's XHTML (its text
nodes, its inline names' anchors), and an extra inline box changes how the line around it
breaks (print.linebreak).
"""
from __future__ import annotations

from contextlib import contextmanager

from triglot.print import lineends
from triglot.print.patching import replaced

# Layouts of a part at most: the first and two more for words a second layout put across a page.
PASSES = 3
# Layouts at most, each with one more line kept whole, where all of them at once made more pages.
TRIALS = 8
# Points of slack when a line without its hyphenation is measured against the line's width.
SLACK = 0.01
# In a layout's keys beside its lines kept whole: the lines a footnote sent on gave room for are
# filled (`filled`).
FILLED = "filled"


def broken_across(pages) -> dict[tuple[str, int], int]:
    """The lines of `pages` (WeasyPrint's page boxes) that end a page's (or a column's) part of a
    block in a hyphenation, each as (the split text box's text, the byte of it where the line
    began, the box's id), with the index of its page."""
    from weasyprint.formatting_structure import boxes
    found = {}
    for number, page in enumerate(pages):
        for box in page.descendants():
            children = getattr(box, "children", None)
            if not children or not isinstance(box, boxes.BlockContainerBox) \
                    or not isinstance(children[-1], boxes.LineBox):
                continue
            last = lineends._last_text_box(children[-1])
            source = getattr(last, lineends.SPLIT_FROM, None) if last is not None else None
            if source is not None and getattr(last, lineends.MARK, None) == lineends.HYPHEN:
                found.setdefault(source, number)
    return found


def _unhyphenated(keys):
    """split_text_box, splitting the lines named in `keys` without hyphenation where they fit."""
    def wrap(original):
        def split_text_box(context, box, available_width, skip, *args, **kwargs):
            if (box.text, skip or 0, id(box)) not in keys:
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


def laid_out(pagination):
    """The layout of a part (print.repagination) in which no page ends in a hyphenated word
    where that costs no page: the lines that do are kept whole, all at once, at most PASSES
    layouts (each may put another word across a page further on); if that makes more pages,
    one line at a time, each kept only where the part gets no more pages, at most TRIALS.

    Each layout after the first is made from the page of the first line it changes, the pages
    before kept (`Pagination.again`): a part's second layout cost its whole again (cascade,
    boxes, every page), so 10 of the 12 body parts of the three books took 0.233-0.259 CPU-s a
    page against 0.146 (session 25). The one part whose layout with all its six lines kept whole
    had 11 pages against 10 kept them all broken ("fore-", "наро-", … in the en-ru book)."""
    best = pagination.first()
    found = broken_across(best.pages)
    for _ in range(PASSES - 1):
        fresh = {key: page for key, page in found.items() if key not in best.keys}
        if not fresh:
            return best
        trial = pagination.again(best, fresh.values(), best.keys | fresh.keys())
        if len(trial) > len(best):
            return _one_at_a_time(pagination, best, fresh)
        best, found = trial, broken_across(trial.pages)
    return best


def _one_at_a_time(pagination, best, fresh):
    """`best` with each line of `fresh` kept whole, one after another in the pages' order, where
    that makes no more pages: a line kept whole moves the rest of the part by a line, which
    the part's last page may not hold, while another's move ends at a section's forced page break.
    Where it does make more pages, it is tried once more with the lines a footnote sent on to
    the next page gave room for (`filled`)."""
    tried: set = set()
    for _ in range(TRIALS):
        waiting = sorted((page, key) for key, page in fresh.items() if key not in tried)
        if not waiting:
            break
        page, key = waiting[0]
        tried.add(key)
        trial = pagination.again(best, {page}, best.keys | {key})
        if len(trial) > len(best) and FILLED not in best.keys:
            trial = pagination.again(best, {page}, best.keys | {key, FILLED})
        if len(trial) <= len(best):
            best = trial
            fresh = {line: page for line, page in broken_across(best.pages).items()
                     if line not in best.keys}
    return best


@contextmanager
def filled(keys):
    """While active (`keys` holds FILLED), a paragraph that WeasyPrint stopped at a line that fitted
    once a footnote was sent on to the next page goes on into the room the note gave back.

    WeasyPrint 70 lays a page's footnotes out as their calls come; when a line does not fit it
    sends the page's last note on to the next page, places the line, and ends the paragraph's
    part on that page there, though the room the note gave back may hold more lines (a column
    laid out beside it afterwards gets that room). So the en-ru book's "comprom-" ended its
    column's part of a page with a line's room under it (the Russian column beside it ran a line
    further, the Russian note "ж" gone on overleaf): kept whole, "compromise" went overleaf and
    the part got an eleventh page (session 26). Used only where a word kept whole makes more pages:
    every other layout is WeasyPrint's own. (Near to Kozea/WeasyPrint #1924 and #2432, pages broken
    early around footnotes sent overleaf; tests/test_print_page_foot.py has a page that shows it.)"""
    if FILLED not in keys:
        yield
        return
    from weasyprint.layout import block

    def wrap(original):
        def linebox_layout(context, box, index, child, new_children, page_is_empty, absolute_boxes,
                           fixed_boxes, adjoining_margins, bottom_space, position_y, skip_stack,
                           first_letter_style, first_line_style, draw_bottom_decoration, max_lines):
            reported = len(context.reported_footnotes)
            result = original(context, box, index, child, new_children, page_is_empty, absolute_boxes,
                              fixed_boxes, adjoining_margins, bottom_space, position_y, skip_stack,
                              first_letter_style, first_line_style, draw_bottom_decoration, max_lines)
            abort, stop, _, _, footnotes, lines_left = result
            if abort or not stop or not new_children or len(context.reported_footnotes) <= reported \
                    or new_children[-1].resume_at is None or not new_children[-1].resume_at:
                return result
            last, count = new_children[-1], len(new_children)
            state = (list(context.footnotes), list(context.current_page_footnotes),
                     list(context.reported_footnotes))
            more = original(context, box, index, child, new_children, False, absolute_boxes, fixed_boxes,
                            [], bottom_space, last.position_y + last.height, last.resume_at,
                            None, None, draw_bottom_decoration, lines_left)
            if more[0] or len(new_children) <= count:       # no line more, or the box given up: as it was
                del new_children[count:]
                context.footnotes, context.current_page_footnotes, context.reported_footnotes = \
                    (list(x) for x in state)
                context._update_footnote_area()
                return result
            return (False, more[1], more[2], more[3], footnotes + more[4], more[5])
        return linebox_layout

    with replaced(block, "_linebox_layout", wrap):
        yield
