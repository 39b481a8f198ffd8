"""review33 (mends round49): a title in the plural names persons only where it names more than one: the rest of
the pair or list follows the name ("Generals Denikin and Wrangel", "Generals Denikin, Wrangel and Yudenich",
"Admirals Bristol and de Robeck"). Round 49 split any plural title off the run it opened, and English towns whose
first word reads as one ("Kings Lynn", "Bishops Stortford", "Princes Risborough", "Kings Langley") became a
title and a person: a place lost and a wrong person each.

The sentences are written for these tests; none is taken from the unseen texts."""
import pytest

from conftest import proposals, tagged


@pytest.mark.parametrize("text, town", [
    ("He sailed from Kings Lynn to Hull in 1919.", "Kings Lynn"),
    ("He sailed from Kings Lynn, Norfolk, to Hull.", "Kings Lynn"),
    ("The delegation stayed at Bishops Stortford for a week.", "Bishops Stortford"),
    ("The train stopped at Princes Risborough and went on to Oxford.", "Princes Risborough"),
    ("They lived at Kings Langley in Hertfordshire.", "Kings Langley"),
])
def test_a_town_whose_first_word_reads_as_a_plural_title_stays_one_place(name_index, text, town):
    found = [(t, g) for t, g, _, _ in proposals(text, name_index)]
    assert (town, "placeName") in found and not [t for t, g in found if g == "persName"], found


@pytest.mark.parametrize("text, persons", [
    ("Generals Harbord and Moseley toured Armenia in 1919.", ["Harbord", "Moseley"]),
    ("Colonels Haskell and Rhea and Major Davis arrived at Tiflis.", ["Haskell", "Davis"]),
    ("Commissars Chicherin and Karakhan of the RSFSR signed the note.", ["Chicherin", "Karakhan"]),
])
def test_a_plural_title_before_a_pair_still_stays_outside_the_names(name_index, text, persons):
    assert tagged(text, name_index, "persName") == persons
