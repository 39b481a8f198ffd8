"""A register too long for one page is split by initial letter (issue 20 at scale, issue 21's 18 MB page).

The edition's registers quote 123 (persons) and 321 (places) lines; a copy whose settings allow
100 lines a page splits both. Here: the parts follow each interface's alphabet and order, every
link to an entry (documents' names and cards, the map, the first page's list) lands on the part
that holds it, an old link persons.html#ID still reaches the entry (Chromium), the letter index
fits a phone, an edit re-renders the one part it changed, and an edition under the limit gets
the pages it got before, byte for byte.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from lxml import html

from conftest import copy_project, replace_once, served
from test_web_incremental import DOC, NAME
from triglot.build import build
from triglot.problems import InputError
from triglot.settings import parse
from triglot.web.collate import initial, sort_key

LIMIT = "\n[web]\nregister-page-limit = 100\n"


def split_copy(dest: Path, settings: str = LIMIT) -> Path:
    root = copy_project(dest)
    with open(root / "triglot.toml", "a", encoding="utf-8") as toml:
        toml.write(settings)
    return root


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    root = split_copy(tmp_path_factory.mktemp("split") / "edition")
    build(root, ["web"])
    return root / "build" / "web"


def parse_page(site: Path, path: str):
    return html.fromstring((site / path).read_bytes())


def parts(site: Path, ui: str, kind: str) -> list[str]:
    """The part files the first page's letter index links, in its order."""
    first = parse_page(site, f"{ui}/{kind}.html")
    return [a.get("href") for a in first.xpath("//nav[@class='az']//a")]


@pytest.mark.parametrize("ui, chicherin", [("en", "persons-C.html"), ("ru", "persons-u0427.html"),
                                           ("hy", "persons-u0549.html")])
def test_parts_follow_each_interface_alphabet_and_order(site, ui, chicherin):
    from triglot.edition import load
    files = parts(site, ui, "persons")
    assert chicherin in files                      # Чичерин under Ч, Չիչերին under Չ
    register = load(site.parents[1]).register_of("person")
    seen, letters = [], []
    for file in files:
        page = parse_page(site, f"{ui}/{file}")
        names = [a.text_content() for a in page.xpath("//article[@class='entry']/h3")]
        letter = page.xpath("//section[@class='letter-group']/@data-letter")
        assert len(letter) == 1 and names, file
        letters.append(letter[0])
        seen += page.xpath("//article[@class='entry']/@id")
    assert sorted(seen) == sorted(register.entries)              # every entry on one part, once
    labelled = [x for x in letters if x != "…"]
    assert labelled == sorted(labelled, key=lambda x: sort_key(x, ui))   # the index in the language's order
    assert all(initial(x, ui) == x for x in labelled)
    assert not (site / ui / "persons-C.html").exists() or ui == "en"


def test_a_document_s_names_and_cards_land_on_the_entry_s_part(site):
    for ui in ("en", "ru", "hy"):
        doc = parse_page(site, f"{ui}/documents/legran1920.html")
        links = doc.xpath("//a[contains(@href, 'persons') or contains(@href, 'places')][contains(@href, '#')]")
        assert links
        for a in links:
            path, entry = a.get("href").split("#")
            name = path.rsplit("/", 1)[-1]
            assert name not in ("persons.html", "places.html"), a.get("href")
            target = parse_page(site, f"{ui}/{name}")
            assert target.xpath(f"//article[@class='entry'][@id='{entry}']"), a.get("href")
        # (a card links its sources and authority records too: its register link is the one to the entry)
        card = [h for h in doc.xpath("//section[@id='card-persons-chicherin']//a/@href") if h.endswith("#chicherin")]
        assert len(card) == 1 and card[0].endswith({"en": "persons-C.html#chicherin", "ru": "persons-u0427.html#chicherin",
                                          "hy": "persons-u0549.html#chicherin"}[ui])


def test_the_map_and_the_first_page_link_each_entry_to_its_part(site):
    first = parse_page(site, "ru/places.html")
    links = first.xpath("//*[local-name()='svg']//*[local-name()='a']/@href")
    listed = first.xpath("//ul[@class='register-directory']/li")
    assert links and listed
    for href in links + [li.find("a").get("href") for li in listed]:
        name, entry = href.split("#")
        assert parse_page(site, f"ru/{name}").xpath(f"//article[@id='{entry}']"), href
    assert not first.xpath("//article[@class='entry']")           # the first page holds no entry


@pytest.fixture(scope="module")
def base_url(site):
    with served(site) as url:
        yield url


def test_an_old_link_to_an_entry_lands_on_its_part(new_page, base_url):
    page = new_page()
    page.goto(base_url + "ru/persons.html#chicherin")
    page.wait_for_url("**/ru/persons-u0427.html#chicherin")
    assert page.locator("#chicherin").is_visible()
    # a part asked for an entry it does not hold (a note's #ID, a renamed entry) finds it too
    page.goto(base_url + "ru/persons-u0410.html#chicherin")
    page.wait_for_url("**/ru/persons-u0427.html#chicherin")
    # without JavaScript the link lands on the entry's line of the first page's list
    plain = new_page(java_script_enabled=False)
    plain.goto(base_url + "ru/persons.html#chicherin")
    assert plain.url.endswith("ru/persons.html#chicherin")
    assert plain.locator("#chicherin a").get_attribute("href") == "persons-u0427.html#chicherin"


@pytest.mark.parametrize("path", ["hy/places.html", "ru/persons-u0427.html", "en/places-A.html"])
def test_the_letter_index_fits_a_phone_and_works_by_keyboard(new_page, base_url, path):
    page = new_page(390)
    page.goto(base_url + path)
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    box = page.locator("nav.az").bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= 390
    link = page.locator("nav.az a:not([aria-current])").last
    target = link.get_attribute("href")
    link.focus()
    page.keyboard.press("Enter")
    page.wait_for_url("**/" + target)


def test_an_edit_re_renders_only_the_part_it_changed(tmp_path):
    root = split_copy(tmp_path / "edition")
    build(root, ["web"])
    replace_once(root / "tei" / DOC, NAME, '<persName ref="psn:stalin">Сталина И. В.</persName>')
    build(root, ["web"])
    why = json.loads((root / "build" / "web-cache" / "last-build.json").read_text("utf-8"))
    registers = sorted(p for p, reason in why.items() if reason != "unchanged" and "/documents/" not in p)
    # the Russian line of the passage: Stalin's part (С) and the part of the place it names
    assert registers == ["ru/persons-u0421.html", "ru/places-u0410.html"], registers


def test_a_split_register_is_sorted_once_per_interface_in_a_build(tmp_path, monkeypatch):
    """Each page of a split register sorted the register's entries again (and the first page twice):
    at 500 documents 124 sorts of every entry for a one-edit rebuild instead of six."""
    import triglot.web.builder as builder
    root = split_copy(tmp_path / "edition")
    build(root, ["web"])
    sorted_ = []
    original = builder._sorted_letters
    monkeypatch.setattr(builder, "_sorted_letters", lambda edition, site, kind, ui: sorted_.append((kind, ui))
                        or original(edition, site, kind, ui))
    replace_once(root / "tei" / DOC, NAME, '<persName ref="psn:stalin">Сталина И. В.</persName>')
    build(root, ["web"])
    assert sorted(sorted_) == sorted({(k, ui) for k in ("persons", "places", "orgs") for ui in ("en", "ru", "hy")})


def test_an_edition_under_the_limit_gets_the_pages_it_got_before(tmp_path):
    """The edition's own registers (321 lines at most) stay whole under the default limit, and a limit
    they do not pass gives the pages of an edition with no limit at all (0), byte for byte."""
    pages = {}
    for name, settings in (("default", ""), ("at", "\n[web]\nregister-page-limit = 321\n"),
                           ("never", "\n[web]\nregister-page-limit = 0\n")):
        root = split_copy(tmp_path / name, settings)
        build(root, ["web"])
        web = root / "build" / "web"
        pages[name] = {p.relative_to(web): p.read_bytes() for p in web.rglob("*.html")}
    assert pages["default"] == pages["at"] == pages["never"]
    assert not [p for p in pages["default"] if p.name.startswith(("persons-", "places-"))]


@pytest.mark.parametrize("value", ["-1", "true", '"many"'])
def test_a_limit_that_is_no_count_is_refused_at_its_line(tmp_path, value):
    from test_settings import MINIMAL
    with pytest.raises(InputError) as exc:
        parse(MINIMAL + f"[web]\nregister-page-limit = {value}\n", tmp_path / "triglot.toml")
    assert [str(p) for p in exc.value.problems] and all(
        f":{MINIMAL.count(chr(10)) + 2}: " in str(p) and "register-page-limit" in str(p) for p in exc.value.problems), exc.value.problems


def test_the_first_page_and_the_parts_pass_the_nu_html_checker(site):
    import shutil
    import subprocess

    from test_web_reading import VNU
    assert VNU.is_file() and shutil.which("java"), "vnu-jar or Java missing: run `make install-test`"
    pages = [str(site / p) for p in ("ru/persons.html", "hy/places.html", "ru/persons-u0427.html",
                                     "en/places-A.html", "ru/documents/legran1920.html")]
    run = subprocess.run(["java", "-jar", str(VNU), "--errors-only", "--format", "text", *pages],
                         capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr[:3000]


def test_an_old_link_to_a_merged_entry_lands_on_the_part_of_the_entry_that_took_it_over(tmp_path, new_page):
    """After `register merge kars-oblast kars` (a released id kept on Kars), places.html#kars-oblast
    reached Kars on a whole register page, but on a split one the first page's list had no such
    id and the link stopped there: the list keeps the former id, and site.js goes on to Kars's part."""
    from triglot.cli import main
    root = split_copy(tmp_path / "edition")
    assert main(["--root", str(root), "register", "merge", "kars-oblast", "kars"]) == 0
    build(root, ["web"])
    with served(root / "build" / "web") as url:
        page = new_page()
        page.goto(url + "ru/places.html#kars-oblast")
        page.wait_for_url("**/ru/places-u041A.html#kars-oblast")
        assert page.locator("#kars-oblast").evaluate("el => el.closest('article').id") == "kars"
        page.context.close()
