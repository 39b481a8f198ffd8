"""Session 25's hostile round 34 on what session 25 merged last: numbered divs, the day-first date
wordings ("October the 30th, 1918", "the 3rd day of March 1921"), `check --rule unchecked-form`,
`schema --check`, print's data-table shares and `encode --date`. Each test failed before its fix.

No test here is timed: a cost is counted (the characters a pattern was given to read), not clocked."""
from __future__ import annotations

from triglot.editor import dates


class _Counting:
    """A compiled pattern that adds up the length of every text it is asked to search."""

    def __init__(self, pattern):
        self.pattern, self.read = pattern, 0

    def search(self, text, *args):
        self.read += len(text)
        return self.pattern.search(text, *args)


def test_the_words_before_each_month_are_sought_near_it_not_in_the_whole_text_before(monkeypatch):
    """find_dates looked for "the first Monday in" before each bare month in the whole text before
    it: 4,000 of "the 3rd day of March the " (100,000 characters) read 200 million characters, 7.5 s
    (load 2.8), and twice the text four times the time. Now each look reads at most
    the 1,000 characters before the month."""
    counting = _Counting(dates.RECURRING_DAY_BEFORE)
    monkeypatch.setattr(dates, "RECURRING_DAY_BEFORE", counting)
    found = dates.find_dates("the 3rd day of March the " * 4000 + "1918")
    assert len(found) == 4001 and found[0].values == {"when": (None, 3, 3)}, found[:2]
    assert counting.read <= 4000 * 1000, counting.read


def test_the_words_before_each_year_are_sought_near_it_not_in_the_whole_text_before(monkeypatch):
    """The same for a bare year and the page, file or document number before it ("No. 1918")."""
    counting = _Counting(dates.NOT_A_YEAR_BEFORE)
    monkeypatch.setattr(dates, "NOT_A_YEAR_BEFORE", counting)
    found = dates.find_dates("in 1918 and " * 4000 + "No. 1919")
    assert len(found) == 4000 and found[-1].values == {"when": (1918, None, None)}, found[-2:]
    assert counting.read <= 4000 * 1000, counting.read
