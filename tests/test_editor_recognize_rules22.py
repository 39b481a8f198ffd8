"""Rules added in session 16 (round 16) from faults of kinds seen on test17, now in the development pool
(tests/data/unseen-test17: Soviet foreign-policy statements in contemporary English translation and travel
writing on the Caucasus and Persia, 1910–1930): one behaviour each, and beside it a near miss the rule
must leave alone.

The sentences are written for these tests in the genre's shape; none is taken from the unseen texts
(development pool or test set), so the tests say what the rules do, not what one passage needed.
"""
from conftest import proposals


def names(text, name_index, tag="persName"):
    return [t for t, g, _, _ in proposals(text, name_index) if g == tag]


# -- a city's streets, bridges, parks, roads and quarters -----------------------------------------------------

def test_a_citys_named_street_bridge_and_park_are_places_whole(name_index):
    text = ("From the hotel we walked along the Loris-Melikov Prospect, crossed the Stone Bridge and rested "
            "in the Alexander Park before the Armenian Quarter.")
    found = names(text, name_index, "placeName")
    assert {"Loris-Melikov Prospect", "Stone Bridge", "Alexander Park", "Armenian Quarter"} <= set(found)
    assert not {"Prospect", "Bridge", "Park", "Quarter"} & set(found)


def test_a_road_with_its_adjectives_and_a_colony_are_places_whole(name_index):
    text = "The carriage left the Swabian Colony at dawn and climbed the Ossetian Military Road to the pass."
    found = names(text, name_index, "placeName")
    assert {"Swabian Colony", "Ossetian Military Road"} <= set(found)
    assert not {"Colony", "Road"} & set(found)


def test_a_bridge_in_lower_case_and_a_surname_park_are_no_city_places(name_index):
    text = "We crossed the bridge into a park. Mungo Park wrote of the Niger."
    assert "Park" not in names(text, name_index, "placeName")
    assert "Mungo Park" not in names(text, name_index, "placeName")
    assert not any("bridge" in n or "park" in n for n in names(text, name_index, "placeName"))


# -- a postfixed title after a date's ordinal day or a weekday ----------------------------------------------

def test_a_postfixed_title_name_after_an_ordinal_day_is_the_name_alone(name_index):
    found = proposals("On April 9th Hamdi Nuri Pasha reached Erzurum.", name_index)
    assert ("Hamdi Nuri Pasha", "persName") in [(t, g) for t, g, _, _ in found]
    assert ("April 9th", "date") in [(t, g) for t, g, _, _ in found]


def test_a_weekday_is_no_part_of_a_postfixed_title_name(name_index):
    assert "Hamdi Nuri Pasha" in names("On Thursday Hamdi Nuri Pasha reached Erzurum.", name_index)


# -- governments named by a party ------------------------------------------------------------------------------

def test_a_government_named_by_its_party_is_a_body_whole(name_index):
    text = ("The treaty was signed by the Musavat Government, and later refused by the exiled Azerbaijani "
            "Musavat Government in Paris.")
    found = names(text, name_index, "orgName")
    assert "Musavat Government" in found and "Azerbaijani Musavat Government" in found


def test_a_peoples_or_movements_adjective_before_government_is_no_party(name_index):
    text = "The Persian Government protested; the Nationalist Government and the Soviet Government did not."
    assert names(text, name_index, "orgName") == []


# -- museums --------------------------------------------------------------------------------------------------

def test_a_museum_with_its_adjective_is_a_body(name_index):
    assert "Georgian Museum" in names("In the afternoon we visited the Georgian Museum again.", name_index, "orgName")
    assert names("In the afternoon we visited the museum again.", name_index, "orgName") == []


# -- persons the text says are persons -------------------------------------------------------------------------

def test_a_bare_name_in_apposition_with_a_calling_is_a_person(name_index):
    text = "At the station we found Gurgen, the courier of the consulate, and Vartan, the Armenian who cooked for us."
    found = names(text, name_index)
    assert "Gurgen" in found and "Vartan" in found


def test_a_place_in_apposition_with_a_description_is_no_person(name_index):
    text = "We reached Erzurum, the capital of the vilayet, and the king of Serbia, the president of the Council, spoke."
    assert names(text, name_index) == []


def test_a_figure_of_legend_after_the_great_before_a_verb_is_a_person(name_index):
    assert "Rostam" in names("Here the hero Rostam had slain the white demon.", name_index)


def test_kin_after_a_possessive_makes_a_person(name_index):
    assert "Tamara" in names("The guide showed us Tamara's tomb on the hill.", name_index)
    assert "Tamara" not in names("The guide showed us Tamara's hills.", name_index)


def test_a_byline_run_into_its_title_is_the_author(name_index):
    text = ("Anna Marsh, The Old Roads of Kakheti, the Wine Country in whose Valleys the Vines Grow - The Joys "
            "of a Georgian Feast\n\nWE left at dawn.")
    assert "Anna Marsh" in names(text, name_index)
    assert names("Soviet Russia, The Year of Famine\n\nWE left at dawn.", name_index) == []


# -- no names -----------------------------------------------------------------------------------------------

def test_an_indefinite_pronoun_that_said_something_is_no_person(name_index):
    assert names("Somebody told us the road was closed. Everyone said so.", name_index) == []
    assert "Ashot" in names("Ashot told us the road was closed.", name_index)


def test_a_chapter_heading_in_capitals_is_no_name(name_index):
    assert names("CHAPTER XXIV", name_index) == []
    assert "Leo XIII" in names("The encyclical of Leo XIII was read aloud.", name_index)


def test_tartar_is_a_peoples_word(name_index):
    assert names("We walked into the Tartar section of the town.", name_index, "placeName") == []
