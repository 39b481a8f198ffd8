"""Press reports: the shapes of a newspaper's cables, credits and bylines.

Why a module of its own: cabled news prints names in shapes running prose never uses, and the
general rules of recognize.py read them wrongly — a dateline's place in capitals ("LONDON, March
10.") looks like an acronym to them, a news agency's credit ("—(Reuter.)", "(By Cable.—Press
Association.—Copyright.)") like a person, the French "M." before a foreign statesman's name like
an initial, and a word the compositor broke at a line's end ("Alex- andropol") like a name and a
lower-case word. The rules here find those shapes first; the recogniser keeps them over what its
general rules make of the same words (as recognize_house.py's for parliamentary records).
"""
from __future__ import annotations

import re
from functools import lru_cache

from triglot.editor.common_words import is_common
from triglot.editor.forenames import is_forename
from triglot.editor.recognize_house import surname_in_capitals

# A dateline: a place in capitals (one or two words) at a line's or a sentence's start, a comma, then a
# month's word (perhaps abbreviated or misprinted: "Februaty") and a day — "LONDON, March 10.", "NEW YORK, Sept. 21."
DATELINE = re.compile(r"(?:^|(?<=[.:;)]\s)|(?<=\d\s))(?P<place>[A-Z][A-Z’'\-]+(?:\s[A-Z][A-Z’'\-]+)?),\s+"
                      r"[A-Z][a-z]{2,8}\.?['’]?\s+\d{1,2}\b", re.M)     # "Sept.' 28": an OCR mark after the period
# A cable's dateline as the wire services' copy prints it: the place closed by a full stop, or by a comma with
# an OCR's stray quote ("LONDON. Sept. 26.", "MALTA,\" November 20"), or run on after the cable formula's last
# word ("—Copyright LAUSANNE, December 31."). The month here must be one (no misprint taken), and after a full
# stop the place one GeoNames knows: "… THE END. May 5 …" closes a heading, it opens no cable
CABLE_DATELINE = re.compile(r"(?:^|(?<=[.:;)]\s)|(?<=\d\s)|(?<=Copyright\s))(?P<place>[A-Z][A-Z’'\-]+(?:\s[A-Z][A-Z’'\-]+)?)"
                            r"(?P<stop>\.|,[\"”]|,)\s+(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b",
                            re.M)
# A credit after a dash, in brackets: "—(Reuter.)", "— (United Service.)"; a newspaper credited in
# quotation marks ("—(“Argus.”)") is a source, not tagged (the sets' gold), so quotes are refused here
CREDIT_BRACKET = re.compile(r"[—–]\s*\((?P<name>[A-Z][^()\n“”\"‘’]{0,40}?)\.?\)")
# The cable formula: "(By Cable.—Press Association.—Copyright.)"; its first word may be misprinted ("Cahle")
# Its shape says it, not its words, which the OCR often garbles ("By Taleuraph —rress Aasn—CepytiEht."):
# "By", one word, a dash, a short credit, a dash, one word and a full stop or a bracket
CABLE_FORMULA = re.compile(r"\bBy\s+(?P<means>[A-Za-z]+)\.?\s*[—–]+\s*(?P<name>[^\s()—–][^()\n—–.]{0,30}?)\.?\s*[—–]+\s*"
                           r"(?P<end>[A-Za-z]+)\.?\s*(?:\)|$|(?=\s))")
# The cable formula's means between its dashes in any order ("Press Association—By Tclegroph—Copyright"): the
# word after "By" is how the news came (the telegraph, the cable), however the OCR spells it, no name
CABLE_MEANS = re.compile(r"[—–]\s*By\s+(?P<means>[A-Z][a-z]+)\.?\s*(?=[—–])")
# A credit after a dash at a cable's end, unbracketed, before the next cable's dateline or heading in capitals:
# "… are destitute. — Reuter. MALTA, January 1.", "… to Malta and Cyprus.—-Reuter. LAUSANNE PROCEEDINGS."
# (not the formula's own last word: "United Press Assn.—Elec. Tel.—Copyright. LONDON, March 16.")
CREDIT_DASH = re.compile(r"(?<=[.!?”\"])\s*[—–][—–-]*\s*(?!Copyright\b)(?P<name>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\.\s+"
                         r"(?=[A-Z]{3,}[\s,.])")
# An OCR-garbled word: capitals inside a lower-case word after four small letters or more ("RarniUies",
# "CepytiEht"); a name's own inner capital follows a short prefix ("MacDonald", "FitzGerald", "DuBois")
# A word run into the next for a lost space is not garbled ("duringVladimir", "nearBaku"): its head is an
# ordinary word, or longer than seven letters ("romanizedNoy"), or its tail a word of its own ("duringVladimir")
GARBLED = re.compile(r"(?<![\w’'\-])(?P<head>[A-Z]?[a-z]{4,6})[A-Z]+[a-z]{1,3}(?![\w’'\-])")
# The French "M." (Monsieur) before a name: a title, outside the name — unless it is one initial of several
# ("J. M. Keynes") or follows a forename's initial run
MONSIEUR = re.compile(r"(?<![\w.’'])(?<![A-Z]\.\s)M\.\s+(?P<name>[A-Z][a-zà-ÿ’'\-]+(?:\s[A-Z][a-zà-ÿ’'\-]+)?)(?![\w’'\-])")
# the word right before "M.": a forename there, neither an ordinary word nor a place ("Edward M. House"),
# makes the "M." a middle initial
FORENAME_BEFORE = re.compile(r"(?<![\w’'.\-])(?P<word>[A-Z][a-z]+) $")
# an English title of address right before "M." ("Miss M. Edith Durham"): the list is data (address_titles)
ADDRESS_BEFORE = re.compile(r"(?<![\w’'.\-])(?P<word>[A-Z][a-z]+)\.? $")


@lru_cache(maxsize=1)
def _address_titles() -> frozenset[str]:
    import json
    from triglot.resources import packaged
    return frozenset(json.loads(packaged("names/en.json").read_text(encoding="utf-8"))["lists"]["address_titles"]["words"])


# a weekday or a month there is no forename: "On Monday M. Briand", "In December M. Briand"
CALENDAR_WORD = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July"
                           r"|August|September|October|November|December")
# A word broken at a line's end and printed with the hyphen and a space: "Alex- andropol"
# initials right before a word ("W. W. "), a person's forenames
INITIALS_BEFORE = re.compile(r"(?<![\w’'.\-])(?:[A-Z]\. ){1,3}$")
# (its possessive stays outside: "Ger- many's")
BROKEN = re.compile(r"(?<![\w’'\-])(?P<head>[A-Z][a-z]+)-\s(?P<tail>[a-z]{2,})(?=[’']s(?![\w’'\-])|(?![\w’'\-]))")
# a title right before a broken word ("General Deni- kine"), and the name right after a broken title
# ("Presi- dent Grant": one or two capitalised words)
WORD_BEFORE = re.compile(r"(?<![\w’'\-])(?P<word>[A-Z][a-z]+)\.? $")
NAME_AFTER = re.compile(r" (?P<name>[A-Z][a-z]+(?: [A-Z][a-z]+)?)(?![\w’'\-])")

# A body by its initials after "the", three letters or more with their periods ("the I. W. W.", "the A. R. A. has"),
# the last period perhaps misread by the OCR ("the I. W. W« The"), no capitalised surname after them (initials
# before a surname are a person's forenames); "the U. S.", "the U. S. S. R." are states', left to the place rules
BODY_INITIALS = re.compile(r"(?<=\b[Tt]he )(?!U\. S\.)(?P<name>(?:[A-Z]\. ){2,5}[A-Z](?:\.|(?=[^\w\s.’'])))"
                           r"(?! ?[A-Z][a-z])")

# A heading in capitals: words in capitals alone on a line, or a run of them closed by a full stop at a
# line's or a sentence's start ("TURKEY'S FUTURE.", "PRESIDENT WILSON'S VIEWS. TURKS MUST LEAVE EUROPE.")
HEADING = re.compile(r"(?:^|(?<=[.!?]\s))(?P<h>[A-Z][A-Z’'\-]*(?:[ \t]+[A-Z][A-Z’'\-]*)*)(?=\.|[ \t]*$)", re.M)
HEADING_WORD = re.compile(r"[A-Z][A-Z\-]*[A-Z](?=(?:['’]S)?(?![\w’']))")
# A title in capitals before a surname in a heading ("PRESIDENT WILSON'S VIEWS"); it stays outside
HEADING_TITLES = {"PRESIDENT", "PREMIER", "GENERAL", "MARSHAL", "ADMIRAL", "LORD", "SIR", "MR", "KING", "CHANCELLOR"}


# "from Europe", "in England": a capitalised word after a preposition of place, in the document's running text
PLACE_AFTER = re.compile(r"\b(?:in|into|from|to|at|near|against|throughout)\s+([A-Z][a-z]{2,})(?![\w’'\-])")


def places_after_prepositions(text: str) -> set[str]:
    """The capitalised words the document's running text names after a preposition of place ("from Europe"):
    a heading in capitals that repeats one ("TURKS MUST LEAVE EUROPE") names the place."""
    return {w for w in PLACE_AFTER.findall(text) if not is_common(w)}


def _heading_names(text: str, gazetteer, named=frozenset(), peoples=frozenset()) -> list[tuple[int, int, str, str]]:
    """Places and persons in a heading in capitals: a word after a title in capitals is a person; a word
    shaped like a name (not an acronym), no ordinary English word, that GeoNames knows as a place or the
    document names after a preposition of place ("from Europe"), a place."""
    out = []
    for h in HEADING.finditer(text):
        words = list(HEADING_WORD.finditer(text, h.start("h"), h.end("h")))
        for i, w in enumerate(words):
            word = w.group()
            if not surname_in_capitals(word) or is_common(word.capitalize()) or word in HEADING_TITLES \
                    or word.lower() in peoples:
                continue     # "TURK MUST QUIT …": a people's name, though GeoNames knows a town by it
            if i and words[i - 1].group() in HEADING_TITLES:
                out.append((w.start(), w.end(), "person", "a surname in capitals after a title in a heading"))
            elif word.capitalize() in named or gazetteer is not None and gazetteer.place(word.capitalize()) is not None:
                out.append((w.start(), w.end(), "place", "a place in capitals in a heading"))
            elif i >= 2 and words[i - 1].group() == "AND" and out and out[-1][:2] == words[i - 2].span() \
                    and out[-1][2] == "place" and text[w.end():w.end() + 1] in (".", "") and h.end("h") == w.end():
                # "AZERBAIJAN AND HAKKIARI.": the heading's last word, joined by "and" to a place, is another
                out.append((w.start(), w.end(), "place", "a place in capitals listed with a place in a heading"))
    return out


def press_mentions(text: str, gazetteer=None, named=frozenset(), titles=frozenset(),
                   peoples=frozenset()) -> list[tuple[int, int, str, str]]:
    """(start, end, kind, why) of the names a press report gives in its own shapes; kind "none" marks
    words that are no name proposal (they only keep the general rules off them). `named`: the words the
    document names after a preposition of place; `titles`: persons' titles, `peoples`: peoples' names and
    adjectives, in lower case."""
    out = []
    for m in DATELINE.finditer(text):
        if all(surname_in_capitals(w) for w in m["place"].split()):
            out.append((m.start("place"), m.end("place"), "place", "a dateline's place in capitals"))
    for m in CABLE_DATELINE.finditer(text):
        if not all(surname_in_capitals(w) for w in m["place"].split()) \
                or any(s <= m.start("place") < e for s, e, _, _ in out):
            continue
        if m["stop"] == "." and not (gazetteer is not None and gazetteer.place(m["place"].title()) is not None):
            continue
        out.append((m.start("place"), m.end("place"), "place", "a cable's dateline's place in capitals"))
    for m in CABLE_FORMULA.finditer(text):
        for part in ("means", "end"):      # the means and "Copyright" are no names, however printed
            out.append((m.start(part), m.end(part), "none", "a cable formula's word"))
    for m in CABLE_MEANS.finditer(text):
        if not any(s <= m.start("means") < e for s, e, _, _ in out):
            out.append((m.start("means"), m.end("means"), "none", "a cable formula's word"))
    # a credit after a dash only in cable copy, a text with a cable's dateline or formula: an epigraph's author
    # before a chapter's heading in capitals ("“Knowledge itself is power.” — Bacon. CHAPTER ONE.") is no agency
    cabled = any(why.endswith("dateline's place in capitals") or why == "a cable formula's word" for *_, why in out)
    for m in CREDIT_DASH.finditer(text) if cabled else ():
        out.append((m.start("name"), m.end("name"), "org", "a news agency's credit after a dash"))
    for m in GARBLED.finditer(text):
        if not is_common(m["head"].lower()) and not any(s <= m.start() < e for s, e, _, _ in out):
            out.append((m.start(), m.end(), "none", "an OCR-garbled word (capitals inside a lower-case word)"))
    for pattern in (CREDIT_BRACKET, CABLE_FORMULA):
        for m in pattern.finditer(text):
            name = m["name"].strip()
            if name.split()[0] in {"Received", "Rec."} or not re.search(r"[A-Za-z]{3}", name):
                continue     # a receipt line's hour, "(Received 0.30 a.m.)", is no credit
            start = m.start("name")
            out.append((start, start + len(name), "org", "a news agency's credit"))
    for m in BODY_INITIALS.finditer(text):
        out.append((m.start("name"), m.end("name"), "org", "a body's initials after “the”"))
    for m in MONSIEUR.finditer(text):
        before = FORENAME_BEFORE.search(text, max(0, m.start() - 40), m.start())
        if before and not is_common(before["word"]) and not CALENDAR_WORD.fullmatch(before["word"]) \
                and (gazetteer is None or gazetteer.place(before["word"]) is None or is_forename(before["word"])):
            # "Edward M. House": a middle initial; "Yesterday M. Briand", "In London M. Cambon": the title; a given
            # name that is a town too ("Rear Admiral Austin M. Knight", Austin, Texas) still a given name: the rule
            # gave "Knight", and its mention won over the recogniser's whole name (hostile46's leftover)
            continue
        address = ADDRESS_BEFORE.search(text, max(0, m.start() - 40), m.start())
        if address and address["word"].lower() in _address_titles():
            continue     # "Miss M. Edith Durham", "Dr. M. Ali": after an English title of address "M." is an initial
        out.append((m.start("name"), m.end("name"), "person", "a name after the French title “M.”"))
        out.append((m.start(), m.start() + 2, "none", "the French title “M.”"))
    for m in BROKEN.finditer(text):
        initials = INITIALS_BEFORE.search(text, 0, m.start())
        if initials:     # "W. W. Cumber- land": after initials a broken word is a surname, whatever place it spells
            out.append((initials.start(), m.end(), "person", "a surname broken at a line's end, after initials"))
            continue
        joined = m["head"] + m["tail"]
        before = WORD_BEFORE.search(text, max(0, m.start() - 30), m.start())
        if before and before["word"].lower() in titles:
            # "General Deni- kine's army": after a title a broken word is a person's name, as printed
            out.append((m.start(), m.end(), "person", "a name broken at a line's end, after a title"))
            continue
        after = NAME_AFTER.match(text, m.end())
        if joined.lower() in titles and after and not is_common(after["name"].split()[0]):
            # "Presi- dent Grant": a title broken at a line's end, and the name after it
            out.append((m.start(), m.end(), "none", "a title broken at a line's end"))
            out.append((after.start("name"), after.end("name"), "person", "a name after a title broken at a line's end"))
            continue
        # "Si- beria" where the text says "from Siberia" elsewhere: the document names the place
        known = gazetteer is not None and gazetteer.place(joined) is not None or joined in named
        out.append((m.start(), m.end(), "place" if known else "none",
                    "a place's name broken at a line's end" if known else "a word broken at a line's end"))
    taken = out[:]
    out += [h for h in _heading_names(text, gazetteer, named, peoples) if not any(s < h[1] and h[0] < e for s, e, _, _ in taken)]
    return sorted(out)
