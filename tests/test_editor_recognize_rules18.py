"""Rules added in session 15 (round 12) from faults of kinds seen on test13, now in the development pool
(tests/data/unseen-test13: treaties and a conference's final act, 1918–1937): one behaviour each, and
beside it a near miss the rule must leave alone.

The sentences are written for these tests in the genre's shape; none is taken from the unseen texts
(development pool or test set), so the tests say what the rules do, not what one passage needed.
"""

from triglot.editor.recognize import PLACE_HEADS, ROLES, STATE_NAMES, Recogniser
from triglot.editor.recognize_treaty import capitals_as_written
from triglot.gazetteer import Gazetteer

from conftest import date_proposals as dates, proposals


def names(text, recogniser=None):
    return [(m.text, m.kind) for m in (recogniser or Recogniser()).find(text)]


def tagged(text, name_index):
    return [(w, t) for w, t, _, _ in proposals(text, name_index)]


def as_written(text):
    return capitals_as_written(text, Gazetteer.default(), ROLES, PLACE_HEADS, STATE_NAMES)


# -- parties and signing lines in capitals ------------------------------------------------------------

def test_a_list_of_parties_in_capitals_holds_places(name_index):
    found = tagged("NORWAY, DENMARK, THE NETHERLANDS, SPAIN AND SWEDEN,", name_index)
    for state in ("NORWAY", "DENMARK", "SPAIN", "SWEDEN"):
        assert (state, "placeName") in found


def test_a_head_of_states_style_in_capitals_names_the_state(name_index):
    assert ("NORWAY", "placeName") in tagged("HIS MAJESTY THE KING OF NORWAY:", name_index)
    assert ("REPUBLIC OF FINLAND", "placeName") in tagged("THE PRESIDENT OF THE REPUBLIC OF FINLAND;", name_index)


def test_a_last_party_alone_on_its_line_in_capitals_is_a_place(name_index):
    assert ("SPAIN", "placeName") in tagged("AND SPAIN,", name_index)


def test_a_signing_line_in_capitals_holds_its_place_and_date(name_index):
    found = proposals("DONE AT GENEVA, MAY 14, 1925", name_index)
    assert ("MAY 14, 1925", "date") in [(w, t) for w, t, _, _ in found]
    assert [a for w, t, a, _ in found if t == "date"][0]["when"] == "1925-05-14"


def test_headings_of_ordinary_words_and_acronyms_in_capitals_hold_no_name(name_index):
    for text in ("THE CONVENTION OF COMMERCE AND NAVIGATION", "ARTICLE 12", "PART III. FINANCIAL CLAUSES",
                 "THE HIGH CONTRACTING PARTIES HAVE AGREED AS FOLLOWS:"):
        assert [t for _, t in tagged(text, name_index) if t != "date"] == [], text
    assert as_written("THE NKVD AND RSFSR REPORTS, K.C.M.G.") == "The NKVD and RSFSR reports, K.C.M.G."


def test_a_press_heading_closed_by_a_full_stop_is_left_to_the_press_rules():
    assert as_written("STRIKE IN THE DOCKS. The men came out.") == "STRIKE IN THE DOCKS. The men came out."


def test_words_in_capitals_of_another_script_are_not_capitals():
    assert as_written("Фёдор Аронович (ФЁДОР АРОНОВИЧ) said") == "Фёдор Аронович (ФЁДОР АРОНОВИЧ) said"


# -- compound states ------------------------------------------------------------------------------

def test_two_countries_joined_by_a_hyphen_standing_alone_are_one_state():
    assert ("Sweden-Norway", "place") in names("The union of Sweden-Norway lasted until 1905, when it ended.")
    assert ("Czecho-Slovakia", "place") in names("Poland and Czecho-Slovakia signed the protocol.")


def test_two_places_joined_by_a_hyphen_before_the_noun_they_qualify_stay_two():
    found = names("Troops crossed the Sweden-Norway frontier near the lakes.")
    assert ("Sweden-Norway", "place") not in found
    assert ("Sweden", "place") in found and ("Norway", "place") in found


# -- persons an instrument is named after; titles of envoys -----------------------------------------

def test_two_names_no_gazetteer_knows_before_a_pact_are_the_persons_it_is_named_after():
    found = names("Both states had signed the Tardieu-Zaleski Pact two years before.")
    assert ("Tardieu", "person") in found and ("Zaleski", "person") in found


def test_two_places_before_a_treaty_are_no_persons():
    found = names("Both states had signed the Brest-Litovsk Treaty that spring.")
    assert not any(kind == "person" for _, kind in found)


def test_courtesy_titles_of_envoys_stay_outside_the_name():
    assert ("Carlos Ibarra", "person") in names("His Excellency Monsieur Carlos Ibarra, Envoy Extraordinary;")
    assert ("Walther Brauer", "person") in names("The Councillor of Legation, Herr Walther Brauer, arrived.")
    assert ("Guido Ferraris", "person") in names("The Honourable Marquis Guido Ferraris, Senator of the Kingdom;")


# -- plenipotentiaries' names ---------------------------------------------------------------------------

def test_a_noble_title_between_forename_and_surname_is_inside_the_name_with_the_seat():
    assert ("Leopold Count Berchtold", "person") in names("The Minister for Foreign Affairs, Leopold Count Berchtold;")
    found = names("The Privy Councillor, Leopold Count Berchtold von und zu Buchlau;")
    assert ("Leopold Count Berchtold von und zu Buchlau", "person") in found


def test_a_peer_named_by_his_peerage_after_a_comma_is_one_person():
    found = names("The Right Honourable Edward Frederick, Viscount Halifax of Monkton, Secretary of State;")
    assert ("Edward Frederick, Viscount Halifax of Monkton", "person") in found


def test_a_comma_before_a_peerage_without_its_seat_is_no_name_of_one_person():
    found = names("Delegates of Britain, Earl Granville and others met.")
    assert not any("," in text for text, _ in found), found


def test_a_name_with_a_nobiliary_particle_after_a_title_and_forenames():
    assert ("Wolfgang Heinrich von Tarnow", "person") in names(
        "The Actual Privy Councillor, Herr Wolfgang Heinrich von Tarnow;")
    assert ("Anton Mercy von Lichtenau", "person") in names("The Envoy Extraordinary, Anton Mercy von Lichtenau;")


def test_a_postfixed_title_joined_by_a_hyphen_is_inside_the_name():
    assert ("Ahmed Tahsin-Bey", "person") in names("the president of the Turkish Republic: Ahmed Tahsin-Bey, Minister;")


# -- orders, their letters, parts' titles and governments named by a style -------------------------------

def test_an_order_of_chivalry_holds_no_person_or_place(name_index):
    found = tagged("Count Sforza, Grand Cross of the Order of Saints Cyril and Methodius and of the Crown of "
                   "Romania; Grand Officer of the National Order of the Star of Jordan;", name_index)
    assert all(w not in ("Cyril", "Methodius", "Romania", "Jordan", "Grand Officer", "Saints Cyril")
               for w, _ in found), found


def test_the_letters_of_an_order_after_a_name_are_no_person(name_index):
    found = tagged("Sir Miles Lampson, G.C. M. G High Commissioner in Egypt;", name_index)
    assert ("Miles Lampson", "persName") in found
    assert not any(w.startswith("G.C") for w, _ in found)


def test_initials_before_a_surname_after_a_comma_stay_a_persons(name_index):
    assert ("J. M. Keynes", "persName") in tagged("The economists met, J. M. Keynes among them.", name_index)


def test_the_title_of_a_treaty_part_in_brackets_is_no_name(name_index):
    found = tagged("in accordance with Articles 12 to 18, Part IX (Reparation Clauses) of the present Treaty", name_index)
    assert not any(w == "Reparation Clauses" for w, _ in found), found


def test_a_government_named_by_a_monarchy_style_and_adjective_is_not_tagged(name_index):
    for text in ("On the part of the Imperial Russian Government:", "the Royal Italian Government agreed",
                 "the Imperial and Royal joint Austro-Hungarian Government replied"):
        assert [t for _, t in tagged(text, name_index) if t == "orgName"] == [], text


def test_a_provisional_or_national_government_keeps_its_name(name_index):
    assert ("Turkish Provisional Government", "orgName") in tagged("the Turkish Provisional Government replied", name_index)


# -- dates ----------------------------------------------------------------------------------------------

def test_a_year_printed_with_a_letter_for_a_digit_is_read_and_marked_for_review():
    [(words, attrs, review)] = dates("The protocol was signed on March 3, I9O7, at the frontier.")
    assert words == "March 3, I9O7" and attrs["when"] == "1907-03-03"
    assert attrs.get("cert") == "medium" and "I9O7" in review


def test_letters_and_numbers_that_are_no_year_stay_as_printed():
    assert dates("The IOIO units and the I9 men were counted in 1916.") == [("1916", {"when": "1916"}, "")]


# -- the East --------------------------------------------------------------------------------------------

def test_the_east_capitalised_standing_alone_is_a_region():
    assert ("East", "place") in names("The Powers wish to secure a lasting peace in the East, and to that end agree:")
    assert ("East", "place") in names("Major-General Weber, Chief of Staff of the Army of the East;")


def test_the_east_as_a_direction_a_name_going_on_or_a_heading_is_no_region():
    assert ("East", "place") not in names("The column turned to the east before dawn, and halted.")
    assert ("East", "place") not in names("the East Prussian frontier was closed, and the East India Company sold tea.")
    assert ("East", "place") not in names("Delegates of the Toilers of the East")


# -- a list of plenipotentiaries; a signing line ---------------------------------------------------------

def test_a_name_no_model_knows_in_a_list_of_plenipotentiaries_is_a_person():
    assert ("Juozas Urbsys", "person") in names("the president of the Lithuanian Republic: M.Juozas Urbsys, Minister;")
    assert ("Petko Draganoff", "person") in names(
        "The Royal Envoy Extraordinary and Minister Plenipotentiary in Berlin, Petko Draganoff;")


def test_places_and_offices_in_a_list_of_plenipotentiaries_are_no_persons():
    found = names("M. Henri Dufour, Ambassador of France, High Commissioner at Beirut, Minister in Vienna;")
    assert [t for t, k in found if k == "person"] == ["Henri Dufour"]


def test_a_city_in_a_signing_line_of_a_heading_in_capitals_is_a_place():
    found = names("Treaty of Friendship Between the Kingdom of Egypt and the Republic of Chile. Signed at Teheran.")
    assert ("Teheran", "place") in found


def test_a_list_of_states_some_with_their_article_holds_places():
    found = names("The Powers invited Greece, Poland, the Transjordan, Portugal, Ruritania and the Saar to sign.")
    assert ("Ruritania", "place") in found and ("Transjordan", "place") in found


def test_a_list_of_persons_with_an_article_before_one_is_not_made_places():
    found = names("Enver, Talaat and the Sultan ruled the empire.")
    assert not any(kind == "place" for _, kind in found), found


# -- a body of a state named in full ----------------------------------------------------------------------

def test_a_long_body_ending_in_a_states_full_name_is_not_cut_after_its_head(name_index):
    text = "the Central Executive Committee of the Union of Soviet Socialist Republics, his majesty the king"
    found = proposals(text, name_index)
    org = [p for p in found if p[1] == "orgName"]
    assert org and org[0][0] == "Central Executive Committee of the Union of Soviet Socialist Republics"
    assert names("the Supreme Economic Council of the Republic of Latvia met.")[0][0] == \
        "Supreme Economic Council of the Republic of Latvia"


def test_a_head_after_a_name_of_its_own_still_starts_another_name():
    found = names("the Erivan Khanate of Iran fell.")
    assert ("Erivan Khanate", "place") in found and ("Iran", "place") in found


def test_a_dominion_named_with_its_country_is_one_state():
    assert ("Dominion of New Zealand", "place") in names("for the Dominion of New Zealand: Sir James Parr;")
    assert ("DOMINION of NEWFOUNDLAND", "place") in names("for the DOMINION of NEWFOUNDLAND:")


def test_dominions_in_the_plural_name_no_state():
    assert names("the Governments in the Dominions were consulted before the war.") == []


def test_a_surname_after_a_hyphenated_rank_is_a_person():
    assert ("Weber", "person") in names("Royal Saxon Lieutenant-General Weber, Chief of the General Staff;")


def test_a_hyphenated_office_before_an_office_names_no_person():
    assert [k for _, k in names("the Vice-President of the Council, Minister for War;") if k == "person"] == []
