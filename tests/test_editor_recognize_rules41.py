"""Rules added in session 22 (round 34) for faults that recur across the development pool's genres, each
kept only if it improved sets other than the one whose faults suggested it (tests/data/unseen-test36's
README, "Session 22, round 34"): one behaviour each, and beside it a near miss the rule must leave alone.

The sentences are written for these tests; none is taken from the unseen texts (development pool or test
set), so the tests say what the rules do, not what one passage needed.
"""
from conftest import tagged


# -- a periodical's title read as a place: the town in it is the place (periodicals.py) -----------------------

def test_the_town_inside_a_periodicals_title_is_the_place(name_index):
    text = ("New York Times Review of the Week; Vol 4, No. 7, August, 1916\n\n"
            "The story was copied from the New York Times, March 3, 1916.")
    assert tagged(text, name_index, "placeName") == ["New York", "New York"]


def test_a_place_named_with_times_or_a_title_the_tagger_leaves_stay_as_they_are(name_index):
    # near misses: "Times Square" opens with the word (a square, no title); a title never read as a
    # place ("the Manchester Guardian") gains no place
    text = "He crossed Times Square to a café in New York, and wrote to the Manchester Guardian."
    assert tagged(text, name_index, "placeName") == ["Times Square", "New York"]


# -- what bounds a land is a place, though "by" otherwise names who did something (recognize.py) ---------------

def test_the_lands_that_bound_a_country_are_places(name_index):
    text = ("The province is bounded on the west by the sea, on the north by Kurdavia, on the east by the Sand "
            "Desert, and by Vorland, and on the south by Zemria. Its neighbour is bordered by Osterkand.")
    assert tagged(text, name_index, "persName") == []
    assert set(tagged(text, name_index, "placeName")) >= {"Kurdavia", "Vorland", "Zemria", "Osterkand"}


def test_by_still_names_the_one_who_did_something(name_index):
    # near misses: "by" after a verb of doing, and "on the east by" with no land bounded in the sentence
    text = ("The map was bounded in red. The treaty was signed by Haverlund. The town was taken on the east by "
            "Gorodin, who led the cavalry.")
    assert tagged(text, name_index, "persName") == ["Haverlund", "Gorodin"]


# -- a given name after "of" is a person's, where GeoNames knows no place by it (recognize.py) -----------------

def test_a_given_name_after_of_is_a_person(name_index):
    text = "The plan was the deposition of Abdul. The steward spoke of Gloria with respect."
    assert tagged(text, name_index, "persName") == ["Abdul", "Gloria"]
    assert tagged(text, name_index, "placeName") == []


def test_a_place_after_of_or_a_given_name_after_at_stays_a_place(name_index):
    # near misses: "of Georgia" (GeoNames knows it, though it is a given name too), "of Hasanli" (no given
    # name), "at Gloria" (after "at" a word is where something is)
    text = "The history of Georgia was read in the province of Hasanli. The caravan halted at Gloria."
    assert tagged(text, name_index, "placeName") == ["Georgia", "Hasanli", "Gloria"]
    assert tagged(text, name_index, "persName") == []


def test_a_given_name_after_a_lands_of_or_a_faith_stays_what_it_was(name_index):
    # near misses: "the plain of Sharon" (a land's word before "of"), "the world of Islam" (a faith whose
    # adjective is a people's word): given names in faker's lists, no persons here
    text = "The brigade camped on the plain of Sharon. The whole world of Islam was stirred."
    assert tagged(text, name_index, "persName") == []


# -- a closed compass compound before a known place makes one region (recognize.py) ---------------------------

def test_a_closed_compass_compound_before_a_place_is_one_region(name_index):
    text = "Raids were reported from Southeastern Anatolia, and the caravans of Southwestern Asia stopped."
    assert tagged(text, name_index, "placeName") == ["Southeastern Anatolia", "Southwestern Asia"]
    assert tagged(text, name_index, "persName") == []


def test_a_compass_compound_before_no_place_is_left_as_it_was(name_index):
    # near misses: a railway's name (no place after the compound), a person's odd forename
    text = "The Southwestern Railway ran late, and Mr. Northwest Smith complained."
    assert tagged(text, name_index, "placeName") == []
    assert tagged(text, name_index, "persName") == ["Northwest Smith"]
