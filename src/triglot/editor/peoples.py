"""A people's plural is no place ("the Hellenes", "of Soviet Koreans", "the New Zealanders who fell",
"the dynasty of the Romanovs", "Ladies and Gentlemen").

Why: a capitalised word that GeoNames does not know was read as a place by its place in the sentence
alone (after "the", "of", "in", "and"; listed with places; "New" before it), and a people's plural sits
just where a place's name does. The pool's gold leaves peoples untagged; across the development pool
such guesses were wrong in seven sets and right in none (round 32, tests/data/unseen-test34/README.md).
The endings are English plural shapes of a people, a family or a group of men: "-ians", "-eans",
"-enes", "-ovs", "-evs", "-men"; and "-ers" after a place GeoNames knows ("New Zealanders", "Londoners"),
since a land may end so too ("in Flanders"). A place GeoNames knows ("Algiers", "Yemen") is found by its
own evidence and never reaches this test; "the Balkans" ("-kans") and "Tiflis" keep their guesses.
"""
from __future__ import annotations

import re

PLURAL = re.compile(r"[A-Z][\w\-]*(?:ians|eans|enes|ovs|evs|men)")

# the contextual guesses (recognize.py's reasons): where the sentence alone made the word a place
GUESSES = ("after “", "two words after “", "listed with places", "a region named with “New”")


def a_peoples_plural(word: str, gazetteer) -> bool:
    """`word` has the shape of a people's plural ("Koreans"; "New Zealanders", of a place GeoNames knows)."""
    bare = word.removesuffix("’s").removesuffix("'s").rstrip("’'")
    if PLURAL.fullmatch(bare.split()[-1]):
        return True
    return bare.endswith("ers") and len(bare) > 5 and gazetteer.place(bare[:-3]) is not None


def guessed_place(m) -> bool:
    """A place found by the words around it only, with no GeoNames record behind it."""
    return m.kind == "place" and m.gazetteer is None and m.why.startswith(GUESSES)


def drop_peoples(found: list, gazetteer) -> list:
    """The mentions without the guessed places that are a people's plural GeoNames knows no place by."""
    return [m for m in found
            if not (guessed_place(m) and a_peoples_plural(m.text, gazetteer) and gazetteer.place(m.text) is None)]
