"""An international organisation's own documents: the League of Nations' reports, lists and headings.

Why a module of its own: the League's print names things in ways no earlier genre does. Its name
heads a document in capitals ("LEAGUE OF NATIONS"), or runs into a society's ("LEAGUE OF NATIONS
UNION"); its organs are named bare or by a session's number ("the Council", "the Fourth Assembly",
"the High Commission"), which names no one body an editor would enter in a register, beside the named
"Council of the League"; its rosters give each delegate his state in brackets ("M. Hymans (Belgium)"),
with titles of every nation and particles inside the names ("M. van Karnebeek", "M. af Wirsen, of
Sweden"); relief bodies are named by a people's adjective ("the American Red Cross"); states are
styled by their peoples ("the Kingdom of the Serbs, Croats and Slovenes"), and treaties by their places
("Treaties of Neuilly, St. Germain, Trianon"). The shapes here are found first and win over the general
rules, which cut such names at a comma, a particle or a bracket. `bare_organ` says which proposals name
an organ only, for the recogniser to drop.
"""
from __future__ import annotations

import re

# Head words of a body in capitals followed by what it is "of": "LEAGUE OF NATIONS", "LEAGUE of NATIONS"
_CAPS_HEADS = r"(?:LEAGUE|COUNCIL|COMMISSION|COMMITTEE|UNION|FEDERATION|ASSOCIATION|SOCIETY|BOARD|BUREAU|OFFICE)"
_CAPS_WORD = r"(?!(?:THE|AND|OF|TO|IN|ON|FOR|BY|AT)\b)[A-Z]{3,}"
# and through "AND" to the run's end (round 27): "BUREAU OF FOREIGN AND DOMESTIC COMMERCE", "COMMITTEE OF UNION AND
# PROGRESS"; not when capitals go on after it ("BOARD OF TRADE AND THE NAVY LEAGUE": another name follows)
CAPS_BODY_OF = re.compile(rf"(?<![\w-]){_CAPS_HEADS}\s+(?:OF|of)\s+(?:THE\s+)?{_CAPS_WORD}"
                          rf"(?:\s+(?:UNION|ASSOCIATION|SOCIETY|FEDERATION|COUNCIL|COMMITTEE))?(?![\w-])"
                          rf"(?:[ ]AND[ ]{_CAPS_WORD}(?:[ ]{_CAPS_WORD})?(?![\w-])(?![ ]+[A-Z]{{2}}))?")
# what keeps its capitals when a run of capitals is written as running text (recognize_advocacy.keep_printed)
PRINTED = (CAPS_BODY_OF,)

# An organ of a body, named bare or by its session's number: no body's own name (its register entry would be
# the body's): "the Council", "THE COUNCIL", "the Fourth Assembly", "6th Committee", "the High Commission"
_ORDINAL = (r"(?:\d+(?:st|nd|rd|th)|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|"
            r"Twelfth|Last|Next)")
_ORGANS = r"(?:Assembly|Assemblies|Council|Commission|Commissariat|Committee|League|Secretariat|Session)"
BARE_ORGAN = re.compile(rf"(?i:the\s+)?(?:(?:[A-Z][a-z]+\s+)?{_ORDINAL}\s+|High\s+)?{_ORGANS}", re.I)
# a numbered committee named as the author of a report ("REPORT OF THE FIFTH COMMITTEE") names that committee
NAMED_COMMITTEE_BEFORE = re.compile(r"(?i:\bof\s+the\s+)$")

# "Council of the League" (without "of Nations"): the organ named by its body, a body's name
ORGAN_OF_BODY = re.compile(r"(?<![\w-])(?:Council|Assembly|Secretariat)\s+of\s+the\s+League\b(?!\s+of\b)")

# A title before a delegate's name: every nation's ("M.", "Mr.", "The Marquis", "Count", "Col.")
_TITLE = (r"(?:(?:M|MM|Mr|Mme|Mlle|Dr|Col|Gen|Adm|Maj|Capt|Sir)\.|(?:The\s+|the\s+)?(?:Marquis|Viscount|Count|Baron|"
          r"Prince|Duke|Earl|Lord)|Major|Colonel|General|Admiral|Captain|Senator|Sir|Dr)")
# Lower-case particles inside a person's name ("van Karnebeek", "da Cunha", "af Wirsen", "de la Torre")
PARTICLES = ("van", "von", "de", "da", "di", "du", "af", "av", "ter", "ten", "zu", "del", "della", "dos", "das", "do",
             "la", "le", "der", "den")
_PARTICLE = rf"(?:{'|'.join(PARTICLES)})"
# A word of a printed name: capitalised, the OCR's digit or sign kept as printed ("Le6n", "Imperial!")
_NAME_WORD = r"[A-Z][\w’'\-]*!?"
_NAME = rf"(?:{_PARTICLE}\s+){{0,2}}{_NAME_WORD}(?:\s+(?:{_PARTICLE}\s+){{0,2}}{_NAME_WORD}){{0,3}}"
# "M. Hymans (Belgium)", "Mr. Wellington Koo (China)": a delegate, his state in brackets
DELEGATE = re.compile(rf"(?<![\w])(?P<title>{_TITLE})\s+(?P<name>{_NAME})\s*\((?P<state>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\)")
# "M. af Wirsen, of Sweden", "M. van Karnebeek": a titled name opening with a particle (the title outside)
PARTICLE_NAME = re.compile(rf"(?<![\w])(?P<title>{_TITLE})\s+(?P<name>{_PARTICLE}\s+(?:{_PARTICLE}\s+)?{_NAME_WORD}"
                           rf"(?:\s+{_NAME_WORD})?)(?![\w’'])")
STATE_OF = re.compile(r",\s+of\s+(?:the\s+)?(?P<state>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)(?![\w’'])")

# Relief bodies named by a people's or a region's words: "the American Red Cross", "the Near East Relief",
# "the American Relief Administration"
RED_CROSS = re.compile(r"(?<![\w-])(?:[A-Z][a-z]+\s+){0,2}Red\s+Cross(?:\s+Society)?(?![\w-])")
RELIEF = re.compile(r"(?<![\w-])(?<!\band )(?<!\bfor )(?P<by>(?:[A-Z][a-z]+\s+){1,2})Relief(?:\s+(?:Administration|Committee|Commission|Fund|"
                    r"Association|Society|Expedition|Organisation|Organization))?(?![\w-])")

# A state styled by its peoples: "the Kingdom of the Serbs, Croats and Slovenes", commas and all
STYLED_BY_PEOPLES = re.compile(r"(?<![\w-])(?:Kingdom|Republic|State|Union)\s+of\s+the\s+[A-Z][a-z]+s"
                               r"(?:,\s+[A-Z][a-z]+s)*,?\s+and\s+[A-Z][a-z]+s(?![\w-])")

# Treaties named after their places: "Treaties of Neuilly, St. Germain, Trianon", "Treaty of St. Germain-en-Laye"
_PLACE_ITEM = r"(?:St\.\s+)?[A-Z][a-z]+(?:-[a-z]+-[A-Z][a-z]+)?(?![\w’'\-])"
TREATY_PLACES = re.compile(rf"(?<![\w-])(?:Treaty|Treaties|Peace|Convention|Conventions)\s+of\s+(?P<items>{_PLACE_ITEM}"
                           rf"(?:,\s+{_PLACE_ITEM})*(?:,?\s+and\s+{_PLACE_ITEM})?)")
ITEM = re.compile(_PLACE_ITEM)
# A saint's name with a place's hyphenated tail is a town ("St. Germain-en-Laye", "St. Jean-de-Luz"), as is a
# saint's name where something is done "at" it ("concluded at St. Germain"; not "at St. Petersburg Academy")
SAINT_TOWN = re.compile(r"(?<![\w-])St\.\s+[A-Z][a-z]+-[a-z]+-[A-Z][a-z]+(?![\w-])|(?<=\bat\s)St\.\s+[A-Z][a-z]+(?![\w-])(?!\s+[A-Z])")

# A state's name (not its people's adjective) before an office: "Netherlands Minister for Foreign Affairs",
# "the China Delegation": the state is a place, the office outside
STATE_BEFORE_OFFICE = re.compile(r"(?<![\w’'\-])(?P<state>[A-Z][a-z]+(?: [A-Z][a-z]+)?) (?:Minister|Delegate|Delegation|"
                                 r"Ambassador|Envoy|Representative)\b")

# A street in capitals after its number ("15 GROSVENOR CRESCENT"): the street a place, its number outside
STREET_CAPS = re.compile(r"(?<=\d\s)[A-Z]{3,}(?:\s+[A-Z]{3,})?\s+(?:STREET|SQUARE|ROAD|PLACE|GARDENS|AVENUE|TERRACE|"
                         r"CRESCENT|LANE|GATE|ROW|QUAY|BOULEVARD)\b")

# A word printed letter-spaced ("G e n e v a"): read whole, a place where the gazetteer knows the word
SPACED = re.compile(r"(?<![\w])[A-Z](?: [a-z]){3,}(?![\w])")


def _state(word: str, gazetteer, state_names) -> bool:
    """A state's name: a country GeoNames knows, an older state's English name, or "X Empire/Kingdom"."""
    if word.lower() in state_names or re.fullmatch(r"[A-Z][a-z]+ (?:Empire|Kingdom|Republic)", word):
        return True
    # ("Netherlands": GeoNames names the country with its article, "The Netherlands")
    return gazetteer is not None and any((gazetteer.place(w) or {}).get("feature") == "country"
                                         for w in (word, f"The {word}"))


def _capitals_before(text: str, end: int) -> str | None:
    """The word in capitals (two letters or more, A-Z) that the spaces before `end` follow, as
    re.search(r"([A-Z]{2,})\\s+$", text[:end]) finds it, but reading back from `end` only: that search
    read the whole text before each body's name, a minute for a paragraph of them."""
    i = end
    while i > 0 and text[i - 1].isspace():
        i -= 1
    j = i
    while j > 0 and "A" <= text[j - 1] <= "Z":
        j -= 1
    return text[j:i] if i < end and i - j >= 2 else None


def league_mentions(text: str, gazetteer=None, state_names=frozenset(), demonyms=frozenset(),
                    is_common=lambda word: False) -> list[tuple[int, int, str, str]]:
    """(start, end, kind, why) of the League print's bodies, delegates, styled states and treaties' places."""
    out: list[tuple[int, int, str, str]] = []

    def free(s, e):
        return not any(a < e and s < b for a, b, _, _ in out)

    def add(s, e, kind, why):
        if free(s, e):
            out.append((s, e, kind, why))

    for m in DELEGATE.finditer(text):
        if _state(m["state"], gazetteer, state_names):
            add(*m.span("name"), "person", "a delegate before his state in brackets")
            add(*m.span("state"), "place", "a delegate's state in brackets")
    for m in PARTICLE_NAME.finditer(text):
        add(*m.span("name"), "person", "a titled name opening with a particle")
        state = STATE_OF.match(text, m.end())
        if state and _state(state["state"], gazetteer, state_names):
            add(*state.span("state"), "place", "a delegate's state after “of”")
    for m in STATE_BEFORE_OFFICE.finditer(text):
        state = m["state"].split()
        for k in range(len(state)):      # "Mr. Smith, Netherlands Minister": the state's words only
            name = " ".join(state[k:])
            if _state(name, gazetteer, state_names):
                start = m.end("state") - len(name)
                add(start, m.end("state"), "place", "a state's name before an office")
                break
    for m in CAPS_BODY_OF.finditer(text):
        before = _capitals_before(text, m.start())
        if before and before not in ("THE", "OF", "TO", "AND", "FOR", "BY", "IN"):
            continue     # "ARMENIAN NATIONAL UNION OF AMERICA": the head is inside a longer name (recognize_advocacy.py)
        end = m.end()
        joined = re.search(r" AND ((?:[A-Z]+ ?)+)$", m.group())
        if joined and (_state(joined[1].title(), gazetteer, state_names) or " " in joined[1] and gazetteer is not None
                       and gazetteer.place(joined[1].title()) is not None):
            end = m.start() + joined.start()   # "LEAGUE OF NATIONS AND ARMENIA": a state after "AND" is its own name
        add(m.start(), end, "org", "a body in capitals named by what it is of")
    for m in ORGAN_OF_BODY.finditer(text):
        add(m.start(), m.end(), "org", "an organ named by its body")
    for m in RED_CROSS.finditer(text):
        add(m.start(), m.end(), "org", "a Red Cross named by its people")
    for m in RELIEF.finditer(text):
        by = m["by"].split()
        if by[0].lower() in demonyms or (m["by"].strip() in ("Near East", "Middle East", "Far East")):
            add(m.start(), m.end(), "org", "a relief body named by its people or region")
    for m in STYLED_BY_PEOPLES.finditer(text):
        add(m.start(), m.end(), "place", "a state styled by its peoples")
    for m in TREATY_PLACES.finditer(text):
        for item in ITEM.finditer(text, m.start("items"), m.end("items")):
            if is_common(item[0]):
                continue     # "Treaty of Peace", "Treaty of Friendship": what it is of, no place
            add(item.start(), item.end(), "place", "a treaty's place")
    for m in SAINT_TOWN.finditer(text):
        add(m.start(), m.end(), "place", "a saint's name as a town's")
    for m in STREET_CAPS.finditer(text):
        add(m.start(), m.end(), "place", "a street in capitals after its number")
    for m in SPACED.finditer(text):
        word = m[0].replace(" ", "")
        if gazetteer is not None and gazetteer.place(word) is not None:
            add(m.start(), m.end(), "place", "a place's name printed letter-spaced")
    return sorted(out)


def bare_organ(text: str, start: int, end: int) -> bool:
    """The proposal text[start:end] names an organ only ("the Council", "Fourth Assembly", "High
    Commission"), or is a function word alone ("THE"): no body's own name. A numbered committee named as a
    report's author ("REPORT OF THE FIFTH COMMITTEE") is kept."""
    words = text[start:end]
    if re.fullmatch(r"(?i:the|of|and|to|a|an)", words):
        return True
    if not BARE_ORGAN.fullmatch(words):
        return False
    numbered = re.search(r"(?i:committee)$", words) and re.match(rf"(?i:{_ORDINAL})\s", words)
    return not (numbered and NAMED_COMMITTEE_BEFORE.search(text[:start]))



# What a body is "for", after its name: "High Commission … for Refugees" (one capitalised noun in the plural,
# not a place's name: "the League of Nations for Armenia" is no body of that name)
FOR_WHOM = re.compile(r" for (?P<whom>[A-Z][a-z]+s)(?![\w’'\-]| [A-Z])")
# … at the end of a name: what a body nested in it does not take with it (tagger.body_inside)
FOR_WHOM_END = re.compile(r" for [A-Z][a-z]+s$")


# an initial ending a name, after its space: found from the space run's first place, where the leftmost match
# begins, so a run of spaces is not read again from each of its places (quadratic; hostile45)
INITIAL_END = re.compile(r"(?<!\s)\s+[A-Z]\.$")


def org_extent(text: str, start: int, end: int, gazetteer=None) -> tuple[int, int]:
    """A body's span, put right: not ending on an initial read from a document's number ("League of
    Nations C. 110"), and not cut before what it is for ("… of the League of Nations for Refugees")."""
    cut = INITIAL_END.search(text[start:end])
    if cut and " " in text[start:start + cut.start()].strip() \
            and not re.fullmatch(r"(?:[A-Z]\. ?)+", text[start:end]):     # "I. W. W.": initials alone are the name
        end = start + cut.start()
    more = FOR_WHOM.match(text, end)
    if more and not (gazetteer is not None and gazetteer.place(more["whom"]) is not None):
        end = more.end()
    return start, end
