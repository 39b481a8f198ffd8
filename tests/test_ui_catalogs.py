"""The interface catalogs (translations/ui) are valid gettext files that gettext's tools leave alone."""
from __future__ import annotations

import subprocess
from pathlib import Path

import polib
import pytest
from babel.messages.plurals import get_plural

UI = Path(__file__).resolve().parents[1] / "translations" / "ui"
CATALOGS = sorted(UI.glob("*/LC_MESSAGES/*.po"))
TEMPLATES = sorted(UI.glob("*.pot"))


def run(*args) -> subprocess.CompletedProcess:
    return subprocess.run([str(a) for a in args], capture_output=True, text=True)


@pytest.mark.parametrize("path", CATALOGS + TEMPLATES, ids=lambda p: str(p.relative_to(UI)))
def test_every_ui_catalog_and_template_passes_msgfmt_check(path):
    result = run("msgfmt", "--check", "-o", "/dev/null", path)
    assert result.returncode == 0, result.stderr
    if path.suffix == ".po":
        assert result.stderr == ""


@pytest.mark.parametrize("path", CATALOGS + TEMPLATES, ids=lambda p: str(p.relative_to(UI)))
def test_msgcat_leaves_every_ui_file_byte_identical(path, tmp_path):
    assert run("msgcat", path, "-o", tmp_path / "out.po").returncode == 0
    assert (tmp_path / "out.po").read_bytes() == path.read_bytes()


@pytest.mark.parametrize("path", CATALOGS, ids=lambda p: str(p.relative_to(UI)))
def test_msgmerge_with_its_template_leaves_every_ui_catalog_byte_identical(path, tmp_path):
    template = UI / f"{path.stem}.pot"
    assert run("msgmerge", "--quiet", path, template, "-o", tmp_path / "out.po").returncode == 0
    assert (tmp_path / "out.po").read_bytes() == path.read_bytes()


@pytest.mark.parametrize("path", CATALOGS, ids=lambda p: str(p.relative_to(UI)))
def test_every_ui_catalog_has_cldr_plural_forms(path):
    lang = path.parts[-3]
    metadata = polib.pofile(str(path)).metadata
    assert metadata["Language"] == lang
    assert metadata["Plural-Forms"] == get_plural(lang).plural_forms
