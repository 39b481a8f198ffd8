"""Round 50's "an ordinary abstract noun after a title is no person" ("General Expenditure" heading an account's
line, "Correspondence" in a finding aid) also took surnames that are common words with such an ending: "Senator
Spence of Ohio" lost its person (Brent Spence sat for Kentucky in the House from 1931). A surname of the name lists
(recognize._surnames) stays a person after a title; the account's words, in no list of surnames, are still no
persons. Sentences written for this test (review34)."""

from conftest import proposals, tagged


def test_a_surname_that_is_also_a_word_with_an_abstract_ending_is_a_person_after_a_title(name_index):
    assert tagged("Senator Spence of Ohio spoke against the mandate.", name_index, "persName") == ["Spence"]
    assert tagged("The report was read by Colonel Spence at Erzurum.", name_index, "persName") == ["Spence"]


def test_an_account_word_after_a_title_is_still_no_person(name_index):
    assert tagged("General Expenditure fell by a tenth in the year.", name_index, "persName") == []
    assert [t for t, g, _, _ in proposals("General Maintenance of the roads cost more.", name_index)
            if g == "persName"] == []
