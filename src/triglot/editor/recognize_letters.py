"""The shapes of names in private letters home and in a memoir (issue #12, round 17).

A family letter opens with a salutation ("Dearest Father.") and calls its reader by a word of kin; it
writes "I've" and "I'm", "Heaven knows", its own abbreviations with a full stop ("Polit. Officer", "the
Geog. Soc."), an officer's post before his town ("P.O. Baghdad"), honours after a name ("… Bell DCIE",
"KCIE"), pity before it ("Poor Mary"), a family by its plural ("the Hendersons, asking them …"), friends
by their first names ("stay with Arthur and Maud"), its heading run into the salutation ("Mosul Aug 3
Darling Mother."); a memoir names Germans by their particle ("Von der Goltz"), and heads its chapters in
capitals ("KEMAL TELLS WHY …", "through the DARDANELLES"). The general rules (recognize.py) read the kin word,
the contraction, "Heaven" and a cut abbreviation as places, keep the honours and "Poor" inside a name,
and take the post's initials for a person's. `letter_mentions` gives the shapes that win over them (a
mention of kind "none" keeps the general rules off words that are no name); `trim_person` cuts what
stands round a person's name and is not in it.
"""
from __future__ import annotations

import re

from triglot.editor.dates import MONTH

# a contraction of a pronoun ("I've", "I'm", "I'll", "We're"): one word, no name
CONTRACTION = re.compile(r"(?<![\w’'])(?:I|You|We|They|He|She|It)[’'](?:ve|m|ll|d|re|s)\b")
# words of kin a letter calls its reader by, in a salutation ("Dearest Father.") or alone ("tell Mother"),
# never before a name ("Father Gapon", "Mother Teresa", a priest's or a nun's title, stay with the general rules)
KIN = r"(?:Father|Mother|Papa|Mamma|Mama|Mummy|Daddy|Granny|Grandpapa|Grandmamma)"
SALUTATION = re.compile(rf"\b(?:(?:My\s+)?(?:[Dd]earest|[Dd]arling|[Dd]ear|[Bb]eloved|[Dd]ear\s+old)\s+)?{KIN}\b"
                        r"(?![\w’'-])(?!\s+[A-Z][a-z])")
# a letter's heading run into its salutation: "Tiflis May 3 Dearest Mother.", "June 9 Tiflis My dear Father,":
# the words before and after the day are its place
DATELINE = re.compile(rf"(?m)^(?:([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+)?{MONTH}\s+[0-3]?\d(?:st|nd|rd|th)?,?\s+"
                      rf"(?:([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+)?(?=(?:My\s+)?(?:[Dd]earest|[Dd]arling|[Dd]ear|[Bb]eloved)\s)")
# a weekday a letter tells its days by ("On Sunday I …"): no part of a name after it
WEEKDAY = re.compile(r"(?<=\b(?:On|on|by|By) )(?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b(?=\s+I\b)")
# capitalised words of faith and of public order a letter writes alone ("Heaven knows", "the Prefect of
# Police"): no place, no body by themselves
WORDS = re.compile(r"(?<![\w’'-])(?:Heaven|Heavens|Providence|Police)(?![\w’'-])(?!\s+[A-Z][a-z])")
# British honours and orders after a name ("Florence Bell DCIE", "Sir Percy Cox, KCIE", "the C.B."): no part of
# the name, and no name alone
HONOURS = frozenset({"KG", "KT", "GCB", "KCB", "CB", "GCMG", "KCMG", "CMG", "GCSI", "KCSI", "CSI", "GCIE", "KCIE",
                     "CIE", "DCIE", "GCVO", "KCVO", "CVO", "MVO", "GBE", "KBE", "DBE", "CBE", "OBE", "MBE", "DSO",
                     "MC", "DSC", "VC", "PC", "FRS", "FRGS"})
def an_honour(words: str) -> bool:
    """`words` are an honour alone ("KCIE", "C.B."): no name."""
    return words.replace(".", "") in HONOURS and (words in HONOURS or words.endswith("."))


_HONOUR = ("(?:" + "|".join(sorted(HONOURS, key=len, reverse=True)) + r"|"
           + "|".join(".".join(h) + r"\." for h in sorted(HONOURS, key=len, reverse=True)) + ")")
# The first honour's space begins after a comma or at a run's first space, where the leftmost match of
# ",?\s+HONOUR" always begins: a search does not read a run of spaces or newlines again from each of its
# places (quadratic; hostile45), and finds what it found before.
HONOUR = re.compile(r"(?:,|(?<![\s,]))\s+" + _HONOUR + r"(?:,?\s+" + _HONOUR + ")*$")
# pity or fondness before a name: "Poor Mary", "poor dear Jack": outside the name
PITY = re.compile(r"^(?:Poor|Dear|Darling)\s+(?:(?:dear|old|little)\s+)?(?=[A-Z])")
# an officer's post by its initials before his station: "P.O. Baghdad" (Political Officer), "A.P.O. Hilla",
# "G.O.C. Baghdad": the station is the place, the post no person
POST = re.compile(r"\b(?:A\.)?(?:P\.O\.|G\.O\.C\.|C\.O\.|A\.D\.C\.)\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\b")
# a German's or a Dutchman's particle opening his name, with its capital at the start of a sentence or in the
# middle of one ("Von der Goltz", "von Sanders"): one person, the particle inside
# The words stand apart by white space holding one line break at most: a name runs on over a line's end, not
# over a blank line ("Von", 20,000 newlines, "der Goltz" was one person, and check's unknown-name message
# carried the 20,000 newlines; hostile46).
_GAP = r"(?=\s)[^\S\n]*(?:\n[^\S\n]*)?"
PARTICLE = re.compile(rf"(?<![\w’'-])((?:Von|VON){_GAP}(?:der|den|DER|DEN){_GAP}[A-Z][a-z]+|von{_GAP}der{_GAP}[A-Z][a-z]+)"
                      r"(?![\w-])")
# a family by its plural with the article: "the Hendersons", named so when the text treats it as people:
# "with the Hendersons", "the Hendersons asked …", "… the Hendersons, asking them"
FAMILY = re.compile(r"\bthe\s+([A-Z][a-z]+s)(?![\w’'-])")
FAMILY_BEFORE = re.compile(r"(?:stay(?:ed|ing)?|din(?:ed|ing|e)|lunch(?:ed|ing)?|tea|visit(?:ed|ing)?|with|from|"
                           r"telegraphed\s+to|wrote\s+to|written\s+to|letter\s+to)\s+$")
# (matched at the family's end, FAMILY_AFTER.match(text, end): no "^", which matches only at the text's start)
FAMILY_AFTER = re.compile(r"(?:,?\s+(?:asking|telling|begging|inviting|and\s+their)\b|"
                          r"\s+(?:have|had|are|were)\s+(?:asked|invited|written|gone|been\s+very)\b)")


def _words_back(text: str, end: int, words: int) -> int:
    """Where the `words` words before `end` begin (a word: a run of non-space characters), the space after each
    included: FAMILY_BEFORE (one or two words, each followed by spaces, at `end`) is searched from there. It was
    searched over all the text before each family ("stayed with the Hendersons …" pasted over 100,000 characters:
    7.7 CPU-s, the square of its length), and FAMILY_AFTER matched on a copy of all the text after it (hostile46)."""
    i = end
    for _ in range(words):
        while i > 0 and text[i - 1].isspace():
            i -= 1
        while i > 0 and not text[i - 1].isspace():
            i -= 1
    return i


# a party's, a faith's or a people's plural ("Bolshevists", "Bolsheviks", "Sunnites", "Christians"): no family
GROUP_ENDINGS = ("ists", "iks", "ites", "ians", "eses", "ishes", "aries")
# persons the sentence says are persons: one stays, dines or lunches with them ("stay with George and
# Mary"), one telegraphs or writes to them to say something ("telegraph to Ali or Hasan and say …")
SOCIAL = re.compile(r"\b(?:stay|stayed|staying|stays|dine|dined|dining|lunch|lunched|lunching)\s+with\s+"
                    r"([A-Z][a-z]+)(?:\s+(?:and|or)\s+([A-Z][a-z]+))?\b(?!\s+[A-Z])")
MESSAGE = re.compile(r"\b(?:telegraph|telegraphed|wire|wired|cable|cabled|write|wrote)\s+to\s+([A-Z][a-z]+)"
                     r"(?:\s+(?:and|or)\s+([A-Z][a-z]+))?\s+(?:and\s+)?(?:say|tell|ask)\b")
# a chapter's heading (one line, no full stop at its end; its capitals already written as running text writes
# them, recognize_treaty.py): its subject before a verb in the present ("Kemal tells why …", "Enver smuggles …")
HEADING_SUBJECT = re.compile(r"^([A-Z][a-z]{3,})\s+([a-z]{3,}s)\s")
# a place in capitals after a preposition or "the" ("through the DARDANELLES")
CAPITALS_PLACE = re.compile(r"\b(?:IN|FROM|TO|THROUGH|AT|INTO|THE|in|from|to|through|at|into|the)\s+"
                            r"([A-Z]{4,}(?:\s+[A-Z]{4,})?)(?![\w’'-])")
# abbreviations a letter cuts at a full stop: "Polit. Officer", "the Geog. Soc.", a body when its last
# abbreviation is a body's word
ABBREVIATION = re.compile(r"(?<![\w’'.-])((?:[A-Z][a-z]{2,5}\.\s+){0,2}[A-Z][a-z]{2,5})\.(?=\s+(\w+))")
BODY_ABBREVIATIONS = frozenset({"Soc", "Assoc", "Inst", "Coll", "Univ", "Comm", "Corp", "Acad"})


def letter_mentions(text: str, gazetteer=None, peoples=frozenset(), is_common=None, abbreviates=None,
                    roles=frozenset(), function=frozenset()) -> list[tuple[int, int, str, str]]:
    """(start, end, kind, why) of a letter's and a memoir's own shapes. `peoples` are peoples' names and
    adjectives ("the Armenians" is no family), `is_common` says an ordinary English word, `abbreviates` a
    word that is the start of a longer ordinary word ("Polit", "Geog"), `roles` titles ("Capt." is left to
    the title rules), `function` English function words (a sentence opens with them); a place the `gazetteer` knows by the word is never read as a family or an
    abbreviation."""
    out = []

    def place(word):
        return gazetteer.place(word) if gazetteer is not None else None

    for m in DATELINE.finditer(text):
        for g in (1, 2):
            if m[g] and place(m[g]) is not None:
                out.append((m.start(g), m.end(g), "place", "a letter's place in its heading (“X May 3 Dearest …”)"))
    for pattern in (SOCIAL, MESSAGE):
        for m in pattern.finditer(text):
            for g in (1, 2):
                if m[g] and m[g].lower() not in peoples | roles and not (is_common is not None and is_common(m[g])):
                    out.append((m.start(g), m.end(g), "person", "one stays with or writes to a person (“stay with X”)"))
    out += capitals_places(text, place, peoples | roles, is_common)
    m = HEADING_SUBJECT.match(text)
    if m and "\n" not in text.strip() and not text.rstrip().endswith(".") and len(text.split()) <= 20 \
            and is_common is not None and (is_common(m[2][:-1]) or is_common(m[2][:-2])) and not is_common(m[1]) \
            and m[1].lower() not in peoples | roles and place(m[1]) is None:
        out.append((m.start(1), m.end(1), "person", "a heading's subject before its verb (“X tells why …”)"))
    for m in WEEKDAY.finditer(text):
        out.append((m.start(), m.end(), "none", "a weekday before “I”"))
    for m in CONTRACTION.finditer(text):
        out.append((m.start(), m.end(), "none", "a pronoun's contraction (“I’ve”)"))
    for m in SALUTATION.finditer(text):
        out.append((m.start(), m.end(), "none", "a word of kin a letter calls its reader by"))
    for m in WORDS.finditer(text):
        out.append((m.start(), m.end(), "none", "a word of faith or public order, no name alone"))
    for m in POST.finditer(text):
        if place(m[1]) is not None:
            out.append((m.start(1), m.end(1), "place", "an officer's station after his post's initials (“P.O. X”)"))
            out.append((m.start(), m.start(1) - 1, "none", "an officer's post by its initials"))
    for m in PARTICLE.finditer(text):
        out.append((m.start(1), m.end(1), "person", "a name opening with its particle (“Von der X”)"))
    for m in FAMILY.finditer(text):
        word = m[1]
        stems = {word[:-1], word[:-2], word[:-3] + "y"} if word.endswith("ies") else {word[:-1]}
        if place(word) is not None or word.lower() in peoples or any(t.lower() in peoples for t in stems) or \
                word.lower().endswith(GROUP_ENDINGS) or text[m.end():m.end() + 3] == " of" or \
                (is_common is not None and (is_common(word) or any(is_common(t) for t in stems))):
            continue      # "the Bolshevists", "the Secretaries of …": a party or an office, no family
        if FAMILY_BEFORE.search(text, _words_back(text, m.start(), 2), m.start()) or FAMILY_AFTER.match(text, m.end()):
            out.append((m.start(1), m.end(1), "person", "a family by its plural (“the Xs” asked, visited)"))
    for m in ABBREVIATION.finditer(text):
        parts = [p.rstrip(".") for p in m[1].split()]
        body = len(parts) > 1 and parts[-1] in BODY_ABBREVIATIONS
        words = parts[:-1] if body else parts
        if any((place(p) or {}).get("name") == p or p.lower() in roles or f"{p.lower()}." in roles for p in words):
            continue      # "Kars." ends a sentence; "Capt." is a title
        if abbreviates is None or not all(abbreviates(p) for p in words):
            continue
        after = m[2]
        if not (after.islower() or (is_common is not None and is_common(after) and after.lower() not in function)):
            continue      # "… and Enver. Djemal obtained", "to Poti. The": a sentence ended; "Polit. Officer" did not
        if body:
            out.append((m.start(1), m.end(1) + 1, "org", "a body by its abbreviated words (“Geog. Soc.”)"))
        else:
            out.append((m.start(1), m.end(1) + 1, "none", "a word cut short at a full stop (“Polit.”)"))
    return out


def capitals_places(text: str, place, not_names, is_common) -> list[tuple[int, int, str, str]]:
    """A place in capitals after a preposition or "the" ("through the DARDANELLES": a heading's capitals that
    the rewriting of capital runs (recognize_treaty.py) leaves, being one word after lower-case ones), when
    the gazetteer knows it and it is no ordinary word; two words first."""
    out = []
    common = is_common or (lambda w: False)
    for m in CAPITALS_PLACE.finditer(text):
        words = m[1].split()
        for n in (2, 1):
            if len(words) < n:
                continue
            name = " ".join(w.capitalize() for w in words[:n])
            if name.lower() not in not_names and not common(name) and place(name) is not None:
                out.append((m.start(1), m.start(1) + len(" ".join(words[:n])), "place", "a place in capitals"))
                break
    return out


def trim_person(text: str, start: int, end: int) -> tuple[int, int]:
    """A person's span without the honours after it ("Florence Bell DCIE") and the pity before it ("Poor
    Mary"), which the general rules keep inside."""
    words = text[start:end]
    honours = HONOUR.search(words)
    if honours and honours.start() > 0:
        end = start + honours.start()
    lead = re.match(r"(\S+)\s+", text[start:end])
    if lead and an_honour(lead[1]):
        start += lead.end()          # "the C.B. Poor …": the honour ends the sentence before
    if re.fullmatch(r"Poor|Dear|Darling", text[start:end]):
        return start, start          # nothing of a name is left
    pity = PITY.match(text[start:end])
    if pity and pity.end() < end - start:
        start += pity.end()
    return start, end
