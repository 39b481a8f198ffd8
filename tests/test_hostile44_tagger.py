"""hostile44 (issue #12): round 48's rules on 100,000 characters of their own shapes. Counted, never timed.

- A cable's head of thousands of addresses (a pasted telegraph register, a navy's file of cablegrams):
  cable_addresses read the whole text once for each address it had read (a pattern compiled for each), and the
  recogniser then read every address for each name found ("a cable's town is no surname") and every parliamentary
  shape for each name: 100,000 characters of addresses took 27 CPU-s, and grew with the square of the text.
- A footnotes' page of short citations ("Hovannisian, War in the Aegean, 212."): every name was read again for each
  citation (2,000 citations: 6,074 reads a name).
The other rule modules of round 48 (footnote numbers, saints' towns, services, numbered codes) read each name or
match once: 100,000 characters of each took 1.3-2.4 CPU-s, growing with the text."""
from __future__ import annotations

import random
import re

import pytest

from triglot.editor import cable_addresses as cables, recognize
from triglot.editor.recognize import Recogniser

from counted_spans import CountedMention, count

CODES = [f"Xq{a}{b}{c}zt" for a in "abcdefghijklmnopqrstuvwxyz" for b in "abcdefghijklmnopqrstuvwxyz" for c in "abcdefghij"]


def _head(n: int) -> str:
    return "CABLEGRAM RECEIVED\n" + "".join(f"To {code} Geneva\n" for code in CODES[:n])


class _Gazetteer:
    def __init__(self, places):
        self.places = places

    def place(self, word):
        return word if word in self.places else None


class _CountedRe:
    """The module's `re`, each search of a text with it counted."""

    def __init__(self):
        self.calls = 0

    def __getattr__(self, name):
        real = getattr(re, name)
        if not callable(real):
            return real

        def called(*args, **kwargs):
            self.calls += 1
            return real(*args, **kwargs)
        return called


class _CountedPattern:
    def __init__(self, pattern, counter):
        self.pattern, self.counter = pattern, counter

    def __getattr__(self, name):
        real = getattr(self.pattern, name)
        if not callable(real):
            return real

        def called(*args, **kwargs):
            self.counter.calls += 1
            return real(*args, **kwargs)
        return called


def test_a_cable_head_of_five_thousand_addresses_is_read_a_bounded_number_of_times(monkeypatch):
    counter = _CountedRe()
    monkeypatch.setattr(cables, "re", counter)
    for name, value in list(vars(cables).items()):
        if isinstance(value, re.Pattern):
            monkeypatch.setattr(cables, name, _CountedPattern(value, counter))
    text, pairs = _head(5000), set()
    out = cables.cable_addresses(text, _Gazetteer({"Geneva"}), lambda w: False, lambda w: False, lambda w: False, pairs)
    assert len(pairs) == 5000 and len(out) == 10_000
    assert counter.calls <= 4, f"the text was searched {counter.calls} times"


@pytest.mark.parametrize("n", [500, 1000])
def test_the_recogniser_reads_each_name_of_a_cable_head_a_bounded_number_of_times(monkeypatch, n):
    """Every name's place (start, end) read, over the whole recogniser: main read 1,312 times a name for 500
    addresses and 2,562 for 1,000 (the square of the text); 65.5 now for either."""
    monkeypatch.setattr(recognize, "Mention", CountedMention)
    monkeypatch.setitem(count, "reads", 0)
    out = Recogniser().find(_head(n))
    assert [(m.text, m.kind) for m in out[:2]] == [(CODES[0], "org"), ("Geneva", "place")]
    assert len(out) == 2 * n
    assert count["reads"] <= 150 * len(out), count["reads"]


@pytest.mark.parametrize("n", [500, 2000])
def test_the_recogniser_reads_each_name_of_a_page_of_citations_a_bounded_number_of_times(monkeypatch, n):
    """Main read 1,574 times a name for 500 citations and 6,074 for 2,000; 79 now for either."""
    monkeypatch.setattr(recognize, "Mention", CountedMention)
    monkeypatch.setitem(count, "reads", 0)
    out = Recogniser().find("Hovannisian, War in the Aegean, 212. " * n)
    assert {(m.text, m.kind) for m in out} == {("Hovannisian", "person")} and len(out) == n
    assert count["reads"] <= 150 * len(out), count["reads"]


def _main_cable_addresses(text, gazetteer, is_common, is_forename, is_surname, pairs):
    """Main's reading: the text read for each address."""
    for m in cables.ADDRESS_LINE.finditer(text):
        code, town = m["code"], m["town"]
        if is_common(code) or is_forename(code) or is_surname(code) or gazetteer.place(code) is not None:
            continue
        if gazetteer.place(town) is None:
            continue
        pairs.add((code, town))
    out = []
    for code, town in sorted(pairs):
        for m in re.finditer(rf"(?<![\w’'\-]){code} {town}(?![\w’'\-])", text):
            out.append((m.start(), m.start() + len(code), "org", "a cable's address: the code word of the office wired to"))
            out.append((m.end() - len(town), m.end(), "place", "a cable's address: the town after the office's code word"))
    return sorted(out)


WORDS = ["Amcross", "Secstate", "Geneva", "Paris", "Washington", "Tiflis", "Navy", "Amexforces", "Genevan", "Parisian",
         "to", "To", "filed", "for", "Genevaé", "Amcross-Geneva", "Paris’s"]
SEPARATORS = [" ", "  ", "\n", ". ", ".\n", " \t", "-", "'", "’", ",", "\n\n", "   Serial No. 4\n"]


@pytest.mark.parametrize("seed", range(3))
def test_the_addresses_read_once_are_those_read_for_each_address(seed):
    """Random texts of address words and separators, with the addresses of the text's earlier blocks or none:
    the same names, in the same order, and the same addresses remembered."""
    rnd = random.Random(seed)
    gazetteer = _Gazetteer({"Geneva", "Paris", "Washington", "Tiflis"})
    args = (gazetteer, lambda w: w in ("to", "filed", "for"), lambda w: False, lambda w: w == "Navy")
    found = 0
    for _ in range(3000):
        text = "".join(rnd.choice(WORDS) + rnd.choice(SEPARATORS) for _ in range(rnd.randint(1, 14)))
        earlier = set(rnd.sample([("Amcross", "Geneva"), ("Secstate", "Washington"), ("Amexforces", "Paris"),
                                  ("Paris", "Geneva")], rnd.randint(0, 2)))
        mine, theirs = set(earlier), set(earlier)
        got = cables.cable_addresses(text, *args, mine)
        assert got == _main_cable_addresses(text, *args, theirs), text
        assert mine == theirs
        found += bool(got)
    assert found > 20      # (some 36 of the 3,000 texts hold an address)


# ---------------------------------------------------------------- a line with a long run of spaces

# main's patterns: a match could begin anywhere inside a run of spaces
MAIN_RUN_PATTERNS = {"PAPER_TO": r"\s+to\s+", "DYNASTY_AFTER": r"\s+dynast(?:y|ies)\b", "AMPERSAND": r"[ \t]+&[ \t]+"}


def _run_patterns():
    from triglot.editor import partner_firms
    return {"PAPER_TO": recognize.PAPER_TO, "DYNASTY_AFTER": recognize.DYNASTY_AFTER, "AMPERSAND": partner_firms.AMPERSAND}


@pytest.mark.parametrize("name", sorted(MAIN_RUN_PATTERNS))
def test_a_run_of_spaces_is_entered_once_by_the_patterns_read_over_a_whole_line(name):
    """"Hello", 100,000 spaces and a word, one line of a seed (a cable's fields are set apart by runs of spaces): each
    of these patterns, searched over the whole line, was tried at every place of the run and read the rest of the run
    from each (the recogniser took 37 CPU-s on the line; 0.2 at 20,000 spaces now, 3.6 before). Counted as the places
    inside the run where a match may begin: none now, so the run is read from its first space only."""
    pattern = _run_patterns()[name]
    word = {"PAPER_TO": "to x", "DYNASTY_AFTER": "dynasty", "AMPERSAND": "& x"}[name]
    text = "Hello" + " " * 1000 + word
    begins = [p for p in range(6, 1005) if pattern.match(text, p)]
    assert begins == [], f"{len(begins)} places inside the run where a match begins"
    assert pattern.search(text).start() == 5


@pytest.mark.parametrize("name", sorted(MAIN_RUN_PATTERNS))
def test_the_patterns_find_what_main_found(name):
    """Random lines of spaces, tabs, newlines, commas and the patterns' words: the same matches as main's patterns,
    by search, finditer and split."""
    new, old = _run_patterns()[name], re.compile(MAIN_RUN_PATTERNS[name])
    rnd = random.Random(name)
    pieces = [" ", "  ", "\t", "\n", ",", "to", "To", "dynasty", "dynasties", "dynastic", "&", "a", "Qajar", "x", "\u00a0"]
    found = 0
    for _ in range(5000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 12)))
        assert [m.span() for m in new.finditer(text)] == [m.span() for m in old.finditer(text)], repr(text)
        assert new.split(text, maxsplit=1) == old.split(text, maxsplit=1), repr(text)
        found += bool(old.search(text))
    assert found > 50
