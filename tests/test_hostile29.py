"""Session 23's hostile round (round 29) on what earlier rounds visited least: the translators' files
as their tools write them (XLIFF character codes and target languages, gettext's previous strings of
obsolete entries), the settings with odd but well-typed values, and `encode` given seeds that are no
plain text or that another document already encodes. Each test failed before its fix."""
from __future__ import annotations

from pathlib import Path

import pytest

from conftest import make_project


def _export(cli, root: Path, fmt: str) -> Path:
    """The Russian translation file of tests/roots/mini as `translations export` writes it."""
    code, _, err = cli("--root", root, "translations", "export", "--lang", "ru", "--format", fmt)
    assert code == 0, err
    return root / "translations" / ("xliff/ru/mini.xlf" if fmt == "xliff" else "ru/mini.po")


def _import(cli, root: Path, path: Path) -> tuple[int, str, bytes]:
    """`translations import` of one file: (exit status, stderr, the document after it)."""
    code, _, err = cli("--root", root, "translations", "import", "--resp", "resp-draft-ru", path)
    return code, err, (root / "tei" / "mini.xml").read_bytes()


def _target(xlf: Path, target: str) -> None:
    """Give the note's unit a translated target, as a CAT tool saves it."""
    text = xlf.read_text(encoding="utf-8")
    old = '<segment id="s1" state="initial">\n        <source>A test note.</source>'
    assert old in text
    xlf.write_text(text.replace(old, old.replace("initial", "translated") + target), encoding="utf-8")


# ---------------------------------------------------------------- XLIFF as CAT tools write it

@pytest.mark.parametrize("hex_value", ["FFFFFFFF", "110000", "D800"])
def test_a_character_code_that_names_no_character_is_refused_at_its_line(tmp_path, cli, hex_value):
    """XLIFF's <cp hex="…"/> stands for a character XML cannot hold; a value past U+10FFFF stopped
    `translations import` with an OverflowError or ValueError traceback, and a surrogate (D800, no
    character at all) with a UnicodeEncodeError one."""
    root = make_project(tmp_path)
    xlf = _export(cli, root, "xliff")
    _target(xlf, f'<target>a<cp hex="{hex_value}"/>b</target>')
    before = (root / "tei" / "mini.xml").read_bytes()
    code, err, after = _import(cli, root, xlf)
    assert code == 1 and "Traceback" not in err
    assert f"translations/xliff/ru/mini.xlf:36: xliff-code: mini.n1: <cp hex=\"{hex_value}\"/>" in err, err
    assert after == before


def test_a_target_in_another_language_than_the_files_is_refused_at_its_line(tmp_path, cli):
    """XLIFF 2.0 gives a <target> that states its xml:lang the file's trgLang: a Russian file
    (trgLang="ru") whose target a tool marked xml:lang="hy" was imported into the Russian slot
    without a word, though the file itself says the text is Armenian."""
    root = make_project(tmp_path)
    xlf = _export(cli, root, "xliff")
    _target(xlf, '<target xml:lang="hy">Заметка.</target>')
    before = (root / "tei" / "mini.xml").read_bytes()
    code, err, after = _import(cli, root, xlf)
    assert code == 1 and after == before
    assert "translations/xliff/ru/mini.xlf:36: xliff-language: mini.n1: the target is marked xml:lang='hy'" in err, err


def test_a_target_marked_with_the_files_own_language_is_imported(tmp_path, cli):
    root = make_project(tmp_path)
    xlf = _export(cli, root, "xliff")
    _target(xlf, '<target xml:lang="ru">Заметка.</target>')
    code, err, after = _import(cli, root, xlf)
    assert code == 0, err
    assert "Заметка." in after.decode("utf-8")


# ---------------------------------------------------------------- PO files as gettext's tools write them

# An entry whose block is gone, as `msgmerge --previous` keeps it: obsolete, with its previous strings
# (gettext writes them `#~| msgctxt`, `#~| msgid`).
OBSOLETE_WITH_PREVIOUS = '''
#, fuzzy
#~| msgctxt "mini.p9"
#~| msgid "An older sentence."
#~ msgctxt "mini.p9"
#~ msgid "A sentence since removed."
#~ msgstr "Предложение, которого больше нет."
'''


def test_an_obsolete_entry_with_previous_strings_is_read_as_gettext_reads_it(tmp_path, cli):
    """`msgmerge --previous` keeps a removed block's entry obsolete with its previous strings on
    `#~|` lines, which msgfmt and msgcat read; Babel's reader called them an 'Unknown or misformatted
    keyword' and `translations import` refused the whole file at that line."""
    root = make_project(tmp_path)
    path = _export(cli, root, "po")
    text = path.read_text(encoding="utf-8")
    old = 'msgctxt "mini.n1"\nmsgid "A test note."\nmsgstr ""'
    assert old in text
    path.write_text(text.replace(old, "#, fuzzy\n" + old[:-2] + '"Заметка."') + OBSOLETE_WITH_PREVIOUS, encoding="utf-8")
    code, err, after = _import(cli, root, path)
    assert code == 0, err
    assert "Заметка." in after.decode("utf-8") and "Предложение" not in after.decode("utf-8")


# ---------------------------------------------------------------- settings

def _settings(tmp_path, old: str, new: str) -> Path:
    """tests/roots/mini with one change to its triglot.toml."""
    root = make_project(tmp_path)
    text = (root / "triglot.toml").read_text(encoding="utf-8")
    assert old in text
    (root / "triglot.toml").write_text(text.replace(old, new, 1), encoding="utf-8")
    return root


@pytest.mark.parametrize("table, line", [("note-labels", 'fr = "abc"'), ("title", 'de = "Titel"'),
                                         ("statement", 'fr = "Texte"')])
def test_a_print_setting_for_a_language_no_book_has_is_refused_at_its_line(tmp_path, cli, table, line):
    """print.note-labels, print.title and print.statement are read for the columns of a book, so a
    language the documents are not in (a language dropped from the edition, or meant for another edition) was
    read by no book and said nothing: the book took the default letters or title, as if the editor
    had given none."""
    new = f"[print.note-labels]\n{line}" if table == "note-labels" else f"[print.{table}]\n{line}\n\n[print.note-labels]"
    root = _settings(tmp_path, "[print.note-labels]", new)
    code, _, err = cli("--root", root, "validate")
    lang = line.split()[0]
    assert code == 1
    assert f"triglot.toml:18: settings: print.{table}.{lang}: {lang!r} is not a language of the documents" in err, err


def test_an_empty_list_of_interface_languages_is_refused_at_its_line(tmp_path, cli):
    """`interface = []` passed the settings, and `build web` published a site of static files and
    no page at all (no index.html, no document) and exited 0."""
    root = _settings(tmp_path, 'translations = ["ru", "hy"]', 'translations = ["ru", "hy"]\ninterface = []')
    code, _, err = cli("--root", root, "build", "web")
    assert code == 1 and not (root / "build" / "web").exists()
    assert "triglot.toml:16: settings: languages.interface: empty" in err, err


def test_settings_nested_deeper_than_python_reads_are_refused_in_the_settings_file(tmp_path, cli):
    """tomllib reads arrays by recursion: `x = [[[…]]]` 10,000 deep gave a RecursionError, which the
    command reported as 'triglot:0: limit: …', naming no file."""
    root = _settings(tmp_path, "[print.note-labels]", "[web]\nx = " + "[" * 10_000 + "]" * 10_000 + "\n\n[print.note-labels]")
    code, _, err = cli("--root", root, "validate")
    assert code == 1
    assert err.startswith("triglot.toml:0: settings: not valid TOML: nested too deeply"), err


# ---------------------------------------------------------------- encode: a seed another document has

def test_a_seed_another_document_encodes_is_not_encoded_again_under_another_id(tmp_path, cli):
    """`encode seeds/mini.txt --id mini-copy` beside tests/roots/mini's mini.xml wrote a second
    document of the same text, and validate passed both: the edition published the letter twice."""
    root = make_project(tmp_path)
    code, _, err = cli("--root", root, "encode", root / "seeds" / "mini.txt", "--id", "mini-copy")
    assert code == 1 and not (root / "tei" / "mini-copy.xml").exists()
    assert "tei/mini.xml:14: encode: seeds/mini.txt is already this document's seed" in err, err


def test_a_seed_named_as_another_documents_seed_is_refused_before_its_copy_could_replace_it(tmp_path, cli):
    """Another text saved as mini.txt outside seeds/ was encoded, its header naming seeds/mini.txt,
    mini.xml's seed, and encode's note said to copy it there: done, the letter's seed was lost and
    validate reported mini.xml as departing from its seed."""
    root = make_project(tmp_path)
    elsewhere = tmp_path / "inbox" / "mini.txt"
    elsewhere.parent.mkdir()
    elsewhere.write_text("Another text entirely.\n", encoding="utf-8")
    code, _, err = cli("--root", root, "encode", elsewhere, "--id", "other")
    assert code == 1 and not (root / "tei" / "other.xml").exists()
    assert "tei/mini.xml:14: encode: seeds/mini.txt is already this document's seed" in err, err


def test_a_seed_named_as_a_seed_no_document_encodes_yet_is_refused_when_it_is_another_text(tmp_path, cli):
    root = make_project(tmp_path)
    (root / "seeds" / "waiting.txt").write_text("A text still to encode.\n", encoding="utf-8")
    elsewhere = tmp_path / "inbox" / "waiting.txt"
    elsewhere.parent.mkdir()
    elsewhere.write_text("Another text entirely.\n", encoding="utf-8")
    code, _, err = cli("--root", root, "encode", elsewhere, "--id", "other")
    assert code == 1 and not (root / "tei" / "other.xml").exists()
    assert "seeds/waiting.txt:0: encode: another text of this name is already in seeds/" in err, err
    assert cli("--root", root, "encode", root / "seeds" / "waiting.txt", "--id", "waiting")[0] == 0


# ---------------------------------------------------------------- encode: a document saved as .txt

@pytest.mark.parametrize("data, what", [
    (b"{\\rtf1\\ansi\\ansicpg1252\\cocoartf2580\n{\\fonttbl\\f0\\fswiss Helvetica;}\n\\f0\\fs24 Moscow, 2 July 1920.}\n",
     "an RTF document"),
    (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", "a PDF file"),
    (b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", "a PDF file"),
])
def test_a_word_processors_file_saved_as_txt_is_named_for_what_it_is(tmp_path, cli, data, what):
    """An RTF file (what TextEdit and WordPad save) passed as plain text, and encode wrote a document
    whose 'source text exactly as received' was RTF's control words; a PDF renamed .txt was told to
    be converted from CP1251 with iconv, a PDF without a binary comment line encoded as text too."""
    root = make_project(tmp_path)
    seed = tmp_path / "inbox" / "letter.txt"
    seed.parent.mkdir()
    seed.write_bytes(data)
    code, _, err = cli("--root", root, "encode", seed, "--id", "letter")
    assert code == 1 and not (root / "tei" / "letter.xml").exists()
    assert f"letter.txt:1: seed: the file is {what}" in err and "not a plain-text seed" in err, err


# ---------------------------------------------------------------- slots of a language the settings dropped

def test_the_slots_of_a_language_the_settings_no_longer_list_are_kept_and_said(tmp_path, cli):
    """hy taken out of languages.translations (or a typo there) while every document keeps its
    Armenian slots: the web edition, the books and the exports left the Armenian translations out
    without a word, though each header's langUsage still promised them. The slots are a translator's
    work, kept (validate passes: the editors may withdraw a language for a while); `check` names them
    (rule dropped-language) and the build says so at the div's line."""
    root = _settings(tmp_path, 'translations = ["ru", "hy"]', 'translations = ["ru"]')
    text = (root / "triglot.toml").read_text(encoding="utf-8")
    (root / "triglot.toml").write_text(text[:text.index("hy = ")], encoding="utf-8")   # and its note labels
    assert cli("--root", root, "validate")[0] == 0
    code, out, err = cli("--root", root, "build", "web")
    assert code == 0, err
    assert "tei/mini.xml:46: dropped-language: Armenian (hy) slots" in out + err, out + err


# ---------------------------------------------------------------- bench's own arguments

@pytest.mark.parametrize("names", [["nope"], ["validate", "nope"]])
def test_an_unknown_benchmark_is_a_problem_told_before_any_benchmark_runs(tmp_path, cli, monkeypatch, names):
    """`bench nope` printed 'unknown benchmark' on stdout (into the JSON a `--format json` reader
    parses), in no file:line: rule: message form, and `bench validate nope` ran the validate
    benchmark to the end before saying that 'nope' was none."""
    from triglot.validate import bench
    started = []
    monkeypatch.setattr(bench, "run", lambda root: started.append(root) or {})
    code, out, err = cli("--root", make_project(tmp_path), "bench", "--format", "json", *names)
    assert code == 1 and out == "" and started == []
    assert err.startswith("nope:0: bench: unknown benchmark; the benchmarks are print, validate,"), err


# ---------------------------------------------------------------- settings the round left

@pytest.mark.parametrize("base", ["https://w3id.org/triglot", "https://w3id.org/%zz/", "https://w3id.org/t#x#y/"])
def test_a_uri_base_that_gives_no_documents_url_is_refused(tmp_path, cli, base):
    """A document's permanent URL is the base and its id: "…/triglot" gave "…/triglotmini", and "%zz" or
    a second "#" no URL at all, in every header, citation and library record."""
    root = _settings(tmp_path, 'uri-base = "https://w3id.org/triglot/"', f'uri-base = "{base}"')
    code, out, err = cli("--root", root, "validate")
    assert code == 1 and "edition.uri-base" in out + err and "end it with" in out + err, out + err


def test_an_editor_named_over_two_lines_is_refused(tmp_path, cli):
    """encode writes each editor into a new document's header, where XML reads the break as a space:
    the header then named another editor than the settings (the publisher was refused for this)."""
    root = make_project(tmp_path)
    text = (root / "triglot.toml").read_text(encoding="utf-8")
    text = text.replace("[edition]\n", '[edition]\neditors = ["Ann\\nBee"]\n', 1)
    (root / "triglot.toml").write_text(text, encoding="utf-8")
    code, out, err = cli("--root", root, "validate")
    assert code == 1 and "edition.editors: each name must be one line" in out + err, out + err


def test_a_plural_translation_without_msgid_plural_is_refused_as_msgfmt_refuses_it(tmp_path):
    """`msgstr[0]` in an entry with no `msgid_plural` was imported as the translation; gettext's
    `msgfmt -c` calls the file wrong ("missing 'msgid_plural' section"). It is told at its line, and
    nothing is written."""
    import subprocess
    from test_translations_support import export_mini, import_mini, make_mini
    mini = make_mini(tmp_path)
    export_mini(mini)
    po = mini / "translations" / "ru" / "mini.po"
    text = po.read_text("utf-8")
    start = text.index('msgctxt "mini.p3"')
    at = text.index('msgstr ""', start)
    po.write_text(text[:at] + 'msgstr[0] "Больше ничего не известно."' + text[at + len('msgstr ""'):], "utf-8")
    assert subprocess.run(["msgfmt", "-c", "-o", "/dev/null", str(po)], capture_output=True).returncode != 0
    before = (mini / "tei" / "mini.xml").read_bytes()
    problems = import_mini(mini, [po]).problems
    assert [p.rule for p in problems] == ["po-syntax"] and "msgid_plural" in problems[0].message, problems
    assert (mini / "tei" / "mini.xml").read_bytes() == before


def test_a_seed_of_only_furniture_is_named_from_the_editions_root(tmp_path, cli):
    """A seed of lines of no-break and ideographic spaces alone, given by its absolute path, was named
    by that path (/tmp/…/seeds/blank.txt:0) where every other message names seeds/blank.txt."""
    from conftest import edition_with_seed
    project, seed = edition_with_seed(tmp_path, "blank.txt", "\u00a0\n\u2003\n\u3000\n")
    code, _, err = cli("--root", project, "encode", seed.resolve(), "--id", "blank")
    assert code == 1 and err.startswith("seeds/blank.txt:0: seed: every line of the seed was taken"), err


def test_an_edition_name_too_long_to_name_its_files_is_refused(tmp_path, cli):
    """edition.name names the books (NAME-en-ru-hy.pdf) and the corpus file: 300 characters were
    accepted, and the files' names would pass the 255 bytes a file system allows."""
    root = _settings(tmp_path, 'name = "triglot"', 'name = "' + "a" * 300 + '"')
    code, out, err = cli("--root", root, "validate")
    assert code == 1 and "edition.name: 300 characters: at most 100" in out + err, out + err
