"""A name's index anchor does not break a paragraph's first line after its first word (#17).

print.xsl wraps every name in an inline anchor (`<span id="ix.…">`, read back for the
printed indexes), so the text before a name is a text box of its own that ends in a space.
WeasyPrint 70 measured such a box with its trailing space: when the text before the name
fitted the line but not with the space after it, the box was taken as unbreakable and
only its first word was kept ("Cable" alone on the first line of a FRUS telegram).

Laid out by the print edition's own code (print.pages.render, print.css) and read back
with pdftotext, as a reader's copy is.
"""
from __future__ import annotations

import re
import subprocess

import pytest

from triglot.print import pages

pytest.importorskip("weasyprint")

# The telegram where it was seen: its first row, as print.xsl writes a body part, in a
# two-thirds-wide English column beside a German one (the en-de book of a fixture edition).
TELEGRAM = (
    'Cable received. Am considering carefully credit needs {name} along with other '
    'governments. Hope to reach conclusion shortly and will advise you fully. Contemplated '
    'orders for freight cars and locomotives should not be considered without consultation '
    'with Treasury Department.')
ANCHOR = '<span id="ix.plc.russia.lansing-credit-d5e1130">Russia</span>'
WORDS = "Cable received. Am considering carefully credit needs".split()


def part(body: str, head: str = "") -> str:
    return ('<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE html>'
            '<html xmlns="http://www.w3.org/1999/xhtml" lang="en" xml:lang="en"><head>'
            f'<meta charset="UTF-8"/><title>First lines</title>{head}</head>'
            f'<body class="body cols-2">{body}</body></html>')


def telegram_row(text: str) -> str:
    return ('<section class="document" id="doc-lansing-credit"><table class="parallel"><colgroup>'
            '<col class="col-en" style="width: 66.67%"/><col class="col-de" style="width: 33.33%"/>'
            '</colgroup><thead><tr><th lang="en">English</th><th lang="de">Deutsch</th></tr></thead>'
            '<tbody><tr id="b-lansing-credit.p4" class="row k-p"><td class="cell" lang="en">'
            f'<p class="blk">{text}</p></td><td class="cell untranslated" lang="de">'
            '<p class="missing">Not yet translated</p></td></tr></tbody></table></section>')


def pdf_pages(html: str, tmp_path, name: str) -> list[list[str]]:
    """Each page's lines as pdftotext reads them (reading order, not layout)."""
    path = tmp_path / f"{name}.pdf"
    pages.render(html, ("en", "de"), kind="body").write_pdf(str(path))
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"],
                         capture_output=True, text=True, check=True).stdout
    return [[line for line in page.splitlines() if line.strip()] for page in out.split("\f")]


def lines_of(all_lines: list[str], first_word: str) -> list[str]:
    start = next(i for i, line in enumerate(all_lines) if line.split()[0] == first_word)
    return all_lines[start:]


def test_the_telegram_s_first_line_is_not_its_first_word_alone(tmp_path):
    with_anchor = pdf_pages(part(telegram_row(TELEGRAM.format(name=ANCHOR))), tmp_path, "anchor")[0]
    plain = pdf_pages(part(telegram_row(TELEGRAM.format(name="Russia"))), tmp_path, "plain")[0]
    first = lines_of(with_anchor, "Cable")
    assert len(first[0].split()) > 1, first[:2]
    # the anchor moves no line break: the paragraph reads as it does without it
    assert first[:6] == lines_of(plain, "Cable")[:6]


@pytest.mark.parametrize("font", ["DejaVu Sans Mono", "DejaVu Serif"])
def test_no_first_line_holds_one_word_when_the_words_before_a_name_fit(tmp_path, font):
    """A name after the first k words, in paragraphs where those k words fit and the space
    after them does not. In a monospaced font the width is exact for every k (1ch a
    character: k words and half a space); in the print font the widths are swept a px at a
    time, so one of them falls where the words fit and their space does not."""
    if font == "DejaVu Sans Mono":
        cases = [(k, f"{len(' '.join(WORDS[:k])) + 0.5}ch") for k in range(2, len(WORDS) + 1)]
    else:
        cases = [(len(WORDS), f"{w}px") for w in range(280, 380)]
    paragraphs = []
    for n, (k, width) in enumerate(cases):
        anchor = ANCHOR.replace("lansing", f"t{n}")
        text = f"{' '.join(WORDS[:k])} {anchor} along with other governments."
        paragraphs.append(f'<p class="blk" lang="en" style="width: {width}; '
                          f'font-family: \'{font}\'; break-after: page">{text}</p>')
    laid_out = pdf_pages(part("".join(paragraphs)), tmp_path, "sweep")
    single = [(width, lines[:2]) for (k, width), lines in zip(cases, laid_out) if len(lines[0].split()) == 1]
    assert not single, (font, single)


def test_a_later_line_ending_before_a_name_is_not_one_word_either(tmp_path):
    """The same words on a paragraph's second line, after a first line they fill (1ch a
    character): the text box before the name then begins on the line before, and only
    its rest must fit. No line but the last holds one word."""
    paragraphs = []
    for k in range(2, len(WORDS) + 1):
        words = " ".join(WORDS[:k])
        anchor = ANCHOR.replace("lansing", f"t{k}")
        paragraphs.append(f'<p class="blk" lang="en" style="width: {len(words) + 0.5}ch; '
                          "font-family: 'DejaVu Sans Mono'; break-after: page\">"
                          f"{words} {words} {anchor} along with other governments.</p>")
    laid_out = pdf_pages(part("".join(paragraphs)), tmp_path, "second")
    single = [lines for lines in laid_out if lines and any(len(line.split()) == 1 for line in lines[:-1])]
    assert not single


def test_a_long_box_is_checked_by_its_first_words(monkeypatch):
    """The check of whether a split box's words fit the line without their trailing space laid the
    whole box out with Pango, and a box runs from one name to the next: here a paragraph of 200
    words before a name, checked as each of its lines was made (about 5 % of a part's CPU). Its
    first words are checked first: they alone are more than a line, so the box is; the lines are
    the same (the tests above)."""
    import sys

    import weasyprint.text.line_break as line_break
    from weasyprint.text.line_break import create_layout
    checked = []

    def recorded(text, *args, **kwargs):
        if sys._getframe(1).f_code.co_filename.endswith("linebreak.py"):
            checked.append(len(text))
        return create_layout(text, *args, **kwargs)
    monkeypatch.setattr(line_break, "create_layout", recorded)
    words = " ".join(TELEGRAM.replace("{name}", "Russia").split() * 6)
    pages.render(part(telegram_row(f"{words} {ANCHOR} and the rest.")), ("en", "de"), kind="body")
    assert len(words) > 1500 and checked, "the box before the name was checked"
    assert max(checked) < 500, max(checked)
