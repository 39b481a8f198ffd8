"""`triglot encode --date`: the date of a text the editor knows from outside it (a letter whose dateline
has no year) dates the document and gives its year-less dates their year, each marked for review."""
from __future__ import annotations

import pytest
from lxml import etree

from conftest import ROOT, edition_with_seed
from triglot.edition import load
from triglot.tei import NS

LETTER = ("June 28 Baghdad\n\nDearest Father.\n\n"
          "We dined on June 2 with the Chief, and on July 3 I shall be at Hamadan.\n\nYour loving daughter\n")


@pytest.fixture
def letter(tmp_path):
    return edition_with_seed(tmp_path, "letter.txt", LETTER)


def _dates(project) -> dict[str, tuple[str | None, str]]:
    tree = etree.parse(str(project / "tei" / "letter.xml"))
    out = {}
    for date in tree.iterfind(".//t:div[@type='base']//t:date", NS):
        note = date.getnext()
        out[date.text] = (date.get("when"), note.text if isinstance(note, etree._Comment) else "")
    return out


def test_a_day_given_to_encode_dates_the_letter_and_its_year_less_days(cli, letter):
    project, seed = letter
    code, out, err = cli("--root", project, "encode", seed, "--id", "letter", "--date", "1918-06-28")
    assert code == 0, err
    dates = _dates(project)
    assert {text: when for text, (when, _) in dates.items()} == {
        "June 28": "1918-06-28", "June 2": "1918-06-02", "July 3": "1918-07-03"}
    assert all("1918-06-28, the date given to encode" in why for _, why in dates.values())
    tree = etree.parse(str(project / "tei" / "letter.xml"))
    assert tree.find(".//t:profileDesc/t:creation/t:date", NS).get("when") == "1918-06-28"
    from triglot.order import text_date
    assert text_date(load(project).document("letter")) == ({"when": "1918-06-28"}, "text")
    code, _, err = cli("--root", project, "validate")      # the schema gained <creation> with it
    assert code == 0, err


def test_without_a_date_the_letters_days_have_no_year_to_take(cli, letter):
    project, seed = letter
    assert cli("--root", project, "encode", seed, "--id", "letter")[0] == 0
    assert {when for when, _ in _dates(project).values()} == {None}


def test_a_year_alone_is_the_year_of_last_resort(cli, letter):
    project, seed = letter
    assert cli("--root", project, "encode", seed, "--id", "letter", "--date", "1918")[0] == 0
    assert {when for when, _ in _dates(project).values()} == {"1918-06-28", "1918-06-02", "1918-07-03"}


@pytest.mark.parametrize("value", ["1918-02-30", "28 June 1918", "1918/06", ""])
def test_a_date_that_is_no_iso_date_is_refused_and_nothing_is_written(cli, letter, value):
    project, seed = letter
    code, _, err = cli("--root", project, "encode", seed, "--id", "letter", "--date", value)
    assert code == 1 and err.startswith("--date:0: encode: ") and "Traceback" not in err
    assert not (project / "tei" / "letter.xml").exists()


# ---------------------------------------------------------------- a date known only as a range (journey 24l)

def test_a_range_given_to_encode_dates_the_letter_between_its_ends(cli, letter):
    """`--date` took one day, month or year: a letter dated "June–July 1920" was given as 1920-06 or
    1920 and sorted, listed and exported as June or 1 January 1920."""
    project, seed = letter
    code, _, err = cli("--root", project, "encode", seed, "--id", "letter", "--genre", "letter",
                       "--date", "1918-06/1918-07")
    assert code == 0, err
    tree = etree.parse(str(project / "tei" / "letter.xml"))
    created = tree.find(".//t:profileDesc/t:creation/t:date", NS)
    assert dict(created.attrib) == {"notBefore": "1918-06", "notAfter": "1918-07"}
    sent = tree.find(".//t:correspDesc/t:correspAction[@type='sent']/t:date", NS)   # what CMIF reads
    assert (sent.get("notBefore"), sent.get("notAfter"), sent.get("when")) == ("1918-06", "1918-07", None)
    from triglot.order import text_date
    assert text_date(load(project).document("letter")) == ({"notBefore": "1918-06", "notAfter": "1918-07"}, "text")
    # both ends in 1918: the year of the days the letter names without one, each marked for review
    assert {when for when, _ in _dates(project).values()} == {"1918-06-28", "1918-06-02", "1918-07-03"}
    code, _, err = cli("--root", project, "validate")
    assert code == 0, err


def test_a_range_over_two_years_gives_year_less_days_no_year(cli, letter):
    project, seed = letter
    assert cli("--root", project, "encode", seed, "--id", "letter", "--date", "1918-12/1919-01")[0] == 0
    assert {when for when, _ in _dates(project).values()} == {None}


@pytest.mark.parametrize("value", ["1918-07/1918-06", "1918/1918", "1918-06/1918-06-30/1918-07", "1918/06"])
def test_a_range_that_runs_backwards_or_is_no_range_is_refused(cli, letter, value):
    project, seed = letter
    code, _, err = cli("--root", project, "encode", seed, "--id", "letter", "--date", value)
    assert code == 1 and err.startswith("--date:0: encode: ") and "Traceback" not in err, err
    assert not (project / "tei" / "letter.xml").exists()


MEMOIR = ROOT / "tests" / "data" / "unseen-test18" / "morgenthau-armenians-1918.txt"   # public domain (README)


def test_a_memoirs_date_gives_the_days_it_tells_of_no_year(cli, tmp_path):
    """Morgenthau's memoir, published 1918, tells of 1915: `--date 1918` gave "In early April" (the arrests of
    Constantinople's Armenians) the year 1918, as a letter's date gives its days theirs, and an editor who
    confirmed the proposed dates put the arrests in 1918. The memoir is still dated 1918."""
    project, seed = edition_with_seed(tmp_path, "memoir.txt", MEMOIR.read_text("utf-8"))
    code, _, err = cli("--root", project, "encode", seed, "--id", "memoir", "--genre", "memoir", "--date", "1918")
    assert code == 0, err
    tree = etree.parse(str(project / "tei" / "memoir.xml"))
    early_april = next(d for d in tree.iterfind(".//t:div[@type='base']//t:date", NS) if d.text == "early April")
    assert not {"when", "notBefore", "notAfter", "from", "to"} & set(early_april.attrib), early_april.attrib
    assert "no year" in early_april.getnext().text
    assert tree.find(".//t:profileDesc/t:creation/t:date", NS).get("when") == "1918"


def test_a_chapters_number_over_its_title_is_one_title(cli, tmp_path):
    """The chapter's heading "CHAPTER XXV" over "TALAAT TELLS WHY HE "DEPORTS" THE ARMENIANS" titled the
    document "CHAPTER XXV", in the list, the citations and the books."""
    project, seed = edition_with_seed(tmp_path, "memoir.txt", MEMOIR.read_text("utf-8"))
    assert cli("--root", project, "encode", seed, "--id", "memoir", "--genre", "memoir")[0] == 0
    assert load(project).document("memoir").title("en") == 'CHAPTER XXV. TALAAT TELLS WHY HE "DEPORTS" THE ARMENIANS'
