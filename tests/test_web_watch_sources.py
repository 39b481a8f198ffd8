"""Under `serve --watch` the builds run in one long-lived process: a stylesheet or the settings
edited while serving must give the site a cold build of the same sources gives.

The watcher's rebuild is `build(root, ["web"])` in the serving process (web/watch.py), so the
rebuild here is that call, in this process, after an earlier build of the same project; the cold
build is of a fresh copy with the same sources. Editing web-indexes.xsl while serving kept the
old register-entry template until the server was restarted: the compiled stylesheet was kept
per process by its path alone (xslt.compile_stylesheet), and the pages rendered with it were
stored in the page cache under the new stylesheets' key."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from conftest import copy_project
from triglot.build import build
from triglot.web.watch import State, Watcher

WEB = ("web.xsl", "modules/strings.xsl", "modules/doubt.xsl", "modules/inline.xsl", "modules/dashes.xsl",
       "modules/blocks.xsl", "modules/direction.xsl", "modules/web-layout.xsl",
       "modules/web-document.xsl", "modules/web-indexes.xsl")


@pytest.fixture(scope="module")
def serving(tmp_path_factory):
    project = copy_project(tmp_path_factory.mktemp("watched"))
    watcher = Watcher(project, State())
    watcher.first_build()
    assert watcher.build_problems == []
    return project, watcher


def _mark(text: str, mark: str) -> str:
    """The stylesheet with its first literal class attribute given one more class (a change every
    page that uses the template shows), or, without one, a comment before its end."""
    if 'class="' in text:
        return text.replace('class="', f'class="{mark} ', 1)
    return text.replace("</xsl:stylesheet>", f"<!-- {mark} --></xsl:stylesheet>")


def _save(watcher: Watcher, project: Path, edits: dict[str, str]) -> None:
    for name, text in edits.items():
        (project / name).write_text(text, "utf-8")
    watcher.react(sorted(edits))
    assert watcher.build_problems == []


def _same_as_cold(project: Path, tmp: Path) -> None:
    fresh = tmp / "cold"
    for folder in ("tei", "seeds", "xslt"):
        shutil.copytree(project / folder, fresh / folder)
    shutil.copy(project / "triglot.toml", fresh / "triglot.toml")
    build(fresh, ["web"])
    pages = sorted(p.relative_to(fresh / "build/web") for p in (fresh / "build/web").rglob("*.html"))
    assert pages == sorted(p.relative_to(project / "build/web") for p in (project / "build/web").rglob("*.html"))
    for rel in pages:
        assert (project / "build/web" / rel).read_bytes() == (fresh / "build/web" / rel).read_bytes(), rel


@pytest.mark.parametrize("names", [("modules/web-indexes.xsl",), tuple(n for n in WEB if n != "modules/web-indexes.xsl")],
                         ids=["web-indexes", "every-other-stylesheet"])
def test_a_stylesheet_saved_while_serving_gives_the_pages_a_cold_build_gives(serving, tmp_path, names):
    project, watcher = serving
    before = {n: (project / "xslt" / n).read_text("utf-8") for n in names}
    try:
        _save(watcher, project, {f"xslt/{n}": _mark(t, "edited-" + Path(n).stem) for n, t in before.items()})
        html = "".join(p.read_text("utf-8") for p in (project / "build/web").rglob("*.html"))
        shown = [n for n in names if "edited-" + Path(n).stem in html]
        assert "modules/web-indexes.xsl" in shown if "modules/web-indexes.xsl" in names else len(shown) > 3, shown
        _same_as_cold(project, tmp_path)
    finally:
        _save(watcher, project, {f"xslt/{n}": t for n, t in before.items()})
    _same_as_cold(project, tmp_path / "back")


def test_the_settings_saved_while_serving_give_the_pages_a_cold_build_gives(serving, tmp_path):
    project, watcher = serving
    path = project / "triglot.toml"
    before = path.read_text("utf-8")
    edited = before.replace('label = "Triglot"', 'label = "Triglot edited"', 1)
    assert edited != before
    try:
        _save(watcher, project, {"triglot.toml": edited})
        assert "Triglot edited" in (project / "build/web/index.html").read_text("utf-8")
        _same_as_cold(project, tmp_path)
    finally:
        _save(watcher, project, {"triglot.toml": before})
