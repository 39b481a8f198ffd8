"""Rules added in session 30 (round 46) for the causes unseen-test45 (the minutes of a committee's sittings in
reported speech, and a minutes volume's contents) brought into the development pool, each kept only if, judged
leave-one-set-out, it is a general cue stated without the set's words and cost no set a matched mention
(tests/data/unseen-test45/README.md, "Session 30, round 46"): one behaviour each, and beside it a near miss the
rule must leave alone.

The sentences are written for these tests; none is taken from the unseen texts (development pool or test set).
"""

from conftest import date_proposals, proposals, tagged, without_hang


# -- an hour after a day, as an OCR spaces it (dates.TIME) -------------------------------------------------------------

def test_a_day_before_an_hour_with_the_ocrs_double_spaces_is_a_date():
    # a minutes volume's contents, one sitting a line: the day, its hour, a call number, a page; a number
    # after the day that is no hour still keeps the day from being read
    text = "Sittings of the Committee, 1921\nJune  3,  10  a.  m.  (C-12) .  14\nJune  4,  10  ayes  (C-13) .  20"
    assert [(w, a.get("when")) for w, a, _ in date_proposals(text)][1:] == [("June  3", "1921-06-03")]
