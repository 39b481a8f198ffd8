"""A fourth interface language is a settings change plus its catalog (translations/ui/README.md).

tests/roots/ui-tr holds a tiny Turkish catalog of the web interface. Added to a copy of
the polyglot fixture (interface en, ru, hy and now tr), the build first refuses it, naming
every string still to translate; completed as the README says (msgmerge with the template,
the rest pseudo-translated by translate-toolkit's podebug in place of the translator), the
site is built in Turkish: its strings, CLDR dates and plural forms, the language choosers.
"""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest
from lxml import etree

from conftest import ROOT, ROOTS, make_project

CATALOG = "translations/ui/tr/LC_MESSAGES/ui.po"


def tool(*args) -> None:
    result = subprocess.run([str(a) for a in args], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


@pytest.fixture
def edition(tmp_path):
    root = make_project(tmp_path, "polyglot-mini")
    shutil.copytree(ROOTS / "ui-tr" / "translations", root / "translations")
    settings = root / "triglot.toml"
    text = settings.read_text("utf-8")
    settings.write_text(re.sub(r'^interface = .*$', 'interface = ["en", "ru", "hy", "tr"]', text, flags=re.M), "utf-8")
    return root


def complete(root) -> None:
    """The README's steps for a catalog: merge the template in, then translate what is new."""
    catalog = root / CATALOG
    tool("msgmerge", "--quiet", "--no-fuzzy-matching", "--update", "--backup=off", catalog, ROOT / "translations/ui/ui.pot")
    pseudo = root / "pseudo.po"
    tool(Path(sys.executable).parent / "podebug", "--progress=none", "--rewrite", "bracket", "-f", "", catalog, pseudo)
    tool("msgcat", "--use-first", catalog, pseudo, "-o", catalog)    # the real translations first
    tool("msgfmt", "--check", "-o", "/dev/null", catalog)


def test_an_incomplete_catalog_stops_the_build_naming_each_missing_string(edition, cli):
    code, _, err = cli("--root", edition, "build", "web")
    template = {e.msgid for e in polib.pofile(str(ROOT / "translations/ui/ui.pot"))}
    given = {e.msgid for e in polib.pofile(str(edition / CATALOG))}
    missing = [line for line in err.splitlines() if line.startswith(f"{CATALOG}:0: catalog: ")]
    assert code == 1 and len(missing) == len(template - given) > 100
    assert "interface string 'About this document' is missing in tr" in err
    assert not (edition / "build" / "web").exists()


def test_a_completed_catalog_builds_the_site_in_the_fourth_language(edition, cli):
    complete(edition)
    code, _, err = cli("--root", edition, "build", "web")
    assert code == 0, err
    page = etree.HTML((edition / "build/web/tr/documents/brief.html").read_text("utf-8"))
    assert page.get("lang") == "tr"
    nav = [a.text for a in page.iterfind(".//nav[@class='site-nav']//a")]
    assert nav == ["Ana sayfa", "Kişiler", "Yerler", "Kronoloji", "Ara"]          # the catalog's own strings
    switch = page.find(".//nav[@class='lang-switch']")
    assert switch.get("aria-label") == "Arayüz dili"
    assert [a.text for a in switch.iterfind(".//a")] == ["English", "Русский", "Հայերեն", "Türkçe"]
    chronology = (edition / "build/web/tr/chronology.html").read_text("utf-8")
    assert "2 Temmuz 1920" in chronology                                             # CLDR's Turkish date
    english = etree.HTML((edition / "build/web/en/documents/brief.html").read_text("utf-8"))
    assert english.find(".//link[@hreflang='tr']").get("href").endswith("/tr/documents/brief.html")


def test_a_fuzzy_string_left_by_msgmerge_stops_the_build(edition, cli):
    complete(edition)
    catalog = polib.pofile(str(edition / CATALOG))
    entry = catalog.find("Documents")
    entry.flags.append("fuzzy")
    catalog.save()
    code, _, err = cli("--root", edition, "build", "web")
    assert code == 1 and re.search(rf"^{re.escape(CATALOG)}:\d+: catalog: interface string 'Documents' is fuzzy in tr",
                                   err, re.M)


def test_a_register_name_missing_in_the_interface_language_is_the_base_form_marked_as_such(edition, cli):
    """The fixture's register names Moscow in de, fr and tr: the Russian pages show the German form,
    marked lang=de (read and hyphenated as German); the Turkish pages show the Turkish name."""
    complete(edition)
    assert cli("--root", edition, "build", "web")[0] == 0
    russian = etree.HTML((edition / "build/web/ru/places.html").read_text("utf-8")).find(".//h3[@id='moskau-name']")
    turkish = etree.HTML((edition / "build/web/tr/places.html").read_text("utf-8")).find(".//h3[@id='moskau-name']")
    assert (russian.text, russian.get("lang")) == ("Moskau", "de")
    assert (turkish.text, turkish.get("lang")) == ("Moskova", "tr")
