"""Rules added in session 25 (round 38) for faults that recur across the development pool's genres, each
kept only if, judged leave-one-set-out, it improved a set other than the one whose faults suggested it and
cost no set a matched mention (tests/data/unseen-test40's README, "Session 25, round 38"): one behaviour
each, and beside it a near miss the rule must leave alone.

The sentences are written for these tests; none is taken from the unseen texts (development pool or test
set), so the tests say what the rules do, not what one passage needed.
"""
from conftest import proposal_tree, tagged


# -- "Library" closes a body's name, as "Archives" and "Museum" do (data/names/en.json, org_heads) -------------------

def test_library_after_a_bodys_own_words_is_a_body(name_index):
    text = "The letters are kept in the Bodmer Library, and the Library of Parliament lent the maps."
    assert tagged(text, name_index, "orgName") == ["Bodmer Library", "Library of Parliament"]


def test_library_in_lower_case_or_alone_is_no_body(name_index):
    # near misses: the common noun, and "the Library" with no name of its own
    text = "The town library was closed. The Library also lends microfilm."
    assert tagged(text, name_index, "orgName") == []


# -- the person a new body is named after, nested in it (body_named_after_person.py) -------------------------------

def test_person_named_in_full_before_a_bodys_head_is_nested(name_index):
    text = "She read the diaries at the Walter J. Penrose Library in the town."
    assert proposal_tree(text, name_index) == [
        ("Walter J. Penrose Library", "orgName", [("Walter J. Penrose", "persName", [])])]


def test_body_named_without_a_middle_initial_keeps_its_words_whole(name_index):
    # near miss: a founder's bare name or a name without an initial is no evidence of a person named in full
    text = "She read the diaries at the Penrose Library and at the Walter Penrose Library."
    trees = proposal_tree(text, name_index)
    assert [t for t in trees if t[1] == "orgName"] == [
        ("Penrose Library", "orgName", []), ("Walter Penrose Library", "orgName", [])]


# -- a surname in capitals labelling a line: a speaker's or a judge's (speaker_labels.py) ---------------------------

def test_speakers_label_in_capitals_is_a_person(name_index):
    text = "PELLINGHAM: Were you in Basra that winter?\nHALLORAN: Yes, I was. It was cold. PELLINGHAM: And then?"
    assert tagged(text, name_index, "persName") == ["PELLINGHAM", "HALLORAN", "PELLINGHAM"]


def test_a_judges_name_in_capitals_before_his_title_is_a_person(name_index):
    text = "The appeal was argued in March.\nTREMAYNE, Circuit Judge.\nThe facts are these."
    assert tagged(text, name_index, "persName") == ["TREMAYNE"]
    assert tagged("PELLOW, J.\nThe plaintiff sued.", name_index, "persName") == ["PELLOW"]


def test_a_label_that_is_no_name_or_not_followed_by_speech_is_left(name_index):
    # near misses: an imprint's town, a treaty's list of states, ordinary words and titles as labels, and a
    # name in capitals with an initial after it ("HALLORAN J. PELLOW" is one man, not a judge)
    text = ("NOTE: this was printed later.\nSOLICITORS: for the plaintiffs, a firm.\nCANADA: the Honourable one.\n"
            "PRESIDENT: the chair spoke.\nLONDON: Harwell & Stokes, 1921.")
    assert tagged(text, name_index, "persName") == []
    assert tagged("HALLORAN J. PELLOW wrote it.", name_index, "persName") == ["HALLORAN J. PELLOW"]


# -- "Agency" and "Center" (or "Centre") close a body's name (data/names/en.json, org_heads) -----------------------

def test_agency_and_center_after_a_bodys_own_words_are_bodies(name_index):
    text = "The Halvorsen Research Center sent the photographs to the Baltic Literary Agency in the spring."
    assert tagged(text, name_index, "orgName") == ["Halvorsen Research Center", "Baltic Literary Agency"]


def test_agency_and_center_in_lower_case_are_no_bodies(name_index):
    # near misses: the common nouns, after a place and alone
    text = "The town center was rebuilt and the travel agency in Halden moved. Center of gravity."
    assert tagged(text, name_index, "orgName") == []


# -- a plural noun and a past participle in capitals are a heading, no name (noun_and_participle.py) ---------------

def test_plural_noun_and_participle_are_no_name(name_index):
    text = "Letters Forwarded\nOn the next page, Claims Settled by the board are listed."
    assert tagged(text, name_index, "persName") == []


def test_a_name_beside_a_participle_shape_is_kept(name_index):
    # near misses: a given name and a surname, a surname ending in "-ed" that is no verb's form
    text = "Charles Ashford wrote to Mehmed Ahmed about the claims."
    assert tagged(text, name_index, "persName") == ["Charles Ashford", "Mehmed Ahmed"]


# -- two plural nouns joined by "and" open one body's name (paired_plurals.py) --------------------------------------

def test_two_plural_nouns_joined_by_and_open_a_bodys_name(name_index):
    text = "In March the Weavers and Dyers Society met the Maps and Charts Division."
    assert tagged(text, name_index, "orgName") == ["Weavers and Dyers Society", "Maps and Charts Division"]


def test_a_name_before_and_stays_out_of_the_body(name_index):
    # near misses: a place and a surname before "and", a singular noun
    text = "Norway and Dyers Society, Halvorsen and Dyers Society, and the Map and Charts Division."
    assert tagged(text, name_index, "orgName") == ["Dyers Society", "Dyers Society", "Charts Division"]
