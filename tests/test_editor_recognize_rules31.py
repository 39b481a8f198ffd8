"""Rules added in session 19 (round 25): general resources, not genre rules. After five rounds whose genre
rules changed nothing on the next unseen set, this round reads names the way a reader knows them: the
provinces of every country (ISO 3166-2 in `pycountry`: regions.py) and given names by locale (the person
providers of `faker`: forenames.py). Found on test27 (learned societies' proceedings), each kept only
because it also mends sets it was not found on (test4's "Abkhazia", test7's "Edmund Ironside", test25's
"Edith Violet"). One behaviour each, with a near miss the rule must leave alone in the same test.

The sentences are written for these tests; none is taken from the unseen texts (development pool or
test set), so the tests say what the rules do, not what one passage needed.
"""
from conftest import proposals, tagged


# -- provinces and regions: ISO 3166-2 ---------------------------------------------------------------------

def test_a_province_no_town_list_has_is_a_place_but_an_ordinary_word_is_not(name_index):
    text = "Mazandaran was quiet that winter, and the Eastern mail came through Syunik."
    assert tagged(text, name_index, "placeName") == ["Mazandaran", "Syunik"]
    # a region's word between "the" and a common noun is an adjective ("the Balkan states"), not the province
    assert not tagged("The Balkan states were restless.", name_index, "placeName")


def test_a_province_is_found_without_its_letters_marks(name_index):
    text = "Gīlān sent its rice north by the coast road."
    assert tagged(text, name_index, "placeName") == ["Gīlān"]


def test_the_proposal_names_the_standard_and_the_code_as_a_gazetteer_place_does(name_index):
    text = "Mazandaran was quiet that winter."
    (words, tag, _, review), = proposals(text, name_index)
    assert (words, tag) == ("Mazandaran", "placeName")
    assert "ISO 3166-2 via pycountry" in review and "IR-02" in review and "“Māzandarān”" in review


def test_provinces_run_together_are_two_places_and_a_man_called_so_stays_a_man(name_index):
    text = "The reconnaissance went through Mazandaran Gilan to the coast."
    assert tagged(text, name_index, "placeName") == ["Mazandaran", "Gilan"]
    assert not tagged(text, name_index, "persName")
    text = "Colonel Gilan commanded the rear. Gilan was wounded at the ford."
    assert tagged(text, name_index, "persName") == ["Gilan", "Gilan"]
    assert not tagged(text, name_index, "placeName")


# -- forenames: given names by locale -----------------------------------------------------------------------

def test_forenames_are_the_registry_lists_given_names_without_ordinary_words():
    from triglot.editor.forenames import is_forename
    assert is_forename("Edmund") and is_forename("Kâzım") and is_forename("Kazim") and is_forename("Agnes")
    # "Grace" is a given name and an English word; a province, a lower-case word are no forenames
    assert not is_forename("Grace") and not is_forename("Gilan") and not is_forename("agnes")


def test_a_forename_before_an_ordinary_word_is_a_person_but_not_before_a_buildings_word(name_index):
    text = "It is almost certain that Agnes Weaver advised the plotters in the Albert Hall."
    assert tagged(text, name_index, "persName") == ["Agnes Weaver"]


def test_an_initial_a_forename_and_a_surname_ending_the_run_are_one_person(name_index):
    text = "At the meeting Miss K. Margaret Ashcombe read a paper on the Kurds."
    assert tagged(text, name_index, "persName") == ["K. Margaret Ashcombe"]
    # names run together (a roster's line): the forename's next word is not taken as its surname
    text = "At the meeting K. Margaret Ashcombe Harold Pym read a paper on the Kurds."
    assert "K. Margaret Ashcombe" not in tagged(text, name_index, "persName")


def test_m_after_an_english_title_of_address_is_an_initial_not_monsieur(name_index):
    assert tagged("At the meeting Dr. M. Ali spoke.", name_index, "persName") == ["M. Ali"]
    assert tagged("At the meeting Mrs. M. Helen Ashcombe spoke.", name_index, "persName") == ["M. Helen Ashcombe"]
    assert tagged("Yesterday M. Pierre Dupont said the note was ready.", name_index, "persName") == ["Pierre Dupont"]


# -- a country GeoNames knows, printed in capitals opening a line -------------------------------------------

def test_a_country_in_capitals_opening_a_title_is_the_place_but_an_acronym_or_a_town_is_not(name_index):
    assert tagged("AFGHANISTAN IN 1919", name_index, "placeName") == ["AFGHANISTAN"]
    assert tagged("AFGHANISTAN A Study of the Frontier", name_index, "placeName") == ["AFGHANISTAN"]
    assert not tagged("OGPU IN 1929", name_index, "placeName")
    assert not tagged("READING IN 1919", name_index, "placeName")
