"""hostile47: translators' tools under hostile use: gettext's msgen, translate-toolkit's podebug, a header that
lies about its charset, a 10 MB PO file, and an editor's non-atomic save under `serve --watch`.

Each file is made by the real tool from a file `translations export` wrote (gettext's msgen and msgconv,
translate-toolkit's podebug from the project's venv), never imitated by hand; the one hand edit is a translator's
own (a header line changed in a text editor), and the test says so.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from test_translations_bad_po import po_file, refused
from test_translations_support import export_mini, mini  # noqa: F401
from triglot.cli import main

PODEBUG = Path(sys.executable).parent / "podebug"


def _msgids(path: Path) -> int:
    return path.read_text("utf-8").count("\nmsgctxt ")


def test_an_untranslated_file_filled_by_msgen_is_refused_as_copied_english(mini, capsys):
    """gettext's msgen fills every empty msgstr with its msgid (its use: an English catalog). Run on the Russian
    file of an untranslated document, it gives a file whose every translation is its English: refused as such
    (main refused this one as "written in the script of English … is it the English file?", which it is not: the
    script rule misses a document with a Russian word in its English, as the podebug test below shows)."""
    export_mini(mini)
    path = po_file(mini)
    subprocess.run(["msgen", "-o", str(path), str(path)], check=True)
    err = refused(mini, capsys)
    n = _msgids(path)
    assert f": po-copied: {n} of its {n} translations are their English copied unchanged" in err, err
    assert err.splitlines()[0].startswith("translations/ru/mini.po:"), err


@pytest.mark.skipif(not PODEBUG.exists(), reason="translate-toolkit's podebug is not in this venv")
def test_a_translated_file_rewritten_by_podebug_is_refused_as_copied_english(tmp_path, capsys):
    """translate-toolkit's podebug (no options) on the real Russian file of Legran's letter, whose 26 entries are
    drafted: every msgstr became its msgid, and import put the English into the 21 Russian slots of the document
    with "0 problems". One entry's English is Russian (the source's title, "Барсегов Ю.Г. Нагорный Карабах"), so
    the script rule (a file in another language's script, none in its own) did not see it."""
    from conftest import copy_project
    root = copy_project(tmp_path / "edition", translations=True)
    shutil.copy(Path(__file__).resolve().parents[1] / "triglot.toml", root / "triglot.toml")
    path = root / "translations" / "ru" / "legran-letter-to-chicherin.po"
    out = tmp_path / "podebug.po"
    subprocess.run([str(PODEBUG), "-i", str(path), "-o", str(out)], check=True, capture_output=True)
    shutil.copy(out, path)
    before = (root / "tei" / "legran-letter-to-chicherin.xml").read_bytes()
    assert main(["--root", str(root), "translations", "import", str(path)]) == 1
    err = capsys.readouterr().err
    assert "po-copied: 26 of its 26 translations are their English copied unchanged" in err, err
    assert (root / "tei" / "legran-letter-to-chicherin.xml").read_bytes() == before


def test_one_entry_left_as_its_english_among_translations_is_imported(mini, capsys):
    """The contrast: a title kept as it is (here "Nothing more is known." copied, one of four) is no proof of a
    tool's copy; the file is imported."""
    from test_translations_support import edit_po, translate
    export_mini(mini)
    edit_po(po_file(mini), {"mini.p3": translate("Nothing more is known."),
                            "mini.p4": translate("Известно ещё меньше."),
                            "mini.by1": translate("От редакции")})
    assert main(["--root", str(mini), "translations", "import"]) == 0, capsys.readouterr().err


def _by1_translated(path: Path) -> str:
    """The exported file with the byline drafted in Russian as a translator types it in a text editor (written)."""
    text = path.read_text("utf-8")
    old = 'msgctxt "mini.by1"\nmsgid "By the editors"\nmsgstr ""'
    assert old in text
    text = text.replace(old, '#, fuzzy\nmsgctxt "mini.by1"\nmsgid "By the editors"\nmsgstr "От редакции"')
    text = text.replace("# triglot-export: 3:mini.by1", "# resp: resp-draft-ru\n# triglot-export: 3:mini.by1")
    path.write_text(text, "utf-8")
    return text


def test_a_utf8_file_whose_header_says_latin1_is_told_to_correct_the_header(mini, capsys):
    """The header's charset changed to ISO-8859-1 by hand (a header copied from another project), the bytes UTF-8:
    the refusal said to run `msgconv -t UTF-8 FILE -o FILE`, which reads the UTF-8 letters as Latin-1 and wrote
    "Ð\\x9fÐ¸Ñ\\x81Ñ\\x8cÐ¼Ð¾" over each "Письмо" of the translator's file (tried with gettext's msgconv). The header is
    what is wrong, and the message says so; the header corrected, the file imports."""
    export_mini(mini)
    path = po_file(mini)
    good = _by1_translated(path)
    path.write_text(good.replace("charset=UTF-8", "charset=ISO-8859-1"), "utf-8")
    line = next(n for n, text in enumerate(good.split("\n"), 1) if "charset=" in text)
    err = refused(mini, capsys)
    assert err.splitlines()[0] == (f"translations/ru/mini.po:{line}: po-encoding: the header declares "
                                   "charset=ISO-8859-1, but the file's bytes are UTF-8: correct the header to "
                                   "charset=UTF-8 (msgconv would read the UTF-8 letters as ISO-8859-1 and garble every "
                                   "one)"), err
    path.write_text(good, "utf-8")
    assert main(["--root", str(mini), "translations", "import"]) == 0, capsys.readouterr().err


def test_a_file_truly_in_koi8r_is_still_told_to_convert_it(mini, capsys):
    """The contrast: the Russian file converted by iconv into KOI8-R, its header saying so (msgconv refuses the
    conversion: the file's typographic apostrophe is not in KOI8-R). Its bytes are no UTF-8, so msgconv is what
    mends it, as before."""
    export_mini(mini)
    path = po_file(mini)
    text = _by1_translated(path).replace("charset=UTF-8", "charset=KOI8-R")
    converted = subprocess.run(["iconv", "-f", "UTF-8", "-t", "KOI8-R//TRANSLIT"], input=text.encode("utf-8"),
                               capture_output=True, check=True).stdout
    path.write_bytes(converted)
    err = refused(mini, capsys)
    assert "po-encoding: the header declares charset=KOI8-R; the edition's PO files are UTF-8" in err, err
    assert "`msgconv -t UTF-8" in err


def test_each_msgctxt_continuation_is_read_once_not_with_every_line_after_it():
    """po._contexts joined a msgctxt's continuation lines by reading a copy of every line after it, for each
    msgctxt: a 10 MB file of 6,036 entries (770,000 lines) took 12 CPU-s there, quadratic. Counted here: the lines
    the reader takes, against the lines of a file with 2,000 entries."""
    from triglot.translate.po import _contexts

    class Counted(list):
        taken = 0

        def __getitem__(self, index):
            got = super().__getitem__(index)
            Counted.taken += len(got) if isinstance(index, slice) else 1
            return got

    lines = Counted()
    for i in range(2000):
        lines += [f'msgctxt ""', f'"mini.p{i}"', 'msgid "Nothing more is known."', 'msgstr ""', ""]
    assert [ctx for _, ctx in _contexts(lines)] == [f"mini.p{i}" for i in range(2000)]
    assert Counted.taken <= 2 * len(lines), Counted.taken


def test_a_tei_file_saved_half_written_is_shown_at_its_line_and_rebuilt_when_whole(tmp_path):
    """An editor's non-atomic save (the file truncated, its first half written, a pause longer than the watcher's
    settling time, then the rest), under `serve --watch`'s watcher: the half file is a problem at its line, the
    previous site stays; the whole file is rebuilt and the problem goes."""
    from conftest import make_project
    from triglot.build import build
    from triglot.web.watch import State, Watcher
    root = make_project(tmp_path, "mini")
    build(root, ["web"])
    watcher = Watcher(root, State(), out=open(os.devnull, "w"))
    path = root / "tei" / "mini.xml"
    edited = path.read_bytes().replace(b"</teiHeader>", b"</teiHeader>\n", 1)
    with open(path, "wb") as save:
        save.write(edited[:len(edited) // 2])
        save.flush()
        watcher.poll()
        half = watcher.state.as_json()
        save.write(edited[len(edited) // 2:])
    assert half["stale"] and half["site"] == 0
    assert [p.split(": ")[:2] for p in half["problems"]] == [[p.split(": ")[0], "well-formed"] for p in half["problems"]]
    assert half["problems"] and half["problems"][0].startswith("tei/mini.xml:")
    watcher.poll()
    whole = watcher.state.as_json()
    assert whole["problems"] == [] and whole["site"] == 1 and not whole["stale"], whole


def test_a_file_cut_inside_a_letter_is_said_to_be_cut_short(mini, capsys):
    """The exported file with the byline drafted, copied with `head -c` to a byte inside the "е" of "редакции"
    (an interrupted copy or save): "invalid UTF-8 (byte 0xd1); save the file as UTF-8" sent the translator to
    change an encoding that was right."""
    export_mini(mini)
    path = po_file(mini)
    data = _by1_translated(path).encode("utf-8")
    cut = data.index("редакции".encode("utf-8")) + 1
    path.write_bytes(subprocess.run(["head", "-c", str(cut), str(path)], capture_output=True, check=True).stdout)
    line = data[:cut].count(b"\n") + 1
    err = refused(mini, capsys)
    assert err.splitlines() == [f"translations/ru/mini.po:{line}: po-encoding: the file ends inside a character: it "
                                "was cut short (an interrupted save or copy?); save or copy it again whole"], err


def test_export_over_a_po_file_linked_from_a_shared_folder_refuses_and_keeps_the_link(mini, capsys, tmp_path):
    """translations/ru/mini.po a symbolic link to the translator's shared folder (a synced folder), the English
    of a block changed since: export renamed its new file over the link, the translator went on editing the linked
    file, which the edition no longer read, and never saw the STALE note. Refused, nothing written, the link kept."""
    from conftest import replace_once
    export_mini(mini)
    shared = tmp_path / "shared"
    shared.mkdir()
    path = po_file(mini)
    path.rename(shared / "mini.po")
    path.symlink_to(shared / "mini.po")
    kept = (shared / "mini.po").read_bytes()
    replace_once(mini / "tei" / "mini.xml", "Nothing more is known.", "Nothing more was known.")
    assert main(["--root", str(mini), "translations", "export", "--lang", "ru"]) == 1
    err = capsys.readouterr().err
    assert err.splitlines()[0] == (f"translations/ru/mini.po:0: write: a symbolic link (to {shared / 'mini.po'}): the "
                                   "command writes a file whole and renames it into place, which would replace the "
                                   "link and leave the linked file as it was; nothing written (link the folder instead "
                                   "of the file, or put the file itself here)"), err
    assert path.is_symlink() and (shared / "mini.po").read_bytes() == kept


def test_export_into_a_linked_folder_writes_through_it(mini, capsys, tmp_path):
    """The way out the refusal gives: translations/ru a link to the shared folder; export writes the file there."""
    from conftest import replace_once
    export_mini(mini)
    shared = tmp_path / "shared-ru"
    (mini / "translations" / "ru").rename(shared)
    (mini / "translations" / "ru").symlink_to(shared, target_is_directory=True)
    replace_once(mini / "tei" / "mini.xml", "Nothing more is known.", "Nothing more was known.")
    assert main(["--root", str(mini), "translations", "export", "--lang", "ru"]) == 0, capsys.readouterr().err
    assert "Nothing more was known." in (shared / "mini.po").read_text("utf-8")


def test_import_into_a_linked_document_refuses_and_keeps_the_link(mini, capsys, tmp_path):
    """tei/mini.xml a link to a file elsewhere (a shared checkout): the import renamed the merged document over
    the link, and the linked file, the one the other checkout and the editor's tools read, kept the old text."""
    from test_translations_support import edit_po, translate
    export_mini(mini)
    edit_po(po_file(mini), {"mini.by1": translate("От редакции")})
    outside = tmp_path / "elsewhere.xml"
    (mini / "tei" / "mini.xml").rename(outside)
    (mini / "tei" / "mini.xml").symlink_to(outside)
    before = outside.read_bytes()
    assert main(["--root", str(mini), "translations", "import"]) == 1
    err = capsys.readouterr().err
    assert err.splitlines()[0].startswith(f"tei/mini.xml:0: write: a symbolic link (to {outside})"), err
    assert (mini / "tei" / "mini.xml").is_symlink() and outside.read_bytes() == before


def test_a_file_whose_lines_end_in_a_carriage_return_alone_is_said_so(mini, capsys):
    """The exported file with classic Mac OS line ends (CR alone; `tr '\\n' '\\r'`, as an editor set to "CR"
    saves): one line to the reader, refused as "character U+000D at column 60 is not allowed", which names no
    line end. CRLF files are read as before (test_strangers)."""
    export_mini(mini)
    path = po_file(mini)
    data = _by1_translated(path).encode("utf-8")
    path.write_bytes(subprocess.run(["tr", "\\n", "\\r"], input=data, capture_output=True, check=True).stdout)
    err = refused(mini, capsys)
    assert err.splitlines() == ["translations/ru/mini.po:1: po-syntax: the lines end in a carriage return alone (CR, "
                                "the line end of classic Mac OS): save the file with LF (or CRLF) line ends"], err


# -- an interface catalog's Plural-Forms ----------------------------------------------------------------------------

def _ui_catalog_with_plural_forms(root: Path, formula: str) -> tuple[Path, int]:
    """The toolkit's Russian interface catalog copied into the edition, its Plural-Forms line replaced by `formula`
    (a hand edit of the header, as a hostile or careless translator makes it): (the catalog, that line)."""
    source = Path(__file__).resolve().parents[1] / "translations" / "ui" / "ru" / "LC_MESSAGES" / "ui.po"
    lines = source.read_text("utf-8").split("\n")
    start = next(i for i, t in enumerate(lines) if t.startswith('"Plural-Forms: '))
    end = next(i for i in range(start, len(lines)) if lines[i].endswith('\\n"'))
    lines[start:end + 1] = [f'"Plural-Forms: nplurals=3; plural={formula};\\n"']
    text = "\n".join(lines)
    path = root / "translations" / "ui" / "ru" / "LC_MESSAGES" / "ui.po"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, "utf-8")
    return path, text.split("\n").index(f'"Plural-Forms: nplurals=3; plural={formula};\\n"') + 1


def test_a_build_with_a_plural_formula_python_cannot_read_names_the_catalogs_line(tmp_path, cli):
    """3,000 nested brackets round "n%3": `build web` stopped on a traceback from Python's gettext ("plural form
    expression is too long"); the catalog is refused at its header's line, the previous site left."""
    from conftest import make_project
    root = make_project(tmp_path, "mini")
    _, line = _ui_catalog_with_plural_forms(root, "(" * 3000 + "n%3" + ")" * 3000)
    code, out, err = cli("--root", root, "build", "web")
    assert code == 1 and "Traceback" not in err
    assert (f"translations/ui/ru/LC_MESSAGES/ui.po:{line}: catalog: the header's Plural-Forms formula cannot be read "
            "(plural form expression is too long); copy the language's formula from a catalog `msginit -l ru` "
            "writes") in err.splitlines(), err


@pytest.mark.parametrize("formula, said", [
    ("n/0", "cannot be read (integer division or modulo by zero)"),
    ("n-5", "gives form -5 for n = 0, where nplurals = 3 (forms 0 to 2)"),
    ("n", "gives form 3 for n = 3, where nplurals = 3 (forms 0 to 2)")])
def test_a_plural_formula_that_fails_or_picks_no_form_is_refused(tmp_path, formula, said):
    """Formulas gettext's grammar takes that give no form of the catalog: "n/0" stopped the build on a
    ZeroDivisionError, "n-5" picked a form from the end of the list (Python's negative index), "n" the last form
    for every count over 2. msgfmt -c refuses the last two too."""
    from triglot import i18n
    from triglot.problems import InputError
    (tmp_path / "triglot.toml").write_text("", "utf-8")
    _, line = _ui_catalog_with_plural_forms(tmp_path, formula)
    with pytest.raises(InputError) as refused:
        i18n.ui_catalog(tmp_path, "ru")
    assert str(refused.value.problems[0]).startswith(
        f"translations/ui/ru/LC_MESSAGES/ui.po:{line}: catalog: the header's Plural-Forms formula {said}"), \
        str(refused.value.problems[0])
