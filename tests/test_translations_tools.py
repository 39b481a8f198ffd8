"""The translators' own tools leave the PO files alone, and import works after each of them.

Every exported file of the real edition goes through gettext's msgcat and msgmerge
and translate-toolkit's reader and writer unchanged, byte for byte, and passes
`msgfmt --check`. After each tool (polib's save included, which wraps differently)
an edit made in the file afterwards is imported.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import polib
import pytest

from conftest import copy_project
from test_translations_support import edit_po, export_mini, import_mini, mini, translate  # noqa: F401
from triglot.edition import load, slot_state


@pytest.fixture(scope="module")
def exported(tmp_path_factory) -> Path:
    """The real edition exported once: its POT and PO files."""
    root = copy_project(tmp_path_factory.mktemp("tools") / "edition")
    from triglot.translate.export import export
    export(load(root))
    return root


def files(root: Path, pattern: str) -> list[Path]:
    found = sorted((root / "translations").glob(pattern))
    assert found
    return found


def tool(name: str) -> Path:
    """A command installed with the test dependencies (translate-toolkit's po2xliff, pofilter, …)."""
    return Path(sys.executable).parent / name


def run(*args) -> subprocess.CompletedProcess:
    return subprocess.run([str(a) for a in args], capture_output=True, text=True)



def draft_and_import(mini, path, find):
    """A translator's edit of mini.p3 saved with polib (as a draft, with who made it), then imported."""
    catalog = polib.pofile(str(path))
    entry = find(catalog)
    entry.msgstr = "Больше ничего не известно."
    entry.tcomment = "\n".join(["resp: resp-draft-ru"] + entry.tcomment.splitlines())
    entry.flags.append("fuzzy")
    catalog.save()
    return import_mini(mini, [path])

def test_msgcat_leaves_every_exported_file_byte_identical(exported, tmp_path):
    for path in files(exported, "*.pot") + files(exported, "*/*.po"):
        out = tmp_path / path.name
        assert run("msgcat", path, "-o", out).returncode == 0
        assert out.read_bytes() == path.read_bytes(), path


def test_msgmerge_with_the_template_leaves_every_po_file_byte_identical(exported, tmp_path):
    for path in files(exported, "*/*.po"):
        out = tmp_path / path.name
        pot = exported / "translations" / f"{path.stem}.pot"
        assert run("msgmerge", "--quiet", path, pot, "-o", out).returncode == 0
        assert out.read_bytes() == path.read_bytes(), path


def test_translate_toolkit_reads_and_writes_every_file_byte_identical(exported):
    from translate.storage import factory
    for path in files(exported, "*.pot") + files(exported, "*/*.po"):
        assert bytes(factory.getobject(str(path))) == path.read_bytes(), path


def test_every_po_file_passes_msgfmt_check_without_a_warning(exported):
    for path in files(exported, "*/*.po"):
        result = run("msgfmt", "--check", "--check-accelerators", "-o", "/dev/null", path)
        assert result.returncode == 0 and result.stderr == "", result.stderr


def test_every_template_passes_msgfmt_check(exported):
    for path in files(exported, "*.pot"):
        result = run("msgfmt", "--check", "-o", "/dev/null", path)
        assert result.returncode == 0, result.stderr
        # the one warning xgettext's own templates get: a template has no language yet
        assert [line for line in result.stderr.splitlines() if "Language" not in line] == []


@pytest.mark.parametrize("lang, plural", [("hy", "nplurals=2; plural=(n > 1);"),
                                          ("ru", "nplurals=3; plural=n % 10 == 1 && n % 100 != 11 ? 0 : "
                                                 "n % 10 >= 2 && n % 10 <= 4 && (n % 100 < 12 || n % 100 > 14) ? 1 : 2;")])
def test_the_plural_forms_header_is_cldr_s(exported, lang, plural):
    for path in files(exported, f"{lang}/*.po"):
        header = polib.pofile(str(path)).metadata
        assert header["Plural-Forms"] == plural and header["Language"] == lang


# --- polib: a save changes only the layout of the strings ---------------------------

def test_polib_save_changes_only_string_layout_which_msgcat_restores(exported, tmp_path):
    """polib keeps every comment line (each fits its 78 columns) and every string; msgcat then
    gives back the exported file byte for byte."""
    for path in files(exported, "*.pot") + files(exported, "*/*.po"):
        saved, out = tmp_path / "saved.po", tmp_path / "out.po"
        polib.pofile(str(path)).save(str(saved))
        assert run("msgcat", saved, "-o", out).returncode == 0
        assert out.read_bytes() == path.read_bytes(), path


def test_no_layout_of_a_79_column_string_is_left_alone_by_both_polib_and_msgcat(tmp_path):
    """Why polib's save cannot be byte-identical: both tools lay a string out from its text alone,
    whatever the layout they read. msgcat keeps a `msgid` line of exactly 79 columns whole, polib
    (78 columns) breaks it; so each turns the other's layout into its own, and no file holding such a
    string is left alone by both."""
    text = "x" * 35 + " " + "y" * 35
    one_line = f'msgid "{text}"\nmsgstr ""\n'
    broken = f'msgid ""\n"{text}"\nmsgstr ""\n'
    assert len(one_line.splitlines()[0]) == 79
    header = 'msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n\n'
    for layout in (one_line, broken):
        path = tmp_path / "one.po"
        path.write_text(header + layout, encoding="utf-8")
        assert run("msgcat", path, "-o", tmp_path / "m.po").returncode == 0
        assert (tmp_path / "m.po").read_text(encoding="utf-8").endswith(one_line)
        polib.pofile(str(path)).save(str(tmp_path / "p.po"))
        assert (tmp_path / "p.po").read_text(encoding="utf-8").endswith(broken)


def test_long_comments_are_lines_polib_leaves_and_markers_stay_on_every_line():
    from triglot.translate import po
    stale = "STALE: " + "the English changed after you edited this entry " * 3
    lines = po.comment_lines([stale, "<1> = person: " + "Name " * 30, "resp: r"], "# ")
    assert all(len("# " + line) <= 78 for line in lines)
    assert [line for line in lines if line.startswith("STALE: ")][1:]        # continued with its marker
    assert lines[-1] == "resp: r"
    assert " ".join(line.removeprefix("STALE: ") for line in lines if line.startswith("STALE")) == stale[7:].strip()


def test_an_edit_made_after_polib_saved_a_real_file_is_imported(exported, tmp_path):
    """The real edition, not the fixture: polib saves a Russian file (re-laid out), a translator edits
    one entry with polib, and import --check finds exactly that one change."""
    from triglot.translate.importer import import_files
    path = tmp_path / "legran-letter-to-chicherin.po"     # a copy: the exported files stay as exported
    path.write_bytes(next(p for p in files(exported, "ru/*.po") if "legran" in p.name).read_bytes())
    catalog = polib.pofile(str(path))
    catalog.save()
    entry = catalog.find("legran1920.h2", by="msgctxt")
    entry.msgstr = "Письмо <1>Б. Леграна</1> <2>Г. Чичерину</2>"
    catalog.save()
    result = import_files(load(exported), [path], write=False)
    assert result.problems == [] and [p.name for p in result.written] == ["legran-letter-to-chicherin.xml"]


# --- an edit made after each tool is imported ------------------------------------

def through_msgcat(path: Path, pot: Path) -> None:
    assert run("msgcat", path, "-o", path).returncode == 0


def through_msgmerge(path: Path, pot: Path) -> None:
    assert run("msgmerge", "--quiet", "--update", "--backup=off", path, pot).returncode == 0


def through_polib(path: Path, pot: Path) -> None:
    polib.pofile(str(path)).save()


def through_translate_toolkit(path: Path, pot: Path) -> None:
    from translate.storage import factory
    store = factory.getobject(str(path))
    path.write_bytes(bytes(store))


def through_pot2po(path: Path, pot: Path) -> None:
    """translate-toolkit's own template merge (what Pootle and Virtaal use instead of msgmerge)."""
    out = path.with_suffix(".merged")
    assert run(tool("pot2po"), "-t", path, pot, out).returncode == 0
    out.replace(path)


TOOLS = {f.__name__[len("through_"):]: f for f in
         (through_msgcat, through_msgmerge, through_polib, through_translate_toolkit, through_pot2po)}


@pytest.mark.parametrize("tool", sorted(TOOLS))
def test_an_edit_made_after_a_tool_rewrote_the_file_is_imported(mini, tool):
    export_mini(mini, langs=("ru",))
    path = mini / "translations" / "ru" / "mini.po"
    TOOLS[tool](path, mini / "translations" / "mini.pot")
    result = draft_and_import(mini, path, lambda catalog: catalog.find("mini.p3", by="msgctxt"))
    assert result.problems == []
    slot = load(mini).documents[0].slots["ru"]["mini.p3"]
    assert slot_state(slot) == "draft" and "".join(slot.itertext()) == "Больше ничего не известно."


@pytest.mark.parametrize("tool", sorted(TOOLS))
def test_a_file_untouched_after_a_tool_imports_as_nothing_to_do(mini, tool):
    export_mini(mini, langs=("ru",))
    path = mini / "translations" / "ru" / "mini.po"
    TOOLS[tool](path, mini / "translations" / "mini.pot")
    before = (mini / "tei" / "mini.xml").read_bytes()
    result = import_mini(mini, [path])
    assert result.problems == [] and result.written == []
    assert (mini / "tei" / "mini.xml").read_bytes() == before


TRICKY = [
    "A “quoted” word, a \\backslash\\ and a \"straight quote\" " * 3,
    "Երկար հայերեն նախադասություն՝ «չակերտներով», ստորակետներով և վերջակետով։ " * 3,
    "Soviet-Turkish, Russian-Armenian—and Armenian–Turkish: hyphens and dashes everywhere " * 2,
    "x" * 120 + " a word longer than a line",
    "Two lines:\nthe second one, " + "long enough to be wrapped by msgcat itself, " * 2,
    "РГАСПИ, ф. 2, оп. 1, д. 332, лл. 1–3 об. Подлинник. Автограф. (Выделено <1>Ю.Б.</1>)",
]


def test_strings_msgcat_would_wrap_are_wrapped_exactly_as_msgcat_does(tmp_path):
    from triglot.translate import po
    entries = [po.Entry(f"t.p{i}", text, text[::-1], ["resp: r"], ["English <p>"], [], i % 2 == 0,
                        text[:40] if i == 2 else None) for i, text in enumerate(TRICKY)]
    path = tmp_path / "tricky.po"
    path.write_text(po.render({"Content-Type": "text/plain; charset=UTF-8"}, entries, "tricky"), encoding="utf-8")
    out = tmp_path / "out.po"
    assert run("msgcat", path, "-o", out).returncode == 0
    assert out.read_text(encoding="utf-8") == path.read_text(encoding="utf-8")


def test_without_libunistring_lines_still_fit_and_keep_every_character(monkeypatch):
    from triglot.translate import wrap
    monkeypatch.setattr(wrap, "_library", lambda: None)
    for text in TRICKY:
        lines = wrap.lines("msgstr", text)
        assert all(len(line) <= 79 or " " not in line.strip('"').rstrip() for line in lines)  # one long word
        body = "".join(line.split('"', 1)[1][:-1] for line in lines)
        assert polib.unescape(body) == text


def test_an_edit_made_after_po2xliff_and_xliff2po_is_imported(mini, tmp_path):
    """translate-toolkit's XLIFF 1.2 round trip drops msgctxt; the block id in the first extracted
    comment (`English <p> mini.p3`), which it keeps, is the same key."""
    export_mini(mini, langs=("ru",))
    path = mini / "translations" / "ru" / "mini.po"
    assert run(tool("po2xliff"), path, tmp_path / "mini.xlf").returncode == 0
    assert run(tool("xliff2po"), tmp_path / "mini.xlf", path).returncode == 0
    assert 'msgctxt "mini.p1"' not in path.read_text(encoding="utf-8")
    untouched = import_mini(mini, [path])
    assert untouched.problems == [] and untouched.written == []
    result = draft_and_import(mini, path, lambda catalog: next(e for e in catalog if "English <p> mini.p3" in e.comment))
    assert result.problems == []
    slot = load(mini).documents[0].slots["ru"]["mini.p3"]
    assert "".join(slot.itertext()) == "Больше ничего не известно."


def test_the_committed_translation_files_are_what_gettext_writes(tmp_path):
    """translations/*.pot and translations/<lang>/*.po as committed: msgcat leaves them, msgfmt accepts them."""
    root = Path(__file__).resolve().parents[1]
    for path in sorted((root / "translations").glob("*.pot")) + sorted((root / "translations").glob("*/*.po")):
        out = tmp_path / path.name
        assert run("msgcat", path, "-o", out).returncode == 0
        assert out.read_bytes() == path.read_bytes(), path
        assert run("msgfmt", "--check", "-o", "/dev/null", path).returncode == 0, path


# --- Weblate: translate-toolkit's pofile with the settings Weblate gives it ----------------
# Weblate reads and writes PO files with translate-toolkit, setting `store.wrapper.width` from
# the component's "Long lines wrapping" (po_line_wrap): 77 (default), 65535 (only at newlines)
# or -1 (no wrapping) -- weblate/formats/ttkit.py, GettextPoLineWrap.setup_store.
WEBLATE_WRAPPING = (77, 65535, -1)


@pytest.mark.parametrize("width", WEBLATE_WRAPPING)
def test_weblate_s_writer_leaves_every_exported_file_byte_identical(exported, width):
    from translate.storage import pypo
    for path in files(exported, "*.pot") + files(exported, "*/*.po"):
        store = pypo.pofile(path.read_bytes())
        store.wrapper.width = width
        assert bytes(store) == path.read_bytes(), (width, path)


@pytest.mark.parametrize("width", WEBLATE_WRAPPING)
def test_an_edit_saved_as_weblate_saves_it_is_imported(mini, width):
    """A translator translates an entry in Weblate ("needs editing" keeps it fuzzy); Weblate updates the
    header and writes the file with its wrapping. Weblate writes no `# resp:` comment, so the
    translator is named on the command line (`import --resp`): import takes the edit."""
    from translate.storage import pypo
    export_mini(mini, langs=("ru",))
    path = mini / "translations" / "ru" / "mini.po"
    store = pypo.pofile(path.read_bytes())
    store.wrapper.width = width
    unit = next(u for u in store.units if u.getcontext() == "mini.p3")
    unit.target = "Больше ничего не известно — ни из архивов, ни из газет того времени, ни из писем."
    unit.markfuzzy(True)
    store.updateheader(add=True, Last_Translator="A Translator <a@example.org>", X_Generator="Weblate 5.14")
    path.write_bytes(bytes(store))
    from triglot.translate.importer import import_files
    assert [p.rule for p in import_files(load(mini), [path], write=False).problems] == ["resp"]
    result = import_files(load(mini), [path], resp="resp-editors")
    assert result.problems == []
    slot = load(mini).documents[0].slots["ru"]["mini.p3"]
    assert slot_state(slot) == "draft" and "".join(slot.itertext()).startswith("Больше ничего не известно —")
    assert slot.get("resp") == "#resp-editors"
