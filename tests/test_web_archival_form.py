"""An archival item's form in the interface language (issue #20, "English in the Russian and Armenian
interfaces"; notes24's read of the site).

The archival reference of a letter ("RGASPI, f. 2, op. 1, d. 332, ll. 1–3 verso, original") is written
as an archivist writes it, in the base language and marked so; its last word, the item's form
(objectDesc/@form: original, copy, certified copy), is the editors' category, and it stood in English
inside every Russian and Armenian page, part of the English-marked reference. It is now said apart, in
the interface language (ui catalogs), and a form the interface has no word for as written. Fixture:
mini, its source described as Legran's letter is (tei/legran-letter-to-chicherin.xml: RGASPI, f. 5,
op. 1, d. 2127, a copy). Builds a web edition: run under the heavy lock."""
from __future__ import annotations

from pathlib import Path

import pytest
from lxml import html

from conftest import make_project, replace_once, run_cli

SAID = {"en": "copy", "ru": "копия", "hy": "պատճեն"}


MS = ('<msDesc xml:id="ms-mini"><msIdentifier><repository>RGASPI</repository><idno type="fond">5</idno>'
      '<idno type="opis">1</idno><idno type="delo">2127</idno></msIdentifier><msContents><msItem>'
      '<locus from="2" to="6">ll. 2-6</locus><title>Letter of B. Legran to G. Chicherin</title></msItem></msContents>'
      '<physDesc><objectDesc form="{form}"/>'
      '</physDesc></msDesc>')


def _edition(tmp: Path, form: str) -> Path:
    root = make_project(tmp, "mini")
    replace_once(root / "tei" / "mini.xml", "</bibl></sourceDesc>", "</bibl>" + MS.format(form=form) + "</sourceDesc>")
    assert run_cli("--root", root, "build", "web") == 0
    return root


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    return _edition(tmp_path_factory.mktemp("archival-form"), "copy")


def _archival(root: Path, ui: str):
    page = html.parse(str(root / "build" / "web" / ui / "documents" / "mini.html"))
    [box] = page.xpath("//span[contains(@class, 'part-archival')]")
    return box


@pytest.mark.parametrize("ui", ["en", "ru", "hy"])
def test_the_form_is_said_in_the_interface_language(site, ui):
    box = _archival(site, ui)
    [ref] = box.xpath("span[@lang='en']")
    assert " ".join(ref.text_content().split()) == "RGASPI, f. 5, op. 1, d. 2127, ll. 2-6", ref.text_content()
    [form] = box.xpath("span[contains(@class, 'archival-form')]")
    assert form.text_content() == SAID[ui] and form.get("lang") is None    # the page's own language


def test_a_form_the_interface_has_no_word_for_is_given_as_written(tmp_path):
    root = _edition(tmp_path, "carbon-copy")
    [form] = _archival(root, "ru").xpath("span[contains(@class, 'archival-form')]")
    assert form.text_content() == "carbon copy"
