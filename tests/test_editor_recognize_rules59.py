"""Rules added in session 37 (round 53) for the causes unseen-test52 (statistical yearbooks' country sections: the
reigning houses of Persia and Turkey, the year's cabinets as lists of offices and names, days in two calendars,
OCR of uncorrected scans) brought into the development pool, each kept only if it is a general cue stated without
the set's words and cost no pool set a matched mention (tests/data/unseen-test52/README.md): one behaviour each,
and beside it a near miss the rule must leave alone.

The sentences are written for these tests; none is taken from the unseen texts (development pool or test set).
"""

from conftest import date_proposals, tagged


# -- "Mirza" and "Sultana" after a name close it, as "Khan" and "Pasha" do (names/en.json postfix_titles) ----------

def test_a_prince_named_with_mirza_after_his_name_is_one_person(name_index):
    assert tagged("The governor of Tabriz was Abbas Mirza, born 1789.", name_index, "persName") == ["Abbas Mirza"]


def test_an_ottoman_princess_named_with_sultana_after_her_name_is_one_person(name_index):
    assert tagged("Her daughter Fatma Sultana married in 1854.", name_index, "persName") == ["Fatma Sultana"]


def test_the_title_sultana_alone_names_no_one(name_index):
    assert tagged("The Sultana of Zanzibar received the consul.", name_index, "persName") == []


def test_mirza_alone_is_still_the_short_name_of_a_man(name_index):
    # "Mirza" also opens a name ("Mirza Hasan Khan"): alone, the text calls its man so
    assert tagged("Karim was the son of Mirza, a merchant of Rasht.", name_index, "persName") == ["Mirza"]


def test_a_name_joined_by_the_arabic_article_keeps_the_title_after_it(name_index):
    assert tagged("Jalal-ed-din Mirza, born 1827, wrote a history.", name_index, "persName") \
        == ["Jalal-ed-din Mirza"]


# -- a dash before an office's holder is no suppressed name (recognize_diary.py) ------------------------------------

def test_a_dash_before_a_title_that_opens_a_name_is_no_suppressed_name(name_index):
    assert tagged("Minister of Finance. — Mirza Hasan Khan.", name_index, "persName") == ["Mirza Hasan Khan"]


def test_a_dash_before_a_title_alone_is_still_a_suppressed_name(name_index):
    assert tagged("The letter was signed by —— Effendi of the mosque.", name_index, "persName") == ["—— Effendi"]


# -- the Arabic article "es" alone between two capitalised words is in the name (names/en.json name_articles) ------

def test_a_persian_honorific_name_with_es_between_its_words_is_one_person(name_index):
    assert tagged("The regent, Abu Talib Khan, Zahir es Saltaneh, was old.", name_index, "persName") \
        == ["Abu Talib Khan", "Zahir es Saltaneh"]


# -- a list's items numbered in Roman figures (list_numerals.py) ----------------------------------------------------

def test_the_roman_figures_of_a_numbered_list_are_no_initials(name_index):
    assert tagged("Sons of the Khan. — I. Ali Kuli Mirza. II. Hasan Mirza, born 1870.", name_index, "persName") \
        == ["Ali Kuli Mirza", "Hasan Mirza"]


def test_list_figures_on_lines_of_their_own_are_no_initials(name_index):
    assert tagged("IV. Fatma Sultana, born 1864.\n\nV. Yusuf Effendi, born 1867.", name_index, "persName") \
        == ["Fatma Sultana", "Yusuf Effendi"]


def test_one_initial_like_a_figure_at_a_sentence_start_stays_an_initial(name_index):
    assert tagged("The hall was full. V. Lenin spoke at the congress.", name_index, "persName") == ["V. Lenin"]


def test_a_middle_initial_in_a_numbered_list_stays_in_the_name(name_index):
    assert tagged("I. J. V. Stalin. II. L. Trotsky.", name_index, "persName") == ["J. V. Stalin", "L. Trotsky"]


# -- a laqab's word after the Arabic article is the name's, though web2 lists it (recognize.py _plain) --------------

def test_a_laqab_ending_in_a_word_web2_lists_is_still_a_person(name_index):
    # web2 lists "mulk" in lower case: "Nizam el Mulk" is no place's name ending in an ordinary noun
    assert tagged("The regent, Nizam el Mulk, died in 1910.", name_index, "persName") == ["Nizam el Mulk"]


def test_a_name_ending_in_an_ordinary_noun_without_the_article_is_still_no_person(name_index):
    assert tagged("The prisoners were taken to Brixton Prison at once.", name_index, "persName") == []


# -- a cabinet's list: the holder after his office's dash (office_holders.py) ---------------------------------------

def test_a_ministers_honorific_name_after_his_office_and_a_dash_is_a_person(name_index):
    assert tagged("Minister of Posts and Telegraphs. — Moazzez-Dowleh.", name_index, "persName") \
        == ["Moazzez-Dowleh"]


def test_a_numbered_line_of_a_list_of_commissaries_names_its_holder_without_his_title(name_index):
    assert tagged("12. Agriculture. — M. Sereda.", name_index, "persName") == ["Sereda"]


def test_an_acting_holders_note_in_brackets_is_no_name(name_index):
    assert tagged("Minister of Finance. — Kemal Bey (Acting).", name_index, "persName") == ["Kemal Bey"]


def test_an_office_left_vacant_has_no_holder(name_index):
    assert tagged("Minister of Justice. — Left Vacant.", name_index, "persName") == []


def test_a_rubric_run_into_its_paragraph_names_no_holder(name_index):
    assert tagged("Finance. — Revenue Returns for the year were small.", name_index, "persName") == []


# -- dates: a span of years with its era, a dynasty's span in brackets (dates.py) -----------------------------------

def test_a_span_before_christ_with_the_era_after_the_second_year_is_one_range():
    assert date_proposals("The first kings (299-160 B.C.) ruled from Mtskheta.") \
        == [("299-160 B.C.", {"from": "-0298", "to": "-0159"}, "")]


def test_a_span_across_the_era_is_one_range_from_before_christ():
    assert date_proposals("The second house (160 B.C.-210 A.D.) followed.") \
        == [("160 B.C.-210 A.D.", {"from": "-0159", "to": "0210"}, "")]


def test_a_span_running_up_with_an_era_before_christ_is_no_range():
    # "120-160 B.C." cannot run forward in time: the year before Christ alone is read
    assert [w for w, _, _ in date_proposals("The dates (120-160 B.C.) are doubtful.")] == ["160 B.C."]


def test_a_dynastys_span_in_brackets_from_a_year_before_1000_is_one_range():
    assert date_proposals("The last house (880-1795) ended with the annexation.") \
        == [("880-1795", {"from": "0880", "to": "1795"}, "")]


def test_a_page_range_in_brackets_after_a_word_is_no_span():
    assert date_proposals("See the tables (pp. 880-1795) for details.") == []


# -- dates: a Hijri day in brackets after its Gregorian day (dates.py _hijri_paired) ---------------------------------

def test_a_hijri_day_in_brackets_after_a_gregorian_day_is_valued_with_that_day_for_review():
    found = date_proposals("The prince was born March 5, 1871 (13th Zilhidje 1287).")
    assert [(w, a["when"], bool(r)) for w, a, r in found] \
        == [("March 5, 1871", "1871-03-05", False), ("13th Zilhidje 1287", "1871-03-05", True)]


def test_a_hijri_day_alone_is_not_valued():
    assert date_proposals("The fort fell (13th Zilhidje 1287).") == []


# -- dates: the first or last months of a year, counted (dates.py _counted_months) ----------------------------------

def test_the_first_months_of_a_year_counted_in_words_are_a_period_of_those_months():
    assert date_proposals("Trade fell in the first four months of 1920.") \
        == [("the first four months of 1920", {"notBefore": "1920-01", "notAfter": "1920-04"}, "")]


def test_the_last_months_of_a_year_counted_in_figures_end_in_december():
    assert date_proposals("Trade rose in the last 3 months of 1920.") \
        == [("the last 3 months of 1920", {"notBefore": "1920-10", "notAfter": "1920-12"}, "")]


# -- review37's mends: where round 53's readings fired outside Persian and Ottoman names ---------------------------

def test_a_title_after_a_towns_name_makes_no_person(name_index):
    # a consular trade report: Smyrna's "Sultana" raisins are the grape, and the town stays a place
    text = "Exports included Smyrna Sultana raisins and figs. The Sultana crop of Smyrna was short this year."
    assert tagged(text, name_index, "persName") == []
    assert "Smyrna" in tagged(text, name_index, "placeName")


def test_the_article_es_in_a_latin_or_spanish_phrase_joins_no_name(name_index):
    text = "The inscription Tu es Petrus runs round the base. The motto, Dios es Amor, was carved on the gate."
    assert tagged(text, name_index, "persName") == []


def test_the_article_es_before_a_laqabs_word_still_joins_the_name(name_index):
    assert tagged("Shua es Saltaneh was governor of Fars.", name_index, "persName") == ["Shua es Saltaneh"]


def test_a_name_never_opens_with_the_arabic_article(name_index):
    assert tagged("The Sheikh es Sultaneh was present.", name_index, "persName") == []
