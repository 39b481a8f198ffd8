"""A row of the parallel table never leaves its labels at a page's foot without its English (#17).

Journey 19 (an en-de-tr book, nothing translated yet): a long row that began near the foot
of a page split with its "Not yet translated" labels on that page and its English, of which
not the two lines `orphans` asks for fitted, all on the next (triglot.print.rowsplit).

Laid out by the print edition's own code (print.pages.render, print.css) and read back with
pdftotext. Where a row begins on a page depends on what comes before it, so the row is put
after a first row of every height over two lines' worth, one point apart: one of them leaves
room at the foot for a label's line and not for two lines of English.
"""
from __future__ import annotations

import re
import subprocess

import pytest

from triglot.print import pages

pytest.importorskip("weasyprint")

ENGLISH = ("Looking down upon the town as it lies at one's feet the most striking feature about it "
           "is the great number of churches that raise their multicolored and diversely shaped "
           "spires in the air. ") * 3
LANGS = ("en", "de", "tr")


def part(room: int, draft: str = "") -> str:
    """A body part as print.xsl writes it for an untranslated document of an en-de-tr book (an
    English column of 60 %, labels beside it), its first row `room` points high. With
    `draft`, the German cell of the second row holds that draft translation instead of a label."""
    label = ''.join(f'<td class="cell untranslated" lang="{lang}"><p class="missing">Not yet translated</p></td>'
                    for lang in LANGS[1:])
    second = label
    if draft:
        second = ('<td class="cell draft" lang="de"><p class="state">Draft translation</p>'
                  f'<p class="blk">{draft}</p></td>'
                  '<td class="cell untranslated" lang="tr"><p class="missing">Not yet translated</p></td>')
    return ('<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE html>'
            '<html xmlns="http://www.w3.org/1999/xhtml" lang="en" xml:lang="en"><head>'
            '<meta charset="UTF-8"/><title>Rows</title></head><body class="body cols-3">'
            '<section class="document" id="doc-tiflis"><table class="parallel"><colgroup>'
            '<col class="col-en" style="width: 60%"/><col class="col-de" style="width: 20%"/>'
            '<col class="col-tr" style="width: 20%"/></colgroup><thead><tr><th lang="en">English</th>'
            '<th lang="de">Deutsch</th><th lang="tr">Türkçe</th></tr></thead><tbody>'
            f'<tr id="b-tiflis.p3" class="row k-p"><td class="cell" lang="en"><div style="height: {room}pt">'
            f'Coming</div></td>{label}</tr>'
            f'<tr id="b-tiflis.p4" class="row k-p"><td class="cell" lang="en"><p class="blk">{ENGLISH}</p></td>'
            f'{second}</tr></tbody></table></section></body></html>')


def second_row_pages(html: str, path) -> list[tuple[int, int]]:
    """Per page: the second row's labels (the first row's two are on page 1) and English lines."""
    pages.render(html, LANGS, kind="body").write_pdf(str(path))
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"],
                          capture_output=True, text=True, check=True).stdout
    found = [(page.count("Not yet"), page.count("Looking")) for page in text.split("\f")]
    found[0] = (found[0][0] - 2, found[0][1])
    return [counts for counts in found if counts != (0, 0)]


# Heights of the first row from where the second row fits two lines of English on page 1 to
# where it no longer fits a label: the fault was at 529-535 points.
ROOMS = range(520, 545)


@pytest.mark.parametrize("room", ROOMS)
def test_the_labels_stay_with_the_first_lines_of_english(room, tmp_path):
    found = second_row_pages(part(room), tmp_path / "rows.pdf")
    first_labels, first_english = found[0]
    assert first_english > 0, f"{room} pt: the labels at a page's foot, the English overleaf: {found}"
    assert first_labels == 2


def test_a_draft_stays_with_the_first_lines_of_english(tmp_path):
    """The fault turned round: a draft's label and first lines need more room than two lines of
    English (the label is kept with its passage), so the English could stay at a page's foot
    beside an empty German cell and the German follow overleaf."""
    german = "Blickt man auf die Stadt hinab, wie sie einem zu Füßen liegt."
    for room in ROOMS:
        html = part(room, german)
        path = tmp_path / f"rows-{room}.pdf"
        pages.render(html, LANGS, kind="body").write_pdf(str(path))
        text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"],
                              capture_output=True, text=True, check=True).stdout
        page = next(page for page in text.split("\f") if "Looking" in page)
        assert "Blickt" in page, f"{room} pt: English at a page's foot, its German overleaf"


def test_a_label_in_another_language_is_not_hyphenated(tmp_path):
    """A column in a language without a print catalog is labelled in the first interface
    language, in a span of that language (xslt print-common, b:ui-in), which the language
    style sheet hyphenated: "Not yet trans-" / "lated" in the label columns of journey 19's
    en-de-tr book (pdftotext joins the halves unless asked for the layout)."""
    html = part(100).replace('<p class="missing">Not yet translated</p>',
                             '<p class="missing"><span lang="en">Not yet translated</span></p>')
    path = tmp_path / "labels.pdf"
    pages.render(html, LANGS, kind="body").write_pdf(str(path))
    text = subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", str(path), "-"],
                          capture_output=True, text=True, check=True).stdout
    assert text.count("Not yet") == 4
    assert "translated" in text and not re.search(r"trans-|transla-|translat-", text), text
