"""Session 20's hostile round (round 25) on session 20's additions: register variant, the kept
document parts' lines, stylesheets edited between builds, the web page's ids. Each test failed
before its fix."""
from __future__ import annotations

import unicodedata

import pytest

from conftest import triglot_process as _triglot


@pytest.fixture(scope="module")
def places(tmp_path_factory):
    """An edition with two places, Van and Kars, in English, Russian and Armenian."""
    ed = tmp_path_factory.mktemp("h25") / "ed"
    code, out = _triglot("new", ed, "--title", "Papers", "--base", "en", "--translations", "ru,hy", "--publisher", "P")
    assert code == 0, out
    for ident, en, ru, hy in (("van", "Van", "Ван", "Վան"), ("kars", "Kars", "Карс", "Կարս")):
        code, out = _triglot("--root", ed, "register", "add", "place", ident, "--name", f"en={en}",
                             "--name", f"ru={ru}", "--name", f"hy={hy}")
        assert code == 0, out
    return ed


# ---------------------------------------------------------------- register variant, hostile text

@pytest.mark.parametrize("text, rule", [
    ("Ва\x01н", "control character"),      # lxml's ValueError came out as a traceback
    ("\u0301", "combining mark"),          # an accent alone was written as the variant
    ("\u0301Ван", "combining mark"),       # an accent before its letter: add refuses it, variant took it
    ("Карс", "kars"),                      # kars's own Russian name: search found Kars's mentions under Van
    ("карс", "kars"),                      # ... in other capitals
])
def test_a_variant_add_would_refuse_is_refused_and_nothing_is_written(places, text, rule):
    register = places / "tei" / "places.xml"
    before = register.read_bytes()
    code, out = _triglot("--root", places, "register", "variant", "van", f"ru={text}")
    assert code == 1, out
    assert "Traceback" not in out
    assert "tei/places.xml:" in out and ": register: " in out and rule in out, out
    assert register.read_bytes() == before


def test_a_variant_in_another_normal_form_than_a_name_it_has_is_refused(places):
    """Vän typed decomposed (a + U+0308) is the name Vän composed: two variants a reader cannot tell apart."""
    register = places / "tei" / "places.xml"
    code, out = _triglot("--root", places, "register", "variant", "kars", "en=K\u00e4rs")
    assert code == 0, out
    before = register.read_bytes()
    code, out = _triglot("--root", places, "register", "variant", "kars", "en=" + unicodedata.normalize("NFD", "K\u00e4rs"))
    assert code == 1, out
    assert "already has the en name" in out and "Traceback" not in out
    assert register.read_bytes() == before


# ---------------------------------------------------------------- kept lines edited between builds

@pytest.mark.parametrize("damage", ["shifted", "edited", "not-text"])
def test_kept_lines_of_this_part_but_edited_give_the_pages_of_a_cold_build(tmp_path, damage):
    """A lines file with its own key but other lines was trusted: one line too many quoted each
    mention's neighbour's line (one too few: an IndexError out of the build), an edited line was
    quoted as edited, a number was quoted as '7'."""
    from conftest import copy_project, replace_once
    from test_web_incremental import cold, files
    from test_web_kept_lines import HEADING, LEGRAN
    from triglot.build import build
    from triglot.web import doc_cache
    root = copy_project(tmp_path / "edition")
    build(root, ["web"])
    kept = list((root / "build/web-cache/docs").glob("*" + doc_cache.LINES))
    assert kept
    for path in kept:
        text = path.read_text("utf-8")
        if damage == "shifted":
            text = text.replace('"lines": [', '"lines": ["x", ', 1)
        elif damage == "edited":
            text = text.replace("Армени", "Арменииии")
        else:
            text = text.replace('"lines": ["', '"lines": [7, "', 1)
        path.write_text(text, "utf-8")
    replace_once(root / LEGRAN, *HEADING)
    build(root, ["web"])
    again, expected = files(root / "build" / "web"), cold(root, tmp_path / "cold")
    assert [str(k) for k in expected if again[k] != expected[k]] == []


# ---------------------------------------------------------------- a stylesheet imported from outside xslt/

@pytest.mark.parametrize("href", ["relative", "file-uri", "escaped", "relative-and-a-text"])
def test_a_module_imported_from_outside_the_stylesheets_folder_edited_between_builds(tmp_path, href):
    """web.xsl may include a module from a folder beside xslt/ (or by a file: URI, or with a space
    written %20): the build's stamp and the page cache's digest read only xslt/, and the compiled
    stylesheet's only plain relative hrefs, so the second build was skipped, or (a text edited too)
    kept the pages the edit did not change as the first build rendered them."""
    import shutil

    from conftest import copy_project
    from test_web_watch_sources import _mark
    from triglot.build import build
    root = copy_project(tmp_path / "edition")
    folder = root / ("shared modules" if href == "escaped" else "shared")
    folder.mkdir()
    module = folder / "web-indexes.xsl"
    (root / "xslt/modules/web-indexes.xsl").rename(module)
    target = {"relative": "../shared/web-indexes.xsl", "relative-and-a-text": "../shared/web-indexes.xsl", "file-uri": module.as_uri(),
              "escaped": "../shared%20modules/web-indexes.xsl"}[href]
    web = root / "xslt/web.xsl"
    web.write_text(web.read_text("utf-8").replace('href="modules/web-indexes.xsl"', f'href="{target}"'), "utf-8")
    build(root, ["web"])
    module.write_text(_mark(module.read_text("utf-8"), "h25mark"), "utf-8")
    if href == "relative-and-a-text":
        from conftest import replace_once
        from test_web_kept_lines import LEGRAN, SOURCE
        replace_once(root / LEGRAN, *SOURCE)
    build(root, ["web"])
    cold = tmp_path / "cold"
    shutil.copytree(root, cold, ignore=shutil.ignore_patterns("build"))
    build(cold, ["web"])
    pages = sorted(p.relative_to(cold / "build/web") for p in (cold / "build/web").rglob("*.html"))
    assert any("h25mark" in (cold / "build/web" / p).read_text("utf-8") for p in pages)
    assert [str(p) for p in pages if (root / "build/web" / p).read_bytes() != (cold / "build/web" / p).read_bytes()] == []


# ---------------------------------------------------------------- ids the web page does not make

@pytest.mark.parametrize("ids", [
    {"mini.h1": "cite-resp-editors"},     # a header's id: the page cites passages only
    {"mini.h1": "cite-mini.en"},          # the base text's division: no passage, no citation of it
])
def test_a_cite_id_that_names_no_passage_is_left_alone(tmp_path, cli, ids):
    """cite-ID was refused for any id of the file, though the page makes one only for each passage
    (a block of the base text): 'cite-resp-editors' was refused as 'the citation of passage resp-editors'."""
    from conftest import make_project
    from test_validate_page_ids import renamed
    project = make_project(tmp_path)
    renamed(project, ids)
    code, out, err = cli("--root", project, "validate")
    assert "the web edition's document page uses" not in out + err, out + err
    assert "Traceback" not in err

