"""review33 (mends round49's church bodies, 10eedaab): two of its rules reached past the shape they were made for.
- "every Sunday School": a weekday and a head word alone were made no body for any head, and "the Monday Club",
  a club's name, was lost; the day names a kind of school only.
- a body run on over a lower-case members' head word after it ("the State Sunday School association") took
  "alliance", "league" and "federation" too, which after a body are as often the common noun: "the Imperial
  Ottoman Bank alliance with the Debt Council" became one body.

The sentences are written for these tests; none is taken from the unseen texts."""
from conftest import tagged


def test_a_club_named_by_a_weekday_is_a_body(name_index):
    assert tagged("The Monday Club met in London.", name_index, "orgName") == ["Monday Club"]


def test_a_weekday_school_alone_is_still_no_body(name_index):
    assert tagged("Every Sunday School in the state took a collection.", name_index, "orgName") == []


def test_a_common_noun_after_a_body_is_not_run_on(name_index):
    assert tagged("The Imperial Ottoman Bank alliance with the Debt Council was renewed.", name_index, "orgName") == [
        "Imperial Ottoman Bank", "Debt Council"]


def test_a_lower_case_association_after_a_school_is_still_run_on(name_index):
    assert tagged("The State Sunday School association met at Indianapolis.", name_index, "orgName") == [
        "State Sunday School association"]
