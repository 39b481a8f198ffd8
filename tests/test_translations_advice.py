"""Following every message import and export print, literally, never loses a translator's work.

Each test runs the command the message names (the text between backticks), as a
translator would, until the translator's text is in the TEI.
"""
from __future__ import annotations

import re
import shlex

import polib

from test_translations_support import edit_po, export_mini, mini, translate  # noqa: F401
from triglot.cli import main
from triglot.edition import load, slot_state

EDIT = "Больше ничего не известно."
P3 = "mini.p3"


def po_file(root):
    return root / "translations" / "ru" / "mini.po"


def triglot(root, capsys, command: str) -> tuple[int, str]:
    """Run a `triglot …` command line as printed in a message."""
    words = shlex.split(command)
    assert words[0] == "triglot"
    code = main(["--root", str(root)] + words[1:])
    return code, capsys.readouterr().err


def advice(message: str) -> str:
    """The first command a message tells the translator to run."""
    found = re.search(r"`(triglot [^`]+)`", message)
    assert found, message
    return found.group(1)


def slot_text(root):
    slot = load(root).documents[0].slots["ru"][P3]
    return "".join(slot.itertext()), slot_state(slot)


def change_english(root, new: str) -> None:
    """The editors correct the English of P3 (in the TEI and in the seed it must stay faithful to)."""
    doc = root / "tei" / "mini.xml"
    doc.write_text(doc.read_text().replace(f'"{P3}">Nothing more is known.', f'"{P3}">{new}'))
    seed = root / "seeds" / "mini.txt"
    lines = seed.read_text().split("\n")
    lines[6] = new          # line 7: the first "Nothing more is known." (P3; line 9 is P4)
    seed.write_text("\n".join(lines))


def test_stale_advice_keeps_the_edit_fuzzy_with_the_earlier_english(mini, capsys):
    export_mini(mini)
    edit_po(po_file(mini), {P3: translate(EDIT)})
    change_english(mini, "Nothing else is known.")
    code, err = triglot(mini, capsys, "triglot translations import")
    assert code == 1 and "stale-source" in err
    code, err = triglot(mini, capsys, advice(err))          # triglot translations export
    assert code == 0, err
    entry = polib.pofile(str(po_file(mini))).find(P3, by="msgctxt")
    assert entry.msgstr == EDIT and "fuzzy" in entry.flags
    assert entry.previous_msgid == "Nothing more is known." and entry.msgid == "Nothing else is known."
    code, err = triglot(mini, capsys, "triglot translations import")
    assert code == 0, err
    assert slot_text(mini) == (EDIT, "draft")


def test_conflict_advice_keeps_both_versions_until_the_translator_chooses(mini, capsys):
    export_mini(mini)
    doc = mini / "tei" / "mini.xml"
    doc.write_text(doc.read_text().replace(
        f'<ab xml:id="{P3}.ru" corresp="#{P3}" ana="#untranslated"/>',
        f'<ab xml:id="{P3}.ru" corresp="#{P3}" ana="#draft" resp="#resp-draft-ru" source="ni:///sha-256-64;x">Из TEI.</ab>'))
    edit_po(po_file(mini), {P3: translate(EDIT)})
    code, err = triglot(mini, capsys, "triglot translations import")
    assert code == 1 and "conflict" in err
    code, err = triglot(mini, capsys, advice(err))          # triglot translations export
    assert code == 0, err
    text = po_file(mini).read_text()
    assert EDIT in text and "Из TEI." in text               # both versions in the translator's file
    code, err = triglot(mini, capsys, "triglot translations import")
    assert code == 1 and "delete the `# CONFLICT:` comment line" in err
    assert slot_text(mini) == ("Из TEI.", "draft")          # nothing written before the translator chooses
    catalog = polib.pofile(str(po_file(mini)))
    entry = catalog.find(P3, by="msgctxt")
    entry.tcomment = "\n".join(c for c in entry.tcomment.splitlines() if not c.startswith("CONFLICT:"))
    catalog.save()
    code, err = triglot(mini, capsys, "triglot translations import")
    assert code == 0, err
    assert slot_text(mini) == (EDIT, "draft")


def test_pending_advice_imports_first_and_export_then_proceeds(mini, capsys):
    export_mini(mini)
    edit_po(po_file(mini), {P3: translate(EDIT)})
    code, err = triglot(mini, capsys, "triglot translations export")
    assert code == 1 and "pending" in err
    code, err = triglot(mini, capsys, advice(err))          # triglot translations import
    assert code == 0, err
    assert slot_text(mini) == (EDIT, "draft")
    code, err = triglot(mini, capsys, "triglot translations export")
    assert code == 0, err
    assert polib.pofile(str(po_file(mini))).find(P3, by="msgctxt").msgstr == EDIT


def test_a_stale_edit_survives_two_exports_in_a_row(mini, capsys):
    export_mini(mini)
    edit_po(po_file(mini), {P3: translate(EDIT)})
    change_english(mini, "Nothing else is known.")
    assert triglot(mini, capsys, "triglot translations export")[0] == 0
    code, err = triglot(mini, capsys, "triglot translations export")
    assert code == 1 and "pending" in err                    # now importable: import first, says export
    assert polib.pofile(str(po_file(mini))).find(P3, by="msgctxt").msgstr == EDIT


def test_a_translators_own_comment_survives_re_export(mini, capsys):
    export_mini(mini)
    catalog = polib.pofile(str(po_file(mini)))
    entry = catalog.find(P3, by="msgctxt")
    entry.tcomment = "ask the editors about this sentence\n" + entry.tcomment
    catalog.save()
    change_english(mini, "Nothing else is known.")
    assert triglot(mini, capsys, "triglot translations export")[0] == 0
    tcomment = polib.pofile(str(po_file(mini))).find(P3, by="msgctxt").tcomment
    assert "ask the editors about this sentence" in tcomment
