"""Rules added in session 15 (round 13) from faults of kinds seen on test14, now in the development pool
(tests/data/unseen-test14: a 1918 diary and 1915 witness statements): one behaviour each, and beside it a
near miss the rule must leave alone.

The sentences are written for these tests in the genre's shape; none is taken from the unseen texts
(development pool or test set), so the tests say what the rules do, not what one passage needed.
"""

from triglot.editor.dates import find_dates
from triglot.editor.recognize import Recogniser
from triglot.editor.tagger import YearContext, propose

from conftest import proposals


def dates(text):
    return [(f.text, f.values) for f in find_dates(text)]


# -- a diary's dates ------------------------------------------------------------------------------------

def test_a_diary_entry_heading_is_one_date_year_and_day_together():
    assert dates("1919 – March 3\n") == [("1919 – March 3", {"when": (1919, 3, 3)})]
    assert dates("1917 – October 5-6") == [("1917 – October 5-6", {"from": (1917, 10, 5), "to": (1917, 10, 6)})]


def test_a_year_and_a_dash_before_a_month_in_running_text_stay_two_dates():
    # near miss: not a heading alone on its line
    assert [t for t, _ in dates("Prices rose in 1917 – October 5 saw the worst of it.")] == ["1917", "October 5"]


def test_a_weekday_before_its_day_belongs_to_the_date():
    assert dates("On Tuesday, the 4th May, the order came.") == [("Tuesday, the 4th May", {"when": (None, 5, 4)})]
    assert dates("Friday, 7th March 1919.") == [("Friday, 7th March 1919", {"when": (1919, 3, 7)})]


def test_a_weekday_alone_is_no_date():
    assert dates("On Tuesday the order came, and on the 4th May the convoy left.") == [
        ("4th May", {"when": (None, 5, 4)})]


def test_a_winter_across_two_years_is_one_season():
    assert dates("During the winter of 1916-17 the roads were closed.") == [
        ("the winter of 1916-17", {"from": (1916, 12, None), "to": (1917, 2, None)})]


def test_a_summer_is_not_read_across_two_years():
    # near miss: only a winter runs from one year into the next
    assert [t for t, _ in dates("During the summer of 1916-17 the roads were closed.")] != ["the summer of 1916-17"]


def test_a_bare_day_in_a_diary_entry_takes_its_headings_month_and_year_for_review(name_index):
    years = YearContext([], None)
    propose("1917 – October 5-6", name_index, years, in_context=False)      # the entry's heading is a dateline
    found = proposals("Rode to the ford and crossed on the 6th in rain.", name_index, years)
    date, = [p for p in found if p[1] == "date"]
    assert date[:3] == ("6th", "date", {"when": "1917-10-06", "cert": "medium"})
    assert "October 1917" in date[3]


def test_a_bare_day_after_of_is_no_date(name_index):
    # near miss: "Anderson of the 26th" names a regiment, not a day
    years = YearContext([], None)
    propose("1917 – October 5", name_index, years, in_context=False)
    assert [p for p in proposals("Dined with Harcourt of the 14th at the camp.", name_index, years) if p[1] == "date"] == []


# -- persons and places in a diary's and a statement's prose -----------------------------------------------

def names(text):
    return [(m.text, m.kind) for m in Recogniser().find(text)]


def test_the_writers_i_after_a_place_is_no_part_of_a_name():
    assert names("At Kharput I was ordered to wait for the carts.") == [("Kharput", "place")]
    assert names("At Mardin-Kapu I was ordered to wait for the carts.") == [("Mardin-Kapu", "place")]


def test_a_rulers_numeral_stays_in_his_name():
    # near miss: no place before "I", and a title before the name
    assert ("Nicholas I", "person") in names("Tsar Nicholas I was crowned in Moscow.")


def test_a_persian_compound_with_i_is_a_place_not_a_surname():
    assert names("Left at dawn for Kala-i-Sabin, 90 miles.") == [("Kala-i-Sabin", "place")]


def test_a_turkish_word_for_a_river_or_a_spring_after_a_name_makes_a_place():
    assert names("The convoy crossed the Gediz Chai at dawn and camped at Kara Bulak.") == [
        ("Gediz Chai", "place"), ("Kara Bulak", "place")]


def test_a_confession_with_its_adjective_is_no_person():
    assert names("The villagers are Sunni Mohammedans; the rest are Nestorian Christians.") == []


def test_a_confessions_word_inside_a_bodys_name_is_left_to_the_body():
    # near miss: "Christian" before a capitalised word is part of a longer name
    assert names("He worked for the Syrian Christian Mission in Urfa.")[0] == ("Syrian Christian Mission", "org")


def test_a_quoted_foreign_title_holds_no_person():
    assert names("See the brochure “Nouvelles Lettres sur les Massacres, 1909” (Paris, 1910).") == [("Paris", "place")]
    assert names("See “Einige Briefe über die Armenier” (Berlin).") == [("Berlin", "place")]


def test_an_english_quoted_title_keeps_its_places():
    # near miss: no foreign small words, so the title's places are read
    assert names("See the pamphlet “Letters from Van and Bitlis” (London).") == [
        ("Van", "place"), ("Bitlis", "place"), ("London", "place")]


def test_a_name_the_printer_suppressed_before_its_title_is_a_person():
    assert names("Our escort, —— Bey, took the lists from the priest.") == [("—— Bey", "person")]


def test_an_office_of_state_by_its_common_name_is_a_body():
    assert names("The Admiralty agree, but the War Office are slow and the Colonial Office silent.")[:2] == [
        ("War Office", "org"), ("Colonial Office", "org")]


def test_an_office_of_something_is_left_to_the_general_rules():
    # near miss: "the Office of …" is not "the … Office"
    assert ("Office of the High Commissioner", "org") in names("He wrote to the Office of the High Commissioner at Baghdad.")


def test_regiments_by_their_mens_plurals_after_troops_are_bodies():
    assert names("Our troops, the Gordons, Camerons and Seaforths, held the ridge.") == [
        ("Gordons", "org"), ("Camerons", "org"), ("Seaforths", "org")]


def test_peoples_after_troops_are_no_regiments():
    # near miss: a people's plural is a group, not a body
    assert names("Our troops, the Armenians and Georgians, held the ridge.") == []


def test_a_diarys_capitalised_common_plural_is_no_place():
    assert names("German Agents plot against us and the Dictators dither.") == []


def test_a_capitalised_singular_after_in_stays_a_place():
    # near miss: a singular common word ("hackney") may be a place's own name
    assert names("He lived in Hackney and later in Kent.") == [("Hackney", "place"), ("Kent", "place")]


def test_a_surname_shaped_word_after_and_is_a_person_when_no_place_has_that_name():
    assert ("Tumanov", "person") in names("Then Kars and Petrovsk and Tumanov came over to us.")


def test_god_is_no_place():
    assert names("The Turks press hard and God knows what tomorrow brings.") == []


# -- a collection's headings ---------------------------------------------------------------------------

def test_a_word_in_capitals_closed_by_a_full_stop_is_a_heading_not_a_logo():
    from triglot.editor.boilerplate import classify
    lines = ["The deportations began in the spring.", "", "ERZEROUM.", "", "The witness says the convoy left."]
    assert classify(lines) == {}


def test_a_word_in_capitals_at_the_top_without_a_full_stop_is_still_a_logo():
    # near miss: a site's name in its page header
    from triglot.editor.boilerplate import classify
    assert list(classify(["NEWSDESK", "", "The deportations began in the spring."])) == [1]


def test_a_section_numeral_glued_to_a_heading_in_capitals_is_read_apart(name_index):
    found = proposals("XII.TREBIZOND AND ZARISHAT.", name_index)
    assert [(w, t) for w, t, _, _ in found] == [("TREBIZOND", "placeName"), ("ZARISHAT", "placeName")]


def test_a_heading_in_capitals_joins_only_places_by_and(name_index):
    # near miss: "AND" before a word that is no heading's last name ("AND THE KURDS" names a people)
    found = proposals("TREBIZOND AND THE KURDS.", name_index)
    assert [(w, t) for w, t, _, _ in found] == [("TREBIZOND", "placeName")]


# -- a bare surname where the text says who ---------------------------------------------------------------

def test_a_names_men_make_it_a_person():
    assert names("Later, Tumanyants’s men held the bridge until dark.") == [("Tumanyants", "person")]


def test_a_states_troops_keep_it_a_place():
    # near miss: the gazetteer knows the state
    assert names("Russia’s troops held the bridge until dark.") == [("Russia", "place")]


def test_lunch_with_a_name_is_with_a_person_even_one_a_town_bears():
    assert names("Lunch with Harcourt at the mess; dinner with Brighton afterwards.") == [
        ("Harcourt", "person"), ("Brighton", "person")]


def test_a_conference_with_a_state_stays_with_the_state():
    # near miss: a country is no one met at lunch
    assert names("Conference with Persia about the road.") == [("Persia", "place")]


def test_a_name_sent_with_a_note_is_a_person():
    assert names("I sent Marling with a note to the Committee.")[:1] == [("Marling", "person")]


def test_a_name_after_a_calling_in_apposition_is_a_person():
    assert names("The interpreter, Karapet, was seized at the gate.") == [("Karapet", "person")]


def test_a_name_after_a_place_noun_in_apposition_is_not_made_a_person():
    # near miss: "the river, Araxes," names no calling
    assert ("Araxes", "person") not in names("The river, Araxes, was in flood.")


def test_a_diarys_journey_to_a_place_before_a_dash_is_a_place():
    assert names("To Sultanabin – a long and dusty road.") == [("Sultanabin", "place")]


def test_a_letter_to_a_name_is_no_journey():
    # near miss: "To X," with a comma addresses a person
    assert names("To Karasin, a letter of protest.") == [("Karasin", "person")]


def test_the_men_of_a_longer_name_are_left_to_the_general_rules():
    # near miss: "Pasha’s troops" is the end of "Enver Pasha", not a surname
    assert ("Pasha", "person") not in names("Enver Pasha’s troops entered the town.")
