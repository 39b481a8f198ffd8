"""Rules added in session 15 (round 11) from faults of kinds seen on test12, now in the development pool
(tests/data/unseen-test12: entries of the reference works of 1921–22): one behaviour each, and beside it
a near miss the rule must leave alone.

The sentences are written for these tests in the genre's shape; none is taken from the unseen texts
(development pool or test set), so the tests say what the rules do, not what one passage needed.
"""

from triglot.editor.dates import find_dates
from triglot.editor.recognize import Recogniser
from triglot.editor.recognize_reference import entry_head_as_written

from conftest import date_proposals as dates, proposals


def names(text, recogniser=None):
    return [(m.text, m.kind) for m in (recogniser or Recogniser()).find(text)]


# -- a document's memory of persons -----------------------------------------------------------------

def test_a_person_named_in_capitals_with_a_postfixed_title_keeps_being_a_person_by_the_bare_name():
    """GeoNames knows a town called Enver; the entry's head has named the person, in capitals, with "Bey"."""
    r = Recogniser()
    names("ENVER BEY (1881-), Turkish soldier, served in Libya.", r)     # named in capitals, with a title
    later = names("In 1913 the Sultan sent Enver to Libya, and Enver won.", r)
    assert later.count(("Enver", "person")) == 2


def test_a_bare_name_not_named_before_stays_what_gazetteer_says():
    assert ("Enver", "person") not in names("In 1913 the Sultan sent Enver to Libya, and Enver won.")


def test_a_name_listed_with_persons_named_earlier_is_a_person():
    r = Recogniser()
    names("Enver Pasha and Djemal Pasha left the city by night.", r)
    assert ("Talaat", "person") in names("At that time Enver, Talaat and Djemal ruled the empire.", r)


def test_a_list_of_towns_stays_a_list_of_towns():
    r = Recogniser()
    names("Enver Pasha left the city by night.", r)
    found = names("The army held Erzurum, Kars and Ardahan.", r)
    assert not any(kind == "person" for _, kind in found)


# -- an entry's head word in capitals ---------------------------------------------------------------

def test_an_entrys_head_in_capitals_is_read_as_running_text_writes_it(name_index):
    assert entry_head_as_written("NURI PASHA (1889-), Turkish soldier") == "Nuri Pasha (1889-), Turkish soldier"
    assert ("ARMENIA", "placeName") in [(w, t) for w, t, _, _ in proposals(
        "ARMENIA, a republic of Transcaucasia, lies south of the range.", name_index)]
    assert ("KARA KEMAL", "persName") in [(w, t) for w, t, _, _ in proposals(
        "KARA KEMAL (1880-1926), Turkish politician, was born at Constantinople.", name_index)]


def test_acronyms_initials_datelines_and_ordinary_headings_in_capitals_stay_as_printed():
    for text in ("USSR, the union of the republics, was formed.", "HC Deb 12 March 1924 vol 170",
                 "B. C. dates are rare.", "LONDON, March 10. The Cabinet met.", "AREA AND POPULATION. The area is large.",
                 "Nothing in capitals here, GEORGIA, in the middle."):
        assert entry_head_as_written(text) == text


# -- rulers and names of the period -----------------------------------------------------------------

def test_a_ruler_with_a_regnal_numeral_or_an_epithet_is_a_person():
    found = names("In 1762 the crown passed to Erekle II., son of Teimuraz, and then to Ivan the Terrible.")
    assert ("Erekle II.", "person") in found
    assert ("Ivan the Terrible", "person") in found
    assert ("Teimuraz", "person") in names("Erekle, son of Teimuraz, was crowned; Bagrat, successor of Erekle, ruled.")
    assert ("Bagrat", "person") in names("Erekle was crowned; Bagrat, successor of Erekle, ruled.")


def test_numbered_parts_and_wars_are_no_rulers():
    assert not any(kind == "person" for _, kind in names("Article XI. of the treaty and Part IV were read."))
    assert ("Bagrat", "person") not in names("Bagrat, capital of the district, lies on the river.")
    assert ("Kutais the Great", "person") not in names("From Kutais the Great Road ran north.")


def test_von_after_a_title_or_a_name_after_a_lower_case_title_is_in_the_name():
    assert ("von Kressenstein", "person") in names("The line was held by Gen. von Kressenstein in 1917.")
    # a name set after a lower-case title and a comma, though GeoNames knows a town of that name
    assert ("Stokes", "person") in names("The post went to the British colonel, Stokes, and the ship sailed.")
    assert ("Hamburg", "place") in names("The post went to the German major, Hamburg, and the ship sailed.")
    assert ("Souchon", "person") in names("The fleet under Adml. Souchon sailed at dawn.")


def test_a_hyphenated_arabic_name_and_the_ayn_mark_are_kept():
    assert ("Nasr-ed-din", "person") in names("The shah Nasr-ed-din was murdered in 1896.")
    found = names("Power passed to 'Ali Riza, who ruled from Tabriz.")
    assert ("'Ali Riza", "person") in found
    # a quotation's opening mark is no ayn: the name closes it
    assert ("'Ali'", "person") not in names("He was called 'Ali' by his friends.")


def test_a_place_run_into_a_person_named_in_full_is_split():
    r = Recogniser()
    names("Kazim Karabekir was born at Constantinople.", r)
    found = names("After the capture of Kars Kazim Karabekir marched east.", r)
    assert ("Kars", "place") in found and ("Kazim Karabekir", "person") in found


# -- names that are not names -----------------------------------------------------------------------

def test_peoples_words_titles_religions_and_abbreviations_are_no_names():
    found = names("The Abkhazians and a Svanian shepherd, with the Czar and the Vali, spoke of Buddhism "
                  "and Christianity. Pop. about 900,000.")
    assert found == []
    assert names("It was the Young Turk programme that the Young Turks followed.") == []
    assert names("After the fall of the Russian Czar the army left.") == []


def test_a_surname_ending_in_ian_without_an_article_is_still_a_person():
    assert ("Khatisian", "person") in names("In 1919 Khatisian said the republic would hold.")


def test_initials_alone_are_no_person_but_initials_with_a_surname_are():
    assert not any(kind == "person" for _, kind in names("It lies S. W. of the lake, by N. E. winds."))
    assert ("J. M. Keynes", "person") in names("The economist J. M. Keynes wrote a reply.")


def test_a_numbered_army_keeps_its_german_style_numeral():
    assert ("IV. Turkish Army", "org") in names("In 1916 he led the IV. Turkish Army to the canal.")
    assert ("2nd Army", "org") in names("In 1916 he led the 2nd Army to the canal.")


# -- transliterations' diacritics -------------------------------------------------------------------

def test_a_transliterations_diacritics_propose_the_register_form_as_a_variant(name_index):
    found = proposals("The khanate of Karabägh lay east of Armenia.", name_index)
    note = [review for w, tag, _, review in found if w == "Karabägh"]
    # proposed, never merged: no @ref, the register's entry named for the editor to confirm
    assert note and "plc:karabakh" in note[0] and "variant" in note[0]
    assert not any(attrs.get("ref") for w, _, attrs, _ in found if w == "Karabägh")


# -- dates of reference works -----------------------------------------------------------------------

def test_a_season_takes_a_year_stated_earlier_in_its_sentence():
    found = dates("In 1918 the Greeks landed at Smyrna. The Turks, in 1922, drove them out in the autumn.")
    assert ("the autumn", {"from": "1922-09", "to": "1922-11", "cert": "medium"}) in [f[:2] for f in found]


def test_the_winter_of_that_year_is_the_last_year_stated_into_the_next():
    found = dates("In 1916 he held the front. In the winter of that year, he fell ill.")
    assert ("the winter of that year", {"from": "1916-12", "to": "1917-02", "cert": "medium"}) in [f[:2] for f in found]


def test_a_season_whose_year_is_a_sentence_back_gets_no_value_and_a_review_note():
    found = dates("On May 2, 1919, the army entered the town. The rebels had held it since the early spring.")
    spring = [f for f in found if f[0] == "the early spring"]
    assert spring and spring[0][1] == {} and "no year" in spring[0][2]


def test_a_year_before_christ_is_a_negative_iso_year():
    assert [(f.text, f.resolve(None)) for f in find_dates("About 66 B. C. the kingdom fell; 1 B.C. is year 0.")] == [
        ("66 B. C.", {"when": "-0065"}), ("1 B.C.", {"when": "0000"})]
    # near misses: garbled years of the period's print and cross-references to volume and page get no value
    for text in ("He was born in 188r at Abana.", "In 191:1 he went to Bagdad.", "(see 11.758)", "(see 3 B.)"):
        assert not any(f.resolve(None) for f in find_dates(text))
