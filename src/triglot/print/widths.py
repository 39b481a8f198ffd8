"""Column widths of a document's parallel table, so that its columns run about as long.

Set in equal columns, a translation that takes more room than its original runs on below
it: a row split across pages continues with that column alone beside empty cells (the
Armenian drafts of this edition took 43 % more lines than the English, the Russian 27 %).
Each column is therefore given the width its text needs to end level with the others:
the text's length is measured in the advance widths of the font that prints it (fontconfig
picks it, as for WeasyPrint), because letters of one script are wider than another's, and
a column's fixed lines (a translation's "draft" label, the last line of each passage, on
average half empty) are counted as lines, which no width shortens. Widths are bounded so
that no column becomes unreadably narrow. A column with no translated passage in the document
holds only its labels ("Not yet translated"): it is given the width of a label (EMPTY), and the
text its width: bounded as the others, such a column took a quarter of the three-column block
beside an English column of half, which ran twice as long as it needed (a newspaper article of
the grown edition of session 20, nothing of it translated yet).
"""
from __future__ import annotations

import shutil
import subprocess
from functools import lru_cache

from triglot.edition import slot_state
from triglot.tei import NS, XML_ID

FAMILY = "DejaVu Serif"      # print.css: html { font-family }
# The text block is 136 mm wide (print.css @page): about 43 em of the 9 pt body text, and
# 48 em of the 8 pt text of a three-column book; a column's padding takes about 2 em.
BLOCK_EM = {2: 43.0, 3: 48.0}
PADDING_EM = 2.0
BOUNDS = (0.7, 1.4)          # a column's width, as a share of the equal width, stays in these
EMPTY = 0.6                  # a column of labels only, as a share of the equal width (a label in two lines)


@lru_cache(maxsize=16)
def advances(lang: str) -> tuple[dict[int, float], float]:
    """The advance width (in em) of each character of the font fontconfig gives `lang`'s
    text in print.css's family, and their mean for characters the font lacks."""
    from fontTools.ttLib import TTFont

    fc_match = shutil.which("fc-match")
    path = subprocess.run([fc_match, "-f", "%{file}", f"{FAMILY}:lang={lang}"], capture_output=True,
                          text=True, timeout=60).stdout.strip() if fc_match else ""
    if not path:
        return {}, 0.55
    font = TTFont(path, lazy=True)
    per_em = font["head"].unitsPerEm
    metrics = font["hmtx"].metrics
    widths = {code: metrics[name][0] / per_em for code, name in font.getBestCmap().items()}
    return widths, sum(widths.values()) / len(widths)


def length(text: str, lang: str) -> float:
    """How long `text` is set on one line, in em."""
    widths, mean = advances(lang)
    return sum(widths.get(ord(ch), mean) for ch in text)


def visible_text(el) -> str:
    """The text a passage prints in its cell: notes are footnotes, not cell text."""
    if el is None:
        return ""
    parts = [el.text or ""]
    for child in el:
        if child.tag != f"{{{NS['t']}}}note":
            parts.append(visible_text(child))
        parts.append(child.tail or "")
    return " ".join("".join(parts).split())


def shares(doc, langs) -> list[float]:
    """Each column's share (per cent) of the table's width for document `doc`."""
    k = len(langs)
    column_em = BLOCK_EM.get(k, 48.0) / k - PADDING_EM       # an equal column, in em
    need = []
    for i, lang in enumerate(langs):
        em, fixed = 0.0, 0.5 * len(doc.blocks)
        for block in doc.blocks:
            if i == 0:
                em += length(visible_text(block), lang)
                continue
            slot = doc.slots.get(lang, {}).get(block.get(XML_ID))
            state = slot_state(slot) if slot is not None else "untranslated"
            if state == "untranslated":
                fixed += 1                                    # "Not yet translated": one line
            else:
                fixed += state == "draft"                     # the label's line
                em += length(visible_text(slot), lang)
        need.append((em, fixed))
    empty = {i for i in range(1, k) if not need[i][0]}          # translations with no passage yet
    label = EMPTY * 100 / k
    rest = 100 - label * len(empty)                               # the share of the columns with text
    text = [i for i in range(k) if i not in empty]
    widths = _balance([need[i] for i in text], column_em * k * rest / 100)
    equal = rest / len(text)
    low, high = BOUNDS
    bounded = dict(zip(text, (min(max(rest * w / sum(widths), low * equal), high * equal) for w in widths)))
    total = sum(bounded.values())
    return [round(label if i in empty else rest * bounded[i] / total, 2) for i in range(k)]


def _balance(need: list[tuple[float, float]], total_em: float) -> list[float]:
    """Widths (em) summing to `total_em` that give every column the same number of lines L:
    em / width + fixed = L, so width = em / (L - fixed); L found by bisection."""
    if not any(em for em, _ in need):
        return [1.0] * len(need)
    low = max(fixed for _, fixed in need) + 1e-9
    high = low + len(need) * sum(em for em, _ in need) / total_em + 1
    for _ in range(100):
        lines = (low + high) / 2
        if sum(em / (lines - fixed) for em, fixed in need) > total_em:
            low = lines
        else:
            high = lines
    return [max(em / (high - fixed), 1e-6) for em, fixed in need]
