"""Rules added in session 16 (round 17) from faults of kinds seen on test18, now in the development pool
(tests/data/unseen-test18: a woman's private letters home, 1917–1919, and a diplomat's memoir of 1918): one
behaviour each, and beside it a near miss the rule must leave alone.

The sentences are written for these tests in the genre's shape; none is taken from the unseen texts
(development pool or test set), so the tests say what the rules do, not what one passage needed.
"""
from conftest import date_proposals, proposals


def names(text, name_index, tag="persName"):
    return [t for t, g, _, _ in proposals(text, name_index) if g == tag]


def every_name(text, name_index):
    return [t for t, g, _, _ in proposals(text, name_index) if g != "date"]


# -- a letter's dates ------------------------------------------------------------------------------------------

def test_a_letters_abbreviated_april_and_an_older_prints_ordinal_are_dates():
    found = [t for t, _, _ in date_proposals("We rode out on Ap 19 and were back by January 3d.")]
    assert found == ["Ap 19", "January 3d"]


def test_ap_alone_and_a_twelfth_in_pence_are_no_dates():
    assert date_proposals("The AP reported it; Ap said so. It cost 12d and more.") == []


def test_a_month_in_an_openings_capitals_before_its_day_is_a_date():
    assert [t for t, _, _ in date_proposals("ON SEPTEMBER 3rd, we sailed for Smyrna.")] == ["SEPTEMBER 3rd"]
    assert date_proposals("MAY WE ASK what the admiral meant?") == []


def test_bare_days_listed_after_a_months_day_are_dates_of_that_month():
    found = date_proposals("Your letters came at last, July 3, 9, 21 and 26 and Aug 2, all together.")
    days = [(t, a.get("when")) for t, a, _ in found]
    assert [t for t, _ in days] == ["July 3", "9", "21", "26", "Aug 2"]


def test_a_number_after_a_months_day_that_runs_on_is_no_listed_day():
    assert [t for t, _, _ in date_proposals("By July 3, 9 men had gone.")] == []


def test_about_the_nth_is_a_day_of_the_letters_own_month():
    assert [t for t, _, _ in date_proposals("I shall start about the 12th if the car comes.")] == ["12th"]
    assert [t for t, _, _ in date_proposals("I go about the 12th I think.")] == ["12th"]
    assert date_proposals("He served with the 12th at the front, and was taken by the 4th Division.") == []


# -- no names in a family letter ---------------------------------------------------------------------------------

def test_a_salutation_a_word_of_kin_and_a_contraction_are_no_names(name_index):
    text = ("Darling Mother. I've had your letter and I'm glad. Tell Father that Heaven has been kind. "
            "I would to Heaven I could come.")
    assert every_name(text, name_index) == []


def test_a_word_of_kin_before_a_name_is_a_priests_title_left_to_the_general_rules(name_index):
    assert any("Ambrosius" in n for n in names("After lunch Father Ambrosius came to tea.", name_index))


def test_a_word_cut_at_its_full_stop_is_no_place_and_abbreviated_society_is_a_body(name_index):
    text = "He is now the Admin. Officer here, and will lecture to the Numism. Soc. in the autumn."
    found = proposals(text, name_index)
    assert [(t, g) for t, g, _, _ in found if g != "date"] == [("Numism. Soc.", "orgName")]


def test_a_town_or_a_name_ending_a_sentence_is_no_abbreviation(name_index):
    assert "Kars" in names("We rode on to Kars. There we rested.", name_index, "placeName")
    assert "Aram" in every_name("The order came from Vartan and Aram. Djavid had not seen it.", name_index)


def test_a_letters_heading_run_into_its_salutation_names_its_place(name_index):
    assert "Mosul" in names("Mosul Aug 3 Darling Mother. The heat is great.", name_index, "placeName")
    assert "Amara" in names("Feb 2 Amara Dearest Father. We came by boat.", name_index, "placeName")


def test_a_weekday_before_i_is_no_part_of_a_name(name_index):
    assert names("On Tuesday I took Colonel Leachman to lunch.", name_index) == ["Leachman"]


# -- persons in a family letter --------------------------------------------------------------------------------

def test_honours_after_a_name_and_alone_are_no_part_of_a_name(name_index):
    text = "I dined with Sir Arthur Hirtzel KCSI and Mary Lucas CBE; they made him a KCMG last year."
    found = names(text, name_index)
    assert "Arthur Hirtzel" in found and "Mary Lucas" in found
    assert not any("KCSI" in n or "CBE" in n or "KCMG" in n for n in every_name(text, name_index))


def test_dame_and_gen_are_titles_outside_the_name(name_index):
    found = names("Dame Louisa Aldrich and Gen Hambro came to lunch.", name_index)
    assert "Louisa Aldrich" in found and "Hambro" in found


def test_pity_before_a_name_is_outside_it(name_index):
    assert "Dorothea" in names("Poor Dorothea has been ill all week.", name_index)


def test_a_posts_initials_before_a_town_tag_the_town(name_index):
    text = "The P.O. Hilla wrote again, and so did the A.P.O. Mosul."
    assert names(text, name_index) == []
    assert {"Hilla", "Mosul"} <= set(names(text, name_index, "placeName"))


def test_a_family_by_its_plural_is_a_person_when_the_text_treats_it_so(name_index):
    text = "I stayed with the Tennants for a week and wrote to the Hendersons asking them to come."
    assert {"Tennants", "Hendersons"} <= set(names(text, name_index))


def test_a_plural_that_is_a_people_a_party_an_office_or_a_place_is_no_family(name_index):
    text = "We stayed with the Armenians at Van and wrote to the Dardanelles asking them nothing."
    assert names(text, name_index) == []
    text = "He worked with the Treasurers of the Fund, and with the Menshevists, asking them for help."
    assert names(text, name_index) == []


def test_von_der_opening_a_name_is_inside_it(name_index):
    found = names("Von der Marwitz arrived. The staff of von der Schulenburg waited.", name_index)
    assert "Von der Marwitz" in found and "von der Schulenburg" in found


# -- persons the sentence says are persons; a place in capitals ----------------------------------------------------

def test_one_stays_with_or_telegraphs_to_persons(name_index):
    text = "You could stay with Arthur and Maud at Simla. I shall wire to Abdullah or Ali and ask for horses."
    assert {"Arthur", "Maud", "Abdullah", "Ali"} <= set(names(text, name_index))


def test_a_town_one_writes_to_is_no_person(name_index):
    text = "I wrote to Bombay for the tents and stayed with the regiment."
    assert names(text, name_index) == []


def test_a_name_before_a_verb_of_saying_in_the_present_or_added_is_a_person(name_index):
    text = "The plan, Djevdet added, was his own. Sabri tells me nothing; Mehmed persuaded him."
    assert {"Djevdet", "Sabri", "Mehmed"} <= set(names(text, name_index))
    assert names("Signed copy (Underlining added by the editor.)", name_index) == []


def test_a_place_in_a_headings_capitals_after_a_preposition(name_index):
    text = 'THE "HAMIDIEH" SAILS out and steams on to TREBIZOND'
    assert "TREBIZOND" in names(text, name_index, "placeName")
    assert names("He read it in the TIMES and the DAILY MAIL.", name_index, "placeName") == []


def test_a_headings_subject_before_its_verb_is_a_person(name_index):
    assert names('DJEVDET ORDERS THE "MASSACRE" AT VAN', name_index) == ["DJEVDET"]
    assert names("Djevdet rides to the lake at dawn.", name_index) == []
    assert names("ERZERUM FALLS TO THE RUSSIANS", name_index) == []
