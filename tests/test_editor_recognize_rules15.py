"""Rules added in session 14 (round 9) from faults of kinds seen on session 14's test set, now in the
development pool (tests/data/unseen-test10: the House of Commons' questions and answers, as the
official report prints them): one behaviour each, and beside it a near miss the rule must leave alone.

The sentences are written for these tests in the genre's shape; none is taken from the unseen texts
(development pool or test set), so the tests say what the rules do, not what one passage needed.
"""
from triglot.editor.dates import find_dates
from triglot.editor.names import NameIndex
from triglot.editor.recognize import Recogniser
from triglot.editor.recognize_house import surname_in_capitals
from triglot.editor.tagger import YearContext, propose


def names(text, recogniser=None):
    return [(m.text, m.kind) for m in (recogniser or Recogniser()).find(text)]


# -- speakers and members ---------------------------------------------------------------------

def test_a_surname_in_capitals_after_a_title_is_a_person_the_title_outside():
    assert names("12. Captain WEDGWOOD BENN") == [("WEDGWOOD BENN", "person")]
    assert names("Lieut.-Colonel MALONE") == [("MALONE", "person")]
    assert names("Rear - Admiral SUETER") == [("SUETER", "person")]
    # initials are inside, a spaced hyphen joins a double-barrelled name, "O'" is the name's
    assert names("Mr. J. H. THOMAS") == [("J. H. THOMAS", "person")]
    assert names("Major GLYN - JONES asked the Secretary.") == [("GLYN - JONES", "person")]
    assert names("Sir W. O'MALLEY (by Private Notice)")[0] == ("W. O'MALLEY", "person")


def test_an_acronym_in_capitals_after_a_title_is_no_surname():
    assert surname_in_capitals("MACDONALD") and surname_in_capitals("HARMSWORTH")
    assert not any(surname_in_capitals(w) for w in ("HC", "USSR", "RSFSR", "NKVD", "BBC"))
    assert ("USSR", "person") not in names("The Lord President of the USSR delegation spoke.")


def test_a_name_in_capitals_alone_on_a_speakers_line_is_a_person():
    assert names("RAMSAY MACDONALD") == [("RAMSAY MACDONALD", "person")]
    assert names("17. GEOFFREY MANDER (Wolverhampton East)")[0] == ("GEOFFREY MANDER", "person")
    # a heading in capitals alone on its line is no speaker: ordinary words, or a place GeoNames knows
    assert names("THE STRAITS QUESTION") == []
    assert ("PERSIA", "person") not in names("PERSIA") and ("KURDISTAN", "person") not in names("KURDISTAN")
    assert names("8. MACQUISTEN (Argyll)")[0] == ("MACQUISTEN", "person")


def test_a_titled_name_in_brackets_is_the_office_holder_or_member():
    found = names("The Parliamentary Secretary to the Board of Trade (Mr. Walter Guinness)")
    assert ("Walter Guinness", "person") in found
    assert ("Hugh Dalton", "person") in names("the hon. Member for Bishop Auckland (Dr. Hugh Dalton) asked")
    # brackets without a title say nothing new
    assert ("Walter Guinness", "person") not in names("The Secretary (Treasury Minute) was read.")


def test_a_report_heading_is_a_dated_line_not_a_person():
    assert names("HL Deb 12 March 1931 vol 80 cc101-4") == []
    assert [d.text for d in find_dates("HL Deb 12 March 1931 vol 80 cc101-4")] == ["12 March 1931"]
    # the same words without a date and a volume are read as before
    assert names("Walter Deb spoke at length.") != []


# -- places ---------------------------------------------------------------------------------

def test_a_joined_compass_word_before_a_name_makes_one_region():
    assert names("The troops in South-East Anatolia were withdrawn.") == [("South-East Anatolia", "place")]
    # a double-barrelled surname is no region
    assert ("Lloyd-George Anatolia", "place") not in names("Mr. Lloyd-George spoke of Anatolia.")


# -- dates ----------------------------------------------------------------------------------

def dated(text, date=(1925, 11, 20, "20 November 1925")):
    """Dates proposed in `text` in a document whose own heading gives `date`."""
    return [(text[p.start:p.end], p.attrs.get("when"), p.review)
            for p in propose(text, NameIndex({}), YearContext([1931], None, date)) if p.tag == "date"]


def test_last_and_of_last_year_stay_inside_the_date_and_set_its_year():
    found = dated("As I told him on the 4th March last, and on the 30th December last, nothing came.")
    assert [(w, v) for w, v, _ in found] == [("4th March last", "1925-03-04"), ("30th December last", "1924-12-30")]
    assert all("last" in why for _, _, why in found)      # inferred: marked for review, with the reason
    found = dated("The reply given on the 2nd May of last year still holds.")
    assert [(w, v) for w, v, _ in found] == [("2nd May of last year", "1924-05-02")]
    # "last" that is no part of a date stays out
    assert [w for w, _, _ in dated("On 4th March, last of all, he spoke.")] == ["4th March"]


def test_the_texts_own_date_governs_a_day_without_year_over_a_year_in_passing():
    found = dated("On 3rd June the Government received the note under the Treaty of 5th August, 1919.")
    assert ("3rd June", "1925-06-03") in [(w, v) for w, v, _ in found]
    assert "20 November 1925" in found[0][2]
    # without a date of its own, the text's years still set the year as before
    text = "On 3rd June the note came, as in 1919."
    found = [(text[p.start:p.end], p.attrs.get("when"))
             for p in propose(text, NameIndex({}), YearContext([1919], None)) if p.tag == "date"]
    assert found[0] == ("3rd June", "1919-06-03")


# -- constituencies, chambers and the House's stock phrases ----------------------------------------

def test_a_members_constituency_is_a_place():
    found = names("I refer the hon. Member for Ross and Cromarty to the answer given to the hon. Member "
                  "for the Exchange Division of Manchester.")
    assert [n for n in found if n[1] == "place"] == [("Ross", "place"), ("Cromarty", "place"),
                                                     ("Exchange Division", "place"), ("Manchester", "place")]
    assert ("Abertillery", "place") in names("21. Mr. HUGH MORRIS (Abertillery) asked the Secretary.")
    # a note in brackets after a speaker is no place
    assert names("Mr. HUGH MORRIS (by Private Notice)") == [("HUGH MORRIS", "person")]


def test_the_chamber_by_its_common_noun_is_no_place():
    assert names("The statement was made in the House on Monday.") == []
    assert names("Nothing was said in this Chamber of it.") == []
    # nor is "House" before "of" a place (round 28: this line asserted that something was read here, and what
    # was read was the wrong place "House"; the pool's gold tags "House of Commons" whole, a body, or nothing)
    assert ("House", "place") not in names("It was said in the House of Commons.")


def test_ordinary_words_after_by_are_no_person():
    assert ("Private Notice", "person") not in names("Major SLATER (by Private Notice) asked it.")
    assert ("Kenworthy", "person") in names("The question put by Kenworthy was not answered.")


def test_an_offices_word_after_a_title_is_no_person():
    assert ("Commissioner", "person") not in names("the British Deputy Commissioner for the Caucasus arrived.")
    assert ("Khatisov", "person") in names("the letter of Deputy Khatisov came.")


def test_neither_or_either_before_a_bodys_head_alone_is_no_body():
    assert names("Neither Government has yet replied.") == []
    assert names("Either Cabinet may refuse.") == []
    assert ("Musavat Party", "org") in names("Neither Musavat Party leader came.")


def test_a_head_word_alone_after_of_the_is_no_name():
    assert names("The Government of the Union holds no mandate.") == []
    assert names("He wrote to the Council of the Republic.") == []
    assert ("Government of Georgia", "org") in names("The Government of Georgia holds no mandate.")
    assert ("Department of State", "org") in names("He wrote to the Department of State.")


def test_a_peoples_adjective_before_an_embassy_is_not_proposed():
    assert names("The note came through the Persian Legation in London.") == [("London", "place")]
    assert names("The Turkish Embassy had no reply.") == []
    assert ("Soviet Embassy", "org") not in names("The Soviet Embassy had no reply.")
    assert ("Paris Embassy", "org") in names("The Paris Embassy had no reply.") or \
        ("Paris", "place") in names("The Paris Embassy had no reply.")


def test_groups_of_states_are_no_names():
    assert names("The Dominions were consulted.") == []
    assert ("Colonies", "place") not in names("He spoke of the Colonies, Egypt and India.")
    assert ("Egypt", "place") in names("He spoke of the Colonies, Egypt and India.")


def test_after_a_peoples_adjective_of_names_where_the_state_is(edition):
    found = proposals(edition, "He asked after the Armenian Republic of Kars and the United States of America.")
    assert ("the United States of America", "placeName") in found     # (the article: test9's README)
    assert ("Armenian Republic of Kars", "placeName") not in found and ("Kars", "placeName") in found


def proposals(edition, text):
    index = NameIndex(edition.registers)
    found = propose(text, index, YearContext([], None), recogniser=Recogniser(known_surnames=index.surnames()))
    return [(text[p.start:p.end], p.tag) for p in found]
