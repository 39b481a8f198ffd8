"""A source line's page (`<biblScope unit="page">442</biblScope>` in the seed's bibl) is printed with
its label. Journey 25 found the book's source line for the Armistice of Mudros ending in a bare "442"
(Rowe's chronicle, page 442), which reads as a volume or a year. The label is the print catalog's word
in the base language ("p. {page}", "pp. {pages}"); a scope that already says what it is stays as written."""
from __future__ import annotations

import pytest
from lxml import etree

from conftest import make_project, replace_once
from triglot.edition import load
from triglot.print import book


def _source(root) -> str:
    edition = load(root)
    meta = book.doc_meta(edition, edition.document("mudros"), ["en", "ru", "hy"])
    return "".join("".join(s.itertext()) for s in meta if etree.QName(s).localname == "source")


@pytest.mark.parametrize("scope, printed", [
    ("442", "1919, p. 442"),
    ("442-443", "1919, pp. 442\u2013443"),
    ("p. 442", "1919, p. 442"),                 # written out by the editors: not "p. p. 442"
])
def test_a_page_of_the_source_is_printed_with_its_label(tmp_path, scope, printed):
    root = make_project(tmp_path, "treaty-articles")
    replace_once(root / "tei" / "mudros.xml", '<biblScope unit="page">442</biblScope>',
                 f'<biblScope unit="page">{scope}</biblScope>')
    assert _source(root).endswith(printed)
