"""Treaties and other formal instruments: the shapes in which they write parties, envoys and dates.

Why a module of its own: an instrument prints its parties and its signing line in capitals
("ARMENIA, BELGIUM, GREECE, THE HEDJAZ …", "HIS MAJESTY THE KING OF IRAQ:", "SIGNED AT SÈVRES,
AUGUST 10, 1920"), a run no general rule reads: to them a word in capitals is an acronym or a
heading's ordinary word. Such a run is read here as running text would write it — ordinary words
and titles in lower case, names and the head words of states' names with a capital — with the same
offsets, so the general rules then find the states and the date, and the proposals are filled into
the text as printed. A heading of ordinary words ("TREATY OF PEACE", "ARTICLE 88") then holds no
name, and acronyms ("USSR", the letters of an order) stay as printed.
"""
from __future__ import annotations

import re

from triglot.editor.common_words import _web2
from triglot.editor.recognize_house import surname_in_capitals

WORD = re.compile(r"[^\W\d_]+(?:[-’'][^\W\d_]+)*")
GAP = re.compile(r"[ ]?[,;:]?[ ]+")        # between two words of a run: a space, or a list's comma or colon
CAP_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december"}
SMALL = {"of", "and", "the", "at", "for", "in", "on", "to", "by", "or", "a", "an", "as", "with", "beyond", "between"}


def capitals_as_written(text: str, gazetteer, roles=frozenset(), heads=frozenset(), states=frozenset()) -> str:
    """`text` with each run of three words or more in capitals (two when they are the whole block) written as
    running text writes it (same length, same offsets); any other text as it is. `roles` are titles ("king", "president": lower case),
    `heads` the head words of places' names ("republic", "kingdom": kept with a capital), `states`
    the English names of states the gazetteer lacks."""
    out = list(text)
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
        if start == 0 or re.search(r"[.:;]\s*$", text[:start]):
            cased[0] = cased[0][:1].upper() + cased[0][1:]       # a sentence's first word keeps its capital
        for w, new in zip(words, cased):
            if len(new) == len(w[0]):
                out[w.start():w.end()] = new
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


def _ordinary(low: str) -> bool:
    """An English word (web2 lists it in lower case), or its plural or participle ("powers", "parties",
    "signed", "contracting")."""
    words = _web2()
    if low in words:
        return True
    stems = [low[:-1], low[:-2], low[:-3] + "y", low[:-2] + "e" if low.endswith("ed") else "",
             low[:-3] if low.endswith("ing") else "", low[:-3] + "e" if low.endswith("ing") else ""]
    return any(s and s in words for s in stems if low[-1:] in "sdg")
