"""A people's Soviet government is a body with a name: "the Armenian Soviet Government", "the Russian Soviet
Government" (issue #12, round 35).

Why: a state's adjective before "Government" names no body (tei/ENCODING.md: "the Turkish Government", "the
Soviet Government" are a common noun with an adjective, untagged in the edition and the sets), and the
recogniser drops every "Government" whose words before it are all peoples' adjectives. "Soviet" is in that
list, so "the Armenian Soviet Government" was dropped with them; but a people's word and "Soviet" together
name one government of one Soviet republic, as "the Russian Provisional Government" names one (a
qualifier after the people's word). Chicherin's statements (test17) and a King's Bench report (test37)
tag it as a body; "the Soviet Government" alone stays untagged.
"""
from __future__ import annotations


def a_soviet_government(lows: list[str], peoples: set[str]) -> bool:
    """The words before "Government" (lower case) are a people's adjective and "Soviet": one named body."""
    return len(lows) == 2 and lows[1] == "soviet" and lows[0] in peoples and lows[0] != "soviet"
