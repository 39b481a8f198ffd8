"""Rules added in session 14 (round 8) from faults of kinds seen on session 13's test set, now in the
development pool (tests/data/unseen-test9: FRUS telegrams, dispatches and letters): one behaviour each,
and beside it a near miss the rule must leave alone.

The sentences are written for these tests; none is taken from the unseen texts (development pool or
test set), so the tests say what the rules do, not what one passage needed.
"""
import pytest

from triglot.editor.dates import find_dates
from triglot.editor.names import NameIndex
from triglot.editor.recognize import Recogniser, state_in_body
from triglot.editor.tagger import YearContext, no_year_note, propose


def names(text, recogniser=None):
    return [(m.text, m.kind) for m in (recogniser or Recogniser()).find(text)]


def in_a_telegram(*lines):
    """What the recogniser finds in the last line, after a telegram's heading has been read."""
    r = Recogniser()
    r.find("The Consul at Batum (Whitcomb) to the Secretary of State")
    for line in lines[:-1]:
        r.find(line)
    return names(lines[-1], r)


# -- persons of letters and telegrams ---------------------------------------------------------

def test_who_a_telegram_is_from_or_for_is_a_person():
    assert in_a_telegram("41. Following from Dunmore:") == [("Dunmore", "person")]
    # a town GeoNames knows by the word is still the sender or addressee
    assert ("Lansing", "person") in in_a_telegram("Repeated to London for Lansing.")
    assert ("London", "place") in in_a_telegram("Repeated to London for Lansing.")
    # outside letters and telegrams, and where the words go on, the place stays a place
    assert names("Repeated to London for Lansing.") == [("London", "place"), ("Lansing", "place")]
    assert ("Lansing", "person") not in in_a_telegram("Grain sent for Lansing and Detroit mills.")


def test_the_closing_name_of_a_quoted_message_is_its_signature():
    found = in_a_telegram("Following received: “Roads to Kars closed. Situation grave. Lansing.”")
    assert ("Lansing", "person") in found and ("Kars", "place") in found
    # the same word closing a quoted sentence that goes on is no signature
    assert ("Lansing", "person") not in in_a_telegram("He said: “The train went on to Lansing.”")


def test_a_name_in_brackets_after_a_body_an_office_is_of_is_the_holder():
    found = names("The Chairman of the Central Executive Committee (Ivanov) to the Minister in Persia (Brown)")
    assert ("Ivanov", "person") in found and ("Central Executive Committee", "org") in found
    # a body's short name in brackets, the name going on after it, stays the body's
    assert ("Kraikom", "org") in names("He was head of the Regional Committee (Kraikom) of the Party.")
    # and a member is no office with one holder
    assert ("Dashnak", "person") not in names("He was a member of the Revolutionary Federation (Dashnak)")


def test_a_salutation_closed_by_a_colon_names_the_one_written_to():
    assert names("My dear Nikolai: your letter came.") == [("Nikolai", "person")]
    assert names("Dear Mr. President: your message came.") == []


def test_one_who_suggests_requests_or_orders_is_a_person():
    assert names("The decree was issued at the request of Radek.") == [("Radek", "person")]
    assert names("It was done on the orders of Radek.") == [("Radek", "person")]
    # a state asks too
    assert names("The decree was issued at the request of Georgia.") == [("Georgia", "place")]


def test_a_word_taken_for_a_surname_by_its_ending_in_a_list_of_places_is_a_place():
    assert ("Kuzin", "place") in names("He meant to visit Kuzin, Resht, Hamadan and Kermanshah.")
    # a list of persons keeps its surnames
    assert ("Kamenev", "person") in names("Stalin, Kamenev and Zinoviev met.")


# -- telegraphese openings ----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Privately I doubt the report.",
    "Hostile Turkish bands crossed the river.",
])
def test_an_ordinary_word_opening_a_telegrams_sentence_is_no_name(text):
    assert names(text) == []


def test_an_adverb_opening_a_sentence_leaves_the_name_after_it():
    assert names("Unfortunately Chkheidze declined the offer.") == [("Chkheidze", "person")]
    # an ordinary word that is a place's own stays in it
    assert names("Great Britain declined.") == [("Great Britain", "place")]


def test_an_imperative_or_a_word_of_time_before_a_bodys_head_alone_is_no_body():
    assert names("Inform Legation at once of the reply.") == []
    assert names("Present Cabinet will fall within the week.") == []
    # a body's own word before its head, opening a sentence, stays in the body's name
    assert names("Foreign Office refused the visa.") == [("Foreign Office", "org")]
    assert names("Provisional Government fell.") == [("Provisional Government", "org")]


# -- places by their adjective, roads, lakes, peoples -------------------------------------------

def test_a_sea_named_by_its_adjective_before_a_fleet():
    text = "Reported Adriatic fleet leaving port. Volunteer Adriatic squadron remains. Trieste, Adriatic quiet."
    r = Recogniser()
    r.read_lands(text)
    assert names(text, r) == [("Adriatic", "place"), ("Adriatic", "place"), ("Trieste", "place"),
                              ("Adriatic", "place")]
    # a people's or state's adjective before a fleet is no sea
    r = Recogniser()
    r.read_lands("The Soviet fleet and the Turkish fleet met.")
    assert names("The Soviet fleet and the Turkish fleet met.", r) == []


def test_a_lakes_name_with_its_word_and_the_editors_bracket():
    assert names("They camped by Lake Tazeh [Gokcha] at dusk.") == [("Lake Tazeh", "place"), ("Gokcha", "place")]
    assert names("Lake Tazeh froze early.") == [("Lake Tazeh", "place")]


def test_a_road_named_by_its_two_ends_joins_two_places():
    assert names("They drove along the Tiflis-Zhinvali road.") == [("Tiflis", "place"), ("Zhinvali", "place")]
    # not an agreement's name, nor two surnames' line
    assert ("Zhinvali", "place") not in names("They signed the Tiflis-Zhinvali agreement.")
    assert all(kind != "place" for _, kind in names("the Kamenev-Zinoviev line"))


def test_a_plural_joined_to_a_peoples_plural_is_a_people():
    assert names("Clashes between Lezgins and Armenians continue.") == []
    assert names("Clashes between Armenians and Lezgins continue.") == []
    assert names("Trains between Tiflis and Baku run.") == [("Tiflis", "place"), ("Baku", "place")]


def test_the_adjective_of_a_people_listed_in_the_plural_is_no_place():
    assert names("Reports of Cossack raids came.") == []
    assert ("Kuban", "place") in names("Reports of Cossack raids in the Kuban came.")


# -- bodies ----------------------------------------------------------------------------------------

def test_an_ordinary_word_capitalised_before_a_lower_case_army_names_the_army():
    assert names("Insurgent army retreating south.") == [("Insurgent army", "org")]
    assert names("The Turkish army retreated.") == []


def test_a_head_word_alone_after_of_names_no_state_in_a_body():
    assert state_in_body("Department of State") is None
    assert state_in_body("Parliament of the Democratic Republic of Georgia") == "Democratic Republic of Georgia"


# -- dates -------------------------------------------------------------------------------------------

def test_a_day_of_the_current_month_is_a_date_without_a_value():
    found = find_dates("He left here on the 3rd instant for Resht.")
    assert [(d.text, d.resolve(1918)) for d in found] == [("3rd instant", None)]
    assert "no month" in no_year_note(found[0]) and "add @when" in no_year_note(found[0])
    assert [d.text for d in find_dates("Your letter of the 3rd inst. came.")] == ["3rd inst."]
    assert find_dates("He left on the 3rd instantly.") == []


# -- a state's full style, through the registers ----------------------------------------------------

def proposals(edition, text):
    index = NameIndex(edition.registers)
    found = propose(text, index, YearContext([], None), recogniser=Recogniser(known_surnames=index.surnames()))
    return [(text[p.start:p.end], p.tag) for p in found]


def test_a_states_name_goes_on_through_of_into_its_full_style(edition):
    assert ("United States of America", "placeName") in proposals(
        edition, "Both United States of America and Persia signed.")
    # not into another state's name, nor into an office
    found = proposals(edition, "He served in the Erivan Governorate of the Russian Empire.")
    assert ("Erivan Governorate", "placeName") in found
