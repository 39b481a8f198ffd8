"""A firm's name joined by "&": "Constable & Co. Ltd.", "ANGUS & ROBERTSON LTD.", "the Russian Steam
Navigation & Trading Co.".

Why: the recogniser reads names word by word and "&" is no word of a name, so a firm is cut at it: the
part before read as a person or a place ("W. C. Penfold", a printer), the part after as a person whose
surname is "Co" ("Trading Co"), and the body is lost. Imprints, printers' lines and handbooks' notes on
shipping lines print firms so in several genres. Evidence asked for: capitalised words (or initials) on
both sides of "&" and a company's word closing the name ("Co.", "Company", "Ltd.", "Limited", "Sons",
"Bros.", "Brothers", "Inc."), so "Articles 5 & 6" and "my brothers & sisters" are no firm; "and" joins
a name only to "Co." ("Macmillan and Co., Ltd.", not "France and Company"), and a name closed by ", Ltd" is a
firm too ("EDWARD STANFORD, LTD"). An imprint's words before the name ("Printed by W. C. Penfold & Co.",
"Messrs. Harrison & Sons") stay outside it.
"""
from __future__ import annotations

import re

_WORD = r"(?:[A-Z][\w’'-]*\.?)"
_COMPANY = r"(?:Co\.|Company|Ltd\.?|LTD\.?|Limited|LIMITED|Sons|SONS|Bros\.|Brothers|BROTHERS|Inc\.)"
FIRM = re.compile(
    rf"(?<![\w’'-])((?:{_WORD}[ \t]+){{0,5}}{_WORD})[ \t]+&[ \t]+((?:{_WORD}[ \t]+){{0,3}}?{_COMPANY}"
    rf"(?:,?[ \t]+(?:Ltd\.?|LTD\.?|Limited|LIMITED|Inc\.))?)(?![\w’'-])")
# "Macmillan and Co., Ltd.": "and" joins a firm only to "Co." ("France and Company", "Peace and Brothers" are none); "EDWARD STANFORD, LTD": a name
# closed by the word of a limited company after a comma
_LIMITED = r"(?:Ltd\.?|LTD\.?|Limited|LIMITED)"
FIRM_AND = re.compile(
    rf"(?<![\w’'-])((?:{_WORD}[ \t]+){{0,5}}{_WORD})[ \t]+(?:and|AND)[ \t]+(?:Co\.|CO\.)(?:,?[ \t]+(?:{_LIMITED}|Inc\.))?(?![\w’'-])")
FIRM_LIMITED = re.compile(rf"(?<![\w’'-])((?:{_WORD}[ \t]+){{0,5}}{_WORD}),[ \t]+{_LIMITED}(?![\w’'-])")
# "HAYMAN, CHRISTY & LILLY, LTD.": partners' names listed with commas before "&", the company's word after a
# comma (round 35: the firm was cut at its commas, "LILLY, LTD." read alone); each listed name one word, none a
# place GeoNames knows ("in Paris, Dupont & Co." keeps its town)
FIRM_LIST = re.compile(
    rf"(?<![\w’'-])((?:{_WORD},[ \t]+){{1,3}}{_WORD})[ \t]+&[ \t]+((?:{_WORD}[ \t]+){{0,2}}{_WORD},?[ \t]+{_COMPANY}"
    rf"(?:,?[ \t]+(?:Ltd\.?|LTD\.?|Limited|LIMITED|Inc\.))?)(?![\w’'-])")
# "Puckhafer & Rode", "H. W. & S. Patey": partners' names joined by "&" with no company's word, as law firms
# and solicitors sign (round 35); each side one to three capitalised words or initials, no word of either an
# ordinary English word ("Questions & Answers") or a place GeoNames knows ("Britain & France")
FIRM_BARE = re.compile(rf"(?<![\w’'.-])((?:{_WORD}[ \t]+){{0,2}}{_WORD})[ \t]+&[ \t]+((?:{_WORD}[ \t]+){{0,2}}[A-Z][\w’'-]*)(?![\w’'-])")
LEADING = {"a", "an", "the", "by", "of", "from", "to", "at", "in", "and", "printed", "published", "sold", "messrs"}


def firms(text: str, gazetteer=None) -> list[tuple[int, int]]:
    """(start, end) of each firm's name in `text` (joined by "&", by "and" to "Co.", or closed
    by ", Ltd"), without an imprint's words before it
    ("Printed by", "Messrs."); an adjective opening the name stays in it ("Imperial … & … Co.")."""
    out: list[tuple[int, int]] = []
    listed = [m for m in FIRM_LIST.finditer(text) if gazetteer is None or not any(
        gazetteer.place(w.strip(",").capitalize()) is not None for w in m.group(1).split())]
    bare = [m for m in FIRM_BARE.finditer(text) if _partners(m, gazetteer)]
    matches = sorted([*listed, *(m for pattern in (FIRM, FIRM_AND, FIRM_LIMITED) for m in pattern.finditer(text)), *bare],
                     key=lambda m: (m.start(), -m.end()))
    for m in matches:
        if any(s < m.end() and m.start() < e for s, e in out):
            continue     # "Constable & Co. Ltd." read once, by its first and longest reading
        start = m.start(1)
        words = list(re.finditer(r"\S+", m.group(1)))
        for word in words[:-1]:     # the word before "&" stays: "Constable & Co." is a publisher
            bare = word.group().rstrip(".")
            if bare.lower() in LEADING:
                start = m.start(1) + word.end()
                continue
            break
        start = start + len(text[start:m.end(1)]) - len(text[start:m.end(1)].lstrip())
        if start < m.end(1):
            out.append((start, m.end()))
    return out


def _partners(m, gazetteer) -> bool:
    """The words of a bare "X & Y" are partners' names: no ordinary word, no place GeoNames knows, no word
    in the lower case of a sentence before it (a capital after a stop opens a sentence, no firm)."""
    from triglot.editor.common_words import is_common
    from triglot.editor.inflections import inflected_common
    words = [w.rstrip(".") for w in (m.group(1) + " " + m.group(2)).split()]
    names = [w for w in words if len(w) > 1]
    if not names or m.group(1).split()[0].rstrip(".").lower() in LEADING:
        return False
    return not any(is_common(w) or inflected_common(w) or (gazetteer is not None and gazetteer.place(w) is not None) for w in names)
