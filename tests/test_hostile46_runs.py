"""hostile46 (issue #12): the tagger on long texts of its own shapes, and a name over a blank line.

hostile45 left: recognize_letters.PARTICLE read "Von", 20,000 newlines and "der Goltz" as one person, and
`check --rule unknown-name` then printed the 20,000 newlines, escaped, in one 40,000-character message. A name
runs on over a line's end (a paragraph of a TEI file breaks its lines anywhere), never over a blank line."""
from __future__ import annotations

import re

import pytest

from triglot.editor.recognize import Recogniser
from triglot.editor.recognize_letters import PARTICLE


@pytest.fixture(scope="module")
def recogniser():
    return Recogniser()


@pytest.mark.parametrize("gap", ["\n" * 20_000, "\n\n", "\n \n ", "\r\n\r\n"])
def test_no_name_runs_over_a_blank_line(recogniser, gap):
    text = "Later Von" + gap + "der Goltz came."
    assert [m.group(1) for m in PARTICLE.finditer(text)] == []
    spans = [m.text for m in recogniser.find(text)]
    assert not [s for s in spans if s.count("\n") > 1], [s[:40] for s in spans]


@pytest.mark.parametrize("gap", ["\n", " \n  ", " \r\n ", "  "])
def test_a_name_still_runs_over_one_line_end(recogniser, gap):
    text = "Later Von" + gap + "der Goltz came."
    assert [m.group(1) for m in PARTICLE.finditer(text)] == [f"Von{gap}der Goltz"]
    assert f"Von{gap}der Goltz" in [m.text for m in recogniser.find(text)]


# Round 50's shapes pasted over a long text (counted, never timed). At 100,000 characters on main: a list of "…
# Limited" firms 7.2 CPU-s, "stayed with the Hendersons …" 4.7, where the other shapes of round 50 (regions nested
# in bodies, railway ends, peers, ranked houses, offices' holders, "Air" for "Mr", abstract nouns after titles)
# took 1.6-3 and grew with the text's length.
import random  # noqa: E402
import sys  # noqa: E402

from triglot.editor import firms as firms_module, recognize, recognize_letters  # noqa: E402


class _Offered:
    """A compiled pattern that counts the characters each search or match is given to read."""

    def __init__(self, pattern):
        self.pattern, self.read = pattern, 0

    def search(self, string, pos=0, endpos=sys.maxsize):
        self.read += min(endpos, len(string)) - pos
        return self.pattern.search(string, pos, endpos)

    def match(self, string, pos=0, endpos=sys.maxsize):
        self.read += min(endpos, len(string)) - pos
        return self.pattern.match(string, pos, endpos)


def _text(unit: str, n: int) -> str:
    return unit * n


@pytest.mark.parametrize("module, name, unit", [
    (recognize_letters, "FAMILY_BEFORE", "We stayed with the Hendersons and dined with the Pattersons. "),
    (recognize, "LIMITED_END", "the Anglo Persian Oil Company Limited and the Turkish Petroleum Ltd "),
])
def test_a_pattern_read_once_for_each_name_reads_only_near_it(recogniser, monkeypatch, module, name, unit):
    """FAMILY_BEFORE (the words before "the Xs": "stayed with") was searched over all the text before each family,
    and LIMITED_END (a firm closed by "Limited") over all the text before each firm's end: the characters read a
    name grew with the text (main: 6,100 and 6,800 a name at 200 repetitions). Now at most 80."""
    for n in (200, 800):
        counting = _Offered(getattr(module, name))
        monkeypatch.setattr(module, name, counting)
        found = recogniser.find(_text(unit, n))
        assert found
        assert counting.read / (2 * n) <= 80, (n, counting.read / (2 * n))


def _main_firms(text: str) -> list[tuple[int, int]]:
    """firms() as main wrote its choice among overlapping readings: each compared with every name kept."""
    out = []
    matches = sorted((m for p in (firms_module.FIRM, firms_module.FIRM_AND, firms_module.FIRM_LIMITED,
                                  firms_module.FIRM_LIMITED_BARE) for m in p.finditer(text)),
                     key=lambda m: (m.start(), -m.end()))
    for m in matches:
        if any(s < m.end() and m.start() < e for s, e in out):
            continue
        start = m.start(1)
        for word in list(re.finditer(r"\S+", m.group(1)))[:-1]:
            if word.group().rstrip(".").lower() in firms_module.LEADING:
                start = m.start(1) + word.end()
                continue
            break
        start = start + len(text[start:m.end(1)]) - len(text[start:m.end(1)].lstrip())
        if start < m.end(1):
            out.append((start, m.end()))
    return out


def test_firms_are_chosen_without_reading_every_firm_kept():
    """A pasted list of firms: each reading was compared with every firm kept before it (3,000 "… Limited" firms:
    4.3 million comparisons). The Python calls firms() makes (sys.setprofile's events) a firm: at most 80 (56 now), at 300
    firms as at 1,200 (main: 943 and 3,643)."""
    per = []
    for n in (300, 1200):
        text = "the Anglo Persian Oil Company Limited and the Turkish Petroleum Ltd " * (n // 2)
        events = [0]

        def count(frame, event, arg):
            events[0] += 1
        sys.setprofile(count)
        try:
            found = firms_module.firms(text)
        finally:
            sys.setprofile(None)
        assert len(found) == n
        per.append(events[0] / n)
    assert max(per) <= 80, per


def test_the_firms_chosen_are_mains():
    """6,000 random texts of firms' words, overlapping readings among them: the firms main chose."""
    rng = random.Random(46)
    words = ["the", "Anglo", "Persian", "Oil", "Co.", "Company", "Ltd", "Ltd.", "Limited", "&", "and", "Sons",
             "Printed", "by", "Messrs.", "Smith", ",", "Inc.", "Brothers", "X", "of"]
    for _ in range(6000):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(1, 30))).replace(" ,", ",")
        assert firms_module.firms(text) == _main_firms(text), text


def test_the_families_found_are_mains(recogniser):
    """2,000 random texts around "the Xs": the families main's FAMILY_BEFORE (all the text before) and FAMILY_AFTER
    (a copy of all the text after, "^") found."""
    main_before = re.compile(recognize_letters.FAMILY_BEFORE.pattern)
    main_after = re.compile("^" + recognize_letters.FAMILY_AFTER.pattern)
    rng = random.Random(4646)
    words = ["stayed", "with", "telegraphed", "to", "wrote", "letter", "outstayed", "the", "Hendersons", "dined",
             ",", "asking", "have", "asked", "were", "been", "very", "\n", "  ", "tea", "visiting", "from"]
    for _ in range(2000):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(1, 25)))
        for m in recognize_letters.FAMILY.finditer(text):
            old = bool(main_before.search(text[:m.start()]) or main_after.match(text[m.end():]))
            new = bool(recognize_letters.FAMILY_BEFORE.search(text, recognize_letters._words_back(text, m.start(), 2),
                                                              m.start())
                       or recognize_letters.FAMILY_AFTER.match(text, m.end()))
            assert old == new, (text, m.start())
