"""Session 27's hostile round 37: the translators' real tools (gettext, translate-toolkit, polib) on the
PO files, two writers at once on one document, and what session 26 left (a stylesheet named by its
absolute path, a page scope quoted as read rather than as written). Each test failed before its fix."""
from __future__ import annotations

import shutil

from conftest import ROOT, make_project
from test_hostile35 import _pages
from test_hostile36 import _files


# ---------------------------------------------------------------- what session 26 left

def _broken_stylesheet(tmp_path, cli, relative: str) -> None:
    """A project's own copy of xslt/ with a template Saxon cannot compile put in `relative`: the build
    fails naming that file from the edition's folder, at the template's line, and changes no file."""
    root = make_project(tmp_path, "mini")
    shutil.copytree(ROOT / "xslt", root / "xslt")
    sheet = root / relative
    sheet.write_text(sheet.read_text("utf-8").replace("</xsl:stylesheet>", "<xsl:template match='/' mode='broken'><xsl:value-of select='(('/></xsl:template></xsl:stylesheet>"), "utf-8")
    line = next(n for n, row in enumerate(sheet.read_text("utf-8").splitlines(), 1) if "select='(('" in row)
    before = _files(root)
    code, out, err = cli("--root", root, "build", "web")
    said = [row for row in (out + err).splitlines() if ": xslt: " in row]
    assert code == 1 and "Traceback" not in err and said, (code, out, err[-2000:])
    assert all(row.startswith(f"{relative}:{line}: xslt: ") for row in said), said
    assert _files(root) == before


def test_a_stylesheet_that_does_not_compile_is_named_as_validate_names_files(tmp_path, cli):
    """A project's own xslt/web.xsl that Saxon cannot compile was reported at its absolute path
    (/tmp/…/mini/xslt/web.xsl:0: xslt: …) where every other problem names its file from the edition's
    folder, as validate does (tei/mini.xml:12: …), and at line 0 though Saxon's message said "on line 31
    column 52 of web.xsl": an editor's tool that opens file:line found nothing to open."""
    _broken_stylesheet(tmp_path, cli, "xslt/web.xsl")


def test_a_page_scope_ending_before_it_starts_is_quoted_as_written_not_as_read(tmp_path, cli):
    """from="999…" (5,000 nines) to="1": the bibliographies' short form reads the end as 999…991, and the
    message quoted both ends so read and cut ("pages 9999…(5,000 characters)–9999…(5,000 characters) end
    before they start"): two ends that look the same, neither as the editor wrote it."""
    nines = "9" * 5000
    root, line = _pages(tmp_path, f'<biblScope unit="page" from="{nines}" to="1">pages</biblScope>')
    code, out, err = cli("--root", root, "validate")
    said = [row for row in (out + err).splitlines() if ": pages: " in row]
    assert code == 1 and len(said) == 1 and said[0].startswith(f"tei/mudros.xml:{line}: pages: "), (code, out[:800], err[-800:])
    assert "(5,000 characters)–1 end before they start" in said[0] and len(said[0]) < 300, said


# ---------------------------------------------------------------- the translators' tools

def test_an_entry_naming_two_responsible_people_is_refused_not_given_to_the_first(tmp_path, cli):
    """A translator who reviews a draft in Poedit adds `resp: resp-editors` below the exported `resp:
    resp-draft-ru` line instead of replacing it (Poedit shows the translator comments as one text box);
    import took the first line and recorded the draft's drafter as responsible, the reviewer's line
    silently dropped (the other order gave the slot to the reviewer whatever the drafter's line said).
    Who is responsible is the edition's claim: two names are asked about, at the entry's line."""
    from triglot.translate import po
    root, path = _two_responsible(tmp_path)
    line = next(e.lineno for e in po.read(path.read_bytes(), str(path))[1] if e.context == "mini.p3")
    before = _files(root)
    code, out, err = cli("--root", root, "translations", "import")
    said = [row for row in err.splitlines() if ": resp: " in row]
    assert code == 1 and "Traceback" not in err and len(said) == 1, (code, out, err)
    assert said[0].startswith(f"translations/ru/mini.po:{line}: resp: mini.p3: "), (said, line)
    assert "resp-draft-ru and resp-editors" in said[0], said
    assert _files(root) == before


def _two_responsible(tmp_path):
    """translate-mini exported, its Russian PO's entry mini.p3 filled as a draft naming two people
    responsible (a reviewer's `resp:` line added below the drafter's): (the edition, the PO file)."""
    from test_translations_support import edit_po, export_mini, make_mini
    root = make_mini(tmp_path)
    export_mini(root)
    path = root / "translations" / "ru" / "mini.po"

    def two(e):
        e.msgstr, e.fuzzy = "Больше ничего не известно.", True
        e.tcomments = [c for c in e.tcomments if not c.startswith("resp:")] + ["resp: resp-draft-ru", "resp: resp-editors"]
    edit_po(path, {"mini.p3": two})
    return root, path


def test_an_entry_naming_two_people_is_imported_under_resp_as_the_one_resp_names(tmp_path, cli):
    """`--resp ID` says who is responsible for every entry a file changes: the entry's own two lines are
    then no question to ask."""
    root, _ = _two_responsible(tmp_path)
    code, out, err = cli("--root", root, "translations", "import", "--resp", "resp-editors")
    assert code == 0, (out, err)
    assert 'xml:id="mini.p3.ru" corresp="#mini.p3" ana="#draft" resp="#resp-editors"' in (root / "tei" / "mini.xml").read_text("utf-8")


# ---------------------------------------------------------------- encode's treaty articles

def test_a_treatys_headings_in_capitals_before_its_articles_are_headings(cli, tmp_path):
    """The Treaty of Sèvres as journey 26 brought it: "SECTION VI.." and "ARMENIA." over "ARTICLE 88."
    were made paragraphs (a heading ends without a stop, and these print one), so the page showed the
    section's name as the text's first two paragraphs, with translation slots of their own as prose."""
    from lxml import etree

    from test_journey26 import SEED
    from triglot.tei import NS
    root = tmp_path / "edition"
    shutil.copytree(ROOT / "tests" / "roots" / "shared-alike", root)
    shutil.copy(SEED, root / "seeds" / "sevres.txt")
    code, _, err = cli("--root", root, "encode", root / "seeds" / "sevres.txt", "--id", "sevres")
    assert code == 0, err
    base = etree.parse(str(root / "tei" / "sevres.xml")).find(".//t:div[@type='base']", NS)
    shape = [(etree.QName(el).localname, el.get("n") or "".join(el.itertext()).strip()) for el in base]
    assert shape == [("head", "Treaty of Sevres"), ("head", "SECTION VI.."), ("head", "ARMENIA."),
                     ("div", "88"), ("div", "89"), ("div", "90"), ("div", "91")], shape
    assert cli("--root", root, "validate")[0] == 0


def test_an_xliff_file_whose_name_ends_in_capitals_is_read_as_xliff(tmp_path, cli):
    """The XLIFF 2.0 file export writes, come back from a Windows tool as MINI.XLF, was read as a PO
    file: a problem for every line ("text outside the quotes"), none saying what the file is."""
    from test_translations_support import export_mini, make_mini
    root = make_mini(tmp_path)
    export_mini(root, fmt="xliff")
    copy = tmp_path / "MINI.XLF"
    shutil.copy(root / "translations" / "xliff" / "ru" / "mini.xlf", copy)
    before = _files(root)
    code, out, err = cli("--root", root, "translations", "import", copy)
    assert code == 0 and "po-syntax" not in err and "0 problems" in out, (code, out, err[:2000])
    assert _files(root) == before


def test_a_translation_memory_given_to_import_is_named_as_such_in_one_problem(tmp_path, cli):
    """`translations tmx` writes translations/tmx/triglot-en-ru.tmx, and a CAT tool exports its memory
    as TMX; given to import, it was read as a PO file, one "po-syntax: text outside the quotes" for
    each of its lines, none saying that a TMX file is no file import reads."""
    from test_translations_support import make_mini
    root = make_mini(tmp_path)
    code, _, err = cli("--root", root, "translations", "tmx", "--lang", "ru")
    assert code == 0, err
    memory = root / "translations" / "tmx" / "triglot-en-ru.tmx"
    before = _files(root)
    code, out, err = cli("--root", root, "translations", "import", memory)
    said = [row for row in err.splitlines() if row.startswith("translations/tmx/triglot-en-ru.tmx:")]
    assert code == 1 and "Traceback" not in err and len(said) == 1 and "po-syntax" not in err, (code, out, err[:2000])
    assert "translation memory (TMX)" in said[0], said
    assert _files(root) == before


def test_two_files_of_one_document_that_translate_an_entry_differently_are_named_together(tmp_path, cli):
    """Two translators' copies of translations/ru/mini.po in the folder ("mini (B's copy).po" beside
    it), each giving mini.p3 another translation: import applied the first, then refused the second as
    "changed in the TEI since export … TEI (draft): 'Ничего более не известно.'", a text the TEI never
    held (it was the other file's), and sent the translator to export, which would not show it."""
    from test_translations_support import edit_po, export_mini, make_mini, translate
    root = make_mini(tmp_path)
    export_mini(root)
    folder = root / "translations" / "ru"
    copy = folder / "mini (B's copy).po"
    shutil.copy(folder / "mini.po", copy)
    edit_po(folder / "mini.po", {"mini.p3": translate("Больше ничего не известно.")})
    edit_po(copy, {"mini.p3": translate("Ничего более не известно.")})
    before = _files(root)
    code, out, err = cli("--root", root, "translations", "import")
    said = [row for row in err.splitlines() if "mini.p3" in row]
    assert code == 1 and "Traceback" not in err and len(said) == 1, (code, out, err)
    assert "changed in the TEI" not in said[0] and "translations/ru/mini (B's copy).po:" in said[0], said
    assert "translations/ru/mini.po:" in said[0] and _files(root) == before, said


# ---------------------------------------------------------------- two writers at once

def test_a_command_refused_by_the_lock_is_quoted_shortly(tmp_path, cli, monkeypatch):
    """`translations import translations/*/*.po` at an edition of 500 documents is 1,000 file names; while
    another command held the lock, the refusal quoted the waiting command whole (here 3,000 names, a line
    of 150,000 characters), though it cut the holder's at 200 bytes."""
    from test_translations_support import make_mini
    from triglot.lock import edition_lock
    root = make_mini(tmp_path)
    names = [f"translations/ru/document-{n:04}-with-a-long-name.po" for n in range(3000)]
    monkeypatch.setenv("TRIGLOT_LOCK_WAIT", "0")
    with edition_lock(root, "translations export"):
        code, out, err = cli("--root", root, "translations", "import", *names)
    said = [row for row in err.splitlines() if ": lock: " in row]
    assert code != 0 and "Traceback" not in err and len(said) == 1, (code, out[:500], err[:500])
    assert len(said[0]) < 600 and "translations export" in said[0] , said[0][:800]


def test_a_msgid_edited_in_the_file_is_not_said_to_be_a_changed_english(tmp_path, cli):
    """A translator "corrected" the English of an entry in the PO file (a search and replace over the
    whole file in a text editor): import said "the English changed since this file was exported; run
    `triglot translations export`", though the English was as exported (the entry's export line records
    it), and export would not have undone the edit. The msgid is the edition's English: it is restored."""
    from test_translations_support import export_mini, make_mini
    root = make_mini(tmp_path)
    export_mini(root)
    path = root / "translations" / "ru" / "mini.po"
    text = path.read_text("utf-8")
    at = text.index('msgctxt "mini.p3"')
    text = text[:at] + text[at:].replace('msgid "Nothing more is known."\nmsgstr ""',
                                         'msgid "Nothing more was known."\nmsgstr "Больше ничего не было известно."', 1)
    path.write_text(text.replace('msgctxt "mini.p3"', '#, fuzzy\nmsgctxt "mini.p3"', 1), "utf-8")
    before = _files(root)
    code, out, err = cli("--root", root, "translations", "import")
    said = [row for row in err.splitlines() if "mini.p3" in row]
    assert code == 1 and "Traceback" not in err and len(said) == 1, (code, out, err)
    assert "the English changed" not in said[0] and "msgid" in said[0] and "Nothing more is known." in said[0], said
    assert _files(root) == before


# ---------------------------------------------------------------- the interface catalogs

def _catalog(tmp_path, data: bytes):
    """The mini edition with its own Russian interface catalog holding `data`."""
    root = make_project(tmp_path, "mini")
    path = root / "translations" / "ui" / "ru" / "LC_MESSAGES" / "ui.po"
    path.parent.mkdir(parents=True)
    path.write_bytes(data)
    return root, path


def test_msgcats_merged_versions_of_an_interface_string_never_reach_the_pages(tmp_path):
    """Two translators' ui.po joined with msgcat, then `msgattrib --clear-fuzzy`: the catalog's "Search"
    became "#-#-#-#-#  ui.po (Triglot)  #-#-#-#-#\\nПоиск\\n#-#-#-#-#  ui2.po (Triglot)  #-#-#-#-#\\nИскать",
    and that was the web page's search button. `translations import` refuses such an entry of a text's
    PO file (po-merged); the interface catalog took it as the translation."""
    import subprocess

    import pytest

    from triglot import i18n
    from triglot.problems import InputError
    packaged = ROOT / "translations" / "ui" / "ru" / "LC_MESSAGES" / "ui.po"
    other = tmp_path / "ui2.po"
    other.write_text(packaged.read_text("utf-8").replace('msgid "Search"\nmsgstr "Поиск"', 'msgid "Search"\nmsgstr "Искать"'), "utf-8")
    assert other.read_text("utf-8") != packaged.read_text("utf-8")
    merged = tmp_path / "merged.po"
    subprocess.run(["msgcat", str(packaged), str(other), "-o", str(merged)], check=True)
    subprocess.run(["msgattrib", "--clear-fuzzy", str(merged), "-o", str(merged)], check=True)
    root, path = _catalog(tmp_path / "edition", merged.read_bytes())
    line = next(n for n, row in enumerate(path.read_text("utf-8").splitlines(), 1) if row == 'msgid "Search"')
    with pytest.raises(InputError) as caught:
        i18n.gettext(root, "ru", "Search")
    said = [str(p) for p in caught.value.problems]
    assert said and said[0].startswith(f"translations/ui/ru/LC_MESSAGES/ui.po:{line}: catalog: ") and "msgcat" in said[0], said


def test_an_interface_catalog_saved_with_a_byte_order_mark_is_read(tmp_path):
    """Notepad saves UTF-8 with a byte-order mark: `translations import` reads such a PO file, but the
    interface catalog was refused at line 1 as "not PO syntax (an unclosed quote?)", which it is not."""
    from triglot import i18n
    packaged = ROOT / "translations" / "ui" / "ru" / "LC_MESSAGES" / "ui.po"
    root, _ = _catalog(tmp_path, b"\xef\xbb\xbf" + packaged.read_bytes())
    assert i18n.gettext(root, "ru", "Search") == "Поиск"


def test_an_interface_catalog_declaring_another_charset_is_refused_not_garbled(tmp_path):
    """A UTF-8 catalog whose header says charset=ISO-8859-1 (a tool's default header kept) was decoded by
    Babel as the header says: the search button read "Ð\\x9fÐ¾Ð¸Ñ\\x81Ðº" for "Поиск", without a word.
    `translations import` refuses a text's PO file that declares another charset, at the header's line."""
    import pytest

    from triglot import i18n
    from triglot.problems import InputError
    packaged = ROOT / "translations" / "ui" / "ru" / "LC_MESSAGES" / "ui.po"
    text = packaged.read_text("utf-8").replace("charset=UTF-8", "charset=ISO-8859-1")
    root, path = _catalog(tmp_path, text.encode("utf-8"))
    line = next(n for n, row in enumerate(text.splitlines(), 1) if "charset=ISO-8859-1" in row)
    with pytest.raises(InputError) as caught:
        i18n.gettext(root, "ru", "Search")
    said = [str(p) for p in caught.value.problems]
    assert said and said[0].startswith(f"translations/ui/ru/LC_MESSAGES/ui.po:{line}: catalog: ") and "ISO-8859-1" in said[0], said


def test_entries_of_another_document_in_a_joined_file_name_that_document(tmp_path, cli):
    """`msgcat legran.po mikoyan.po -o both.po` (a translator's one file for two letters): import said
    "unknown msgctxt 'mikoyan1937.dl1': no such English block" for each of the second document's
    entries, none saying whose blocks they are or what to do."""
    import subprocess

    from conftest import copy_project
    root = copy_project(tmp_path / "edition")
    code, _, err = cli("--root", root, "translations", "export", "--lang", "ru",
                       "legran-letter-to-chicherin", "mikoyan-diplomacy-1937")
    assert code == 0, err
    folder = root / "translations" / "ru"
    both = tmp_path / "both.po"
    subprocess.run(["msgcat", str(folder / "legran-letter-to-chicherin.po"), str(folder / "mikoyan-diplomacy-1937.po"),
                    "-o", str(both)], check=True)
    before = _files(root)
    code, out, err = cli("--root", root, "translations", "import", both)
    said = [row for row in err.splitlines() if ": po-key: " in row]
    assert code == 1 and "Traceback" not in err and said, (code, out, err[:1500])
    assert all("it is a block of tei/mikoyan-diplomacy-1937.xml" in row for row in said), said[:2]
    assert _files(root) == before


def test_a_compiled_mo_file_given_to_import_is_named_as_such(tmp_path, cli):
    """Poedit saves mini.mo beside mini.po; the .mo given to import was "invalid UTF-8 (byte 0xde); save
    the file as UTF-8", which no saving mends: it is msgfmt's compiled catalog, not the translation's
    file."""
    import subprocess

    from test_translations_support import export_mini, make_mini
    root = make_mini(tmp_path)
    export_mini(root)
    compiled = root / "translations" / "ru" / "mini.mo"
    subprocess.run(["msgfmt", "-o", str(compiled), str(root / "translations" / "ru" / "mini.po")], check=True)
    before = _files(root)
    code, out, err = cli("--root", root, "translations", "import", compiled)
    said = [row for row in err.splitlines() if row.startswith("translations/ru/mini.mo:")]
    assert code == 1 and "Traceback" not in err and len(said) == 1, (code, out, err)
    assert "UTF-8" not in said[0] and "translations/ru/mini.po" in said[0], said
    assert _files(root) == before


def test_a_po_file_saved_as_utf16_is_named_so(tmp_path, cli):
    """Notepad's "Unicode" is UTF-16 with its byte-order mark: import said "invalid UTF-8 (byte 0xff)",
    leaving the translator to guess which of Notepad's encodings was chosen."""
    from test_translations_support import export_mini, make_mini
    root = make_mini(tmp_path)
    export_mini(root)
    path = root / "translations" / "ru" / "mini.po"
    path.write_bytes(path.read_text("utf-8").encode("utf-16"))
    before = _files(root)
    code, out, err = cli("--root", root, "translations", "import")
    said = [row for row in err.splitlines() if row.startswith("translations/ru/mini.po:")]
    assert code == 1 and "Traceback" not in err and len(said) == 1 and "UTF-16" in said[0], (code, out, err)
    assert _files(root) == before


def test_a_stylesheet_module_that_does_not_compile_is_named_itself_at_its_line(tmp_path, cli):
    """An error in a module web.xsl imports (xslt/modules/blocks.xsl) was named xslt/web.xsl at line 0,
    though Saxon's message said "on line N column M of blocks.xsl": the editor opened the wrong file."""
    _broken_stylesheet(tmp_path, cli, "xslt/modules/blocks.xsl")


def test_a_date_in_capitals_before_a_treatys_articles_is_no_heading(cli, tmp_path):
    """Hostile round 38, by reading hostile 37's change: "OCTOBER 30, 1918." in capitals with its stop,
    just before the first article, would have been made a heading like "SECTION VI..": a date line is
    no section's name."""
    from lxml import etree

    from triglot.tei import NS
    root = tmp_path / "edition"
    shutil.copytree(ROOT / "tests" / "roots" / "shared-alike", root)
    articles = "".join(f"ARTICLE {n}.\nThe parties agree to clause {n} of this treaty.\n" for n in (1, 2, 3))
    (root / "seeds" / "pact.txt").write_text(f"A Pact of Friendship\nOCTOBER 30, 1918.\nPART ONE.\n{articles}", "utf-8")
    code, _, err = cli("--root", root, "encode", root / "seeds" / "pact.txt", "--id", "pact")
    assert code == 0, err
    base = etree.parse(str(root / "tei" / "pact.xml")).find(".//t:div[@type='base']", NS)
    shape = [(etree.QName(el).localname, el.get("n") or "".join(el.itertext()).strip()) for el in base]
    assert ("head", "OCTOBER 30, 1918.") not in shape and ("head", "PART ONE.") in shape, shape
    assert [n for kind, n in shape if kind == "div"] == ["1", "2", "3"], shape
