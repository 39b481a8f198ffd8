"""Rules added in session 33 (round 49) for the causes unseen-test48 (the pulpit and the churches' print: newspaper
church reports 1915–1930 and Near East Relief's pamphlets for pastors, partly OCR) brought into the development
pool, and the wrong proposal round 48 left ("Secretaries Lansing and Colby"), each kept only if it is a general cue
stated without the set's words and cost no pool set a matched mention nor added a wrong proposal
(tests/data/unseen-test48/README.md, "Session 33: round 49"): one behaviour each, and beside it a near miss the
rule must leave alone.

The sentences are written for these tests; none is taken from the unseen texts (development pool or test set).
"""

from conftest import date_proposals, proposal_tree, proposals, tagged


# -- a person's title in the plural before a pair of names (recognize._plural_title, _split_roles) ------------------

def test_a_pair_after_a_plural_title_are_persons_though_geonames_knows_a_town(name_index):
    # "Lansing" and "Wrangel" are towns to GeoNames; after "Secretaries", "Generals" they are two persons
    found = proposals("The protest was signed by Secretaries Lansing and Colby on Tuesday.", name_index)
    assert [(t, g) for t, g, _, _ in found] == [("Lansing", "persName"), ("Colby", "persName")]
    found = proposals("After the defeat Generals Denikin and Wrangel fell back on the coast.", name_index)
    assert [(t, g) for t, g, _, _ in found] == [("Denikin", "persName"), ("Wrangel", "persName")]


def test_the_plural_title_stays_outside_the_name(name_index):
    assert tagged("Then Generals Yudenich and Miller asked for arms.", name_index, "persName") == [
        "Yudenich", "Miller"]


def test_the_same_towns_without_a_title_stay_places(name_index):
    assert [(t, g) for t, g, _, _ in proposals("He travelled to Lansing and Colby by rail.", name_index)] == [
        ("Lansing", "placeName"), ("Colby", "placeName")]


def test_a_plural_title_inside_a_body_or_before_an_ordinary_word_is_not_split(name_index):
    # a body's own plural ("Council of People's Commissars of …"), a grade's heading ("Ministers Resident")
    assert tagged("The Council of People's Commissars of Georgia met at noon.", name_index, "orgName") == [
        "Council of People's Commissars of Georgia"]
    assert proposals("Ministers Resident and Consuls General are listed below.", name_index) == []


# -- a weekday naming a kind of school inside a body's name (recognize._runs, _institution) ---------------------------

def test_a_weekday_inside_a_body_name_keeps_the_words_before_it(name_index):
    assert tagged("A resolution of the Tri-County Sunday School Board was read.", name_index, "orgName") == [
        "Tri-County Sunday School Board"]


def test_a_weekday_and_a_head_word_alone_are_no_body(name_index):
    # "a Sunday School", "Sunday School teachers": the day the school meets says its kind, no name
    assert tagged("Every Sunday School in the county sent Sunday School teachers to the meeting.",
                  name_index, "orgName") == []


def test_a_newspaper_day_after_a_place_still_opens_no_name(name_index):
    assert tagged("He reached Indianapolis Thursday and spoke twice.", name_index, "placeName") == ["Indianapolis"]


# -- "Association", and a body of members' head word in lower case after an institution's -----------------------------

def test_an_association_is_a_body(name_index):
    assert tagged("A letter from the Ohio Dairy Association was read.", name_index, "orgName") == [
        "Ohio Dairy Association"]


def test_a_lower_case_association_after_a_school_is_the_body_whole(name_index):
    found = tagged("Delegates of the Ohio State Sunday School association and of the Brookfield Sunday School "
                   "assocation came.", name_index, "orgName")
    assert found == ["Ohio State Sunday School association", "Brookfield Sunday School assocation"]


def test_a_lower_case_word_after_a_party_stays_outside(name_index):
    assert tagged("The Labour Party organization in the town was weak.", name_index, "orgName") == ["Labour Party"]


# -- clergy's and lawyers' titles outside the name (names/en.json "roles") ---------------------------------------------

def test_a_prebendary_a_vicar_and_a_maitre_keep_their_titles_outside(name_index):
    text = ("The Rev. Prebendary J. H. Smith read the lesson, the Vicar Henry Barnes preached, and Maitre "
            "Paul Dupont of the Geneva bar spoke.")
    assert tagged(text, name_index, "persName") == ["J. H. Smith", "Henry Barnes", "Paul Dupont"]


# -- the scripture's name in a phrase (recognize.SCRIPTURE) ------------------------------------------------------------

def test_a_phrase_made_from_the_bible_names_no_person_or_place(name_index):
    text = "Relief for Bible Lands was the theme; the pastors spoke of Gospel Truths and of help in Bible lands."
    assert proposals(text, name_index) == []


def test_a_body_named_after_the_bible_is_still_a_body(name_index):
    assert tagged("A grant came from the Bible Society of Scotland.", name_index, "orgName") == [
        "Bible Society of Scotland"]


# -- a peer named by his peerage (recognize.PEER_OF) -------------------------------------------------------------------

def test_a_peer_named_by_his_peerage_is_a_person_not_the_town(name_index):
    text = "THE Earl of Dundee took the chair at the meeting.\nLord Dundee said the hall was full."
    assert [(t, g) for t, g, _, _ in proposals(text, name_index)] == [
        ("Earl of Dundee", "persName"), ("Dundee", "persName")]


def test_the_town_without_the_peer_stays_a_place(name_index):
    assert tagged("The meeting was held at Dundee in the town hall.", name_index, "placeName") == ["Dundee"]


# -- a stretch of days in one month written out, its year after the last (dates: the day range with "to") --------------

def test_days_of_one_month_joined_by_to_before_their_year_are_one_range():
    assert [(w, a) for w, a, _ in date_proposals("The appeal week, March 3rd to 10th, 1920, closed the drive.")] == [
        ("March 3rd to 10th, 1920", {"from": "1920-03-03", "to": "1920-03-10"})]


def test_days_joined_by_to_without_a_year_are_not_a_range():
    # "May 5 to 10 men": without the year after it the second figure may be anything
    assert [w for w, _, _ in date_proposals("On May 5 to 10 men were sent.")] == ["May 5"]


# -- an ordinary word with its prefix hyphened (recognize._prefixed_common) ---------------------------------------------

def test_a_hyphened_prefix_before_an_ordinary_word_is_no_name(name_index):
    text = "The pamphlet gave Co-operation Statements by pastors and urged Re-organization at once."
    assert proposals(text, name_index) == []


def test_a_hyphened_prefix_inside_a_body_name_stays(name_index):
    assert tagged("A report of the Inter-Allied Commission was read.", name_index, "orgName") == [
        "Inter-Allied Commission"]
