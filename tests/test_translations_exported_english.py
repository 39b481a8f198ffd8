"""Each exported entry remembers the English it was exported with, so a draft that a merge tool
gave newer English without saying so is still recorded against the English its translator saw.

msgmerge --previous keeps the earlier English (`#| msgid`) only for an entry it makes fuzzy itself;
a draft is fuzzy already, so it gets the new English and nothing else (journey 22t left it: the
draft was recorded as translating the new English and never shown stale).
"""
from __future__ import annotations

from test_journey22t import fill, run
from test_translations_support import export_mini, import_mini, mini  # noqa: F401
from triglot.edition import load
from triglot.translate.export import slot_views


def p3(root):
    return next(v for v in slot_views(load(root).document("mini"), "ru") if v.segment.block_id == "mini.p3")


def change_the_english(root) -> None:
    doc, seed = root / "tei" / "mini.xml", root / "seeds" / "mini.txt"
    doc.write_text(doc.read_text().replace('"mini.p3">Nothing more is known.', '"mini.p3">Nothing else is known.'))
    seed.write_text(seed.read_text().replace("Nothing more is known.", "Nothing else is known.", 1))


def translators_copy(root, tmp_path):
    """A draft of mini.p3 imported, the file exported again and kept by its translator."""
    export_mini(root)
    po_file = root / "translations" / "ru" / "mini.po"
    fill(po_file, "mini.p3", "Больше ничего не известно.", "# resp: resp-draft-ru\n#, fuzzy\n")
    assert import_mini(root, [po_file]).problems == []
    export_mini(root)
    mine = tmp_path / "mine.po"
    mine.write_bytes(po_file.read_bytes())
    return mine


def test_a_draft_msgmerge_gave_newer_english_silently_stays_stale_when_edited(mini, tmp_path):
    mine = translators_copy(mini, tmp_path)
    change_the_english(mini)
    export_mini(mini)
    run("msgmerge", "--quiet", "--update", "--previous", mine, mini / "translations" / "mini.pot")
    text = mine.read_text("utf-8")
    assert "Nothing else is known." in text and "#| msgid" not in text     # gettext's own behaviour
    mine.write_text(text.replace("Больше ничего не известно.", "Больше ничего не известно!"), "utf-8")
    assert import_mini(mini, [mine]).problems == []
    view = p3(mini)
    assert (view.text, view.state, view.stale) == ("Больше ничего не известно!", "draft", True)


def test_a_draft_edited_in_a_file_exported_after_the_english_changed_is_up_to_date(mini, tmp_path):
    translators_copy(mini, tmp_path)
    change_the_english(mini)
    export_mini(mini)
    po_file = mini / "translations" / "ru" / "mini.po"
    text = po_file.read_text("utf-8")
    text = "\n".join(line for line in text.split("\n") if not line.startswith(("#| ", "# STALE:")))
    po_file.write_text(text.replace("Больше ничего не известно.", "Больше ничего иного не известно."), "utf-8")
    assert import_mini(mini, [po_file]).problems == []
    view = p3(mini)
    assert (view.text, view.state, view.stale) == ("Больше ничего иного не известно.", "draft", False)


def _with_version_2_tokens(path) -> None:
    """Every token of a PO file in the form export wrote before tokens carried their English."""
    from triglot.translate import po
    from triglot.translate.export import entry_resp
    from triglot.translate.fingerprint import _token_2
    header, entries = po.read(path.read_bytes(), str(path))
    for e in entries:
        token = _token_2(e.fuzzy and bool(e.msgstr), e.msgstr, entry_resp(e) if e.msgstr else "", e.context)
        e.tcomments = [c if not c.startswith("triglot-export:") else "triglot-export: " + token
                       for c in e.tcomments]
    path.write_text(po.render(header, entries, "exported before"), encoding="utf-8")


def test_a_file_exported_with_version_2_tokens_is_still_read(mini, tmp_path):
    """Translators hold files whose tokens name their block but not their English (`2:mini.p3:…`):
    untouched, such a file imports nothing; an edit of it is imported; a TEI change meanwhile is
    kept against an untouched entry and is a conflict against an edited one."""
    translators_copy(mini, tmp_path)
    po_file = mini / "translations" / "ru" / "mini.po"
    _with_version_2_tokens(po_file)
    assert "triglot-export: 2:mini.p3:" in po_file.read_text("utf-8")
    tei = mini / "tei" / "mini.xml"
    before = tei.read_bytes()
    assert import_mini(mini, [po_file]).problems == [] and tei.read_bytes() == before
    po_file.write_text(po_file.read_text("utf-8").replace("Больше ничего не известно.", "Больше ничего."), "utf-8")
    assert import_mini(mini, [po_file]).problems == []
    assert p3(mini).text == "Больше ничего."
    export_mini(mini)
    _with_version_2_tokens(po_file)
    tei.write_text(tei.read_text("utf-8").replace(">Больше ничего.<", ">Больше ничего!<"), "utf-8")
    assert import_mini(mini, [po_file]).problems == [] and p3(mini).text == "Больше ничего!"
    po_file.write_text(po_file.read_text("utf-8").replace('msgstr "Больше ничего."', 'msgstr "Ничего."'), "utf-8")
    assert [p.rule for p in import_mini(mini, [po_file]).problems] == ["conflict"]
