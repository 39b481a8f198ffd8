"""A letter or telegram of a collection is named in the reader's language wherever the site names it:
the chronology's "Dates of the documents" gave its English archival title on the Russian and Armenian
pages, and the box above a part was labelled for screen readers with that English title inside a
Russian sentence, where no lang can mark it (issue #20, notes25's leftovers). Built from a copy of the
edition: the Chicherin collection (translated headings) and Legran's letter (Ahmed Mukhtar's note,
whose title is the archive's, in English only)."""
from __future__ import annotations

import re

import pytest
from lxml import html

from conftest import copy_project


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    from triglot.cli import main
    root = copy_project(tmp_path_factory.mktemp("part-titles") / "edition")
    assert main(["--root", str(root), "build", "web"]) == 0
    return root / "build" / "web"


def _written(site, ui: str) -> list:
    page = html.parse(str(site / ui / "chronology.html")).getroot()
    return page.xpath("//ol[contains(@class, 'written')]/li")


def _line(site, ui: str, part: str):
    return next(li for li in _written(site, ui) if li.xpath(f".//a[contains(@href, '#{part}')]"))


@pytest.mark.parametrize("ui, title", [("ru", "Телеграмма Главнокомандующего С. Каменева"),
                                       ("hy", "Գլխավոր հրամանատար Ս. Կամենևի հեռագիրը")])
def test_the_chronology_names_a_translated_part_by_its_heading_in_the_interface_language(site, ui, title):
    first = _line(site, ui, "docs1920.d3").xpath(".//p[2]/span[1]")[0]
    assert first.text_content().startswith(title)
    assert first.get("lang") == ui


@pytest.mark.parametrize("ui, who", [("ru", "Ахмет Мухтар → Георгий Чичерин"), ("hy", "Ահմեդ Մուխթար → Գեորգի Չիչերին")])
def test_the_chronology_names_a_part_with_an_english_title_only_by_its_correspondents(site, ui, who):
    line = next(li for li in _written(site, ui) if "legran1920" in li.xpath("string(.//a/@href)")
                and "21" in li.xpath("string(.//p[1])"))
    text = re.sub(r"\s+", " ", line.text_content())
    assert who in text
    assert "Note (telegram)" not in text


@pytest.mark.parametrize("ui", ["ru", "hy"])
def test_a_part_box_label_holds_no_title_in_another_language(site, ui):
    page = (site / ui / "documents" / "legran1920.html").read_text("utf-8")
    labels = re.findall(r'<aside class="part-box" aria-label="([^"]*)"', page)
    assert labels
    assert not [label for label in labels if "Note (telegram)" in label], labels


def test_the_english_part_box_label_keeps_the_title(site):
    page = (site / "en" / "documents" / "legran1920.html").read_text("utf-8")
    assert 'aria-label="About this document: Note (telegram) of Ahmed Mukhtar' in page
