"""Rules added in session 22 (round 32) for faults that recur across the development pool's genres, each
kept only if it improved sets other than the one whose faults suggested it (tests/data/unseen-test34's
README, "Session 22, round 32"): one behaviour each, and beside it a near miss the rule must leave alone.

The sentences are written for these tests; none is taken from the unseen texts (development pool or test
set), so the tests say what the rules do, not what one passage needed.
"""
from conftest import tagged


# -- a people's plural is no place (peoples.py) ---------------------------------------------------------------

def test_a_peoples_plural_is_no_place_where_only_the_sentence_said_so(name_index):
    text = ("The sympathy of the Albanians was won, the grievances of Canadian Ukrainians were heard, the "
            "memory of the Tasmanians and the Tyroleans was kept, and the house of the Obrenovs fell. "
            "A memorial to the Londoners who died was raised by the Burgomen.")
    assert tagged(text, name_index, "placeName") == []


def test_places_shaped_like_a_plural_keep_their_tags(name_index):
    # near misses: "Flanders" ends in "-ers" but no place GeoNames knows is left before it; "the Balkans" ends
    # in "-kans"; "Tiflis" and "Algiers" GeoNames knows
    text = "He served in Flanders, then in the Balkans, and wrote from Tiflis and from Algiers."
    assert tagged(text, name_index, "placeName") == ["Flanders", "Balkans", "Tiflis", "Algiers"]


# -- a name a comma's apposition says is someone's is a person's (appositions.py) --------------------------------

def test_a_name_described_after_a_comma_is_a_persons(name_index):
    text = ("The troops were led by Vorontin, and Zabrukin, his successor, was shot. Some hopes rested in "
            "Ohanyants, the new provincial leader, and Basrik, Osman Agha's nephew, was seen with Vorontin.")
    assert tagged(text, name_index, "persName") == ["Vorontin", "Zabrukin", "Ohanyants", "Basrik", "Osman Agha", "Vorontin"]


def test_a_place_described_after_a_comma_stays_a_place(name_index):
    # near misses: what follows the comma ends in no person's noun ("town", "seat"), and what a title is of
    # ("the king of Ardavia, the president of …") is a realm in a list of offices
    text = ("They rode to Zarinkel, the chief town of the valley, and to Hovaklu, the seat whose governor fled. "
            "Present were the king of Ardavia, the president of the Estonian Republic, and others.")
    assert tagged(text, name_index, "persName") == []
    assert tagged(text, name_index, "placeName") == ["Zarinkel", "Hovaklu", "Ardavia", "Estonian Republic"]
