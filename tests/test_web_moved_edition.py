"""An edition copied or moved with its build/ keeps its web cache (issue 21).

The web cache's keys named where the edition is: the settings' repr holds triglot.toml's absolute
path, and the interface catalogs were hashed with theirs. So the same edition in another folder
(a copy, a moved project, a CI workspace with build/ restored) had every key new: at 500 documents
its first one-edit rebuild gathered every document and rendered every page again (146 s wall
instead of 3-8). Here the edition is built, copied whole, and one edit is made to both: the copy
renders the pages the original renders, no more.
"""
from __future__ import annotations

import json
import shutil
from pathlib import Path

from conftest import ROOT, copy_project, replace_once
from triglot.build import build

DOC = "legran-letter-to-chicherin.xml"
NAME = '<persName ref="psn:stalin">Сталина</persName>'


def rendered(root: Path) -> dict[str, str]:
    report = json.loads((root / "build" / "web-cache" / "last-build.json").read_text("utf-8"))
    return {page: why for page, why in report.items() if why != "unchanged"}


def test_a_copied_edition_rebuilds_after_an_edit_what_the_original_rebuilds(tmp_path):
    original = copy_project(tmp_path / "here")
    shutil.copytree(ROOT / "translations", original / "translations")   # catalogs of its own, under its root
    build(original, ["web"])
    copied = tmp_path / "elsewhere" / "edition"
    shutil.copytree(original, copied, symlinks=True)       # build/ too, the times of the files kept
    for root in (original, copied):
        replace_once(root / "tei" / DOC, NAME, '<persName ref="psn:stalin">Сталина И. В.</persName>')
        build(root, ["web"])
    assert rendered(original), "the edit rendered nothing"
    assert rendered(copied) == rendered(original)
