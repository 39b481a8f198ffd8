"""The web edition, built from the real edition and read in Debian's Chromium."""
from __future__ import annotations

import json

import re
import shutil
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest

from chromium import serious_axe_violations
from conftest import copy_project, served
from triglot.build import build, publish

ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "test-artifacts" / "web"


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    out = tmp_path_factory.mktemp("build")
    build(ROOT, ["web"], out)
    return out / "web"


@pytest.fixture(scope="module")
def base_url(site):
    with served(site) as url:
        yield url


@pytest.fixture
def page(new_page):
    pg = new_page()
    pg.on("console", lambda m: pg.errors.append(m.text) if m.type == "error" else None)
    yield pg
    pg.context.close()
    assert pg.errors == [], pg.errors


def shot(page, name):
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=False)


@pytest.mark.parametrize("ui", ["en", "ru", "hy"])
@pytest.mark.parametrize("path", ["index.html", "documents/mikoyan1937.html", "persons.html",
                                  "places.html", "orgs.html", "chronology.html", "search.html"])
def test_every_page_type_renders_in_each_interface_language(page, base_url, ui, path):
    page.goto(f"{base_url}{ui}/{path}")
    assert page.locator("html").get_attribute("lang") == ui
    assert page.locator("main h1").count() == 1
    shot(page, f"{ui}-{path.replace('/', '-')}")


def _untranslated_p1_hy(m) -> str:
    """The slot emptied as an untranslated slot is: its note slots stay (tei/ENCODING.md)."""
    notes = "".join(re.findall(r"<note .*?</note>", m.group(0), flags=re.S))
    return f'<ab xml:id="mikoyan1937.p1.hy" corresp="#mikoyan1937.p1" ana="#untranslated">{notes}</ab>'


@pytest.fixture(scope="module")
def altered_site(tmp_path_factory):
    """The edition with one slot emptied and one made from an older English, as a translator meets them."""
    root = copy_project(tmp_path_factory.mktemp("altered"))
    shutil.copytree(ROOT / "translations" / "ui", root / "translations" / "ui")
    tei = root / "tei" / "mikoyan-diplomacy-1937.xml"
    text = tei.read_text("utf-8")
    text = re.sub(r'<ab xml:id="mikoyan1937.p1.hy" [^>]*?(/>|>.*?</ab>)', _untranslated_p1_hy, text, flags=re.S)
    text = re.sub(r'(<ab xml:id="mikoyan1937.p3.ru" [^>]*source=")[^"]*"', r'\1ni:///sha-256-64;AAAAAAAAAAA"', text)
    tei.write_text(text, "utf-8")
    build(root, ["web"], root / "build")
    return root / "build" / "web"


def cell(site, ui, doc, block, lang) -> str:
    html = (site / ui / "documents" / f"{doc}.html").read_text("utf-8")
    row = html[html.index(f'id="{block}"'):]
    return row[row.index(f"col-{lang}"):][:3000]


def test_untranslated_slots_say_so_in_the_readers_language(altered_site):
    assert "Ещё не переведено" in cell(altered_site, "ru", "mikoyan1937", "mikoyan1937.p1", "hy")
    assert "Not yet translated" in cell(altered_site, "en", "mikoyan1937", "mikoyan1937.p1", "hy")


def test_a_stale_translation_is_marked_out_of_date(altered_site):
    stale = cell(altered_site, "en", "mikoyan1937", "mikoyan1937.p3", "ru")
    assert stale.startswith("col-ru state-draft stale") and "Out of date" in stale
    assert "Out of date" not in cell(altered_site, "en", "mikoyan1937", "mikoyan1937.p3", "hy")


def test_a_context_line_falls_back_to_the_english_where_the_slot_is_untranslated(altered_site):
    """mikoyan1937.p1 is untranslated in Armenian: its register and chronology lines quote the
    English text, marked English, with no draft mark; the Russian draft of it is quoted in Russian."""
    from lxml import html
    for page, xpath in (("persons.html", "//*[@id='mikoyan']//ul[@class='mentions']//li[a[contains(@href, '#mikoyan1937.p1')]]"),
                        ("chronology.html", "//li[@id][a[contains(@href, '#mikoyan1937.p1')]]")):
        hy = html.parse(str(altered_site / "hy" / page)).getroot().xpath(xpath)[0]
        assert [s.get("lang") for s in hy.xpath(".//*[self::span or self::q][@lang]")] == ["en"] and "սևագիր" not in hy.text_content()
        ru = html.parse(str(altered_site / "ru" / page)).getroot().xpath(xpath)[0]
        assert ru.xpath(".//*[self::span or self::q][@lang]")[0].get("lang") == "ru" and "черновой перевод" in ru.text_content()


def test_draft_translations_are_marked_as_drafts(site):
    draft = cell(site, "hy", "legran1920", "legran1920.p1", "ru")
    assert draft.startswith("col-ru state-draft") and "Թարգմանության սևագիր" in draft


def test_hiding_a_column_is_remembered(page, base_url):
    page.goto(f"{base_url}en/documents/mikoyan1937.html")
    page.get_by_role("checkbox", name="Armenian").uncheck()
    assert not page.locator("#mikoyan1937\\.p1 .col-hy").is_visible()
    page.reload()
    assert not page.locator("#mikoyan1937\\.p1 .col-hy").is_visible()
    page.get_by_role("checkbox", name="Armenian").check()
    assert page.locator("#mikoyan1937\\.p1 .col-hy").is_visible()


def test_narrow_screen_without_script_stacks_the_columns(new_page, base_url):
    """With script, phones show one language at a time (test_web_reading); without, all stacked."""
    pg = new_page(400, java_script_enabled=False)
    pg.goto(f"{base_url}en/documents/mikoyan1937.html")
    en = pg.locator("#mikoyan1937\\.p1 .col-en").bounding_box()
    ru = pg.locator("#mikoyan1937\\.p1 .col-ru").bounding_box()
    assert ru["y"] >= en["y"] + en["height"] - 1
    shot(pg, "narrow-document")


# The first character drawn on a line after a non-space on the line above, when it is a dash.
DASH_OPENING_A_LINE = """() => {
  const found = [], range = document.createRange();
  const walker = document.createTreeWalker(document.querySelector('main'), NodeFilter.SHOW_TEXT);
  let before = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (let i = 0; i < node.data.length; i++) {
      if (/\\s/.test(node.data[i])) continue;
      range.setStart(node, i); range.setEnd(node, i + 1);
      const box = [...range.getClientRects()].pop();
      if (!box || box.width === 0) continue;
      if ('—–'.includes(node.data[i]) && before && box.top > before.bottom - 2) {
        found.push(node.data.slice(Math.max(0, i - 15), i + 15));
      }
      before = box;
    }
  }
  return found;
}"""


@pytest.mark.parametrize("width", [320, 390])
def test_no_line_begins_with_a_dash_on_a_phone(new_page, base_url, site, width):
    """Russian keeps a dash on the line of the word before it, as English does with a spaced
    em dash and a range's en dash (xslt/modules/dashes.xsl, shared with print): at 320 and
    390 px, all columns stacked, "— особенно сейчас" and "— հատկապես հիմա" began lines."""
    view = new_page(width, java_script_enabled=False)
    opened = {}
    for path in sorted((site / "en" / "documents").glob("*.html")):
        view.goto(f"{base_url}en/documents/{path.name}")
        opened[path.name] = view.evaluate(DASH_OPENING_A_LINE)
    assert len(opened) >= 5 and all(found == [] for found in opened.values()), opened


def test_entity_card_opens_from_the_keyboard_and_leads_to_the_register(page, base_url):
    page.goto(f"{base_url}ru/documents/mikoyan1937.html")
    link = page.locator("#mikoyan1937\\.p1 a.persName").first
    link.focus()
    page.keyboard.press("Enter")
    card = page.locator("#card-persons-mikoyan")
    assert card.is_visible()
    assert "Микоян" in card.inner_text()
    shot(page, "card-mikoyan")
    card.get_by_role("link", name="Статья указателя").click()
    page.wait_for_url(re.compile(r"/ru/persons\.html#mikoyan$"))
    assert page.locator("#mikoyan").is_visible()


def test_switching_the_interface_language_keeps_the_page(page, base_url):
    page.goto(f"{base_url}en/documents/legran1920.html")
    page.locator(".lang-switch a[hreflang='hy']").click()
    page.wait_for_url(re.compile(r"/hy/documents/legran1920\.html$"))
    assert page.locator("html").get_attribute("lang") == "hy"


def test_no_serious_or_critical_axe_violations(new_page, base_url):
    # The audit script is injected by the test, so only this context bypasses the site's CSP.
    page = new_page(bypass_csp=True)
    for path in ("en/index.html", "ru/documents/legran1920.html", "hy/places.html", "en/chronology.html",
                 "ru/orgs.html"):
        page.goto(base_url + path)
        bad = serious_axe_violations(page)
        assert bad == [], (path, bad)


class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.hrefs, self.ids = [], set()

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if a.get("id"):
            self.ids.add(a["id"])
        for key in ("href", "src"):
            if a.get(key) and tag != "link" or (tag == "link" and key == "href" and a.get(key)):
                self.hrefs.append(a[key])


def test_every_internal_link_and_anchor_resolves(site):
    pages = {p: Links() for p in site.rglob("*.html") if "pagefind" not in p.parts}
    for p, parser in pages.items():
        parser.feed(p.read_text("utf-8"))
    broken = []
    for p, parser in pages.items():
        for href in parser.hrefs:
            if href.startswith(("http://", "https://")):
                continue
            url = urljoin(p.as_uri(), href)
            target = Path(urlsplit(url).path)
            frag = urlsplit(url).fragment
            if not target.exists():
                broken.append((str(p.relative_to(site)), href))
            elif frag and target.suffix == ".html" and frag not in pages[target].ids:
                broken.append((str(p.relative_to(site)), href))
    assert broken == []


def test_every_released_identifier_is_an_anchor_of_its_document_page(site):
    """The citable URL of a released block or container lands on it in every interface language."""
    from triglot.library.identifiers import read_released
    missing = []
    for ui in ("en", "ru", "hy"):
        for _, ident in read_released(ROOT):
            doc, _, frag = ident.partition("#")
            parser = Links()
            parser.feed((site / ui / "documents" / f"{doc}.html").read_text("utf-8"))
            if frag and frag not in parser.ids:
                missing.append(f"{ui}: {ident}")
    assert missing == []


def test_pages_carry_a_csp_and_no_inline_script(site):
    for p in site.rglob("*.html"):
        if "pagefind" in p.parts:
            continue
        html = p.read_text("utf-8")
        assert "Content-Security-Policy" in html
        assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html), p


def test_rebuilding_unchanged_input_gives_identical_files(site, tmp_path):
    again = build(ROOT, ["web"], tmp_path).build_dir / "web"
    first = {p.relative_to(site): stable_bytes(p) for p in site.rglob("*") if p.is_file() and stable(p)}
    second = {p.relative_to(again): stable_bytes(p) for p in again.rglob("*") if p.is_file() and stable(p)}
    assert first.keys() == second.keys()
    assert [k for k in first if first[k] != second[k]] == []


def stable(path: Path) -> bool:
    """Pagefind writes its filter indexes (and the files naming them) in hash-map order, so they
    differ between identical builds (Pagefind/pagefind#638); pages, fragments and word index do not."""
    return not ("pagefind" in path.parts and (path.parent.name == "filter" or path.suffix == ".pf_meta"
                                               or path.name == "pagefind-entry.json"))


def stable_bytes(path: Path) -> bytes:
    """A site file's bytes as identical builds give them: the search data without its `bundleFiles`,
    which name Pagefind's meta files and hash its entry files (both differ between identical builds,
    as above); `bundle_files_agree` checks those against the files themselves."""
    data = path.read_bytes()
    if path.name == "search.json" and path.parent.name == "pagefind":
        parsed = json.loads(data)
        parsed.pop("bundleFiles", None)
        return json.dumps(parsed, ensure_ascii=False, sort_keys=True).encode("utf-8")
    return data


def bundle_files_agree(site: Path) -> list[str]:
    """What search.json's `bundleFiles` says of each bundle that its files do not bear out (a rebuild
    that kept a stale list would send the worker to a meta file that is gone)."""
    import hashlib
    data = json.loads((site / "pagefind" / "search.json").read_text("utf-8"))
    wrong = []
    for folder, named in data.get("bundleFiles", {}).items():
        bundle = site / "pagefind" / folder
        entry = (bundle / "pagefind-entry.json").read_bytes()
        if named["tag"] != hashlib.sha256(entry).hexdigest()[:16]:
            wrong.append(f"{folder}: tag")
        wrong += [f"{folder}: {named[k]}" for k in ("meta", "wasm") if not (bundle / named[k]).is_file()]
    return wrong


def test_the_site_publishes_the_edition_data_tables(site):
    """The export's data/ (CSV, JSON, JSON Schema, JSON-LD) is on the site too, byte for byte."""
    from triglot.edition import load
    from triglot.library import dataset
    from triglot.library.corpus import edition_facts
    edition = load(ROOT)
    expected = dataset.files(edition, edition_facts(edition))
    assert {p.name: p.read_bytes() for p in (site / "data").iterdir()} == expected


def test_a_failing_build_leaves_the_previous_output(tmp_path):
    final = tmp_path / "web"
    final.mkdir()
    (final / "index.html").write_text("old")

    def fail(out):
        (out / "index.html").write_text("half")
        raise RuntimeError("boom")
    with pytest.raises(RuntimeError):
        publish(final, fail)
    assert (final / "index.html").read_text() == "old"


def test_worker_processes_render_the_same_site(site, tmp_path, monkeypatch):
    """A large edition is rendered by spawned workers; the pages must not differ from in-process ones."""
    from triglot.web import render
    monkeypatch.setattr(render, "WORKER_THRESHOLD", 0)
    again = build(ROOT, ["web"], tmp_path).build_dir / "web"
    first = {p.relative_to(site): p.read_bytes() for p in site.rglob("*.html")}
    second = {p.relative_to(again): p.read_bytes() for p in again.rglob("*.html")}
    assert first.keys() == second.keys()
    assert [k for k in first if first[k] != second[k]] == []


def test_a_document_without_editors_is_cited_without_an_editors_part(tmp_path, cli):
    """A document whose header names no editors (no respStmt xml:id="resp-editors", as in most
    headers brought from elsewhere) was cited "(eds.), “A letter…”" in every interface, an
    empty editors' part; the BibTeX, RIS and CSL-JSON files must not name an editor either."""
    import json
    from lxml import html
    from conftest import make_project, replace_once
    root = make_project(tmp_path, "mini")
    doc = root / "tei" / "mini.xml"
    replace_once(doc, 'xml:id="resp-editors"', 'xml:id="resp-encoders"')
    replace_once(doc, 'resp="#resp-editors"', 'resp="#resp-encoders"')
    code, out, err = cli("--root", root, "build", "web")
    assert code == 0, err
    site = root / "build" / "web"
    uis = sorted(p.name for p in site.iterdir() if (p / "documents" / "mini.html").is_file())
    assert len(uis) >= 3
    for ui in uis:
        page = html.parse(str(site / ui / "documents" / "mini.html"))
        citations = [" ".join(el.text_content().split()) for el in page.xpath("//span[starts-with(@id, 'cite-')]")]
        assert citations and all(c[0] in "“«" and "https://w3id.org/triglot/mini" in c for c in citations), (ui, citations)
    bib = (site / "cite" / "mini.bib").read_text("utf-8")
    ris = (site / "cite" / "mini.ris").read_text("utf-8")
    csl = json.loads((site / "cite" / "mini.json").read_text("utf-8"))
    assert "editor" not in bib and "title = {A letter from Chicherin}" in bib
    assert "\r\nA2  - " not in ris and "TI  - A letter from Chicherin" in ris
    assert "editor" not in csl[0] and csl[0]["title"] == "A letter from Chicherin"
