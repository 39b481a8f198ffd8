"""A row of the parallel table splits with every column on both pages, or moves whole (#17).

The fault (journey 19, an en-de-tr book of an edition with nothing translated yet): a long
row that began at the foot of a page split so that its English went overleaf while its
one-line "Not yet translated" labels stayed behind, alone at the page's foot. WeasyPrint 70
splits a row cell by cell (`layout.table`'s `group_layout`): each cell takes what fits of
its content, and a cell of which nothing fits (the English paragraph needs two lines,
`orphans`, and one was left) is drawn empty while the row goes on overleaf. The row is
split all the same, as long as another cell (the label, one short line) placed something.
The same happens to a translation of which nothing fits beside English that does.

No style sheet rule says this: `break-inside: avoid` on the label cells (or on every row
with a label) keeps such rows whole wherever they fall, and moving long rows whole left ten
times the empty lines at the feet of pages (print.css, tr.short); a better guess of which
rows are short (xslt print-body, b:short) still leaves a long row that begins two lines
above the foot. The rule is: a row may split only where each of its columns with content
puts something on the page before; if one cannot, the row goes whole to the next page.

So, while a part is laid out (`columns_split_together`), `block_container_layout` is
wrapped for table cells (the table layout imports it from `layout.block` at each call): when a
cell with content returns nothing on a page that is not empty, its `break-inside` is set to
`avoid` until the first cell of the next row pass is laid out. WeasyPrint reads it after
the row's last cell: if any cell avoids a break, the row (and a heading kept with it) goes to
the next page (`_find_earlier_page_break`), as a row marked short does. Rows that fit, rows
at the top of a page (WeasyPrint forces content into every cell there) and rows split with
every column on both pages are laid out as before. The style is changed in place because
the table layout reads the cells' own styles (a cell with a set height is laid out with a
copy of its style, and would escape this: print.css sets none); it is set back before the
next row and when the layout ends.
"""
from __future__ import annotations

from contextlib import contextmanager
from threading import Lock

_LOCK = Lock()


def _together(layout):
    from weasyprint.formatting_structure.boxes import TableCellBox
    marked = []                     # (style, its break-inside) of the cells of the row just laid out

    def restore():
        while marked:
            style, value = marked.pop()
            style["break_inside"] = value

    def block_container_layout(context, box, bottom_space, skip_stack, page_is_empty, *args, **kwargs):
        if not isinstance(box, TableCellBox):
            return layout(context, box, bottom_space, skip_stack, page_is_empty, *args, **kwargs)
        if box.grid_x == 0 and not any(style is box.style for style, _ in marked):
            restore()               # a new row pass (not the empty copy of a cell that placed nothing)
        result = layout(context, box, bottom_space, skip_stack, page_is_empty, *args, **kwargs)
        if result[0] is None and not page_is_empty and box.children \
                and not any(style is box.style for style, _ in marked):
            marked.append((box.style, box.style["break_inside"]))
            box.style["break_inside"] = "avoid"
        return result

    return block_container_layout, restore


@contextmanager
def columns_split_together():
    """While active, a table row of which one cell can place nothing on a page moves whole."""
    from weasyprint.layout import block
    with _LOCK:
        original = block.block_container_layout
        block.block_container_layout, restore = _together(original)
        try:
            yield
        finally:
            block.block_container_layout = original
            restore()
