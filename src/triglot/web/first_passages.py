"""The first passages a search shows before Pagefind answers: a few passages of each word, with
everything a result shows, in a file per word shard (`pagefind/first/<key>.json`).

Why: on a large edition a page opened with a query waits for Pagefind's worker (its WebAssembly,
index and ranking: about 400 ms on two loaded cores at 100 times the edition) before it can show
anything, while the query's word shards, which it fetches anyway, arrive much sooner. This file
lies beside them, named by the same key, so static/search.js can show passages the query's words
are known to be in at once, each after the same check as every result (its own text holds the
query: no false hit), and let Pagefind's ranked answer complete them.

A file holds, for each language, each word of that key (as written, lower case) with the indexes
of up to PER_WORD passages that hold it, those Pagefind would rank highest (score(): the word's
count in the passage, more inside a marked mention of a register entry, against the passage's
length), and those passages, best first:
their text and the very filter values Pagefind returns for them (search.page_fields), the
document titles once per document. What it holds is bounded by the words of the key, never by the
number of documents (a file stops taking new passages at MOST_PASSAGES; a word of such a file
keeps the passages it shares with the others), so it stays small on a 100-times corpus; and only
the first MOST_TEXT characters of the edition are read for it, so its cost does not grow either.
"""
from __future__ import annotations

import re
import unicodedata
from pathlib import Path

PER_WORD = 1          # passages listed for a word (a query shows one for each form of its words)
LONGEST = 600         # characters of a passage listed (a long one would be copied into many files)
# Characters of text read, in the edition's order, before the files are written: a rebuild reads
# a kept document's passages only when asked (web/doc_cache.py), so what this costs must not grow
# with the edition (a word first met later has no first passages: its first results are Pagefind's).
MOST_TEXT = 1_000_000
MOST_PASSAGES = 16    # passages in one file: a key of many words ("по", "th") stays under ~25 kB

# Words as static/search.js's WORD reads them, closely enough for choosing passages: letters and
# digits (a combining mark splits a word here; the passage is then only not listed for it, since
# every listed passage is checked against its own text by search.js before it is shown).
WORD = re.compile(r"[^\W_]+")


def first_passages(records: list[dict], key_of, entries: list[dict] | None = None) -> dict[str, dict]:
    """{key: the file's content}, `key_of(word)` naming a word's shard (search.word_key).

    Each word is listed with the passage Pagefind would rank highest for it among those read
    (score()), not the first met: a reader who types "Kars" first sees a passage where Kars
    matters. A file's passages are in the order of their scores, which is the order search.js
    shows them in.

    With the register `entries` (search.json's: each with its id and name forms, [text, language]),
    each entry's mentions reach the file of every word of each of its forms, in every language
    (named())."""
    return _scored(records, key_of, entries)[0]


def _scored(records: list[dict], key_of, entries: list[dict] | None = None,
            summarise: bool = False) -> tuple[dict[str, dict], int, list]:
    """The files, how many records were looked at and, if `summarise`, each of those with its words'
    weights (None for one over LONGEST, not read for its words) as _summary reads them (before the
    choice takes its length out), made with the cycle collector paused: scoring
    the words of a million characters makes some hundred thousand counts and candidates that all stay
    alive until the files are chosen, and the collector's older-generation passes over them (two on
    this edition's rebuild, 0.14-0.21 s of its 0.36 CPU-s here, counted with gc.callbacks) freed
    nothing: none of them is part of a reference cycle."""
    from triglot import collector
    with collector.paused():
        read, looked, mentions = _scan(records)
        met = []
        if summarise:
            counted = {id(r): counts for r, counts in read}
            met = [(r, dict(counted[id(r)]) if id(r) in counted else None) for r in records[:looked]]
        files = _choose(read, key_of)
        if entries:
            named(files, mentions, entries, key_of)
        return files, looked, met


def _scan(records: list[dict]) -> tuple[list[tuple[dict, dict[str, float]]], int, dict]:
    """Each passage read, with its words' scores, how many records were looked at (the first ones,
    until MOST_TEXT characters, all of them if the edition is smaller), and for each register entry
    and language the shortest of those that mention it (a long one too: named())."""
    read: list[tuple[dict, dict[str, float]]] = []
    mentions: dict[tuple[str, str], dict] = {}
    scanned = looked = 0
    for r in records:
        if scanned > MOST_TEXT:
            break
        looked += 1
        scanned += len(r["text"])
        for entry_id, _name in r.get("names") or ():
            held = mentions.get((entry_id, r["lang"]))
            if held is None or len(r["text"]) < len(held["text"]):
                mentions[entry_id, r["lang"]] = r
        if len(r["text"]) > LONGEST:
            continue
        read.append((r, _counts(r)))
    return read, looked, mentions


def named(files: dict[str, dict], mentions: dict[tuple[str, str], dict], entries: list[dict], key_of) -> None:
    """Each register entry's shortest mention read in each language, added to the file of every
    word of each of the entry's name forms, under `named` (entry id: the passages' indexes), which
    search.js reads for the entries a query names. Why: a name's first passages were only those its
    words chose (one a word, none over LONGEST characters, MOST_PASSAGES a file), and "Erzurum",
    whose every passage is long, had none in any file: a page opened with it, or with its Russian
    or Armenian form, waited 1.1-1.4 s for Pagefind's whole answer at 100 times the edition
    (search23). What this adds is bounded by the registers (an entry's forms times the languages),
    never by the number of documents."""
    made: dict[int, dict] = {}
    of_entry: dict[str, list[dict]] = {}
    for (entry_id, _lang), r in sorted(mentions.items()):
        of_entry.setdefault(entry_id, []).append(r)
    places: dict[str, dict] = {}      # each file's passages by (language, document, block)
    for entry in entries:
        chosen = of_entry.get(entry["id"])
        if not chosen:
            continue
        # each key with the languages of the forms whose words it holds: "er" (Erzurum) lists the
        # English mention, "эр" (Эрзурум) the Russian, "էր" the Armenian: a third of the bytes of
        # every language's in every key's file (7.5 MB against 4.3 for this edition's files, the
        # largest 73 kB), and a query in any script still finds a passage that names the entry
        keys: dict[str, set[str]] = {}
        for text, lang in entry["forms"]:
            for w in WORD.findall(unicodedata.normalize("NFC", text).lower()):
                keys.setdefault(key_of(w), set()).add(lang)
        for key, langs in sorted(keys.items()):
            f = files.setdefault(key, empty())
            if key not in places:
                places[key] = {(p["filters"]["lang"][0], p["filters"]["doc"][0], p["filters"]["block"][0]): i
                               for i, p in enumerate(f["passages"])}
            at = places[key]
            listed = f.setdefault("named", {}).setdefault(entry["id"], [])
            for r in chosen:
                if r["lang"] not in langs:
                    continue
                where = (r["lang"], r["doc"], r["block"])
                if where not in at:
                    if id(r) not in made:
                        made[id(r)] = _passage(r)
                    at[where] = len(f["passages"])
                    f["passages"].append(made[id(r)])
                    f["titles"].setdefault(r["doc"], {f"title_{ui}": [t] for ui, t in sorted(r["titles"].items())})
                if at[where] not in listed:
                    listed.append(at[where])
            if not listed:
                del f["named"][entry["id"]]
                if not f["named"]:
                    del f["named"]


def _choose(read: list[tuple[dict, dict[str, float]]], key_of) -> dict[str, dict]:
    """The files of the passages read (first_passages)."""
    if not read:
        return {}
    average = sum(c["\0length"] for _, c in read) / len(read)
    # for each (language, word) its passages, best first (an earlier one first among equals)
    candidates: dict[tuple[str, str], list[tuple[float, int]]] = {}
    for i, (r, counts) in enumerate(read):
        length = counts.pop("\0length")
        for w, weight in counts.items():
            candidates.setdefault((r["lang"], w), []).append((-score(weight, length, average), i))
    by_key: dict[str, list[tuple[str, str]]] = {}
    for lang, w in candidates:
        candidates[lang, w].sort()
        by_key.setdefault(key_of(w), []).append((lang, w))
    files: dict[str, dict] = {}
    # a passage as search.js reads it, made once: one chosen for many words' files (7 on average in
    # this edition, 3,581 made for 495 passages) had its filter values made again for each
    shown: dict[int, dict] = {}
    for key, listed in by_key.items():
        # words with the best-scored passages take the file's places first; a word whose best
        # passage finds no place keeps its best passage already in the file, if any
        listed.sort(key=lambda lw: (candidates[lw][0], lw))
        chosen: dict[int, float] = {}
        of_word: dict[tuple[str, str], list[int]] = {}
        for lw in listed:
            for neg, i in candidates[lw][:PER_WORD]:
                if i in chosen or len(chosen) < MOST_PASSAGES:
                    chosen[i] = min(chosen.get(i, 0.0), neg)
                    of_word.setdefault(lw, []).append(i)
        for lw in listed:
            if lw not in of_word:
                held = [i for _, i in candidates[lw] if i in chosen][:PER_WORD]
                if held:
                    of_word[lw] = held
        order = sorted(chosen, key=lambda i: (chosen[i], i))
        at = {i: n for n, i in enumerate(order)}
        f = files[key] = empty()
        for i in order:
            r = read[i][0]
            if i not in shown:
                shown[i] = _passage(r)
            f["passages"].append(shown[i])
            f["titles"].setdefault(r["doc"], {f"title_{ui}": [t] for ui, t in sorted(r["titles"].items())})
        for (lang, w), indexes in sorted(of_word.items()):
            f["words"].setdefault(lang, {})[w] = sorted(at[i] for i in indexes)
    return files


# How Pagefind ranks a passage for a word (its BM25, with its default term saturation and page
# length weights: `RankingWeights::default()` in Pagefind's pagefind_web source gives
# term_saturation 1.4 and page_length 0.75, checked for session 27), with a word inside a marked mention of a register entry counted MENTION times:
# a passage that names the entry is about it, where one that only uses the word may not be.
SATURATION = 1.4
LENGTH_WEIGHT = 0.75
MENTION = 1.5
FAMILY = 5


def score(weight: float, length: int, average: float) -> float:
    """A word's score in a passage of `length` words: its weighted count, saturated, against the
    passage's length relative to the average passage read."""
    norm = 1 - LENGTH_WEIGHT + LENGTH_WEIGHT * length / average
    return weight * (SATURATION + 1) / (weight + SATURATION * norm)


def _counts(r: dict) -> dict[str, float]:
    """Each word of a passage (lower case, NFC) with its weighted count, and "\\0length" its words."""
    found = WORD.findall(unicodedata.normalize("NFC", r["text"]).lower())
    counts: dict[str, float] = {}
    for w in found:
        counts[w] = counts.get(w, 0.0) + 1.0
    for _entry, name in r.get("names") or ():
        for w in WORD.findall(unicodedata.normalize("NFC", name).lower()):
            if w in counts:
                counts[w] += MENTION - 1
    # Pagefind counts every form of a word's stem (and, for the query's last word, every word it
    # begins): a word's weight here is that of all the passage's words beginning with its first
    # FAMILY letters, so the forms of one word choose the same passage
    family: dict[str, float] = {}
    for w, n in counts.items():
        family[w[:FAMILY]] = family.get(w[:FAMILY], 0.0) + n
    weights = {w: family[w[:FAMILY]] if len(w) >= FAMILY else n for w, n in counts.items()}
    weights["\0length"] = len(found)
    return weights


def empty() -> dict:
    return {"passages": [], "words": {}, "titles": {}}      # and "named" where an entry's mentions are added


def _passage(r: dict) -> dict:
    """A passage as Pagefind's data gives it to search.js: its text and filter values (the titles
    apart, once per document)."""
    from triglot.web.search import page_fields
    filters: dict[str, list[str]] = {}
    for kind, key, value in page_fields(r):
        if kind == "filter" and not key.startswith("title_"):
            filters.setdefault(key, []).append(value)
    return {"content": r["text"], "filters": filters}


def write_first_passages(output: Path, records: list[dict], keys: set[str], key_of, file_name, write,
                         record_keys: list[str] | None = None, kept: Path | None = None, tag: str = "",
                         entries: list[dict] | None = None, under: dict[str, list[dict]] | None = None) -> None:
    """A file under output/first/ for each of `keys` (every word shard's key, in any language: one
    with no passage is an empty file, so search.js, which knows the keys from the search page, never
    asks for a file that is not there), through `write(path, data)`. With `record_keys` (each
    record's digest, search.record_keys) and `kept` (a cache file), the files' content is kept
    there and taken back while the records read are the same (kept_first_passages). `entries`: the
    registers' (first_passages), which `tag` must then name. `under`: {key: the register entries
    under that key} (search.entries_by_key), written in the key's file as its "entries", whatever
    the kept passages: the query's own request brings the names it may be (not search.json)."""
    if record_keys is not None and kept is not None and len(record_keys) == len(records):
        files = kept_first_passages(records, key_of, record_keys, kept, tag, entries)
    else:
        files = first_passages(records, key_of, entries)
    under = under or {}
    for key in sorted(keys | set(files) | set(under)):
        content = files.get(key) or empty()
        if key in under:
            content = {**content, "entries": under[key]}
        write(output / "first" / f"{file_name(key)}.json", content)


# The kept files' format: a kept file of another version (or none) is made again. 3: what each record
# read gives the choice (_summary), and each file's passages by the records they are of (`origins`).
KEPT_VERSION = 3


def kept_first_passages(records: list[dict], key_of, record_keys: list[str], kept: Path, tag: str,
                        entries: list[dict] | None = None) -> dict[str, dict]:
    """first_passages(records, key_of), kept in the file `kept` with what it was made from: `tag`
    (the code and the word keys' rules, given by the caller), and for each record looked at its key
    (its whole content: search.record_keys) and what the choice reads of it (_summary: its language,
    words' weights, length and the entries it names). Why: a one-edit rebuild at 500 documents read
    the first million characters of the edition again (the kept documents' passages loaded from
    their parts) and scored every word of them, 0.2-0.3 CPU-s, to find the same files whenever the
    edited document lies beyond them, as nearly every one does; and when it lay among them (the
    bench's edit, of the first document), it read and scored them all again (edit22: 1.7 of its
    profile's CPU-s), though the edit changed no word.

    So a kept record is never read or scored again: only the records whose keys are new (the edited
    document's) are summarised. If every record looked at gives the choice what it gave (the same
    summaries, in the same places, the same records looked at and the same shortest mentions), the
    files choose the same records, and only the passages and titles of the records whose content
    changed are made again from them (`origins`: each file's passages by record); otherwise the
    files are made again whole (_scored). The same records looked at give the same files: the
    reading stops at a record by the lengths of those before it alone, and goes to the end only when
    the edition has no more records. A kept file that does not read back whole, as this version
    wrote it, with its files as objects, is made again (and written again); so is one whose bytes
    are not those it wrote (its digest, DIGEST_MARK), its files' or its records': a kept file edited by hand to give a
    passage other words was taken back because the records were the same, and the site published
    words the edition does not have (hostile39: "A letter from Chicherin declaring war on Kars" in
    pagefind/first/ after a rebuild)."""
    import contextlib
    import json
    from triglot.web.file_store import cache_bytes, cache_json

    files = summaries = None
    try:
        data = cache_bytes(kept)
        if not data.startswith(DIGEST_MARK) or data[len(DIGEST_MARK):len(DIGEST_MARK) + 64] != _digest(data):
            raise ValueError("not the bytes this build's kept file was written with")
        held, body, made = _head(data)
        looked = held["looked"]
        if held["version"] == KEPT_VERSION and held["tag"] == tag and type(looked) is int \
                and 0 < looked <= len(records) and (held["stopped"] is True or looked == len(records)) \
                and held["keys"] == _keys_digest(record_keys[:looked]):
            files = cache_json(body)              # the very records looked at (an edit beyond them)
            if isinstance(files, dict) and all(isinstance(f, dict) for f in files.values()):
                return files
            files = None
        elif held["version"] == KEPT_VERSION and held["tag"] == tag:
            files, summaries = _taken_back(records, record_keys, cache_json(made), body)
            if files is not None and summaries is None:
                return files                      # the very records looked at: nothing to keep again
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        files = summaries = None                  # not kept, or not whole: made again
    if files is None:
        files, _looked, met = _scored(records, key_of, entries, summarise=True)
        summaries = [[record_keys[n], *_summary(r, counts)] for n, (r, counts) in enumerate(met)]
    origins = _origins(files, records, len(summaries))
    if summaries:
        body = json.dumps(files, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        held = {"digest": "0" * 64, "version": KEPT_VERSION, "tag": tag, "looked": len(summaries),
                "stopped": len(summaries) < len(records), "keys": _keys_digest([s[0] for s in summaries]),
                "files-length": len(body)}
        head = json.dumps(held, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        made = json.dumps({"records": summaries, "origins": origins}, ensure_ascii=False, separators=(",", ":"))
        data = head[:-1] + FILES_MARK + body + MADE_MARK + made.encode("utf-8") + b"}"
        data = DIGEST_MARK + _digest(data) + data[len(DIGEST_MARK) + 64:]
        from triglot.xmlio import atomic_write
        with contextlib.suppress(OSError):      # a cache that cannot be written only costs time
            atomic_write(kept, data)
    return files


# The kept file begins with its digest: of all its bytes, those 64 hex digits read as zeros. What it
# holds of the records (the head) is trusted as much as its files: one edited by hand is made again.
DIGEST_MARK = b'{"digest":"'


def _digest(data: bytes) -> bytes:
    import hashlib
    at = len(DIGEST_MARK)
    return hashlib.sha256(data[:at] + b"0" * 64 + data[at + 64:]).hexdigest().encode("ascii")


def _keys_digest(keys: list[str]) -> str:
    import hashlib
    return hashlib.sha256("\n".join(keys).encode("utf-8")).hexdigest()


def _summary(r: dict, counts: dict | None = None) -> list:
    """What the choice reads of a record: [its length in characters, a digest of its language and of
    its words' weights (none for a passage over LONGEST, which is not listed for its words), the
    entries it names] (the key is added by the caller); `counts`: its weights if already counted."""
    import hashlib
    import json
    long = len(r["text"]) > LONGEST
    if counts is None and not long:
        counts = _counts(r)
    weights = json.dumps([r["lang"], None if long else counts], ensure_ascii=False, separators=(",", ":"))
    return [len(r["text"]), hashlib.sha256(weights.encode("utf-8")).hexdigest()[:32],
            [str(entry_id) for entry_id, _name in r.get("names") or ()]]


def _mentions(summaries: list[list], langs: list[str]) -> dict[tuple[str, str], int]:
    """For each entry and language, the record (its place) of the shortest mention (_scan's rule)."""
    shortest: dict[tuple[str, str], int] = {}
    for n, (_key, length, _weights, named_entries) in enumerate(summaries):
        for entry_id in named_entries:
            held = shortest.get((entry_id, langs[n]))
            if held is None or length < summaries[held][1]:
                shortest[entry_id, langs[n]] = n
    return shortest


def _taken_back(records, record_keys, held, body):
    # `held`: the kept file's "made" member
    """(files, None) when the kept files are those of these very records; (files, summaries) when the
    records looked at give the choice what the kept ones gave, the passages of records changed since
    made again; (None, None) when the files must be made again."""
    from triglot.web.file_store import cache_json
    kept = held["records"]
    if type(kept) is not list or not kept:
        return None, None
    by_key = {}
    for summary in kept:
        if type(summary) is not list or len(summary) != 4 or type(summary[1]) is not int:
            return None, None
        by_key[summary[0]] = summary
    summaries: list[list] = []
    scanned = 0
    for n, r in enumerate(records):
        if scanned > MOST_TEXT:
            break
        summary = by_key.get(record_keys[n])
        if summary is None:
            summary = [record_keys[n], *_summary(r)]       # a record not looked at before (the edited ones)
        summaries.append(summary)
        scanned += summary[1]
    if len(summaries) != len(kept) or any(new[2] != old[2] for new, old in zip(summaries, kept)):
        return None, None
    changed = [n for n, (new, old) in enumerate(zip(summaries, kept)) if new[0] != old[0]]
    files = cache_json(body)
    if not isinstance(files, dict) or not all(isinstance(f, dict) for f in files.values()):
        return None, None
    if not changed:
        return files, None
    langs = [records[n]["lang"] for n in range(len(summaries))]
    if _mentions(summaries, langs) != _mentions(kept, langs):
        return None, None
    origins = held["origins"]
    if type(origins) is not dict or set(origins) - set(files):
        return None, None
    changed_set = set(changed)
    made: dict[int, dict] = {}
    for key, places in origins.items():
        if type(places) is not list or len(places) != len(files[key]["passages"]) \
                or not set(map(type, places)) <= {int} or (places and not 0 <= min(places) <= max(places) < len(summaries)):
            return None, None
        if changed_set.isdisjoint(places):
            continue
        f = files[key]
        titles: dict[str, dict] = {}
        for j, n in enumerate(places):
            r = records[n]
            if n in changed_set:
                if n not in made:
                    made[n] = _passage(r)
                f["passages"][j] = made[n]
            if r["doc"] not in titles:
                titles[r["doc"]] = ({f"title_{ui}": [t] for ui, t in sorted(r["titles"].items())}
                                    if n in changed_set else f["titles"][r["doc"]])
        f["titles"] = titles
    return files, summaries


def _origins(files: dict[str, dict], records: list[dict], looked: int) -> dict[str, list[int]] | None:
    """Each file's passages by the place of the record each is of (among the `looked` first), by
    language, document and block, which name one record (search.page_fields); None if two do."""
    place = {}
    for n in range(looked):
        r = records[n]
        where = (r["lang"], r["doc"], r["block"])
        if where in place:
            return None
        place[where] = n
    try:
        return {key: [place[p["filters"]["lang"][0], p["filters"]["doc"][0], p["filters"]["block"][0]]
                      for p in f["passages"]] for key, f in files.items()}
    except (KeyError, IndexError):
        return None


# The kept file is one JSON object whose last member is "files", written as `,"files":` and the files'
# JSON; no member before it holds these bytes (its keys are fixed, its values numbers, a boolean and
# hex digests), so the first of them starts the files' bytes, which are `files-length` long.
FILES_MARK = b',"files":'
# After the files, the member "made" (what each record looked at gave the choice, and each file's passages
# by record: _taken_back), decoded only when the records looked at are not those the files were made of:
# an edit beyond them (nearly every edit of a large edition) reads only the head and the files.
MADE_MARK = b',"made":'


def _head(data: bytes) -> tuple[dict, bytes, bytes]:
    """A kept file's `data` as (what it was made from, decoded; its files' bytes and what each record
    gave them (MADE_MARK), not decoded): the
    files are decoded only when the records are the ones they were made from. An edit among the
    passages read (every edit of the first documents of a 500-document edition) decoded the 2.6 MB of
    files whole to find them made from other records (rebuild35). The kept file's digest is of its very
    bytes (not dumped again from what json read: 4 MB for this edition, tens of milliseconds a build)."""
    from triglot.web.file_store import cache_json
    at = data.find(FILES_MARK)
    if at < 0 or not data.endswith(b"}"):
        raise ValueError("no files in the kept file")
    held = cache_json(data[:at] + b"}")
    if not isinstance(held, dict) or type(held.get("files-length")) is not int:
        raise ValueError("a kept file of another shape")
    start = at + len(FILES_MARK)
    end = start + held["files-length"]
    if data[end:end + len(MADE_MARK)] != MADE_MARK:
        raise ValueError("a kept file of another shape")
    return held, data[start:end], data[end + len(MADE_MARK):-1]


__all__ = ["first_passages", "kept_first_passages", "named", "write_first_passages", "PER_WORD", "MOST_PASSAGES"]
