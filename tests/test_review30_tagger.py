"""review30's second read of round 46's rules (session 30): faults found with sentences written for these
tests (none taken from any unseen set), one behaviour each."""

from conftest import date_proposals, tagged


# -- a day's list of further days (dates._listed_days) and an hour after the day ---------------------------------------

def test_the_hour_after_a_day_is_no_second_day_of_its_month():
    # "October 9, 11:30 a.m.": the "11" of the hour was read as a listed day, October 11 (a telegram's
    # "[Received May 2, 11.30 p.m.]", a minutes volume's contents line with its hour); a list of days
    # ending at a stop ("May 14, 17, 22.") is still three dates
    text = ("The Board sat in 1925.\nOctober 9, 11:30 a.m. (B-14) . 17\n[Received May 2, 11.30 p.m.]\n"
            "The letters of May 14, 17, 22. were lost.")
    assert [(w, a.get("when")) for w, a, _ in date_proposals(text)][1:] == [
        ("October 9", "1925-10-09"), ("May 2", "1925-05-02"),
        ("May 14", "1925-05-14"), ("17", "1925-05-17"), ("22", "1925-05-22")]


# -- a weekday alone (weekdays.py) ---------------------------------------------------------------------------------

def test_a_weekday_after_to_and_an_article_is_in_a_clause_telling_what_was_done():
    # "returned to the city on Sunday": "to the" is a preposition's, no infinitive looking forward, so the
    # day is the last Sunday before the text's date, not the next one
    text = "Erivan, Wednesday, May 9, 1923.\nThe consul returned to the city on Sunday and reported."
    assert [(w, a["when"]) for w, a, _ in date_proposals(text)][1:] == [("Sunday", "1923-05-06")]


# -- a kind of vessel before a ship's name (ship_prefixes.KIND) ---------------------------------------------------

def test_a_commissar_of_transport_named_after_his_office_is_a_person(name_index):
    # "Transport" capitalised after "of" is the office's field ("Commissar of Transport"), no ship's kind: the
    # man after it was taken for a ship and his name hidden for the rest of the text
    text = "The Commissar of Transport Emshanov came to Baku. Emshanov spoke at the station."
    assert tagged(text, name_index, "persName") == ["Emshanov", "Emshanov"]
