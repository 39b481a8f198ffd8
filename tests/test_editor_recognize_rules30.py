"""Rules added in session 18 (round 24) from faults of kinds seen on test25, now in the development pool
(tests/data/unseen-test25: memoirs and obituaries of 1927–1930, mission pamphlets of 1919–1920), chosen
because they carry across genres: a monograph, a press cable, a letter or a memoir all say these things.
One behaviour each, and beside it a near miss the rule must leave alone.

The sentences are written for these tests; none is taken from the unseen texts (development pool or
test set), so the tests say what the rules do, not what one passage needed.
"""
from conftest import date_proposals, tagged


# -- a man shown a person by what the sentence says of him, and his surname elsewhere in the text ------------

def test_a_man_who_does_something_to_himself_is_a_person(name_index):
    text = "When the rains ended Harwell devoted himself to the new railway."
    assert tagged(text, name_index, "persName") == ["Harwell"]


def test_a_country_that_finds_herself_somewhere_is_no_person(name_index):
    text = "By the autumn England found herself alone, and Persia found itself divided."
    assert not tagged(text, name_index, "persName")


def test_a_life_that_is_someones_own_makes_him_a_person(name_index):
    text = "The line was finished during Harwell's lifetime, and the valley was quiet."
    assert tagged(text, name_index, "persName") == ["Harwell"]


def test_the_surname_elsewhere_in_the_text_is_the_same_man_before_and_after(name_index):
    text = ("Harwell's column reached the river at dawn. After a halt Harwell pushed on to the ford. "
            "This was the last crossing made in Harwell's lifetime.")
    assert tagged(text, name_index, "persName") == ["Harwell", "Harwell", "Harwell"]


def test_the_surname_before_another_capitalised_word_is_left_alone(name_index):
    text = "The column took Harwell Bridge at dawn. It was the last crossing made in Harwell's lifetime."
    assert tagged(text, name_index, "persName") == ["Harwell"]


def test_a_town_the_gazetteer_knows_is_never_taken_for_a_man(name_index):
    text = "The fighting went on for months, and the city of Kars was the last won during Tiflis's lifetime."
    assert "Tiflis" not in tagged(text, name_index, "persName")


# -- an initial and two names, at the end of a signature, a byline or a list ---------------------------------

def test_a_signature_of_an_initial_and_two_names_is_one_person(name_index):
    text = "We commend this little book to every reader.\nR. Walden Pennock."
    assert tagged(text, name_index, "persName") == ["R. Walden Pennock"]


def test_names_with_an_initial_in_a_list_are_each_whole(name_index):
    text = "The committee was J. Orwin Maddox, T. Wendell Pryce, and two others."
    assert tagged(text, name_index, "persName") == ["J. Orwin Maddox", "T. Wendell Pryce"]


def test_an_abbreviation_or_an_ordinary_word_after_the_name_is_left_out(name_index):
    text = "The cable came through the N.Z. Cable Assn, late.\nG. Chicherin Proposing the Annexation"
    assert "N.Z. Cable Assn" not in tagged(text, name_index, "persName")
    assert "G. Chicherin" in tagged(text, name_index, "persName")


def test_a_town_the_gazetteer_knows_after_the_initial_and_name_stays_apart(name_index):
    text = "The report was signed at the post by A. Brown Tiflis."
    assert "A. Brown Tiflis" not in tagged(text, name_index, "persName")


# -- a bare day under the month the narrative last named, its year taken from the text ------------------------

def test_a_bare_day_after_a_day_and_month_whose_year_the_text_gave_takes_that_month(name_index):
    text = "The spring of 1921 was wet. On 9 April the bridge was opened, and the road on the 23rd."
    found = {w: a for w, a, _ in date_proposals(text)}
    assert found["23rd"]["when"] == "1921-04-23"


def test_the_bare_day_is_marked_for_review_with_the_stated_month_named(name_index):
    text = "The spring of 1921 was wet. On 9 April the bridge was opened, the road on the 23rd and the quay on the 27th."
    reviews = {w: r for w, _, r in date_proposals(text)}
    assert "9 April" in reviews["27th"]


def test_a_month_without_its_day_gives_no_month_to_a_bare_day(name_index):
    text = "In 1921 the works began. In April the bridge was opened, and the road on the 23rd."
    found = {w: a for w, a, _ in date_proposals(text)}
    assert not found.get("23rd")


# -- a biographical dictionary's heading, surname first -----------------------------------------------------

def test_an_inverted_heading_with_a_title_is_one_person(name_index):
    text = "HARWOOD, Sir JAMES EDWIN, second baronet (1840–1901), soldier, was born at Leeds."
    assert tagged(text, name_index, "persName") == ["HARWOOD, Sir JAMES EDWIN"]


def test_a_place_and_a_titled_man_in_running_text_stay_two(name_index):
    text = "London, Sir Edward Grey said, was calm that week."
    assert "London" in tagged(text, name_index, "placeName")
    assert tagged(text, name_index, "persName") == ["Edward Grey"]
