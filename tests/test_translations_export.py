"""Export: one PO entry per English block, keyed by block id, valid for gettext, Babel and polib."""
from __future__ import annotations

import polib
from babel.messages.pofile import read_po

from test_translations_support import (edit_po, export_mini, import_mini, mini,  # noqa: F401
                                       msgfmt_check, translate)
from triglot.edition import load
from triglot.translate.export import export


def test_export_writes_a_po_file_per_language_and_a_template(mini):
    written = export_mini(mini)["written"]
    names = sorted(str(p.relative_to(mini)) for p in written)
    assert names == ["translations/hy/mini.po", "translations/mini.pot", "translations/ru/mini.po"]


def test_every_exported_file_passes_msgfmt_check(mini):
    export_mini(mini)
    for path in (mini / "translations").rglob("*.po*"):
        result = msgfmt_check(path)
        assert result.returncode == 0, result.stderr
        if path.suffix == ".po":
            assert result.stderr == ""


def test_exported_files_load_in_babel_and_polib(mini):
    export_mini(mini)
    path = mini / "translations" / "ru" / "mini.po"
    with path.open("rb") as fh:
        catalog = read_po(fh)
    assert {m.context for m in catalog if m.id} == {"mini.dl1", "mini.by1", "mini.p1", "mini.p2",
                                                   "mini.n1", "mini.p3", "mini.p4"}
    assert len([e for e in polib.pofile(str(path))]) == 7


def test_identical_english_texts_stay_separate_entries(mini):
    export_mini(mini)
    entries = [e for e in polib.pofile(str(mini / "translations/ru/mini.po")) if e.msgid == "Nothing more is known."]
    assert [e.msgctxt for e in entries] == ["mini.p3", "mini.p4"]


def test_inline_markup_becomes_numbered_placeholders_without_attributes(mini):
    export_mini(mini)
    entry = polib.pofile(str(mini / "translations/ru/mini.po")).find("mini.p1", by="msgctxt")
    assert entry.msgid == ("In <1>1937</1> <2>Mikoyan</2> met <3><4>Khalilon Pasha</4><5>Khalil Pasha</5></3> "
                           "in <6>Yerevan</6> and spoke of <7>Turkey</7>.")
    assert "psn:" not in entry.msgid


def test_comments_name_each_placeholder_in_every_translation_language(mini):
    export_mini(mini)
    ru = polib.pofile(str(mini / "translations/ru/mini.po")).find("mini.p1", by="msgctxt").comment
    hy = polib.pofile(str(mini / "translations/hy/mini.po")).find("mini.p1", by="msgctxt").comment
    pot = polib.pofile(str(mini / "translations/mini.pot")).find("mini.p1", by="msgctxt").comment
    assert "<1> = date 1937" in ru
    assert "<2> = person: Anastas Mikoyan; ru: Анастас Микоян; hy: Անաստաս Միկոյան" in ru
    assert "<6> = place: Yerevan; ru: Ереван; hy: Երևան" in ru
    assert ru == hy == pot   # msgmerge takes the extracted comments from the template


def test_a_note_is_an_empty_placeholder_and_an_entry_of_its_own(mini):
    export_mini(mini)
    po_file = polib.pofile(str(mini / "translations/ru/mini.po"))
    assert po_file.find("mini.p2", by="msgctxt").msgid == "The meeting is noteworthy.<1/>"
    assert po_file.find("mini.n1", by="msgctxt").msgid == "No source names <1>Mikoyan</1> here."


def test_a_second_export_leaves_the_files_alone(mini):
    export_mini(mini)
    before = {p: p.read_bytes() for p in (mini / "translations").rglob("*.po*")}
    result = export_mini(mini)
    assert result["written"] == []
    assert {p: p.read_bytes() for p in before} == before


def test_source_date_epoch_fixes_the_header_dates(mini, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "0")
    export_mini(mini)
    assert '"POT-Creation-Date: 1970-01-01 00:00+0000\\n"' in (mini / "translations/ru/mini.po").read_text()


def test_long_strings_wrap_at_79_columns(mini):
    export_mini(mini)
    for line in (mini / "translations/ru/mini.po").read_text().splitlines():
        if line.startswith(('"', "msg")):
            assert len(line) <= 79


def test_a_literal_angle_bracket_is_escaped(mini):
    doc = mini / "tei" / "mini.xml"
    doc.write_text(doc.read_text().replace("By the editors", "By the editors &lt;x&gt; a\\b"))
    export_mini(mini)
    entry = polib.pofile(str(mini / "translations/ru/mini.po")).find("mini.by1", by="msgctxt")
    assert entry.msgid == "By the editors \\<x> a\\\\b"


def test_stale_translation_is_exported_fuzzy_with_the_previous_english(mini):
    export_mini(mini)
    edit_po(mini / "translations/ru/mini.po", {"mini.p3": translate("Больше ничего не известно.", fuzzy=False,
                                                                      resp="resp-editors")})
    assert import_mini(mini).problems == []
    doc = mini / "tei" / "mini.xml"
    doc.write_text(doc.read_text().replace('"mini.p3">Nothing more is known.', '"mini.p3">Nothing else is known.'))
    export_mini(mini)
    entry = polib.pofile(str(mini / "translations/ru/mini.po")).find("mini.p3", by="msgctxt")
    assert entry.msgid == "Nothing else is known."
    assert entry.msgstr == "Больше ничего не известно."
    assert "fuzzy" in entry.flags
    assert entry.previous_msgid == "Nothing more is known."


def test_a_wrapped_previous_english_survives_the_next_export(mini):
    """msgcat wraps a long `#| msgid` over lines; a later export must still carry all of it."""
    doc = mini / "tei" / "mini.xml"
    before = "Nothing more is known about the journey back, the letters of the delegates or the talks themselves."
    doc.write_text(doc.read_text().replace('"mini.p3">Nothing more is known.', f'"mini.p3">{before}'))
    seed = mini / "seeds" / "mini.txt"
    seed.write_text(seed.read_text().replace("Nothing more is known.", before, 1))
    export_mini(mini)
    edit_po(mini / "translations/ru/mini.po", {"mini.p3": translate("Об обратном пути ничего не известно.")})
    assert import_mini(mini).problems == []
    doc.write_text(doc.read_text().replace(before, before.replace("Nothing more", "Nothing else")))
    export_mini(mini)
    doc.write_text(doc.read_text().replace('"mini.p4">Nothing more is known.', '"mini.p4">Nothing else.'))
    export_mini(mini)   # rewrites the file: p4 changed
    entry = polib.pofile(str(mini / "translations/ru/mini.po")).find("mini.p3", by="msgctxt")
    assert entry.previous_msgid == before and "fuzzy" in entry.flags


def test_export_refuses_to_overwrite_edits_not_yet_imported(mini):
    import pytest
    from triglot.problems import InputError
    export_mini(mini)
    path = mini / "translations/ru/mini.po"
    edit_po(path, {"mini.p3": translate("Больше ничего не известно.")})
    before = path.read_bytes()
    with pytest.raises(InputError, match="pending"):
        export(load(mini))
    assert path.read_bytes() == before


def test_the_whole_edition_exports_files_that_pass_msgfmt_and_polib(tmp_path):
    import shutil

    from test_translations_support import PROJECT
    shutil.copytree(PROJECT / "tei", tmp_path / "tei")
    shutil.copy(PROJECT / "triglot.toml", tmp_path / "triglot.toml")
    written = export(load(tmp_path))["written"]
    assert len(written) == 3 * len(load(tmp_path).documents)
    for path in written:
        result = msgfmt_check(path)
        assert result.returncode == 0, result.stderr
        assert len(polib.pofile(str(path))) == sum(len(d.blocks) for d in load(tmp_path).documents
                                                   if d.path.stem == path.stem)


def test_a_translation_whose_block_was_removed_is_kept_as_obsolete(mini):
    export_mini(mini)
    edit_po(mini / "translations/ru/mini.po", {"mini.p4": translate("Больше ничего не известно.")})
    assert import_mini(mini).problems == []
    tei = mini / "tei" / "mini.xml"
    text = tei.read_text("utf-8")
    lines = [line for line in text.splitlines(keepends=True) if 'mini.p4' not in line]
    tei.write_text("".join(lines), "utf-8")
    seed = mini / "seeds" / "mini.txt"
    seed.write_text(seed.read_text("utf-8").rstrip("\n").rsplit("\n\n", 1)[0] + "\n", "utf-8")
    export_mini(mini)
    path = mini / "translations/ru/mini.po"
    assert '#~ msgctxt "mini.p4"' in path.read_text("utf-8")
    assert [e.msgstr for e in polib.pofile(str(path)).obsolete_entries()] == ["Больше ничего не известно."]
    assert msgfmt_check(path).returncode == 0
    assert import_mini(mini).problems == []
    export_mini(mini)
    assert '#~ msgctxt "mini.p4"' in path.read_text("utf-8"), "a second export keeps it"
    import subprocess
    for command in (["msgcat", str(path)], ["msgmerge", "--quiet", str(path), str(mini / "translations/mini.pot")]):
        out = subprocess.run(command + ["-o", "-"], capture_output=True, text=True)
        assert out.stdout == path.read_text("utf-8"), command[0]   # gettext's tools keep it as written


def test_a_register_merge_renames_the_legends_in_the_template_and_every_po_file(mini, capsys):
    import re
    from triglot.cli import main
    # a duplicate entry of Atatürk, as an editor might add one by mistake: Mikoyan's entry without
    # its life dates (a merge of entries whose dates differ is refused)
    persons = mini / "tei" / "persons.xml"
    text = persons.read_text("utf-8")
    start = text.index('<person xml:id="mikoyan"')
    end = text.index("</person>", start)
    persons.write_text(text[:start] + re.sub(r"\s*<(birth|death) [^>]*/>", "", text[start:end]) + text[end:], "utf-8")
    export_mini(mini)
    assert main(["--root", str(mini), "register", "merge", "mikoyan", "ataturk"]) == 0, capsys.readouterr().err
    for path in [mini / "translations/mini.pot", mini / "translations/ru/mini.po", mini / "translations/hy/mini.po"]:
        text = path.read_text(encoding="utf-8")
        assert "Anastas Mikoyan; ru:" not in text, path
    assert export_mini(mini)["written"] == []     # the legends are what export now writes


def test_a_register_name_flagged_as_a_guess_is_said_to_be_one_in_the_legends(mini):
    """Journey 23e: a Russian form added with `register add --uncertain ru` (cert="low", a guess awaiting
    review) stood in every legend as settled, and a translator copies a legend's name into the text."""
    persons = mini / "tei" / "persons.xml"
    text = persons.read_text("utf-8")
    persons.write_text(text.replace('<persName xml:lang="ru"><forename>Анастас',
                                    '<persName xml:lang="ru" cert="low"><forename>Анастас', 1), "utf-8")
    export_mini(mini)
    ru = polib.pofile(str(mini / "translations/ru/mini.po")).find("mini.p1", by="msgctxt").comment
    assert ("<2> = person: Anastas Mikoyan; ru: Анастас Микоян (unchecked: the register's guess); "
            "hy: Անաստաս Միկոյան") in " ".join(ru.split()), ru


def test_the_committed_po_files_are_what_export_makes_of_the_committed_tei(tmp_path):
    """A translator opens the PO files as committed: their `#:` lines point at the TEI lines of each
    block. Edits of the TEI moved those lines and nobody exported again, so the committed files
    pointed one line off, and the next editor's export rewrote every other document's files
    (journey 25). An export of the edition as committed writes nothing."""
    import shutil
    from pathlib import Path

    from conftest import copy_project
    root = copy_project(tmp_path / "edition")
    shutil.copytree(Path(__file__).resolve().parents[1] / "translations", root / "translations")
    result = export(load(root))
    assert [str(p.relative_to(root)) for p in result["written"]] == []
