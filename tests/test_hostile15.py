"""Session 15's hostile round: session 14's additions (one document order, each document's date in
MODS and Dublin Core, `check --rule letter-date`, search bundles, the print text layer and dashes)
used by a careless or hostile user. Each test failed before its fix."""
from __future__ import annotations

import pytest
from lxml import etree

from chromium import launched
from conftest import make_project, replace_once, served

M = {"m": "http://www.loc.gov/mods/v3"}
DC = {"dc": "http://purl.org/dc/elements/1.1/"}
TEI = {"t": "http://www.tei-c.org/ns/1.0"}


@pytest.fixture
def browser():
    """Chromium launched for each test that reads pages, not once for the module: a later test runs
    search_bench's Browser, whose Playwright cannot start while another is running."""
    with launched() as b:
        yield b


# ---------------------------------------------------------------- a certainty given as a number

def test_a_probability_below_one_is_doubt_in_every_export(tmp_path):
    """TEI's @cert is a word or a probability from 0 to 1 (teidata.probCert, which the project schema
    takes): a letter dated `when="1805" cert="0.2"` passed validate and was exported as a certain
    1805 in MODS (no qualifier), Dublin Core ("1805", no "?") and CMIF (no cert)."""
    from test_journey14 import _letters, _run
    edition = _letters(tmp_path)
    replace_once(edition / "tei" / "me-huntington-1804.xml", '<date when="1805" cert="low"/>',
                 '<date when="1805" cert="0.2"/>')
    assert _run("--root", edition, "validate") == 0
    assert _run("--root", edition, "export") == 0
    out = edition / "build" / "export"
    created = etree.parse(str(out / "mods" / "me-huntington-1804.xml")).find(".//m:dateCreated", M)
    assert (created.text, created.get("qualifier")) == ("1805", "questionable")
    assert [d.text for d in etree.parse(str(out / "dc" / "me-huntington-1804.xml")).iterfind(".//dc:date", DC)][0] \
        == "1805?"
    cmif = etree.parse(str(out / "cmif" / "letters-cmif.xml"))
    [sent] = [d for d in cmif.iterfind(".//t:correspAction[@type='sent']/t:date", TEI) if d.get("when") == "1805"]
    assert sent.get("cert") == "low"


@pytest.mark.parametrize("cert", ["unknown", "0.3"])
def test_a_date_the_encoding_doubts_is_not_shown_as_certain_on_its_card(tmp_path, cli, cert):
    """A date in the text with cert="unknown" or a probability: its card on the document page and
    its line in the chronology said "Precision: day" alone (the web knew only low and medium)."""
    from lxml import html
    root = make_project(tmp_path)
    replace_once(root / "tei" / "mini.xml", '<date when="1920-07-02">', f'<date when="1920-07-02" cert="{cert}">')
    assert cli("--root", root, "build", "web")[0] == 0
    for page in ("documents/mini.html", "chronology.html"):
        tree = html.parse(str(root / "build" / "web" / "en" / page)).getroot()
        shown = [" ".join(p.text_content().split()) for p in tree.find_class("precision")]
        assert shown and all("interpretation uncertain" in s for s in shown), (page, shown)


def test_doubt_is_a_word_or_a_probability_below_one():
    from triglot.i18n import doubted
    assert [doubted(c) for c in ("low", "medium", "unknown", "0.2", "0", " 0.5 ")] == [True] * 6
    assert [doubted(c) for c in ("high", "1", "1.0", "", None)] == [False] * 5


# ---------------------------------------------------------------- a collection's span

@pytest.mark.parametrize("parts, whole", [
    ([{"when": "1813"}, {"when": "1813-05-01"}], {"when": "1813"}),
    ([{"when": "1813-05"}, {"when": "1813-05-20"}], {"when": "1813-05"}),
    ([{"when": "1812-05-01"}, {"when": "1813"}], {"from": "1812-05-01", "to": "1813"}),
    ([{"when": "1920-06-29"}, {"notBefore": "1920-07-03"}], {"from": "1920-06-29", "to": "1920-07-03"}),
    ([{"when": "1814-02"}, {"when": "1814", "cert": "low"}], {"when": "1814", "cert": "low"}),
])
def test_a_collections_span_runs_to_the_last_day_its_parts_may_have(parts, whole):
    """The span of a collection's dated parts took its end as the greatest string: "1813-05-01" is
    after "1813" as text, so a letter of 1813 (which may be of December) and one of 1 May 1813 made
    "1813 – May 1, 1813" on the web and an end 1813-05-01 in MODS and Dublin Core."""
    from triglot.order import span
    assert span(parts) == whole


# ---------------------------------------------------------------- one document order

def _ordered(tmp_path, value: str):
    from test_journey14 import _letters
    edition = _letters(tmp_path)
    settings = edition / "triglot.toml"
    settings.write_text(settings.read_text("utf-8").replace("[edition]\n", f"[edition]\norder = {value}\n", 1), "utf-8")
    return edition


def test_an_order_naming_no_document_fails_validate_as_it_fails_build(tmp_path, cli):
    """`validate` (which streams the documents and never loads the edition whole) passed an order
    naming an id no document has, exit 0, and then `build` and `export` refused it: the editor's
    check said nothing of what stopped the build."""
    edition = _ordered(tmp_path, '["me-huntington-1804", "nope"]')
    cli("--root", edition, "schema")                    # what _letters printed is read here
    code, out, err = cli("--root", edition, "validate")
    assert code == 1
    assert out.splitlines()[0].startswith("triglot.toml:3: settings: edition.order: 'nope' is not the id "), out
    code, out, err = cli("--root", edition, "build", "web")
    assert code == 1 and "triglot.toml:3: settings: edition.order: 'nope'" in out + err


def test_a_listed_document_that_does_not_parse_is_reported_as_such(tmp_path, cli):
    """A document the order names and that does not parse (an unclosed <p>): `build` and `export`
    said only "'me-huntington-1804' is not the id of a document in tei/", which is false, and hid the
    well-formedness error the editor had to fix."""
    edition = _ordered(tmp_path, '["me-huntington-1804"]')
    replace_once(edition / "tei" / "me-huntington-1804.xml", "<body>", "<body><p>")
    for command in (("build", "web"), ("export",)):
        code, out, err = cli("--root", edition, *command)
        assert code == 1
        assert "tei/me-huntington-1804.xml:" in out + err and "well-formed" in out + err, out + err
        assert "is not the id" not in out + err


# ---------------------------------------------------------------- a block without an id

def test_a_block_without_an_id_in_a_document_with_a_block_pattern_is_a_problem_not_a_traceback(tmp_path, cli):
    """Every document of the edition states a cRefPattern; a base-text note added without an xml:id
    (an editor's first draft of a dating note) stopped validate with a TypeError traceback from
    the URL check (patterns.expand of None) instead of the ids rule's line."""
    from conftest import copy_project
    project = copy_project(tmp_path)
    doc = project / "tei" / "chicherin-documents-1920.xml"
    text = doc.read_text("utf-8")
    start = text.index("<dateline")
    end = text.index("</dateline>", start)
    doc.write_text(text[:end] + '<note type="editorial">Dated by the postmark.</note>' + text[end:], "utf-8")
    line = text[:end].count("\n") + 1
    code, out, err = cli("--root", project, "validate")
    assert code == 1
    assert f"tei/chicherin-documents-1920.xml:{line}: ids: base-text block <note> has no xml:id" in out, out + err


# ---------------------------------------------------------------- check --rule letter-date

def test_a_note_in_the_dateline_does_not_date_the_letter(tmp_path, cli):
    """A header dating the letter 1913 (a catalogue's slip for 1813) beside the dateline "Au. 13"
    (when="1813-08") is what the rule is for; an editorial note in the dateline that names the
    catalogue's wrong year ("catalogued as of 1913") made the letter agree with itself: nothing found."""
    from test_journey14 import _letters
    edition = _letters(tmp_path)
    doc = edition / "tei" / "me-geneve-33-2-1813-08.xml"
    replace_once(doc, '<date when="1813-08" cert="high"> Au. 13</date> My dear',
                 '<date when="1813-08" cert="high"> Au. 13</date><note type="editorial" xml:id="me-geneve-33-2-1813-08.n99">'
                 'Catalogued as of <date when="1913">1913</date>.</note> My dear')
    replace_once(doc, 'Richard Lovell Edgeworth</persName><date when="1813-08" cert="high">',
                 'Richard Lovell Edgeworth</persName><date when="1913" cert="high">')
    code, out, err = cli("--root", edition, "check", "--rule", "letter-date")
    found = [x for x in out.splitlines() if "letter-date:" in x]
    assert len(found) == 1 and "(when=1913) is not the date its text gives" in found[0] \
        and "(“Au. 13”, when=1813-08)" in found[0], out + err


# ---------------------------------------------------------------- search bundles on a full disk

def test_a_bundle_pagefind_cut_short_on_a_full_disk_is_neither_published_nor_kept(tmp_path, cli, monkeypatch):
    """On a full tmpfs (830 kB, the mini edition's bundle) Pagefind exited 0 with its entry file
    whole and wasm.unknown.pagefind cut short (gzip: EOFError): the build checked the entry file
    only, published the bundle, kept it in build/web-cache/pagefind for the next builds, exit 0,
    and the search failed in the browser. Here Pagefind's run is followed by the cut it made."""
    from triglot.web import search
    root = make_project(tmp_path)
    real = search.IndexJob._command

    def cut_short(self, folder):
        out = self._output / folder / "wasm.unknown.pagefind"
        return ["sh", "-c", '"$@" && truncate -s 100 "$0"', str(out), *real(self, folder)]
    monkeypatch.setattr(search.IndexJob, "_command", cut_short)
    code, out, err = cli("--root", root, "build", "web")
    assert code == 1, out + err
    assert "wasm.unknown.pagefind:0: search-index: Pagefind wrote a damaged file" in out + err, out + err
    assert "Traceback" not in out + err
    assert not (root / "build" / "web").exists()
    kept = root / "build" / "web-cache" / "pagefind"
    assert not kept.exists() or not any(p.name[0] != "." for p in kept.iterdir())


# ---------------------------------------------------------------- a build killed while Pagefind runs

def _children(pid: int) -> list[int]:
    from pathlib import Path
    out = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            out.append(int(stat.parent.name))
    return out


def _running(pid: int) -> bool:
    from pathlib import Path
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


@pytest.mark.skipif(not __import__("sys").platform.startswith("linux"), reason="PR_SET_PDEATHSIG is Linux's")
def test_pagefind_ends_with_a_build_that_is_killed(tmp_path):
    """SIGTERM (which runs no cleanup) or SIGKILL to a `build web` while Pagefind indexed left the
    Pagefind processes running as orphans (parent 1) to the end of their work, writing into a folder
    nobody would publish. The runner's processes now end with it; a stand-in for Pagefind (sleep)
    shows it, since the fixture editions index faster than a signal can be aimed."""
    import os
    import signal
    import subprocess
    import sys
    import time
    script = ("import time\nfrom triglot.web.search import _Runner\n"
              "runner = _Runner(1)\nrunner.start('x', ['/bin/sleep', '300'])\ntime.sleep(300)\n")
    middle = subprocess.Popen([sys.executable, "-c", script], env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)})
    sleeper = None
    try:
        deadline = time.monotonic() + 60
        while sleeper is None and time.monotonic() < deadline:
            found = [p for p in _children(middle.pid) if _running(p) and
                     open(f"/proc/{p}/cmdline", "rb").read().startswith(b"/bin/sleep\0")]
            sleeper = found[0] if found else None
            time.sleep(0.1)
        assert sleeper is not None, "the runner started no process"
        middle.send_signal(signal.SIGKILL)
        middle.wait()
        deadline = time.monotonic() + 60
        while _running(sleeper) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not _running(sleeper), "the runner's process outlived the build"
    finally:
        middle.kill()
        if sleeper is not None and _running(sleeper):
            os.kill(sleeper, signal.SIGKILL)


# ---------------------------------------------------------------- a dash that opens an element

def _dash_in_quotes(tmp_path, cli):
    """The mini edition with a passage whose quotations open and close with a dash, as Russian
    dialogue and asides are written ("Баку <q>— особенно</q>"), the words between them of every length."""
    root = make_project(tmp_path)
    words = ["treaty", "at", "Kars", "negotiations", "of", "the", "Commissariat", "a", "plenipotentiary", "it"]
    plain = " ".join(f"{words[i % 10]} {'x' * (i % 7 + 1)} said {words[(i * 3) % 10]} — as everyone knew — {words[(i * 7) % 10]}"
                     for i in range(30))
    tagged = plain.replace(" — as everyone knew —", " <q>— as everyone knew —</q>")
    replace_once(root / "tei" / "mini.xml", "wrote from", f"{tagged} wrote from")
    replace_once(root / "seeds" / "mini.txt", "wrote from", f"{plain} wrote from")
    assert cli("--root", root, "schema")[0] == 0           # <q> joins the project's subset
    assert cli("--root", root, "validate")[0] == 0
    return root


def test_a_dash_that_opens_an_element_never_opens_a_line_on_a_phone(tmp_path, cli, new_page):
    """Only a dash after text or after an element was kept on the line before it: a dash that opens
    an element (a quotation, a name, a hi) followed a breakable space, and at 320 px and other phone
    widths lines began with "— as everyone knew"."""
    from test_web_site import DASH_OPENING_A_LINE
    root = _dash_in_quotes(tmp_path, cli)
    assert cli("--root", root, "build", "web")[0] == 0
    found = {}
    with served(root / "build" / "web") as url:
        for width in range(320, 480, 8):
            view = new_page(width, java_script_enabled=False)
            view.goto(url + "en/documents/mini.html")
            found[width] = view.evaluate(DASH_OPENING_A_LINE)
            view.context.close()
    assert all(v == [] for v in found.values()), {w: v for w, v in found.items() if v}
    page = (root / "build" / "web" / "en" / "documents" / "mini.html").read_text("utf-8")
    assert "\u2060" not in page                   # the web's text is the TEI's: nothing put in


def test_a_dash_that_opens_an_element_never_opens_a_printed_line(tmp_path, cli):
    """WeasyPrint breaks before such a dash even when the word before it is an unbreakable run;
    the lines of the books began with "— as everyone knew". The text layer stays the TEI's."""
    import re
    from test_print_text_layer import DASH_OPENS, pdftotext
    root = _dash_in_quotes(tmp_path, cli)
    assert cli("--root", root, "build", "print")[0] == 0
    books = sorted((root / "build" / "print").glob("*.pdf"))
    texts = {b.name: pdftotext(b) for b in books}
    assert len(texts) == 3 and all(DASH_OPENS.findall(t) == [] for t in texts.values()), \
        {n: DASH_OPENS.findall(t) for n, t in texts.items()}
    assert all(not re.search("[\u00a0\u2060]", t) for t in texts.values())


# ---------------------------------------------------------------- a bundle damaged after the build

def test_a_search_whose_passage_data_cannot_be_read_ends_and_says_so(tmp_path, cli):
    """A published bundle's fragments cut short (a full disk at a copy or an upload, an rsync
    interrupted: Pagefind's "invalid gzip data"): the search page stayed at "Checking the passages…"
    for ever, its list never done. It now ends and says the search failed, never a silent answer."""
    from triglot.web.search_bench import Browser
    root = make_project(tmp_path)
    assert cli("--root", root, "build", "web")[0] == 0
    site = root / "build" / "web"
    for fragment in (site / "pagefind" / "en" / "fragment").iterdir():
        fragment.write_bytes(fragment.read_bytes()[:20])
    browser = Browser(site)
    try:
        browser.open_search("en")
        page = browser.page
        page.fill("#search-input", "Chicherin")
        page.press("#search-input", "Enter")
        page.locator(".search-results[data-state=done]").wait_for(state="attached", timeout=60000)
        assert page.locator(".search-status").text_content() == "The search index could not be loaded."
    finally:
        browser.close()


@pytest.mark.parametrize("header, reported", [
    ('notBefore="1813-01"', False),        # August 1813 is after January
    ('notAfter="1814"', False),
    ('from="1813-06"', False),
    ('notBefore="1813-09"', True),         # August is before September: the two disagree
    ('notAfter="1813-07"', True),
])
def test_a_header_date_known_by_one_bound_agrees_with_a_dateline_inside_it(tmp_path, cli, header, reported):
    """A correspDesc date given as `notBefore="1813-01"` (the letter is known to be of 1813 or later)
    beside the dateline "Au. 13" (when="1813-08") was reported as another date than the text's: the
    rule read a lone bound as its own year or month, closed on both sides."""
    from test_journey14 import _letters
    edition = _letters(tmp_path)
    replace_once(edition / "tei" / "me-geneve-33-2-1813-08.xml",
                 'Richard Lovell Edgeworth</persName><date when="1813-08" cert="high">',
                 f'Richard Lovell Edgeworth</persName><date {header} cert="high">')
    code, out, err = cli("--root", edition, "check", "--rule", "letter-date")
    assert any("letter-date:" in x for x in out.splitlines()) == reported, out + err
