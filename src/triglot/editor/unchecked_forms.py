"""A register note that says a translation's name form was not checked goes with cert="low" on it.

ENCODING.md ("Registers"): a form nobody checked against a source carries cert="low", and the web
and the PO legends then show it as the register's guess. Before round 5 of the registers' review
(REVIEW-LOG.md) many notes said a form was "the standard form; not checked against a retrieved
page" while the form itself carried no cert: readers and translators were shown an unchecked guess
as a checked name, and only the project's own test suite noticed. `triglot check --rule
unchecked-form` tells an editor who adds or edits an entry.

Each clause of a source note is read (sentences, then their ";"-parts); a clause that declares a
form unchecked and names a translation language (by its English CLDR name, so another edition's
languages are read the same way) needs a form of that language flagged in the entry. A clause
that names no language takes the languages of the clause before it in its sentence ("Russian and
Armenian names are the standard forms; not checked against a retrieved page"). The wordings are
the English ones the registers' notes use: a heuristic, so the rule is advice for `check`, not
a rule of `validate`.
"""
from __future__ import annotations

import re

from triglot.i18n import language_name
from triglot.problems import Problem

TEI = "{http://www.tei-c.org/ns/1.0}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
NAME_TAGS = (f"{TEI}persName", f"{TEI}placeName", f"{TEI}orgName")

# Wordings the registers use to say a form was not checked against a source.
UNCHECKED = re.compile(
    r"not found (?:verbatim )?in the pages? consulted|not checked against|standard forms?\b|standard name|"
    r"await(?:s|ing)? review|marked uncertain|shown by no page|no page reached", re.IGNORECASE)


def _clauses(text: str) -> list[list[str]]:
    sentences = re.split(r"(?<=\.)\s+(?=[A-Z])", " ".join(text.split()))
    return [[c for c in sentence.split(";") if c.strip()] for sentence in sentences]


def _names_pattern(languages: dict[str, str]) -> re.Pattern:
    """One pattern for every language's English name, the longest first, each bounded by no letter
    or digit either side. A pattern each with "\\b" read "Portuguese" in "Brazilian Portuguese" (and
    "Armenian" in "Western Armenian"): a note on the one language's form asked for the other's flag;
    and "\\b" after "Serbian (Latin)" needs a letter after its ")", so that name was never read."""
    names = sorted(set(languages.values()), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, names)) + r")(?!\w)")


def declared_but_not_flagged(entry, languages: dict[str, str]) -> list[str]:
    """The languages whose forms a source note of `entry` declares unchecked while no name form
    of that language in the entry carries cert="low" (`languages`: code -> English name)."""
    flagged = {el.get(XML_LANG) for el in entry.iter(*NAME_TAGS) if el.get("cert") == "low"}
    named_in = _names_pattern(languages)
    missing = []
    for note in entry.iter(f"{TEI}note"):
        if note.get("type") != "source":
            continue
        for sentence in _clauses("".join(note.itertext())):
            named: set[str] = set()
            for clause in sentence:
                named = {code for m in named_in.finditer(clause) for code in languages
                         if languages[code] == m.group()} or named
                if UNCHECKED.search(clause):
                    missing += [code for code in sorted(named) if code not in flagged and code not in missing]
    return missing


def problems(edition, file_name, only: set | None = None) -> list[Problem]:
    """One problem for each entry (of the entries in `only`, (kind, id) pairs, when given) whose
    notes declare a form unchecked that carries no cert="low"; `file_name(register)` names its file."""
    languages = {code: language_name(code, "en") for code in edition.settings.translations}
    found = []
    for register in edition.registers.values():
        for entry in register.entries.values():
            if only is not None and (entry.kind, entry.id) not in only:
                continue
            for code in declared_but_not_flagged(entry.element, languages):
                found.append(Problem(file_name(register), entry.element.sourceline or 0, "unchecked-form",
                                     f"{entry.id}: a source note says its {languages[code]} form was not checked, "
                                     f"but no {languages[code]} form carries cert=\"low\": flag it (readers and "
                                     "translators are shown it as checked), or record the source that shows it"))
    return found
