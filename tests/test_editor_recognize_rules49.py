"""Rules added in session 28 (round 44) for faults that recur across the development pool, each kept only if,
judged leave-one-set-out, it improved a set other than the one whose faults suggested it and cost no set a
matched mention (tests/data/unseen-test43's README, "Session 28, round 44"), and two faults an editor met in
session 27's journey (tests/data/journey27/README.md, "left"): one behaviour each, and beside it a near miss
the rule must leave alone.

The sentences are written for these tests; none is taken from the unseen texts (development pool or test set).
"""

import pytest

from conftest import date_proposals, proposals, tagged, without_hang


# -- a state by its dotted initials (dotted_state_initials.py) -------------------------------------------------------

def test_a_states_dotted_initials_are_a_place(name_index):
    text = "The treaty with the U.S.S.R. was signed, and the Minister returned."
    assert tagged(text, name_index, "placeName") == ["U.S.S.R."]


def test_a_states_dotted_initials_after_a_town_and_a_comma_are_a_place(name_index):
    # after a comma the treaty rules read dotted capitals as an order's letters ("Smith, K.C.B.")
    text = "The wheat came from Topeka, U.S.A., and from Odessa, U. S. S. R., by sea."
    places = tagged(text, name_index, "placeName")
    assert "U.S.A." in places and "U. S. S. R." in places


def test_an_orders_letters_after_a_comma_stay_no_name(name_index):
    assert tagged("Sir Henry Marlowe, K.C.B., spoke first.", name_index, "placeName") == []


def test_letters_that_only_spell_a_states_official_name_are_no_place(name_index):
    # "I.R.A." spells the Islamic Republic of Afghanistan's initials, but the state does not use them
    assert "I.R.A." not in tagged("The I.R.A. issued a statement on Friday.", name_index, "placeName")


def test_dotted_initials_before_a_surname_are_a_mans_initials(name_index):
    assert "U. S. A." not in tagged("A letter from U. S. A. Pemberton was read.", name_index, "placeName")


def test_the_dotted_initials_rule_is_linear_on_hostile_text():
    from triglot.editor.dotted_state_initials import dotted_state_initials
    text = "the U.S.S.R. and A.B.C. and " * 6000
    found = without_hang(dotted_state_initials, text)
    assert len(found) == 6000


# -- a house of a legislature (legislature_houses.py) ----------------------------------------------------------------

def test_a_house_of_a_legislature_in_running_text_is_a_body(name_index):
    text = "The Home Secretary was questioned in the House of Commons on Tuesday night."
    assert tagged(text, name_index, "orgName") == ["House of Commons"]


def test_the_upper_house_is_a_body_too(name_index):
    text = "A motion was moved in the House of Lords by the Bishop of Exeter."
    assert "House of Lords" in tagged(text, name_index, "orgName")


def test_a_house_as_a_common_noun_is_no_body(name_index):
    assert tagged("He left the House of his father at dawn.", name_index, "orgName") == []


def test_the_legislature_house_rule_is_linear_on_hostile_text():
    from triglot.editor.legislature_houses import legislature_houses
    text = "House of Commons and House of " * 4000
    found = without_hang(legislature_houses, text)
    assert len(found) == 4000


# -- a month with "last" (month_last.py) -----------------------------------------------------------------------------

def dated(text, date=(1921, 6, 9, "9 June 1921")):
    """Dates proposed in `text` in a document whose own heading gives `date`: (words, when, review)."""
    from triglot.editor.names import NameIndex
    from triglot.editor.tagger import YearContext, propose
    return [(text[p.start:p.end], p.attrs.get("when"), p.review)
            for p in propose(text, NameIndex({}), YearContext([1917], None, date)) if p.tag == "date"]


def test_a_month_with_last_is_the_most_recent_such_month_before_the_texts_date():
    found = dated("Sir, I raised the question in March last and again at the meeting.")
    assert [(w, v) for w, v, _ in found] == [("March last", "1921-03")]
    assert "last" in found[0][2]        # inferred: marked for review, with the reason


def test_a_month_with_last_that_has_not_yet_come_is_of_the_year_before():
    found = dated("Sir, the harvest gathered since October last has been poor.")
    assert [(w, v) for w, v, _ in found] == [("October last", "1920-10")]


def test_a_month_before_last_year_is_not_read_as_month_last():
    found = date_proposals("He sailed in May last year, and came home in 1921.")
    assert not any(w.endswith("last") for w, _, _ in found)


@pytest.mark.parametrize("text", ["The programme was changed in March last-minute by the board.",
                                  "He stayed in August last summer with his aunt.",
                                  "The decision of June last night was reversed.",
                                  "The rains came in April last time, as in May last season."])
def test_last_that_qualifies_another_time_is_not_read_as_month_last(text):
    # review28: each was proposed as "<Month> last", a month dated by "last"
    assert not any(w.endswith("last") for w, _, _ in date_proposals(text))


def test_may_last_opening_a_sentence_is_no_date():
    assert date_proposals("May last long the peace between them.") == []


def test_the_month_last_rule_is_linear_on_hostile_text():
    from triglot.editor.dates import find_dates
    text = "in March last " * 7200
    found = without_hang(find_dates, text)
    assert len(found) == 7200


# -- session 27's journey: "HC Deb" under a title line, "Trans-Caucasia" -------------------------------------------

def test_a_reports_reference_line_under_a_title_line_is_no_person(name_index):
    text = "Anglo-Persian Agreement\nHC Deb 3 March 1920 vol 126 cc512-3W\nMr. Hallam asked the Prime Minister."
    persons = tagged(text, name_index, "persName")
    assert "HC Deb" not in persons and "Hallam" in persons


def test_the_title_line_over_a_reference_line_keeps_its_place(name_index):
    text = "Bessarabia\nHC Deb 3 March 1920 vol 126 cc512-3W"
    assert tagged(text, name_index, "placeName") == ["Bessarabia"]


def test_a_hyphenated_spelling_of_a_registered_name_is_offered_as_its_variant(name_index):
    found = [p for p in proposals("The railway across Trans-Caucasia was cut in the winter.", name_index)
             if p[1] == "placeName"]
    assert [p[0] for p in found] == ["Trans-Caucasia"]
    assert "variant of plc:transcaucasia" in found[0][3]


def test_a_hyphenated_name_with_no_registered_one_word_form_is_offered_no_variant(name_index):
    found = [p for p in proposals("The envoy came from Nova-Ragusa by the coast road.", name_index)
             if p[0] == "Nova-Ragusa"]
    assert all("without the hyphen" not in p[3] for p in found)


@pytest.mark.parametrize("text", ["Dr. F.S.M. wrote to the Consul on Tuesday.",
                                  "The memorandum is initialled by S.J.M. and filed.",
                                  "Yours faithfully, S.P.M."])
def test_a_mans_initials_that_spell_a_states_code_are_no_place(name_index, text):
    # session 28's second read: Micronesia's, Svalbard's and Saint Pierre's codes are a man's initials here
    assert tagged(text, name_index, "placeName") == []
