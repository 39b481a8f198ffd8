"""An edition copied or moved with its build/ keeps its validation cache (issue 21).

The cache's version hashed the settings' repr, which holds triglot.toml's absolute path: the same
edition in another folder (a fresh clone with build/ restored, a CI workspace, a colleague's
checkout) had every entry's key new and validated every document again. Here an edition is
validated, copied whole to another folder and validated there: nothing is checked again; a
changed setting in the copy still has every document checked.
"""
from __future__ import annotations

import json
import shutil

from conftest import triglot_process
from test_validate import edit

from triglot.validate.cache import folder


def test_a_copied_edition_validates_nothing_again(mini, cli, checked, tmp_path):
    (mini / "build").mkdir()
    first = cli("--root", mini, "validate")
    assert first[0] == 0 and "tei/mini.xml" in checked
    copied = tmp_path / "elsewhere" / "edition"
    shutil.copytree(mini, copied, symlinks=True)      # build/ too, the times of the files kept
    checked.clear()
    assert cli("--root", copied, "validate") == first
    assert checked == []


def test_a_copied_edition_with_a_changed_setting_validates_again(mini, cli, checked, tmp_path):
    (mini / "build").mkdir()
    assert cli("--root", mini, "validate")[0] == 0
    copied = tmp_path / "elsewhere" / "edition"
    shutil.copytree(mini, copied, symlinks=True)
    edit(copied, 'publisher = "Triglot project"', 'publisher = "Another press"', "triglot.toml")
    checked.clear()
    cli("--root", copied, "validate")
    assert "tei/mini.xml" in checked


FORMS = ["Господи", "Боже", "Аминь", "Отче", "Спаси"]


def test_names_the_settings_hold_as_a_set_give_one_key_in_every_process(mini):
    """names.not-names is kept as a set, whose repr follows the process's string hashing: with the
    settings' repr in the key, each `triglot validate` had a key of its own (a new PYTHONHASHSEED
    each process) and validated every document again."""
    import subprocess
    import sys
    orders = {subprocess.run([sys.executable, "-c", f"print(repr(frozenset({FORMS!r})))"], capture_output=True,
                             text=True, env={"PYTHONHASHSEED": seed}).stdout for seed in ("1", "2")}
    assert len(orders) == 2, "these hash seeds order the forms alike: the test could not fail"
    with (mini / "triglot.toml").open("a", encoding="utf-8") as toml:
        toml.write(f"\n[names]\nnot-names = {json.dumps(FORMS, ensure_ascii=False)}\n")
    (mini / "build").mkdir()
    assert triglot_process("--root", mini, "validate", env={"PYTHONHASHSEED": "1"}) == (0, "")
    kept = {path.name: path.read_bytes() for path in folder(mini).glob("*.json")}
    assert kept
    assert triglot_process("--root", mini, "validate", env={"PYTHONHASHSEED": "2"}) == (0, "")
    assert {path.name: path.read_bytes() for path in folder(mini).glob("*.json")} == kept
