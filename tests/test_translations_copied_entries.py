"""A translation a merge tool copied from another block is a suggestion for this block, never lost.

msgmerge (and Poedit's or Lokalize's "update from POT") fills an entry it has no translation for from a
similar translated one, copying its msgstr and its translator comments, the `# triglot-export:` token
and `# resp:` included. The token did not name its block, so the copy verified as "not edited since
export": import skipped it ("unchanged", exit 0) and the next export wrote the entry empty. The token
now names its block (`3:mini.p3:…:…`, with the digest of its English since version 3); tokens of the earlier forms (`2:BLOCK:HASH`, 16 hex digits) are still read.
Each test ran with the real msgmerge and failed before the fix."""
from __future__ import annotations

import subprocess

import pytest

from test_translations_bad_po import po_file
from test_translations_support import edit_po, export_mini, mini, translate  # noqa: F401
from triglot.cli import main
from triglot.edition import load
from triglot.translate import po

COPY = "Больше ничего не известно."


def _slot(root, block: str):
    slot = load(root).documents[0].slots["ru"][block]
    return "".join(slot.itertext()), slot.get("ana"), slot.get("resp")


def _import(root, capsys, *more) -> tuple[int, str]:
    code = main(["--root", str(root), "translations", "import", *more])
    return code, capsys.readouterr().err


def _translated_p3(root, capsys, reviewed: bool) -> None:
    """Export ru, translate mini.p3 (a draft, or reviewed by the editors), import, export again."""
    export_mini(root, langs=("ru",))
    edit_po(po_file(root), {"mini.p3": translate(COPY, fuzzy=not reviewed,
                                                 resp="resp-editors" if reviewed else "resp-draft-ru")})
    assert _import(root, capsys)[0] == 0
    export_mini(root, langs=("ru",))
    assert _slot(root, "mini.p3")[1] == ("#reviewed" if reviewed else "#draft")


def _merged_without_p4(root, previous: bool) -> po.Entry:
    """The translator's tool lost the mini.p4 entry; msgmerge with the template fills it from mini.p3."""
    path = po_file(root)
    header, entries = po.read(path.read_bytes(), str(path))
    path.write_text(po.render(header, [e for e in entries if e.context != "mini.p4"], "edited by a test"),
                    encoding="utf-8")
    args = ["msgmerge", "--quiet"] + (["--previous"] if previous else []) + \
        [str(path), str(root / "translations" / "mini.pot"), "-o", str(path)]
    assert subprocess.run(args).returncode == 0
    p4 = next(e for e in po.read(path.read_bytes(), str(path))[1] if e.context == "mini.p4")
    assert p4.msgstr == COPY and p4.fuzzy
    assert any(c.startswith("triglot-export: 3:mini.p3:") for c in p4.tcomments), p4.tcomments
    return p4


def _clear_fuzzy(root, block: str) -> None:
    def change(e):
        e.fuzzy = False
    edit_po(po_file(root), {block: change})


def _exported_p4(root) -> po.Entry:
    export_mini(root, langs=("ru",))
    path = po_file(root)
    return next(e for e in po.read(path.read_bytes(), str(path))[1] if e.context == "mini.p4")


@pytest.mark.parametrize("previous", [True, False], ids=["previous", "no-previous"])
@pytest.mark.parametrize("reviewed", [False, True], ids=["from-draft", "from-reviewed"])
def test_a_fuzzy_copy_msgmerge_made_is_imported_as_a_draft(mini, capsys, previous, reviewed):
    _translated_p3(mini, capsys, reviewed)
    _merged_without_p4(mini, previous)
    code, err = _import(mini, capsys)
    assert code == 0, err
    assert _slot(mini, "mini.p4")[:2] == (COPY, "#draft")
    p4 = _exported_p4(mini)
    assert (p4.msgstr, p4.fuzzy) == (COPY, True)
    assert any(c.startswith("triglot-export: 3:mini.p4:") for c in p4.tcomments)
    assert not [c for c in p4.tcomments if c.startswith("|")], p4.tcomments   # msgmerge's `#| msgctxt`


@pytest.mark.parametrize("reviewed", [False, True], ids=["from-draft", "from-reviewed"])
def test_a_copy_the_translator_accepted_is_imported_as_reviewed(mini, capsys, reviewed):
    """The translator clears the fuzzy flag: the copy is their reviewed translation. A copy of a draft
    still names the draft translator (`# resp: resp-draft-ru`), whom a review needs replaced: import
    says so instead of skipping the entry; named on the command line, it is imported."""
    _translated_p3(mini, capsys, reviewed)
    _merged_without_p4(mini, previous=True)
    _clear_fuzzy(mini, "mini.p4")
    if not reviewed:
        code, err = _import(mini, capsys)
        assert code == 1 and "resp: mini.p4: a reviewed translation needs its reviewer" in err, err
        code, err = _import(mini, capsys, "--resp", "resp-editors")
    else:
        code, err = _import(mini, capsys)
    assert code == 0, err
    assert _slot(mini, "mini.p4") == (COPY, "#reviewed", "#resp-editors")
    p4 = _exported_p4(mini)
    assert (p4.msgstr, p4.fuzzy) == (COPY, False)


def test_a_copy_over_a_translated_slot_is_a_conflict_that_says_it_was_copied(mini, capsys):
    """The TEI holds its own translation of mini.p4: the copy may not replace it unseen. Import refuses
    and says a merge tool copied it from mini.p3; export keeps it with the TEI's version beside it;
    once the translator chooses, it is imported."""
    export_mini(mini, langs=("ru",))
    edit_po(po_file(mini), {"mini.p3": translate(COPY), "mini.p4": translate("Известно ещё меньше.")})
    assert _import(mini, capsys)[0] == 0
    export_mini(mini, langs=("ru",))
    _merged_without_p4(mini, previous=True)
    tei = (mini / "tei" / "mini.xml").read_bytes()
    code, err = _import(mini, capsys)
    assert code == 1 and (mini / "tei" / "mini.xml").read_bytes() == tei
    assert "conflict: mini.p4: this translation was copied from block mini.p3 by a merge tool" in err, err
    assert "changed in the TEI since export" not in err
    p4 = _exported_p4(mini)
    assert p4.msgstr == COPY and p4.fuzzy
    conflict = " ".join(c[len("CONFLICT: "):] for c in p4.tcomments if c.startswith("CONFLICT: "))
    assert "copied from block mini.p3" in conflict and "Известно ещё меньше." in conflict, conflict
    edit_po(po_file(mini), {"mini.p4": lambda e: setattr(e, "tcomments", [c for c in e.tcomments
                                                                           if not c.startswith("CONFLICT:")])})
    code, err = _import(mini, capsys)
    assert code == 0, err
    assert _slot(mini, "mini.p4")[:2] == (COPY, "#draft")


# Tokens of the earlier form, as the PO files translators hold carry them: 16 hex digits, the hash of
# (fuzzy, text, resp) alone. OLD_DATE is mikoyan1937.dl1's in translations/ru/mikoyan-diplomacy-1937.po
# as committed before this change ("дата <1>2025-03-15</1>", fuzzy, resp-draft-ru).
OLD_UNTRANSLATED, OLD_P3_DRAFT, OLD_DATE = "b8c9e440ead3ddac", "69af20fab92fb995", "9180dd8314d10796"


def _with_old_tokens(root) -> None:
    """Every token of the ru file in the earlier form, as export wrote it before."""
    from triglot.translate.export import entry_resp
    from triglot.translate.fingerprint import legacy_token

    path = po_file(root)
    header, entries = po.read(path.read_bytes(), str(path))
    for e in entries:
        token = legacy_token(e.fuzzy and bool(e.msgstr), e.msgstr, entry_resp(e) if e.msgstr else "")
        e.tcomments = [c if not c.startswith("triglot-export:") else "triglot-export: " + token
                       for c in e.tcomments]
    path.write_text(po.render(header, entries, "exported before"), encoding="utf-8")


def test_an_old_token_still_tells_an_untouched_entry_from_an_edit(mini, capsys):
    """A file exported before (tokens without their block): untouched, it imports nothing; an edit of it
    is imported; an untouched entry whose slot the TEI changed meanwhile leaves the TEI's version; an
    edit over such a TEI change is a conflict. The next export writes the new form."""
    from triglot.translate.fingerprint import legacy_token
    assert legacy_token(True, "дата <1>2025-03-15</1>", "resp-draft-ru") == OLD_DATE
    export_mini(mini, langs=("ru",))
    edit_po(po_file(mini), {"mini.p3": translate(COPY)})
    assert _import(mini, capsys)[0] == 0
    export_mini(mini, langs=("ru",))
    _with_old_tokens(mini)
    text = po_file(mini).read_text(encoding="utf-8")
    assert "triglot-export: 3:" not in text
    assert f"# triglot-export: {OLD_UNTRANSLATED}\n" in text and f"# triglot-export: {OLD_P3_DRAFT}\n" in text
    tei = mini / "tei" / "mini.xml"
    before = tei.read_bytes()
    assert _import(mini, capsys)[0] == 0 and tei.read_bytes() == before
    edit_po(po_file(mini), {"mini.p4": translate("Известно ещё меньше.")})
    assert _import(mini, capsys)[0] == 0
    assert _slot(mini, "mini.p4")[:2] == ("Известно ещё меньше.", "#draft")
    assert "triglot-export: 3:mini.p4:" in _written_after_export(mini)
    _with_old_tokens(mini)
    tei.write_text(tei.read_text("utf-8").replace(f">{COPY}<", ">Больше ничего не известно!<"), "utf-8")
    assert _import(mini, capsys)[0] == 0
    assert _slot(mini, "mini.p3")[0] == "Больше ничего не известно!"
    edit_po(po_file(mini), {"mini.p3": translate("Больше ничего.")})
    code, err = _import(mini, capsys)
    assert code == 1 and "conflict: mini.p3: changed in the TEI since export" in err, err


def _written_after_export(root) -> str:
    export_mini(root, langs=("ru",))
    return po_file(root).read_text(encoding="utf-8")


def test_an_xliff_unit_whose_notes_were_copied_from_another_unit_is_imported(mini, capsys):
    """XLIFF carries the same token (a `triglot-export` note): a unit a CAT tool filled from another,
    notes and all, is a suggestion for its own block too, not an untouched unit."""
    from test_translations_xliff import X, edit, import_files, set_target, unit, xlf
    from lxml import etree
    _translated_p3(mini, capsys, reviewed=False)
    export_mini(mini, langs=("ru",), fmt="xliff")
    copied = {n.get("category"): n.text for n in unit(etree.parse(str(xlf(mini))), "mini.p3").iter(X + "note")}
    assert copied["triglot-export"].startswith("3:mini.p3:")

    def fill_from_p3(u):
        set_target(u, COPY, resp="resp-draft-ru")
        for n in u.iter(X + "note"):
            if n.get("category") == "triglot-export":
                n.text = copied["triglot-export"]
    edit(xlf(mini), "mini.p4", fill_from_p3)
    code, err = import_files(mini, xlf(mini), capsys=capsys)
    assert code == 0, err
    assert _slot(mini, "mini.p4")[:2] == (COPY, "#draft")


def test_export_before_import_keeps_the_copy_and_says_to_import_it(mini, capsys):
    """Exporting again before importing wrote mini.p4 empty: the copy counted as untouched."""
    _translated_p3(mini, capsys, reviewed=False)
    _merged_without_p4(mini, previous=False)
    before = po_file(mini).read_bytes()
    assert main(["--root", str(mini), "translations", "export", "--lang", "ru"]) == 1
    err = capsys.readouterr().err
    assert "pending: entry mini.p4 was edited and not imported" in err, err
    assert po_file(mini).read_bytes() == before
