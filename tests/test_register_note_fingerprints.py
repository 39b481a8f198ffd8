"""A register note's translation records the English it translates (issue #20, notes21 item 2).

The Russian and Armenian draft translations of the registers' notes carried no record of the English
note they were made from, so nothing told a translator when the English changed: a text slot has its
block's fingerprint (@source, an RFC 6920 ni: URI of its words) and `check` calls it stale. A
translated note now has its English note's fingerprint; validate refuses one without it (naming the
value the English note has now), and `check` (rule stale) reports a note whose English changed since.
The translators' PO files carry no register notes, so nothing there changes."""
from __future__ import annotations

import re

from conftest import make_project, run_cli
from test_register_notes_language import EN, RU, _validate, with_notes
from triglot.translate.fingerprint import source_uri


def _line(path, words: str) -> int:
    return next(n for n, text in enumerate(path.read_text("utf-8").splitlines(), 1) if words in text)


def test_a_draft_note_without_the_fingerprint_of_its_english_is_refused(tmp_path):
    root = make_project(tmp_path, "mini")
    path = with_notes(root, ru_attrs=' ana="#draft" resp="#resp-draft-ru"')
    before = path.read_bytes()
    result = _validate(root, path)
    said = result.stdout + result.stderr
    assert result.returncode == 1, said
    assert re.search(rf"tei/places\.xml:{_line(path, RU)}: registers: moscow: note type='identification' in Russian "
                     r"\(xml:lang='ru'\) \(draft\) needs @source, the fingerprint", said), said
    assert f'source="{source_uri(EN)}" is that of the English note as it is now' in said, said
    assert "Traceback" not in said and path.read_bytes() == before


def test_check_reports_a_draft_note_whose_english_changed_since(tmp_path, capsys):
    root = make_project(tmp_path, "mini")
    path = with_notes(root)
    assert run_cli("--root", root, "check", "--rule", "stale") == 0
    assert "stale" not in capsys.readouterr().out
    changed = EN.replace("March 1918", "12 March 1918")
    path.write_text(path.read_text("utf-8").replace(f">{EN}<", f">{changed}<"), "utf-8")
    assert _validate(root, path).returncode == 0      # a stale translation is work to do, not an invalid edition
    run_cli("--root", root, "check", "--rule", "stale")
    out = capsys.readouterr().out
    assert re.search(rf"tei/places\.xml:{_line(path, RU)}: stale: moscow: the Russian draft note type='identification' "
                     r"was made from an earlier version of the English note it translates: bring it up to date; "
                     rf'source="{re.escape(source_uri(changed))}" is that of the note as it is now', out), out


def test_a_change_of_markup_alone_leaves_the_translation_current(tmp_path, capsys):
    """The fingerprint is of the words, as a slot's: a name tagged in the English note changes none."""
    root = make_project(tmp_path, "mini")
    path = with_notes(root)
    path.write_text(path.read_text("utf-8").replace(f">{EN}<", ">" + EN.replace(
        "Soviet Russia", '<placeName ref="#moscow">Soviet Russia</placeName>') + "<"), "utf-8")
    run_cli("--root", root, "check", "--rule", "stale")
    assert "stale" not in capsys.readouterr().out


def test_every_translated_note_of_the_edition_has_its_english_notes_fingerprint(edition):
    from triglot.editor.check import stale_notes
    from triglot.tei import translated_notes
    from triglot.translate.fingerprint import note_source
    notes = [(note, bases) for register in edition.registers.values() for entry in register.entries.values()
             for note, bases in translated_notes(entry.element, edition.settings.base)]
    assert len(notes) >= 48
    assert all(note.get("source") in {note_source(b) for b in bases} for note, bases in notes)
    assert stale_notes(edition) == []
