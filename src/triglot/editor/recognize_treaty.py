"""Treaties and other formal instruments: the shapes in which they write parties, envoys and dates.

Why a module of its own: an instrument prints its parties and its signing line in capitals
("ARMENIA, BELGIUM, GREECE, THE HEDJAZ …", "HIS MAJESTY THE KING OF IRAQ:", "SIGNED AT SÈVRES,
AUGUST 10, 1920"), a run no general rule reads: to them a word in capitals is an acronym or a
heading's ordinary word. Such a run is read here as running text would write it — ordinary words
and titles in lower case, names and the head words of states' names with a capital — with the same
offsets, so the general rules then find the states and the date, and the proposals are filled into
the text as printed. A heading of ordinary words ("TREATY OF PEACE", "ARTICLE 88") then holds no
name, and acronyms ("USSR", the letters of an order) stay as printed.

An instrument also names its envoys in ways running prose does not — noble titles and seats inside
a name ("Ottokar Count Czernin von und zu Chudenitz"), a peer by his peerage, transliterations the
NER model does not know in a list of plenipotentiaries — and prints words that look like names and
are none: orders of chivalry and their letters, the titles of its parts, governments named by a
monarchy's style. `treaty_mentions` finds those shapes; the recogniser keeps them over what its
general rules make of the same words (as the House's, the press's and the reference works').
"""
from __future__ import annotations

import re

from triglot.editor.capital_names import kept_capitals
from triglot.editor.recognize_streets import ADDRESS
from triglot.editor.common_words import listed
from triglot.editor.recognize_house import surname_in_capitals
from triglot.editor.spans import leftmost_longest

WORD = re.compile(r"[^\W\d_]+(?:[-’'][^\W\d_]+)*")
GAP = re.compile(r"[ ]?[,;:]?[ ]+")        # between two words of a run: a space, or a list's comma or colon
CAP_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december"}
# an article before the words: "Der Vertrag von Kars", "the Treaty von …" name a thing, not a person
ARTICLES = {"the", "a", "an", "der", "die", "das", "den", "dem", "des", "le", "la", "les", "il", "el"}
SMALL = {"of", "and", "the", "at", "for", "in", "on", "to", "by", "or", "a", "an", "as", "with", "beyond", "between"}


def capitals_as_written(text: str, gazetteer, roles=frozenset(), heads=frozenset(), states=frozenset(),
                        org_heads=frozenset()) -> str:
    """`text` with each run of three words or more in capitals (two when they are the whole block) written as
    running text writes it (same length, same offsets); any other text as it is. `roles` are titles ("king", "president": lower case),
    `heads` the head words of places' names ("republic", "kingdom": kept with a capital), `states`
    the English names of states the gazetteer lacks, `org_heads` the head words of bodies' names (a place's
    or a body's name of several words keeps its capitals: capital_names.py)."""
    out = list(text)
    streets = [m.span(1) for m in ADDRESS.finditer(text)]
    for start, end in _runs(text):
        words = list(CAP_WORD.finditer(text, start, end))
        if text[end:end + 1] == "." and len(words[-1][0]) > 1:
            continue    # a press heading closed by a full stop ("TURKS MUST LEAVE EUROPE."): recognize_press.py's
        whole = not text[:start].strip() and not re.search(r"\w", text[end:])
        if sum(len(w[0]) >= 2 for w in words) < (2 if whole else 3):
            continue    # two words in capitals only when they are the whole block ("AND TURKEY,")
        cased = [_case(w[0], text[w.end():w.end() + 4], gazetteer, roles, heads) for w in words]
        # an ordinary word before a name that makes a state's name with it: "UNITED KINGDOM", "GREAT BRITAIN"
        for i in range(len(words) - 1):
            if cased[i].islower() and cased[i] not in SMALL and cased[i + 1][:1].isupper():
                pair = f"{cased[i].capitalize()} {cased[i + 1]}"
                if gazetteer.place(pair) is not None or pair.casefold() in states:
                    cased[i] = cased[i].capitalize()
        for i in range(1, len(words)):
            if cased[i - 1] in PLACE_PREPOSITIONS and cased[i].islower() and _town(cased[i], gazetteer):
                cased[i] = cased[i].capitalize()
        gaps = [text[a.end():b.start()] for a, b in zip(words, words[1:])]
        for i in kept_capitals([w[0] for w in words], gaps, gazetteer, org_heads, states):
            if cased[i].islower():
                cased[i] = "-".join(p.capitalize() for p in cased[i].split("-"))   # "NEW YORK", "ENDOWMENT"
        for i, w in enumerate(words):       # "405 WEST 117TH STREET": a street after its house number keeps
            if any(a <= w.start() and w.end() <= b for a, b in streets):    # its capitals (recognize_streets.py)
                cased[i] = w[0]
        if start == 0 or re.search(r"[.:;]\s*$", text[:start]):
            cased[0] = cased[0][:1].upper() + cased[0][1:]       # a sentence's first word keeps its capital
        for w, new in zip(words, cased):
            if len(new) == len(w[0]):
                out[w.start():w.end()] = new
        if re.match(r" [A-Z][a-z]", text[end:end + 3]):
            # "… BEAT ALLIES AT GALLIPOLI Mustapha Kemal Ranks …": a headline in capitals run into the text
            # after it (a newspaper's OCR of one column): the run ends where the capitals end, so that its
            # last word is no forename of the next one's name; a line's break there keeps the offsets
            out[end] = "\n"
    written = "".join(out)
    return written if len(written) == len(text) else text


def _runs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each run of words in capitals (no lower-case letter in any script: not "Фёдор")."""
    runs, current = [], None
    for w in WORD.finditer(text):
        if not w[0].isupper():
            current = None
            continue
        if current is not None and GAP.fullmatch(text, current[1], w.start()):
            current[1] = w.end()
        else:
            current = [w.start(), w.end()]
            runs.append(current)
    return [(s, e) for s, e in runs]


def _case(word: str, after: str, gazetteer, roles, heads) -> str:
    low = word.lower()
    if low in SMALL:
        return low
    if low in MONTHS and re.match(r"\s+\d", after):
        return word.capitalize()        # "AUGUST 10, 1920": a month before its day
    if not all(surname_in_capitals(p) for p in word.split("-")):
        return word                     # an acronym, an initial or an order's letters: as printed
    if "-" in word and not all(_ordinary(p) for p in low.split("-")):
        return "-".join(p.capitalize() for p in word.split("-"))    # "SERB-CROAT-SLOVENE", "CZECHO-SLOVAKIA"
    if low in heads:
        return word.capitalize()        # "REPUBLIC OF TURKEY", "SERB-CROAT-SLOVENE STATE"
    if low in roles or _ordinary(low) and (gazetteer.place(word.capitalize()) or {}).get("feature") != "country":
        return low                      # "HIS MAJESTY THE KING", "TREATY OF PEACE"; not "TURKEY", "JAPAN"
    return "-".join(p.capitalize() for p in word.split("-"))


# prepositions of place: a town's word after one in a run of capitals is the town ("NEWS FROM BAKU")
PLACE_PREPOSITIONS = {"from", "at", "in", "to", "near", "into"}


def _town(low: str, gazetteer) -> bool:
    """A town GeoNames knows whose word web2 also lists as a proper noun ("Baku", "Paris": also a straw and a
    plant): after a preposition of place in capitals it is the town ("SERIOUS NEWS FROM BAKU"); a word web2
    has only in lower case ("reading", "split", "mobile") stays an ordinary word, though towns are named so,
    and so does one after any other word ("A HOT BATH")."""
    from triglot.editor.common_words import is_common
    return not is_common(low) and (gazetteer.place(low.capitalize()) or {}).get("feature") == "city"


def _ordinary(low: str) -> bool:
    """An English word (web2 lists it in lower case), or its plural or participle ("powers", "parties",
    "signed", "contracting")."""
    if listed(low):
        return True
    stems = []
    if low.endswith("s"):
        stems += [low[:-1], low[:-2], low[:-3] + "y"]
    if low.endswith("ed"):
        stems += [low[:-2], low[:-1]]
    if low.endswith("ing"):
        stems += [low[:-3], low[:-3] + "e"]
    return any(s and listed(s) for s in stems)


# -- what an instrument names in its own ways ----------------------------------------------------------
_NAME = r"[A-Z][a-zà-ÿ]+(?:-[A-Z][a-zà-ÿ]+)?"
# an order of chivalry, with the grade before it: "Grand Officer of the National Order of the Legion of Honour",
# "the Orders of Saints Maurice and Lazarus and of the Crown of Italy" — to the clause's end
ORDER = re.compile(r"(?:(?:Knight\s+)?(?:Grand\s+)?(?:Cross|Officer|Commander|Companion|Knight)\s+of\s+the\s+)?"
                   r"(?:[A-Z][a-z]+\s+)?\bOrders?\s+of\s+(?:the\s+)?[A-Z][^,;:.()\n]*")
# an order's letters after a name: ", K.C.M.G.", ", G.C.S.I.", ", K. C. V. O." (two letters or more)
ORDER_LETTERS_WHY = "the letters of an order"
ORDER_LETTERS = re.compile(r"(?<=,\s)(?:[A-Z]\.\s?){1,5}[A-Z]\b\.?")
# the title of a treaty's part or section in brackets after its number: "Part VIII (Financial Clauses)"
PART_TITLE = re.compile(r"\b(?:Part|Section|Chapter|Annex|Title)\s+[IVXLC\d]+\.?\s*\((?P<title>[^()]{1,60})\)")
# a government named by a monarchy's style and its state's adjective: "the Imperial German Government", "the
# Imperial and Royal joint Austro-Hungarian Government" (the sets tag no "the X Government", as "the Soviet Government")
STYLED_GOVERNMENT = re.compile(r"\b(?:(?:Imperial|Royal|Britannic|Apostolic)\s+(?:and\s+)?)+(?:joint\s+)?"
                               rf"(?P<adjective>{_NAME}\s+)?Government\b")
# a noble title between forenames and surname, the seat after a particle: "Ottokar Count Czernin von und zu
# Chudenitz"; a peer named by his peerage after a comma: "George Nathaniel, Marquess Curzon of Kedleston"
NOBLE = re.compile(rf"(?<![\w’'\-])(?P<fore>{_NAME}(?:\s{_NAME}){{0,2}})(?P<comma>,)?\s(?P<title>Count|Countess|Baron|"
                   rf"Baroness|Marquess|Marquis|Earl|Viscount|Prince|Duke)\s(?P<sur>{_NAME})"
                   rf"(?P<seat>(?:\s(?:von|und|zu|of|de|di|af|van))+\s{_NAME})?(?![\w’'\-])")
# a name with a nobiliary particle inside: "Richard von Kühlmann", "Kajetan Mérey von Kapos-Mére"
PARTICLE = re.compile(rf"(?<![\w’'\-])(?P<name>{_NAME}(?:\s{_NAME}){{0,2}}\s(?:von|zu)(?:\s(?:und|der|zu))*\s{_NAME})(?![\w’'\-])")
# "peace in the East", "the Commander-in-Chief of the East", "the desire of the West": the region, capitalised,
# standing alone after "the"
# (a direction is written in lower case, "to the east"; "the East India Company" goes on into a name)
REGION = re.compile(r"(?<=\bthe\s)(?:East|West)(?=\s*[,;:.)]|\s*$|\s+(?:and|or|of|in|to|by|for|with|from|was|is|were|are|had|has)\b)")
# an envoy's office, capitalised as a formal list of plenipotentiaries writes it
ENVOY = re.compile(r"\b(?:Plenipotentiary|Plenipotentiaries|Envoy|Minister|Ambassador|Delegate|Councillor|Commissioner|"
                   r"Secretary of State|Chargé)\b")
SEGMENT = re.compile(r"[^,;:.()]+")
GLUED_M = re.compile(r"\bM\.(?=[A-Z])")      # "M.Nicholas": the French title glued to the name
NAME_SHAPED = re.compile(r"[A-Z][a-zà-ÿ]+(?:-[A-Z][a-zà-ÿ]+)?|[A-Z]{3,}(?:-[A-Z]{2,})*")
# a postfixed title joined by a hyphen: "Tevfik Rüştü-Bey"
HYPHEN_TITLE = re.compile(rf"(?<![\w’'\-])(?P<name>{_NAME}\s[A-Z][\wà-ÿ]+-(?P<title>[A-Z][a-z]+))(?![\w’'\-])")


def treaty_mentions(text: str, gazetteer, roles=frozenset(), not_names=frozenset(), postfix=frozenset()):
    """(start, end, kind, why) of what an instrument names in its own shapes; kind "none" marks words that are
    no name (an order of chivalry, an order's letters, a part's title, a styled government): they keep the
    general rules off them. `roles` are titles, `not_names` ordinary capitalised words and peoples' words,
    `postfix` postfixed titles ("bey", "khan")."""
    out = []

    def name_word(word: str) -> bool:
        low = word.lower()
        return not (low in SMALL | ARTICLES or _ordinary_word(word) or low in roles or low in not_names
                    or (gazetteer.place(word) or {}).get("feature") == "country")

    for m in ORDER.finditer(text):
        out.append((m.start(), m.end(), "none", "an order of chivalry"))
    for m in ORDER_LETTERS.finditer(text):
        if len(re.sub(r"[^A-Z]", "", m[0])) >= 2 and not re.match(r"\s*[A-Z][a-zà-ÿ]+", text[m.end():]) \
                or re.match(r"\s*[A-Z][a-z]+\s+[A-Z][a-z]+", text[m.end():]) and _office_after(text[m.end():], roles):
            out.append((m.start(), m.end(), "none", ORDER_LETTERS_WHY))
    for m in PART_TITLE.finditer(text):
        out.append((m.start("title"), m.end("title"), "none", "the title of a treaty's part"))
    for m in STYLED_GOVERNMENT.finditer(text):
        if m["adjective"] is None or m["adjective"].split()[0].split("-")[-1].lower() in not_names:
            out.append((m.start(), m.end(), "none", "a government named by a monarchy's style"))
    for m in NOBLE.finditer(text):
        fore = m["fore"].split()
        while fore and not name_word(fore[0]):
            fore = fore[1:]
        if not fore or m["comma"] and not (m["seat"] or "").startswith(" of"):
            continue
        start = m.end("fore") - len(" ".join(fore))
        out.append((start, m.end(), "person", f"a name with the title “{m['title']}” inside"))
    for m in PARTICLE.finditer(text):
        words = m["name"].split()
        k = next(i for i, w in enumerate(words) if w in ("von", "zu"))
        fore = words[:k]
        while fore and not name_word(fore[0]):
            fore = fore[1:]
        start = m.start("name") + len(m["name"]) - len(" ".join(fore + words[k:]))
        before = text[:start].split()[-1:]       # the word before the forenames, perhaps one trimmed
        if fore and not (before and before[0].lower() in ARTICLES):
            out.append((start, m.end("name"), "person", "a name with a nobiliary particle"))
    if ENVOY.search(text):
        out += _envoys(text, gazetteer, roles, name_word)
    for m in REGION.finditer(text):
        out.append((m.start(), m.end(), "place", f"the {m[0]}, capitalised, standing alone: a region's name"))
    for m in HYPHEN_TITLE.finditer(text):
        first = m["name"].split()[0]
        if m["title"].lower() in postfix and name_word(first):
            out.append((m.start(), m.end(), "person", f"a name with the title “{m['title']}” joined"))
    return leftmost_longest(out)


def _envoys(text: str, gazetteer, roles, name_word) -> list[tuple[int, int, str, str]]:
    """Persons in a list of plenipotentiaries ("The Envoy … in Vienna, Andrea Tosheff;", "Royal Prussian Major-General
    Hoffmann, Chief of …", ": M.Waldemaras Salnais, Minister …"): a part between commas, colons or semicolons that,
    past its titles and ordinary words, is two to four names no gazetteer knows as a country (a surname not a
    place), or one name right after a title. The NER model does not know such transliterations; the list says
    person."""
    out = []
    plain = GLUED_M.sub("M ", text)       # same length: "M.Nicholas" → "M Nicholas"
    for seg in SEGMENT.finditer(plain):
        words = list(re.finditer(r"\S+", seg[0]))
        i = 0
        while i < len(words) and (not name_word(words[i][0]) or words[i][0] in ("M", "M.")
                                  or words[i][0].lower().split("-")[-1] in roles    # "Major-General"
                                  or _field_of_office(words, i, roles)):
            i += 1
        rest = words[i:]
        if not rest or len(rest) > 4 or not all(NAME_SHAPED.fullmatch(w[0]) and name_word(w[0]) for w in rest):
            continue
        last = rest[-1][0]
        if len(rest) == 1:
            title = words[i - 1][0].lower().split("-")[-1] if i else ""
            if title not in roles or gazetteer.place(last.capitalize()) is not None:
                continue
        elif gazetteer.place(last if not last.isupper() else last.capitalize()) is not None \
                or any((gazetteer.place(w[0]) or {}).get("feature") == "country" for w in rest):
            continue
        start, end = seg.start() + rest[0].start(), seg.start() + rest[-1].end()
        out.append((start, end, "person", "a name in a list of plenipotentiaries"))
    return out


def _field_of_office(words: list, i: int, roles) -> bool:
    """"to Secretary of State Homer Doyle", "the Minister of War Abbas Khan": the one word after an office's "of"
    is the office's field, no forename (round 48: a documentary edition's heading named the addressee so)."""
    return i >= 2 and words[i - 1][0] == "of" and words[i - 2][0].lower() in roles


def _office_after(after: str, roles) -> bool:
    """"K.C. M. G High Commissioner": an order's letters run on into an office, no surname."""
    word = re.match(r"\s*([A-Z][a-z]+)", after)
    return word is not None and (_ordinary_word(word[1]) or word[1].lower() in roles)


def _ordinary_word(word: str) -> bool:
    return _ordinary(word.lower()) and not listed(word.lower().capitalize())
