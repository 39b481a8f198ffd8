"""hostile48: `triglot register add|rename|merge` with hostile ids and names, and two register commands at once.

The names in decomposed form (a letter and its combining accent, as macOS file names and some keyboards give them)
were written so, and `register add` said nothing of an entry with the same name in composed form; a name over the
limit was refused after a line for every pointer into the register; an id in capitals or with a space was "no entry",
and a rename to the entry's own id "already used": those tests failed on main. The others guard what held on main
when this round tried it: hostile ids refused at their name with nothing written, a merge into itself refused, and
two adds at once both kept.
"""
from __future__ import annotations

import os
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from test_editor_register import project, snapshot  # noqa: F401 (the edition with its translations)
from triglot.edition import load

NAMES = ("--name", "ru=Кафе", "--name", "hy=Կաֆե")


def test_a_name_given_in_decomposed_form_is_written_composed(cli, project):
    decomposed = unicodedata.normalize("NFD", "Café Müller")
    code, out, err = cli("--root", project, "register", "add", "person", "cafe-mueller", "--name", f"en={decomposed}",
                         *NAMES)
    assert code == 0, err
    assert load(project).registers["persons"].entries["cafe-mueller"].names["en"] == "Café Müller"
    assert decomposed not in (project / "tei" / "persons.xml").read_text("utf-8")


def test_a_second_entry_with_a_name_differing_only_in_its_unicode_form_is_told(cli, project):
    code, _, err = cli("--root", project, "register", "add", "person", "cafe-a", "--name", "en=Café Müller", *NAMES)
    assert code == 0, err
    code, _, err = cli("--root", project, "register", "add", "person", "cafe-b",
                       "--name", "en=" + unicodedata.normalize("NFD", "Café Müller"), *NAMES)
    assert code == 0, err
    assert "note: cafe-a already has the name “Café Müller”" in err, err


@pytest.mark.parametrize("ident", ["two words", "x#y", "#abc", "psn:abc", "Kars", "café", ""])
def test_a_hostile_id_is_refused_and_nothing_written(cli, project, ident):
    before = snapshot(project)
    code, out, err = cli("--root", project, "register", "add", "person", ident, "--name", "en=X", *NAMES)
    assert code == 1
    assert "the id must start with a lower-case letter" in err and "Traceback" not in err, err
    assert snapshot(project) == before


@pytest.mark.parametrize("action, said", [
    ("merge", "an entry cannot be merged into itself"),
    ("rename", "kars is the entry's id already: nothing to rename"),   # main: "already used in the registers, here"
])
def test_a_merge_or_rename_of_an_entry_onto_itself_is_refused_and_nothing_written(cli, project, action, said):
    before = snapshot(project)
    code, _, err = cli("--root", project, "register", action, "kars", "kars")
    assert code == 1
    assert said in err, err
    assert snapshot(project) == before


def test_two_register_adds_at_once_keep_both_entries(project):
    """Two editors' `register add` started together: one waits for the edition's lock, and neither entry is lost
    (each writes persons.xml whole, so a second writer without the lock would drop the first one's entry)."""
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1] / "src")}
    runs = [subprocess.Popen([sys.executable, "-m", "triglot", "--root", str(project), "register", "add", "person",
                              ident, "--name", f"en={ident.title()}", *NAMES], env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            for ident in ("concurrent-one", "concurrent-two")]
    for run in runs:
        out, err = run.communicate(timeout=300)
        assert run.returncode == 0, err
    assert {"concurrent-one", "concurrent-two"} <= set(load(project).registers["persons"].entries)


def test_a_name_over_the_limit_is_refused_at_the_register_alone(cli, project):
    """A 100,001-character name makes persons.xml unreadable to the edition (a text of more than 100,000
    characters): refused, nothing written, but the limit came after a line for every pointer into persons.xml
    ("points into 'persons.xml', which is not a register of the edition"), over a hundred here."""
    before = snapshot(project)
    code, _, err = cli("--root", project, "register", "add", "person", "long-name", "--name", "en=" + "x" * 100_001,
                       *NAMES)
    assert code == 1
    assert err.splitlines()[0].startswith("tei/persons.xml:") and ": limit: " in err.splitlines()[0], err[:600]
    assert "which is not a register of the edition" not in err
    assert snapshot(project) == before


@pytest.mark.parametrize("given", ["Kars", "KARS", "kars "])
def test_an_entry_named_in_capitals_or_with_a_space_is_given_its_id(cli, project, given):
    code, _, err = cli("--root", project, "register", "merge", "kars-oblast", given)
    assert code == 1
    assert f"no entry with the id {given!r} in the registers: give kars (ids are lower case, with no space)" in err, err
