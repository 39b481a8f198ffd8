"""Rules added in session 17 (round 20) from faults of kinds seen on test21, now in the development pool
(tests/data/unseen-test21: a scholarly monograph of diplomatic history, 1923): one behaviour each, and
beside it a near miss the rule must leave alone.

The sentences are written for these tests in the genre's shape; none is taken from the unseen texts
(development pool or test set), so the tests say what the rules do, not what one passage needed.
"""
from conftest import date_proposals, proposal_tree as tree, tagged


# -- things named after places, places named after persons -----------------------------------------------------

def test_a_railway_named_after_its_place_tags_the_place_only(name_index):
    text = "Rolling stock for the Smyrna Railway was landed in the spring."
    assert tagged(text, name_index, "placeName") == ["Smyrna"]
    assert tagged("The Smyrna Railway was of great concern to the Powers.", name_index, "placeName") == ["Smyrna"]


def test_a_railway_company_stays_a_body(name_index):
    text = "The shares of the Smyrna Railway Company were sold."
    assert tagged(text, name_index, "placeName") == []
    assert tagged(text, name_index, "orgName") == ["Smyrna Railway Company"]


def test_a_name_shaped_like_a_pashas_is_a_place_in_a_places_context(name_index):
    text = "Stores were massed at Kadi Pasha, and the line from Kadi Pasha to Konia was cut."
    assert tagged(text, name_index, "placeName") == ["Kadi Pasha", "Kadi Pasha", "Konia"]
    assert tagged(text, name_index, "persName") == []
    assert tagged("A fire destroyed the quay of Kadi Pasha.", name_index, "placeName") == ["Kadi Pasha"]


def test_a_pasha_in_a_persons_context_stays_a_person(name_index):
    text = "A letter from Djemal Pasha to Talaat was read in the house of Enver Pasha."
    assert "Djemal Pasha" in tagged(text, name_index, "persName")
    assert "Enver Pasha" in tagged(text, name_index, "persName")


def test_a_titled_place_named_so_in_one_paragraph_is_a_place_in_the_one_before(tmp_path):
    from triglot.editor.recognize import Recogniser
    recogniser = Recogniser()
    recogniser.read_lands("Stores were massed at Kadi Pasha.\nThe port and terminal of Kadi Pasha burned.")
    found = recogniser.find("Stores were massed at Kadi Pasha.")
    assert [(m.text, m.kind) for m in found] == [("Kadi Pasha", "place")]


# -- particles ---------------------------------------------------------------------------------------------------

def test_a_bare_von_before_a_surname_is_inside_the_name(name_index):
    text = "The army was entrusted to von Kluck, who marched at once."
    assert tagged(text, name_index, "persName") == ["von Kluck"]


def test_a_von_inside_a_longer_name_is_left_to_that_name(name_index):
    assert tagged("Paul von Hindenburg agreed.", name_index, "persName") == ["Paul von Hindenburg"]
    assert tagged("The mission was led by Liman von Sanders.", name_index, "persName") == ["Liman von Sanders"]


def test_the_first_word_of_a_two_word_rank_is_no_place(name_index):
    text = "Deprived of the services of Field Marshal von der Goltz, the army fell back."
    assert tagged(text, name_index, "placeName") == []
    assert tagged(text, name_index, "persName") == ["von der Goltz"]


def test_a_field_before_no_rank_stays_a_name(name_index):
    assert tagged("The report of Mr. Field, the consul, was read.", name_index, "persName") == ["Field"]


def test_the_kaiser_is_a_sovereigns_title_as_the_tsar_is(name_index):
    text = "Soon after, he received from the Kaiser an invitation to Berlin."
    assert tagged(text, name_index, "placeName") == ["Berlin"]
    assert tagged(text, name_index, "persName") == []
    assert tagged("Kaiser Wilhelm agreed.", name_index, "persName") == ["Wilhelm"]


def test_the_periods_spelling_of_a_peoples_adjective_is_no_place(name_index):
    text = "The hero of the Rumanian campaign and of the Roumanian front arrived."
    assert tagged(text, name_index, "placeName") == []


# -- styled places -----------------------------------------------------------------------------------------------

def test_a_continents_part_of_a_state_is_a_region_whole(name_index):
    text = "The markets of European Russia were closed to the trade of Asiatic Turkey."
    assert tagged(text, name_index, "placeName") == ["European Russia", "Asiatic Turkey"]
    assert tagged(text, name_index, "persName") == []


def test_a_country_renewed_is_the_country_only_but_new_zealand_is_whole(name_index):
    assert tagged("Out of the war rose a New Turkey.", name_index, "placeName") == ["Turkey"]
    assert tagged("They sailed to New Zealand.", name_index, "placeName") == ["New Zealand"]


def test_a_federated_soviet_republic_is_one_state_nested_in_its_government(name_index):
    found = tree("The Government of the Russian Socialist Federated Soviet Republic signed it.", name_index)
    assert found == [("Government of the Russian Socialist Federated Soviet Republic", "orgName",
                      [("Russian Socialist Federated Soviet Republic", "placeName", [])])]


def test_a_pass_called_gates_is_a_place_whole(name_index):
    text = "The line ran from the Amanus Gates to Aleppo."
    assert tagged(text, name_index, "placeName") == ["Amanus Gates", "Aleppo"]
    assert tagged(text, name_index, "persName") == []


def test_the_west_standing_alone_is_a_region_but_not_inside_a_name(name_index):
    assert tagged("It was the desire of the West, by means of trade, to rule.", name_index, "placeName") == ["West"]
    assert tagged("He sailed to the west, and the West India Company traded.", name_index, "placeName") == []


# -- bodies ------------------------------------------------------------------------------------------------------

def test_a_register_assembly_is_nested_in_the_government_named_after_it(name_index):
    found = tree("The Government of the Grand National Assembly sent a note.", name_index)
    assert found == [("Government of the Grand National Assembly", "orgName",
                      [("Grand National Assembly", "orgName", [])])]


def test_a_kind_of_body_after_an_indefinite_article_is_no_body(name_index):
    text = "An Irrigation Department was set up, and a Boundary Commission was named."
    assert tagged(text, name_index, "orgName") == []


def test_a_body_after_an_article_that_goes_on_into_what_it_is_of_stays_a_body(name_index):
    assert tagged("He founded a Bureau of Musavat abroad.", name_index, "orgName") == ["Bureau of Musavat"]


def test_a_party_organ_stays_whole(name_index):
    found = tree("The Executive Committee of the Communist International met.", name_index)
    assert [f[2] for f in found if f[1] == "orgName"] in ([[]], [])


def test_a_peoples_adjective_before_government_is_no_body(name_index):
    text = "The treaty bound the French Government to act, and the Greek Government agreed."
    assert tagged(text, name_index, "orgName") == []


def test_a_party_before_government_stays_a_body(name_index):
    assert tagged("In Erivan the Dashnak Government fell.", name_index, "orgName") == ["Dashnak Government"]


# -- dates -------------------------------------------------------------------------------------------------------

def _years_of(text):
    """The year context encode gives a text: its later years, and its later dates with month and year."""
    from triglot.editor.dates import find_dates
    from triglot.editor.tagger import YearContext
    found = find_dates(text)
    ahead = [y for f in found for y in f.years[-1:]]
    months = [(y, m, f.text) for f in found for y, m, _ in list(f.values.values())[:1] if y is not None and m is not None]
    return YearContext(ahead, None, None, months)


def test_a_yearless_day_takes_the_year_of_a_later_date_in_its_own_month():
    text = ("On June 3 the army crossed the river. The port was opened to trade in 1921. "
            "In June, 1918, the enemy withdrew.")
    dates = date_proposals(text, _years_of(text))
    assert (dates[0][0], dates[0][1]["when"]) == ("June 3", "1918-06-03")
    assert "June, 1918" in dates[0][2]      # inferred, so marked for review, with where the year came from


def test_a_yearless_day_with_no_later_date_in_its_month_takes_the_first_later_year():
    text = ("On June 3 the army crossed the river. The port was opened to trade in 1921. "
            "In August, 1918, the enemy withdrew.")
    dates = date_proposals(text, _years_of(text))
    assert (dates[0][0], dates[0][1]["when"]) == ("June 3", "1921-06-03")
