"""Rules added in session 31 (round 47) for the causes unseen-test46 (official registers and directories: a
protocol list of envoys, a register's lists of officers and biographical statements) brought into the development
pool, each kept only if it is a general cue stated without the set's words and cost no pool set a matched mention
nor added a wrong proposal (tests/data/unseen-test46/README.md, "Session 31: round 47"): one behaviour each, and
beside it a near miss the rule must leave alone.

The sentences are written for these tests; none is taken from the unseen texts (development pool or test set).
"""

from conftest import date_proposals, proposals, tagged


# -- a whole date glued to the word after or before it (dates.unglued) ------------------------------------------------

def test_a_whole_date_glued_to_the_name_after_it_is_read():
    # a stored web table's cells run together: the date's words are the date, the name after it is not
    text = "Envoys received\nMarch 9, 1912Baron Rosen, Minister\nApril 2, 1913E.E. and M.P."
    assert [(w, a.get("when")) for w, a, _ in date_proposals(text)] == [
        ("March 9, 1912", "1912-03-09"), ("April 2, 1913", "1913-04-02")]


def test_a_whole_date_glued_after_a_word_is_read():
    text = "transferred to the Legation at RigOctober 4, 1921; resigned."
    assert [(w, a.get("when")) for w, a, _ in date_proposals(text)] == [("October 4, 1921", "1921-10-04")]


def test_a_year_alone_glued_to_a_letter_stays_no_date():
    # a form's or a catalogue's number ("Form 1912A") is no year; only a month, a day and a year are read glued
    assert date_proposals("Form 1912A was filed with the Mayapril 3 returns.") == []


# -- a register's line of a name, a place and a date (register_lines.py) ----------------------------------------------

def test_a_register_line_of_a_name_a_state_and_a_date_holds_a_person_and_a_place(name_index):
    # every word of the line is capitalised: read as a title-case heading, the name of two words was lost
    found = [(w, g) for w, g, _, _ in proposals("Amos Tuttle, Vermont, June 3, 1861.", name_index) if g != "date"]
    assert found == [("Amos Tuttle", "persName"), ("Vermont", "placeName")]


def test_a_list_of_envoys_by_date_holds_the_name_between_the_date_and_the_rank(name_index):
    # each line a date, the man's name and his rank: a title-case line, and a glued one
    text = "March 9, 1912 Tarik Bessim, Chargé d'Affaires a.i.\nApril 2, 1913Selim Ordu, Appt. E.E. and M.P."
    assert tagged(text, name_index, "persName") == ["Tarik Bessim", "Selim Ordu"]


def test_a_dated_line_opening_with_a_body_is_no_envoy(name_index):
    text = "March 9, 1912 Naval Conference, London"
    assert tagged(text, name_index, "persName") == []


def test_a_dateline_of_a_town_and_its_state_is_no_register_line(name_index):
    # the town GeoNames knows before its State and a date is a place, no officer
    assert tagged("Fort Worth, Texas, May 3, 1901.", name_index, "persName") == []


# -- a biographical statement's inverted name (index_headings.STATEMENT) ----------------------------------------------

def test_a_biographical_statement_opening_with_the_inverted_name_holds_one_person(name_index):
    text = ("Tuttle, Amos Brant.-Born in Troy, N. Y., March 2, 1870; clerk in the Legation at Lima 1899.\n"
            "* Lowell, Tyler.—Retired as Consul at Lyons May 1, 1912.")
    assert tagged(text, name_index, "persName") == ["Tuttle, Amos Brant", "Lowell, Tyler"]


def test_a_gazetteers_entry_of_a_town_and_its_region_before_a_dash_is_no_person(name_index):
    # the same shape opening a gazetteer's entry: a town and its region, no life after the dash
    text = "Smyrna, Asia Minor.—A port on the Gulf of Smyrna, with a large trade in figs."
    assert tagged(text, name_index, "persName") == []


# -- a date after a place in a career's clause (recognize._runs, DAY_AFTER_MONTH) ---------------------------------------

def test_a_place_before_a_career_clauses_date_is_the_place_alone(name_index):
    text = "He was Vice-Consul at Naples March 3, 1912; assigned to Lisbon October 9, 1913."
    assert tagged(text, name_index, "placeName") == ["Naples", "Lisbon"]


def test_a_place_before_a_month_and_its_year_is_the_place_alone(name_index):
    text = "He was clerk at the Consulate at Naples August, 1909, and at Lisbon January 1911."
    assert tagged(text, name_index, "placeName") == ["Naples", "Lisbon"]


def test_a_month_without_a_day_after_a_place_is_left_to_the_other_rules(name_index):
    # "Lisbon October" with no day is no date: the run is not cut (nothing new proposed)
    assert tagged("The Lisbon October Fair closed.", name_index, "placeName") == []


def test_a_word_with_a_date_glued_to_it_is_no_name_and_the_date_stands(name_index):
    # the page's cut word and the month run together: no place "RigOctober", the date proposed whole
    found = [(w, g) for w, g, _, _ in proposals("appointed Vice-Consul at RigOctober 4, 1921; resigned.", name_index)]
    assert found == [("October 4, 1921", "date")]


def test_an_ordinary_word_before_a_month_and_its_year_stays_no_name(name_index):
    # a transcript's notice: "Released" is no name, whatever the date after it
    assert tagged("PERMISSIONS Released March, 1978 [Top of the Page]", name_index, "persName") == []
