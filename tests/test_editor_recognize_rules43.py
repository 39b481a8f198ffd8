"""Rules added in session 23 (round 36) for faults that recur across the development pool's genres, each
kept only if it improved a set other than the one whose faults suggested it (tests/data/unseen-test38's
README, "Session 23, round 36"): one behaviour each, and beside it a near miss the rule must leave alone.

The sentences are written for these tests; none is taken from the unseen texts (development pool or test
set), so the tests say what the rules do, not what one passage needed.
"""
from conftest import tagged


# -- an acronym the text spells out is a body's short name, there and later (spelled_acronyms.py) -----------------

def test_an_acronym_spelled_by_the_words_before_it_is_a_body_and_stays_one(name_index):
    text = ("Papers of the mill are kept in the Oblastnoj arhiv lesnoj promyshlennosti (OALP), box 4. "
            "The rest went to the OALP later.")
    assert tagged(text, name_index, "orgName") == [
        "Oblastnoj arhiv lesnoj promyshlennosti", "OALP", "OALP"]


def test_an_acronym_after_a_comma_takes_the_kind_of_the_name_it_spells(name_index):
    text = "The ministers formed the Provisional Council of Varnia, PCV. A year later the PCV dissolved itself."
    assert tagged(text, name_index, "orgName")[-2:] == ["PCV", "PCV"]


def test_capitals_no_words_spell_and_a_policys_letters_stay_untagged(name_index):
    # near misses: letters that the words before them do not spell ("the mill (FLT)"), and a long name whose
    # head is an ordinary word and no body's head ("the Grain Export Plan (GEP)"), are no body
    text = ("The old mill (FLT) closed. The Grain Export Plan (GEP) was dropped, and the GEP was not missed.")
    assert tagged(text, name_index, "orgName") == []
