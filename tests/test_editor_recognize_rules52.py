"""fix31 (session 30): the faults review30's second read of round 46's rules left (issue #12), each in
sentences written for these tests, one behaviour each."""

from conftest import date_proposals, proposal_tree, tagged


# -- a body named after its chief or its town (missions.named_after) -------------------------------------------------

def test_a_mission_named_after_a_person_the_text_named_nests_the_person(name_index):
    # "Hoover" is a GeoNames town, but the text named Herbert Hoover first: the mission is his, no town's
    text = "Herbert Hoover sailed for Europe. The Hoover Mission fed the children of Vienna."
    mission = [p for p in proposal_tree(text, name_index) if p[0] == "Hoover Mission"]
    assert mission and [(w, g) for w, g, _ in mission[0][2]] == [("Hoover", "persName")]


def test_a_commission_named_after_a_person_the_text_named_nests_no_town(name_index):
    # "the Hunter Commission", after the man who chaired it: a surname the text knows is no town
    text = "General Hunter came to Amritsar. The Hunter Commission sat for a month."
    commission = [p for p in proposal_tree(text, name_index) if p[0] == "Hunter Commission"]
    assert commission and [(w, g) for w, g, _ in commission[0][2]] == [("Hunter", "persName")]


def test_a_mission_named_after_a_common_surname_nests_no_town(name_index):
    # "Wilson" is a surname before it is a town in North Carolina
    text = "The Wilson Mission reached Constantinople."
    mission = [p for p in proposal_tree(text, name_index) if p[0] == "Wilson Mission"]
    assert mission and [(w, g) for w, g, _ in mission[0][2]] == [("Wilson", "persName")]


# -- the head words of a body sent somewhere (missions.HEADS) ---------------------------------------------------------

def test_an_expedition_to_a_place_is_a_campaign_no_body(name_index):
    text = "The Expedition to Gallipoli failed within the year."
    assert tagged(text, name_index, "orgName") == []


def test_missions_in_the_plural_are_no_body(name_index):
    text = "Missions to Turkey are costly and slow."
    assert tagged(text, name_index, "orgName") == []


# -- an adverb of time opening a sentence (recognize._ordinary_opening) ----------------------------------------------

def test_a_surname_after_an_opening_adverb_stays_a_person(name_index):
    # "Litvinov" is a GeoNames town; read alone after "Later" it became one, and the second time too
    text = "Later Litvinov spoke. Litvinov spoke again."
    assert tagged(text, name_index, "persName") == ["Litvinov", "Litvinov"]



def test_a_word_opening_a_sentence_that_is_no_adverb_of_time_makes_no_person_after_it(name_index):
    # the first form of the rule above read "Using Georgian state funds" as the person "Georgian" (three
    # times in test2's georgia-exile) and "Convention VI, January 30th, 1923" as the person "VI" (test16)
    text = "Using Georgian state funds, the government bought a ship. Convention VI, January 30th, 1923, was signed."
    assert tagged(text, name_index, "persName") == []

# -- a weekday that recurs (weekdays.py) -----------------------------------------------------------------------------

def test_a_weekday_named_as_a_day_of_rest_is_no_date():
    text = "Erivan, Wednesday, May 9, 1923.\nThe bazaar is closed on Friday, the Moslem day of rest."
    assert [w for w, _, _ in date_proposals(text)][1:] == []


def test_a_weekday_in_a_present_habit_is_no_date():
    text = "Erivan, Wednesday, May 9, 1923.\nThe schools shut on Saturday in every village."
    assert [w for w, _, _ in date_proposals(text)][1:] == []
