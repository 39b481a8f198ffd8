"""The shapes of names in a court's heading (issue #12, round 15).

A court's opinion opens with the bench: an office and a colon, then judges by surname alone ("President:
Huber", "Judges: Lord Finlay, Nyholm, Altamira", the names sometimes on the next line after "Judges:"
alone). The general rules want a forename or a title before a surname, so a bare surname is missed or, when
GeoNames knows a town of that name ("Altamira"), read as a place. `bench_list` reads such a line as a list:
each name after a heading of persons (data/names/en.json, "list_headings") is a person. A line that is more
than names ("President: the Council decided …", "Members: France, Italy" with a country) is left alone.
"""
from __future__ import annotations

import re

from triglot.editor.ship_prefixes import KIND, PREFIX

# one name of a list: titles before it ("Lord", "Sir") outside, a particle inside ("de Bustamante"), a
# postfixed title inside ("Feizi-Daim Bey"); one to three capitalised words
TITLES = r"(?:(?:Lord|Sir|Count|Baron|Dr\.|M\.|Mr\.|Professor|Prof\.|His Excellency) +)?"
NAME = r"(?:(?:[Dd]e|[Vv]an|[Vv]on|[Dd]a|[Dd]os|[Dd]i) +)?[A-Z][a-z’'\-]+(?:[ \-][A-Z][a-z’'\-]+){0,2}"


def bench_list(text: str, headings: set[str], not_names: set[str], gazetteer=None) -> list[tuple[int, int, str, str]]:
    """Persons in lines of a list after a heading of persons: "HEADING: NAME, NAME" on one line, or the
    names alone on the line after "HEADING:" alone. "BEFORE:" may stand before the heading. The colon is
    wanted: "Present Day Armenia" is no list."""
    heads = "|".join(re.escape(h) for h in sorted(headings, key=len, reverse=True))
    head = re.compile(rf"^(?:BEFORE:\s*)?(?:{heads})\s*:\s*", re.I)
    out, pos, waiting = [], 0, False
    for line in text.split("\n"):
        m = head.match(line)
        if m and not line[m.end():].strip():
            waiting = line.rstrip().endswith(":")     # "Judges:" alone: its names on the next line
        elif m or (waiting and line.strip()):
            start = pos + (m.end() if m else 0)
            names = _names(text, start, pos + len(line), not_names, gazetteer)
            out += [(s, e, "person", "a name in a list after a heading of persons") for s, e in names]
            waiting = False
        pos += len(line) + 1
    return out


def _names(text: str, start: int, end: int, not_names: set[str], gazetteer) -> list[tuple[int, int]]:
    """The names of one list, or none when any item of it is no bare name."""
    found, at = [], start
    item = re.compile(rf"\s*{TITLES}({NAME})\s*(?:,|\.?\s*$)")
    while at < end:
        m = item.match(text, at, end)
        if not m:
            return []
        name = m[1]
        if any(w.lower() in not_names for w in re.split(r"[ \-]", name)):
            return []      # "President: the Council …", "Members: Mixed Commission"
        if gazetteer is not None and (gazetteer.place(name) or {}).get("feature") == "country":
            return []      # "Members: France, Italy": states, not persons
        found.append(m.span(1))
        at = m.end()
    return found


# a ship named after its kind ("the steamer Mercator", "the steamships Alba and Vega", "S.S. Mercator"): a
# ship is no person and no place (tei/ENCODING.md); its name is remembered over the whole text, so "the
# Mercator" alone later is none either
# (the prefixes, dotted and undotted, "USS Olympia" too: ship_prefixes.py)
# (a kind after "of" or "for" is an office's field, no ship's: "the Commissar of Transport Emshanov", review30)
# (the name on the kind's own line: in a cable's list, "France 2 destroyers" over "Italy 1 destroyer", the
# next line's country is no ship, round 48)
SHIP = re.compile(r"(?:(?<!\bof )(?<!\bfor )\b(?:" + KIND + r")[^\S\n]+|\b(?:" + PREFIX + r")\s*)"
                  r"([A-Z][\w’'\-]+)(?:\s+and\s+([A-Z][\w’'\-]+))?")
SHIP_PREFIX = re.compile(r"^(?:" + PREFIX + r")\s*")
# a kind of vessel as a title before a ship's name ("Transport Mercury"; ship_prefixes.py)
SHIP_KIND = re.compile(r"^(?:" + KIND + r")\s+(?P<name>.+)$")
# a file's, docket's or document's number after a common noun ("File F.", "Docket XIV", "Declaration IX")
REFERENCE = re.compile(r"^['‘\"]?([A-Z][a-z]+) (?:[IVXLC]+|[A-Z]\.)$")


def ships(text: str) -> set[str]:
    """Names of ships in `text`, each named once after its kind."""
    return {name for m in SHIP.finditer(text) for name in m.groups() if name}


def a_ship(name: str, known: set[str]) -> bool:
    """A mention that is a ship's name ("S.S. Mercator", or a name `ships` found in the text)."""
    kind = SHIP_KIND.match(name)
    return bool(SHIP_PREFIX.match(name)) or name in known or (kind is not None and kind["name"] in known)


def a_reference(name: str, is_common) -> bool:
    """"File F.", "Docket XIV": a common noun and a letter or a Roman numeral is a reference, no person (a
    forename before a numeral, "Louis XIV", "Pius XI", is no common noun)."""
    m = REFERENCE.match(name)
    return bool(m) and is_common(m[1])


# an article's byline: the author's name alone on a line at the text's head, the affiliation on the next
# ("Of the Board of Editors", "Harvard Law School"); "By" may stand before the name
BYLINE = re.compile(r"^(?:By +)?([A-Z][a-z’'\-]+(?: [A-Z]\.)*(?: [A-Z][a-z’'\-]+){1,2})\s*$")
HEAD_LINES = 5


def byline(text: str, not_names: set[str], org_heads: set[str], is_common) -> list[tuple[int, int, str, str]]:
    """The author's name of an article's byline: among the first `HEAD_LINES` lines, a line of two or three
    capitalised words (initials between) whose next line is an affiliation, "Of …" or a body's name. The
    forename is no common word ("Treaty Articles" over "Of the Powers" is a heading)."""
    lines, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            lines.append((pos, line))
        pos += len(line) + 1
    out = []
    for (start, line), (_, after) in zip(lines[:HEAD_LINES], lines[1:HEAD_LINES + 1]):
        m = BYLINE.match(line)
        if not m or any(w.lower() in not_names for w in m[1].split()) or is_common(m[1].split()[0]):
            continue
        last = after.split()[-1].lower().strip(".,")
        if after.startswith("Of ") or last in org_heads:
            out.append((start + m.start(1), start + m.end(1), "person", "an article's byline, its affiliation after it"))
    return out


# a magazine article's byline run into its title on the text's first line: "Anna Weller, The Old Roads of
# Kakheti …" (the name, a comma, and a title opening with its article and a capital)
TITLED_BYLINE = re.compile(r"^((?:[A-Z][a-z’'\-]+ )(?:[A-Z]\. )*[A-Z][a-z’'\-]+), (?:The|A|An) [A-Z]")


def titled_byline(text: str, not_names: set[str], is_common) -> list[tuple[int, int, str, str]]:
    """The author's name before a comma and the title, on the text's first line only (a sentence that opens
    so further on, "Soviet Russia, the …", is no byline: the title's article is capitalised here). The
    forename is no ordinary word, no word of the name a heading's ("Chapter", "Part")."""
    start = len(text) - len(text.lstrip())
    m = TITLED_BYLINE.match(text, start)
    if not m or is_common(m[1].split()[0]) or any(w.lower() in not_names for w in m[1].split()):
        return []
    return [(m.start(1), m.end(1), "person", "an article's byline, its title after the comma")]

