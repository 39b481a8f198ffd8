"""A state by its dotted initials, three letters or more: "the government of the U.S.S.R.", "Montana, U.S.A.".

Why: the recogniser reads "U.", "S.", "S.", "R." as a person's initials, so before a comma or at a
sentence's end the state is read as nothing (test41's Commons debates, test43's letters), and a body's name
that ends in it is cut short ("… Trade Delegation of the U.S.S."). `state_initials.py` reads the two
letters of the United States and leaves longer runs alone; this reads those.

Which runs are a state's is not a list of this module's: pycountry (ISO 3166 and its withdrawn codes)
gives each state's names, and a run of initials is taken when its letters are the initials of the
capitalised words of one of them *and* the state itself uses those letters, as its ISO code or as a
word of one of its names ("USA", the code of the United States of America; "USSR, Union of Soviet
Socialist Republics"). The second condition leaves out letters that only happen to spell a state's name
and mean something else in the period's print ("I.R.A.", the initials of the Islamic Republic of
Afghanistan's official name; "C.A.R."). A state's code of three letters is also a man's initials
("Dr. F.S.M. wrote", "initialled by S.J.M.", "Yours faithfully, S.P.M.": Micronesia's, Svalbard's, Saint
Pierre's codes; session 28's second read), so the run must stand where the period's print puts a
state: after "the" ("the U.S.S.R.") or after a capitalised place and a comma ("Montana, U.S.A.",
"the Presbyterian Church, U. S. A."), the only two contexts of the pool's eight. Left alone: a run
with more initials or a capitalised word after it ("U. S. A. Jones" would be a man's initials, and so
a sentence going on after it, "for the U.S.A. The voyage", is left too), a hyphen or a letter joined
to it.
"""
from __future__ import annotations

import re
from functools import lru_cache

# Three or more capital letters, each with its full stop, at most one space between them
RUN = re.compile(r"(?<![\w.’'-])(?:[A-Z]\.[ \t]?){2,}[A-Z]\.(?![\w’'-])")
AFTER = re.compile(r"[ \t]*(?:[A-Z]\.|[A-Z][a-z])")     # another initial, or a surname, after the run
# what stands before a state's initials in the period's print: "the U.S.S.R.", "Montana, U.S.A."
BEFORE = re.compile(r"(?:\b[Tt]he|\b[A-Z][\w’'.-]*,)[ \t]+$")


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[:1].isupper())


@lru_cache(maxsize=1)
def state_letters() -> frozenset[str]:
    """The letters (three or more) a state is known by in pycountry, as explained above."""
    import pycountry
    out = set()
    for c in (*pycountry.countries, *pycountry.historic_countries):
        names = [p.strip() for n in {c.name, getattr(c, "official_name", c.name)} for p in n.split(",")]
        own = {getattr(c, "alpha_3", None), getattr(c, "alpha_4", None)} | {w for n in names for w in n.split()}
        out |= {i for i in map(_initials, names) if len(i) >= 3 and i in own}
    return frozenset(out)


def dotted_state_initials(text: str) -> list[tuple[int, int]]:
    """(start, end) of each run of dotted initials that is a state's letters ("U.S.S.R.", "U. S. A.")."""
    letters = state_letters()
    out = []
    for m in RUN.finditer(text):
        if (re.sub(r"[. \t]", "", m.group()) in letters and not AFTER.match(text, m.end())
                and BEFORE.search(text, max(0, m.start() - 40), m.start())):
            out.append((m.start(), m.end()))
    return out
