"""What the printed books' text layer gives back, read with poppler's pdftotext (#17).

- The join controls are text too: Persian's zero-width non-joiner (U+200C) in "رئیس‌جمهور"
  was lost, and with it the word's spelling for search and copy, because it has no visible
  glyph (print.invisible). Its journey edition's book: tests/test_journey13.py.
- A dash never opens a line: Russian keeps "—" on the line of the word before it, as English
  does with a spaced em dash and the en dash of a range (xslt/modules/dashes.xsl).
"""
from __future__ import annotations

import re
import subprocess

import pytest

DASH_OPENS = re.compile(r"^\s*[—–]", re.MULTILINE)


def pdftotext(path, *options) -> str:
    return subprocess.run(["pdftotext", *options, "-enc", "UTF-8", str(path), "-"],
                          check=True, capture_output=True, text=True).stdout


def test_no_line_of_any_book_begins_with_a_dash_and_the_text_is_unchanged(print_real):
    """In reading order each line of a column is a line of pdftotext's text: before the fix
    seven lines of the trilingual book began with a dash ("— Азербайджаном. В", "– played a
    crucial role in", an Armenian date range of the chronology "– 1920 թ․ դեկտեմբերի").
    The fix keeps the characters: a spaced dash comes out with ordinary spaces, no
    no-break space or joiner put in."""
    _, books = print_real
    texts = {book.path.name: pdftotext(book.path) for book in books.values()}
    opened = {name: DASH_OPENS.findall(text) for name, text in texts.items()}
    assert opened and all(found == [] for found in opened.values()), opened
    trilingual = texts[books[("en", "ru", "hy")].path.name]
    assert not re.search("[\u00a0\u2060]", trilingual)
    assert "Баку — особенно" in " ".join(trilingual.split())


SAMPLES = [("fa", "rtl", "رئیس\u200cجمهور رایش آلمان"),
           ("fa", "rtl", "می\u200dخواهم"),
           ("en", "ltr", "a man\u200d\u200dat the \u200cend")]     # combining accents ("все́") were never lost


@pytest.mark.parametrize("lang,direction,text", SAMPLES)
def test_join_controls_are_extracted_and_the_page_looks_the_same(tmp_path, lang, direction, text):
    """pdftotext gives the text back with its ZWNJ or ZWJ, in reading order, right to left too; the
    page rendered with and without print.invisible is the same image, pixel for pixel."""
    from weasyprint import HTML

    from triglot.print.invisible import join_controls_kept
    html = HTML(string=f'<p lang="{lang}" dir="{direction}" style="font-family: DejaVu Sans">{text}</p>')
    html.write_pdf(tmp_path / "plain.pdf", pdf_tags=True)
    with join_controls_kept():
        html.write_pdf(tmp_path / "kept.pdf", pdf_tags=True)
    got = pdftotext(tmp_path / "kept.pdf").strip().strip("\u202b\u202c")
    assert got == text
    for name in ("plain", "kept"):
        subprocess.run(["pdftoppm", "-r", "96", "-gray", str(tmp_path / f"{name}.pdf"), str(tmp_path / name)], check=True)
    assert (tmp_path / "plain-1.pgm").read_bytes() == (tmp_path / "kept-1.pgm").read_bytes()


def test_characters_that_only_steer_line_breaks_stay_out_of_the_text(tmp_path):
    """A soft hyphen's glyph is a visible hyphen (drawn, it would show where the line does not
    break); the word joiner print-inline.xsl puts before every note call is no text of the TEI."""
    from weasyprint import HTML

    from triglot.print.invisible import join_controls_kept
    with join_controls_kept():
        HTML(string='<p lang="en" style="font-family: DejaVu Sans">in\u00adcredible askers\u2060 2</p>'
             ).write_pdf(tmp_path / "s.pdf")
    assert pdftotext(tmp_path / "s.pdf").strip() == "incredible askers 2"
