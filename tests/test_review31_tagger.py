"""review31's second read of round 47's rules (session 31): faults found with sentences written for these tests
(none taken from any unseen set), one behaviour each."""

from conftest import tagged


# -- a biographical statement's inverted name (index_headings.statement_headings) --------------------------------------

def test_a_glossarys_entry_of_a_name_and_a_bodys_name_before_a_dash_is_no_person(name_index):
    # the statement's shape opens a glossary's or an index's entry too, a name and what it names with a body's, an
    # event's or a place's head word: the body was lost to a person "Dashnaktsutiun, Armenian Revolutionary
    # Federation" (main read the body), and "Note, Armenian Question" was made a man; a surname that is a title's
    # word ("King") is still a man's
    text = ("Dashnaktsutiun, Armenian Revolutionary Federation.—The party of the Republic's governments.\n"
            "Note, Armenian Question.—Resigned to the League in 1920.\n"
            "King, Henry Churchill.—Born in Hillsdale, Mich., January 17, 1858.")
    assert tagged(text, name_index, "persName") == ["King, Henry Churchill"]
    assert tagged(text, name_index, "orgName") == ["Armenian Revolutionary Federation"]


# -- a whole date glued to a word (dates.unglued) ----------------------------------------------------------------------

def test_a_date_glued_to_a_name_in_another_alphabets_capitals_is_read():
    # the glued letter was ASCII only: a Turkish or French name after the year ("1920Ömer") left the date unread,
    # where "1920Omer" was read
    from conftest import date_proposals
    text = "Envoys received\nMay 1, 1920Ömer Lütfi, Chargé d'Affaires\nJune 2, 1921Émile Dupont, Consul"
    assert [(w, a.get("when")) for w, a, _ in date_proposals(text)] == [
        ("May 1, 1920", "1920-05-01"), ("June 2, 1921", "1921-06-02")]
