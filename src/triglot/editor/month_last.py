"""A month named with "last" after a preposition: "in February last", "since July last" (issue #12, round 44).

Why: letters and a society's minutes of the period name the most recent such month so ("your paper in
February last", test43's letter of May 1919; "Since July last", test27's secretary in 1921), as they name
"the 18th February last" with its day, which dates.py already reads. Without the day the month was read
alone and given the year of the nearest stated date, not the year "last" means; the gold of both sets tags
the month with "last" inside, its year the one before the text's own date when the month has not yet come
that year. The year is therefore given by reference (tagger.py's `relative_year`), inferred and marked for
review. Read only after a preposition of time, which stays outside the tag ("May last" opening a sentence
may be the verb: "May last long"), and never before "year", "week" or "month" ("in May last year" is the
month of the year before, another reading), nor when "last" begins a compound or qualifies another time
("in March last-minute changes", "in August last summer", "of June last night": a season, a time of day or an
occasion after it is the thing dated, not the month; review28 found these proposed as "March last" dates).
"""
from __future__ import annotations

PREPOSITIONS = "in|since|until|till|by|from|during|before|after|of|on"
# words after "last" that it qualifies instead of the month ("in May last year", "in August last summer")
TIMES = ("years?|weeks?|months?|days?|nights?|evenings?|mornings?|times?|seasons?|terms?|sessions?|quarters?|"
         "spring|summer|autumn|fall|winter")


def pattern(full_months: str, after: str) -> str:
    """The regex: a preposition of time (either case of its first letter), the month's full name, "last"."""
    words = "|".join(f"[{w[0]}{w[0].upper()}]{w[1:]}" for w in PREPOSITIONS.split("|"))
    return (rf"\b(?:{words})\s+(?P<m>(?:{full_months}))\s+(?P<r>last){after}"
            rf"(?![-\u2010\u2011]\w)(?!\s+(?:{TIMES})\b)")
