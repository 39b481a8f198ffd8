"""A book of four columns: the edition grown by a language prints it as small as a book of three.

The column widths (print/widths.py) are reckoned for the 8 pt text of a book of three or more
columns, the stylesheet set only a book of exactly three at 8 pt: a fourth language (journey 23g,
Turkish added to the edition, the en-ru-hy-tr book) printed its four columns at the 9 pt of a
two-column book, about 17 letters a line in each.
"""
from __future__ import annotations

import pdfplumber

from conftest import make_project


def size_of(pdf, word: str) -> float:
    """The size the base text's `word` is set in, where the book prints it in its table."""
    with pdfplumber.open(str(pdf)) as book:
        for page in book.pages:
            for found in page.extract_words(extra_attrs=["size"]):
                if found["text"] == word:
                    return round(found["size"], 1)
    raise AssertionError(f"{word!r} is not in {pdf.name}")


def test_a_four_column_book_is_set_as_small_as_a_three_column_one(tmp_path, cli):
    root = make_project(tmp_path)
    settings = root / "triglot.toml"
    settings.write_text(settings.read_text("utf-8").replace('translations = ["ru", "hy"]',
                                                            'translations = ["ru", "hy", "tr"]'), "utf-8")
    assert cli("--root", root, "translations", "add-language", "tr")[0] == 0
    code, out, err = cli("--root", root, "build", "print", "--languages", "en-ru-hy", "--languages", "en-ru-hy-tr")
    assert code == 0, err
    books = root / "build" / "print"
    three = size_of(books / "triglot-en-ru-hy.pdf", "wrote")
    four = size_of(books / "triglot-en-ru-hy-tr.pdf", "wrote")
    assert three == 8.0
    assert four == three
