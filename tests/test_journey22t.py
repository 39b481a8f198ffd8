"""Session 22's translators' journey (journey22t): faults a translator met with real tools.

The journey itself ran on a copy of the edition grown with three texts of the tagger's pool
(unseen-test24 ogden-smyrna-editorial, unseen-test27 jcas-1917-albania, unseen-test31
australia-in-palestine-1919), encoded with `triglot encode`; each fault found there is pinned
here on the small translate-mini project, with the same gettext and translate-toolkit commands.
"""
from __future__ import annotations

import re
import subprocess
from pathlib import Path

from test_translations_support import export_mini, import_mini, mini  # noqa: F401
from triglot.edition import load, slot_state


def run(*args) -> subprocess.CompletedProcess:
    done = subprocess.run([str(a) for a in args], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return done


def slot(root: Path, slot_id: str):
    return load(root).document("mini").tree.find(f".//*[@{{http://www.w3.org/XML/1998/namespace}}id='{slot_id}']")


def fill(path: Path, context: str, text: str, comments: str) -> None:
    """A translator's entry typed in: its msgstr, translator comments and flag, in the file's own layout."""
    po = path.read_bytes().decode("utf-8-sig")
    pattern = r'((?:#[^\n]*\n)*)(msgctxt "%s"\nmsgid (?:"(?:[^"\\]|\\.)*"\n)+)msgstr ""' % re.escape(context)
    po, n = re.subn(pattern, lambda m: comments + m[1] + m[2] + f'msgstr "{text}"', po)
    assert n == 1
    path.write_bytes(po.encode("utf-8"))


def test_a_renamed_po_file_finds_its_document_by_its_header(mini, tmp_path):
    """A translator's copy, sorted and unwrapped by msgcat, saved by a Windows editor (BOM, CRLF) and
    renamed, is imported: its header names the document. Babel's catalog drops the header fields
    it does not know, so X-Triglot-Document was never read and the file was refused as
    "no document tei/Mini (ru) final.xml"."""
    export_mini(mini)
    mine = tmp_path / "Mini (ru) final.po"
    run("msgcat", "--sort-output", "--no-wrap", mini / "translations" / "ru" / "mini.po", "-o", mine)
    fill(mine, "mini.p3", "Больше ничего не известно.", "# resp: resp-draft-ru\n#, fuzzy\n")
    mine.write_bytes(b"\xef\xbb\xbf" + mine.read_bytes().replace(b"\n", b"\r\n"))
    result = import_mini(mini, [mine])
    assert result.problems == [] and len(result.written) == 1
    assert slot_state(slot(mini, "mini.p3.ru")) == "draft"


def test_a_file_begun_with_msginit_is_told_where_its_export_lines_are(mini, tmp_path):
    """msginit from the .pot (gettext's way to begin a language) gives entries without the
    `# triglot-export:` lines: the first import works, and the translator's next edit of an entry
    they imported is refused as a conflict. The message blamed "a tool [that] dropped it", which
    no tool of theirs did; it now names the .pot and the file to begin from."""
    export_mini(mini)
    mine = tmp_path / "hy.po"
    run("msginit", "--no-translator", "-l", "hy_AM", "-i", mini / "translations" / "mini.pot", "-o", mine)
    fill(mine, "mini.p3", "Ուրիշ ոչինչ հայտնի չէ։", "# resp: resp-draft-hy\n#, fuzzy\n")
    assert import_mini(mini, [mine]).problems == []
    mine.write_text(mine.read_text("utf-8").replace("Ուրիշ ոչինչ", "Այլ ոչինչ"), "utf-8")
    before = (mini / "tei" / "mini.xml").read_bytes()
    problems = import_mini(mini, [mine]).problems
    assert [p.rule for p in problems] == ["conflict"] and (mini / "tei" / "mini.xml").read_bytes() == before
    assert "msginit" in problems[0].message and "translations/hy/mini.po" in problems[0].message


def test_an_editors_save_during_an_import_is_not_overwritten(mini, monkeypatch):
    """The editor saves the TEI by hand (a text editor takes no lock) while a translator's import
    merges and validates: the import wrote the tree it had read before the save, and the
    editor's change was gone without a word. Now the import refuses that document."""
    import triglot.validate
    export_mini(mini)
    po_file = mini / "translations" / "ru" / "mini.po"
    fill(po_file, "mini.p3", "Больше ничего не известно.", "# resp: resp-draft-ru\n#, fuzzy\n")
    tei = mini / "tei" / "mini.xml"
    validate = triglot.validate.validate

    def editor_saves_meanwhile(*args, **kwargs):
        tei.write_text(tei.read_text("utf-8").replace("<body>", "<body><!-- editor: recheck p3 -->", 1), "utf-8")
        return validate(*args, **kwargs)
    monkeypatch.setattr(triglot.validate, "validate", editor_saves_meanwhile)
    result = import_mini(mini, [po_file])
    assert [(p.file, p.rule) for p in result.problems] == [("tei/mini.xml", "changed-meanwhile")]
    assert "<!-- editor: recheck p3 -->" in tei.read_text("utf-8") and result.written == []


def test_a_draft_msgmerge_marked_with_the_earlier_english_stays_stale(mini, tmp_path):
    """A translator's copy of mini.p3, translated against "Nothing more is known."; the English
    changes, the translator runs `msgmerge --update --previous` with the new .pot, which marks the
    entry fuzzy with the earlier English as `#| msgid`, and imports it as it is. The slot recorded
    the new English's fingerprint: taken as up to date, its staleness was shown nowhere (status,
    the next export, the web). It records the English it translates, so it is shown stale."""
    from triglot.translate.export import slot_views
    export_mini(mini)
    mine = tmp_path / "mine.po"
    mine.write_bytes((mini / "translations" / "ru" / "mini.po").read_bytes())
    fill(mine, "mini.p3", "Больше ничего не известно.", "# resp: resp-draft-ru\n")
    doc, seed = mini / "tei" / "mini.xml", mini / "seeds" / "mini.txt"
    doc.write_text(doc.read_text().replace('"mini.p3">Nothing more is known.', '"mini.p3">Nothing else is known.'))
    seed.write_text(seed.read_text().replace("Nothing more is known.", "Nothing else is known.", 1))
    export_mini(mini)
    run("msgmerge", "--quiet", "--update", "--previous", mine, mini / "translations" / "mini.pot")
    assert "#| msgid \"Nothing more is known.\"" in mine.read_text("utf-8")
    assert import_mini(mini, [mine]).problems == []
    view = next(v for v in slot_views(load(mini).document("mini"), "ru") if v.segment.block_id == "mini.p3")
    assert (view.state, view.text, view.stale) == ("draft", "Больше ничего не известно.", True)


def test_an_xliff_file_of_po2xliff_is_answered_with_what_to_do(mini, tmp_path):
    """translate-toolkit's po2xliff (what Weblate and Pootle convert with) writes XLIFF 1.1; import
    said only "not an XLIFF 2.0 file". It now says how to bring it back (xliff2po) or which XLIFF
    to work on, and writes nothing."""
    from test_translations_tools import tool
    export_mini(mini)
    xlf = tmp_path / "mini.xlf"
    run(tool("po2xliff"), "--progress=none", mini / "translations" / "ru" / "mini.po", xlf)
    before = (mini / "tei" / "mini.xml").read_bytes()
    problems = import_mini(mini, [xlf]).problems
    assert [p.rule for p in problems] == ["xliff-schema"] and "xliff2po" in problems[0].message
    assert (mini / "tei" / "mini.xml").read_bytes() == before


def test_an_older_copy_msgmerged_to_the_new_english_is_not_a_conflict_with_itself(mini, tmp_path):
    """A translator keeps a copy of the draft of mini.p3 they imported; the English changes; they
    run `msgmerge --update --previous` on the copy, which gives the entry the new English and, as
    it is fuzzy, no `#| msgid`, and import it unchanged. Import took the entry as checked against
    the new English and refused it as a conflict whose two versions were the same text. Now it is
    unchanged, and the slot stays stale until someone checks it."""
    from triglot.translate.export import slot_views
    export_mini(mini)
    po_file = mini / "translations" / "ru" / "mini.po"
    fill(po_file, "mini.p3", "Больше ничего не известно.", "# resp: resp-draft-ru\n#, fuzzy\n")
    mine = tmp_path / "mine.po"
    mine.write_bytes(po_file.read_bytes())
    assert import_mini(mini, [po_file]).problems == []
    doc, seed = mini / "tei" / "mini.xml", mini / "seeds" / "mini.txt"
    doc.write_text(doc.read_text().replace('"mini.p3">Nothing more is known.', '"mini.p3">Nothing else is known.'))
    seed.write_text(seed.read_text().replace("Nothing more is known.", "Nothing else is known.", 1))
    export_mini(mini)
    run("msgmerge", "--quiet", "--update", "--previous", mine, mini / "translations" / "mini.pot")
    result = import_mini(mini, [mine])
    assert result.problems == [] and result.unchanged == [doc]
    view = next(v for v in slot_views(load(mini).document("mini"), "ru") if v.segment.block_id == "mini.p3")
    assert (view.state, view.stale) == ("draft", True)


def test_importing_the_template_names_the_files_to_translate(mini):
    """A translator who imports the .pot (the file msginit and pot2po start from) was told that the
    language could not be told, as if adding a Language header would help; the template holds no
    translation, so the message names the PO files to translate."""
    export_mini(mini)
    problems = import_mini(mini, [mini / "translations" / "mini.pot"]).problems
    assert [p.rule for p in problems] == ["po-target"]
    assert "translations/ru/mini.po" in problems[0].message and "template" in problems[0].message
