"""Rules added in session 24 (round 37) for faults that recur across the development pool's genres, each
kept only if it improved a set other than the one whose faults suggested it (tests/data/unseen-test39's
README, "Session 24, round 37"): one behaviour each, and beside it a near miss the rule must leave alone.

The sentences are written for these tests; none is taken from the unseen texts (development pool or test
set), so the tests say what the rules do, not what one passage needed.
"""
from conftest import tagged


# -- "Archives" closes a body's name, as "Museum" and "Bureau" do (data/names/en.json, org_heads) -------------------

def test_archives_after_a_bodys_own_words_is_a_body(name_index):
    text = "The ledgers went to the Provincial Archives at Halden, where the Maritime Archives keep the charts."
    assert tagged(text, name_index, "orgName") == ["Provincial Archives", "Maritime Archives"]


def test_archives_in_lower_case_or_alone_is_no_body(name_index):
    # near misses: the common noun, and "Archives" opening a heading with nothing before it
    text = "The family archives were burnt. Archives of the mill survive in part."
    assert tagged(text, name_index, "orgName") == []


# -- the United States by its initials is a place (state_initials.py) --------------------------------------------

def test_the_united_states_by_its_initials_is_a_place(name_index):
    text = ("Two U.S. consuls reached the port, and the press of the U. S. praised them.\n\n"
            "FAMINE RELIEF FROM U.S.")
    assert tagged(text, name_index, "placeName") == ["U.S.", "the U. S.", "U.S."]


def test_longer_initials_a_hyphen_or_a_law_reports_volume_are_left(name_index):
    # near misses: another state's initials, the initials inside a hyphenated adjective, a law report's citation
    text = "The U.S.S.R. answered, U.S.-Polish talks began, and the court cited 271 U.S. 304 on the point."
    assert "U.S." not in tagged(text, name_index, "placeName")


# -- partners' names joined by "&" with no company's word are one firm (partner_firms.py) -------------------------

def test_partners_joined_by_an_ampersand_are_one_firm(name_index):
    text = ("Portrait by Kowalczyk & Brandt, studio prints. The Kowalczyk & Brandt Collection holds more; "
            "H. W. & S. Vantress acted for the buyer.")
    assert tagged(text, name_index, "orgName") == ["Kowalczyk & Brandt", "Kowalczyk & Brandt", "H. W. & S. Vantress"]


def test_states_or_ordinary_words_joined_by_an_ampersand_are_no_firm(name_index):
    # near misses: states, and ordinary words, joined by "&"
    text = "The pact of Britain & France was printed under Questions & Answers."
    assert tagged(text, name_index, "orgName") == []


# -- a surname that is an ordinary word after an initial and a name (surname_after_initial.py) --------------------

def test_a_surname_that_is_an_ordinary_word_closes_an_initial_and_a_name(name_index):
    text = "The photograph shows R. Ashby Moody (left), an attorney, and his index reads: L. Milton Bowman 212"
    assert tagged(text, name_index, "persName") == ["R. Ashby Moody", "L. Milton Bowman"]


def test_a_place_head_word_after_an_initial_and_a_name_is_no_surname(name_index):
    # near miss: "Hall" is a surname in faker's lists but a place's head word
    text = "The photograph shows R. Ashby Hall (left), the notary's house."
    assert "R. Ashby Hall" not in tagged(text, name_index, "persName")


# -- a given name before a town's word is a person named in full (forename_before_town.py) ------------------------

def test_a_given_name_before_a_towns_word_is_a_person(name_index):
    text = "Counsel: Oskar B. Lindqvist and Margaret Harlow for respondent."
    assert tagged(text, name_index, "persName") == ["Oskar B. Lindqvist", "Margaret Harlow"]


def test_a_place_whose_name_opens_with_a_given_name_stays_a_place(name_index):
    # near misses: places GeoNames knows by the pair itself
    text = "The mission went on to Victoria Falls and later to Elizabeth City."
    assert tagged(text, name_index, "persName") == []
    assert tagged(text, name_index, "placeName") == ["Victoria Falls", "Elizabeth City"]
