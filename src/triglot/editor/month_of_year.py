"""A month joined to its year by "of": "in September of 1917", "the March of 1921" (issue #12, round 35).

Why: the date reader knew "September 1917" and "September, 1917" but not the spoken form with "of",
so it tagged "September" alone (its year taken from the context) and the year apart, two proposals
for one date; court reports (test37) and travel prose (test11) both write it so. The phrase is one
date of that month. Its article, when it has one ("the March of 1921"), is in the tag, as in "the
fifth of April" and "the end of May" (tei/ENCODING.md): the words make one phrase. Only a month's
full name is read ("Mar. of 1921" is no English): a season's "of" ("the winter of 1917") and a
part's ("the end of 1904") have rules of their own in dates.py.
"""
from __future__ import annotations


def pattern(full_months: str, year: str, before: str, after: str) -> str:
    """The regex of the phrase: the article (any case) optional, the month's full name, "of", the year."""
    return rf"{before}(?:(?i:the)\s+)?(?P<m>(?:{full_months}))\s+of\s+(?P<y>{year}){after}"
