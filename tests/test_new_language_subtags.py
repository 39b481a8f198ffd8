"""`triglot new` for an edition whose languages carry a subtag (a region, a script, a variant: "de-CH",
"sr-Latn", "hy-arevmda", as the settings accept and tei/ENCODING.md's languages allow): it writes a catalog begun
from the template for each language the toolkit has none for (the editor domain in every text language since
session 34, every domain in an interface language), and Babel parses a tag given as a string only with "_": the
command stopped on a traceback (ValueError: expected only letters, got 'de-ch'), nothing written."""
from __future__ import annotations

from pathlib import Path

from babel.messages.pofile import read_po


def _run(*args) -> int:
    from triglot.cli import main
    return main([str(a) for a in args])


def _catalog(edition: Path, lang: str, domain: str):
    with open(edition / "translations" / "ui" / lang / "LC_MESSAGES" / f"{domain}.po", "rb") as fh:
        return read_po(fh)


def test_a_new_edition_in_languages_with_subtags_gets_their_catalogs(tmp_path, capsys):
    edition = tmp_path / "swiss"
    assert _run("new", edition, "--title", "Briefe", "--base", "de-CH", "--translations", "sr-Latn,hy-arevmda",
                "--interface", "en,de-CH", "--publisher", "Subtag Press") == 0
    err = capsys.readouterr().err
    assert "Traceback" not in err and "ValueError" not in err, err
    for lang in ("de-CH", "sr-Latn", "hy-arevmda"):
        catalog = _catalog(edition, lang, "editor")
        assert len(catalog) > 0 and all(not m.string for m in catalog if m.id), lang
    assert str(_catalog(edition, "de-CH", "ui").locale) == "de_CH"
    assert _catalog(edition, "sr-Latn", "editor").num_plurals == 3        # Serbian's plural forms, not English's
    assert _run("--root", edition, "validate") == 0, capsys.readouterr()


def test_the_catalog_of_a_language_with_a_subtag_is_read(tmp_path, capsys):
    """The catalog begun for de-CH, one string translated, gives that string: it was refused as "cannot read
    the catalog: expected only letters, got 'de-ch'" (i18n._load_catalog gave Babel the tag as a string), so no
    page of an edition with such an interface language was built."""
    from triglot import i18n
    edition = tmp_path / "swiss"
    assert _run("new", edition, "--title", "Briefe", "--base", "de-CH", "--translations", "en",
                "--interface", "en,de-CH", "--publisher", "Subtag Press") == 0
    path = edition / "translations" / "ui" / "de-CH" / "LC_MESSAGES" / "ui.po"
    text = path.read_text("utf-8")
    assert text.count('msgid "Search"\nmsgstr ""') == 1
    path.write_text(text.replace('msgid "Search"\nmsgstr ""', 'msgid "Search"\nmsgstr "Suche"'), "utf-8")
    assert i18n.gettext(edition.resolve(), "de-CH", "Search") == "Suche"


def test_a_translation_language_with_a_subtag_is_exported(tmp_path, capsys):
    """`translations export` for a translation slot in sr-Latn: the PO file's Plural-Forms came from Babel given the
    tag as a string, and the export stopped on a traceback (ValueError: expected only letters, got 'sr-latn')."""
    edition = tmp_path / "letters"
    assert _run("new", edition, "--title", "Letters", "--base", "en", "--translations", "sr-Latn,de-CH",
                "--publisher", "Subtag Press") == 0
    (edition / "seeds" / "letter.txt").write_text(
        "A letter from Tiflis\n\nDear Sir, I reached Tiflis on 12 May 1920 and called on the consul.\n", "utf-8")
    assert _run("--root", edition, "encode", edition / "seeds" / "letter.txt", "--id", "letter") == 0
    capsys.readouterr()
    assert _run("--root", edition, "translations", "export") == 0, capsys.readouterr()
    serbian = next(edition.glob("translations/**/*sr-Latn*.po"), None) or next(
        p for p in edition.glob("translations/sr-Latn/**/*.po"))
    text = serbian.read_text("utf-8")
    assert "Plural-Forms: nplurals=3;" in text, text[:800]
