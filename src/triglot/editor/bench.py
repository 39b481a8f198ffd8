"""`triglot bench tagger`: the encoder's proposed markup against the hand-curated edition.

For every curated document the seed it names is encoded again and the
`persName`, `placeName` and `date` elements of the two English texts are
compared: a proposal counts as right when the curated text has an element of
the same kind over the same words with the same @ref (names) or the same ISO
values (dates). Elements are matched as multisets of (kind, words, value) per
document, since the encoder segments lines differently from the editors.
Name recall counts only curated names whose @ref exists in the registers (the
tagger cannot know other names); dangling curated refs are listed apart.
"""
from __future__ import annotations

import time
from collections import Counter
from pathlib import Path

from triglot.tei import EDITORIAL_TAGS, local, normalize_space, seed_text, within

KINDS = ("persName", "placeName", "date")
DATE_ATTRS = ("when", "from", "to", "notBefore", "notAfter")


def mentions(base, edition=None, doc=None) -> tuple[Counter, list]:
    """(kind, words, value) of every name and date of a base text; and the dangling refs."""
    found, dangling = Counter(), []
    for el in base.iter():
        kind = local(el)
        if kind not in KINDS or within(el, EDITORIAL_TAGS, base):
            continue
        words = normalize_space(seed_text(el))
        if kind == "date":
            value = tuple((a, el.get(a)) for a in DATE_ATTRS if el.get(a))
        else:
            value = el.get("ref", "")
            if edition is not None and edition.entry(value, doc) is None:
                dangling.append(f"{words} → {value}")
                continue
        found[(kind, words, value)] += 1
    return found, dangling


def compare(edition):
    """Counts per kind: proposed, curated, matched; and the differences, per document."""
    from triglot.editor.encode import encode
    from triglot.tei import NS
    totals = {k: Counter() for k in KINDS}
    missed, extra, dangling = [], [], []
    for doc in edition.documents:
        seed = doc.seed_file()
        if not seed or not (edition.root / "seeds" / seed).is_file():
            continue
        result = encode(edition, edition.root / "seeds" / seed, doc.id)
        base = result.tree.getroot().find(".//t:body/t:div[@type='base']", NS)
        mine, _ = mentions(base)
        curated, bad = mentions(doc.base, edition, doc)
        dangling += [f"{doc.name}: {d}" for d in bad]
        for key in set(mine) | set(curated):
            kind = key[0]
            hit = min(mine[key], curated[key])
            totals[kind]["matched"] += hit
            totals[kind]["proposed"] += mine[key]
            totals[kind]["curated"] += curated[key]
            if curated[key] > hit:
                missed.append(f"{doc.id}: {kind} “{key[1]}” {key[2]} ×{curated[key] - hit}")
            if mine[key] > hit:
                extra.append(f"{doc.id}: {kind} “{key[1]}” {key[2]} ×{mine[key] - hit}")
    return totals, sorted(missed), sorted(extra), dangling


def run(root: Path) -> dict:
    from triglot.edition import load
    edition = load(root)
    start = time.perf_counter()
    totals, missed, extra, dangling = compare(edition)
    seconds = time.perf_counter() - start
    result = {}
    for kind in KINDS:
        t = totals[kind]
        result[f"{kind} precision"] = round(t["matched"] / t["proposed"], 3) if t["proposed"] else None
        result[f"{kind} recall"] = round(t["matched"] / t["curated"], 3) if t["curated"] else None
        result[f"{kind} counts"] = f"{t['matched']} matched, {t['proposed']} proposed, {t['curated']} curated"
    result["seconds (encode all seeds)"] = round(seconds, 3)
    result["curated but not proposed"] = missed
    result["proposed but not curated"] = extra
    result["curated refs not in the registers"] = dangling
    return result
