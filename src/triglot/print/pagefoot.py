"""No word hyphenated across a page: the typesetters' rule, kept as each page is made (#17).

WeasyPrint hyphenates a line without knowing that it is the last of a page (or of a column
at a page's foot): a word was read "gov-" at one page's foot and "ernment" at the next
page's head, in print and in pdftotext, and a reader of the tags got it broken too (the
tags go on with the page's other columns before the word's rest, print.lineends). Session
24 counted 12 / 4 / 15 such words in the en-ru / en-hy / en-ru-hy books.

As a page is made (`at_page_foot`): where a block's lines stop at the page's foot (or a
column's) and print.lineends marked the last one a hyphenation, that block's lines on that page
are laid out again at once with that one line split as if its text had `hyphens: manual`: the
line breaks at its last space instead, and the word goes whole to the next line, which is the
next page's first. Every other line, the same word elsewhere included, is hyphenated as before.
The line is named by the text box the line breaking split (its text and the box itself: a
paragraph cut by footnotes into boxes of the same text had every such line kept whole, hostile
round 36) and the byte where that line began in it. Sessions 25-27 found such lines only once
the part was laid out (`broken_across`) and laid the part out again from the first one's page
(print.repagination): a moved word moves every line after it to its document's end, so the
pages from it to there were made twice (the en-ru book's body 77 pages made for 40, session 27).

Guards, so that the pages get no worse: a line that would overflow its width without the
hyphenation (a word longer than the line) keeps it. A word kept whole can give its document a
page more (its lines, pushed on, no longer fit its last page): a document whose last page is
light (`_no_page_more`) is laid out again from its first such word's page with its words
hyphenated, and where that has fewer pages, that layout is kept and its words go through what
sessions 25-27 did for every word. There the part is laid out again from the line's page
(`kept_whole`, print.repagination) with all such lines kept whole at once, and the new layout
is kept only if it has no more pages than the one before; the second layout may put another
word across a page further on, so it is done again for those, at most `PASSES` layouts in
all. Where all the lines kept whole at once make more pages, each is tried on its own, in the
pages' order, and kept where the part gets no more pages (at most `TRIALS`): session 25 refused
all six lines of one 10-page part of the en-ru book so, and six words stayed broken across
pages. A line whose keeping whole alone makes more pages is tried once more with the room
filled that WeasyPrint leaves under a paragraph where it sent a footnote overleaf (`filled`):
the en-ru book's "comprom-" ended a column a line above where the page's foot allowed (session
27). The same path takes a line `at_page_foot` did not see, a page ended above a block's
lines (WeasyPrint going back to an earlier break).

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


# On the text box that ends a line kept whole at a page's foot as the page was made (`at_page_foot`):
# the line's key (as in broken_across).
KEPT_AT_FOOT = "_triglot_kept_at_foot"
# On the text box that ends a line kept whole at a page's foot (`at_page_foot`): after how many lines
# of the rest of its block the lines are the same, the word kept whole or hyphenated (None: never),
# where never the rests' lines and their one height (or None), and the block's width they were laid
# out in (`_changes_nothing_overleaf`).
REST = "_triglot_rest_alike"
# On the layout context: the indexes of the pages on which `at_page_foot` laid a block's lines out again
# without keeping its last line whole (not the lines WeasyPrint made, not marked KEPT_AT_FOOT), in
# any layout of the part (`_changes_nothing_overleaf` does not look past them).
RELAID = "_triglot_relaid_at_foot"
# On the layout context: the indexes of the pages during whose making (in any layout of the part) a
# block's lines sent a footnote on to the next page (`notes_sent_on_recorded`): the only pages that
# FILLED can change (`_no_page_more`).
SENT_ON = "_triglot_notes_sent_on"
# In a layout's keys: `at_page_foot` keeps no line whole (the pages it makes are hyphenated as
# WeasyPrint hyphenates them; sessions 25-27's relayouts keep the lines whole, `laid_out`).
HYPHENATED = "hyphenated"


def _mark_page(context, name: str) -> None:
    """Add the page being laid out (its index: WeasyPrint's `current_page` counts from 1) to the set a
    layout context carries under `name` (RELAID, SENT_ON), making the set on its first mark."""
    marked = getattr(context, name, None)
    if marked is None:
        marked = set()
        setattr(context, name, marked)
    marked.add(context.current_page - 1)


def kept_in_place(pages) -> dict[tuple[str, int, int], int]:
    """The lines of `pages` that `at_page_foot` kept whole, with the index of the page each ends."""
    from weasyprint.formatting_structure import boxes
    found = {}
    for number, page in enumerate(pages):
        for box in page.descendants():
            children = getattr(box, "children", None)
            if children and isinstance(box, boxes.BlockContainerBox) and isinstance(children[-1], boxes.LineBox):
                last = lineends._last_text_box(children[-1])
                key = getattr(last, KEPT_AT_FOOT, None) if last is not None else None
                if key is not None:
                    found.setdefault(key, number)
    return found


@contextmanager
def at_page_foot(keys):
    """While active, a block's lines that stop at a page's (or a column's) foot in a hyphenated
    word are laid out again at once, on that page, with that last line unhyphenated: the word
    goes whole to the next page as the page is made, and the part is laid out once.

    Before (session 25-27), such a word was found once the part was laid out, and the part was laid
    out again from the word's page to its document's end (no page begins where it did before until
    the next document's page break): the en-ru book's body made 77 pages for 40. Here only that one
    block's part of that page is laid out twice (WeasyPrint's `_linebox_layout`, the lines of one
    block from one resume point: the same input, the same lines up to the last, which now breaks at
    its last space). What the first try left in the layout context is put back before the second:
    the footnotes laid out or sent on, the out-of-flow boxes placed. A line whose word does not fit
    the line without its hyphenation keeps it (`_unhyphenated`). With HYPHENATED in `keys` (a
    layout to compare with, `_no_page_more`, and those made after it), nothing is kept whole here."""
    if HYPHENATED in keys:
        yield
        return
    from weasyprint.layout import block, inline
    now: set = set()

    def splitting(original):
        unhyphenated = _unhyphenated(now)(original)

        def split_text_box(context, box, available_width, skip, *args, **kwargs):
            if now:
                return unhyphenated(context, box, available_width, skip, *args, **kwargs)
            return original(context, box, available_width, skip, *args, **kwargs)
        return split_text_box

    def wrap(original):
        def linebox_layout(context, box, index, child, new_children, page_is_empty, absolute_boxes,
                           fixed_boxes, *rest):
            count, placed = len(new_children), (len(absolute_boxes), len(fixed_boxes))
            state = _context_state(context)
            result = original(context, box, index, child, new_children, page_is_empty, absolute_boxes,
                              fixed_boxes, *rest)
            key = _hyphenated_foot(result, new_children, count)
            if key is None or now:
                return result
            lines, hyphenated = len(new_children) - count, new_children[-1].resume_at
            del new_children[count:], absolute_boxes[placed[0]:], fixed_boxes[placed[1]:]
            _put_back(context, state)
            now.add(key)
            try:
                again = original(context, box, index, child, new_children, page_is_empty, absolute_boxes,
                                 fixed_boxes, *rest)
            finally:
                now.clear()
            last = lineends._last_text_box(new_children[-1]) if len(new_children) > count else None
            if again[0] == result[0] and again[1] and len(new_children) - count == lines and last is not None \
                    and getattr(last, lineends.MARK, None) != lineends.HYPHEN:
                setattr(last, KEPT_AT_FOOT, key)
                setattr(last, REST, (*_lines_until_alike(context, box, child, (hyphenated, new_children[-1].resume_at),
                                                         rest[1]), box.width))
            elif context.current_page is not None:
                # laid out otherwise than WeasyPrint would, and no line marked kept: the page's index
                _mark_page(context, RELAID)
            return again
        return linebox_layout

    with replaced(inline, "split_text_box", splitting), replaced(block, "_linebox_layout", wrap):
        yield


def _lines_until_alike(context, box, line, skips, bottom_space):
    """Laid out in its width as WeasyPrint lays it out on a page (`iter_line_boxes`, no page's
    foot), from each of two resume points (`skips`: the word hyphenated, kept whole) on: after how
    many lines block `box` goes on from the same point, each line as tall as the other's until
    then (from there on the two are the same lines); None if never (or beside floats, where a
    line's width depends on where it stands). Beside it, where never but every line of both is
    as tall, the rests' lines (hyphenated, kept whole) and that height (`_shorter_over_two_pages`);
    else None."""
    from itertools import zip_longest

    from weasyprint.layout.inline import iter_line_boxes
    if context.excluded_shapes:
        return None, None
    one, other = (iter_line_boxes(context, line, 0, bottom_space, skip, box, [], [], None, None)
                  for skip in skips)
    counts, heights = [0, 0], []
    for count, pair in enumerate(zip_longest(one, other), 1):
        for side, laid in enumerate(pair):
            if laid is not None:
                counts[side] += 1
                heights.append(laid[0].height)
        if None in pair:
            continue
        (first, first_at), (second, second_at) = pair
        if abs(first.height - second.height) > SLACK:
            return None, None
        if first_at == second_at:
            return count, None
    if heights and max(heights) - min(heights) <= SLACK:
        return None, (counts[0], counts[1], heights[0])
    return None, None


def _context_state(context):
    """What laying a block's lines out changes in the layout context: the footnotes (waiting, on
    the page, sent on), the footnote area and so the page's bottom, the out-of-flow boxes broken.
    Put back as it was (`_put_back`), not laid out again: on a page without notes the area's
    height is "auto", and WeasyPrint's `_update_footnote_area` takes the area's margin off the
    page (a try found the page a line shorter)."""
    area = context.current_footnote_area
    return (list(context.footnotes), list(context.current_page_footnotes), list(context.reported_footnotes),
            dict(context.broken_out_of_flow), context.page_bottom, area, area.height,
            None if area.children is context.current_page_footnotes else list(area.children))


def _put_back(context, state) -> None:
    (footnotes, current, reported, broken, context.page_bottom, area, height, children) = state
    context.footnotes, context.current_page_footnotes = list(footnotes), list(current)
    context.reported_footnotes, context.broken_out_of_flow = list(reported), dict(broken)
    context.current_footnote_area = area
    # the area's children are the page's notes themselves, as WeasyPrint leaves them
    area.height = height
    area.children = context.current_page_footnotes if children is None else list(children)


def _hyphenated_foot(result, new_children, count):
    """The key of the last line `_linebox_layout` placed, if the block stops there (its rest on the
    next page or column) and the line ends in a hyphenation; else None."""
    abort, stop = result[0], result[1]
    if abort or not stop or len(new_children) <= count or not new_children[-1].resume_at:
        return None
    last = lineends._last_text_box(new_children[-1])
    if last is None or getattr(last, lineends.MARK, None) != lineends.HYPHEN:
        return None
    return getattr(last, lineends.SPLIT_FROM, None)


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
    where that costs no page. The first layout keeps such words whole as each page is made
    (`at_page_foot`), the documents whose last page is light checked (`_no_page_more`); what is
    left (a word whose keeping cost a page, a line the first layout did not see) is kept whole
    as sessions 25-27 did: all at once, at most PASSES layouts (each may put another word across
    a page further on); if that makes more pages, one line at a time, each kept only where the
    part gets no more pages, at most TRIALS.

    Each layout after the first is made from the page of the first line it changes, the pages
    before kept (`Pagination.again`): a part's second layout cost its whole again (cascade,
    boxes, every page), so 10 of the 12 body parts of the three books took 0.233-0.259 CPU-s a
    page against 0.146 (session 25). The one part whose layout with all its six lines kept whole
    had 11 pages against 10 kept them all broken ("fore-", "наро-", … in the en-ru book)."""
    best = _no_page_more(pagination, pagination.first())
    found = broken_across(best.pages)
    if HYPHENATED in best.keys:
        # a document got a page more with its lines kept whole as its pages were made: all of them
        # at once again would too (the en-ru book's third part: 9 pages made more for nothing)
        fresh = {key: page for key, page in found.items() if key not in best.keys}
        return _one_at_a_time(pagination, best, fresh) if fresh else best
    for _ in range(PASSES - 1):
        fresh = {key: page for key, page in found.items() if key not in best.keys}
        if not fresh:
            return best
        trial = pagination.again(best, fresh.values(), best.keys | fresh.keys())
        if len(trial) > len(best):
            return _one_at_a_time(pagination, best, fresh)
        best, found = trial, broken_across(trial.pages)
    return best


# A document's last page (of a part laid out with `at_page_foot`) whose lines end above this
# share of the page's text area is checked: had the lines kept whole at its pages' feet been
# hyphenated, would the document have ended a page sooner (`_no_page_more`)?
LIGHT = 1 / 3


def _no_page_more(pagination, best):
    """`best` (laid out with `at_page_foot`), or where a document whose last page is light ends a
    page sooner laid out from its first line kept whole with every line hyphenated as WeasyPrint
    hyphenates it (HYPHENATED: refusing only its lines, the lines that then ended its pages were
    kept whole, and the en-ru book's part of 10 pages still had 11), that layout; what follows
    (`laid_out`) then keeps its lines whole where that costs no page, as sessions 25-27 did.

    A word kept whole moves the lines after it only to its document's end (the next document
    begins on a new page), so a document can get a page more only if its last page holds little
    more than what the moved words pushed on; a document whose last page is filled beyond LIGHT is
    not laid out again. (Not a proof: a shift of one line can push a row kept whole onto the next
    page; the edition's books and their 20 times copy are measured to have no more pages.)

    Where a page of such a document began with footnotes sent on from the page before, it is first
    laid out again from the same pages with the room those notes gave back filled (FILLED), its
    words still kept whole as each page is made: WeasyPrint ends a paragraph's part of a page a
    line early there (`filled`), and that line is often the page more. The en-ru book's nkid1920
    part had 11 pages so; hyphenated it had 10, and each of its seven words was then kept whole
    again one at a time (`_one_at_a_time`, the fifth with FILLED): 38 pages made for 10 (session
    31). Filled first, it has 10 pages, no word broken, 17 pages made (session 32).

    The hyphenated layout is not made where the first layout already shows that it cannot end the
    document sooner: each of its words kept whole moves nothing past the next page
    (`_changes_nothing_overleaf`), so laid out hyphenated every page after the next begins as it
    does. In the three books 20 pages were made so for nothing, each such layout the same length
    (moscow1921 en-ru: 4 pages in a 6-page part, 20 and 100 times in the bench's books); 16 of
    them are no longer made (session 33). Where some of its words are proved so and some not, the
    hyphenated layout is made from the unproved words' pages only: it has as many pages as one made
    from every word's page (a proved word's page, where the layout made again from an earlier page
    reaches it, is made hyphenated in both; where it does not, it begins as before, and hyphenated
    it would change nothing past the next page), so only where it is shorter, and kept, is it made
    from every word's page, the layout kept as before. moscow1921 en-ru-hy made pages 6-9 of its
    part for nothing, now 6-7 (session 35)."""
    done: set = set()
    while True:
        kept = kept_in_place(best.pages)
        for first, last in _documents(best):
            keys = {key for key, page in kept.items() if first <= page <= last} - done
            if not keys:
                continue
            done |= keys
            if _filled_share(best.pages[last]) >= LIGHT:
                continue
            if FILLED not in best.keys and _notes_sent_on(best, first, last):
                pages = _filled_from(pagination.context, first, last, {kept[key] for key in keys})
                trial = pagination.again(best, pages, best.keys | {FILLED}) if pages else best
                if len(trial) < len(best):
                    best = trial
                    break
            relaid = getattr(pagination.context, RELAID, set())
            unproved = {kept[key] for key in keys if not _changes_nothing_overleaf(best, key, kept[key], relaid)}
            if not unproved:
                continue
            # from each unproved line's page (a layout converges where a page begins as before, which
            # may come before the document's next such line): as long as from every line's page
            trial = pagination.again(best, unproved, best.keys | {HYPHENATED})
            if len(trial) < len(best):
                everyone = {kept[key] for key in keys}
                if everyone != unproved:        # the layout kept: every line of the document hyphenated
                    trial = pagination.again(best, everyone, best.keys | {HYPHENATED})
                if len(trial) < len(best):
                    best = trial
                    break
        else:
            return best


def _filled_from(context, first: int, last: int, kept: set) -> set:
    """The pages of a document (`first` to `last`) from which its layout with FILLED is made: those
    on which a block's lines sent a footnote on (SENT_ON), not the pages of its lines kept whole
    (`kept`, as before where nothing was recorded). FILLED changes what a block's lines do only
    where laying them out sent a note on; everywhere else it returns WeasyPrint's own lines, so a
    page on which no lines sent a note on, begun as before, is made as before (`Pagination.again`
    keeps such a page unmade). The en-ru book's nkid1920 made its pages 1 and 5 again, its
    kept words' pages, for nothing: its notes go on from pages 7 and 8 (2 of its 17 pages made
    for 10, 40 pages in the bench's 20 times book; session 34). None: the layout with FILLED would
    be this one, and is not made."""
    recorded = getattr(context, SENT_ON, None)
    if recorded is None:
        return kept
    return {page for page in recorded if first <= page <= last}


def _changes_nothing_overleaf(layout, key, number, relaid) -> bool:
    """Whether the line `key`, kept whole at the foot of `layout`'s page `number`, provably moves
    nothing but its own block's lines: hyphenated, the page after the next would begin as it does.

    The page holds the same lines either way (`at_page_foot` keeps a line whole only then, and the
    hyphenated page is WeasyPrint's own, `widows` counted), and the same footnote calls (a call
    follows its word), so the next page begins as it does but for that block, whose text there
    starts a word later. Where that block ends on the next page (none of it further on), that
    page differs in nothing else if either
    - the rest of the block is as many lines, as tall, either way (`at_page_foot` measured both,
      REST, in the width it has there): the block is as tall; or
    - the block is in a table cell whose text ends on that page, and another cell of its row ends
      there at or below it: laid out greedily from a later point, each of the cell's lines ends
      no sooner, so it has as many lines or fewer and ends no lower, and a row is as tall as its
      tallest cell (the cells of a row are laid out each on its own); that other cell has no line
      kept whole on the word's page, which could let it end higher too (two columns ending alike
      proved each other, and hyphenated both ended a line higher: a page less, session 35);
    and no footnote was sent on from either page (a call standing higher could keep its note).
    Its later blocks, rows and the page's foot are then laid out as they are: the page after
    begins as it does. Where the block, in a table cell, fills the next page and ends on the one
    after, that page's next begins as it does where the block's rest hyphenated has fewer lines
    or as many, all as tall, and ends no lower there beside a cell that ends at or below it
    (`_shorter_over_two_pages`). Not where `at_page_foot` laid a block out again on either page without
    keeping its line (RELAID): WeasyPrint's own page would differ there too."""
    from weasyprint.formatting_structure import boxes
    if number + 1 >= len(layout.pages) or {number, number + 1} & relaid \
            or any(layout.starts[index][1] for index in (number + 1, number + 2) if index < len(layout.starts)):
        return False
    found = _kept_line(layout.pages[number], key)
    if found is None:
        return False
    block, cell, last = found
    following = layout.pages[number + 1]
    if layout.starts[number + 1][2] or any(box.is_floated() for box in following.descendants()):
        return False                    # a float beside a line changes its width
    alike, rests, width = getattr(last, REST, (None, None, None))
    if alike is not None and any(
            box.element is block.element and isinstance(box, boxes.BlockContainerBox)
            and abs(box.width - width) <= SLACK
            and sum(isinstance(child, boxes.LineBox) for child in box.children) >= alike
            for box in following.descendants()):
        return True
    after = layout.pages[number + 2].descendants() if number + 2 < len(layout.pages) else ()
    if any(box.element is block.element and isinstance(box, boxes.BlockContainerBox)
           and any(isinstance(child, boxes.LineBox) for child in box.children) for box in after):
        # the block goes on overleaf again
        return cell is not None and rests is not None and number + 2 not in relaid \
            and _shorter_over_two_pages(layout, number, block, cell, rests, width)
    if cell is None:
        return False
    return _a_taller_cell_ends_there(layout, number + 1, cell, number)


def _a_taller_cell_ends_there(layout, number, cell, kept_on) -> bool:
    """Whether the text of table cell `cell` ends on `layout`'s page `number` (none of it goes on
    overleaf) and another cell of its row ends there at or below it, one that ends no line kept
    whole on page `kept_on` (where the cell's line was kept): two cells of a row ending alike, each
    with a line kept whole, were each proved by the other, and hyphenated both could end higher."""
    from weasyprint.formatting_structure import boxes
    shrinking = {found[1].element for found in (_kept_line(layout.pages[kept_on], key)
                                                for key in kept_in_place([layout.pages[kept_on]]))
                 if found is not None and found[1] is not None}
    following = layout.pages[number]
    cells = [box for box in following.descendants() if isinstance(box, boxes.TableCellBox)
             and box.element is cell.element]
    if len(cells) != 1:
        return False
    if number + 1 < len(layout.pages) and any(
            isinstance(box, boxes.TableCellBox) and box.element is cell.element
            and any(isinstance(line, boxes.LineBox) for line in box.descendants())
            for box in layout.pages[number + 1].descendants()):
        return False                    # the cell's text goes on overleaf: a line of it could move back
    row = _parent_row(following, cells[0])
    if row is None:
        return False
    bottom = _content_bottom(cells[0])
    return any(other is not cells[0] and other.element not in shrinking and _content_bottom(other) >= bottom
               for other in row.children if isinstance(other, boxes.TableCellBox))


def _shorter_over_two_pages(layout, number, block, cell, rests, width) -> bool:
    """Whether the rest of `block` (in table cell `cell`), whose line kept whole ends `layout`'s page
    `number`, fills the next page and ends on the one after, and there, hyphenated, would end no
    lower beside another cell of its row that ends at or below it (moscow1921 en-ru-hy: its
    English paragraph's rest, 77 lines kept whole and 76 hyphenated, never the same lines, filled
    page 6 of its part and ended on page 7 beside the Armenian column's longer text; laid out
    hyphenated from page 5 to learn that it changed nothing, 4 pages were made for nothing).

    `rests` (`_lines_until_alike`): the rest's lines hyphenated and kept whole, every line of both
    as tall. The pages hold the rest kept whole as WeasyPrint lays it out (the next page's lines
    and the next but one's add up to it, that height each: no line there kept whole or laid out
    again by `at_page_foot`), in the width it was measured in. The next page holds as many lines
    of the rest hyphenated (the block begins it where it did, each line as tall), and more of it
    is left than fits there. More of the rest kept whole than `widows` went on to the page after,
    so no line was held back for it and the next page's lines are all that fit there: hyphenated,
    as many or fewer lines go on (`widows` at most, where one alone would), no footnote call among
    them (none in the block's text on the page after: a call there could come back to the next
    page, and its note with it). No note is sent on to any of those pages, nothing floats on them
    nor is broken over them. The block's text then ends no lower on the page after, in a cell whose
    text ends there, beside a cell of its row that ends at or below it: the row is as tall, and
    the page after that begins as it does."""
    from weasyprint.formatting_structure import boxes
    hyphenated, whole, height = rests
    pages = layout.pages
    if number + 2 >= len(pages) or hyphenated > whole or kept_in_place([pages[number + 1]]) \
            or any(start[1] or start[2] for start in layout.starts[number + 1:number + 4]) \
            or any(box.is_floated() for index in (number + 1, number + 2) for box in pages[index].descendants()):
        return False

    def parts(page):
        return [box for box in page.descendants() if box.element is block.element
                and isinstance(box, boxes.BlockContainerBox)
                and any(isinstance(child, boxes.LineBox) for child in box.children)]
    counts = []
    for page in (pages[number + 1], pages[number + 2]):
        found = parts(page)
        if len(found) != 1 or abs(found[0].width - width) > SLACK:
            return False
        lines = [child for child in found[0].children if isinstance(child, boxes.LineBox)]
        if any(abs(line.height - height) > SLACK for line in lines):
            return False
        counts.append(len(lines))
    (on_next, after), style = counts, block.style
    if on_next + after != whole or after <= style["widows"] or hyphenated <= on_next \
            or hyphenated - style["widows"] < style["orphans"]:
        return False
    if any(getattr(box, "footnote", None) is not None for box in parts(pages[number + 2])[0].descendants()):
        return False
    return _a_taller_cell_ends_there(layout, number + 2, cell, number)


def _kept_line(page, key):
    """(the block, its table cell or None, the text box ending the line) of the line `at_page_foot`
    kept whole as `key` on `page`, or None."""
    from weasyprint.formatting_structure import boxes

    def walk(box, cell):
        if isinstance(box, boxes.TableCellBox):
            cell = box
        children = getattr(box, "children", None) or ()
        if children and isinstance(box, boxes.BlockContainerBox) and isinstance(children[-1], boxes.LineBox):
            last = lineends._last_text_box(children[-1])
            if last is not None and getattr(last, KEPT_AT_FOOT, None) == key:
                return box, cell, last
        for child in children:
            found = walk(child, cell)
            if found is not None:
                return found
        return None
    return walk(page, None)


def _parent_row(page, cell):
    from weasyprint.formatting_structure import boxes
    for box in page.descendants():
        if isinstance(box, boxes.TableRowBox) and any(child is cell for child in box.children):
            return box
    return None


def _content_bottom(cell) -> float:
    """Where a cell's content ends (its children's margin boxes; the cell itself is as tall as its row)."""
    bottoms = [child.position_y + child.margin_height() for child in cell.children]
    return max(bottoms) if bottoms else cell.content_box_y()


def _notes_sent_on(layout, first, last) -> bool:
    """Whether a page of `layout` from `first` to `last` began with footnotes sent on from the page before."""
    return any(start[1] for start in layout.starts[first + 1:last + 1])


def _documents(layout):
    """(first page, last page) of each run of `layout`'s pages between forced page breaks."""
    begins = [0] + [i for i in range(1, len(layout)) if layout.makers[i][1]["break"] != "any"]
    return list(zip(begins, [b - 1 for b in begins[1:]] + [len(layout) - 1]))


def _filled_share(page) -> float:
    """How far down the page's text area its last line of text ends (its footnotes and margin boxes,
    which a finished page has, not counted)."""
    from weasyprint.formatting_structure import boxes
    top, height = page.content_box_y(), page.height
    bottom = top
    for child in page.children:
        if isinstance(child, (boxes.FootnoteAreaBox, boxes.MarginBox)):
            continue
        for box in child.descendants():
            if isinstance(box, boxes.LineBox):
                bottom = max(bottom, box.position_y + box.height)
    return (bottom - top) / height if height else 1.0


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
def notes_sent_on_recorded():
    """While active, the index of each page during whose making a block's lines sent a footnote on
    (WeasyPrint's `_linebox_layout` reported one more) is added to the layout context's SENT_ON,
    in every layout of the part. Entered before `filled`, it sees each call that `filled` sees."""
    from weasyprint.layout import block

    def wrap(original):
        def linebox_layout(context, *args):
            reported = len(context.reported_footnotes)
            result = original(context, *args)
            if len(context.reported_footnotes) > reported and context.current_page is not None:
                _mark_page(context, SENT_ON)
            return result
        return linebox_layout

    with replaced(block, "_linebox_layout", wrap):
        yield


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
