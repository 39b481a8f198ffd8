"""A correspondent no register knows ("Command of the Caucasus Front", an orgName without ref) is shown
on the Russian and Armenian pages as the source names it, in English and marked so, with a label in
the interface language saying that these are the source's words: never translated (issue #20,
notes25's first design). The letter of the dated-report fixture, addressed so in a copy."""
from __future__ import annotations

import re
import shutil

import pytest

from conftest import ROOT

NAME = "Command of the Caucasus Front"
LABELS = {"ru": "как в источнике", "hy": "ինչպես աղբյուրում"}


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    from triglot.cli import main
    root = tmp_path_factory.mktemp("as-given") / "edition"
    shutil.copytree(ROOT / "tests" / "roots" / "dated-report", root)
    letter = root / "tei" / "letter.xml"
    text, n = re.subn(r"(</correspAction>)(\s*</correspDesc>)",
                      rf'\1<correspAction type="received"><orgName>{NAME}</orgName></correspAction>\2',
                      letter.read_text("utf-8"), count=1)
    assert n == 1
    letter.write_text(text, "utf-8")
    assert main(["--root", str(root), "build", "web"]) == 0
    return root / "build" / "web"


def _said(ui: str) -> str:
    return f'<span lang="en">{NAME}</span> <span class="as-given">({LABELS[ui]})</span>'


@pytest.mark.parametrize("ui", sorted(LABELS))
@pytest.mark.parametrize("page", ["index.html", "documents/letter.html"])
def test_the_letter_line_gives_an_unregistered_recipient_as_the_source_names_it(site, ui, page):
    assert _said(ui) in (site / ui / page).read_text("utf-8")


@pytest.mark.parametrize("ui", sorted(LABELS))
def test_the_chronology_gives_an_unregistered_recipient_as_the_source_names_it(site, ui):
    assert _said(ui) in (site / ui / "chronology.html").read_text("utf-8")


def test_the_english_interface_gives_the_name_without_the_label(site):
    page = (site / "en" / "documents" / "letter.html").read_text("utf-8")
    assert f"{NAME} · " in page
    assert "as-given" not in page
