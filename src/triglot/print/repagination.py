"""A part's pages laid out again from one page on, the pages before it kept (#17, print.pagefoot).

print.pagefoot lays a part out again when one of its pages ends in a hyphenated word that it did
not keep whole as the page was made (since session 28 the rarer case: a document whose last page
is light, checked with its words hyphenated, or a line that check left broken). Done by
calling WeasyPrint's `render` again (session 25), that cost the whole part once more: the
cascade, the box tree and every page, where only the pages from the first such word on can
change (a layout is made page after page from the top, the same input the same way). Ten of the
twelve body parts of the three books were laid out twice, the books' CPU a page went from 0.146
to 0.233-0.259 (session 25, print27).

So one render makes every layout of a part. Its `layout_document` (the pagination and then the
margin boxes of every page) is replaced for the time of the render: the pages are made by
WeasyPrint's own `make_all_pages`, the loop WeasyPrint uses to make again only the pages whose
counters changed. A `Layout` keeps its pages as they come out of that loop, WeasyPrint's
`page_maker` (where each page resumes the box tree, its side, its counters) and what each page
found in the layout context as it began (the footnotes waiting, those moved on from the page
before, the floats broken over it). `Pagination.again` lays a layout out again from one page: the
page makers before it are put back, the context as it was when that page began, and
`make_all_pages` is given the layout's pages to keep: it makes the pages from that one on until
a page begins where and as it began before (WeasyPrint's own test: the same place in the box
tree, side and counters; ours: the same footnotes waiting and floats broken over), which
happens where the moved word's document ends (the next begins on a new page), and keeps the
layout's pages after it up to the next page asked for. Measured on the three books (session
26): 74 pages made again for 139 body pages, against 137 and a cascade and box tree per part;
0.204-0.209 -> 0.164-0.167 CPU-s a page. The cascade and the box tree are made once. Once a
layout is chosen, WeasyPrint's own `layout_document` finishes it (string sets, margin boxes,
backgrounds) with that layout's pages, as it would have the pages it made itself.

What a layout leaves elsewhere is made again with the pages: print.lineends marks the boxes a
layout makes (a new page has new boxes); print.rowsplit's marks on the cells of a row are put
back when its wrapper is left, which happens after each layout (`wrappers`, entered once a
layout: a row pushed onto the page a layout is made again from begins without the mark the
page before gave it, where a whole layout would carry it; the three books' text is the same);
the running elements and target counters of WeasyPrint's own relayout loop are not used
by the print edition's style sheets (no `position: running()`, no `target-counter()`), and a
part that asks for that loop anyway (a `content_changed` page) is made by it as before.
"""
from __future__ import annotations

import copy
from contextlib import contextmanager
from dataclasses import dataclass

from triglot.print.patching import replaced


@dataclass
class Layout:
    """One layout of a part: its pages (without margin boxes), WeasyPrint's page makers (one
    more than the pages: where the next would begin), what the context held as each page began."""
    pages: list
    makers: list
    starts: list
    keys: frozenset = frozenset()
    longer: int = 0             # laid out only until it was known to have this many pages (`_Longer`)

    def __len__(self) -> int:
        return self.longer or len(self.pages)


def _maker(entry):
    """A page maker apart from the one WeasyPrint goes on changing (its remake state is reset in
    place, its page counters get the pages' number)."""
    resume_at, next_page, right_page, page_state, remake_state = entry
    return (resume_at, next_page, right_page, copy.deepcopy(page_state),
            {name: list(value) if isinstance(value, list) else value
             for name, value in remake_state.items()})


def _context_state(context):
    """What WeasyPrint's make_page reads from the layout context as a page begins and leaves in
    it for the next page (beside the page makers): the footnotes not yet placed, those moved on
    to the next page, the floats and absolutes broken over a page."""
    return (list(context.footnotes), list(context.reported_footnotes),
            dict(context.broken_out_of_flow))


def _put_back(context, state) -> None:
    footnotes, reported, broken = state
    context.footnotes = list(footnotes)
    context.reported_footnotes = list(reported)
    context.broken_out_of_flow = dict(broken)


class Pagination:
    """The layouts of one part, made in one render: `first`, then `again` from a page of one."""

    def __init__(self, html, root_box, context, max_loops, wrappers):
        self.html, self.root_box, self.context = html, root_box, context
        self.max_loops, self.wrappers = max_loops, wrappers
        self.footnotes = None       # every footnote of the part, as the first layout began
        self.pages_made = 0         # pages WeasyPrint made, in every layout (for the tests)

    def first(self, keys=frozenset()) -> Layout:
        from weasyprint.layout import initialize_page_maker
        initialize_page_maker(self.context, self.root_box)
        self.footnotes = list(self.context.footnotes)
        return self._paginated(None, [], keys)

    def again(self, layout: Layout, pages, keys) -> Layout:
        """`layout` laid out again with `keys` (print.pagefoot) from the first of its `pages`
        (0-based indexes), which are all made again, and each page after one made again until a
        page begins where and as it began in `layout`: from there on `layout`'s own pages are
        kept (a word moved ends at a document's page break) up to the next of `pages`. The pages
        before the first are kept. `layout` itself is left as it was."""
        context, pages = self.context, set(pages)
        context.page_maker = [_maker(entry) for entry in layout.makers]
        for index, entry in enumerate(context.page_maker):
            entry[-1]["content_changed"] = index in pages
        first = min(pages)
        _put_back(context, layout.starts[first])
        return self._paginated(layout, layout.starts[:first], keys)

    def _paginated(self, base, starts, keys) -> Layout:
        from weasyprint.layout import page as page_module
        context, starts = self.context, list(starts)
        last = [None]               # the page made last in this layout

        def recording(original):
            def remake_page(index, *args, **kwargs):
                kept_before = base is not None and 0 < index < len(base.starts) \
                    and last[0] != index - 1
                if kept_before:             # the page before is `base`'s: so is the context it left
                    _put_back(context, base.starts[index])
                starts[len(starts):index] = base.starts[len(starts):index] if base else []
                if index < len(starts):     # WeasyPrint's own loop making one page again
                    starts[index] = _context_state(context)
                else:
                    starts.append(_context_state(context))
                self.pages_made += 1
                last[0] = index
                makers = context.page_maker
                following = makers[index + 1] if index + 1 < len(makers) else None
                result = original(index, *args, **kwargs)
                if base is not None and shift_known:
                    _stop_if_longer(context, index, base)
                if base is not None and index + 1 < len(base.starts) \
                        and context.page_maker[index + 1] is following \
                        and not following[-1]["content_changed"] \
                        and _context_state(context) != base.starts[index + 1]:
                    # the next page begins where it did, but not with the same notes waiting
                    following[-1]["content_changed"] = True
                return result
            return remake_page

        pages = list(base.pages) if base is not None else []
        shift_known = base is not None and _one_width(base.pages)
        try:
            self._made(context, page_module, pages, keys, recording)
        except _Longer as longer:
            return Layout([], [], [], frozenset(keys), longer.pages)
        pages = self._pages
        if base is not None:
            starts[len(starts):] = base.starts[len(starts):len(pages)]
        del starts[len(pages):]
        makers = [_maker(entry) for entry in context.page_maker]
        return Layout(pages, makers, starts, frozenset(keys))

    def _made(self, context, page_module, pages, keys, recording) -> None:
        """WeasyPrint's pagination loop, its pages left in `_pages`."""
        with self.wrappers(keys), replaced(page_module, "remake_page", recording):
            for loop in range(self.max_loops):
                if loop:            # WeasyPrint's own loop: pages whose counters changed
                    context.footnotes = list(self.footnotes)
                before = len(pages) if loop else 0
                pages = list(page_module.make_all_pages(context, self.root_box, self.html, pages))
                again = False
                for _, _, _, page_state, remake_state in context.page_maker:
                    page_state[1]["pages"] = [len(pages)]
                    again = again or remake_state["content_changed"] or (
                        remake_state["pages_wanted"] and before != len(pages))
                if not again:
                    break
        self._pages = pages

    def use(self, layout: Layout) -> None:
        """Make `layout` the one WeasyPrint finishes: its page makers in the context."""
        assert not layout.longer, "a layout given up as longer is never kept"
        self.context.page_maker = [_maker(entry) for entry in layout.makers]
        self.context.footnotes, self.context.reported_footnotes = [], []
        self.context.broken_out_of_flow = {}


class _Longer(Exception):
    """A layout made again (`Pagination.again`) is known to have more pages than the one it was
    made from, which every caller then leaves (print.pagefoot keeps a layout only with no more
    pages): its `pages`."""

    def __init__(self, pages: int):
        super().__init__(pages)
        self.pages = pages


def _one_width(pages) -> bool:
    """Whether every page of a layout has the same text area: then a page laid out from a given
    point in the box tree, with the same state, is the same page whichever side it falls on."""
    return len({(page.width, page.height) for page in pages}) <= 1


def _stop_if_longer(context, index: int, base: Layout) -> None:
    """Raise _Longer if the page after page `index` (just made) begins a document where and as one
    of `base`'s earlier pages began it: the rest of the layout is then `base`'s rest, later.

    A layout made again converges only where a page begins where and as it began before, at the
    same index (WeasyPrint's test). A word kept whole that gives its document a page more shifts
    every later page by one, so that never happens and the layout was made again to the part's
    end (the part's later documents made twice, to learn that it is a page longer, and left;
    the en-ru book's light part made 38 pages for 10, the 20 times book's its copies). The next
    document's first page, beginning as before a page later, tells it at once: from the same
    point in the box tree with the same footnotes waiting and the same state (but for the
    page numbers and, where every page has one text area, the side), the same pages follow."""
    makers = context.page_maker
    if index + 1 >= len(makers):
        return
    resume_at, next_page, _, page_state, _ = makers[index + 1]
    if next_page["break"] == "any":
        return                  # only a document's first page (a forced break): where a layout settles
    state = _context_state(context)
    for j in range(index, 0, -1):
        before = base.makers[j] if j < len(base.makers) else None
        if before is None or before[1]["break"] == "any":
            continue
        if before[0] == resume_at and before[1] == next_page and j < len(base.starts) \
                and base.starts[j] == state and _unnumbered(before[3]) == _unnumbered(page_state):
            raise _Longer(index + 1 + len(base) - j)


def _unnumbered(page_state):
    """A page's state (quotes, counters, their scopes, page groups) without the page counters."""
    quotes, counters, scopes, groups = page_state
    return quotes, {name: value for name, value in counters.items() if name not in ("page", "pages")}, \
        scopes, groups


@contextmanager
def paginated(choose, wrappers):
    """While active, WeasyPrint's render makes a part's layouts with `choose(pagination)`, which
    returns the one to keep, and finishes that one (within `wrappers(its keys)`, as each layout
    is made: the margin boxes' lines are marked too)."""
    import weasyprint.document
    import weasyprint.layout

    def wrap(original):
        def layout_document(html, root_box, context, max_loops=8):
            pagination = Pagination(html, root_box, context, max_loops, wrappers)
            chosen = choose(pagination)
            pagination.use(chosen)
            made = chosen.pages
            with wrappers(chosen.keys), \
                    replaced(weasyprint.layout, "initialize_page_maker",
                             lambda _original: lambda context, root_box: None), \
                    replaced(weasyprint.layout, "make_all_pages",
                             lambda _original: lambda context, root_box, html, pages: iter(made)):
                yield from original(html, root_box, context, max_loops)
        return layout_document

    with replaced(weasyprint.document, "layout_document", wrap):
        yield
