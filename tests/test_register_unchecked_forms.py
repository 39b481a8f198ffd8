"""A register note that says a translation's name form was not checked goes with cert="low" on it.

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

import re

from lxml import etree

from triglot.i18n import language_name

TEI = "{http://www.tei-c.org/ns/1.0}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

# Wordings the registers use to say a form was not checked against a source.
UNCHECKED = re.compile(
    r"not found (?:verbatim )?in the pages? consulted|not checked against|standard forms?\b|standard name|"
    r"await(?:s|ing)? review|marked uncertain|shown by no page|no page reached", re.IGNORECASE)


def _clauses(text: str) -> list[list[str]]:
    sentences = re.split(r"(?<=\.)\s+(?=[A-Z])", " ".join(text.split()))
    return [[c for c in sentence.split(";") if c.strip()] for sentence in sentences]


def declared_but_not_flagged(entry, languages: dict[str, str]) -> list[str]:
    """The languages whose forms a source note of `entry` declares unchecked while no name form
    of that language in the entry carries cert="low" (`languages`: code -> English name)."""
    flagged = {el.get(XML_LANG) for el in entry.iter()
               if el.tag in (f"{TEI}persName", f"{TEI}placeName", f"{TEI}orgName") and el.get("cert") == "low"}
    missing = []
    for note in entry.iter(f"{TEI}note"):
        if note.get("type") != "source":
            continue
        for sentence in _clauses("".join(note.itertext())):
            named: set[str] = set()
            for clause in sentence:
                here = {code for code, name in languages.items() if re.search(rf"\b{re.escape(name)}\b", clause)}
                named = here or named
                if UNCHECKED.search(clause):
                    missing += [code for code in sorted(named) if code not in flagged and code not in missing]
    return missing


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
