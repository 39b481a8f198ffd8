"""Rules added in session 16 (round 18) from faults of kinds seen on test19, now in the development pool
(tests/data/unseen-test19: the printed advocacy of a national cause, 1918–1919, and a House committee
hearing of 1926): one behaviour each, and beside it a near miss the rule must leave alone.

The sentences are written for these tests in the genre's shape; none is taken from the unseen texts
(development pool or test set), so the tests say what the rules do, not what one passage needed.
"""
from conftest import date_proposals, proposals


def names(text, name_index, tag="persName"):
    return [t for t, g, _, _ in proposals(text, name_index) if g == tag]


# -- persons in capitals ---------------------------------------------------------------------------------------

def test_a_name_in_capitals_with_a_middle_initial_is_one_person_not_cut_at_the_initial(name_index):
    text = "STATEMENT OF Mr. WALTER K. BRIGGS, Boston, Mass."
    assert names(text, name_index) == ["WALTER K. BRIGGS"]


def test_a_name_opening_with_initials_is_one_person(name_index):
    text = "R. CLAYTON MOORE, Virginia. J. MILTON HUGHES, Ohio. T. E. MacALLISTER, Iowa."
    assert names(text, name_index) == ["R. CLAYTON MOORE", "J. MILTON HUGHES", "T. E. MacALLISTER"]


def test_a_title_before_a_name_in_capitals_stays_outside_it(name_index):
    assert names("by DR. K. ABRAHAMIAN (formerly of Van)", name_index) == ["K. ABRAHAMIAN"]


def test_a_numbered_heading_is_no_person(name_index):
    assert names("I. INTRODUCTION", name_index) == []


def test_a_rosters_members_and_their_states(name_index):
    text = ("ARTHUR B. KENDRICK, Vermont. SILAS MARLOWE, Oregon. FRANK O. PIERSON, South Dakota "
            "HUGO LANDRY, Kansas, OTIS P. WEBB, Delaware.")
    found = [(t, g) for t, g, _, _ in proposals(text, name_index) if g != "date"]
    assert found == [("ARTHUR B. KENDRICK", "persName"), ("Vermont", "placeName"),
                     ("SILAS MARLOWE", "persName"), ("Oregon", "placeName"),
                     ("FRANK O. PIERSON", "persName"), ("South Dakota", "placeName"),
                     ("HUGO LANDRY", "persName"), ("Kansas", "placeName"),
                     ("OTIS P. WEBB", "persName"), ("Delaware", "placeName")]


def test_a_rosters_state_shaped_like_a_surname_stays_a_place(name_index):
    text = "FRANK O. PIERSON, Oregon. HARLAN T. BIRCH, Wisconsin."
    found = [(t, g) for t, g, _, _ in proposals(text, name_index) if g != "date"]
    assert ("Wisconsin", "placeName") in found


def test_a_rosters_suffix_is_inside_the_name_and_its_office_is_no_place(name_index):
    text = "WARREN P. HOLT, Indiana, Chairman\n\nCLAUDE GRAY, JR., Nevada. EMORY T. SHAW, Utah."
    found = [(t, g) for t, g, _, _ in proposals(text, name_index) if g != "date"]
    assert ("WARREN P. HOLT", "persName") in found and ("CLAUDE GRAY, JR.", "persName") in found
    assert ("Indiana", "placeName") in found and ("Nevada", "placeName") in found
    assert not any(t == "Chairman" for t, _ in found)


def test_ocrs_stray_marks_inside_a_name_in_capitals(name_index):
    text = "MEMBERS: OSCAR. T. LYNDE, Maine. HARVEY B. .KNOX, Kentucky. ELMER R, VOSBURGH, Idaho."
    assert names(text, name_index) == ["OSCAR. T. LYNDE", "HARVEY B. .KNOX", "ELMER R, VOSBURGH"]


def test_two_words_in_capitals_and_a_place_after_a_comma_alone_are_no_roster(name_index):
    # one such pair is no roster: a cable's heading and its dateline
    assert names("SPECIAL CABLE, Paris. The", name_index) == []


# -- bodies ----------------------------------------------------------------------------------------------------

def test_a_committee_a_house_and_the_printer_in_a_hearings_capitals_are_bodies(name_index):
    text = ("HEARINGS BEFORE THE COMMITTEE ON MILITARY AFFAIRS HOUSE OF REPRESENTATIVES SEVENTIETH CONGRESS\n\n"
            "WASHINGTON GOVERNMENT PRINTING OFFICE 1928")
    found = [(t, g) for t, g, _, _ in proposals(text, name_index) if g != "date"]
    assert ("COMMITTEE ON MILITARY AFFAIRS", "orgName") in found
    assert ("HOUSE OF REPRESENTATIVES", "orgName") in found
    assert ("GOVERNMENT PRINTING OFFICE", "orgName") in found
    assert not any(g == "persName" for _, g in found)


def test_a_committee_and_a_house_with_the_ocrs_faults_are_bodies(name_index):
    text = "Hous E OF REPRESENTATIVES, 0OMMITTEE ON NAVAL AFFAIRS, was in session."
    found = names(text, name_index, "orgName")
    assert found == ["Hous E OF REPRESENTATIVES", "0OMMITTEE ON NAVAL AFFAIRS"]


def test_a_committee_in_title_case_is_a_body_not_a_person(name_index):
    text = "Referred to the Committee on Ways and Means and ordered printed."
    assert names(text, name_index, "orgName") == ["Committee on Ways and Means"]


def test_a_chamber_heading_its_document_is_a_body(name_index):
    assert names("SENATE {%* ~ ^*.\n\nA REPORT ON THE ARMISTICE", name_index, "orgName") == ["SENATE"]


def test_a_military_unit_by_its_number_is_a_body_never_a_person(name_index):
    text = ("He led the 3rd Battalion Greek Volunteers at first, and later the Fourth Regiment of the "
            "Polish Rifles on the Galician Front.")
    assert "3rd Battalion Greek Volunteers" in names(text, name_index, "orgName")
    assert "Fourth Regiment of the Polish Rifles" in names(text, name_index, "orgName")
    assert names(text, name_index) == []


def test_a_union_of_a_land_is_a_body_not_a_place(name_index):
    text = "sent by the Syrian National Union of America to the envoys"
    assert names(text, name_index, "orgName") == ["Syrian National Union of America"]
    # a council "of" a land followed by more capitals is left to the general rules
    from triglot.editor.recognize_advocacy import bodies
    assert bodies("the National Council of People's Deputies") == []


def test_a_body_in_capitals_ends_before_and(name_index):
    text = "SECRETARY OF THE GREEK NATIONAL LEAGUE OF AMERICA AND DELEGATE"
    assert names(text, name_index, "orgName") == ["GREEK NATIONAL LEAGUE OF AMERICA"]


# -- places ----------------------------------------------------------------------------------------------------

def test_america_alone_is_a_place(name_index):
    assert names("a great duty upon America and her allies", name_index, "placeName") == ["America"]
    assert names("They sailed for South America.", name_index, "placeName") == ["South America"]


def test_a_state_styled_by_an_adjective_before_its_republic_is_one_place(name_index):
    text = "RECOGNITION OF THE NATIONAL REPUBLIC OF AZERBAIJAN"
    assert names(text, name_index, "placeName") == ["NATIONAL REPUBLIC OF AZERBAIJAN"]


# -- no names --------------------------------------------------------------------------------------------------

def test_a_resolutions_designation_a_degree_and_a_part_are_no_names(name_index):
    text = "ON S. J. Res. 41\n\nBy HAIG BALIAN, Ph. D.\n\nPart II.\n\nThe claims of the Assyrians."
    found = [t for t, g, _, _ in proposals(text, name_index) if g != "date"]
    assert not any(t.startswith(("S. J", "Ph", "Part")) for t in found)


# -- dates -----------------------------------------------------------------------------------------------------

def test_two_days_running_joined_by_and_are_one_range():
    found = date_proposals("HEARINGS HELD MARCH 8 AND 9, 1928")
    assert [(t, a) for t, a, _ in found] == [("MARCH 8 AND 9, 1928", {"from": "1928-03-08", "to": "1928-03-09"})]


def test_two_days_not_running_stay_two_dates():
    found = date_proposals("They met on June 4 and 11, 1921.")
    assert [a for _, a, _ in found] == [{"when": "1921-06-04"}, {"when": "1921-06-11"}]


def test_a_question_word_opening_a_heading_is_no_name_nor_part_of_one(name_index):
    found = [(t, g) for t, g, _, _ in proposals("HOW SERBIA FOUGHT ALONE", name_index)]
    assert found == [("SERBIA", "placeName")]
    assert names("Why Dr. Nansen went there, nobody knows.", name_index) == ["Nansen"]


def test_a_peoples_adjective_in_capitals_before_another_peoples_country_names_a_region(name_index):
    assert names("PERSIAN ARMENIA AND ITS VILAYETS.", name_index, "placeName") == ["PERSIAN ARMENIA"]
    # a state's adjective does not: "Soviet Russia" is Russia
    assert names("SOVIET RUSSIA AND ITS NEIGHBOURS.", name_index, "placeName") == ["RUSSIA"]
