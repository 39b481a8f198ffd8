"""An unchecked register form (cert="low") is marked wherever a reader meets it, not only on cards
and register entries (session 26): a letter's sender in the document's header and in the document
list, a split register's list of every entry, and the map of places. Before, each showed the
register's guess at Chicherin's Armenian name or at Moscow's as a checked name.

tests/roots/unchecked-forms (Chicherin's Armenian form unchecked) with, here, a letter head naming
Chicherin as sender from Moscow, Moscow's Armenian form unchecked too, and a register page limit of
one line, so the persons register is split by letter. Marked the same way as before: the words
("unchecked form", in the interface language), a dashed border or ring, and the name's link
described (aria-describedby) by the page's one explanation; and a variant the register marks so on its entry."""
from __future__ import annotations

import re
import shutil
import subprocess

import pytest
from playwright.sync_api import expect

from chromium import serious_axe_violations
from conftest import make_project, replace_once, run_cli, served
from pages import page as _page, words as _words

MARK = {"en": "unchecked form", "ru": "непроверенная форма", "hy": "չստուգված ձև"}
NOTE = {"en": "Unchecked form:", "ru": "Непроверенная форма:", "hy": "Չստուգված ձև՝"}
HEAD = '''      <correspDesc>
        <correspAction type="sent"><persName ref="psn:chicherin">G. Chicherin</persName><placeName ref="plc:moscow">Moscow</placeName><date when="1920-07-02">July 2, 1920</date></correspAction>
      </correspDesc>
'''


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    root = make_project(tmp_path_factory.mktemp("unchecked"), "unchecked-forms")
    replace_once(root / "tei" / "mini.xml", "    <profileDesc>\n", "    <profileDesc>\n" + HEAD)
    replace_once(root / "tei" / "places.xml", '<placeName xml:lang="hy">Մոսկվա</placeName>',
          '<placeName xml:lang="hy" cert="low">Մոսկվա</placeName>'
          '<placeName xml:lang="ru" type="variant" cert="low">Первопрестольная</placeName>'
          '<placeName xml:lang="ru" type="variant">Белокаменная</placeName>')
    (root / "triglot.toml").write_text((root / "triglot.toml").read_text(encoding="utf-8")
                                       + "\n[web]\nregister-page-limit = 1\n", encoding="utf-8")
    assert run_cli("--root", root, "build", "web") == 0
    return root / "build" / "web"


def _marked_links(container, ui):
    """The links followed by the marker, each described by the page's explanation."""
    found = []
    for badge in container.xpath(".//span[contains(concat(' ', @class, ' '), ' unchecked ')]"):
        assert _words(badge) == MARK[ui] and badge.get("lang") == ui and "badge" in badge.get("class").split()
        link = badge.xpath("preceding-sibling::*[1][self::a]")
        assert link and link[0].get("aria-describedby") == "unchecked-explained"
        found.append(_words(link[0]))
    return found


def _explained_once(page, ui):
    notes = page.xpath("//*[@id='unchecked-explained']")
    assert len(notes) == 1 and _words(notes[0]).startswith(NOTE[ui]) and notes[0].get("lang") == ui


@pytest.mark.parametrize("path", ["documents/mini.html", "index.html"])
def test_a_letters_sender_and_place_are_marked_in_the_header_and_the_list(site, path):
    page = _page(site, "hy/" + path)
    corresp = page.xpath("//span[@class='part-corresp']")
    assert corresp and _marked_links(corresp[0], "hy") == ["Գեորգի Չիչերին", "Մոսկվա"]
    _explained_once(page, "hy")
    for ui in ("en", "ru"):                         # checked forms: nothing said
        other = _page(site, f"{ui}/{path}")
        assert not other.xpath("//span[@class='part-corresp']//*[contains(@class, 'unchecked')]")
        assert not other.xpath("//*[@id='unchecked-explained']")


def test_a_split_registers_list_marks_the_form(site):
    page = _page(site, "hy/persons.html")
    directory = page.xpath("//ul[@class='register-directory']")
    assert directory and _marked_links(directory[0], "hy") == ["Գեորգի Չիչերին"]
    _explained_once(page, "hy")
    for ui in ("en", "ru"):
        assert not _page(site, f"{ui}/persons.html").xpath("//ul[@class='register-directory']//*[contains(@class, 'unchecked')]")


def _map_places(site, ui):
    return _page(site, f"{ui}/places.html").xpath("//*[local-name()='svg']//*[local-name()='a'][@data-place='moscow']")


def test_the_map_names_the_place_as_unchecked_and_its_legend_says_what_the_ring_means(site):
    places = _map_places(site, "hy")
    assert places and all("unchecked" in a.get("class").split() for a in places)
    assert {_words(a.xpath("./*[local-name()='title']")[0]) for a in places} == {"Մոսկվա (չստուգված ձև)"}
    assert {_words(a.xpath("./*[local-name()='text']")[0]) for a in places if a.xpath("./*[local-name()='text']")} == {"Մոսկվա"}
    legend = _page(site, "hy/places.html").xpath("//ul[@class='map-legend']/li[span[contains(@class, 'key-unchecked')]]")
    assert len(legend) == 1 and "չստուգված ձև" in _words(legend[0])
    assert all(a.get("class") == "place" for a in _map_places(site, "en"))
    assert not _page(site, "en/places.html").xpath("//*[contains(@class, 'key-unchecked')]")


@pytest.mark.parametrize("ui", MARK)
def test_an_unchecked_variant_is_marked_on_its_entry_and_the_checked_one_is_not(site, ui):
    """Armenia's Russian variant Армянская Республика carries cert="low" in the edition's register: the
    entry's "Other forms" showed it as a checked form beside the names it did mark."""
    entry = _page(site, f"{ui}/places.html").get_element_by_id("moscow")
    variants = entry.xpath(".//dl[@class='names']/dd[not(@lang)][span[@lang='ru']]")       # Other forms
    assert len(variants) == 1
    marked = [_words(span) for span in variants[0].xpath("./span[@lang='ru'][not(contains(@class, 'badge'))]")
              if span.xpath("following-sibling::*[1][contains(@class, 'unchecked')]")]
    assert marked == ["Первопрестольная"]
    assert _words(variants[0].xpath(".//span[contains(@class, 'unchecked')]")[0]) == MARK[ui]
    assert len(entry.xpath(".//p[@class='unchecked-note']")) == 1


@pytest.fixture(scope="module")
def base_url(site):
    with served(site) as url:
        yield url


@pytest.mark.parametrize("width", [390, 1440])
def test_a_reader_meets_the_marker_in_the_header_the_list_and_the_map(base_url, new_page, width):
    page = new_page(width, bypass_csp=True)   # axe is injected
    for path in ("hy/documents/mini.html", "hy/persons.html", "hy/places.html"):
        page.goto(base_url + path)
        if path.endswith("places.html"):
            place = page.locator("svg a.place.unchecked:visible").first
            expect(place).to_have_accessible_name("Մոսկվա (չստուգված ձև)")
            expect(page.locator(".map-legend .key-unchecked")).to_be_visible()
        else:
            scope = page.locator("header .part-corresp" if "documents" in path else ".register-directory")
            link = scope.locator("a[aria-describedby]").first
            expect(link).to_be_visible()
            # what a screen reader reads after the name: the page's explanation (Chromium's accessibility tree)
            expect(link).to_have_accessible_description(re.compile("^" + NOTE["hy"]))
            badge = scope.locator(".badge.unchecked").first
            expect(badge).to_be_visible()
            expect(badge).to_have_text(MARK["hy"])
            assert badge.evaluate("b => getComputedStyle(b).borderTopStyle") == "dashed"
        assert page.evaluate("document.documentElement.scrollWidth") <= width
        assert serious_axe_violations(page) == [], path
    assert page.errors == []


def test_the_pages_with_the_marker_pass_the_nu_html_checker(site):
    from test_web_reading import VNU
    assert VNU.is_file() and shutil.which("java"), "vnu-jar or Java missing: run `make install-test`"
    files = [str(site / ui / page) for ui in MARK
             for page in ("persons.html", "places.html", "index.html", "documents/mini.html")]
    run = subprocess.run(["java", "-jar", str(VNU), "--errors-only", "--format", "text", *files],
                         capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr[:3000]
