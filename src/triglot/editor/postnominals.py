"""Letters after a name: degrees and honours ("Charles B. Gulick, Ph.D., LL.D.", "SIR H.G. CHAUVEL,
K.C.B., K.C.M.G.", "Augustus Cavendish-Bentinck, M.P.").

Why: the tokeniser cuts "Ph.D." into "Ph" and "D.", so a degree's last letter reads as the initial of the
next name ("D. William", "G. Commanding") and a list of members loses every name after the first. Such
letters are no part of any name (the gold leaves them outside, tei/ENCODING.md), so the recogniser reads a
comma-led chain of them as a break between names. The honours are the letters genre's list
(recognize_letters.HONOURS); the degrees are the usual academic and professional ones, general
vocabulary, not names of this corpus. A chain needs the comma after a word: "Brown, H.G." (initials not
in the lists) and "Washington, D.C." stay as they were.
"""
from __future__ import annotations

import re

from triglot.editor.recognize_letters import HONOURS

DEGREES = frozenset({
    "PHD", "DPHIL", "LLD", "LLB", "LLM", "DCL", "JD", "LITTD", "DLITT", "DLIT", "LITTB", "DD", "BD", "STD",
    "DSC", "SCD", "BSC", "MSC", "MD", "MB", "MA", "BA", "AM", "AB", "MUSD", "MUSB", "DMUS", "PED", "EDD",
    "CE", "MP", "KC", "QC", "ESQ", "FSA", "FRCS", "FRCP", "FBA", "RA", "RN", "USN", "DCM", "MM", "TD",
})
POSTNOMINALS = DEGREES | HONOURS

COMMA = re.compile(r",[ \t]+")
# one set of letters: "Ph.D.", "LL.D.", "Litt.D.", "D.Sc", "K.C.M.G.", "Esq."; the lists decide
LETTERS = re.compile(r"[A-Z][A-Za-z]{0,3}\.?(?:[A-Za-z]{1,4}\.?){0,3}")


def _postnominal(letters: str) -> bool:
    """`letters` are a degree or an honour: in the lists, with a full stop ("Esq.", "M.P.") or three
    capitals ("KCB"; "MA", "AM" alone are too often other words)."""
    bare = letters.replace(".", "")
    return bare.upper() in POSTNOMINALS and ("." in letters or (bare.isupper() and len(bare) > 2))


def postnominal_spans(text: str) -> list[tuple[int, int]]:
    """Where letters after a name stand: each set in a chain opened by a comma after a word."""
    spans = []
    for comma in COMMA.finditer(text):
        if not comma.start() or not text[comma.start() - 1].isalpha():
            continue
        pos = comma.end()
        while True:
            m = LETTERS.match(text, pos)
            if not m or (m.end() < len(text) and text[m.end()].isalnum()) or not _postnominal(m.group()):
                break
            spans.append((m.start(), m.end()))
            more = COMMA.match(text, m.end())
            if not more:
                break
            pos = more.end()
    return spans
