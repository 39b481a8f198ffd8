"""An interface string is looked up with one search for its catalog: a build asks for some
thousand strings (register entries' types and roles, citations' unit labels), and each looked
for the edition's own catalog two or three times (a `resources.find` and a stat each: 3,388 of
them in a cold build of the edition, coldweb36). Counted, not timed."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from triglot import i18n, resources

ROOT = Path(__file__).resolve().parents[1]
UI_TR = ROOT / "tests" / "roots" / "ui-tr"


@pytest.fixture
def finds(monkeypatch):
    calls = []
    real = resources.find

    def counted(root, relative):
        calls.append(relative)
        return real(root, relative)
    monkeypatch.setattr(resources, "find", counted)
    return calls


@pytest.mark.parametrize("lang", ["ru", "hy", "en"])
def test_a_string_is_looked_up_with_one_search_for_its_catalog(finds, lang):
    i18n.gettext(ROOT, lang, "Search")          # the catalog parsed and kept
    finds.clear()
    text = i18n.gettext(ROOT, lang, "Search")
    assert finds == [f"translations/ui/{lang}/LC_MESSAGES/ui.po"]
    assert text and (lang != "en" or text == "Search")


def test_the_editions_own_catalog_still_wins_and_its_edit_is_seen(tmp_path, finds):
    shutil.copytree(UI_TR, tmp_path / "ed")
    own = tmp_path / "ed" / "translations" / "ui" / "tr" / "LC_MESSAGES" / "ui.po"
    first = i18n.gettext(tmp_path / "ed", "tr", "Search")
    assert first
    text = own.read_text("utf-8")
    own.write_text(text.replace(f'msgstr "{first}"', 'msgstr "Arama!"', 1), "utf-8")
    import os
    stat = own.stat()
    os.utime(own, ns=(stat.st_atime_ns, stat.st_mtime_ns + 10**9))
    finds.clear()
    assert i18n.gettext(tmp_path / "ed", "tr", "Search") == "Arama!"
    assert len(finds) == 1
