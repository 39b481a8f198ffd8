"""Dublin Core's dc:source says where in its source the text is: journey 25's armistice, from page 442
of Rowe's chronicle (`<biblScope unit="page">442</biblScope>` in the seed's bibl), had a dc:source
without the page. The page is labelled as the book's source line labels it (the print catalog's
"p. {page}" in the base language); a scope the editors wrote out stays as written."""
from __future__ import annotations

import pytest
from lxml import etree

from conftest import make_project, replace_once
from triglot.edition import load
from triglot.library import dublin_core

DC = "{http://purl.org/dc/elements/1.1/}"


@pytest.mark.parametrize("scope, cited", [
    ("442", "1919. p. 442."),
    ("442-443", "1919. pp. 442\u2013443."),
    ("p. 442", "1919. p. 442."),
])
def test_the_page_of_the_source_is_in_dc_source(tmp_path, scope, cited):
    root = make_project(tmp_path, "treaty-articles")
    replace_once(root / "tei" / "mudros.xml", '<biblScope unit="page">442</biblScope>',
                 f'<biblScope unit="page">{scope}</biblScope>')
    record = etree.fromstring(dublin_core.records(load(root), root / "tei", "https://w3id.org/triglot/")["mudros"])
    sources = [s.text for s in record.iter(DC + "source")]
    assert [s for s in sources if s.endswith(cited)], sources
