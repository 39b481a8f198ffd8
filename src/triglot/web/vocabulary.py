"""The search vocabulary (every word of each language's passages) kept as a whole, with how many
documents use each word, and brought up to date by the parts that changed.

The vocabulary is the union of each document's words (web/data.gather_document), and a
rebuild used to make it by decoding every kept part's word list: at 500 documents 16 MB of
JSON for a vocabulary that hardly changes. Kept here is the count of parts that use each
word, per language, and which parts (web/doc_cache keys, each with the digest of its word
list) it was counted from. A rebuild subtracts the words of the parts that are gone (read
from their words files, still in the cache: pruned only at the end of the build that drops
them) and adds those of the new ones; a word is in the vocabulary while its count is above
zero. Anything that does not check out (this file damaged or of another format, a gone
part's words missing or not the ones counted) makes the vocabulary counted again from every
part, as a cold build does.
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Callable

from triglot.xmlio import atomic_write

FILE = "vocabulary.json"
FORMAT = "triglot-web-vocabulary 1"


def union(words_of_parts, languages) -> dict[str, set]:
    """The vocabulary of the given word lists ({lang: [word]} each), counted afresh."""
    counts, langs = {}, {}
    for words in words_of_parts:
        _add(counts, langs, words, 1)
    return _vocabulary(counts, langs, languages)


def kept(folder: Path, parts: dict[str, tuple[str, Callable[[], dict]]],
         gone_words: Callable[[str, str], dict | None], languages) -> dict[str, set]:
    """The vocabulary of `parts` (key -> (digest of its words, a function giving them)), updated from
    the one kept in `folder`. `gone_words(key, digest)` gives a part's words that this build does
    not have, or None when they cannot be had as they were counted."""
    path = Path(folder) / FILE
    state = _read(path)
    counts = langs = None
    if state is not None:
        counted: dict = state["parts"]
        gone = [k for k in counted if k not in parts or parts[k][0] != counted[k]]
        new = [k for k in parts if counted.get(k) != parts[k][0]]
        if len(gone) + len(new) < len(parts):       # else counting again is as cheap
            counts, langs = state["counts"], state["langs"]
            for key in gone:
                words = gone_words(key, counted[key])
                if words is None:
                    counts = langs = None
                    break
                _add(counts, langs, words, -1)
            else:
                for key in new:
                    _add(counts, langs, parts[key][1](), 1)
    if counts is None:
        counts, langs = {}, {}
        for digest, words in parts.values():
            _add(counts, langs, words(), 1)
    if state is None or counts is not state["counts"] or set(state["parts"].items()) != \
            {(k, d) for k, (d, _) in parts.items()}:
        _write(path, {"parts": {k: d for k, (d, _) in parts.items()}, "counts": counts, "langs": langs})
    return _vocabulary(counts, langs, languages)


def _add(counts: dict, langs: dict, words: dict, sign: int) -> None:
    for lang, ws in words.items():
        langs[lang] = langs.get(lang, 0) + sign
        by_word = counts.setdefault(lang, {})
        for w in ws:
            n = by_word.get(w, 0) + sign
            if n:
                by_word[w] = n
            else:
                del by_word[w]
        if not langs[lang]:
            del langs[lang]
            counts.pop(lang, None)


def _vocabulary(counts: dict, langs: dict, languages) -> dict[str, set]:
    """{lang: words}, the settings' languages first in their order, then any other sorted (one order
    whatever the parts' order: it is search.json's order of the word shards)."""
    order = [lang for lang in languages if lang in langs] + sorted(set(langs) - set(languages))
    return {lang: set(counts.get(lang, ())) for lang in order}


def _read(path: Path) -> dict | None:
    """The kept state, or None if there is none or it does not check out (its own digest)."""
    try:
        from triglot.web.file_store import cache_bytes, cache_json
        raw = cache_bytes(path)
        head, _, body = raw.partition(b"\n")
        data = cache_json(head.decode("utf-8"))
        if data.get("format") != FORMAT or data.get("digest") != hashlib.sha256(body).hexdigest():
            return None
        state = cache_json(body.decode("utf-8"))
        return state if _well_typed(state) else None
    except (OSError, ValueError, AttributeError):
        return None


def _count(n) -> bool:
    """A count as _add keeps it: a whole number above zero (JSON's true is no count)."""
    return type(n) is int and n > 0


def _well_typed(state) -> bool:
    """Whether the kept state holds what _add and kept() work on: a digest (a string) per part, and
    per language a count of parts and {word: count} of the same languages. The file's own digest
    says only that it is whole: a hand or another program can write one of other types, and a count
    of 0, 1.5 or "1" would keep a word in the vocabulary, or stop the build with a traceback."""
    if not isinstance(state, dict):
        return False
    parts, counts, langs = state.get("parts"), state.get("counts"), state.get("langs")
    if not (isinstance(parts, dict) and isinstance(counts, dict) and isinstance(langs, dict)):
        return False
    return (all(isinstance(d, str) for d in parts.values()) and set(counts) == set(langs)
            and all(_count(n) for n in langs.values())
            and all(isinstance(ws, dict) and all(_count(n) for n in ws.values()) for ws in counts.values()))


def _write(path: Path, state: dict) -> None:
    body = json.dumps(state, ensure_ascii=False).encode("utf-8")
    head = json.dumps({"format": FORMAT, "digest": hashlib.sha256(body).hexdigest()}).encode("utf-8")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(path, head + b"\n" + body)
    except OSError:
        pass    # a cache that cannot be written only costs time
