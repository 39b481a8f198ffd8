"""Rules added in session 14 (round 10) from faults of kinds seen on test11, now in the development pool
(tests/data/unseen-test11: cabled news of the 1920s and memoir prose): one behaviour each, and beside it
a near miss the rule must leave alone.

The sentences are written for these tests in the genre's shape; none is taken from the unseen texts
(development pool or test set), so the tests say what the rules do, not what one passage needed.
"""
from triglot.editor.recognize import Recogniser


def names(text, recogniser=None):
    return [(m.text, m.kind) for m in (recogniser or Recogniser()).find(text)]


# -- datelines ----------------------------------------------------------------------------------

def test_a_datelines_place_in_capitals_is_a_place():
    assert ("PARIS", "place") in names("PARIS, June 4. The Cabinet met late.")
    assert ("ROME", "place") in names("THE CRISIS GROWS. ROME, Octbr. 12. The King returned.")
    assert ("NEW YORK", "place") in names("NEW YORK, Aug. 2. Shipping was delayed.")


def test_an_acronym_before_a_date_is_no_dateline():
    assert ("NKVD", "place") not in names("NKVD, March 10. The note was sent.")
    assert ("BBC", "place") not in names("BBC, May 3. A broadcast was made.")
    # a place in capitals with no day after it is no dateline either (a heading's words)
    assert ("LONDON", "place") not in names("LONDON, THE CITY OF BANKS.")


# -- news agencies' credits -----------------------------------------------------------------------

def test_an_agencys_credit_after_a_dash_is_a_body():
    assert ("Havas", "org") in names("The bridge was blown up at dawn.—(Havas.)")
    assert ("Central News", "org") in names("No casualties are reported.— (Central News.)")
    assert ("Wireless Press", "org") in names("(By Wire.—Wireless Press.—Copyright.) Troops moved north.")


def test_a_newspaper_credited_in_quotes_or_a_receipt_line_is_no_credit():
    assert not any(kind == "org" for _, kind in names("The bridge was blown up.—(“Herald.”)"))
    assert names("The bridge was blown up. (Received 9.15 p.m.)") == []
    assert names("The bridge was blown up.—(Rec. 4.20 a.m.)") == []


# -- the French "M." ------------------------------------------------------------------------------

def test_the_french_m_is_a_title_outside_the_name():
    assert ("Briand", "person") in names("At noon M. Briand received the envoys.")
    assert ("Leon Bourgeois", "person") in names("The speech of M. Leon Bourgeois was cheered.")
    assert not any(text.startswith("M.") for text, _ in names("At noon M. Briand received the envoys."))


def test_an_m_among_initials_stays_inside_the_name():
    assert ("J. M. Keynes", "person") in names("The economist J. M. Keynes wrote a reply.")


# -- a word broken at a line's end ----------------------------------------------------------------

def test_a_place_broken_at_a_lines_end_is_one_place():
    assert ("Constan- tinople", "place") in names("The fleet lay off Constan- tinople for a week.")


def test_a_broken_word_that_is_no_place_is_no_name():
    assert names("The Commis- sioners reported on the roads.") == []
    # a hyphen without the space is a compound, read as before
    assert ("Austro-Hungarian", "place") not in names("The Austro- Hungarian army withdrew.")


# -- headings in capitals -------------------------------------------------------------------------

def test_a_heading_in_capitals_names_places_and_titled_persons():
    assert names("GREECE'S CLAIMS.") == [("GREECE", "place")]
    assert ("CLEMENCEAU", "person") in names("PREMIER CLEMENCEAU'S REPLY. The note was read.")
    # a place the document names after a preposition of place, which GeoNames need not know
    found = names("TROOPS QUIT EUROPE.\n\nThe troops are to be withdrawn from Europe at once.")
    assert ("EUROPE", "place") in found


def test_a_headings_ordinary_words_and_acronyms_are_no_names():
    assert names("THE DEBATE GOES ON.") == []
    assert not any(kind == "place" for _, kind in names("NKVD ORDERS."))
    # capitals inside running text are not a heading
    assert ("GREECE", "place") not in names("The word GREECE was printed large, he said")


# -- OCR ------------------------------------------------------------------------------------------

def test_an_ocr_garbled_word_or_a_cable_formulas_words_are_no_names():
    assert not any(text == "CorniUes" for text, _ in names("The cruisers and CorniUes shelled Smyrna."))
    assert not any(kind == "person" for _, kind in names("By Telegrnph —Exchange Agcy—CopyriEht. Troops left."))
    assert ("Exchange Agcy", "org") in names("By Telegrnph —Exchange Agcy—CopyriEht. Troops left.")


def test_a_word_run_into_the_next_or_a_name_with_an_inner_capital_is_read_as_before():
    assert ("MacDonald", "person") in names("Mr. MacDonald spoke.")
