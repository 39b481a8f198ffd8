"""Parliamentary records and reports: the shapes of a House's questions and answers.

Why a module of its own: the official reports (Hansard and its like) print names in shapes
that running prose never uses, and the general rules of recognize.py read them wrongly —
a member's surname in capitals after his title on a speaker's line ("Lieut.-Commander
KENWORTHY", "Mr. T. P. O'CONNOR") looks like an acronym to them, and the report's heading
("HC Deb 02 October 1924 vol 177 cc309-10") like two names in a row. The rules here find
those shapes first; the recogniser keeps them over what its general rules make of the same
words.
"""
from __future__ import annotations

import re

from triglot.editor.common_words import is_common

# A title or rank before a member's name; joined ones ("Lieut.-Commander", "Lieut. - Commander")
# are one title. Titles stay outside the name (tei/ENCODING.md).
_TITLE = (r"(?:Mr|Mrs|Miss|Ms|Sir|Lord|Lady|Dame|Dr|Rev|Viscount|Viscountess|Earl|Marquess|Baron|Major|Colonel|"
          r"Captain|Commander|General|Admiral|Brigadier|Lieut|Lieutenant|Sergeant|Professor|Rear-Admiral|"
          r"Vice-Admiral|Brigadier-General|Major-General)")
TITLE = rf"{_TITLE}\.?(?:\s?-\s?{_TITLE}\.?)*"
# A word in capitals: two letters or more, an apostrophe or a hyphen inside ("O'CONNOR", "HOWARD-BURY")
CAPS = r"[A-Z][A-Z’']*[A-Z](?:-[A-Z][A-Z’']*[A-Z])*"
# A surname in capitals, perhaps of several words, a spaced hyphen joining a double-barrelled one
CAPS_NAME = rf"{CAPS}(?:\s+-\s+{CAPS}|\s+{CAPS})*"
INITIALS = r"(?:[A-Z]\.\s?)+"
TITLED_CAPS = re.compile(rf"(?<![\w.’'])(?:{TITLE})\s+(?P<name>(?:{INITIALS})?{CAPS_NAME})(?![\w’'\-])")
# The title in capitals too, as a cover or a title page sets it ("PRESENTED BY MR. LODGE", round 35): the
# surname, an English word as often as not, was lower-cased with the rest of the line and lost. Read only
# where the name ends the line or a phrase (a comma, a stop, a bracket): "MR. JAMES G. McDONALD", with its
# initial and mixed letters, is left to the rules that read it whole. Forms of address only: a rank's word
# in capitals is as often an adjective ("THE GENERAL ASSEMBLY", "MAJOR POWERS")
CAPITAL_TITLE = r"(?:MR|MRS|MISS|MS|SIR|LORD|LADY|DAME|DR|REV|PROFESSOR|PROF)"
CAPITAL_TITLED_CAPS = re.compile(rf"(?<![\w.’']){CAPITAL_TITLE}\.?[ \t]+(?P<name>{CAPS_NAME})"
                                 r"(?![\w’'\-])(?=[ \t]*(?:$|[,;:)\]]|\.(?![ \t]*[A-Z]\.)))", re.M)
# A speaker's line with no title: a question's number, the name in capitals, a note in brackets
SPEAKER_LINE = re.compile(rf"^(?:\d+\.\s+)?(?P<name>(?:{INITIALS})?{CAPS_NAME})(?:\s*\([^()\n]*\))?\s*$", re.M)
# "(Mr. Cecil Harmsworth)", "(Sir A. Sinclair)": a titled name in brackets after an office or a constituency
BRACKET_HOLDER = re.compile(rf"\((?:{TITLE})\s+(?P<name>(?:{INITIALS})?[A-Z][\w’'\-]+(?:\s[A-Z][\w’'\-]+){{0,2}})\)")
# A report's heading: the series' short title, the sitting's full date, then volume and columns
# ("HC Deb 14 November 1918 vol 110 c2886", "HL Deb 3 May 1920 vol 40 cc1-4")
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
REPORT_HEADING = re.compile(rf"^(?P<series>[A-Z][\w.]*(?:[ \t][A-Z][\w.]*){{0,3}})\s+\d{{1,2}}\s+(?:{_MONTHS})\s+\d{{4}}"
                            r"(?:\s+vol\.?\s*\d+|\s+cc?\.?\s*\d+|\s+col[s.]?\s*\d+)", re.M)
VOWELS = set("AEIOUY")
# "made in the House", "this House": a chamber by its common noun, no name ("the House of Commons" is one)
CHAMBER = re.compile(r"\b(?:the|this|that)\s+(?P<word>House|Chamber)\b(?!\s+of\s+[A-Z])")
# A member named by the constituency: "the hon. Member for Clitheroe", "… for Caithness and Sutherland",
# "… for the Exchange Division of Manchester" (a division of a town named with its head word, then the town)
_CAPW = r"[A-Z][\w’'\-]*"
_NAME = rf"{_CAPW}(?:\s{_CAPW})*"
MEMBER_FOR = re.compile(rf"\b[Mm]embers?\s+for\s+(?:the\s+)?(?:(?P<div>{_NAME}\sDivision)\s+of\s+(?P<town>{_NAME})"
                        rf"|(?P<a>{_NAME})(?:\s+and\s+(?P<b>{_NAME}))?)(?![\w’'\-])")
# "35. Mr. ALFRED DAVIES (Clitheroe)": a member's constituency in brackets after his name on a speaker's line
CONSTITUENCY = re.compile(rf"\s*\((?P<seat>{_NAME}(?:,\s{_NAME})?)\)")


def surname_in_capitals(word: str) -> bool:
    """A word in capitals shaped like a surname, not an acronym: a vowel in it, not ending in a state's
    letters ("USSR", "RSFSR"), three letters or more, and no run of five consonants ("HC", "BBC", "NKVD"; "HARMSWORTH" is a name)."""
    letters = re.sub(r"[^A-Z]", "", word)
    return len(letters) >= 3 and bool(VOWELS & set(letters)) and not letters.endswith("SR") \
        and re.search(r"[^AEIOUY]{5}", letters) is None


def _name_shaped(name: str) -> bool:
    words = [w for w in re.split(r"\s+-\s+|\s+", name) if not re.fullmatch(r"[A-Z]\.", w)]
    return bool(words) and all(surname_in_capitals(part) for w in words for part in w.split("-"))


def speakers(text: str, gazetteer=None) -> list[tuple[int, int, str]]:
    """(start, end, why) of the persons a parliamentary record names in its own shapes."""
    out = []
    for m in TITLED_CAPS.finditer(text):
        if _name_shaped(m["name"]):
            out.append((m.start("name"), m.end("name"), "a name in capitals after a title (a speaker's line)"))
    for m in CAPITAL_TITLED_CAPS.finditer(text):
        if _name_shaped(m["name"]) and not any(s < m.end("name") and m.start("name") < e for s, e, _ in out):
            out.append((m.start("name"), m.end("name"), "a name in capitals after a title in capitals"))
    for m in SPEAKER_LINE.finditer(text):
        if any(s < m.end("name") and m.start("name") < e for s, e, _ in out) or not _name_shaped(m["name"]):
            continue
        words = [w for w in m["name"].replace(" - ", " ").split() if not re.fullmatch(r"[A-Z]\.", w)]
        # alone on its line, a heading in capitals is no speaker ("PERSIA", "THE STRAITS QUESTION"):
        # the name's words are no ordinary English words, and one word alone is no place GeoNames knows
        if any(is_common(w) for w in words):
            continue
        if len(words) == 1 and (m.group().strip() == m["name"] or gazetteer is not None
                                and gazetteer.place(words[0].capitalize()) is not None):
            continue     # one word alone needs a question's number or a bracket to be a speaker's line
        out.append((m.start("name"), m.end("name"), "a name in capitals alone on a speaker's line"))
    for m in BRACKET_HOLDER.finditer(text):
        if not any(s < m.end("name") and m.start("name") < e for s, e, _ in out):
            out.append((m.start("name"), m.end("name"), "a titled name in brackets (an office's holder or a member)"))
    return sorted(out)


def constituencies(text: str, persons: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """(start, end, why) of the places a record names as members' seats (after "Member for", or in brackets
    after a speaker's name in capitals)."""
    out = []
    for m in MEMBER_FOR.finditer(text):
        for group in ("div", "town", "a", "b"):
            if m[group]:
                out.append((m.start(group), m.end(group), "a member's constituency (after “Member for”)"))
    for start, end, why in persons:
        seat = CONSTITUENCY.match(text, end)
        if seat and "capitals" in why:
            out.append((seat.start("seat"), seat.end("seat"), "a member's constituency in brackets after his name"))
    return out


def chambers(text: str) -> list[tuple[int, int]]:
    """Spans of "the House", "this Chamber": the chamber a record speaks in, by its common noun."""
    return [m.span("word") for m in CHAMBER.finditer(text)]


def report_headings(text: str) -> list[tuple[int, int]]:
    """The spans of report headings' series titles ("HC Deb"): each is the report's title, no name. At any
    line's start, not only the text's: a page's title line over the reference line (session 27's journey, a
    written answer headed "Trans-Caucasia") left "HC Deb" to the general rules, which read it as a person."""
    return [m.span("series") for m in REPORT_HEADING.finditer(text)]
