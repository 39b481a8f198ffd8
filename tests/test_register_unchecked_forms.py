"""A register note that says a translation's name form was not checked goes with cert="low" on it
(triglot.editor.unchecked_forms, `check --rule unchecked-form`).

ENCODING.md ("Registers"): a form nobody checked against a source carries cert="low", and the web
and PO legends then show it as the register's guess. Before round 5 of the registers' review
(REVIEW-LOG.md), twelve places' notes said their Russian and Armenian names were "the standard
forms; not checked against a retrieved page", and many persons' notes said the Armenian form was
"by standard transcription, not found in the pages consulted", while the forms themselves carried
no cert: readers and translators were shown an unchecked guess as a checked name.

The check reads each clause of a source note (sentences, then their ";"-parts); a clause that
declares a form unchecked and names a translation language (by its English CLDR name, so another
edition's languages are read the same way) needs a form of that language flagged in the entry.
A clause that names no language takes the languages of the clause before it in its sentence
("Russian and Armenian names are the standard forms; not checked against a retrieved page").
"""
from __future__ import annotations

from lxml import etree

from triglot.editor.unchecked_forms import declared_but_not_flagged
from triglot.i18n import language_name


def _languages(edition) -> dict[str, str]:
    return {code: language_name(code, "en") for code in edition.settings.translations}


# The kinds of register whose forms have been reviewed (round 5 for persons and places, the
# organisations' round 1 in the same session).
REVIEWED_KINDS = ("person", "place", "org")


def test_every_form_a_note_declares_unchecked_is_flagged(edition):
    languages = _languages(edition)
    bad = {f"{register.name}#{entry.id}": declared_but_not_flagged(entry.element, languages)
           for register in edition.registers.values() for entry in register.entries.values()
           if entry.kind in REVIEWED_KINDS}
    assert {key: langs for key, langs in bad.items() if langs} == {}


def _place(names: str, note: str):
    return etree.fromstring(
        '<place xmlns="http://www.tei-c.org/ns/1.0" xml:id="persia">'
        '<placeName xml:lang="en">Persia</placeName>' + names + f'<note type="source">{note}</note></place>')


def test_standard_forms_declared_unchecked_without_cert_are_caught():
    languages = {"ru": "Russian", "hy": "Armenian"}
    names = '<placeName xml:lang="ru">Персия</placeName><placeName xml:lang="hy">Պարսկաստան</placeName>'
    note = "Russian and Armenian names are the standard forms; not checked against a retrieved page."
    assert declared_but_not_flagged(_place(names, note), languages) == ["hy", "ru"]
    flagged = names.replace('xml:lang="hy"', 'xml:lang="hy" cert="low"')
    assert declared_but_not_flagged(_place(flagged, note), languages) == ["ru"]


def test_a_checked_form_beside_an_unchecked_one_is_not_caught():
    languages = {"ru": "Russian", "hy": "Armenian"}
    names = '<placeName xml:lang="ru">Англия</placeName><placeName xml:lang="hy" cert="low">Անգլիա</placeName>'
    note = ('Russian form checked against <ref target="https://ru.wikipedia.org/wiki/X">Wikipedia (ru): Англия</ref>; '
            "the Armenian form is a standard form that no page reached shows, so it is marked uncertain.")
    assert declared_but_not_flagged(_place(names, note), languages) == []


def test_check_names_an_entry_whose_note_declares_a_form_unchecked(tmp_path, cli):
    """An editor who adds an entry with such a note learns it from `check`, at the entry's line, not
    only from this project's test suite (hostile round 33's advice)."""
    from conftest import make_project, replace_once
    root = make_project(tmp_path)
    places = root / "tei" / "places.xml"
    text = places.read_text("utf-8")
    at = text.index("</place>")
    places.write_text(text[:at] + '<note type="source">The Russian name is the standard form; not checked '
                      "against a retrieved page.</note>" + text[at:], "utf-8")
    code, out, err = cli("--root", root, "check", "--rule", "unchecked-form")
    line = next(n for n, row in enumerate(places.read_text("utf-8").splitlines(), 1) if "<place " in row)
    assert f"tei/places.xml:{line}: unchecked-form: " in out + err and "Russian form" in out + err, (code, out, err)
    replace_once(places, "is the standard form; not checked against a retrieved page", "checked against the atlas")
    code, out, err = cli("--root", root, "check", "--rule", "unchecked-form")
    assert "unchecked-form" not in out + err, (out, err)
