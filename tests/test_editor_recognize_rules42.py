"""Rules added in session 23 (round 35) for faults that recur across the development pool's genres, each
kept only if it improved a set other than the one whose faults suggested it (tests/data/unseen-test37's
README, "Session 23, round 35"): one behaviour each, and beside it a near miss the rule must leave alone.

The sentences are written for these tests; none is taken from the unseen texts (development pool or test
set), so the tests say what the rules do, not what one passage needed.
"""
from conftest import date_proposals, tagged


# -- a month joined to its year by "of" is one date (month_of_year.py) -------------------------------------------

def test_a_month_of_a_year_is_one_date_with_its_article(name_index):
    text = "The mill was sold in October of 1916, and the bank closed in the April of 1918."
    found = [(words, attrs) for words, attrs, _ in date_proposals(text)]
    assert found == [("October of 1916", {"when": "1916-10"}), ("the April of 1918", {"when": "1918-04"})]


def test_a_season_or_a_part_of_a_year_after_of_is_read_as_before(name_index):
    # near misses: "of" after a season or a part of a year belongs to those rules; a day "of" a month keeps
    # the day
    text = ("In the winter of 1916 the stocks ran low; at the end of 1917 the firm moved; "
            "on the 5th of June, 1918, it shut.")
    words = [w for w, _, _ in date_proposals(text)]
    assert words == ["the winter of 1916", "the end of 1917", "5th of June, 1918"]


# -- a given name's abbreviation opens the name after it (abbreviated_forenames.py) -------------------------------

def test_an_abbreviated_forename_before_an_initial_is_in_the_name(name_index):
    text = "The account was opened by Dr. Wm. T. Pellow and audited by Geo. R. Vantress in the spring."
    assert tagged(text, name_index, "persName") == ["Wm. T. Pellow", "Geo. R. Vantress"]
    assert tagged(text, name_index, "placeName") == []


def test_a_titles_abbreviation_stays_outside_the_name(name_index):
    # near misses: "Gen.", "Sen." shorten offices, not given names; without an initial after it the
    # abbreviation is not read (the print's shape is the evidence)
    text = "The order was signed by Gen. R. Pellow and Sen. T. Vantress, and blessed by Fr. D. Ardley."
    assert tagged(text, name_index, "persName") == ["R. Pellow", "T. Vantress", "D. Ardley"]


# -- a surname in capitals after a form of address in capitals (recognize_house.py) ------------------------------

def test_a_surname_in_capitals_after_a_title_in_capitals_is_a_person(name_index):
    text = "REPORT ON THE RELIEF FUND\n\nSUBMITTED BY MR. FIELDING\n\nThe fund was opened in Boston."
    assert tagged(text, name_index, "persName") == ["FIELDING"]


def test_a_title_in_capitals_before_an_office_or_a_body_gives_no_person(name_index):
    # near misses: an office after the title is no one's name; a rank's word is no form of address
    text = "MR. CHAIRMAN, the motion stands.\n\nTHE GENERAL COUNCIL, in session."
    assert tagged(text, name_index, "persName") == []


# -- a people's Soviet government is a named body (soviet_governments.py) ----------------------------------------

def test_a_peoples_soviet_government_is_a_body(name_index):
    text = "The treaty was never ratified by the Ukrainian Soviet Government, which fell soon after."
    assert tagged(text, name_index, "orgName") == ["Ukrainian Soviet Government"]


def test_the_soviet_government_alone_or_a_peoples_government_stays_untagged(name_index):
    # near misses: a state's adjective alone before "Government" names no body
    text = "The Soviet Government answered the note, and the Persian Government kept silent."
    assert tagged(text, name_index, "orgName") == []
