"""hostile45 (issue #12): a long run of newlines, spaces or tabs in one text given to the tagger. Counted, never timed.

`triglot check` (unknown-name) and `triglot retag --new-names` give the recogniser a TEI paragraph's text as it
stands in the file, newlines included: an editor's paragraph "… Later Von", 20,000 blank lines and "der Goltz came."
took `check` 31 CPU-s and `retag --dry-run` 82 (1.6 and 2.0 now). `encode` gives it one seed line a block, where a
run of spaces, tabs or no-break spaces may stand (a pasted table, a cable's fields). Six patterns searched over
such a text could begin a match at each place of the run and read the rest of the run from each (the square of the
run's length):
- recognize.LETTER_MARK (a salutation at a line's start, "^\\s*Dear"): every line start of a run of newlines;
- recognize_letters.HONOUR (honours ending a person's name, ",?\\s+KCB$"), read over every person's span, and
  "Von", newlines, "der Goltz" is one (the particle's pattern reads across lines);
- recognize_league.INITIAL_END (an initial ending a body's name, "\\s+C.$");
- recognize_advocacy.RUNS_ON (where a committee's heading runs on into its house, "\\s+HOUSE");
- encode.HOUR_AT_END and encode.DATE_BY (a seed line's hour at its end, its date before "By …"): a seed line "Later
  Von", 20,000 no-break spaces, "der Goltz came, …" stopped `encode` at 300 s of wall time; 7.5 CPU-s now.
Each now begins at a run's first place only (or after a comma), where the leftmost match of the old pattern always
began, so each finds what it found before."""
from __future__ import annotations

import random
import re

import pytest

from triglot.editor import encode, recognize, recognize_advocacy, recognize_league, recognize_letters
from triglot.editor.dates import TIME
from triglot.editor.recognize_letters import HONOURS

_MAIN_HONOUR = (r"(?:,?\s+(?:" + "|".join(sorted(HONOURS, key=len, reverse=True)) + r"|"
                + "|".join(".".join(h) + r"\." for h in sorted(HONOURS, key=len, reverse=True)) + r"))+$")
# main's patterns (a8e68f4a): a match could begin anywhere inside a run
MAIN = {
    "LETTER_MARK": re.compile(r"\[Telegram\]|^\s*(?:My\s+)?(?:[Dd]ear|DEAR)\s+(?:Mr|Mrs|Miss|Sir|Madam|[A-Z])", re.M),
    "HONOUR": re.compile(_MAIN_HONOUR),
    "INITIAL_END": re.compile(r"\s+[A-Z]\.$"),
    "RUNS_ON": re.compile(r"\s+(?=(?:HOUSE|House|Hous\s?E|SENATE|Senate|[A-Z]+-[A-Z]+|\w+TH|CONGRESS|Congress|"
                          r"FIRST|SECOND|SESSION)\b)"),
    # encode's: a seed line's hour at its end, and its date before a byline (a seed line of 20,000 spaces, tabs or
    # no-break spaces: encode took over 300 s; 7.5 CPU-s now)
    "HOUR_AT_END": re.compile(rf"{TIME}\.?\s*$"),
    "DATE_BY": re.compile(r"(.+?)\s+(By\s+[A-Z][^.;:]{1,60})"),
}
NOW = {"LETTER_MARK": recognize.LETTER_MARK, "HONOUR": recognize_letters.HONOUR,
       "INITIAL_END": recognize_league.INITIAL_END, "RUNS_ON": recognize_advocacy.RUNS_ON,
       "HOUR_AT_END": encode.HOUR_AT_END, "DATE_BY": encode.DATE_BY}
# (the words before the run, the words after it that complete a match)
AROUND = {"LETTER_MARK": ("Yours", "Dear Sir"), "HONOUR": ("Von", "KCB"), "INITIAL_END": ("League", "C."),
          "RUNS_ON": ("COMMITTEE", "HOUSE"), "HOUR_AT_END": ("Tiflis, May 3", "7 p.m."),
          "DATE_BY": ("2025-03-15", "By Ruben Mirzakhanyan")}
RUNS = {"newlines": "\n", "spaces": " ", "tabs": "\t", "no-break spaces": "\u00a0", "CR LF": "\r\n"}


@pytest.mark.parametrize("run", sorted(RUNS))
@pytest.mark.parametrize("name", sorted(MAIN))
def test_a_long_run_is_entered_from_its_first_place_only(name, run):
    """The places inside a run of 1,000 where a match may begin, each of which the search reads the rest of the run
    from when the words after it do not complete a match: at most one (main: 1,000 or 2,000 for every pattern in
    the newlines; for all but LETTER_MARK, a line-start pattern, in the other runs)."""
    before, after = AROUND[name]
    text = before + RUNS[run] * 1000 + after
    run_end = len(text) - len(after)
    pattern = NOW[name]
    if name == "DATE_BY":
        # a fullmatch whose lazy first group ends at each place in turn: where its space may begin is where the
        # rest of the pattern matches the rest of the line
        pattern = re.compile(pattern.pattern.replace("(.+?)", "", 1) + r"\Z")
    begins = [p for p in range(len(before), run_end) if pattern.match(text, p)]
    assert len(begins) <= 1, f"{len(begins)} places inside the run where a match begins"
    assert bool(NOW[name].search(text)) == bool(MAIN[name].search(text))


PIECES = [" ", "  ", "\t", "\n", "\n\n", "\r\n", "\u00a0", ",", ", ", ".", "Dear", "dear", "DEAR", "My", "Sir", "Mr", "[Telegram]",
          "KCB", "C.B.", "MP", "CB", "A.", "C.", "a", "x", "Von", "HOUSE", "SENATE", "SIXTY-SEVENTH", "SESSION", "Smith",
          "7", "12:30", "p.m.", "a. m.", "noon", "o'clock", "By", "Ruben", "2025-03-15"]


@pytest.mark.parametrize("name", sorted(MAIN))
def test_the_patterns_find_what_main_found(name):
    """Random texts of runs, commas and the patterns' words: the same answer as main's pattern, as the tagger reads
    it (LETTER_MARK: whether the text holds a match; HONOUR, INITIAL_END: the leftmost match; RUNS_ON: the text
    before the first match)."""
    new, old = NOW[name], MAIN[name]
    rnd = random.Random(name)
    found = 0
    for _ in range(6000):
        text = "".join(rnd.choice(PIECES) for _ in range(rnd.randint(0, 12)))
        if name in ("HOUR_AT_END", "DATE_BY"):        # (their words at the line's end, as these patterns read it)
            text += rnd.choice(["", " ", "\t", "  ", ", ", ",", "\u00a0 "]) + rnd.choice(["7 p.m.", "12:30 a. m.", "noon.",
                                                                                     "By Ruben", "By Ruben Smith", "x"])
        if name == "LETTER_MARK":
            assert bool(new.search(text)) == bool(old.search(text)), repr(text)
        elif name == "DATE_BY":
            line = text.strip()       # (encode reads a stripped line)
            a, b = new.fullmatch(line), old.fullmatch(line)
            assert (a and a.groups()) == (b and b.groups()), repr(line)
        elif name == "RUNS_ON":
            assert new.split(text, 1)[0] == old.split(text)[0], repr(text)
        else:
            a, b = new.search(text), old.search(text)
            assert (a and a.span()) == (b and b.span()), repr(text)
        found += bool(old.search(text))
    assert found > 50


# ---------------------------------------------------------------- one match splitting a run in every way

# main's patterns: two whitespace quantifiers with only an optional piece (or nothing that must be there) between
# them, so one match at a run of newlines tried every split of the run between the two before failing (a body's
# word before "Document", a list of aliases: "the alias “Suren”", 20,000 newlines)
MAIN_SPLIT = {"DOCUMENT_AFTER": re.compile(r"\s*/?\s*(?:Document|DOCUMENT|Report|REPORT|Resolution|RESOLUTION|Bill|BILL)s?\b"),
              "ALIAS_GLUE": re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)")}
NOW_SPLIT = {"DOCUMENT_AFTER": recognize.DOCUMENT_AFTER, "ALIAS_GLUE": recognize.ALIAS_GLUE}
# two whitespace quantifiers with an optional character alone between them, or a pattern opening with "\s*" before
# a group with a branch opening with "\s+"
SPLITS = re.compile(r"\\s[*+][^\\()|]\?\\s[*+]|^\\s\*\(\?:.*\|\\s\+")


@pytest.mark.parametrize("name", sorted(MAIN_SPLIT))
def test_no_two_quantifiers_share_a_run(name):
    """The pattern reads the spaces before its words with one quantifier: a run is not split between two. (Read
    from the pattern's text, where main's two are; Python's re counts no steps.)"""
    assert SPLITS.search(MAIN_SPLIT[name].pattern)
    assert not SPLITS.search(NOW_SPLIT[name].pattern), NOW_SPLIT[name].pattern


SPLIT_PIECES = [" ", "  ", "\t", "\n", "\n\n", "\u00a0", ",", ", ", "/", " / ", "and", "or", "and ", "or ", "Document",
                "Reports", "BILL", "Bills", "x", "Suren", "“", "”"]


@pytest.mark.parametrize("name", sorted(MAIN_SPLIT))
def test_the_splitting_patterns_match_what_main_matched(name):
    """Random texts of runs, commas, slashes and the patterns' words, matched at each place (the tagger matches them
    at a word's end): the same match as main's pattern."""
    new, old = NOW_SPLIT[name], MAIN_SPLIT[name]
    rnd = random.Random(name)
    found = 0
    for _ in range(3000):
        text = "".join(rnd.choice(SPLIT_PIECES) for _ in range(rnd.randint(0, 10)))
        for pos in range(len(text) + 1):
            a, b = new.match(text, pos), old.match(text, pos)
            assert (a and a.span()) == (b and b.span()), (repr(text), pos)
            found += bool(b)
    assert found > 500


# ---------------------------------------------------------------- the town before each printer of a list of imprints

class _Counted:
    """A pattern or the module's `re`, the characters each search reads counted."""

    def __init__(self, real):
        self.real, self.read = real, 0

    def __getattr__(self, name):
        return getattr(self.real, name)

    def search(self, *args):
        if isinstance(self.real, re.Pattern):         # TOWN_BEFORE.search(text, start, end)
            text, start, end = (list(args) + [0, None])[:3]
            self.read += (len(text) if end is None else end) - start
            return self.real.search(*args)
        if args[0] == MAIN_TOWN:                      # main: re.search(TOWN, text[:start of the printer])
            self.read += len(args[1])
        return self.real.search(*args)


MAIN_TOWN = r"(?<![\w])[A-Z][A-Za-z]+\s+$"


@pytest.mark.parametrize("n", [200, 800])
def test_the_town_before_each_printer_is_read_from_the_word_before_it(monkeypatch, n):
    """A pasted list of imprints ("WASHINGTON GOVERNMENT PRINTING OFFICE 1926." n times): the town before each
    printer was searched for in the whole text before it (80,000 characters: 3.5 CPU-s of that one pattern, four
    times more for each doubling). Counted as the characters read: at most 40 a printer (main: 4,389 a printer at
    200, 17,589 at 800)."""
    counted_re, counted_town = _Counted(re), _Counted(getattr(recognize_advocacy, "TOWN_BEFORE", re.compile(MAIN_TOWN)))
    monkeypatch.setattr(recognize_advocacy, "re", counted_re)
    if hasattr(recognize_advocacy, "TOWN_BEFORE"):
        monkeypatch.setattr(recognize_advocacy, "TOWN_BEFORE", counted_town)
    found = recognize_advocacy.bodies("WASHINGTON GOVERNMENT PRINTING OFFICE 1926. " * n)
    towns = [f for f in found if f[2] == "place"]
    assert len(towns) == n
    read = counted_re.read + counted_town.read
    assert read <= 40 * n, f"{read / n:.0f} characters read a printer"


@pytest.mark.parametrize("seed", range(3))
def test_the_town_found_is_mains(seed):
    """Random texts of words, spaces and newlines, read up to each place: the same match as main's search of the text
    before that place."""
    rnd = random.Random(seed)
    pieces = [" ", "  ", "\n", "\t", "\u00a0", "Washington", "WASHINGTON", "paris", "Xy", "X", "1926", "_", "é", "Tiflis.",
              "a", "Ab3", "GOVERNMENT"]
    found = 0
    for _ in range(2000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 8)))
        for end in range(len(text) + 1):
            a, b = recognize_advocacy._town_before(text, end), re.search(MAIN_TOWN, text[:end])
            assert (a and a.span()) == (b and b.span()), (repr(text), end)
            found += bool(b)
    assert found > 300
