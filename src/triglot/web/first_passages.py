"""The first passages a search shows before Pagefind answers: a few passages of each word, with
everything a result shows, in a file per word shard (`pagefind/first/<key>.json`).

Why: on a large edition a page opened with a query waits for Pagefind's worker (its WebAssembly,
index and ranking: about 400 ms on two loaded cores at 100 times the edition) before it can show
anything, while the query's word shards, which it fetches anyway, arrive much sooner. This file
lies beside them, named by the same key, so static/search.js can show passages the query's words
are known to be in at once, each after the same check as every result (its own text holds the
query: no false hit), and let Pagefind's ranked answer complete them.

A file holds, for each language, each word of that key (as written, lower case) with the indexes
of up to PER_WORD passages that hold it, the first in the edition's order, and those passages:
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


def first_passages(records: list[dict], key_of) -> dict[str, dict]:
    """{key: the file's content}, `key_of(word)` naming a word's shard (search.word_key)."""
    files: dict[str, dict] = {}
    listed: dict[tuple[str, str], int] = {}
    scanned = 0
    for r in records:
        if scanned > MOST_TEXT:
            break
        scanned += len(r["text"])
        if len(r["text"]) > LONGEST:
            continue
        lang = r["lang"]
        text = unicodedata.normalize("NFC", r["text"]).lower()
        at_of: dict[str, int] = {}      # this passage's index in each file it joined
        for w in dict.fromkeys(WORD.findall(text)):
            if listed.get((lang, w), 0) >= PER_WORD:
                continue
            key = key_of(w)
            f = files.setdefault(key, empty())
            if key not in at_of:
                if len(f["passages"]) >= MOST_PASSAGES:
                    continue
                at_of[key] = len(f["passages"])
                f["passages"].append(_passage(r))
                f["titles"].setdefault(r["doc"], {f"title_{ui}": [t] for ui, t in sorted(r["titles"].items())})
            f["words"].setdefault(lang, {}).setdefault(w, []).append(at_of[key])
            listed[lang, w] = listed.get((lang, w), 0) + 1
    return files


def empty() -> dict:
    return {"passages": [], "words": {}, "titles": {}}


def _passage(r: dict) -> dict:
    """A passage as Pagefind's data gives it to search.js: its text and filter values (the titles
    apart, once per document)."""
    from triglot.web.search import page_fields
    filters: dict[str, list[str]] = {}
    for kind, key, value in page_fields(r):
        if kind == "filter" and not key.startswith("title_"):
            filters.setdefault(key, []).append(value)
    return {"content": r["text"], "filters": filters}


def write_first_passages(output: Path, records: list[dict], keys: set[str], key_of, file_name, write) -> None:
    """A file under output/first/ for each of `keys` (every word shard's key, in any language: one
    with no passage is an empty file, so search.js, which knows the keys from search.json, never
    asks for a file that is not there), through `write(path, data)`."""
    files = first_passages(records, key_of)
    for key in sorted(keys | set(files)):
        write(output / "first" / f"{file_name(key)}.json", files.get(key) or empty())


__all__ = ["first_passages", "write_first_passages", "PER_WORD", "MOST_PASSAGES"]
