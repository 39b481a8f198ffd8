"""Rules added in session 27 (round 43) for faults that recur across the development pool's genres, each
kept only if, judged leave-one-set-out, it improved a set other than the one whose faults suggested it and
cost no set a matched mention (tests/data/unseen-test42's README, "Session 27, round 43"): one behaviour
each, and beside it a near miss the rule must leave alone.

The sentences are written for these tests; none is taken from the unseen texts (development pool or test
set), so the tests say what the rules do, not what one passage needed.
"""

from conftest import tagged, without_hang


# -- a person's name in capitals, read as its words in title case are (persons_in_capitals.py) --------------------

def test_a_title_pages_names_in_capitals_are_persons(name_index):
    # "Alice" is a town in GeoNames and "moss" an ordinary word: the casing of capitals made a place of the
    # given name; a pair of words in capitals inside a block was left as printed and read as no name
    text = "TRANSLATED BY\nALICE MOSS TRAVERNE\nSOLD BY\nHENRY HALLORAN\nNo. 12, Harbour Row"
    assert tagged(text, name_index, "persName") == ["ALICE MOSS TRAVERNE", "HENRY HALLORAN"]
    assert tagged(text, name_index, "placeName") == []


def test_an_imprints_town_before_its_colon_is_no_surname(name_index):
    text = "With an essay by OSWALD PRENDERBY LONDON: THE QUILL PRESS"
    assert tagged(text, name_index, "persName") == ["OSWALD PRENDERBY"]
    assert tagged(text, name_index, "placeName") == ["LONDON"]


def test_titles_before_a_name_in_capitals_stay_outside_it(name_index):
    text = "[Plate: GENERAL SIR ROLAND T. ASHCOMBE, K.C.B., at his desk]"
    assert tagged(text, name_index, "persName") == ["ROLAND T. ASHCOMBE"]


def test_a_headline_of_ordinary_words_in_capitals_names_no_person(name_index):
    # near misses: ordinary words (a verb's "-s", a participle) and acronyms in capitals are no name's words
    text = "LATE NEWS\nINDEPENDENCE PROCLAIMED\nThe office of the\nUNRRA KPSS\nsays so."
    assert tagged(text, name_index, "persName") == []


def test_a_run_joined_to_a_capitalised_word_is_left_to_the_longer_names_rules(name_index):
    # near miss: a postfixed title in mixed case after the capitals ("Khan") belongs to the name; read alone in
    # title case the run would cut the name before it
    text = "His Excellency Monsieur OMAR TALIB Khan, Minister for Foreign Affairs;"
    assert tagged(text, name_index, "persName") == ["OMAR TALIB Khan"]


def test_names_in_capitals_are_read_in_linear_time():
    from triglot.editor.persons_in_capitals import persons_in_capitals
    from triglot.editor.recognize import TITLE_WORDS, Recogniser
    from triglot.gazetteer import Gazetteer
    gazetteer = Gazetteer.default()

    for unit in ("HELEN MOSS TRAVERNE BY ", "ALFA BRAVO CHARLIE DELTA ECHO ", "H. "):
        without_hang(persons_in_capitals, (unit * (100_000 // len(unit) + 1))[:100_000],
                     lambda phrase: Recogniser(gazetteer).find(phrase), TITLE_WORDS,
                     lambda word: gazetteer.place(word) is not None)


# -- a given name and a surname before a bracketed office are one person (name_before_office.py) ----------------

def test_a_name_before_its_office_in_brackets_is_a_person(name_index):
    # a title-case line: a given name and an unknown surname were no strong evidence there
    text = "Author: | Edith Marsh Warrender (Translator) |\nGordon Tallentyre (Leader of the Crofters' Party)"
    assert tagged(text, name_index, "persName") == ["Edith Marsh Warrender", "Gordon Tallentyre"]


def test_a_bracketed_word_that_is_no_office_makes_no_person(name_index):
    # near miss: the bracket holds a kind of thing, not an office or an agent noun
    text = "Binding: | Edith Marsh Warrender (Cloth) |"
    assert tagged(text, name_index, "persName") == []


def test_names_before_offices_are_read_in_linear_time():
    from triglot.editor.name_before_office import name_before_office
    for unit in ("Edith Warrender (Translator) ", "Edith Marsh Warrender Gordon (", "Edith "):
        text = (unit * (100_000 // len(unit) + 1))[:100_000]
        without_hang(name_before_office, text, [], frozenset({"editor"}))
