"""Rules added in session 18 (round 22) from faults of kinds seen on test23, now in the development pool
(tests/data/unseen-test23: a statesman's speech to his party's congress in its 1929 English translation,
an OCR text of the print): one behaviour each, and beside it a near miss the rule must leave alone.

The sentences are written for these tests in the genre's shape; none is taken from the unseen texts
(development pool or test set), so the tests say what the rules do, not what one passage needed.
"""
from conftest import date_proposals, tagged


# -- a day's ordinal printed apart from its number (a superscript in the print) ------------------------------

def test_an_ordinal_set_apart_from_its_day_is_read_with_it():
    text = "In 1921 the delegates reached Kars on the 14 th March and left on the 2 nd April."
    assert [(w, a["when"]) for w, a, _ in date_proposals(text)][1:] == [
        ("14 th March", "1921-03-14"), ("2 nd April", "1921-04-02")]


def test_a_weekday_before_a_detached_ordinal_is_inside_the_date():
    text = "The Assembly met again on Thursday, the 11 th March, 1920, at noon."
    assert [(w, a) for w, a, _ in date_proposals(text)] == [
        ("Thursday, the 11 th March, 1920", {"when": "1920-03-11"})]


def test_an_ordinal_garbled_by_the_ocr_is_read_and_marked_for_review():
    text = "In 1920 the order went out on the 17 tlL June to every corps."
    [(words, attrs, review)] = date_proposals(text)[1:]
    assert (words, attrs["when"]) == ("17 tlL June", "1920-06-17")
    assert "printed “17 tlL” (OCR)" in review


def test_a_number_and_letters_before_no_month_are_no_date():
    assert date_proposals("The 5 th Regiment marched at dawn; the 3 rd Battalion stayed.") == []
    assert date_proposals("He paid 12 tl for the horse in Smyrna.") == []


def test_the_ordinal_in_figures_of_a_month_is_a_date_without_its_article():
    text = "We sailed on the 16th of June, 1920, for the coast."
    assert [(w, a) for w, a, _ in date_proposals(text)] == [("16th of June, 1920", {"when": "1920-06-16"})]


def test_the_ordinal_of_something_else_than_a_month_is_no_date():
    assert date_proposals("He commanded the 16th of the line regiments.") == []
