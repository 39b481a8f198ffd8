"""Rules added in session 18 (round 21) from faults of kinds seen on test22, now in the development pool
(tests/data/unseen-test22: American magazines' feature articles, 1917–1923): one behaviour each, and
beside it a near miss the rule must leave alone.

The sentences are written for these tests in the genre's shape; none is taken from the unseen texts
(development pool or test set), so the tests say what the rules do, not what one passage needed.
"""
from conftest import date_proposals, tagged


# -- a famous man's surname that GeoNames knows as a town ----------------------------------------------------

def test_a_town_word_that_marches_or_rides_is_a_person(name_index):
    assert tagged("Bismarck rode out to meet the envoys.", name_index, "persName") == ["Bismarck"]
    assert tagged("As Sherman marched to the sea, the South burned.", name_index, "persName") == ["Sherman"]


def test_a_town_that_falls_or_surrenders_stays_a_town(name_index):
    assert tagged("Kars fell after a siege of five months.", name_index, "placeName") == ["Kars"]
    assert tagged("Kars surrendered in the night.", name_index, "persName") == []


def test_the_one_spoken_to_somewhere_is_a_person(name_index):
    text = "The story goes that Cromwell said to Fairfax at Naseby that the day was won."
    assert "Fairfax" in tagged(text, name_index, "persName")
    assert "Naseby" not in tagged(text, name_index, "persName")


def test_a_name_before_a_possessive_of_kin_is_a_person(name_index):
    assert tagged("The valley was settled by one of Shem's sons.", name_index, "persName") == ["Shem"]
    assert tagged("He married Cromwell's daughter in the spring.", name_index, "persName") == ["Cromwell"]


def test_a_countrys_sons_are_its_people_and_the_country_stays_a_place(name_index):
    assert tagged("Armenia's sons died in the defence of the pass.", name_index, "placeName") == ["Armenia"]
    assert tagged("Armenia's sons died in the defence of the pass.", name_index, "persName") == []


def test_an_ordinary_word_opening_a_list_of_persons_is_no_part_of_the_first_name(name_index):
    text = "Only Lenin and Zaghlul stood higher in the reckoning of the crowd."
    assert tagged(text, name_index, "persName") == ["Lenin", "Zaghlul"]
    assert tagged(text, name_index, "placeName") == []
    assert tagged("Only Lenin and Kossuth were spoken of with such awe.", name_index, "persName") == ["Lenin", "Kossuth"]


def test_a_list_opening_with_an_ordinary_word_and_a_town_stays_a_list_of_towns(name_index):
    text = "Only Kars and Ardahan were left to the Turks."
    assert tagged(text, name_index, "placeName") == ["Kars", "Ardahan"]


def test_two_capitalised_words_after_the_are_no_persons_name(name_index):
    assert tagged("Envoys of every Power waited at the Palais Bourbon for an answer.", name_index, "persName") == []
    text = "For a month I worked in the Staatsbibliothek Preussische, reading the old dispatches."
    assert tagged(text, name_index, "persName") == []


def test_a_person_after_the_and_a_peoples_word_stays_a_person(name_index):
    text = "Beside him sat the Georgian Noe Ramishvili and the Russian Lev Kamenev."
    assert tagged(text, name_index, "persName") == ["Noe Ramishvili", "Lev Kamenev"]


# -- titles -----------------------------------------------------------------------------------------------------

def test_ghazi_and_khedive_are_titles_outside_the_name(name_index):
    text = "The defender of Plevna, Ghazi Osman Pasha, was received at the palace."
    assert tagged(text, name_index, "persName") == ["Osman Pasha"]
    assert tagged("The Khedive Abbas Hilmi left Cairo.", name_index, "persName") == ["Abbas Hilmi"]


# -- display type ------------------------------------------------------------------------------------------------

def test_a_byline_in_capitals_is_one_name_whatever_its_words_mean(name_index):
    assert tagged("By HENRY ADAMS MORRIS\nThe war has changed the map.", name_index, "persName") == [
        "HENRY ADAMS MORRIS"]
    assert tagged("By ARTHUR DAWES", name_index, "persName") == ["ARTHUR DAWES"]


def test_a_byline_of_a_body_or_an_office_is_no_persons(name_index):
    assert tagged("By THE EDITORS", name_index, "persName") == []
    assert tagged("By OUR SPECIAL CORRESPONDENT", name_index, "persName") == []


# -- a house style's geography --------------------------------------------------------------------------------

def test_the_near_east_in_lower_case_keeps_its_first_word(name_index):
    text = "Years of travel in the near East had taught him patience."
    assert tagged(text, name_index, "placeName") == ["near East"]


def test_a_compass_east_alone_is_not_made_near_east(name_index):
    assert tagged("The wind blew from the east all night.", name_index, "placeName") == []
    assert tagged("He lived near East Hampton for a year.", name_index, "placeName") != ["near East"]


# -- dates ---------------------------------------------------------------------------------------------------

def test_the_early_months_of_a_year_are_its_first_four_months_with_the_article():
    found = date_proposals("The mood of the Congress in the early months of 1921 was cautious.")
    assert [(w, a.get("notBefore"), a.get("notAfter")) for w, a, _ in found] == [
        ("the early months of 1921", "1921-01", "1921-04")]
    found = date_proposals("In the closing months of 1918 the armies were spent.")
    assert [(w, a.get("notBefore"), a.get("notAfter")) for w, a, _ in found] == [
        ("the closing months of 1918", "1918-09", "1918-12")]


def test_months_of_a_year_without_a_part_stay_the_year():
    found = date_proposals("For months of 1921 nothing was decided.")
    assert [w for w, _, _ in found] == ["1921"]
