"""Covers, title pages and committee rosters of printed advocacy and congressional hearings.

Why a module of its own: such print sets names in capitals, with middle initials, suffixes and the
OCR's stray marks ("JOHN A. STEWART", "HAMILTON FISH, JR.", "EDGAR. C. ELLIS", "HENRY A. .COOPER"),
and a committee's roster follows each member with his state ("JAMES T. BEGG, Ohio."); the general
rules cut such names at an initial or run them into the state or the next name. Bodies are printed
in capitals too, or with the OCR's faults ("COMMITTEE ON FOREIGN AFFAIRS", "Hous E OF
REPRESENTATIVES"), and a military unit by its number ("2nd Battalion Armenian Volunteers"). The
shapes here are found first and win over the general rules.
"""
from __future__ import annotations

import re

from triglot.editor.common_words import is_common

# A name's word in capitals: "STEWART", "O'CONNELL", "McREYNOLDS" (the print's small "c"), "LINTEIICUM"
_W = r"(?:Ma?c)?[A-Z][A-Z’']*[A-Z]"
# An initial; the OCR may drop its full stop for a comma ("BENJAMIN L, FAIRCEIILD")
_I = r"[A-Z](?:\.|,(?=\s+[A-Z]{2}))"
# Between a name's parts: a space, perhaps after a stray full stop or comma ("EDGAR. C."), perhaps
# before a stray full stop ("A. .COOPER")
_S = r"[.,]?\s+\.?"
_SUFFIX = r"(?:,?\s+(?:JR|SR|Jr|Sr)\.)"
# A name with a middle initial ("JOHN A. STEWART", "JOSEPH. W. MARTIN") or opening with initials
# ("R. WALTON MOORE", "S. D. McREYNOLDS"); at most four initials: unbounded, a line of initials
# ("A. A. A. …", 100,000 characters) was read again from each of them, minutes for one paragraph
_TITLES = r"(?:DR|MR|MRS|MAJ|HON|REV|GEN|COL|CAPT|PROF|SIR|LT|GOV|SEN|REP)\."
CAPS_PERSON = re.compile(
    rf"(?<![\w.’'])(?<![A-Z0-9]\s)(?!{_TITLES})(?:{_W}(?:{_S}{_I}){{1,4}}{_S}{_W}|{_I}(?:\s+{_I}){{0,3}}\s+{_W}(?:\s+{_W})?){_SUFFIX}?(?![\w’'])")
# A roster's entry without an initial: two or three words in capitals, then the member's state
ROSTER_NAME = re.compile(rf"(?<![\w.’']){_W}(?:\s+{_W}){{1,2}}{_SUFFIX}?(?=,\s+[A-Z][a-z])")
# The state after a roster's name: words in title case, then a stop, a comma, the line's end or the
# next name in capitals ("North Carolina THEODORE E. BURTON")
STATE_AFTER = re.compile(r",\s+(?P<state>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})(?=[.,]|\s*$|\s+[A-Z]{2}|\s+[A-Z]\.)", re.M)
# Words no name of a person is made of, in capitals on a title page
_NOT_PERSON = {"ON", "OF", "THE", "AND", "TO", "BY", "FOR", "IN", "AT", "WHY", "HOW", "WHAT", "PART",
               "CHAPTER", "SECTION", "ARTICLE", "ACT", "RES", "BILL", "CONGRESS", "SESSION", "SENATE",
               "HOUSE", "COMMITTEE", "OFFICE", "NAVY", "ARMY", "STATES", "UNITED", "PAGE", "NO", "VOL"}
# What a roster prints after a member's state: his office, no place
_OFFICES = {"chairman", "clerk", "secretary", "treasurer", "president", "vice-chairman", "counsel"}
# A committee of a legislature by its subject, the OCR's faults in its head word kept ("00MMITTEE",
# "CoMMITTEE ON FOREIGN AFFAIRs"): its words in capitals or title case, "and" between them
_CW = r"[A-Z][A-Za-z]*"
# A chamber's word before it is the name's first word ("Senate Committee on Foreign Relations", round 29): the
# chamber whose committee it is, as "Committee of the Senate" would say, not a second name run into it
COMMITTEE = re.compile(rf"(?<![\w])(?:Senate\s+|House\s+)?(?:[C0][Oo0]MMITTEE|Committee)\s+on\s+(?:the\s+)?{_CW}(?:\s+(?:and\s+)?{_CW})*"
                       rf"|(?<![\w])(?:SENATE\s+|HOUSE\s+)?(?:[C0][Oo0]MMITTEE|Committee)\s+ON\s+(?:THE\s+)?{_CW}(?:\s+(?:AND\s+)?{_CW})*")
# A legislature's house in capitals or with the OCR's space inside ("Hous E OF REPRESENTATIVES")
CHAMBER = re.compile(r"(?<![\w])(?:HOUSE|House|Hous\s?E)\s+(?:OF|of)\s+(?:REPRESENTATIVES|Representatives|COMMONS|LORDS|DELEGATES)\b")
# A state's printer named on an imprint ("WASHINGTON GOVERNMENT PRINTING OFFICE")
PRINTER = re.compile(r"\b(?:GOVERNMENT|Government|STATIONERY|Stationery)\s+(?:PRINTING\s+OFFICE|Printing\s+Office|OFFICE|Office)\b")
# A chamber's name alone heading a document's first line ("SENATE" over a Senate document)
CHAMBER_HEADING = re.compile(r"\A\s*(?P<name>SENATE|HOUSE OF REPRESENTATIVES|HOUSE OF COMMONS|HOUSE OF LORDS)\b(?![ \t]+[A-Z]{2})")
# A military unit by its number: "2nd Battalion Armenian Volunteers", "the Second Battalion of the X Volunteers"
_ORDINAL = (r"(?:\d+(?:st|nd|rd|th|d)|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|"
            r"Eleventh|Twelfth)")
UNIT = re.compile(rf"\b{_ORDINAL}\s+(?:Battalion|Regiment|Brigade|Squadron|Company|Legion)\s+(?:of\s+the\s+)?"
                  r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*(?<=s)\b")
# A body named by a people's or a nation's words and its head, in capitals ("ARMENIAN NATIONAL DELEGATION",
# "ARMENIAN NATIONAL UNION OF AMERICA"), or in title case ending "of" a place ("… Union of America")
_HEADS = r"(?:UNION|DELEGATION|COUNCIL|COMMITTEE|LEAGUE|SOCIETY|ASSOCIATION|FEDERATION|PARTY)"
_PLACE_CAPS = r"(?!(?:AND|THE|OF|IN|TO|BY)\b)[A-Z]{3,}"
CAPS_BODY = re.compile(rf"(?<![\w-])[A-Z]{{3,}}\s+(?:[A-Z]{{3,}}\s+)?{_HEADS}(?:\s+OF\s+{_PLACE_CAPS}(?:\s+{_PLACE_CAPS})?)?(?![\w])")
# In title case, only a union or the like "of" a single land's name and nothing after it ("… Council of
# People's Commissars", "National Council of Georgia" are left to the general rules, which read them)
TITLE_BODY = re.compile(r"(?<![\w])[A-Z][a-z]+\s+(?:[A-Z][a-z]+\s+)?(?:Union|Delegation|League|Society|"
                        r"Association|Federation)\s+of\s+(?:America|the\s+United\s+States|[A-Z][a-z]+)(?![\w’'])(?!\s+[A-Z])")

# A state styled by an adjective before "Republic of" ("NATIONAL REPUBLIC OF GEORGIA"): one name, whole
STYLED_REPUBLIC = re.compile(r"(?<![\w])(?:NATIONAL|National|DEMOCRATIC|FEDERAL|SOCIALIST)\s+(?:REPUBLIC|Republic)\s+"
                             r"(?:OF|of)\s+[A-Z][A-Za-z]+(?![\w])")

# No names: a resolution's designation ("H. J. Res. 195", "S. Con. Res."), a degree ("D. Sc.", "Ph. D."), a
# part's number ("Part I.")
NO_NAME = re.compile(r"(?<![\w.])(?:[HS]\.\s?(?:J\.|Con\.)?\s?Res\b\.?|D\.\s?Sc\b\.?|Ph\.\s?D\b\.?|"
                     r"(?:Part|PART|Book|BOOK)\s+[IVX]+\b\.?)")

# A question word opening a heading or a sentence ("WHY ARMENIA SHOULD BE FREE"): no name, nor part of one
QUESTION = re.compile(r"(?m)(?:^|(?<=[.?!]\s))(?:WHY|Why|HOW|How|WHAT|What|WHEN|When|WHERE|Where)(?=\s+[A-Z])")
QUESTION_WHY = "a question word opening a heading: no name"


PRINTED = (COMMITTEE, CHAMBER, PRINTER, CAPS_BODY, STYLED_REPUBLIC)


def keep_printed(printed: str, cased: str, patterns=PRINTED) -> str:
    """`cased` (a run of capitals written as running text writes it, same length) with the bodies and
    styled states of this print (or what `patterns` find: recognize_league.py's) put back in capitals,
    so that the rules read them as printed."""
    if len(printed) != len(cased):
        return cased
    out = list(cased)
    for pattern in patterns:
        for m in pattern.finditer(printed):
            out[m.start():m.end()] = printed[m.start():m.end()]
    return "".join(out)


# … where a heading runs on into the house, the term and the session. The space before them is found from its
# run's first place, where the first match always begins: a run of spaces or newlines is not read again from
# each of its places (quadratic; hostile45)
RUNS_ON = re.compile(r"(?<!\s)\s+(?=(?:HOUSE|House|Hous\s?E|SENATE|Senate|[A-Z]+-[A-Z]+|\w+TH|CONGRESS|Congress|"
                     r"FIRST|SECOND|SESSION)\b)")


# the imprint's town: a capitalised word and the spaces just before a printer's name
TOWN_BEFORE = re.compile(r"(?<![\w])[A-Z][A-Za-z]+\s+$")


def _town_before(text: str, end: int):
    """TOWN_BEFORE's match ending at `end`, read from the word before the spaces there only: the whole text before
    each printer was read once a printer (a pasted list of imprints: quadratic; hostile45). The word lies inside the
    run of ASCII letters just before the spaces, so the leftmost match begins there or later."""
    j = end
    while j and text[j - 1].isspace():
        j -= 1
    k = j
    while k and text[k - 1].isascii() and text[k - 1].isalpha():
        k -= 1
    return TOWN_BEFORE.search(text, k, end)


def bodies(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, "org", why) of committees, houses, printers and units in the print's shapes."""
    out = []
    for pattern, why in ((COMMITTEE, "a legislature's committee by its subject"), (CHAMBER, "a legislature's house"),
                         (PRINTER, "a state's printer on an imprint"), (UNIT, "a military unit by its number"),
                         (CAPS_BODY, "a body in capitals by its head word"), (TITLE_BODY, "a body of a land")):
        for m in pattern.finditer(text):
            town = _town_before(text, m.start()) if pattern is PRINTER else None
            if town and town[0].strip().upper() not in _NOT_PERSON:
                out.append((town.start(), town.start() + len(town[0].strip()), "place", "the imprint's town before its printer"))
            name = m[0].rstrip()
            # a heading runs on into the house, the term and the session: the subject stops there
            name = RUNS_ON.split(name, 1)[0]
            if not any(a < m.start() + len(name) and m.start() < b for a, b, _, _ in out):
                out.append((m.start(), m.start() + len(name), "org", why))
    for m in STYLED_REPUBLIC.finditer(text):
        if not any(a < m.end() and m.start() < b for a, b, _, _ in out):
            out.append((m.start(), m.end(), "place", "a state styled by an adjective before its republic"))
    out += [(m.start(), m.end(), "none", "a designation, degree or part: no name") for m in NO_NAME.finditer(text)
            if not any(a < m.end() and m.start() < b for a, b, _, _ in out)]
    out += [(m.start(), m.end(), "none", QUESTION_WHY) for m in QUESTION.finditer(text)]
    heading = CHAMBER_HEADING.match(text)
    if heading and not any(a <= heading.start("name") < b for a, b, _, _ in out):
        out.append((*heading.span("name"), "org", "a chamber's name heading its document"))
    return out


def regions_in_capitals(text: str, peoples, gazetteer) -> list[tuple[int, int, str, str]]:
    """A people's adjective in capitals before another people's country names a region ("TURKISH
    ARMENIA"), as it does in running text ("Russian Armenia", tei/ENCODING.md); a state's does not."""
    out = []
    for m in re.finditer(r"(?<![\w-])(?P<adj>[A-Z]{4,})\s+(?P<land>[A-Z]{4,})(?![\w-])", text):
        adj, land = m["adj"].lower(), m["land"].capitalize()
        if adj in peoples and (gazetteer.place(land) or {}).get("feature") == "country" \
                and not land.lower().startswith(adj[:4]):
            out.append((m.start(), m.end(), "place", f"a region named with “{m['adj']}”"))
    return out


def advocacy_mentions(text: str, roles, org_heads, place_heads, peoples=frozenset(),
                      gazetteer=None) -> list[tuple[int, int, str, str]]:
    """(start, end, kind, why) of persons in capitals with initials, a roster's members and their
    states. `roles` ("chairman", "clerk") is what a roster prints after the state, no place."""
    out = bodies(text)
    if gazetteer is not None:
        out += [r for r in regions_in_capitals(text, peoples, gazetteer)
                if not any(a < r[1] and r[0] < b for a, b, _, _ in out)]

    def free(s, e):
        return not any(a < e and s < b for a, b, _, _ in out)

    def not_a_person(name: str) -> bool:
        words = [w.strip(".,’'") for w in re.split(r"[\s.,]+", name) if len(w.strip(".,’'")) > 1]
        return any(w.upper() in _NOT_PERSON or w.lower() in org_heads | place_heads for w in words)

    for m in CAPS_PERSON.finditer(text):
        heading = re.fullmatch(r"[A-Z]\.\s+(\w+)", m[0])    # "I. INTRODUCTION": a numbered heading
        if heading and is_common(heading[1]):
            continue
        if not not_a_person(m[0]) and free(m.start(), m.end()):
            out.append((m.start(), m.end(), "person", "a name in capitals with an initial"))
    entries = [m for m in ROSTER_NAME.finditer(text) if not not_a_person(m[0])]
    alone = re.fullmatch(rf"\s*\S.*?,\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*(?:,\s+(?P<role>[A-Z][a-z]+))?\.?\s*", text)
    if len(entries) + sum(1 for s, e, _, _ in out if STATE_AFTER.match(text, e)) >= 2 or \
            alone and alone["role"] and alone["role"].lower() in roles | _OFFICES:
        # a roster: two members or more each followed by a state, or a line of its own with the
        # member's office after his state ("STEPHEN G. PORTER, Pennsylvania, Chairman")
        for m in entries:
            if free(m.start(), m.end()) and STATE_AFTER.match(text, m.end()):
                out.append((m.start(), m.end(), "person", "a roster's member in capitals"))
        for s, e, kind, _ in list(out):
            state = STATE_AFTER.match(text, e) if kind == "person" else None
            if state and state["state"].lower() not in roles | _OFFICES and free(*state.span("state")):
                out.append((*state.span("state"), "place", "a roster's state after its member"))
    return sorted(out)
