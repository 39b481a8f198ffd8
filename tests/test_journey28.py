"""Journey 28: another project's edition from `triglot new` (English texts with French and Georgian
slots, another publisher, CC BY-SA), a FRUS telegram of 1917 taken through every user's tools
(tests/data/journey28/README.md). Each test holds one fault that journey found.
"""
from __future__ import annotations

import tomllib

from lxml import etree

T = "{http://www.tei-c.org/ns/1.0}"


def test_a_georgian_language_name_is_not_written_with_a_mtavruli_capital():
    """The label's first letter was upper-cased: Georgian has no capitals at the start of a word, and
    the upper case of Mkhedruli is Mtavruli, so the Georgian book's title page read "Ინგლისური –
    Ქართული" and its column "Ქართული". Title case leaves Mkhedruli as it is."""
    from triglot.i18n import language_name
    assert language_name("en", "ka") == "ინგლისური"
    assert language_name("ka", "ka") == "ქართული"
    assert language_name("fr", "ka") == "ფრანგული"


def test_title_case_still_capitalises_what_is_capitalised():
    """The same change keeps Russian, French and Azerbaijani labels as they were."""
    from triglot.i18n import language_name
    assert language_name("en", "ru") == "Английский"
    assert language_name("ka", "fr") == "Géorgien"
    assert language_name("en", "az") == "İngilis"


def test_new_names_a_creative_commons_licence_by_its_name_not_its_url(tmp_path, cli):
    """`new --licence-url …/by-sa/4.0/` without --licence-label wrote the URL as the licence's name, and
    the web footer and the books' imprint said "Licence: https://creativecommons.org/licenses/by-sa/4.0/"
    followed by the same URL."""
    root = tmp_path / "caucasus"
    code, _, err = cli("new", root, "--translations", "fr,ka", "--publisher", "Kartvelian Text Society",
                       "--licence-url", "https://creativecommons.org/licenses/by-sa/4.0/")
    assert code == 0, err
    settings = tomllib.loads((root / "triglot.toml").read_text("utf-8"))
    name = "Creative Commons Attribution-ShareAlike 4.0 International"
    assert settings["edition"]["licence"]["label"] == name
    licence = etree.parse(str(root / "tei" / "persons.xml")).find(f".//{T}licence")
    assert "".join(licence.itertext()).strip() == name


def test_a_licence_url_that_does_not_say_its_name_is_still_its_own_label(tmp_path, cli):
    """Only Creative Commons 4.0 and CC0 URLs say their names; another licence's URL stays the label."""
    root = tmp_path / "other"
    url = "https://opendatacommons.org/licenses/odbl/1-0/"
    assert cli("new", root, "--licence-url", url)[0] == 0
    assert tomllib.loads((root / "triglot.toml").read_text("utf-8"))["edition"]["licence"]["label"] == url
