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
