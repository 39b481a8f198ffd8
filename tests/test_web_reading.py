"""The reading edition as a historian uses it: dates, correspondents, archival items, layout
on phones and desktops, printing, conformance (W3C Nu Html Checker) — in Debian's Chromium."""
from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from playwright.sync_api import expect
from lxml import html

from test_web_site import base_url, site  # noqa: F401  (shared module fixtures)

ROOT = Path(__file__).resolve().parents[1]
VNU = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
WIDTHS = [390, 1440]


def parse(site, path):
    return html.parse(str(site / path)).getroot()


def text(el) -> str:
    return " ".join(el.text_content().split())


def meta(site, ui, doc) -> dict:
    """The document header: dt label -> dd text."""
    dl = parse(site, f"{ui}/documents/{doc}.html").find_class("doc-meta")[0]
    return {text(dt): text(dd) for dt, dd in zip(dl.iter("dt"), dl.iter("dd"))}


@pytest.fixture
def view(new_page, request):
    """A page at the width the test is parametrised with; fails on any script error."""
    width = getattr(request, "param", 1440)
    page = new_page(width, 900)
    page.on("console", lambda m: page.errors.append(m.text) if m.type == "error" else None)
    yield page
    page.context.close()
    assert page.errors == []


# ---------------------------------------------------------------- dates, types, correspondents

def test_a_report_is_dated_by_its_text_not_by_the_web_post(site):  # noqa: F811
    assert meta(site, "en", "nkid1920")["Date"] == "December 22, 1920 – December 29, 1920"
    home = parse(site, "en/index.html")
    item = home.xpath("//ul[@class='doc-list']/li[.//a[contains(@href, 'nkid1920')]]")[0]
    assert "1920" in text(item.find_class("doc-facts")[0]) and "2020" not in text(item.find_class("doc-facts")[0])


def test_a_collection_is_dated_by_the_span_of_its_documents(site):  # noqa: F811
    assert meta(site, "ru", "docs1920")["Дата"] == "29 июня 1920 г. – 3 июля 1920 г."


def test_a_recent_article_is_dated_by_its_publication_and_says_so(site):  # noqa: F811
    assert meta(site, "en", "mikoyan1937")["Published"] == "March 15, 2025"


def test_each_document_shows_its_type_in_the_interface_language(site):  # noqa: F811
    assert meta(site, "ru", "docs1920")["Тип"] == "письмо, протокол, телеграмма"


def test_letters_show_sender_recipient_place_and_date(site):  # noqa: F811
    page = parse(site, "en/documents/legran1920.html")
    boxes = [text(b) for b in page.find_class("part-box")]
    assert "Ahmed Mukhtar → To: Georgy Chicherin · Kars · December 21, 1920" in boxes[0]
    assert "Boris Legran → To: Georgy Chicherin · undated" in boxes[1]      # then its file (journey29)


def test_correspondents_are_named_in_the_interface_language(site):  # noqa: F811
    box = parse(site, "hy/documents/docs1920.html").get_element_by_id("docs1920.d1").find_class("part-box")[0]
    assert "Գեորգի Չիչերին" in text(box) and "Վլադիմիր Լենին" in text(box)


def test_a_collections_parts_are_titled_in_the_interface_language(site):  # noqa: F811
    """The archival titles are English only; a Russian or Armenian reader gets each part's heading
    as the translation gives it, marked as a draft where it is one."""
    for ui, words in (("ru", "Письмо народного комиссара иностранных дел РСФСР"), ("hy", "Չիչերինի նամակը")):
        title = parse(site, f"{ui}/documents/docs1920.html").find_class("part-title")[0]
        assert title.get("lang") == ui and words in text(title)
        assert title.find_class("draft") and title.find(".//a").get("href") == "#docs1920.d1"
    title = parse(site, "en/documents/docs1920.html").find_class("part-title")[0]
    assert title.get("lang") == "en" and text(title) == "Letter from G. Chicherin to V. Lenin, June 29, 1920"


def test_each_archival_reference_is_under_its_own_document(site):  # noqa: F811
    page = parse(site, "en/documents/docs1920.html")
    first = text(page.get_element_by_id("docs1920.d1").find_class("part-box")[0])
    fifth = text(page.get_element_by_id("docs1920.d5").find_class("part-box")[0])
    assert "RGASPI, f. 2, op. 1, d. 332" in first and "f. 85" not in first
    assert "RGASPI, f. 85, op. 3c, d. 2" in fifth and "RGASA, f. 4, op. 1, d. 158c" in fifth


@pytest.mark.parametrize("view", WIDTHS, indirect=True)
def test_the_document_list_filters_by_type_person_and_place_and_sorts(view, base_url):  # noqa: F811
    view.goto(f"{base_url}en/index.html")
    items = view.locator(".doc-list > li")
    dates = [items.nth(i).get_attribute("data-date") for i in range(items.count())]
    assert dates == sorted(dates)
    view.select_option("#doc-filter-type", "article")
    assert view.locator(".doc-list > li:visible").count() == 2
    view.select_option("#doc-filter-type", "")
    view.select_option("#doc-filter-person", "ordzhonikidze")
    assert [t.strip() for t in view.locator(".doc-list > li:visible h3").all_inner_texts()] == [
        "Chicherin, the Armenian delegation and Ordzhonikidze on the disputed territories (June–July 1920)"]
    view.select_option("#doc-filter-person", "")
    view.select_option("#doc-filter-place", "kars")
    assert view.locator(".doc-list > li:visible").count() == 1
    view.select_option("#doc-filter-place", "")
    view.select_option("#doc-sort", "title")
    titles = view.locator(".doc-list > li h3").all_inner_texts()
    assert titles == sorted(titles, key=str.casefold)
    assert "5 of 5" in view.locator(".doc-count").inner_text()


@pytest.mark.parametrize("view", WIDTHS, indirect=True)
def test_the_document_list_filters_by_year_in_each_interface(view, base_url):  # noqa: F811
    for ui, label in (("en", "Year"), ("ru", "Год"), ("hy", "Տարի")):
        view.goto(f"{base_url}{ui}/index.html")
        assert view.locator("label[for='doc-filter-year']").inner_text() == label
        years = view.locator("#doc-filter-year option").evaluate_all("os => os.map(o => o.value)")
        assert years == ["", "1920", "2025"]          # the texts' years; the two articles by publication
        view.select_option("#doc-filter-year", "1920")
        shown = view.locator(".doc-list > li:visible")
        assert shown.count() == 3
        assert all("1920" in d for d in shown.evaluate_all("ls => ls.map(l => l.getAttribute('data-date'))"))
        view.select_option("#doc-filter-type", "article")
        assert view.locator(".doc-list > li:visible").count() == 0
        assert view.evaluate("document.documentElement.scrollWidth") <= view.viewport_size["width"]


# ---------------------------------------------------------------- layout

OVERFLOW = """() => {
  const w = document.documentElement.clientWidth, out = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const n = walker.currentNode, r = document.createRange();
    const svg = (n.nodeType === 1 ? n : n.parentElement).closest('svg');
    if (svg && n !== svg) { continue; }   /* an SVG clips what it draws to its own box: only that box counts */
    r.selectNodeContents(n);
    const rects = n.nodeType === 1 ? [n.getBoundingClientRect()] : r.getClientRects();
    for (const rect of rects) {
      if (rect.width > 0 && rect.right > w + 1) { out.push((n.parentElement || n).className + ': ' + (n.textContent || '').slice(0, 30)); break; }
    }
  }
  return [document.documentElement.scrollWidth - w, out.slice(0, 3)];
}"""


@pytest.mark.parametrize("width", [320, 390, 1440])
@pytest.mark.parametrize("ui", ["en", "ru", "hy"])
def test_nothing_runs_past_the_right_edge_in_any_state(new_page, base_url, width, ui):  # noqa: F811
    page = new_page(width)
    for path in ("index.html", "documents/docs1920.html", "documents/legran1920.html", "persons.html",
                 "places.html", "orgs.html", "chronology.html"):
        page.goto(f"{base_url}{ui}/{path}")
        page.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)")
        assert page.evaluate(OVERFLOW) == [0, []], (path, "citations open")
        for box in page.locator(".column-toggle input:visible").all()[1:]:
            box.uncheck()
            assert page.evaluate(OVERFLOW) == [0, []], (path, "columns hidden")
        link = page.locator("a[data-card]:visible").first
        if link.count():
            link.click()
            assert page.locator(".card:not([hidden])").count() == 1
            assert page.evaluate(OVERFLOW) == [0, []], (path, "card open")


STOPS = """() => {
  const out = {stops: [], links: 0, total: 0};
  document.querySelectorAll('.row .cell a[data-card]').forEach(a => {
    if (!a.getClientRects().length) return;
    out.links += 1;
    if (a.tabIndex >= 0) out.stops.push([a.closest('.row').id, a.getAttribute('href'), a.closest('.cell').lang]);
  });
  out.total = Array.from(document.querySelectorAll('a[href], button, input, select, summary, [tabindex]'))
    .filter(e => e.tabIndex >= 0 && e.getClientRects().length && !e.closest('details:not([open]) > :not(summary)')).length;
  return out;
}"""


@pytest.mark.parametrize("view", WIDTHS, indirect=True)
def test_each_name_is_one_tab_stop_per_passage_in_the_languages_shown(view, base_url):  # noqa: F811
    view.goto(base_url + "en/documents/docs1920.html")
    found = view.evaluate(STOPS)
    keys = [(row, href) for row, href, _ in found["stops"]]
    assert len(keys) == len(set(keys)) and found["stops"]
    if view.viewport_size["width"] > 800:
        assert {lang for _, _, lang in found["stops"]} == {"en"} or len(keys) < found["links"] / 2
        assert found["total"] < 400, found["total"]       # 748 when every mention was a stop
        view.locator(".column-toggle input[data-column='en']").uncheck()
        shown = view.evaluate(STOPS)
        assert shown["stops"] and {lang for _, _, lang in shown["stops"]} <= {"ru", "hy"}
    else:
        view.locator(".column-switch input[value='hy']").check()
        shown = view.evaluate(STOPS)
        assert shown["stops"] and {lang for _, _, lang in shown["stops"]} == {"hy"}
    # Tab from the passage's start goes to its first name in the language shown
    row, href, lang = shown["stops"][0]
    view.locator(f".row[id='{row}']").evaluate("r => { r.tabIndex = -1; r.focus(); }")
    for _ in range(5):
        view.keyboard.press("Tab")
        if view.evaluate("document.activeElement.hasAttribute('data-card')"):
            break
    assert view.evaluate("[document.activeElement.closest('.row').id, document.activeElement.getAttribute('href'),"
                         " document.activeElement.closest('.cell').lang]") == [row, href, lang]


@pytest.mark.parametrize("view", [390], indirect=True)
def test_phones_show_one_language_at_a_time_with_a_switch(view, base_url):  # noqa: F811
    view.goto(f"{base_url}ru/documents/mikoyan1937.html")
    row = view.locator("#mikoyan1937\\.p1")
    assert row.locator(".col-ru").is_visible()
    assert not row.locator(".col-en").is_visible() and not row.locator(".col-hy").is_visible()
    view.get_by_role("radio", name="армянский").check()
    assert row.locator(".col-hy").is_visible() and not row.locator(".col-ru").is_visible()
    view.reload()
    assert row.locator(".col-hy").is_visible()


def test_the_last_language_shown_cannot_be_hidden(view, base_url):  # noqa: F811
    view.goto(f"{base_url}en/documents/mikoyan1937.html")
    view.get_by_role("checkbox", name="Russian").uncheck()
    view.get_by_role("checkbox", name="Armenian").uncheck()
    view.get_by_role("checkbox", name="English").click()   # refused: it stays checked
    assert view.get_by_role("checkbox", name="English").is_checked()
    assert view.locator("#mikoyan1937\\.p1 .col-en").is_visible()
    assert "At least one language" in view.locator(".column-note").inner_text()


def test_a_remembered_empty_selection_is_ignored(view, base_url):  # noqa: F811
    view.goto(f"{base_url}en/documents/mikoyan1937.html")
    view.evaluate("localStorage.setItem('triglot.hidden-columns', JSON.stringify(['en', 'ru', 'hy']))")
    view.goto(f"{base_url}en/documents/legran1920.html")
    assert view.locator("#legran1920\\.p1 .col-en").is_visible()
    assert view.locator("#legran1920\\.p1 .col-hy").is_visible()


def test_the_draft_badge_does_not_push_a_column_down(view, base_url):  # noqa: F811
    view.goto(f"{base_url}ru/documents/mikoyan1937.html")
    tops = [view.locator(f"#mikoyan1937\\.p1 .col-{lang} > p:not(.badges)").first.bounding_box()["y"]
            for lang in ("en", "ru", "hy")]
    assert max(tops) - min(tops) < 1


@pytest.mark.parametrize("view", WIDTHS, indirect=True)
def test_a_long_document_has_a_table_of_contents(view, base_url):  # noqa: F811
    view.goto(f"{base_url}en/documents/docs1920.html")
    view.locator(".toc summary").click()
    links = view.locator(".toc a")
    assert links.count() >= 7
    links.nth(6).click()
    assert view.url.endswith("#docs1920.h13") or view.locator(":target").count() == 1


def test_the_contents_list_is_in_the_interface_language_where_the_headings_are_translated(site):  # noqa: F811
    for ui, script, draft in (("ru", "[А-Яа-я]", "(черновой перевод)"), ("hy", "[\u0531-\u058F]", "(թարգմանության սևագիր)")):
        items = parse(site, f"{ui}/documents/docs1920.html").xpath("//nav[@class='toc']//li")
        assert len(items) >= 7
        for li in items:
            assert li.find("a").get("lang") == ui and re.search(script, text(li.find("a"))) and draft in text(li)
    english = parse(site, "en/documents/docs1920.html").xpath("//nav[@class='toc']//li")
    assert all(li.find("a").get("lang") == "en" and "draft" not in text(li) for li in english)


def test_a_note_links_back_to_its_mark(view, base_url):  # noqa: F811
    view.goto(f"{base_url}en/documents/nkid1920.html")
    view.locator("#nkid1920\\.p3 .col-en a.noteref").first.click()
    view.locator("#nkid1920\\.n4 .note-back a").click()
    view.wait_for_url(re.compile(r"#nkid1920\.n4-call$"))
    assert view.locator(":target").get_attribute("class") == "noteref"


def test_printing_gives_the_text_and_its_citation_without_navigation(view, base_url):  # noqa: F811
    view.goto(f"{base_url}en/documents/legran1920.html")
    view.emulate_media(media="print")
    assert not view.locator(".banner").is_visible()
    assert not view.locator(".column-toggle").is_visible()
    assert not view.locator("details.cite").first.is_visible()
    cite = view.locator(".doc-meta").inner_text()
    assert "https://w3id.org/triglot/legran1920" in cite
    assert view.locator("#legran1920\\.p1 .col-en").is_visible()


@pytest.mark.parametrize("view", WIDTHS, indirect=True)
def test_cards_open_on_focus_and_tabbing_on_leaves_them_in_the_text(view, base_url):  # noqa: F811
    view.goto(f"{base_url}en/documents/mikoyan1937.html")
    view.get_by_role("radio", name="English").check() if view.viewport_size["width"] < 700 else None
    links = view.locator("#mikoyan1937\\.p1 .col-en a[data-card]")
    links.first.focus()
    assert view.locator(".card:not([hidden])").count() == 1
    links.first.press("Enter")
    card = view.locator(".card:not([hidden])")
    for _ in range(card.locator("a, button").count()):
        view.keyboard.press("Tab")
    focused = view.evaluate("document.activeElement.closest('.row') && document.activeElement.closest('.row').id")
    assert focused == "mikoyan1937.p1"


# ---------------------------------------------------------------- standards

def test_the_nu_html_checker_finds_no_errors(site):  # noqa: F811
    assert VNU.is_file(), "vnu-jar missing: run `make install-test`"
    assert shutil.which("java"), "Java missing: run `make install-test`"
    pages = [str(p) for p in sorted(site.rglob("*.html")) if "pagefind" not in p.parts]
    run = subprocess.run(["java", "-jar", str(VNU), "--errors-only", "--format", "text", *pages],
                         capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr[:3000]


def test_the_landmarks_of_a_page_have_distinct_names(site):  # noqa: F811
    """axe's landmark-unique: a collection's boxes (one aside per letter) are named by their part."""
    for path in sorted(site.glob("*/documents/*.html")):
        page = html.parse(str(path)).getroot()
        for tag in ("aside", "nav"):
            names = [el.get("aria-label") or el.get("aria-labelledby") for el in page.iter(tag)]
            assert len(names) == len(set(names)), (path, names)


def test_every_page_has_a_description_and_absolute_alternates(site):  # noqa: F811
    for path in ("en/index.html", "ru/documents/docs1920.html", "hy/persons.html"):
        head = parse(site, path).find("head")
        assert head.xpath("meta[@name='description']/@content")[0].strip()
        hrefs = head.xpath("link[@rel='alternate' or @rel='canonical']/@href")
        assert hrefs and all(h.startswith("https://") for h in hrefs)


def test_runs_in_another_language_carry_their_lang(site):  # noqa: F811
    page = parse(site, "ru/documents/legran1920.html")
    title = page.xpath("//*[@id='legran1920.s5']//div[contains(@class,'col-en')]//cite")[0]
    assert title.getparent().get("lang") == "ru" and text(title) == "Нагорный Карабах"
    sic_marks = page.xpath("//div[contains(@class,'col-en')]//span[@class='sic-mark']")
    assert sic_marks and all(m.get("lang") == "ru" for m in sic_marks)


def test_an_unmarked_russian_title_in_an_english_note_is_marked_russian(site):  # noqa: F811
    page = parse(site, "en/documents/mikoyan1937.html")
    runs = [(s.get("lang"), text(s)) for s in page.xpath("//div[contains(@class,'col-en')]//a//span[@lang]")]
    assert ("ru", "Моя первая поездка в Америку") in runs


def test_russian_archival_references_in_armenian_passages_are_marked_russian(site):  # noqa: F811
    page = parse(site, "en/documents/docs1920.html")
    runs = [text(s) for s in page.xpath("//div[contains(@class,'col-hy')]//p[contains(@class,'type-archival')]//span[@lang='ru']")]
    assert any(r.startswith("РГАСПИ, ф. 2") for r in runs)


def test_a_register_note_marks_its_cyrillic_and_armenian_runs(site):  # noqa: F811
    note = parse(site, "en/persons.html").get_element_by_id("barsegov")
    assert "Барсегов Ю.Г." in [text(s) for s in note.xpath(".//dd//span[@lang='ru']")]


def test_a_run_is_given_the_one_edition_language_written_in_its_script():
    from triglot.web.script_runs import runs, writers
    scripts = writers(["en", "ru", "hy"])
    assert scripts == {"Latn": "en", "Cyrl": "ru", "Armn": "hy"}
    assert runs("memuarist.com: «Моя первая поездка» (memoir, 1936)", "Latn", scripts) == [
        ("", "memuarist.com: «"), ("ru", "Моя первая поездка"), ("", "» (memoir, 1936)")]
    assert runs("VIII Всероссийскому съезду", "Cyrl", scripts) == [("", "VIII Всероссийскому съезду")]
    assert runs("Сардарапат (Սարդարապատ)", "Cyrl", scripts) == [("", "Сардарапат ("), ("hy", "Սարդարապատ"), ("", ")")]


def test_a_script_shared_by_several_languages_names_none():
    """German, French and Turkish all write Latin: a Latin run inside Russian says nothing of which."""
    from triglot.web.script_runs import runs, writers
    scripts = writers(["de", "fr", "tr", "ru"])
    assert scripts == {"Cyrl": "ru"}
    assert runs("Brief «Письмо»", "Latn", scripts) == [("", "Brief «"), ("ru", "Письмо"), ("", "»")]
    assert runs("письмо «Lettre»", "Cyrl", scripts) == [("", "письмо «Lettre»")]


# ---------------------------------------------------------------- registers

def entry_names(site, ui, kind="persons") -> list[str]:
    return [text(h) for h in parse(site, f"{ui}/{kind}.html").xpath("//article[@class='entry']/h3")]


@pytest.mark.parametrize("ui, before, after", [("en", "Vigen Avetisyan", "Yuri Barsegov"),
                                               ("ru", "Виген Аветисян", "Юрий Барсегов"),
                                               ("hy", "Վիգեն Ավետիսյան", "Յուրի Բարսեղով")])
def test_persons_are_sorted_by_surname_in_each_interface_language(site, ui, before, after):  # noqa: F811
    names = entry_names(site, ui)
    assert names.index(before) < names.index(after)


@pytest.mark.parametrize("ui", ["en", "ru", "hy"])
def test_the_a_to_z_bar_follows_the_languages_alphabet_and_leads_to_its_letters(site, ui):  # noqa: F811
    page = parse(site, f"{ui}/persons.html")
    bar = page.find_class("az")[0]
    letters = [text(li) for li in bar.iter("li")]
    groups = [g.get("data-letter") for g in page.find_class("letter-group")]
    assert [g for g in groups if g in letters] == [l for l in letters if l in groups]
    assert len(letters) > 20 and all(page.get_element_by_id(a.get("href")[1:]) is not None
                                     for a in bar.iter("a"))
    assert {"ru": "Я", "hy": "Ֆ", "en": "Z"}[ui] == letters[-1]


def test_mentions_are_grouped_by_document_with_counts_and_context(site):  # noqa: F811
    armenia = parse(site, "en/places.html").get_element_by_id("armenia")
    docs = armenia.xpath(".//ul[@class='mentions']/li")
    assert len(docs) == len({a.get("href") for a in armenia.xpath(".//ul[@class='mentions']/li/a")}) >= 4
    first = docs[0]
    passages = first.xpath("./ul/li")
    assert (f"({len(passages)} passages)" if len(passages) > 1 else "(1 passage)") in text(first)
    assert "Armenia" in text(passages[0].find("a"))


def test_register_entries_show_variants_authorities_and_sources(site):  # noqa: F811
    page = parse(site, "ru/places.html")
    yerevan = text(page.get_element_by_id("yerevan"))
    assert "Другие формы" in yerevan and "Эривань" in yerevan and "Источники" in yerevan
    bayazet = page.get_element_by_id("bayazet")
    assert any(a.get("href", "").startswith("https://sws.geonames.org/") for a in bayazet.iter("a"))


DRAFT = {"ru": "(черновой перевод)", "hy": "(թարգմանության սևագիր)"}
SCRIPT = {"ru": "[А-Яа-яЁё]", "hy": "[\u0531-\u058F]"}


def context_lines(site, ui, path, xpath):
    """Each quoted line of a register or the chronology: (its lang, its text, the item's text)."""
    quoted = [(li.xpath(".//*[self::span or self::q][@lang]")[0], li) for li in parse(site, f"{ui}/{path}").xpath(xpath)]
    return [(q.get("lang"), text(q), text(li)) for q, li in quoted]


@pytest.mark.parametrize("ui", ["ru", "hy"])
@pytest.mark.parametrize("kind", ["persons", "places"])
def test_register_context_lines_are_in_the_interface_language_and_marked_draft(site, ui, kind):  # noqa: F811
    lines = context_lines(site, ui, f"{kind}.html", "//ul[@class='mentions']/li/ul/li[.//span[@lang]]")
    assert len(lines) > 50
    for lang, quoted, item in lines:   # every slot of this edition is a draft: none falls back to English
        assert lang == ui and re.search(SCRIPT[ui], quoted) and DRAFT[ui] in item, item


def test_a_register_quotes_the_name_in_its_translated_form(site):  # noqa: F811
    armenia = parse(site, "ru/places.html").get_element_by_id("armenia")
    first = text(armenia.xpath(".//ul[@class='mentions']/li/ul/li//span[@lang='ru']")[0])
    assert "Армени" in first and "Armenia" not in first


@pytest.mark.parametrize("ui", ["ru", "hy"])
def test_chronology_statements_are_in_the_interface_language_and_marked_draft(site, ui):  # noqa: F811
    lines = context_lines(site, ui, "chronology.html", "//section[@aria-labelledby='events-heading']//li[@id]")
    assert lines and all(lang == ui and re.search(SCRIPT[ui], quoted) and DRAFT[ui] in item
                         for lang, quoted, item in lines)
    assert any({"ru": "Брест-Литовск", "hy": "Բրեստ-Լիտովսկ"}[ui] in quoted for _, quoted, _ in lines)
    # a quotation element, so the browser gives it the quotation marks of its language (« » in Russian)
    assert len(parse(site, f"{ui}/chronology.html").xpath("//li[@id]/q[@lang=$ui]", ui=ui)) == len(lines)


def test_english_context_lines_carry_no_draft_mark(site):  # noqa: F811
    lines = context_lines(site, "en", "persons.html", "//ul[@class='mentions']/li/ul/li[.//span[@lang]]")
    assert lines and all(lang == "en" and "draft" not in item for lang, _, item in lines)


@pytest.mark.parametrize("view", WIDTHS, indirect=True)
def test_a_card_opens_on_hover_with_the_registers_facts(view, base_url):  # noqa: F811
    view.goto(f"{base_url}ru/documents/legran1920.html")
    if view.viewport_size["width"] < 700:
        view.get_by_role("radio", name="английский").check()
    view.locator("#legran1920\\.p1 .col-en a.placeName[href$='#yerevan'], #legran1920\\.p1 .col-en a.placeName").first.hover()
    card = view.locator(".card:not([hidden])")
    card.wait_for()
    assert card.locator("h2").inner_text()


# ---------------------------------------------------------------- chronology

def test_the_chronology_lists_events_not_publication_dates(site):  # noqa: F811
    page = parse(site, "en/chronology.html")
    events = page.xpath("//section[@aria-labelledby='events-heading']//li[@id]")
    labels = " ".join(text(day.find("p")) for day in page.xpath("//section[@aria-labelledby='events-heading']/ol/li"))
    assert events and "2025" not in labels and "2020" not in labels and "1954" not in labels
    assert "1937" in labels


def test_each_event_says_what_happened_and_which_passage_says_so(site):  # noqa: F811
    page = parse(site, "en/chronology.html")
    event = page.xpath("//li[@id][contains(., 'Brest-Litovsk')]")[0]
    assert "Brest-Litovsk Treaty of March 3, 1918" in text(event)
    assert re.search(r"documents/moscow1921\.html#moscow1921\.\w+", event.find("a").get("href"))


def test_the_documents_own_dates_are_listed_apart(site):  # noqa: F811
    page = parse(site, "ru/chronology.html")
    written = [text(li) for li in page.xpath("//ol[contains(@class, 'written')]/li")]
    assert any(w.startswith("30 июня 1920 г.") for w in written)
    assert not any("2025" in w for w in written)


# ---------------------------------------------------------------- citations and data

def test_a_document_has_a_full_citation_in_each_interface_language(site):  # noqa: F811
    for ui, words in (("en", ("Triglot project (ed.)", "version 0.1", "November 21, 2026")),
                      ("ru", ("(ред.)", "версия 0.1", "21 ноября 2026 г.")),
                      ("hy", ("(խմբ.)", "տարբերակ 0.1", "2026"))):
        cite = text(parse(site, f"{ui}/documents/legran1920.html").get_element_by_id("cite-document"))
        assert all(w in cite for w in words) and cite.endswith("https://w3id.org/triglot/legran1920")
    passage = text(parse(site, "en/documents/legran1920.html").get_element_by_id("cite-legran1920.p4"))
    assert ", passage 10, " in passage and passage.endswith("#legran1920.p4")


@pytest.mark.parametrize("ui, words", [("en", "note 1"), ("ru", "примечание 1"), ("hy", "ծանոթագրություն 1")])
def test_an_editorial_note_is_cited_by_the_number_its_mark_shows(site, ui, words):  # noqa: F811
    """A note's "Cite this passage" said "passage legran1920.n1"; the reader sees it as note [1]."""
    page = parse(site, f"{ui}/documents/legran1920.html")
    cite = text(page.get_element_by_id("cite-legran1920.n1"))
    assert f", {words}, " in cite and cite.endswith("#legran1920.n1") and "legran1920.n1," not in cite
    assert text(page.xpath("//div[@id='legran1920.n1']//span[@class='note-label']")[0]).endswith("[1]")


def test_a_passage_is_cited_by_the_number_its_search_result_gives(site):  # noqa: F811
    """The search page names a result "passage N" (search.json's record n); its citation gives the same N."""
    from triglot.edition import load
    from triglot.web.search import edition_passages
    from test_web_site import ROOT
    records = {r["block"]: r["n"] for r in edition_passages(load(ROOT)) if r["doc"] == "nkid1920"}
    page = parse(site, "en/documents/nkid1920.html")
    for block in ("nkid1920.p1", "nkid1920.p4", "nkid1920.by1"):
        assert f", passage {records[block]}, " in text(page.get_element_by_id(f"cite-{block}"))


def test_the_citation_files_are_read_by_reference_tools(site):  # noqa: F811
    import json
    import warnings
    import rispy
    from citeproc.source.bibtex import BibTeX
    from citeproc.source.json import CiteProcJSON
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")   # citeproc-py's BibTeX knows no biblatex url/date fields
        bib = BibTeX(str(site / "cite" / "nkid1920.bib"), encoding="utf-8")["nkid1920"]
    assert str(bib["title"]).startswith("On Karabagh and Nakhichevan")
    assert str(bib["container_title"]) == "Triglot edition"
    csl = CiteProcJSON(json.loads((site / "cite" / "nkid1920.json").read_text("utf-8")))["nkid1920"]
    assert str(csl["URL"]) == "https://w3id.org/triglot/nkid1920" and str(csl["version"]) == "0.1"
    ris = rispy.load(open(site / "cite" / "nkid1920.ris", encoding="utf-8", newline=""))[0]
    assert ris["urls"] == ["https://w3id.org/triglot/nkid1920"] and ris["secondary_authors"] == ["Triglot project"]


def test_bibtex_special_characters_are_escaped():
    from triglot.web.cite import Citation, bibtex
    out = bibtex(Citation("x", "50% of {A} & B_c #1", ["Ed"], "P", "1", "2020-01-01", "https://e.org/x"), "E")
    assert r"50\% of \{A\} \& B\_c \#1" in out


@pytest.mark.parametrize("view", WIDTHS, indirect=True)
def test_the_copy_button_copies_the_citation(view, base_url):  # noqa: F811
    view.context.grant_permissions(["clipboard-read", "clipboard-write"])
    view.goto(f"{base_url}en/documents/legran1920.html")
    view.locator(".citation button.copy").click()
    # the label changes when the clipboard's promise settles: wait for it, as a reader would
    expect(view.locator(".citation button.copy")).to_have_text("Copied")
    copied = view.evaluate("navigator.clipboard.readText()")
    assert copied.startswith("Yuri Barsegov, “Legran’s letter") and copied.endswith("/legran1920")


def test_register_data_and_tables_are_linked_from_the_site(site):  # noqa: F811
    hrefs = parse(site, "en/persons.html").xpath("//section[@aria-labelledby='data-heading']//a/@href")
    assert "../data/persons.csv" in hrefs and "../data/mentions.csv" in hrefs
    assert all((site / "en" / h).resolve().is_file() for h in hrefs)


def test_the_library_export_is_offered_when_it_has_been_made(tmp_path):
    from triglot.web.builder import _data_files
    assert [f for f in _data_files(tmp_path) if f[0] == "export"] == []
    (tmp_path / "tei").mkdir()
    (tmp_path / "tei" / "triglot-corpus.xml").write_text("<teiCorpus/>")
    assert ("export", "tei/triglot-corpus.xml", "export/tei/triglot-corpus.xml") in _data_files(tmp_path)


def test_a_role_given_in_the_interface_language_is_shown_in_it(tmp_path):
    from lxml import etree
    from triglot.web.builder import _role
    from triglot.edition import Entry
    el = etree.fromstring('<person xmlns="http://www.tei-c.org/ns/1.0"><occupation>diplomat</occupation>'
                          '<occupation xml:lang="ru">дипломат</occupation></person>')
    entry = Entry("x", "person", el, {}, [], role="diplomat")
    assert _role(entry, "ru", "en") == ("дипломат", "ru") and _role(entry, "hy", "en") == ("diplomat", "en")


def test_a_letter_sent_by_an_organisation_links_it_to_the_organisations_page(tmp_path):
    """A correspondent from the organisations register (the build used to stop with a KeyError, and
    then named it without a link while the site had no page for organisations): it links to its entry
    on the organisations page, as a person sender links to the persons page."""
    from conftest import copy_project, replace_once
    from triglot.edition import load
    from triglot.web.docmeta import describe
    project = copy_project(tmp_path / "p")
    replace_once(project / "tei" / "legran-letter-to-chicherin.xml",
                 '<persName ref="psn:mukhtar">Ahmed Mukhtar</persName>\n          <placeName ref="plc:kars">',
                 '<orgName ref="org:nkid">NKID</orgName>\n          <placeName ref="plc:kars">')
    edition = load(project)
    meta = describe(edition.document("legran1920"), edition)
    org = [p for part in meta.parts for p in part.senders if p.text == "NKID"]
    assert org and org[0].entry == "nkid" and org[0].register == "orgs"


def test_a_chronology_day_is_uncertain_only_if_every_statement_of_it_is():
    """A day two texts date, the first doubtfully, was headed "interpretation uncertain" though the
    second dates it surely (journey 17); the doubtful statement now says so itself."""
    from lxml import etree

    from triglot.web.builder import day_certainty, tg
    day = etree.Element(tg("day"))
    first = etree.SubElement(day, tg("event"), {"statement-cert": "medium"})
    second = etree.SubElement(day, tg("event"), {"statement-cert": ""})
    day_certainty(day)
    assert day.get("cert") == "" and first.get("cert") == "medium" and second.get("cert") is None
    assert "statement-cert" not in first.attrib
    doubtful = etree.Element(tg("day"))
    etree.SubElement(doubtful, tg("event"), {"statement-cert": "low"})
    etree.SubElement(doubtful, tg("event"), {"statement-cert": "medium"})
    day_certainty(doubtful)
    assert doubtful.get("cert") == "low" and all(e.get("cert") is None for e in doubtful)
