"""A register page kept whole when nothing it shows changed (web/builder._register_inputs).

At 500 documents a text edit that changed no quoted line still built every register page's
model, entry by entry, only to find each page's key unchanged (0.47-0.49 of the rebuild's
3.0 CPU-s, rebuild30). A page is now keyed first by what it is made from: each document's
entry digests (kept with its part), titles and place, the registers, settings, catalogs,
toolkit, the map and the download links. Here: such an edit builds no register page's model
and the site is a cold build's; an edit of a quoted line still reaches its page (and the
site is still a cold build's: test_web_incremental, test_web_register_entries)."""
from __future__ import annotations

import json

from conftest import copy_project, replace_once
from test_web_incremental import cold, files
from triglot.build import build
from triglot.web import builder

# a Russian slot that names nobody: the Russian pages quote the English line for the passage
DOC = "chicherin-documents-1920.xml"
SLOT = '>На наш взгляд, возможны'
EDITED = '>По нашему мнению, возможны'


def counting(monkeypatch) -> list[tuple[str, str]]:
    """The register pages (kind, ui) whose models are built."""
    built: list[tuple[str, str]] = []
    real = builder._register

    def counted(edition, site, kind, ui, *args, **kwargs):
        built.append((kind, ui))
        return real(edition, site, kind, ui, *args, **kwargs)
    monkeypatch.setattr(builder, "_register", counted)
    return built


def test_a_text_edit_that_changes_no_quoted_line_builds_no_register_page(tmp_path, monkeypatch):
    root = copy_project(tmp_path / "edition")
    build(root, ["web"])
    built = counting(monkeypatch)
    replace_once(root / "tei" / DOC, SLOT, EDITED)
    build(root, ["web"])
    assert built == []
    report = json.loads((root / "build" / "web-cache" / "last-build.json").read_text("utf-8"))
    assert {path: why for path, why in report.items() if "persons" in path or "places" in path} == \
        {f"{ui}/{kind}.html": "unchanged" for ui in ("en", "ru", "hy") for kind in ("persons", "places")}
    rendered = sorted(path for path, why in report.items() if why != "unchanged")
    assert len(rendered) == 3 and all("/documents/" in path for path in rendered), rendered   # its pages alone
    again = files(root / "build" / "web")
    expected = cold(root, tmp_path / "cold")
    assert again.keys() == expected.keys()
    assert [str(k) for k in expected if again[k] != expected[k]] == []


def test_a_changed_quoted_line_builds_its_register_pages_again(tmp_path, monkeypatch):
    root = copy_project(tmp_path / "edition")
    build(root, ["web"])
    built = counting(monkeypatch)
    replace_once(root / "tei" / "legran-letter-to-chicherin.xml", '<persName ref="psn:stalin">Сталина</persName>',
                 '<persName ref="psn:stalin">Сталина И. В.</persName>')
    build(root, ["web"])
    assert ("persons", "ru") in built


def test_a_split_register_s_parts_are_kept_whole_too(tmp_path, monkeypatch):
    """At 500 documents the registers are split by initial letter (web.register-page-limit): each
    part is keyed by the entries it shows."""
    root = copy_project(tmp_path / "edition")
    with open(root / "triglot.toml", "a", encoding="utf-8") as toml:
        toml.write("\n[web]\nregister-page-limit = 100\n")
    build(root, ["web"])
    built = counting(monkeypatch)
    replace_once(root / "tei" / DOC, SLOT, EDITED)
    build(root, ["web"])
    assert built == []
    report = json.loads((root / "build" / "web-cache" / "last-build.json").read_text("utf-8"))
    assert sum("persons-" in path for path in report) > 10        # split indeed
    rendered = sorted(path for path, why in report.items() if why != "unchanged")
    assert len(rendered) == 3 and all("/documents/" in path for path in rendered), rendered
    again = files(root / "build" / "web")
    expected = cold(root, tmp_path / "cold")
    assert again.keys() == expected.keys()
    assert [str(k) for k in expected if again[k] != expected[k]] == []
