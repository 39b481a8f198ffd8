"""Edition settings: triglot.toml is read, checked key by key, and every command uses it."""
from __future__ import annotations

import shutil

import pytest

from conftest import ROOT, make_project
from triglot.problems import InputError
from triglot.settings import load, parse


def problems_of(text: str, tmp_path) -> list[str]:
    with pytest.raises(InputError) as exc:
        parse(text, tmp_path / "triglot.toml")
    return [str(p) for p in exc.value.problems]


MINIMAL = """\
[edition]
publisher = "P"
uri-base = "https://example.org/ed/"
title = { de = "Briefe" }
[edition.licence]
url = "https://creativecommons.org/licenses/by/4.0/"
label = "CC BY 4.0"
[languages]
base = "de"
translations = ["fr", "tr"]
"""


def test_the_editions_settings_are_its_languages_publisher_and_licence():
    s = load(ROOT)
    assert (s.base, s.translations, s.interface) == ("en", ("ru", "hy"), ("en", "ru", "hy"))
    assert s.publisher == "Triglot project" and s.licence.url.startswith("https://creativecommons.org/")
    assert [r.file for r in s.registers] == ["persons.xml", "places.xml", "orgs.xml"]


def test_defaults_fill_what_a_small_edition_leaves_out(tmp_path):
    s = parse(MINIMAL, tmp_path / "triglot.toml")
    assert s.languages == ("de", "fr", "tr") and s.interface == ("de", "fr", "tr")
    assert s.books == (("de", "fr"), ("de", "tr"), ("de", "fr", "tr"))
    assert s.label == "Briefe" and s.name == "edition"
    assert s.language_usage("tr") == "Turkish: translations of the German text"


def test_an_unknown_key_is_named_with_its_line(tmp_path):
    text = MINIMAL.replace('base = "de"', 'base = "de"\nbasis = "de"')
    assert problems_of(text, tmp_path) == [
        "triglot.toml:10: settings: languages.basis: unknown key; [languages] has base, translations, interface, usage, length-bands"]


def test_a_wrong_type_is_named_with_its_line(tmp_path):
    text = MINIMAL.replace('translations = ["fr", "tr"]', 'translations = "fr"')
    assert problems_of(text, tmp_path) == ["triglot.toml:10: settings: languages.translations: must be a list, not str"]


def test_a_language_cldr_does_not_know_is_refused(tmp_path):
    text = MINIMAL.replace('"tr"]', '"xq"]')
    assert problems_of(text, tmp_path) == [
        "triglot.toml:10: settings: languages.translations: 'xq': CLDR (Babel) has no locale data for this language"]


def test_a_missing_required_key_is_reported(tmp_path):
    text = MINIMAL.replace('publisher = "P"\n', "")
    assert problems_of(text, tmp_path) == ["triglot.toml:1: settings: edition.publisher: missing (required)"]


def test_the_editors_contact_must_be_an_email_address(tmp_path):
    text = MINIMAL.replace('publisher = "P"', 'publisher = "P"\ncontact = "the editors"')
    assert problems_of(text, tmp_path) == [
        "triglot.toml:3: settings: edition.contact: 'the editors' is not an e-mail address (name@example.org)"]
    good = parse(MINIMAL.replace('publisher = "P"', 'publisher = "P"\ncontact = "ed@example.org"'),
                 tmp_path / "triglot.toml")
    assert good.contact == "ed@example.org"


def test_length_bands_are_settings_of_the_translation_languages(tmp_path):
    good = parse(MINIMAL + "[languages.length-bands]\nfr = [0.8, 1.3]\n", tmp_path / "triglot.toml")
    assert good.length_bands == {"fr": (0.8, 1.3)}
    assert problems_of(MINIMAL + "[languages.length-bands]\nde = [0.8, 1.3]\ntr = [1.3, 0.8]\n", tmp_path) == [
        "triglot.toml:12: settings: languages.length-bands.de: 'de' is not a translation language of the edition",
        "triglot.toml:13: settings: languages.length-bands.tr: must be [low, high], two ratios with 0 < low < high (e.g. [0.75, 1.4])"]


def test_broken_toml_gives_its_line(tmp_path):
    assert problems_of(MINIMAL.replace('label = "CC BY 4.0"', 'label = "CC BY 4.0'), tmp_path)[0].startswith(
        "triglot.toml:7: settings: not valid TOML")


def test_bad_settings_stop_every_command_in_one_line(tmp_path, cli):
    root = make_project(tmp_path)
    (root / "triglot.toml").write_text(MINIMAL.replace('base = "de"', "base = 3"), encoding="utf-8")
    code, out, err = cli("--root", root, "validate")
    assert code == 1 and "Traceback" not in err
    assert "triglot.toml:9: settings: languages.base: must be a string, not int" in err


@pytest.mark.parametrize("command", [["validate"], ["check"], ["schema"], ["build", "web"], ["export"],
                                     ["translations", "status"]])
def test_a_folder_that_is_not_an_edition_is_refused_in_one_line(tmp_path, monkeypatch, cli, command):
    (tmp_path / "tei").mkdir()
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    monkeypatch.chdir(tmp_path)
    code, out, err = cli(*command)
    assert code == 1
    assert err.strip().count("\n") == 0 and "not a Triglot edition: no triglot.toml" in err
