"""A search result found through a name the register has not checked says so (issue #20, session 28).

Cards, register pages, headers, split registers' lists and the map mark an unchecked form
(cert="low"/"medium") in words; the search page listed a passage found through Chicherin's unchecked
Armenian name like any other. tests/roots/unchecked-forms (Chicherin's Armenian form unchecked) with,
here, the Armenian translation of its passage drafted, naming him, and a Russian one naming Moscow by an
unchecked variant (Первопрестольная) and a checked one: searched for "Chicherin" and "Moscow", the
Armenian row and the row with the unchecked variant are marked (the words "… (unchecked form)" in the
interface language, the name in its own, a dashed border, the row's link described by them and by the
page's explanation); the English row and the row with the checked variant are not. search.json carries
the unchecked forms of those entries that have one, and nothing for the others."""
from __future__ import annotations

import json
import re

import pytest
from playwright.sync_api import expect

from chromium import serious_axe_violations
from conftest import make_project, replace_once, run_cli, served

MARK = {"en": "Գեորգի Չիչերին (unchecked form)", "ru": "Գեորգի Չիչերին (непроверенная форма)",
        "hy": "Գեորգի Չիչերին (չստուգված ձև)"}
NOTE = {"en": "Unchecked form:", "ru": "Непроверенная форма:", "hy": "Չստուգված ձև՝"}



@pytest.fixture(scope="module")
def site(tmp_path_factory):
    from triglot.edition import load
    from triglot.translate.fingerprint import source_uri
    from triglot.translate.placeholders import segment
    root = make_project(tmp_path_factory.mktemp("unchecked-search"), "unchecked-forms")
    mini = root / "tei" / "mini.xml"
    doc = next(d for d in load(root).documents if d.id == "mini")
    source = {b.get("{http://www.w3.org/XML/1998/namespace}id"): source_uri(segment(b).text) for b in doc.blocks}
    replace_once(mini, '<ab xml:id="mini.p1.hy" corresp="#mini.p1" ana="#untranslated"><note xml:id="mini.n1.hy" corresp="#mini.n1" ana="#untranslated"/></ab>',
          '<ab xml:id="mini.p1.hy" corresp="#mini.p1" ana="#draft" resp="#resp-draft-hy" source="' + source["mini.p1"] + '">'
          '<persName ref="psn:chicherin">Չիչերինը</persName> գրել է <placeName ref="plc:moscow">Մոսկվայից</placeName>։'
          '<note xml:id="mini.n1.hy" corresp="#mini.n1" ana="#untranslated"/></ab>')
    replace_once(mini, '<ab xml:id="mini.h1.ru" corresp="#mini.h1" ana="#untranslated"/>',
          '<ab xml:id="mini.h1.ru" corresp="#mini.h1" ana="#draft" resp="#resp-draft-ru" source="' + source["mini.h1"] + '">Письмо из '
          '<placeName ref="plc:moscow">Первопрестольная</placeName></ab>')
    replace_once(mini, '<ab xml:id="mini.p1.ru" corresp="#mini.p1" ana="#untranslated"><note xml:id="mini.n1.ru" corresp="#mini.n1" ana="#untranslated"/></ab>',
          '<ab xml:id="mini.p1.ru" corresp="#mini.p1" ana="#draft" resp="#resp-draft-ru" source="' + source["mini.p1"] + '">Чичерин писал из '
          '<placeName ref="plc:moscow">Белокаменная</placeName>.<note xml:id="mini.n1.ru" corresp="#mini.n1" ana="#untranslated"/></ab>')
    replace_once(root / "tei" / "places.xml", '<placeName xml:lang="hy">Մոսկվա</placeName>',
          '<placeName xml:lang="hy">Մոսկվա</placeName>'
          '<placeName xml:lang="ru" type="variant" cert="low">Первопрестольная</placeName>'
          '<placeName xml:lang="ru" type="variant">Белокаменная</placeName>')
    assert run_cli("--root", root, "build", "web") == 0
    return root / "build" / "web"


def test_search_json_carries_the_unchecked_forms_of_the_entries_that_have_them(site):
    """By entry id (search.json's "unchecked"): a row's badge names an entry its passage mentions, which need not
    be among the entries under the query's keys; the entries themselves come apart (entries.json, first files)."""
    unchecked = json.loads((site / "pagefind" / "search.json").read_text("utf-8"))["unchecked"]
    assert unchecked == {"chicherin": [["Գեորգի Չիչերին", "hy", "name"]],
                         "moscow": [["Первопрестольная", "ru", "variant"]]}


@pytest.fixture(scope="module")
def base_url(site):
    with served(site) as url:
        yield url


def _rows(page, base_url, ui, query):
    page.goto(f"{base_url}{ui}/search.html?q={query}")
    page.locator(".search-results[data-state=done]").wait_for(state="attached", timeout=60000)
    return page.locator(".search-results > li")


@pytest.mark.parametrize("ui, width", [("hy", 390), ("en", 1440), ("ru", 390)])
def test_a_result_found_through_an_unchecked_name_is_marked_and_read_out(base_url, new_page, ui, width):
    page = new_page(width, bypass_csp=True)
    rows = _rows(page, base_url, ui, "Chicherin")
    hrefs = rows.locator("a").evaluate_all("els => els.map(a => a.getAttribute('href'))")
    marked = [i for i, h in enumerate(hrefs) if h.endswith("#mini.p1.hy")]
    assert len(marked) == 1 and any(h.endswith("#mini.p1") for h in hrefs), hrefs
    for i, href in enumerate(hrefs):
        badges = rows.nth(i).locator(".badge.unchecked")
        if i not in marked:
            expect(badges).to_have_count(0)
            assert rows.nth(i).locator("a").get_attribute("aria-describedby") is None
            continue
        expect(badges).to_have_count(1)
        expect(badges).to_have_text(MARK[ui])
        assert badges.get_attribute("lang") == ui and badges.locator("span").get_attribute("lang") == "hy"
        assert badges.evaluate("b => getComputedStyle(b).borderTopStyle") == "dashed"
        link = rows.nth(i).locator("a")
        # what a screen reader reads after the row's link: the form, then the page's explanation
        expect(link).to_have_accessible_description(re.compile("^" + re.escape(MARK[ui]) + " " + NOTE[ui]))
    note = page.locator("#unchecked-explained")
    expect(note).to_be_visible()
    expect(note).to_have_attribute("lang", ui)
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    assert serious_axe_violations(page) == []
    assert page.errors == []


def test_an_unchecked_variant_marks_the_row_that_names_it_and_no_other(base_url, new_page):
    page = new_page(1440)
    rows = _rows(page, base_url, "en", "Moscow")
    hrefs = rows.locator("a").evaluate_all("els => els.map(a => a.getAttribute('href'))")
    assert any(h.endswith("#mini.h1.ru") for h in hrefs) and any(h.endswith("#mini.p1.ru") for h in hrefs), hrefs
    for i, href in enumerate(hrefs):
        badges = rows.nth(i).locator(".badge.unchecked")
        if href.endswith("#mini.h1.ru"):
            expect(badges).to_have_text(["Первопрестольная (unchecked form)"])
        else:        # the checked variant, the English and the Armenian (checked) names of Moscow
            expect(badges).to_have_count(0)
    expect(page.locator("#unchecked-explained")).to_be_visible()
    # a query that finds no unchecked form: nothing said, and the explanation hidden again
    rows = _rows(page, base_url, "en", "wrote")
    expect(rows.first).to_be_visible()
    expect(page.locator(".search-results .badge.unchecked")).to_have_count(0)
    expect(page.locator("#unchecked-explained")).to_be_hidden()


def test_a_kept_search_data_with_unchecked_forms_of_another_shape_is_made_again(site):
    """search-data.json is kept under the hash of what it is made of; one whose "unchecked" is not a list
    of [form, language, kind] (written by another hand under the right key) would have stopped
    search.js on every result row. It is made again, as a cold build makes it."""
    root = site.parents[1]
    kept_path = root / "build" / "web-cache" / "search-data.json"
    kept = json.loads(kept_path.read_text("utf-8"))
    for entry in kept["data"]["entries"]:
        if entry["id"] == "chicherin":
            entry["unchecked"] = "Գեորգի Չիչերին"
    kept_path.write_text(json.dumps(kept, ensure_ascii=False), "utf-8")
    # an edit that leaves the edition's words as they were: search.json is written again from the kept data
    replace_once(root / "tei" / "mini.xml", ">Чичерин писал из ", ">Чичерин писал, писал из ")
    assert run_cli("--root", root, "build", "web") == 0
    unchecked = json.loads((site / "pagefind" / "search.json").read_text("utf-8"))["unchecked"]
    assert unchecked["chicherin"] == [["Գեորգի Չիչերին", "hy", "name"]]
