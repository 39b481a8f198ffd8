"""Partners' names joined by "&" with no company's word: "Harris & Ewing", "Kowalczyk & Brandt", "H. W. & S. Vantress".

Why: photographers, law firms, solicitors and publishers sign with their partners' surnames joined by "&"
and nothing after ("Harris & Ewing, photographer.", "McCamant & Thompson, of Portland, for the
appellant"); firms.py asks for a company's word ("Co.", "Ltd.") and so leaves these, and the recogniser,
reading word by word, cuts them at "&" into a person and a place ("Harris", "Ewing"). Evidence asked for:
one to three capitalised words or initials on each side of "&", no word of either side an ordinary English
word ("Questions & Answers"), no word a place GeoNames knows unless it is also a surname in faker's lists
("Britain & France" is no firm; "Ewing" is a town and a surname), and not every name a place ("Paris &
London"). A common word after the partners' names is no part of them ("Harris & Ewing Collection": the
firm is tagged, the collection named after it is not); an imprint's or an article's word before them
stays outside ("the", "by"). Tried in round 35 for test37's law firms alone and taken out (one set);
test39's photographers' firm is the second set (round 37).
"""
from __future__ import annotations

import re

AMPERSAND = re.compile(r"(?<![ \t])[ \t]+&[ \t]+")    # (from a run's first space only: a run of 100,000 was quadratic)
_WORD = r"[A-Z][\w’'-]*\.?"
# one to three capitalised words or initials right before "&" (read in a window: linear in the text's length)
LEFT = re.compile(rf"(?<![\w’'.-])(?:{_WORD}[ \t]+){{0,2}}{_WORD}$")
RIGHT = re.compile(rf"{_WORD}(?:[ \t]+{_WORD}){{0,2}}(?![\w’'-])")
LEADING = {"a", "an", "the", "by", "of", "from", "to", "at", "in", "and", "printed", "published", "sold", "messrs"}
REACH = 60      # characters read before "&": three words of a name at most


def partner_firms(text: str, gazetteer=None) -> list[tuple[int, int]]:
    """(start, end) of each "X & Y" of partners' names in `text`, by the evidence above."""
    out: list[tuple[int, int]] = []
    for amp in AMPERSAND.finditer(text):
        before = LEFT.search(text, max(0, amp.start() - REACH), amp.start())
        after = RIGHT.match(text, amp.end())
        if not before or not after or (out and out[-1][1] > before.start()):
            continue
        left = [(m.start(), m.end(), m.group()) for m in re.finditer(r"\S+", before.group())]
        left = [(before.start() + s, before.start() + e, w) for s, e, w in left]
        right = [(after.start() + m.start(), after.start() + m.end(), m.group()) for m in re.finditer(r"\S+", after.group())]
        while left and left[0][2].rstrip(".").lower() in LEADING:
            left = left[1:]
        while right and _ordinary(right[-1][2]):
            right = right[:-1]      # "Harris & Ewing Collection": the firm, not the collection
        if not left or not right:
            continue
        s, e, last = right[-1]
        if last.endswith(".") and len(last) > 2:
            e -= 1                  # "… to Harris & Ewing.": the sentence's full stop, not an initial's
        if _partners([w for _, _, w in left + right], gazetteer):
            out.append((left[0][0], e))
    return out


def _ordinary(word: str) -> bool:
    from triglot.editor.common_words import is_common
    from triglot.editor.inflections import inflected_common
    bare = word.rstrip(".")
    return len(bare) > 1 and (is_common(bare) or inflected_common(bare))


def _partners(words: list[str], gazetteer) -> bool:
    from triglot.editor.inflections import _surnames
    names = [w.rstrip(".") for w in words if len(w.rstrip(".")) > 1]
    if not names or any(_ordinary(w) for w in names):
        return False
    if gazetteer is None:
        return True
    places = [w for w in names if gazetteer.place(w) is not None]
    return len(places) < len(names) and all(w in _surnames() for w in places)
