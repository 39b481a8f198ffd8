"""Rules added in session 21 (round 29): faults that recur across the development pool's genres, each judged
by a leave-one-set-out check (recorded in tests/data/unseen-test31/README.md). One behaviour each, with a
near miss the rule must leave alone.

The sentences are written for these tests; none is taken from the unseen texts (development pool or test
set), so the tests say what the rules do, not what one passage needed.
"""
from conftest import proposal_tree, tagged


# -- a senate is a body by its own word (data/names/en.json: org_alone; recognize.py: DOCUMENT_AFTER) --------------

def test_the_senate_alone_is_a_body(name_index):
    text = "The bill went back to the Senate, where it died in March."
    assert tagged(text, name_index, "orgName") == ["Senate"]
    assert tagged("The SENATE adjourned at noon.", name_index, "orgName") == ["SENATE"]
    # near misses: a senator is a person's office, and a senate's document is a designation, no body
    assert tagged("A Senator from Ohio spoke against it.", name_index, "orgName") == []
    for text in ("The figures are printed in Senate Document No. 12 of that session.",
                 "It was reprinted as SENATE /Document No. 4 in the same year."):
        assert tagged(text, name_index, "orgName") == [], text


def test_the_senate_of_a_state_is_one_body_with_the_state_nested(name_index):
    text = "The memorial was laid before the Senate of the French Republic in 1921."
    tree = proposal_tree(text, name_index)
    assert ("Senate of the French Republic", "orgName",
            [("French Republic", "placeName", [])]) in tree


def test_a_chambers_committee_keeps_the_chambers_word(name_index):
    text = "He had been questioned by the Senate Committee on Naval Affairs the week before."
    assert tagged(text, name_index, "orgName") == ["Senate Committee on Naval Affairs"]
    text = "The resolution was sent to the House Committee on Ways and Means without debate."
    assert tagged(text, name_index, "orgName") == ["House Committee on Ways and Means"]
    # near miss: a committee with no chamber's word before it is named as before
    text = "The report of the Committee on Public Lands was read."
    assert tagged(text, name_index, "orgName") == ["Committee on Public Lands"]


# -- a word shaped like a surname after "of" is a person's (recognize.py, _plain; data/names/en.json) -------------

def test_a_surname_shaped_word_after_of_is_a_person_not_a_place(name_index):
    text = "Nothing was heard of Sukhodolin for a month, and the flight of Razumoveff surprised no one."
    assert tagged(text, name_index, "persName") == ["Sukhodolin", "Razumoveff"]
    assert tagged(text, name_index, "placeName") == []
    # near misses: after "in", "from" or "at" such a word is where something is, and "of the" takes an article no
    # person's name takes
    text = "The column halted in Sukhodolin and marched at dawn to the walls of the Tarnovin."
    assert tagged(text, name_index, "placeName") == ["Sukhodolin", "Tarnovin"]
    assert tagged(text, name_index, "persName") == []
    # a town GeoNames knows stays a place after "of"
    assert tagged("He was the governor of Kishinev for a year.", name_index, "placeName") == ["Kishinev"]
