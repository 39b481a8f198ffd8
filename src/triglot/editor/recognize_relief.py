"""The shapes of names in a relief committee's print (issue #12, round 14).

A committee's appeal or report opens with its letterhead: a list of its members, one name a line, in
capitals as the printer set them and as the OCR misreads them ("HENRY B. WRIGHT", "JoHN K. Marsh"),
a clerical title before some ("Rt. Rev.") and an office after a comma ("Treasurer"). The general rules
read such a line word by word, so a forename that is also a town ("GEORGE", "CLEVELAND") becomes a
place and a surname that is also a word ("WHITE") is dropped. `member_list` reads the list as a list:
each line of a run of such lines is one person.
"""
from __future__ import annotations

import re

# a word of a name in a list: an initial ("B."), an abbreviated forename ("Wm.", "Chas."), or a word of
# letters whose capitals outnumber nothing but a misread letter or two ("GREER", "JoHN", "MALLory")
WORD = r"(?:[A-Z]\.|[A-Z][a-z]{1,3}\.|[A-Z][A-Za-z'’]+)"
# titles before a name in a list, outside it
TITLE = r"(?:(?:Rt|RT|Rev|REV|Hon|HON|Dr|DR|Mr|MR|Mrs|MRS|Prof|PROF|Bishop|BISHOP)\.? +)*"
LINE = re.compile(rf"^{TITLE}(?P<name>{WORD}(?: {WORD}){{1,3}}(?:,? (?:Jr|JR|Sr|SR)\.)?)(?:, *(?P<office>[A-Z][\w .]*))?[ .]*$")
# a run of fewer lines is no list; a heading or two may stand among them
SHORTEST = 3


def member_list(text: str, not_names: set[str]) -> list[tuple[int, int, str, str]]:
    """Persons in a list of names one a line (a letterhead's members): `SHORTEST` lines or more in a run,
    each a name of two to four words, at least one of them in capitals, none a word of a heading or a
    body (`not_names`: "BOARD", "COMMITTEE", "OF")."""
    lines, pos = [], 0
    for line in text.split("\n"):
        lines.append((pos, line))
        pos += len(line) + 1
    out, run = [], []
    for start, line in lines + [(len(text), "")]:
        m = LINE.match(line)
        if m and _a_name(m["name"], not_names):
            run.append((start + m.start("name"), start + m.end("name")))
            continue
        if len(run) >= SHORTEST:
            out += [(s, e, "person", "a name in a list of names one a line") for s, e in run]
        run = []
    return out


def _a_name(name: str, not_names: set[str]) -> bool:
    words = [w for w in name.replace(",", " ").split() if w not in ("Jr.", "JR.", "Sr.", "SR.")]
    if not any(len(w) >= 3 and w.isupper() for w in words):
        return False      # capitals make a letterhead's list; "Henry Wright" alone is any line of prose
    if all(re.fullmatch(r"[A-Z]\.", w) for w in words):
        return False      # "U. S.": initials alone
    return not any(w.lower().rstrip(".") in not_names for w in words)
