"""encode proposes a treaty's numbered articles or clauses as `div type="article" n="…"`, marked for
review (editor/numbered_units.py): journey 25 wrapped the Armistice of Mudros' clauses by hand. Only a
treaty's (the word "Article", a signing formula, or the genre), and only an unbroken numbering; a
report's numbered points and any numbering encode would have to guess at stay paragraphs.

The texts are written for these tests; the fixture edition is tests/roots/shared-alike."""
from __future__ import annotations

import shutil

import pytest
from lxml import etree

from conftest import ROOT
from triglot.tei import NS

SIGNED = "Done at Kars, in triplicate, on the thirteenth of October, 1921."


@pytest.fixture
def edition(tmp_path):
    root = tmp_path / "edition"
    shutil.copytree(ROOT / "tests" / "roots" / "shared-alike", root)
    return root


def _encode(cli, root, text, *options):
    seed = root / "seeds" / "pact.txt"
    seed.write_text(text, encoding="utf-8")
    code, _, err = cli("--root", root, "encode", seed, "--id", "pact", *options)
    assert code == 0, err
    return etree.parse(str(root / "tei" / "pact.xml")).find(".//t:div[@type='base']", NS)


def _shape(base):
    """The base division's children: ("article", n, [its blocks' first words]) for an article, else
    (element, first words)."""
    def words(el):
        return " ".join("".join(el.itertext()).split()[:2])
    return [("article", el.get("n"), [words(b) for b in el if isinstance(b.tag, str)]) if el.get("type") == "article"
            else (etree.QName(el).localname, words(el)) for el in base]


def test_articles_named_as_such_become_divisions_for_review(cli, edition):
    text = ("Pact of the Three Valleys\n\nThe parties agree as follows.\n\n"
            "Article 1. The valleys keep their wells.\n\nArticle 2. The herds pass in spring.\n\n"
            "Each herd is counted at the ford.\n\nArticle 3. Disputes go to the elders.\n")
    base = _encode(cli, edition, text)
    assert _shape(base) == [("head", "Pact of"), ("p", "The parties"), ("article", "1", ["Article 1."]),
                            ("article", "2", ["Article 2.", "Each herd"]), ("article", "3", ["Article 3."])]
    divs = base.findall("t:div", NS)
    assert all(d.get("type") == "article" and d.get("ana") == "#review" for d in divs)
    assert cli("--root", edition, "validate")[0] == 0


def test_a_signed_texts_bare_numbered_clauses_become_articles_and_its_closing_a_trailer(cli, edition):
    text = ("7. The garrisons withdraw.\n\n8. The roads reopen.\n\n9. Prisoners are exchanged.\n\n" + SIGNED + "\n")
    shape = _shape(_encode(cli, edition, text))
    assert [s[:2] for s in shape] == [("article", "7"), ("article", "8"), ("article", "9"), ("trailer", "Done at")]
    assert cli("--root", edition, "validate")[0] == 0


def test_roman_article_headings_keep_the_number_the_text_prints(cli, edition):
    text = ("ARTICLE I\n\nThe frontier follows the river.\n\nARTICLE II\n\nThe bridge is shared.\n\n"
            "ARTICLE III\n\nThe ferry is free.\n\n" + SIGNED + "\n")
    shape = _shape(_encode(cli, edition, text))
    assert shape[:3] == [("article", "I", ["ARTICLE I", "The frontier"]), ("article", "II", ["ARTICLE II", "The bridge"]),
                         ("article", "III", ["ARTICLE III", "The ferry"])]
    assert cli("--root", edition, "validate")[0] == 0


def test_the_genre_makes_bare_numbers_articles(cli, edition):
    text = "1. The line runs north.\n\n2. The posts are marked.\n\n3. The maps are annexed.\n"
    assert [s[:2] for s in _shape(_encode(cli, edition, text, "--genre", "armistice"))] == \
        [("article", "1"), ("article", "2"), ("article", "3")]


def test_a_reports_numbered_points_stay_paragraphs(cli, edition):
    text = ("The Consul reported three matters.\n\n1. The harvest failed.\n\n2. The road is closed.\n\n"
            "3. The school reopened.\n")
    assert [s[0] for s in _shape(_encode(cli, edition, text))] == ["p", "p", "p", "p"]


@pytest.mark.parametrize("text", [
    # a number skipped: which blocks belong to which article is a guess
    "Article 1. The wells.\n\nArticle 2. The herds.\n\nArticle 4. The elders.\n",
    # a heading between the articles: TEI admits no heading among them
    "Article 1. The wells.\n\nArticle 2. The herds.\n\nAnnex on the Fords\n\nArticle 3. The elders.\n",
    # two articles only
    "Article 1. The wells.\n\nArticle 2. The herds.\n",
    # "IIII" is no Roman numeral
    "Article II. The wells.\n\nArticle III. The herds.\n\nArticle IIII. The elders.\n",
])
def test_a_numbering_encode_would_have_to_guess_at_stays_paragraphs(cli, edition, text):
    assert all(s[0] != "article" for s in _shape(_encode(cli, edition, text)))


def test_check_lists_each_proposed_article_by_its_number_and_opening_words(cli, edition):
    text = ("Article 1. The valleys keep their wells and every spring that rises between the two ridges, "
            "whoever dug it.\n\nArticle 2. The herds.\n\nArticle 3. The elders.\n")
    _encode(cli, edition, text)
    code, out, err = cli("--root", edition, "check", "--rule", "review")
    lines = [line for line in (out + err).splitlines() if "proposed div" in line]
    assert len(lines) == 3 and "(@n=1)" in lines[0] and "…" in lines[0] and "whoever" not in lines[0], lines


@pytest.mark.parametrize("opening", ["Article 4a.", "1000.", "Article the Fourth."])
def test_an_article_whose_number_is_not_read_leaves_all_paragraphs(cli, edition, opening):
    """3,000 articles were grouped as 999, the last taking the 2,001 after it ("Article 1000" was not
    read as a number): an article encode cannot number would join the one before it."""
    text = f"Article 1. The wells.\n\nArticle 2. The herds.\n\nArticle 3. The elders.\n\n{opening} The fords.\n"
    assert all(s[0] != "article" for s in _shape(_encode(cli, edition, text)))


def test_an_essay_quoting_articles_then_going_on_is_not_grouped(cli, edition):
    text = ("Article 1. The wells.\n\nArticle 2. The herds.\n\nArticle 3. The elders.\n\n"
            "These three articles were never applied, as the next chapter shows.\n")
    assert all(s[0] != "article" for s in _shape(_encode(cli, edition, text)))


def test_a_letter_quoting_articles_is_not_grouped(cli, edition):
    text = "Article 1. The wells.\n\nArticle 2. The herds.\n\nArticle 3. The elders.\n\n" + SIGNED + "\n"
    assert all(s[0] != "article" for s in _shape(_encode(cli, edition, text, "--genre", "letter")))


def test_an_unsigned_excerpt_with_article_headings_groups_the_last_articles_text(cli, edition):
    """Journey 26: the Treaty of Sèvres' articles 88–91, each "ARTICLE 89." on a line of its own over its
    text, with no signing line (an excerpt) and no --genre, stayed paragraphs: the last article's own
    text counted as "the text's own words" after quoted articles."""
    text = ("ARTICLE 88.\n\nThe frontier follows the river.\n\nARTICLE 89.\n\nThe bridge is shared.\n\n"
            "Its tolls are halved.\n\nARTICLE 90.\n\nThe ferry is free.\n")
    shape = _shape(_encode(cli, edition, text))
    assert shape == [("article", "88", ["ARTICLE 88.", "The frontier"]),
                     ("article", "89", ["ARTICLE 89.", "The bridge", "Its tolls"]),
                     ("article", "90", ["ARTICLE 90.", "The ferry"])]
    assert cli("--root", edition, "validate")[0] == 0


def test_an_essay_going_on_after_headed_articles_is_not_grouped(cli, edition):
    text = ("ARTICLE 1.\n\nThe wells.\n\nARTICLE 2.\n\nThe herds.\n\nARTICLE 3.\n\nThe elders.\n\n"
            "These three articles were never applied, as the next chapter shows.\n")
    assert all(s[0] != "article" for s in _shape(_encode(cli, edition, text)))


def test_encode_says_why_a_treatys_articles_stay_paragraphs_at_the_first_articles_line(cli, edition):
    """Journey 26: the Treaty of Sèvres' articles stayed paragraphs and encode said nothing; the editor
    read numbered_units.py to learn why."""
    seed = edition / "seeds" / "pact.txt"
    seed.write_text("Pact\n\nArticle 1. The wells.\n\nArticle 2. The herds.\n\nArticle 4. The elders.\n", encoding="utf-8")
    code, out, err = cli("--root", edition, "encode", seed, "--id", "pact")
    assert code == 0, err
    assert "seeds/pact.txt:3: articles: the text's numbered articles stay paragraphs: the numbering does not " \
           "run up by one (2, then 4 at line 7)" in err


def test_a_day_before_its_month_is_a_date_not_an_article(cli, edition):
    """With --genre treaty, "3. March 1921 …", "4. March 1921 …", "5. March 1921 …" (a chronology
    printed day first) were grouped as articles 3 to 5 (hostile round 36)."""
    text = ("3. March 1921 the talks opened.\n\n4. March 1921 the delegates met.\n\n"
            "5. March 1921 the talks closed.\n")
    assert all(s[0] != "article" for s in _shape(_encode(cli, edition, text, "--genre", "treaty")))


def test_a_closing_date_after_the_articles_follows_their_divisions(cli, edition):
    """A treaty closing with its date alone ("13. October 1921." or "October 13, 1921.") was left
    ungrouped: TEI admits a dateline after divisions as it does a trailer (hostile round 36)."""
    text = ("Article 1. The wells.\n\nArticle 2. The herds.\n\nArticle 3. The elders.\n\n"
            "13. October 1921.\n")
    shape = _shape(_encode(cli, edition, text))
    assert [s[:2] for s in shape] == [("article", "1"), ("article", "2"), ("article", "3"), ("dateline", "13. October")]
    assert cli("--root", edition, "validate")[0] == 0
