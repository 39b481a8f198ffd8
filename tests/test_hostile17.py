"""Session 16's second hostile round: the translators' path (PO files through gettext, translate-toolkit
and hand edits) and the editor's live loop (`serve --watch`), used as real tools and careless hands
use them. Each test failed before its fix."""
from __future__ import annotations

import subprocess

import pytest

from test_translations_bad_po import po_file, refused
from test_translations_support import edit_po, export_mini, mini, translate  # noqa: F401
from triglot.cli import main


def _ru_with(root, old: str, new: str) -> None:
    path = po_file(root)
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


# ---------------------------------------------------------------- a msgctxt on continuation lines

def _p3_and_p4_translated(root) -> None:
    export_mini(root)
    edit_po(po_file(root), {"mini.p3": translate("Больше ничего не известно."),
                            "mini.p4": translate("Известно ещё меньше.")})


def test_a_msgctxt_written_on_continuation_lines_is_read_whole(mini, capsys):
    """gettext lets any string continue on the next lines (`msgctxt ""` then `"mini.p3"`), and msgfmt
    takes such a file. The duplicate check read only the first line: every wrapped msgctxt was '',
    so two of them were refused as "msgctxt '' appears twice"."""
    _p3_and_p4_translated(mini)
    for block in ("mini.p3", "mini.p4"):
        _ru_with(mini, f'msgctxt "{block}"', f'msgctxt ""\n"{block}"')
    assert subprocess.run(["msgfmt", "--check", "-o", "/dev/null", str(po_file(mini))]).returncode == 0
    assert main(["--root", str(mini), "translations", "import"]) == 0, capsys.readouterr().err


def test_a_msgctxt_given_twice_once_on_continuation_lines_is_refused_at_its_line(mini, capsys):
    """The same block twice, once as `msgctxt "mini.p3"` and once as `msgctxt ""` + `"mini.p3"`, with two
    different translations: msgfmt calls it a duplicate; import took one of the two and dropped the
    other with exit 0, because the check compared only first lines and Babel merges duplicates."""
    _p3_and_p4_translated(mini)
    _ru_with(mini, 'msgctxt "mini.p4"', 'msgctxt ""\n"mini.p3"')
    line = po_file(mini).read_text(encoding="utf-8").split("\n").index('msgctxt ""') + 1
    err = refused(mini, capsys)
    assert f"translations/ru/mini.po:{line}: po-key: msgctxt 'mini.p3' appears twice" in err, err


# ---------------------------------------------------------------- serve --watch: problems that outlive a save

def _watched(root):
    """A built fixture edition with its PO files, and a watcher (its reactions called directly)."""
    from triglot.build import build
    from triglot.web.watch import State, Watcher
    export_mini(root)
    build(root, ["web"])
    return Watcher(root, State())


BROKEN_TEI = ("</teiHeader>", "</teiHeadr>")
BROKEN_PO = ('msgctxt "mini.p3"\nmsgid "Nothing more is known."\nmsgstr ""',
             'msgctxt "mini.p3"\nmsgid "Nothing more is known."\nmsgstr "Больше ничего')


def _edit(root, name: str, old: str, new: str) -> None:
    path = root / name
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_a_good_translation_file_saved_after_a_broken_tei_file_does_not_hide_the_failed_build(mini):
    """The build failed (the page showed the problem over the previous site); then a PO file was saved
    and checked clean: the state became "no problems", the page reloaded and hid the banner, and the
    terminal said "site rebuilt", while the site was still the one before the broken save."""
    watcher = _watched(mini)
    _edit(mini, "tei/mini.xml", *BROKEN_TEI)
    watcher.react(["tei/mini.xml"])
    site = watcher.state.as_json()["site"]
    assert any(p.startswith("tei/mini.xml:") for p in watcher.state.problems)
    _edit(mini, "translations/ru/mini.po", "# triglot-export", "# a translator's note\n# triglot-export")
    watcher.react(["translations/ru/mini.po"])
    status = watcher.state.as_json()
    assert any(p.startswith("tei/mini.xml:") for p in status["problems"]), status
    assert status["stale"] and status["site"] == site      # the page does not reload: nothing was rebuilt


def test_a_broken_translation_file_stays_shown_until_it_is_fixed(mini):
    """A broken PO file saved alone was shown; saved together with a TEI file (one settle window) it was
    not checked at all; and the next successful build of a TEI edit cleared its problem while the file
    was still broken."""
    watcher = _watched(mini)
    _edit(mini, "translations/ru/mini.po", *BROKEN_PO)
    _edit(mini, "tei/mini.xml", "<body>", "<body> ")
    watcher.react(["tei/mini.xml", "translations/ru/mini.po"])
    assert any(p.startswith("translations/ru/mini.po:") for p in watcher.state.problems), watcher.state.problems
    site = watcher.state.as_json()["site"]
    _edit(mini, "tei/mini.xml", "<body> ", "<body>")
    watcher.react(["tei/mini.xml"])
    status = watcher.state.as_json()
    assert status["site"] == site + 1 and not status["stale"]      # rebuilt: the page reloads
    assert any(p.startswith("translations/ru/mini.po:") for p in status["problems"]), status
    _edit(mini, "translations/ru/mini.po", BROKEN_PO[1], BROKEN_PO[0])
    watcher.react(["translations/ru/mini.po"])
    assert watcher.state.problems == []


def test_serve_watch_started_on_a_broken_edition_shows_the_problem_in_the_page(mini, monkeypatch, capsys):
    """`serve --watch` builds first; that build's problems were printed, then a fresh state with no
    problems was served, so the page showed the previous site as if it were current until the next
    save. (And saves made during that first build were never seen: the watcher began after it.)"""
    import argparse
    import triglot.web.serve as serve
    from triglot.build import build
    build(mini, ["web"])
    _edit(mini, "tei/mini.xml", *BROKEN_TEI)
    served = {}

    class Stop:
        server_address = ("127.0.0.1", 0)

        def serve_forever(self):
            raise KeyboardInterrupt

        def server_close(self):
            pass
    monkeypatch.setattr(serve, "make_server", lambda site, port, state: served.update(state=state) or Stop())
    assert serve.run(argparse.Namespace(watch=True, dir=None, port=0), mini) == 0
    assert any(p.startswith("tei/mini.xml:") for p in served["state"].problems), capsys.readouterr()
    assert served["state"].as_json()["stale"]


# ---------------------------------------------------------------- an editor's lock file beside the sources

def test_emacs_lock_files_beside_a_document_and_a_po_file_are_no_sources(mini, capsys):
    """Emacs marks a file with unsaved changes by a symbolic link `.#NAME` beside it, pointing nowhere
    (`user@host.pid`). `tei/.#mini.xml` was taken for a document: validate, build and so the preview
    failed with "read: No such file or directory" while the editor merely had the file open and
    changed; `translations/ru/.#mini.po` failed import the same way. A dot-file is no source."""
    export_mini(mini)
    (mini / "tei" / ".#mini.xml").symlink_to("editor@host.4242:1700000000")
    (mini / "translations" / "ru" / ".#mini.po").symlink_to("editor@host.4242:1700000000")
    assert main(["--root", str(mini), "validate"]) == 0, capsys.readouterr().err
    assert main(["--root", str(mini), "translations", "import"]) == 0, capsys.readouterr().err


# ---------------------------------------------------------------- what the placeholder string does not carry

@pytest.mark.parametrize("kept", ["<!-- editors: ask the translator about this -->",
                                  '<?oxy_comment_start author="editor" comment="check the name"?>'])
def test_an_edit_of_a_slot_holding_an_editors_comment_is_refused_not_dropped(mini, capsys, kept):
    """An XML comment, or oXygen's review comment (a processing instruction), inside a slot is not in
    the translator's string; importing an edit of that entry rebuilt the slot from the string and the
    editor's comment was gone, with exit 0. It is refused at its line until the editor moves it."""
    export_mini(mini)
    edit_po(po_file(mini), {"mini.p3": translate("Больше ничего не известно.")})
    assert main(["--root", str(mini), "translations", "import"]) == 0
    _edit(mini, "tei/mini.xml", '">Больше ничего не известно.</ab>', f'">{kept}Больше ничего не известно.</ab>')
    assert main(["--root", str(mini), "validate"]) == 0
    export_mini(mini)
    edit_po(po_file(mini), {"mini.p3": translate("Больше ничего не известно!")})
    line = next(n for n, text in enumerate((mini / "tei/mini.xml").read_text("utf-8").split("\n"), 1) if kept in text)
    err = refused(mini, capsys)
    assert "po-key" not in err and f"tei/mini.xml:{line}" in err and "mini.p3" in err, err
    assert kept in (mini / "tei/mini.xml").read_text("utf-8")


# ---------------------------------------------------------------- an edit a tool marked obsolete

def test_a_translation_a_tool_marked_obsolete_while_its_block_exists_is_neither_skipped_nor_lost(mini, capsys):
    """msgmerge against an older template (one made before the block was added) marks the translator's
    entry `#~` obsolete, translation and all; Lokalize and Poedit do the same on "update from POT".
    Import skipped it with exit 0 ("unchanged"), and the next export, seeing no edit, wrote the file
    anew without it: the translation was gone. Both now refuse at its line, and nothing changes."""
    export_mini(mini)
    path = po_file(mini)
    text = path.read_text(encoding="utf-8")
    live = text[text.index("# triglot-export", text.index("English <p> mini.p3") - 60):]
    live = live[:live.index("\n\n") + 2]
    obsolete = ("# resp: resp-draft-ru\n" + live.replace('msgstr ""', 'msgstr "Больше ничего не известно."')
                .replace("#: tei/mini.xml:97\n", "#, fuzzy\n").replace("msg", "#~ msg"))
    path.write_text(text.replace(live, "") + "\n" + obsolete, encoding="utf-8")
    assert subprocess.run(["msgfmt", "--check", "-o", "/dev/null", str(path)]).returncode == 0
    line = path.read_text(encoding="utf-8").split("\n").index('#~ msgid "Nothing more is known."') + 1
    before = path.read_bytes()
    err = refused(mini, capsys)
    assert f"translations/ru/mini.po:{line}: po-obsolete: mini.p3" in err, err
    assert main(["--root", str(mini), "translations", "export"]) == 1
    err = capsys.readouterr().err
    assert f"translations/ru/mini.po:{line}: pending: entry mini.p3" in err, err
    assert path.read_bytes() == before


def test_a_translation_file_saved_while_its_document_is_broken_is_not_said_to_have_no_document(mini):
    """With the TEI file not well-formed, a saved PO file was checked against an edition without that
    document, and the page said "po-target: no document tei/mini.xml for this file", sending the
    translator after a file that exists. `translations import` itself stops at the TEI's problem;
    the preview now says the same, once."""
    watcher = _watched(mini)
    _edit(mini, "tei/mini.xml", *BROKEN_TEI)
    watcher.react(["tei/mini.xml"])
    _edit(mini, "translations/ru/mini.po", "# triglot-export", "# a translator's note\n# triglot-export")
    watcher.react(["translations/ru/mini.po"])
    problems = watcher.state.problems
    assert not any("no document" in p for p in problems), problems
    assert len([p for p in problems if p.startswith("tei/mini.xml:")]) == 1, problems


def test_a_folder_removed_while_the_watcher_looks_does_not_end_the_watching(mini, monkeypatch):
    """A folder removed between pathlib listing its parent and reading it (a `git checkout`, a CAT
    tool's scratch folder) made rglob raise FileNotFoundError in the polling thread: the thread ended
    silently, the server went on serving, and no save was ever rebuilt again."""
    import triglot.web.watch as watch
    watcher = _watched(mini)
    real = watch.snapshot
    calls = []

    def vanishing(root):
        calls.append(root)
        if len(calls) == 1:
            raise FileNotFoundError(2, "No such file or directory", str(root / "translations" / "hy"))
        return real(root)
    monkeypatch.setattr(watch, "snapshot", vanishing)
    watcher.poll()                       # the listing failed: this poll is skipped, not the watching
    _edit(mini, "tei/mini.xml", "<body>", "<body> ")
    watcher.poll()
    assert watcher.state.version == 1 and watcher.state.problems == []


# ---------------------------------------------------------------- C escapes for bytes

def test_a_file_written_with_c_escapes_imports_the_letters_they_stand_for(mini, capsys):
    """`msgcat --escape` (and any tool that keeps its output ASCII) writes each byte of a non-ASCII
    letter as an octal escape: "Больше" is "\\320\\221\\320\\276…". msgfmt reads them as the UTF-8
    bytes they are; import read them as backslashes and digits and wrote that into the Russian slot,
    exit 0."""
    export_mini(mini)
    edit_po(po_file(mini), {"mini.p3": translate("Больше ничего не известно.")})
    escaped = subprocess.run(["msgcat", "--escape", str(po_file(mini))], capture_output=True, check=True).stdout
    assert b"\\320\\221" in escaped
    po_file(mini).write_bytes(escaped)
    assert main(["--root", str(mini), "translations", "import"]) == 0, capsys.readouterr().err
    tei = (mini / "tei/mini.xml").read_text("utf-8")
    assert ">Больше ничего не известно.</ab>" in tei and "\\320" not in tei


def test_escaped_bytes_that_are_no_utf8_are_refused_at_their_line(mini, capsys):
    export_mini(mini)
    edit_po(po_file(mini), {"mini.p3": translate("Больше ничего не известно.")})
    _ru_with(mini, 'msgstr "Больше', 'msgstr "\\320\\320Больше')
    line = po_file(mini).read_text("utf-8").split("\n").index('msgstr "\\320\\320Больше ничего не известно."') + 1
    err = refused(mini, capsys)
    assert f"translations/ru/mini.po:{line}: po-encoding: " in err, err


def test_an_interface_catalog_written_with_c_escapes_gives_the_letters(tmp_path):
    """The same escapes in an edition's interface catalog: every Russian string of the site read
    "\\320\\223\\320\\273…" (Babel's reader), though msgfmt takes the file as the Russian it is."""
    from test_hostile16 import _russian_interface
    from triglot.i18n import ui_catalog
    root, own = _russian_interface(tmp_path)
    plain = {m.id: m.string for m in ui_catalog(root, "ru") if m.id and m.string}
    escaped = subprocess.run(["msgcat", "--escape", str(own)], capture_output=True, check=True).stdout
    assert b"\\320" in escaped
    own.write_bytes(escaped)
    assert {m.id: m.string for m in ui_catalog(root, "ru") if m.id and m.string} == plain


def test_an_indented_keyword_line_is_read_as_gettext_reads_it(mini, capsys):
    """An editor's auto-indent put spaces before `msgstr` (and `msgctxt`); gettext's grammar allows white
    space before a keyword and msgfmt takes the file, but import refused it as "text outside the quotes",
    advice that points at nothing wrong. The indented msgctxt is still checked for duplicates."""
    _p3_and_p4_translated(mini)
    _ru_with(mini, 'msgstr "Больше ничего не известно."', '  msgstr "Больше ничего не известно."')
    _ru_with(mini, 'msgctxt "mini.p4"', '\tmsgctxt "mini.p4"')
    assert subprocess.run(["msgfmt", "--check", "-o", "/dev/null", str(po_file(mini))]).returncode == 0
    assert main(["--root", str(mini), "translations", "import"]) == 0, capsys.readouterr().err
    export_mini(mini)
    _ru_with(mini, 'msgctxt "mini.p4"', '  msgctxt "mini.p3"')
    assert "msgctxt 'mini.p3' appears twice" in refused(mini, capsys)


# ---------------------------------------------------------------- a slot's markup changed by hand in the TEI

def _p1_translated_then_unwrapped(root):
    """mini.p1 translated through PO, then its Russian persName unwrapped by hand in the TEI."""
    text = ("В <1>1937</1> <2>Микоян</2> встретил <3><4>Халилон-пашу</4><5>Халил-пашу</5></3> в "
            "<6>Ереване</6> и говорил о <7>Турции</7>.")
    export_mini(root)
    edit_po(po_file(root), {"mini.p1": translate(text)})
    assert main(["--root", str(root), "translations", "import"]) == 0
    export_mini(root)                  # the files as the translator gets them after the import
    _edit(root, "tei/mini.xml", '<persName ref="psn:mikoyan">Микоян</persName>', "Микоян")
    return next(n for n, line in enumerate((root / "tei/mini.xml").read_text("utf-8").split("\n"), 1)
                if 'xml:id="mini.p1.ru"' in line)


def test_a_name_unwrapped_by_hand_in_a_slot_is_found_by_check(mini, capsys):
    """An editor unwrapped the Russian persName of a translated slot in the TEI: validate passes (as it
    may: the slot is valid TEI), the Russian page loses the link, and nothing said so; the translator
    learnt of it only when an edit of that entry was refused for a placeholder they never touched.
    `check --rule slot-markup` names the slot and what differs."""
    line = _p1_translated_then_unwrapped(mini)
    assert main(["--root", str(mini), "validate"]) == 0
    capsys.readouterr()
    main(["--root", str(mini), "check", "--rule", "slot-markup"])
    out = capsys.readouterr()
    assert f"tei/mini.xml:{line}: slot-markup: mini.p1 (Russian): " in out.out + out.err, out
    assert "<2>…</2> of the English is missing" in out.out + out.err


def test_an_edit_refused_for_markup_changed_in_the_tei_says_where_the_change_was_made(mini, capsys):
    """The translator re-exported and changed one word of that entry; import refused it with "placeholder
    <2>…</2> of the English is missing", as if the translator had dropped it. It now says the TEI slot
    already differs, so the translator knows whom to ask."""
    _p1_translated_then_unwrapped(mini)
    export_mini(mini)
    edit_po(po_file(mini), {"mini.p1": lambda e: setattr(e, "msgstr", e.msgstr.replace("говорил", "беседовал"))})
    err = refused(mini, capsys)
    assert "placeholders: mini.p1: placeholder <2>…</2> of the English is missing" in err, err
    assert "the slot in the TEI already differs from the English" in err and "slot-markup" in err, err


def test_a_saved_xliff_file_named_with_the_long_suffix_is_checked_in_the_page(mini):
    """`translations import` reads `.xliff` as it reads `.xlf` (CAT tools write either); the watcher saw
    only `.xlf`, so a broken `.xliff` saved during a preview was never checked or shown."""
    watcher = _watched(mini)
    path = mini / "translations" / "xliff" / "ru" / "mini.xliff"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text('<?xml version="1.0"?>\n<xliff version="2.0"', encoding="utf-8")
    watcher.poll()
    assert any(p.startswith("translations/xliff/ru/mini.xliff:") for p in watcher.state.problems), watcher.state.problems
