"""A stale translation that still fits the new English is confirmed without retyping it.

The English of a translated block changes; export writes the entry fuzzy with a `STALE:` note.
The translator checks it and changes nothing in the text: clearing the fuzzy flag confirms it
as reviewed; deleting the STALE lines and keeping the flag confirms it as a draft. A file
left as exported confirms nothing.
"""
from __future__ import annotations

from test_translations_support import edit_po, export_mini, import_mini, mini, translate  # noqa: F401
from triglot.edition import load
from triglot.translate.export import STALE_PREFIX, slot_views

OLD, NEW = "Nothing more is known.", "Nothing else is known."
RU = "Больше ничего не известно."


def make_stale(root, fuzzy: bool, resp: str):
    """A Russian translation of mini.p3 imported, then the English (TEI and seed) changed and exported."""
    export_mini(root)
    edit_po(root / "translations/ru/mini.po", {"mini.p3": translate(RU, fuzzy=fuzzy, resp=resp)})
    assert import_mini(root).problems == []
    doc, seed = root / "tei" / "mini.xml", root / "seeds" / "mini.txt"
    doc.write_text(doc.read_text().replace(f'"mini.p3">{OLD}', f'"mini.p3">{NEW}'))
    seed.write_text(seed.read_text().replace(OLD, NEW, 1))
    export_mini(root)
    assert view(root).stale


def view(root):
    doc = next(d for d in load(root).documents if d.path.name == "mini.xml")
    return next(v for v in slot_views(doc, "ru") if v.segment.block_id == "mini.p3")


def drop_stale_lines(entry):
    entry.tcomments = [c for c in entry.tcomments if not c.startswith(STALE_PREFIX.strip())]


def clear_fuzzy(entry):
    entry.fuzzy = False


def confirmed(mini, fuzzy: bool, resp: str, change):
    """The slot after a stale entry is confirmed in its PO file by `change` and imported."""
    make_stale(mini, fuzzy=fuzzy, resp=resp)
    edit_po(mini / "translations/ru/mini.po", {"mini.p3": change})
    assert import_mini(mini).problems == []
    return view(mini)


def test_clearing_the_fuzzy_flag_confirms_a_stale_translation_as_reviewed(mini):
    slot = confirmed(mini, False, "resp-editors", clear_fuzzy)
    assert (slot.stale, slot.state, slot.text) == (False, "reviewed", RU)


def test_deleting_the_stale_lines_keeps_a_checked_draft_and_ends_its_staleness(mini):
    slot = confirmed(mini, True, "resp-draft-ru", drop_stale_lines)
    assert (slot.stale, slot.state, slot.text) == (False, "draft", RU)


def test_a_file_left_as_exported_confirms_nothing(mini):
    make_stale(mini, fuzzy=True, resp="resp-draft-ru")
    before = (mini / "tei" / "mini.xml").read_bytes()
    result = import_mini(mini)
    assert result.problems == [] and result.written == []
    assert view(mini).stale
    assert (mini / "tei" / "mini.xml").read_bytes() == before


def test_a_confirmed_draft_imported_again_changes_nothing(mini):
    make_stale(mini, fuzzy=True, resp="resp-draft-ru")
    edit_po(mini / "translations/ru/mini.po", {"mini.p3": drop_stale_lines})
    import_mini(mini)
    after = (mini / "tei" / "mini.xml").read_bytes()
    assert import_mini(mini).written == []
    assert (mini / "tei" / "mini.xml").read_bytes() == after


def test_the_stale_note_says_how_to_confirm_either_way(mini):
    make_stale(mini, fuzzy=True, resp="resp-draft-ru")
    text = (mini / "translations/ru/mini.po").read_text().replace("\n# STALE: ", " ")
    assert "clear the fuzzy flag (reviewed)" in text and "keep the flag and delete these STALE lines" in text


def test_an_imported_entry_whose_english_then_changed_is_no_conflict_with_itself(mini):
    make_stale(mini, fuzzy=False, resp="resp-editors")
    text = (mini / "translations/ru/mini.po").read_text()
    assert "CONFLICT" not in text
    assert "STALE: the English changed since this translation was made" in text
