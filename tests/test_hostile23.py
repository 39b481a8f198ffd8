"""Session 19's hostile round (round 23) on session 18's later additions: released register ids
with a hand-edited list, the copies kept after killed commands, split registers, the edition
statement. Each test failed before its fix."""
from __future__ import annotations

import os
import subprocess
import sys

import pytest

from test_editor_register import project, snapshot  # noqa: F401 (the edition with its translations)

ADD = ("register", "add", "place", "goris", "--name", "en=Goris", "--name", "ru=Горис", "--name", "hy=Գորիս")


# ---------------------------------------------------------------- the released lists edited by hand

@pytest.mark.parametrize("name", ["released-entries.txt", "released-ids.txt"])
def test_a_released_list_saved_with_a_byte_order_mark_is_read_as_before(cli, project, name):
    """An editor's program that saves UTF-8 with a BOM made the header's first line, '\\ufeff# Released …',
    an id: validate refused the edition ('the register entry \\ufeff# Released register entry ids … was
    released'), export said that identifier was gone."""
    path = project / "tei" / name
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes().replace(b"\n", b"\r\n"))
    from triglot.edition import load
    from triglot.library.identifiers import released_problems
    from triglot.validate.released_entries import problems
    edition = load(project)
    assert problems(edition) == [] and released_problems(edition) == []


def test_two_ids_run_together_on_a_line_are_told_so_and_both_stay_released(cli, project):
    """A line 'kars kars-oblast' (a hand edit joining two lines) was one id with a space, 'released
    and no entry has it': the message asked for <idno type="former">kars kars-oblast</idno>, and
    kars counted as never released, so `rename kars` recorded no former id."""
    path = project / "tei" / "released-entries.txt"
    text = path.read_text("utf-8").replace("kars\nkars-oblast\n", "kars kars-oblast\n")
    path.write_text(text, "utf-8")
    line = text.splitlines().index("kars kars-oblast") + 1
    code, out, err = cli("--root", project, "validate")
    assert code == 1
    assert f"tei/released-entries.txt:{line}: released-id: one id a line: 'kars kars-oblast' holds 2" in out + err
    assert "was released" not in out + err
    assert cli("--root", project, "register", "rename", "kars", "kars-city")[0] == 0
    from test_register_ids import formers
    assert formers(project, "places", "kars-city") == ["kars"]
