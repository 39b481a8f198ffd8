"""hostile48: what hostile47 left in `translations import`: a PO file cut at a line end inside a translation of
several lines (valid PO: gettext's msgfmt --check and msgcat accept it, and its last translation, cut, was imported
as the translator's), and a run over several documents that wrote the good ones when another file was refused.

The cut files are made by `head -c` from files `translations export` wrote, as a full disk or a killed copy
leaves them; the judge of "valid PO" is gettext's own msgfmt.
"""
from __future__ import annotations

import re
import subprocess
from pathlib import Path

from conftest import copy_project
from test_translations_support import edit_po, export_mini, mini, msgfmt_check, translate  # noqa: F401
from triglot.cli import main

LEGRAN = "legran-letter-to-chicherin"


def _edition(tmp_path: Path) -> Path:
    return copy_project(tmp_path / "edition", translations=True)


def _continuation_ends(path: Path) -> list[int]:
    """Byte offsets just after each continuation line of a msgstr of several lines that is not its last line
    and after which no placeholder follows in that msgstr (so a cut there loses none: only the words)."""
    lines = path.read_bytes().split(b"\n")
    offsets, at, inside = [], 0, False
    for i, line in enumerate(lines):
        at += len(line) + 1
        if line == b'msgstr ""' and b"\nmsgctxt " in b"\n".join(lines[:i]):   # not the header's
            inside = True
            continue
        if not (inside and line.startswith(b'"')):
            inside = False
            continue
        rest = []
        for later in lines[i + 1:]:
            if not later.startswith(b'"'):
                break
            rest.append(later)
        if rest and not any(b"<" in r for r in rest):
            offsets.append(at)
    return offsets


def _cut(path: Path, size: int) -> None:
    """The file cut to its first `size` bytes by coreutils' head, as an interrupted copy leaves it."""
    data = subprocess.run(["head", "-c", str(size), str(path)], capture_output=True, check=True).stdout
    path.write_bytes(data)


def _import(root: Path, *files: Path, capsys) -> tuple[int, str, str]:
    status = main(["--root", str(root), "translations", "import", *map(str, files)])
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return status, out, err


def test_a_file_cut_at_a_line_end_inside_a_translation_is_refused_as_cut(tmp_path, capsys):
    """Cut after a line of a wrapped msgstr, the file is valid PO (msgfmt --check passes it) and no placeholder
    is lost; main imported the cut sentence into the Russian slot, exit 0."""
    root = _edition(tmp_path)
    path = root / "translations" / "ru" / f"{LEGRAN}.po"
    _cut(path, _continuation_ends(path)[0])
    assert msgfmt_check(path).returncode == 0
    tei = (root / "tei" / f"{LEGRAN}.xml").read_bytes()
    status, out, err = _import(root, path, capsys=capsys)
    assert status == 1
    assert f"translations/ru/{LEGRAN}.po:" in err and ": po-cut: the file was cut short" in err, err
    assert "more entries after it" in err, err
    assert (root / "tei" / f"{LEGRAN}.xml").read_bytes() == tei


def test_a_file_cut_without_its_final_newline_is_refused_at_the_translation_it_ends_in(tmp_path, capsys):
    root = _edition(tmp_path)
    path = root / "translations" / "ru" / f"{LEGRAN}.po"
    _cut(path, _continuation_ends(path)[0] - 1)
    assert msgfmt_check(path).returncode == 0
    status, out, err = _import(root, path, capsys=capsys)
    assert status == 1
    assert "po-cut: " in err and "it ends without its final newline, inside the msgstr begun here" in err, err


def test_the_document_s_last_translation_cut_at_its_wrapping_space_is_refused(mini, capsys):
    """Nothing follows the document's last entry in the catalogue, so only the cut itself shows: gettext wraps a
    long line after a space, and a translation whose last line ends in that space, its English not, was cut."""
    export_mini(mini)
    path = mini / "translations" / "ru" / "mini.po"
    from triglot.translate import po
    last = po.read(path.read_bytes(), "mini.po")[1][-1].context
    edit_po(path, {last: translate("Больше ничего не известно ни о встрече, ни о её участниках, ни о том, что "
                                   "они сказали друг другу в тот день в Ереване.")})
    _cut(path, _continuation_ends(path)[-1])
    assert msgfmt_check(path).returncode == 0
    tei = (mini / "tei" / "mini.xml").read_bytes()
    status, out, err = _import(mini, path, capsys=capsys)
    assert status == 1
    assert "po-cut: " in err and "ends at a space where gettext wraps a line" in err, err
    assert (mini / "tei" / "mini.xml").read_bytes() == tei


def test_a_file_cut_between_entries_says_how_many_of_the_document_s_entries_it_held(tmp_path, capsys):
    """Cut at the end of an entry of one line, the file holds whole entries only: nothing cut is imported, and the
    import says how many of the document's entries it read, so the translator sees the rest is missing. (Cut after
    an entry whose translation has several lines, the file cannot be told from one cut inside it, and is refused.)"""
    root = _edition(tmp_path)
    path = root / "translations" / "ru" / f"{LEGRAN}.po"
    text = path.read_bytes()
    one_line = re.search(rb'\nmsgstr "[^"\n]+"\n', text)   # an entry whose translation is one line: whole
    _cut(path, one_line.end())
    held = text[:one_line.end()].count(b"\nmsgctxt ")
    status, out, err = _import(root, path, capsys=capsys)
    assert status == 0, err
    assert f"translations/ru/{LEGRAN}.po: {held} of the 26 entries of tei/{LEGRAN}.xml read" in out, out


def test_a_whole_file_says_nothing_of_entries_missing(tmp_path, capsys):
    root = _edition(tmp_path)
    status, out, err = _import(root, root / "translations" / "ru" / f"{LEGRAN}.po", capsys=capsys)
    assert status == 0, err
    assert "entries of" not in out, out


def _retranslate(path: Path, words: str) -> None:
    """A translator's edit in a PO editor: the first entry's draft replaced by `words`, kept a draft."""
    from triglot.translate import po
    first = po.read(path.read_bytes(), path.name)[1][0]
    edit_po(path, {first.context: translate(words + " " + first.msgstr)})


def test_one_refused_file_in_a_run_writes_no_document(tmp_path, capsys):
    """A run over a translator's export of three documents, the third file broken: main wrote the first two and
    exited 1, the edition half old and half new. Now nothing is written, and the two are named as held back."""
    root = _edition(tmp_path)
    ru = root / "translations" / "ru"
    good = sorted(ru.glob("*.po"))[:2]
    bad = sorted(ru.glob("*.po"))[2]
    for path in good:
        _retranslate(path, "Исправлено:")
    bad.write_bytes(bad.read_bytes().replace(b'\nmsgstr "', b'\nmsgstr "\xd0', 1))   # a letter cut in two
    before = {p: p.read_bytes() for p in (root / "tei").glob("*.xml")}
    status, out, err = _import(root, *good, bad, capsys=capsys)
    assert status == 1
    assert f"translations/ru/{bad.name}:" in err, err
    assert {p: p.read_bytes() for p in (root / "tei").glob("*.xml")} == before
    assert out.count("not written: tei/") == 2, out


def test_the_mended_run_writes_every_document(tmp_path, capsys):
    root = _edition(tmp_path)
    ru = root / "translations" / "ru"
    good = sorted(ru.glob("*.po"))[:2]
    for path in good:
        _retranslate(path, "Исправлено:")
    before = {p: p.read_bytes() for p in (root / "tei").glob("*.xml")}
    status, out, err = _import(root, *good, capsys=capsys)
    assert status == 0, err
    changed = [p.name for p, data in before.items() if p.read_bytes() != data]
    assert len(changed) == 2 and "2 documents updated" in out, (changed, out)
    assert not (root / ".triglot-undo").exists()


def test_a_file_lacking_the_document_s_last_entries_whose_last_translation_ends_as_its_english_is_read(
        tmp_path, capsys):
    """A translator's file made before the editor added a block at the document's end (or a tool's download of
    some entries only) lacks the entries after its last one. When that last translation has several lines and
    ends as its English does (a sentence's closing mark), nothing in it is cut: its entries are imported and the
    count says what is missing, as for a file whose last translation is one line. The branch refused it as cut
    short and told the translator to take the whole file again, which is the whole file."""
    root = _edition(tmp_path)
    path = root / "translations" / "ru" / f"{LEGRAN}.po"
    from triglot.translate import po
    entries = po.read(path.read_bytes(), path.name)[1]
    text = path.read_bytes()
    ends = [m.end() for m in re.finditer(rb'\nmsgstr ""\n(?:"[^\n]*"\n)+', text)]
    end = ends[-2]                       # after a translation of several lines, entries following it
    kept = text[:end].count(b"\nmsgctxt ")
    last = entries[kept - 1]
    assert last.msgstr[-1:] in ".»" and last.msgid[-1:] == ".", (last.msgid[-20:], last.msgstr[-20:])
    path.write_bytes(text[:end])
    edit_po(path, {entries[0].context: translate("Исправлено: " + entries[0].msgstr)})
    assert msgfmt_check(path).returncode == 0
    status, out, err = _import(root, path, capsys=capsys)
    assert status == 0, err
    assert f"translations/ru/{LEGRAN}.po: {kept} of the 26 entries of tei/{LEGRAN}.xml read" in out, out
    assert "Исправлено:" in (root / "tei" / f"{LEGRAN}.xml").read_text("utf-8")
