"""No word is hyphenated across a page (#17; print.pagefoot).

The books had words broken between a page's foot and the next page's head ("transporta-" /
"tion": 12, 4 and 15 in the en-ru, en-hy and en-ru-hy books of session 24), read so by
pdftotext and the tags. The fixture edition's letter is given a paragraph of long words, so
that nearly every line of it ends in a hyphenation; at 200 words main's build broke
"transporta-|tion" across the first page. The book is built by the command and read with
pdftotext, as a reader's copy is.
"""
from __future__ import annotations

import re
import subprocess

import pytest
from conftest import make_project

VOCABULARY = ("administrative internationalisation telecommunications representatives extraordinary "
              "plenipotentiary reconstruction transportation correspondence negotiations").split()
WORDS = [VOCABULARY[i % len(VOCABULARY)] for i in range(200)]


def build_with_paragraph(tmp_path, cli, words):
    root = make_project(tmp_path)
    text = " ".join(words)
    for path, before in ((root / "tei" / "mini.xml", '<date when="1920-07-02">July 2, 1920</date>.'),
                         (root / "seeds" / "mini.txt", "July 2, 1920.")):
        source = path.read_text("utf-8")
        assert before in source
        path.write_text(source.replace(before, f"{before} {text}."), "utf-8")
    code, out, err = cli("--root", root, "build", "print", "--languages", "en-ru")
    assert code == 0, err
    return root / "build" / "print" / "triglot-en-ru.pdf"


def pdftotext(pdf, *options) -> str:
    return subprocess.run(["pdftotext", *options, str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout


def body_lines(page: str) -> list[str]:
    """The lines of a page that hold the paragraph's words (not its heads, labels or folio)."""
    return [line.strip() for line in page.splitlines()
            if any(line.strip().startswith(word[:5]) or word[-5:] in line for word in VOCABULARY)]


def test_no_page_ends_in_a_hyphenated_word(tmp_path, cli):
    pdf = build_with_paragraph(tmp_path, cli, WORDS)
    pages = [body_lines(page) for page in pdftotext(pdf, "-layout").split("\f")]
    pages = [lines for lines in pages if lines]
    assert len(pages) >= 2, "the paragraph runs over a page"
    for lines in pages[:-1]:
        assert not lines[-1].split()[-1].endswith("-"), lines[-1]
    # the paragraph is still hyphenated inside its pages: only the page's last line is kept whole
    assert sum(line.endswith("-") for lines in pages for line in lines) > 10


def test_the_paragraph_reads_whole_and_in_order(tmp_path, cli):
    pdf = build_with_paragraph(tmp_path, cli, WORDS)
    text = pdftotext(pdf)
    tokens = text[text.index("July 2, 1920."):].split()[3:]
    read = [token.rstrip(".0123456789") for token in tokens]      # the last word's note call
    read = [token for token in read if token in VOCABULARY or token.endswith("-")]
    assert read[:len(WORDS)] == WORDS


def xhtml_of(*sections: str) -> str:
    body = "".join(f'<section class="document">{section}</section>' for section in sections)
    return ('<html xmlns="http://www.w3.org/1999/xhtml" lang="en"><head><title>t</title></head>'
            f'<body>{body}</body></html>')


def paragraph(count: int) -> str:
    return '<p lang="en">' + " ".join(VOCABULARY[i % len(VOCABULARY)] for i in range(count)) + "</p>"


def page_boxes(document):
    return [page._page_box for page in document.pages]


def pages_made(monkeypatch) -> list[int]:
    """The number of each page WeasyPrint makes from now on, in the order it makes them."""
    from weasyprint.layout import page as page_module
    made, make_page = [], page_module.make_page

    def counted(context, root_box, page_type, resume_at, number, *rest):
        made.append(number)
        return make_page(context, root_box, page_type, resume_at, number, *rest)
    monkeypatch.setattr(page_module, "make_page", counted)
    return made


def test_a_word_at_a_page_foot_is_kept_whole_as_its_page_is_made(monkeypatch):
    """Every page is made once: the block whose lines stop at a page's foot in a hyphenated word
    is laid out again on that page, its last line unhyphenated, before the next page is made.
    Before (session 25-27) the part was laid out again from that page to its document's end: the
    en-ru book's body made 77 pages for 40, here 8 pages were made 18 times."""
    import weasyprint.document

    from triglot.print import pagefoot, pages
    short = "".join('<p lang="en">a</p>' for _ in range(150))      # three pages, no word to break
    made, cascades = pages_made(monkeypatch), []
    cascade = weasyprint.document.get_all_computed_styles
    monkeypatch.setattr(weasyprint.document, "get_all_computed_styles",
                        lambda *args, **kwargs: cascades.append(1) or cascade(*args, **kwargs))
    document = pages.render(xhtml_of(short + paragraph(1500)), ("en",))
    boxes = page_boxes(document)
    assert len(pagefoot.kept_in_place(boxes)) >= 3, "pages end where a word was hyphenated, kept whole"
    assert pagefoot.broken_across(boxes[:-1]) == {}
    assert made == list(range(1, len(document.pages) + 1)), made
    assert len(cascades) == 1


def test_only_a_document_whose_last_page_is_light_is_checked(monkeypatch):
    """A word kept whole moves the lines after it only to its document's end (the next begins on
    a new page), so a document can get a page more from it only if its last page holds little:
    such a document is laid out again from the word's page with the word hyphenated, to compare
    (pages 3-4 here: its last page holds a few lines); one whose last page is half full is not
    (pages 1-2), nor the pages of another document."""
    from triglot.print import pagefoot, pages
    # here the check itself, not what it can tell before laying out (the test after this one)
    monkeypatch.setattr(pagefoot, "_changes_nothing_overleaf", lambda *args: False)
    made = pages_made(monkeypatch)
    document = pages.render(xhtml_of(paragraph(600), paragraph(401), paragraph(200)), ("en",))
    boxes = page_boxes(document)
    assert len(boxes) == 5
    assert sorted(pagefoot.kept_in_place(boxes).values()) == [0, 2]
    assert pagefoot._filled_share(boxes[1]) > pagefoot.LIGHT > pagefoot._filled_share(boxes[3])
    assert [made.count(number) for number in range(1, 6)] == [1, 1, 2, 2, 1], made


def test_a_light_document_is_not_laid_out_again_where_its_kept_word_moves_nothing_overleaf(monkeypatch):
    """The document of the test above whose last page is light: its word kept whole at page 3's foot
    goes on page 4, where its paragraph's lines, from the first after the word on, are the same
    lines, kept whole or hyphenated (at_page_foot lays both rests out in the paragraph's width):
    page 5 begins as it does either way, so hyphenated it could not end a page sooner. It is not
    laid out again to learn that (main made pages 3 and 4 twice); its pages are those the
    comparison gives."""
    from triglot.print import pagefoot, pages
    html = xhtml_of(paragraph(600), paragraph(401), paragraph(200))

    def texts(document):
        return [[box.text for box in page.descendants() if hasattr(box, "text")] for page in page_boxes(document)]
    monkeypatch.setattr(pagefoot, "_changes_nothing_overleaf", lambda *args: False, raising=False)
    compared = texts(pages.render(html, ("en",)))
    monkeypatch.undo()
    made = pages_made(monkeypatch)
    document = pages.render(html, ("en",))
    assert texts(document) == compared and len(compared) == 5
    assert made == [1, 2, 3, 4, 5], made


def _filled(height: float) -> str:
    """A block that breaks nowhere, `height` CSS pixels tall."""
    return f'<div style="height: {height:.3f}px; break-inside: avoid"></div>'


def test_a_word_is_left_hyphenated_where_kept_whole_it_makes_a_page_more(monkeypatch):
    """Each section's first page ends in a hyphenated word; the first section's moves to a page
    it ends on anyway, while the second's makes its last line one more and pushes a block that
    fills the last page's foot onto a page more (with 417 words: with most counts the word fits
    in the last line). The second is hyphenated: the part has no more pages than with both
    hyphenated (without the check of a light last page, `LIGHT` 0, it has one more)."""
    from contextlib import nullcontext

    from triglot.print import pagefoot, pages
    first, second = paragraph(400), paragraph(417)
    monkeypatch.setattr(pagefoot, "PASSES", 1)          # both hyphenated, as WeasyPrint ends the text
    monkeypatch.setattr(pagefoot, "at_page_foot", lambda keys: nullcontext())
    probe = pages.render(xhtml_of(first, second + _filled(1)), ("en",))
    assert sorted(pagefoot.broken_across(page_boxes(probe)[:-1]).values()) == [0, 2]
    monkeypatch.undo()
    last = page_boxes(probe)[-1]
    block = [box for box in last.descendants() if box.element_tag == "div"][-1]
    filled = xhtml_of(first, second + _filled(last.content_box_y() + last.height - block.position_y - 0.5))
    monkeypatch.setattr(pagefoot, "LIGHT", 0)
    unchecked = page_boxes(pages.render(filled, ("en",)))
    assert len(unchecked) == 5 and pagefoot.broken_across(unchecked[:-1]) == {}, "both kept whole: a page more"
    monkeypatch.undo()
    boxes = page_boxes(pages.render(filled, ("en",)))
    assert len(boxes) == 4, "no more pages"
    assert sorted(pagefoot.broken_across(boxes[:-1]).values()) == [2], "the first kept whole, the second not"


def test_a_layout_made_again_stops_once_it_is_known_to_be_a_page_longer(monkeypatch):
    """The part of the test above, three documents of three pages after it. Keeping the second
    document's word whole alone gives it a page more; that trial is left. It was made to the part's
    end, every later page a page further on than before, so WeasyPrint never found one beginning as
    it began and made the three later documents again (twice: the trial and the trial with the
    room a note gave back filled), to be left (print.repagination). Now the trial stops where the
    next document begins as before, a page later: the same pages, each later page made three
    times (the layouts kept) rather than five."""
    from contextlib import nullcontext

    from triglot.print import pagefoot, pages, repagination
    first, second = paragraph(400), paragraph(417)
    monkeypatch.setattr(pagefoot, "PASSES", 1)
    monkeypatch.setattr(pagefoot, "at_page_foot", lambda keys: nullcontext())
    probe = pages.render(xhtml_of(first, second + _filled(1)), ("en",))
    monkeypatch.undo()
    last = page_boxes(probe)[-1]
    block = [box for box in last.descendants() if box.element_tag == "div"][-1]
    filled = _filled(last.content_box_y() + last.height - block.position_y - 0.5)
    html = xhtml_of(first, second + filled, *(paragraph(600) for _ in range(3)))

    def texts(document):
        return [[box.text for box in page.descendants() if hasattr(box, "text")] for page in page_boxes(document)]
    monkeypatch.setattr(repagination, "_stop_if_longer", lambda *args: None)
    made = pages_made(monkeypatch)
    before = texts(pages.render(html, ("en",)))
    assert len(before) == 10 and [made.count(number) for number in range(6, 11)] == [5] * 5
    monkeypatch.undo()
    made = pages_made(monkeypatch)
    document = pages.render(html, ("en",))
    assert texts(document) == before
    assert sorted(pagefoot.broken_across(page_boxes(document)[:-1]).values()) == [2]
    assert [made.count(number) for number in range(6, 11)] == [3] * 5, made


def test_the_layout_with_the_room_a_note_gave_back_filled_is_made_from_the_page_that_sent_it_on(monkeypatch):
    """A light document whose second page sends a footnote on (a paragraph's line needed the note's
    room there, WeasyPrint's `orphans`), with a word kept whole at the foot of its first page: it is
    laid out again with FILLED, which changes only what a block's lines do where they send a note
    on, so from its second page, not from its first (the page of a kept word, as main did: page 1
    made again for nothing). The pages are those main made."""
    from triglot.print import pagefoot, pages

    def words(first, last):
        return " ".join(VOCABULARY[i % len(VOCABULARY)] for i in range(first, last))
    note = '<span class="fn" data-n="1">' + words(0, 40) + "</span>"
    html = xhtml_of(f'<p lang="en">{words(0, 520)}{note} {words(520, 560)}</p><p lang="en">{words(0, 40)}</p>')
    seen = []
    no_page_more = pagefoot._no_page_more

    def first_layout(pagination, best):
        seen.append((sorted(pagefoot.kept_in_place(best.pages).values()), pagefoot._filled_share(best.pages[-1]),
                     [number - 1 for number, start in enumerate(best.starts) if start[1]]))
        return no_page_more(pagination, best)
    monkeypatch.setattr(pagefoot, "_no_page_more", first_layout)
    made = pages_made(monkeypatch)
    document = pages.render(html, ("en",))
    kept, share, sent_on = seen[0]
    assert kept[0] == 0 and share < pagefoot.LIGHT and sent_on == [1], seen
    # the first layout, the layout with FILLED (page 2 alone), the hyphenated trial (pages 1-3)
    assert made == [1, 2, 3, 2, 1, 2, 3], made

    def texts(document):
        return [[box.text for box in page.descendants() if hasattr(box, "text")] for page in page_boxes(document)]
    monkeypatch.setattr(pagefoot, "_filled_from", lambda context, first, last, kept: kept)
    assert texts(pages.render(html, ("en",))) == texts(document)


def test_a_light_document_is_laid_out_hyphenated_from_the_pages_of_its_unproved_words_only(monkeypatch):
    """A light document (its last page holds a few lines) with two words kept whole at page feet:
    the first's paragraph ends on the next page, its rest a line longer or shorter kept whole than
    hyphenated (not proved to move nothing overleaf), but a block that breaks nowhere, too tall for
    what is left of that page either way, begins the page after; the second's paragraph goes on
    overleaf in the same lines either way (`_changes_nothing_overleaf`). Laid out hyphenated from
    the first word's page, the layout converges at that block and the second's page is kept: it
    moves nothing past the next page hyphenated, so the trial is as long as one from both words'
    pages (moscow1921 en-ru-hy: 4 pages made for nothing, 2 now). Main made the trial from both
    pages: 1, 2 and 4, 5 again."""
    from triglot.print import pagefoot, pages
    html = xhtml_of(paragraph(320) + _filled(740) + paragraph(380))
    seen = []
    no_page_more = pagefoot._no_page_more

    def first_layout(pagination, best):
        relaid = getattr(pagination.context, pagefoot.RELAID, set())
        seen.append((sorted((page, pagefoot._changes_nothing_overleaf(best, key, page, relaid))
                            for key, page in pagefoot.kept_in_place(best.pages).items()),
                     pagefoot._filled_share(best.pages[-1]), [start[1] for start in best.starts]))
        return no_page_more(pagination, best)
    monkeypatch.setattr(pagefoot, "_no_page_more", first_layout)
    made = pages_made(monkeypatch)
    document = pages.render(html, ("en",))
    proofs, share, sent_on = seen[0]
    assert proofs == [(0, False), (3, True)] and share < pagefoot.LIGHT and not any(sent_on), seen
    # the first layout, then the hyphenated trial from page 1, converged at page 3 (the block)
    assert made == [1, 2, 3, 4, 5, 1, 2], made

    def texts(document):
        return [[box.text for box in page.descendants() if hasattr(box, "text")] for page in page_boxes(document)]
    monkeypatch.undo()          # main's trial: from every kept word's page (no word proved)
    monkeypatch.setattr(pagefoot, "_changes_nothing_overleaf", lambda *args: False)
    assert texts(pages.render(html, ("en",))) == texts(document) and len(document.pages) == 5


def test_a_word_whose_paragraph_fills_the_next_page_beside_a_longer_column_is_proved_to_move_nothing(monkeypatch):
    """A two-column row (as the parallel table's) begins low on a light document's first page; its
    first column's paragraph stops there in a word kept whole, fills the next page and ends on the
    third, where the second column (short lines, never hyphenated) ends lower. The paragraph's rest
    hyphenated is a line shorter than kept whole and never the same lines, so the block's own
    check (REST) proves nothing; but the next page holds as many of its lines either way, so the
    third page holds as many or fewer, and the row, as tall as its taller column, ends where it did:
    hyphenated, the document could not end a page sooner. Main laid it out again to learn that
    (pages 1-3 made twice: moscow1921 en-ru-hy's 4 pages made for nothing, session 35)."""
    from weasyprint.formatting_structure import boxes as wboxes

    from triglot.print import pagefoot, pages
    second = '<p lang="en">' + "a<br/>" * 88 + "</p>"
    html = xhtml_of(paragraph(200) + '<table style="width: 100%; table-layout: fixed"><tr><td>'
                    + paragraph(223) + f"</td><td>{second}</td></tr></table>")
    seen = []
    no_page_more = pagefoot._no_page_more

    def first_layout(pagination, best):
        kept = pagefoot.kept_in_place(best.pages)
        for key, page in kept.items():
            block, cell, last = pagefoot._kept_line(best.pages[page], key)
            lines = [sum(isinstance(child, wboxes.LineBox) for box in laid.descendants()
                         if box.element is block.element for child in box.children) for laid in best.pages]
            bottoms = [[pagefoot._content_bottom(box) for box in best.pages[-1].descendants()
                        if isinstance(box, wboxes.TableCellBox)]]
            seen.append((page, cell is not None, getattr(last, pagefoot.REST)[0], lines, bottoms))
        seen.append((pagefoot._filled_share(best.pages[-1]), [start[1] for start in best.starts]))
        return no_page_more(pagination, best)
    monkeypatch.setattr(pagefoot, "_no_page_more", first_layout)
    made = pages_made(monkeypatch)
    document = pages.render(html, ("en",))
    (page, in_cell, alike, lines, [[first, other]]), (share, sent_on) = seen
    assert page == 0 and in_cell and alike is None and all(lines) and other > first, seen
    assert share < pagefoot.LIGHT and not any(sent_on), seen
    assert made == [1, 2, 3], made

    def texts(document):
        return [[box.text for box in page.descendants() if hasattr(box, "text")] for page in page_boxes(document)]
    monkeypatch.undo()          # laid out hyphenated anyway: as many pages, this layout kept
    monkeypatch.setattr(pagefoot, "_changes_nothing_overleaf", lambda *args: False)
    made = pages_made(monkeypatch)
    assert texts(pages.render(html, ("en",))) == texts(document) and made == [1, 2, 3, 1, 2, 3], made


def test_two_columns_each_with_a_word_kept_whole_do_not_prove_each_other(monkeypatch):
    """A row of two columns of the same text beginning low on the first page: each column's line at
    the page's foot is kept whole, and each rest, never the same lines kept whole and hyphenated, ends
    on the second page where the other column ends, at the same height. Each word was proved to move
    nothing overleaf by the other column ending at or below it (`_changes_nothing_overleaf`, the
    tallest-cell case of session 33), but hyphenated both columns end a line higher, and a block after
    the row that needs a line's room more than the page left then fits: the document has 2 pages,
    where main kept 3 without laying it out hyphenated. A column with a line kept whole on that page
    proves no other now (session 35)."""
    from weasyprint.formatting_structure import boxes as wboxes

    from triglot.print import pagefoot, pages

    def row(words):
        return paragraph(200) + ('<table style="width: 100%; table-layout: fixed"><tr><td>' + paragraph(words)
                                 + "</td><td>" + paragraph(words) + "</td></tr></table>")
    probe = pages.render(xhtml_of(row(150)), ("en",))
    last = page_boxes(probe)[-1]
    table = [box for box in last.descendants() if isinstance(box, wboxes.TableBox)][-1]
    room = last.content_box_y() + last.height - (table.position_y + table.margin_height())
    html = xhtml_of(row(150) + _filled(room + 7))       # fits where the row is a line (13.9px) shorter
    seen = []
    no_page_more = pagefoot._no_page_more

    def first_layout(pagination, best):
        seen.append((len(best), sorted(pagefoot.kept_in_place(best.pages).values()),
                     [getattr(pagefoot._kept_line(best.pages[page], key)[2], pagefoot.REST)[0]
                      for key, page in pagefoot.kept_in_place(best.pages).items()]))
        return no_page_more(pagination, best)
    monkeypatch.setattr(pagefoot, "_no_page_more", first_layout)
    document = pages.render(html, ("en",))
    assert seen[0] == (3, [0, 0], [None, None]), seen
    assert len(document.pages) == 2
    monkeypatch.setattr(pagefoot, "_changes_nothing_overleaf", lambda *args: False)
    assert len(pages.render(html, ("en",)).pages) == 2, "laid out hyphenated: a page less"


@pytest.mark.parametrize("books", ["print_real", "print_mini"])
def test_no_book_has_a_word_broken_across_a_page(books, request):
    """pdftotext joins a word hyphenated at a line's end inside a page, so a line of its text
    that ends in a letter and a hyphen is a word broken across a page (or a column's foot). The
    en-ru book of the edition kept one, "comprom-" (session 26): kept whole, the word went
    overleaf and its part got a page more, because WeasyPrint had ended the English column's
    part of that page a line early, where it sent a Russian note overleaf; with the room the note
    gave back filled, the word is whole and the book as long as it was (print.pagefoot.filled)."""
    _, built = request.getfixturevalue(books)
    for langs, book in built.items():
        broken = [line for line in pdftotext(book.path).splitlines() if re.search(r"[^\W\d_]-$", line)]
        assert broken == [], ("-".join(langs), broken)


def test_the_room_a_note_sent_overleaf_gives_back_is_filled():
    """WeasyPrint 70 sends a page's last footnote overleaf when a paragraph's second line does not
    fit under it (the paragraph's first line alone would break `orphans`), places the line, and
    ends the paragraph's part on the page there, the room the note gave back left empty (here four
    lines; a page of the en-ru book kept its broken "comprom-" so, session 26). With
    `pagefoot.filled` the paragraph goes on into that room; the note is still overleaf."""
    from weasyprint import CSS, HTML

    from triglot.print import pagefoot
    css = CSS(string='@page { size: 300px 300px; margin: 10px; @footnote { margin-top: 0 } } '
                     'body { margin: 0; font: 16px/20px "DejaVu Serif" } p { margin: 0 } '
                     '.note { float: footnote; font: 16px/20px "DejaVu Serif" }')
    seven_lines_and_a_tall_note = ("<p>" + "<br/>".join("a" for _ in range(7))
                                   + '<span class="note">' + "<br/>".join("n" for _ in range(5)) + "</span></p>")
    long_paragraph = "<p>" + "<br/>".join(f"b{i}" for i in range(20)) + "</p>"
    html = f"<html><body>{seven_lines_and_a_tall_note}{long_paragraph}</body></html>"

    def first_page_and_note_page():
        document = HTML(string=html).render(stylesheets=[css])
        texts = [["".join(box.text for box in line.descendants() if hasattr(box, "text"))
                  for line in page._page_box.descendants() if type(line).__name__ == "LineBox"]
                 for page in document.pages]
        return texts[0], next(i for i, page in enumerate(texts) if "1. n" in page)

    page, note_on = first_page_and_note_page()
    assert page[-2:] == ["b0", "b1"] and note_on == 1, "WeasyPrint's own: two lines, then room left"
    with pagefoot.filled({pagefoot.FILLED}):
        page, note_on = first_page_and_note_page()
    assert page[-3:] == ["b3", "b4", "b5"] and note_on == 1


def test_no_part_of_the_edition_s_first_book_is_laid_out_more_than_twice_over(edition, tmp_path, monkeypatch):
    """A part is laid out once and made again only from the pages a word kept whole changes
    (print.repagination). The en-ru book's nkid1920 part made 38 pages for 10 (session 31): its
    first layout, every word at a page's foot kept whole, had a page more (its last page held a
    line); laid out again from its first page with every word hyphenated it had 10, and then each
    of its seven words was kept whole again one at a time (19 pages), the one whose keeping made
    11 pages kept with the room a footnote sent overleaf gave back filled (print.pagefoot.filled).
    Now a document with footnotes sent overleaf is first laid out again with that room filled, its
    words still kept whole as each page is made: 10 pages, none broken, 17 made. Counted on the
    real edition's parts, as the book builds them."""
    from triglot.print import builder, parts
    made = pages_made(monkeypatch)
    langs = edition.settings.books[0]
    plan = builder.BookPlan(edition, langs, tmp_path)
    for task in plan.body_tasks():
        made.clear()
        part = parts.lay_out(task)
        assert len(made) <= 2 * part.pages, ("-".join(langs), task.out.name, part.pages, len(made))


def test_a_trial_that_cannot_shorten_a_document_of_the_edition_is_not_made(edition, tmp_path, monkeypatch):
    """Every body part of every book of the edition, as the books build them. Where each word a
    document's first layout kept whole at a page's foot provably moves nothing past the next page
    (pagefoot._changes_nothing_overleaf), the document laid out again with its words hyphenated
    has as many pages (laid out here anyway, to check the proof on the edition's text, and not
    counted), and where that holds for every document with a light last page (none of whose pages
    began with notes sent on: those are first laid out filled) the part is laid out once. Session
    32 made 20 pages for nothing so in the three books (moscow1921 en-ru: 4 in a 6-page part; it is
    20 and 100 times in the bench's books)."""
    from triglot.print import builder, pagefoot, parts
    made = pages_made(monkeypatch)
    trials, proved, once = [], [], []
    no_page_more = pagefoot._no_page_more

    def checking(pagination, first):
        best = no_page_more(pagination, first)
        relaid = getattr(pagination.context, pagefoot.RELAID, set())
        kept, simple = pagefoot.kept_in_place(first.pages), True
        for begin, end in pagefoot._documents(first):
            keys = {key: page for key, page in kept.items() if begin <= page <= end}
            sure = bool(keys) and all(pagefoot._changes_nothing_overleaf(first, key, page, relaid)
                                      for key, page in keys.items())
            light = pagefoot._filled_share(first.pages[end]) < pagefoot.LIGHT
            if keys and light and (not sure or pagefoot._notes_sent_on(first, begin, end)) \
                    or pagefoot.broken_across(first.pages):
                simple = False
            if sure:
                count = len(made)
                trial = pagination.again(first, set(keys.values()), first.keys | {pagefoot.HYPHENATED})
                trials.append(len(made) - count)
                assert len(trial) == len(first), (begin, end, len(trial), len(first))
                proved.append((begin, end))
        once.append(simple)
        return best
    monkeypatch.setattr(pagefoot, "_no_page_more", checking)
    laid_once = 0
    for langs in edition.settings.books:
        (tmp_path / "-".join(langs)).mkdir()
        plan = builder.BookPlan(edition, langs, tmp_path / "-".join(langs))
        for task in plan.body_tasks():
            made.clear(), once.clear(), trials.clear()
            part = parts.lay_out(task)
            if once[0]:
                laid_once += 1
                assert len(made) - sum(trials) == part.pages, ("-".join(langs), task.out.name, part.pages, made)
    assert proved and laid_once
