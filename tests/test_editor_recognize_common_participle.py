"""A body's name opened by an -ized word made from a common verb keeps it (round 49's leftover, review34).

recognize._adjective reads "-ized"/"-ised" as a movement's word ("Sovietized", "Sovietization"), and
_institution strips such words before a body's name as it strips "Marxist" ("Marxist RSDLP"): "the Organized
Sunday School Movement" (unseen-test48) was cut to "Sunday School Movement". A word whose verb is a common one
("organize", "reorganize", "civilize") and whose root is no people's or state's word now stays in the name; a
people's or state's ("Sovietized", "Westernized", "Americanized") or one with no common verb ("Bolshevized") is
still stripped. The sentences are written for this test, none taken from the unseen texts.
"""

from conftest import tagged


def test_a_body_opened_by_a_common_participle_keeps_it(name_index):
    assert tagged("Delegates of the Organized Farm Labour League met at Topeka.", name_index, "orgName") == [
        "Organized Farm Labour League"]
    assert tagged("Elders of the Reorganized Church of the Brethren wrote to the mission.", name_index,
                  "orgName") == ["Reorganized Church of the Brethren"]


def test_a_body_opened_by_a_peoples_or_states_participle_is_still_cut(name_index):
    # "Sovietized", "Westernized": a state's or people's word turned verb describes the body, names no part of it
    assert tagged("Later the Sovietized Trade Union Council met in the capital.", name_index, "orgName") == [
        "Trade Union Council"]
    assert tagged("By then the Westernized Teachers Association met in the capital.", name_index, "orgName") == [
        "Teachers Association"]
