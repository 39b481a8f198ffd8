"""Shapes of the reference works of the period (encyclopedia entries of the 1920s), read before the general rules.

An entry opens with its head word in capitals ("MUSTAPHA KEMAL (1879-1922), Turkish pasha",
"GEORGIA, the former province", "AZERBÄÏJÄN. The republic"): the same name the entry then
writes in title case, so it is read as running text writes it. The general rules read a
word in capitals as an acronym or a heading's ordinary word, and would miss it. Only the
opening run of capitals is read so, and only when a bracket, a comma or a full stop closes
it and the entry's text follows: a dateline ("LONDON, March 10.") stays the press rules',
a run of acronyms ("HC Deb", "USSR") and initials ("B. C.") stay as printed.
"""
from __future__ import annotations

import re

from triglot.editor.common_words import is_common
from triglot.editor.forenames import is_forename
from triglot.editor.recognize_house import surname_in_capitals
from triglot.editor.spans import leftmost_longest

_UPPER_WORD = r"[^\W\d_a-zà-ÿ][^\W\d_a-zà-ÿ’'\-]*[^\W\d_a-zà-ÿ]"
# the opening run: one to four words in capitals, then "(", "," or ". " and more text
HEAD = re.compile(rf"(?P<head>{_UPPER_WORD}(?:[ ]{_UPPER_WORD}){{0,3}})(?=\s*\(|,\s|\.\s)")
MONTH_AFTER = re.compile(r",\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d")
SMALL = {"of", "and", "the", "or", "in", "on", "de", "von", "van", "ed", "el", "al", "ul", "ud"}


def entry_head_as_written(text: str, roles=frozenset()) -> str:
    """`text` with an entry's opening head word in capitals written in title case (same length, same
    offsets); any other text as it is. A newspaper's headline has the same shape ("TURKS MUST LEAVE
    SMYRNA. The ..."), but an entry's head is a name: two ordinary words in it or more, neither a small
    word nor a title in `roles` ("must", "leave"), make it a headline, left in capitals for the press
    rules (recognize_press.py), which read its places one by one."""
    m = HEAD.match(text)
    if m is None or MONTH_AFTER.match(text, m.end()):
        return text
    words = m["head"].split(" ")
    if not all(surname_in_capitals(part) or re.search(r"[^\x00-\x7f]", part)
               for w in words for part in w.split("-") if part.lower() not in SMALL):
        return text      # an acronym among them ("HC", "USSR"): a body's letters, as printed
    if all(is_common(w) or w.lower() in SMALL for w in words):
        return text      # "AREA AND POPULATION.": a heading of ordinary words, no name
    if len(words) >= 3 and sum(is_common(w) and w.lower() not in SMALL and w.lower() not in roles
                               for w in words) >= 2:
        return text      # "TURKS MUST LEAVE SMYRNA.": a headline, its names read by recognize_press.py
    written = " ".join(_as_written(w, i) for i, w in enumerate(words))
    return written + text[m.end():]


def _as_written(word: str, position: int) -> str:
    """"MUSTAPHA" → "Mustapha", "WAHID-ED-DIN" → "Wahid-ed-din"; "OF" inside a head → "of"."""
    if position and word.lower() in SMALL:
        return word.lower()
    parts = word.split("-")
    return "-".join(p[:1] + p[1:].lower() if i == 0 or p.lower() not in SMALL else p.lower()
                    for i, p in enumerate(parts))


# -- persons as reference works name them --------------------------------------------
_NAME = r"[A-Z][a-zà-ÿ]+"
# "George XI.", "Louis XIV": a ruler's name and regnal numeral (the ordinal's period is inside when the
# sentence goes on after it, "successor of George XI., formally ceded"); "George I" needs its period,
# not to take the pronoun
REGNAL = re.compile(rf"(?<![\w’'\-])(?P<name>{_NAME})\s(?P<n>[IVX]{{2,5}}|I(?=\.))(?P<dot>\.(?=,|;|\s+[a-z]))?(?![\w’'\-])"
                    r"(?!\s[A-Z])")     # (not "the Ottoman XV Corps": a numbered body's name goes on)
# "Anton I. Denikin": the word after a single "I." (an initial when it is a name)
INITIAL_AFTER = re.compile(r"\.\s+(?P<word>[A-Z][a-z]+)")
# "Abdul Hamid II": a given name right before a ruler's name
FORENAME_BEFORE = re.compile(rf"(?<![\w’'.\-])(?P<word>{_NAME}) $")
# "Alexander the Great", "Ivan the Terrible": a name and an epithet, an ordinary word in capitals after "the"
EPITHET = re.compile(rf"(?<![\w’'\-])(?P<name>{_NAME})\sthe\s(?P<epithet>[A-Z][a-z]+)(?![\w’'\-])(?!\s[A-Z])")
# "Heraclius, successor of George XI.": one named as another's successor, heir or kin
SUCCESSOR = re.compile(rf"(?<![\w’'\-])(?P<name>{_NAME})(?=,\s+(?:the\s+)?(?:successor|predecessor|heir|son|daughter|widow|"
                       r"brother|sister|father|mother|nephew|grandson|granddaughter)\s+of\s+[A-Z])")
# "Gen. von Falkenhayn": a surname's particle right after a title opens the name
TITLED_PARTICLE = re.compile(rf"(?<![\w’'\-])(?P<title>[A-Z][a-z]+\.?)\s+(?P<name>(?:von|van|de)\s(?:der\s)?{_NAME})(?![\w’'\-])")
# "the German general, Liman von Sanders,": a name set after a lower-case title and a comma
APPOSED = re.compile(rf"\b(?P<title>[a-z]+),\s(?P<name>{_NAME}(?:\s(?:von\s|van\s|de\s)?{_NAME}){{0,3}})(?=[,;.]\s)")
# "Wahid-ed-din", "Nasr-ud-din": a name joined by an Arabic article inside it
JOINED_ARTICLE = re.compile(r"(?<![\w’'\-])(?P<name>[A-Z][a-z]+-(?:ed|ud|ul|ol|el|al|ad|ud|ur|us|un)-[a-z]+)(?![\w’'\-])")


def reference_mentions(text: str, gazetteer, roles=frozenset(), not_names=frozenset(), heads=frozenset(),
                       postfix=frozenset()):
    """(start, end, kind, why) of the persons reference works name in their own ways: a ruler by name and
    numeral or epithet, one named as another's successor or kin, a titled "von" name, a name set after a
    lower-case title, a name joined by an Arabic article. `roles`, `not_names`, `heads` and `postfix` are the
    recogniser's word lists (titles; "Article"; heads of places, bodies and events; titles after a name)."""
    out = []

    def place_or_word(word: str) -> bool:
        return is_common(word) or word.lower() in not_names | heads | roles \
            or (gazetteer.place(word) or {}).get("feature") == "country"

    for m in REGNAL.finditer(text):
        if place_or_word(m["name"]):
            continue
        after = INITIAL_AFTER.match(text, m.end("n"))
        if m["n"] == "I" and after and not is_common(after["word"]):
            continue        # "General Anton I. Denikin": an initial before a surname, no "Anton I"
        end = m.end("dot") if m["dot"] else m.end("n")
        before = FORENAME_BEFORE.search(text, max(0, m.start() - 40), m.start())
        start = before.start() if before and is_forename(before["word"]) and not place_or_word(before["word"]) \
            else m.start()  # "Sultan Abdul Hamid II": the given name before opens the ruler's name
        # (both were a shorter mention than the recogniser's whole name, and won over it: hostile46's leftover)
        out.append((start, end, "person", "a ruler's name and regnal numeral"))
    for m in EPITHET.finditer(text):
        if is_common(m["epithet"]) and m["epithet"].lower() not in heads | roles and not place_or_word(m["name"]):
            out.append((m.start(), m.end(), "person", f"a name with the epithet “the {m['epithet']}”"))
    for m in SUCCESSOR.finditer(text):
        if not place_or_word(m["name"]):
            out.append((m.start(), m.end(), "person", "named as another's successor or kin"))
    for m in TITLED_PARTICLE.finditer(text):
        if m["title"].lower() in roles:
            out.append((m.start("name"), m.end("name"), "person", f"after the title “{m['title']}”"))
    for m in APPOSED.finditer(text):
        words = m["name"].split()
        particle = any(w in ("von", "van", "de") for w in words)
        if m["title"] in roles and (particle or not any(place_or_word(w) for w in words)) \
                and not any((gazetteer.place(w) or {}).get("feature") == "country" for w in words) \
                and (particle or gazetteer.place(m["name"]) is None):
            out.append((m.start("name"), m.end("name"), "person", f"set after the title “{m['title']}”"))
    for m in JOINED_ARTICLE.finditer(text):
        if gazetteer.place(m["name"]) is None:
            # "Nasr-ed-din Mirza": a title after the name is in it, as after any other name (round 53)
            title = re.match(r" ([A-Z][a-z]+)(?![\w’'\-])", text[m.end():])
            end = m.end() + title.end() if title and title[1].lower() in postfix else m.end()
            out.append((m.start(), end, "person", "a name joined by an Arabic article (“-ed-”, “-ud-”)"))
    return leftmost_longest(out)


# "'Abdul Hamid": the mark of the ayn (or hamza) opening a transliterated name is its first letter as printed
AYN = re.compile(r"(?:(?<=\s)|^)['‘ʿʾ]$")


def with_ayn(text: str, start: int, end: int) -> int:
    """The start of a person's name including a leading ayn mark ("'Abdul Hamid"), unless the mark opens a
    quotation the name closes ("'Abdul'")."""
    if start and AYN.search(text[max(0, start - 2):start]) and text[end:end + 1] not in ("'", "’"):
        return start - 1
    return start
