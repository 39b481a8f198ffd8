"""`triglot new` gives a new edition a catalog of every domain the toolkit extracts (issue #20, notes23 item 2).

The toolkit extracts three templates (translations/ui/ui.pot, print.pot, editor.pot), but `new` copied
only the ui and print catalogs: a new edition had no editor.po, the words a register merge writes into
the TEI ("From the entry …, merged into this one: …") in the note's language, and its interface guide
did not say the catalog exists. The editor words go into the texts, so their catalogs are wanted in the
edition's text languages (base and translations), whatever the interface languages are."""
from __future__ import annotations

import polib
import pytest

from triglot.i18n import catalog_domains
from triglot.resources import packaged


@pytest.fixture
def made(tmp_path, cli):
    code, out, err = cli("new", tmp_path / "briefe", "--title", "Briefe", "--base", "de",
                         "--translations", "fr,ru", "--publisher", "Test")
    assert code == 0, err
    return tmp_path / "briefe", err


def _catalog(root, lang, domain):
    return root / "translations" / "ui" / lang / "LC_MESSAGES" / f"{domain}.po"


def test_the_toolkit_extracts_three_domains():
    """What the tests below hold `new` to is read from the shipped templates, not listed by hand."""
    assert {"ui", "print", "editor"} <= set(catalog_domains())


def test_every_interface_language_gets_a_catalog_of_every_domain(made):
    root, _ = made
    # interface languages by default: those of the edition's languages the toolkit has catalogs for
    for lang in ("ru",):
        for domain in catalog_domains():
            path = _catalog(root, lang, domain)
            assert path.is_file(), path
            assert path.read_bytes() == packaged(f"translations/ui/{lang}/LC_MESSAGES/{domain}.po").read_bytes()


def test_the_text_languages_get_an_editor_catalog_to_translate(made):
    root, err = made
    template = {m.msgid for m in polib.pofile(str(packaged("translations/ui/editor.pot")))}
    for lang in ("de", "fr"):
        path = _catalog(root, lang, "editor")
        assert path.is_file(), path
        po = polib.pofile(str(path))
        assert {m.msgid for m in po} == template and po.metadata.get("Language") == lang
        assert f"translations/ui/{lang}/LC_MESSAGES/editor.po" in err
        assert "(translations/ui/README.md)" in path.read_text("utf-8")      # its header points to the guide
        # an interface domain is not asked for in a language that is no interface language
        assert not _catalog(root, lang, "ui").exists()


def test_the_guides_name_the_editor_catalog(made):
    root, _ = made
    guide = (root / "translations" / "ui" / "README.md").read_text("utf-8")
    assert "editor.po" in guide and str(packaged("translations/ui/editor.pot")) in guide
    assert "editor.po" in (root / "translations" / "README.md").read_text("utf-8")
