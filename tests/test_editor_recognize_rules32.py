"""A rule added in session 19 after unseen-test28 was measured: a weekday says which year a year-less day
is in. A bulletin of 1922 that mentions "1915-1919" dated its "Tuesday, March 21" 1919, a Friday. Any genre
that names days so (bulletins, newspapers, diaries, letters) gains; the development pool had no date the
rule changes. The sentences are written for these tests, none taken from the unseen texts.
"""
from conftest import date_proposals


def test_a_weekday_moves_a_year_less_day_to_the_nearest_year_it_fits():
    found, = [d for d in date_proposals("The war ended in 1921. The meeting was on Tuesday, March 21, at noon.")
              if d[0].startswith("Tuesday")]
    assert found[1]["when"] == "1922-03-21" and found[1]["cert"] == "medium"
    assert found[2].startswith("year 1922 from the weekday: March 21 was a Tuesday in 1922, not in 1921")


def test_a_weekday_two_years_fit_as_well_gives_no_value_and_says_why():
    found, = [d for d in date_proposals("In 1919 the meeting was on Tuesday, March 21, at noon.")
              if d[0].startswith("Tuesday")]
    assert found[1] == {}
    assert "March 21 was a Tuesday in 1916 and in 1922, not in 1919" in found[2]


def test_a_weekday_that_fits_the_context_keeps_its_year_and_a_day_without_one_is_untouched():
    fits = {w: a for w, a, _ in date_proposals("In 1919 the meeting was on Friday, March 21, at noon.")}
    assert fits["Friday, March 21"]["when"] == "1919-03-21"
    bare = {w: a for w, a, _ in date_proposals("In 1919 the meeting was on March 21, at noon.")}
    assert bare["March 21"]["when"] == "1919-03-21"


def test_a_bare_day_before_the_day_its_month_came_from_gets_no_value():
    """Round 24 read a bare day as one of the month last stated, that month's year given by the text: a
    letter headed "June 28" that hopes "to be off about the 10th" (July) was dated 10 June, and the
    chronology listed it as an event. A later day keeps the month; an earlier one gets no value."""
    from triglot.editor.tagger import YearContext
    found = {w: (a, r) for w, a, r in date_proposals(
        "June 28 Baghdad Dearest Father. I hope to be off about the 10th.", YearContext([1918], 1918))}
    assert found["10th"][0] == {} and "names an earlier day, of that month or of the next" in found["10th"][1]
    later = {w: a for w, a, _ in date_proposals("In 1917 the army moved. On 11 March it halted; on the 14th it went on.")}
    assert later["14th"]["when"] == "1917-03-14"
