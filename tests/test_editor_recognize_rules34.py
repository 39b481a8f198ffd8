"""Rules added in session 20 (round 27): faults that recur across the development pool's genres, each judged
by a leave-one-set-out check (recorded in tests/data/unseen-test29/README.md). One behaviour each, with a
near miss the rule must leave alone.

The sentences are written for these tests; none is taken from the unseen texts (development pool or test
set), so the tests say what the rules do, not what one passage needed.
"""
from conftest import tagged


# -- a street after its house number (recognize_streets.py) -----------------------------------------------------

def test_a_street_after_its_house_number_is_a_place_its_number_outside(name_index):
    text = "Subscriptions go to the Treasurer, 12 Seventh Avenue, or to No. 9, Harcourt Street, Dublin."
    assert tagged(text, name_index, "placeName") == ["Seventh Avenue", "Harcourt Street", "Dublin"]
    # a second street joined by "and" names a corner of the same address
    assert tagged("Our office at 31 Elm Street and 12th Avenue is open.", name_index, "placeName") == \
        ["Elm Street", "12th Avenue"]
    # a year before a capitalised word and "Road" is no house number
    assert "Sheffield Road" not in tagged("In 1912 Sheffield Road was paved.", name_index, "placeName")


def test_a_street_after_its_house_number_keeps_its_capitals_and_ends_at_its_head_word(name_index):
    text = "EDITORIAL OFFICES 220 WEST 42ND STREET CHICAGO"
    assert tagged(text, name_index, "placeName") == ["WEST 42ND STREET", "CHICAGO"]
    # a run of capitals with no number before the street word is left to the general rules
    assert "THE LONG ROAD" not in tagged("THE LONG ROAD HOME", name_index, "placeName")


# -- a body's name goes on through "and" (recognize.py: _body_of; recognize_league.py: CAPS_BODY_OF) -------------

def test_a_bodys_name_after_for_goes_on_through_and(name_index):
    text = "She wrote to the Society for Polish and Lithuanian Orphans in June."
    assert tagged(text, name_index, "orgName") == ["Society for Polish and Lithuanian Orphans"]
    # after an ordinary word "and" ends the body's name: a place after it is the place's own
    text = "The grain went from the Society for Relief and Poland took none."
    assert "Society for Relief and Poland" not in tagged(text, name_index, "orgName")


def test_a_body_in_capitals_goes_on_through_and_to_the_end_of_the_capitals(name_index):
    text = "PRINTED FOR THE BUREAU OF MINES AND QUARRIES"
    assert tagged(text, name_index, "orgName") == ["BUREAU OF MINES AND QUARRIES"]
    # a state after "AND" is its own name, not the body's
    text = "A REPORT OF THE COUNCIL OF STATE AND PORTUGAL"
    assert "COUNCIL OF STATE AND PORTUGAL" not in tagged(text, name_index, "orgName")


# -- a people's adjective before a private body's name (recognize.py: OWN_BODIES) --------------------------------

def test_a_peoples_adjective_is_in_a_private_bodys_name_before_of_or_for(name_index):
    text = "He taught at the Turkish School for Girls before the war."
    assert tagged(text, name_index, "orgName") == ["Turkish School for Girls"]
    # a state's own organ named by its head and "of": the adjective stays outside
    assert tagged("He served the Turkish Ministry of Justice.", name_index, "orgName") == ["Ministry of Justice"]


# -- a town's subdivision abbreviated after it (recognize.py: _subdivision_after; regions.abbreviated_in) ---------

def test_a_subdivision_abbreviated_after_a_town_of_its_country_is_a_place(name_index):
    text = "Orders went to Trenton, N. J., and to Springfield, Ill., by the same mail."
    assert tagged(text, name_index, "placeName") == ["Trenton", "N. J.", "Springfield", "Ill."]
    # initials after a town that stand for no subdivision of its country are no place
    text = "A letter from Paris, M. G. Dupont writes, came today."
    assert tagged(text, name_index, "placeName") == ["Paris"]


# -- no person's name ends in a bare letter (recognize.py: _no_name_shape) ------------------------------------------

def test_a_person_ending_in_a_bare_letter_without_its_stop_is_the_ocrs_garble(name_index):
    text = "Prepared by Comsul Rnberts Q, 1919, for the trade."
    assert tagged(text, name_index, "persName") == []
    # an initial with its full stop is a name's middle initial, as ever
    assert tagged("Prepared by Consul Henry Q. Roberts for the trade.", name_index, "persName") == ["Henry Q. Roberts"]
    # a ruler's numeral in Roman figures ends his name
    assert tagged("The reign of King Charles V began.", name_index, "persName") == ["Charles V"]
