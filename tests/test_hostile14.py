"""Session 14's hostile round: session 13's additions (writing direction, odd language codes,
year-less dates, the wrong-script import, register headers) and the translators' own tools on
the exported files, used by a careless or hostile user. Each test failed before its fix."""
from __future__ import annotations

from pathlib import Path

import pytest

from conftest import make_project, replace_once

# ---------------------------------------------------------------- languages whose script is a combination


@pytest.mark.parametrize("script, lang, text, run", [
    ("Hans", "zh", "Письмо 中文信 пришло", "中文信"),
    ("Hant", "zh-Hant", "Письмо 中文信 пришло", "中文信"),
    ("Jpan", "ja", "Письмо ひらがなと漢字 пришло", "ひらがなと漢字"),
    ("Kore", "ko", "Письмо 한국어 пришло", "한국어"),
], ids=["Hans", "Hant", "Jpan", "Kore"])
def test_a_run_in_a_script_that_combines_unicode_scripts_is_marked(script, lang, text, run):
    """CLDR writes Chinese, Japanese and Korean in ISO 15924's combined scripts (Hans, Hant, Jpan,
    Kore), which are no value of Unicode's Script property: ICU's [:Script=Hans:] is empty, the
    pattern made of it ('[]+…') did not compile, and `build web` of any edition with zh, ja or ko
    among its languages stopped with a re.error traceback."""
    from triglot.web import script_runs
    assert (lang, run) in script_runs.runs(text, "Cyrl", {script: lang, "Cyrl": "ru"})


def test_han_letters_in_a_japanese_passage_are_not_marked_chinese():
    from triglot.web import script_runs
    assert script_runs.runs("ひらがなと漢字", "Jpan", {"Hans": "zh", "Jpan": "ja"}) == [("", "ひらがなと漢字")]


def test_a_private_use_script_marks_nothing_and_stops_nothing():
    """'ru-Qaaa' is a tag CLDR parses; ICU refuses [:Script=Qaaa:] (an ICUError traceback)."""
    from triglot.web import script_runs
    assert script_runs.runs("Письмо text", "Latn", {"Qaaa": "ru-Qaaa", "Latn": "en"}) == [("", "Письмо text")]


# ---------------------------------------------------------------- tags with a script or a region

def test_a_language_with_a_script_or_region_is_named_not_shown_as_its_tag():
    """`new --base zh-Hant --translations sr-Latn` makes an edition the settings accept, but CLDR's
    language table is keyed 'zh_Hant', and the web edition's labels said 'Zh-Hant: the base text',
    'draft Sr-Latn translation'; `encode` said 'base text is in Zh-Hant'."""
    from triglot.i18n import language_name
    assert language_name("zh-Hant", "en") == "Traditional Chinese"
    assert language_name("sr-Latn", "en") == "Serbian (Latin)"
    assert language_name("pt-BR", "ru") == "Бразильский португальский"
    assert language_name("ru", "en") == "Russian"


def test_a_tag_cldr_cannot_name_is_shown_as_written():
    """A private-use passage's language was labelled "X-private" in search results: a tag changed
    in case is no tag, and no language has that name."""
    from triglot.i18n import language_name
    assert language_name("x-private", "en") == "x-private"
    assert language_name("qaa", "ru") == "qaa"


@pytest.mark.parametrize("tag", ["zh-Hant", "sr-Latn", "pt-BR"])
def test_dates_names_and_numbers_in_a_language_with_a_script_or_region(tag):
    """Locale.parse takes 'pt_BR', not 'pt-BR' (ValueError: expected only letters): a date, a
    language name or a coordinate in an interface language so tagged stopped the build."""
    from triglot.i18n import format_date, language_name
    from triglot.web.search import plural_category
    assert "1920" in format_date("1920-10-02", tag)
    assert language_name("en", tag) != "En"
    assert plural_category(tag)(1) in ("one", "other")


# ---------------------------------------------------------------- translators' tools on the PO files

def test_two_translations_msgcat_merged_into_one_entry_are_refused(tmp_path, capsys):
    """`msgcat a.po b.po` (two translators' copies of one file) writes an entry the two translate
    differently as both translations between '#-#-#-#-#  a.po (…)  #-#-#-#-#' lines, fuzzy. For an
    entry without placeholders import took the whole of it, markers and both versions, as the
    translation (exit 0)."""
    import shutil
    import subprocess
    from test_translations_support import edit_po, export_mini, make_mini, translate
    from triglot.cli import main
    root = make_mini(tmp_path)
    export_mini(root)
    po_path = root / "translations" / "ru" / "mini.po"
    copies = []
    for who in ("a", "b"):
        (tmp_path / who).mkdir()
        copies.append(tmp_path / who / "mini.po")
        shutil.copy(po_path, copies[-1])
        edit_po(copies[-1], {"mini.p3": translate(f"Больше ничего не известно ({who}).")})
    subprocess.run(["msgcat", *map(str, copies), "-o", str(po_path)], check=True)
    assert "#-#-#-#-#" in po_path.read_text("utf-8")
    before = (root / "tei" / "mini.xml").read_bytes()
    assert main(["--root", str(root), "translations", "import"]) == 1
    err = capsys.readouterr().err
    assert "translations/ru/mini.po:" in err and "po-merged:" in err and "mini.p3" in err, err
    assert (root / "tei" / "mini.xml").read_bytes() == before


def test_an_edit_whose_export_line_a_tool_dropped_survives_the_advice(tmp_path, capsys):
    """A tool (or a tidy translator) that drops translator comments drops `# triglot-export:` too.
    Import then calls the edit a conflict and says to run `triglot translations export`, 'your text
    is kept'; but export took an entry without that line for unedited and wrote the TEI's text over
    the translator's, exit 0: the edit was lost by following the advice."""
    import re
    import polib
    from test_translations_support import edit_po, export_mini, make_mini, translate
    from triglot.cli import main
    root = make_mini(tmp_path)
    export_mini(root)
    po_path = root / "translations" / "ru" / "mini.po"
    edit_po(po_path, {"mini.p3": translate("Из TEI.")})
    assert main(["--root", str(root), "translations", "import"]) == 0
    assert main(["--root", str(root), "translations", "export"]) == 0
    edit_po(po_path, {"mini.p3": translate("Больше ничего не известно.")})
    po_path.write_text(re.sub(r"(?m)^# triglot-export: .*\n", "", po_path.read_text("utf-8")), "utf-8")
    capsys.readouterr()
    assert main(["--root", str(root), "translations", "import"]) == 1
    err = capsys.readouterr().err
    assert "conflict" in err and "`triglot translations export`" in err
    assert "has no `# triglot-export:` line" in err and "changed in the TEI since export" not in err
    assert main(["--root", str(root), "translations", "export"]) == 0
    entry = polib.pofile(str(po_path)).find("mini.p3", by="msgctxt")
    assert entry.msgstr == "Больше ничего не известно." and "Из TEI." in entry.tcomment
    po_path.write_text(re.sub(r"(?m)^# CONFLICT: .*\n", "", po_path.read_text("utf-8")), "utf-8")
    assert main(["--root", str(root), "translations", "import"]) == 0, capsys.readouterr().err
    from triglot.edition import load
    slot = load(root).documents[0].slots["ru"]["mini.p3"]
    assert "".join(slot.itertext()) == "Больше ничего не известно."


# ---------------------------------------------------------------- a full disk

def test_a_full_disk_names_the_file_that_could_not_be_written(tmp_path, capsys, monkeypatch):
    """On a full disk (tried on a tmpfs) import said 'triglot:0: os: No space left on device': the
    write to the temporary file's descriptor carries no file name, so the line named none."""
    import errno
    import os
    from test_translations_support import edit_po, export_mini, make_mini, translate
    from triglot import xmlio
    from triglot.cli import main
    root = make_mini(tmp_path)
    export_mini(root)
    edit_po(root / "translations" / "ru" / "mini.po", {"mini.p3": translate("Больше ничего не известно.")})
    before = (root / "tei" / "mini.xml").read_bytes()
    real = os.fdopen

    class Full:
        def __init__(self, fh):
            self.fh = fh

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.fh.close()

        def write(self, data):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
    monkeypatch.setattr(xmlio.os, "fdopen", lambda fd, mode="r", *a: Full(real(fd, mode)) if mode == "wb" else real(fd, mode, *a))
    assert main(["--root", str(root), "translations", "import"]) == 1
    err = capsys.readouterr().err
    assert "mini.xml:0: os: No space left on device" in err, err
    assert (root / "tei" / "mini.xml").read_bytes() == before
    assert [p.name for p in (root / "tei").iterdir() if p.name.endswith(".tmp")] == []


def test_a_build_that_fails_on_a_full_disk_says_so_and_keeps_no_search_bundle(tmp_path, cli, monkeypatch):
    """On a full tmpfs, Pagefind (exit 0) left an empty pagefind-entry.json while the pages failed
    to be written; the build then tidied and stored that bundle on its way out, and its JSONDecodeError
    traceback hid the disk-full error. A build that fails keeps nothing Pagefind made beside it."""
    import errno
    import os
    from triglot.web import builder, search
    root = make_project(tmp_path)
    real_tidy = search._tidy_bundle

    def full_disk_bundle(bundle):      # what Pagefind leaves on a full disk
        (bundle / "pagefind-entry.json").write_text("", "utf-8")
        real_tidy(bundle)

    def full_disk(*args, **kwargs):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(root / "build" / "web" / "x.html"))
    monkeypatch.setattr(search, "_tidy_bundle", full_disk_bundle)
    monkeypatch.setattr(builder, "_copy_downloads", full_disk)
    code, out, err = cli("--root", root, "build", "web")
    assert code == 1 and "x.html:0: os: No space left on device" in err, err
    kept = root / "build" / "web-cache" / "pagefind"
    assert not kept.exists() or not any(p.name[0] != "." for p in kept.iterdir())


def test_a_damaged_pagefind_entry_file_stops_the_build_with_its_name(tmp_path):
    from triglot.problems import InputError
    from triglot.web import search
    (tmp_path / "pagefind-entry.json").write_text("", "utf-8")
    with pytest.raises(InputError) as caught:
        search._tidy_bundle(tmp_path)
    assert "pagefind-entry.json:0: search-index: Pagefind wrote a damaged entry file" in str(caught.value)


def test_a_folder_copied_in_part_on_a_full_disk_says_which_file_in_one_line(tmp_path, cli, monkeypatch):
    """shutil.copytree gathers its failures in a shutil.Error (an OSError without errno or file
    name): `build web` on a full disk printed 'triglot:0: os: [(SRC, DST, "[Errno 28] No space
    left on device: …"), …]', every failed file's tuple in one line."""
    import shutil
    from triglot.web import builder
    root = make_project(tmp_path)
    target = str(root / "build" / "web" / "static" / "site.js")

    def copied_in_part(src, dst, *args, **kwargs):
        raise shutil.Error([(str(src) + "/site.js", target, f"[Errno 28] No space left on device: '{target}'")])
    monkeypatch.setattr(builder.shutil, "copytree", copied_in_part)
    code, out, err = cli("--root", root, "build", "web")
    assert code == 1 and err.strip() == f"{target}:0: os: No space left on device", err


# ---------------------------------------------------------------- new: options that are not one TOML value

@pytest.mark.parametrize("base", ["e n", 'en"', "en="])
def test_new_with_a_base_code_that_is_no_toml_key_names_the_code(tmp_path, cli, base):
    """The base code went unquoted into `title = { CODE = "…" }`: a code with a space, a quote or
    '=' made 'triglot.toml:6: settings: not valid TOML: Expected '=' after a key', about a file
    that was never written, instead of saying the code is none."""
    code, out, err = cli("new", tmp_path / "ed", "--title", "X", "--base", base, "--translations", "ru",
                         "--publisher", "P")
    assert code == 1 and f"languages.base: {base!r} is not a language code" in err, err
    assert "not valid TOML" not in err and not (tmp_path / "ed").exists()


def test_new_with_a_line_break_in_the_publisher_makes_no_edition_that_validate_refuses(tmp_path, cli):
    """A publisher with a line break was 'not valid TOML'; written escaped, the registers' headers
    (where XML reads it as a space) then disagreed with the settings: three edition-header problems in
    an edition new promises valid. A publisher is one line."""
    code, out, err = cli("new", tmp_path / "ed", "--title", "X", "--translations", "ru", "--publisher", "A\nB")
    assert code == 1 and "settings: edition.publisher: must be one line" in err, err
    assert not (tmp_path / "ed").exists()


def test_a_control_character_in_a_setting_is_refused_at_its_line(tmp_path, cli):
    """`new --title $'T\\x01'` stopped with lxml's ValueError traceback (the registers' titles); the same
    character typed into triglot.toml as \\u0001 passed the settings check of every command."""
    code, out, err = cli("new", tmp_path / "ed", "--title", "T\x01", "--translations", "ru", "--publisher", "P")
    assert code == 1 and "edition.title.en: holds the control character U+0001" in err, err
    assert not (tmp_path / "ed").exists()
    root = make_project(tmp_path)
    replace_once(root / "triglot.toml", 'publisher = "Triglot project"', 'publisher = "Triglot\\u0007 project"')
    code, out, err = cli("--root", root, "validate")
    assert code == 1 and err.startswith("triglot.toml:5: settings: edition.publisher: holds the control "
                                        "character U+0007"), err


# ---------------------------------------------------------------- writing direction

@pytest.mark.parametrize("tag, direction", [("fa-Latn", "ltr"), ("ar-Latn", "ltr"), ("he-Latn", "ltr"),
                                            ("az-Arab", "rtl"), ("fa", "rtl"), ("az", "ltr"), ("ru", "ltr")])
def test_a_tag_that_names_its_script_has_that_scripts_direction(tag, direction):
    """CLDR gives a locale its language's direction whatever its script: romanised Persian ('fa-Latn'),
    a translation language an edition may well have, was set right to left in web and print."""
    from triglot import i18n
    assert i18n.direction(tag) == direction


def test_a_script_tagged_phrase_inside_a_right_to_left_edition_keeps_its_own_direction(tmp_path):
    """direction.xsl fell back from any tag to its language: in a Persian edition (rtl-languages
    "fa") a romanised phrase `xml:lang="fa-Latn"` got dir="rtl". A tag that names its script is
    read by that script; a region (fa-IR) still falls back to its language."""
    from triglot.xslt import compile_stylesheet, transform_to_string
    sheet = tmp_path / "dir.xsl"
    sheet.write_text(f"""<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
      <xsl:import href="{(Path(__file__).resolve().parents[1] / 'xslt' / 'modules' / 'direction.xsl').as_uri()}"/>
      <xsl:template match="/"><xsl:apply-templates mode="direction"/></xsl:template>
    </xsl:stylesheet>""", "utf-8")
    page = ('<div lang="en"><p lang="fa">x</p><p lang="fa-Latn">y</p><p lang="fa-IR">z</p>'
            '<p lang="fa-Arab-IR">w</p></div>')
    out = transform_to_string(compile_stylesheet(sheet), page, params={"rtl-languages": "fa"})
    assert '<p lang="fa" dir="rtl">' in out
    assert '<p lang="fa-Latn">' in out           # left to right, as the page around it
    assert '<p lang="fa-IR" dir="rtl">' in out


@pytest.mark.parametrize("option, code", [("--base", "und"), ("--translations", "zxx"), ("--translations", "mul")])
def test_new_refuses_a_code_that_names_no_language(tmp_path, cli, option, code):
    """`new --base und` made an edition that `build print` then refused (no font covers an
    undetermined language), though `new` promises an edition that builds at once."""
    args = ["--base", "en", "--translations", "fr"]
    args[args.index(option) + 1] = code
    code_, _, err = cli("new", tmp_path / "ed", "--title", "X", *args, "--publisher", "P")
    assert code_ == 1
    assert f"'{code}' is the code for" in err and "Traceback" not in err
    assert not (tmp_path / "ed").exists()


def test_a_restricted_availability_beside_the_licence_is_a_header_problem(tmp_path, cli):
    """A second <availability status="restricted"> ("All rights reserved") beside the free one was
    valid and exported: the header said both that the text is free and that it is not."""
    root = make_project(tmp_path)
    replace_once(root / "tei" / "mini.xml", "International</licence></availability>",
                 'International</licence></availability><availability status="restricted">'
                 '<p>All rights reserved.</p></availability>')
    code, out, err = cli("--root", root, "validate")
    assert code == 1, out + err
    assert "mini.xml:13: edition-header: an availability of status 'restricted'" in out + err
    code, out, err = cli("--root", root, "export")
    assert code == 1 and "status 'restricted'" in out + err


def test_a_free_availability_with_a_status_is_no_problem(tmp_path, cli):
    root = make_project(tmp_path)
    replace_once(root / "tei" / "mini.xml", "<availability>", '<availability status="free">')
    code, out, err = cli("--root", root, "validate")
    assert code == 0, out + err
