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

import re
import time
from collections import Counter
from pathlib import Path

from triglot.tei import EDITORIAL_TAGS, local, normalize_space, seed_text, within

KINDS = ("persName", "placeName", "date")
UNSEEN_KINDS = ("persName", "placeName", "orgName", "date")
UNSEEN_DIR = Path("tests") / "data" / "unseen"
DATE_ATTRS = ("when", "from", "to", "notBefore", "notAfter")
UNVALUED = "date without a value"   # tagged for the editor with no year to take: no value claimed


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
            # A name still without @ref is a proposal awaiting the editor: compared as it is.
            if value and edition is not None and edition.entry(value, doc) is None:
                dangling.append(f"{words} → {value}")
                continue
        found[(kind, words, value)] += 1
    return found, dangling


def credit_new_entries(mine: Counter, curated: Counter) -> Counter:
    """A proposed new entry (a name without @ref) counts as right where the editors tagged those
    words as that kind of name with a register entry: the span was a real name, as on unseen texts."""
    out = Counter({k: v for k, v in mine.items() if k[0] == "date" or k[2]})
    for (kind, words, ref), n in mine.items():
        if kind == "date" or ref:
            continue
        for key in [k for k in curated if k[:2] == (kind, words) and k[2]]:
            take = min(n, curated[key] - out[key])
            if take > 0:
                out[key] += take
                n -= take
        if n:
            out[(kind, words, ref)] += n
    return out


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
        mine = Counter({k: n for k, n in mine.items() if k[0] != "date" or k[2]})   # no value claimed (UNVALUED)
        curated, bad = mentions(doc.base, edition, doc)
        dangling += [f"{doc.name}: {d}" for d in bad]
        mine = credit_new_entries(mine, curated)
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
    result.update(unseen(edition))
    result.update(speed(edition))
    result["curated but not proposed"] = missed
    result["proposed but not curated"] = extra
    result["curated refs not in the registers"] = dangling
    return result


# -- texts the edition has never seen ---------------------------------------------
# The development pool (the recogniser's rules are studied and fixed on it: the first texts
# and every earlier test set once its faults were studied) and the test set (annotated and
# committed before the tagger first ran on it, never tuned on): reported apart.
STUDIED_TEST_DIRS = tuple(Path("tests") / "data" / f"unseen-test{n}" for n in ("", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "27", "28", "29", "30", "31", "32", "33", "34", "35", "36", "37", "38", "39", "40", "41", "42", "43", "44", "45", "46", "47", "48", "49", "50", "51", "52"))
TEST_DIR = Path("tests") / "data" / "unseen-test53"
SETS = (("development", (UNSEEN_DIR, *STUDIED_TEST_DIRS)), ("test", (TEST_DIR,)))


def unseen(edition, sets=SETS) -> dict:
    """Precision and recall on hand-annotated unseen texts, one line per set and kind of name.

    A name counts as right when the proposal has the gold kind over the same
    words (a proposed new register entry counts when the span is a real name); a
    date when it also has the gold ISO values. A year-less date whose year the
    tagger got wrong must carry ana="#review": those that do not are listed.
    Beside each set, in the same run, the anchor: the same encoding with the
    registers' names and dates only (no recogniser).
    """
    result: dict = {}
    for label, folders in sets:
        result.update(unseen_set(edition, label, *(edition.root / f for f in folders)))
    return result


def unseen_set(edition, label: str, *folders: Path) -> dict:
    """The figures of one set of unseen texts (folders with the texts and their gold.json)."""
    import json
    texts = []
    for folder in folders:
        gold_file = folder / "gold.json"
        if not gold_file.is_file():
            return {f"unseen {label}": f"none ({gold_file} not found)"}
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        texts += [(folder, name, text) for name, text in gold["texts"].items()]
    totals = {k: Counter() for k in UNSEEN_KINDS}
    anchor = {k: Counter() for k in UNSEEN_KINDS}
    missed, extra, unmarked, per_text, words, seconds = [], [], [], {}, 0, 0.0
    no_value = Counter()     # dates tagged without a value: True over an annotated date's words
    for folder, name, text in texts:
        seed = folder / f"{name}.txt"
        words += len(seed.read_text(encoding="utf-8").split())
        start = time.perf_counter()
        mine, review = proposed_mentions(edition, seed, name)
        seconds += time.perf_counter() - start
        wanted = Counter(_gold_key(m) for m in text["mentions"])
        registers_only, _ = proposed_mentions(edition, seed, name, recogniser=False)
        _count(anchor, +Counter({k: n for k, n in registers_only.items() if k[0] != UNVALUED}), wanted)
        unvalued = Counter({k: n for k, n in mine.items() if k[0] == UNVALUED})
        mine = mine - unvalued
        gold_words = {k[1] for k in wanted if k[0] == "date"}
        year_less = {k[1]: k for k in wanted if k[0] == "date" and _year_less(k[2])}
        for (_, words_, _), n in unvalued.items():
            if words_ in year_less:
                mine[year_less[words_]] += n
                no_value["year-less gold"] += n
            else:
                no_value[words_ in gold_words] += n
        own = {k: Counter() for k in UNSEEN_KINDS}
        _count(own, mine, wanted)
        for kind in UNSEEN_KINDS:
            totals[kind].update(own[kind])
        per_text[name] = "; ".join(f"{kind} {_short(own[kind])}" for kind in UNSEEN_KINDS)
        for key in set(mine) | set(wanted):
            hit = min(mine[key], wanted[key])
            if wanted[key] > hit:
                missed.append(f"{name}: {key[0]} “{key[1]}” {key[2]} ×{wanted[key] - hit}")
            if mine[key] > hit:
                extra.append(f"{name}: {key[0]} “{key[1]}” {key[2]} ×{mine[key] - hit}")
        gold_dates = [k for k in wanted if k[0] == "date"]
        for key, marked in review:
            if key not in wanted and not marked and key[1] not in _misprinted(text) and _wrong(key, gold_dates):
                unmarked.append(f"{name}: “{key[1]}” {key[2]}")
    result: dict = {}
    for kind in UNSEEN_KINDS:
        result[f"unseen {label} {kind}"] = _figures(totals[kind])
        result[f"unseen {label} {kind}, anchor: registers only"] = _figures(anchor[kind])
    result[f"unseen {label} texts"] = len(texts)
    result[f"unseen {label} words"] = words
    result[f"unseen {label} seconds per 1,000 words"] = round(1000 * seconds / max(words, 1), 3)
    result[f"unseen {label} per text"] = per_text
    result[f"unseen {label} dates tagged with no value (no year to take), for the editor"] = (
        f"{sum(no_value.values())}, of which {no_value[True]} over an annotated date's words "
        "(not counted in the date figures: no value is claimed) and "
        f"{no_value['year-less gold']} over an annotated date whose gold has no year either (--MM-DD: "
        "counted right)")
    result[f"unseen {label} wrong dates not marked for review"] = unmarked
    result[f"unseen {label} annotated but not proposed"] = sorted(missed)
    result[f"unseen {label} proposed but not annotated"] = sorted(extra)
    return result


def _count(totals: dict, proposed: Counter, wanted: Counter) -> None:
    for key in set(proposed) | set(wanted):
        totals[key[0]]["matched"] += min(proposed[key], wanted[key])
        totals[key[0]]["proposed"] += proposed[key]
        totals[key[0]]["curated"] += wanted[key]


def _short(t: Counter) -> str:
    p = f"{t['matched'] / t['proposed']:.2f}" if t["proposed"] else "-"
    r = f"{t['matched'] / t['curated']:.2f}" if t["curated"] else "-"
    return f"P {p} R {r}"


def _figures(t: Counter) -> str:
    p = round(t["matched"] / t["proposed"], 3) if t["proposed"] else None
    r = round(t["matched"] / t["curated"], 3) if t["curated"] else None
    return f"precision {p}, recall {r} ({t['matched']} matched, {t['proposed']} proposed, {t['curated']} annotated)"


def proposed_mentions(edition, seed: Path, doc_id: str, recogniser: bool = True):
    """(kind, words, value) of what encode proposes for a seed; and each date's review mark.
    Without the recogniser: what the registers and the date reader alone propose (the anchor)."""
    from triglot.editor import encode as encode_module
    from triglot.tei import NS
    saved = encode_module.Recogniser
    if not recogniser:
        encode_module.Recogniser = _NoRecogniser
    try:
        result = encode_module.encode(edition, seed, doc_id)
    finally:
        encode_module.Recogniser = saved
    base = result.tree.getroot().find(".//t:body/t:div[@type='base']", NS)
    found, review = Counter(), []
    for el in base.iter():
        kind = local(el)
        if kind not in UNSEEN_KINDS:
            continue
        words = normalize_space(seed_text(el))
        value = _date_value(el) if kind == "date" else ""
        if kind == "date" and not value:
            # tagged with no value (no year anywhere to take): no claim of a date's value is
            # made, so it is neither right nor wrong; counted apart (UNVALUED)
            found[(UNVALUED, words, "")] += 1
            continue
        found[(kind, words, value)] += 1
        if kind == "date":
            review.append(((kind, words, value), "#review" in (el.get("ana") or "")))
    return found, review


def _year_less(value: str) -> bool:
    """A gold value that gives no year (`when=--04-13`, TEI's year-less form): the text's date has
    no knowable year (a novel's diary headed by month and day). The tagger leaves such a date
    without a value for the editor, as tei/ENCODING.md asks; that is the gold's answer too, so it
    counts as right. A gold that gives the true year (the earlier sets' year-less dates, which a
    historian can date) is still missed by a date left without a value."""
    parts = [part.partition("=")[2] for part in value.split()]
    return bool(parts) and all(part.startswith("--") for part in parts)


def _date_value(el) -> str:
    return " ".join(f"{a}={el.get(a)}" for a in DATE_ATTRS if el.get(a))


def _wrong(key: tuple, gold_dates: list[tuple]) -> bool:
    """Whether a proposed date (not in the gold as it is) claims a value the gold says is wrong: the
    same words with another value, or a part of an annotated date's words with another year ("September
    17th" dated 1909 inside the gold's "September 17th, 1911"). Only the same words were compared, so a
    wrong year on a shorter span than the gold's passed as neither right nor wrong (freeze53's first run)."""
    words, years = key[1], set(YEAR.findall(key[2]))
    for _, gold_words, gold_value in gold_dates:
        if gold_words == words:
            return True
        gold_years = set(YEAR.findall(gold_value))
        if years and gold_years and not years & gold_years and \
                re.search(rf"(?<!\w){re.escape(words)}(?!\w)", gold_words):
            return True
    return False


YEAR = re.compile(r"(?<![\d-])(\d{4})(?!\d)")     # a value's years ("1911-09-17", "1918/1920"), not "--09-17"


def _misprinted(text: dict) -> set[str]:
    """The words of gold dates whose value corrects the print (a fourth field saying so: the OCR's
    "May 21, 1920" for the 24th). A tagger that dates them as printed reads the text right; it is a
    miss in the figures, not a wrong date left unmarked: an editor marks the misprint (sic/corr)."""
    return {m[1] for m in text["mentions"] if m[0] == "date" and len(m) > 3 and str(m[3]).startswith("corrects")}


def _gold_key(mention) -> tuple:
    """A gold mention as the tagger's proposals are counted: its words with their spaces as one
    (a proposal's words are read with `normalize_space`; test42's OCR keeps "P.  E.  MATHESON" with
    two spaces, as copied, and the same words proposed were counted wrong and missed)."""
    kind, words = mention[0], normalize_space(mention[1])
    return (kind, words, mention[2] if kind == "date" else "")


def speed(edition, folder: Path | None = None) -> dict:
    """Encoding a text of about 3,000 words (development texts joined), beside an anchor in the same run.

    The anchor is the same encoding with the registers' names and dates only
    (the tagger before it learnt names the registers do not know); the
    gazetteer's and the word list's one-time loading are reported apart. CPU seconds of this process
    are given too: on a shared machine they vary less than wall time.
    """
    import tempfile

    from triglot.editor import encode as encode_module
    from triglot.gazetteer import Gazetteer
    folder = folder or edition.root / UNSEEN_DIR
    texts = sorted(folder.glob("*.txt"))
    if not texts:
        return {}
    parts, words = [], 0
    while words < 3000:      # whole texts, repeated if there are too few, until about 3,000 words
        text = texts[len(parts) % len(texts)].read_text(encoding="utf-8")
        parts.append(text)
        words += len(text.split())
    body = "\n\n".join(parts)
    Gazetteer.default.cache_clear()      # measured as a new process meets it (from the user's cache)
    start = time.perf_counter()
    Gazetteer.default()
    load = time.perf_counter() - start
    from triglot.editor import common_words
    common_words._web2.cache_clear()     # the word list of ordinary English words, loaded once too
    start = time.perf_counter()
    common_words.is_common("word")
    words_load = time.perf_counter() - start
    with tempfile.TemporaryDirectory() as tmp:
        seed = Path(tmp) / "speed.txt"
        seed.write_text(body, encoding="utf-8")
        timed = {}
        for label, recogniser in (("with new names", encode_module.Recogniser), ("anchor: registers only", None)):
            saved = encode_module.Recogniser
            if recogniser is None:
                encode_module.Recogniser = _NoRecogniser
            try:
                wall, cpu = time.perf_counter(), time.process_time()
                encode_module.encode(edition, seed, "speed")
                timed[label] = (time.perf_counter() - wall, time.process_time() - cpu)
            finally:
                encode_module.Recogniser = saved
    result = {"encode words": len(body.split()), "gazetteer loading seconds (once per process)": round(load, 3),
              "word list loading seconds (once per process)": round(words_load, 3)}
    for label, (wall, cpu) in timed.items():
        result[f"encode seconds, {label}"] = f"{wall:.3f} wall, {cpu:.3f} CPU"
    return result


class _NoRecogniser:
    """The anchor's recogniser: finds nothing."""

    full_names: frozenset = frozenset()     # no person named in full

    def __init__(self, *args, **kwargs):
        pass    # takes the real recogniser's arguments and ignores them

    def find(self, text, title_case=None):
        return []
