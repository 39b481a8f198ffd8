"""Session 16's third hostile round: `encode --date` and the header's creation date, the check rules
direction-control and slot-markup, and the printed list of omissions, used as careless hands and other
projects' files use them. Each test failed before its fix."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parent
REVIEW_RULES = TESTS / "roots" / "review-rules"


@pytest.fixture
def review(tmp_path):
    dest = tmp_path / "review-rules"
    shutil.copytree(REVIEW_RULES, dest)
    return dest


def _findings(cli, root, rule: str) -> list[str]:
    code, out, err = cli("--root", root, "check", "--rule", rule)
    assert code == 0, err
    return out.splitlines()


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text("utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), "utf-8")


# ---------------------------------------------------------------- direction controls the rule did not see

def test_a_direction_control_after_a_comment_is_reported(cli, review):
    """encode leaves a review comment after every proposal, and the rule read only elements' text and
    tails: a U+202E in the words after a comment (`<!-- review: … --> wrote‮ on`) reversed them on the
    page, and check said nothing."""
    _edit(review / "tei" / "mini.xml", "</persName> wrote on the national",
          "</persName><!-- review: a comment --> wrote on the\u202e national")
    assert any("U+202E RIGHT-TO-LEFT OVERRIDE" in line and line.startswith("tei/mini.xml:40: ")
               for line in _findings(cli, review, "direction-control"))


def test_a_direction_control_in_an_attribute_is_reported(cli, review):
    """An attribute value is text too: a `@n` or a catDesc's label is shown, a `@ref` or `@target` with a
    U+202E points where its reader does not see. The rule read only text and tails."""
    _edit(review / "tei" / "mini.xml", '<item n="5">', '<item n="5\u202e1">')
    assert any("U+202E RIGHT-TO-LEFT OVERRIDE" in line and line.startswith("tei/mini.xml:18: ")
               for line in _findings(cli, review, "direction-control"))


# ---------------------------------------------------------------- a creation date against the text's own

LETTER_OF_1919 = ("June 28, 1919 Baghdad\n\nDearest Father.\n\n"
                  "We dined on June 2 with the Chief.\n\nYour loving daughter\n")


@pytest.fixture
def letter(tmp_path):
    from conftest import edition_with_seed
    return edition_with_seed(tmp_path, "letter.txt", LETTER_OF_1919)


def test_a_date_given_to_encode_that_the_dateline_contradicts_is_reported(cli, letter):
    """`encode --date 1918-06-28` on a letter whose dateline reads "June 28, 1919": the header's creation
    date (1918) dates the letter in the order, on its page and in the records, the text says 1919, and
    neither encode nor `check` said so. The given date now awaits review, with the text's words."""
    project, seed = letter
    code, _, err = cli("--root", project, "encode", seed, "--id", "letter", "--date", "1918-06-28")
    assert code == 0, err
    found = [f for f in _findings(cli, project, "review") if "proposed date" in f and "1918-06-28" in f]
    assert len(found) == 1 and "“June 28, 1919” (1919-06-28)" in found[0], found
    assert cli("--root", project, "validate")[0] == 0


def test_a_date_given_to_encode_that_the_dateline_confirms_is_not_reported(cli, letter):
    project, seed = letter
    assert cli("--root", project, "encode", seed, "--id", "letter", "--date", "1919-06")[0] == 0
    assert not [f for f in _findings(cli, project, "review") if "which is the text" in f]


def test_a_creation_date_that_a_letters_correspdesc_contradicts_is_reported(cli, review):
    """A letter dated 1920 in its correspDesc (the CMIF record) and 1921 in its header's creation date
    (the order, the page, MODS): two records of one letter disagreed and no rule compared them."""
    _edit(review / "tei" / "mini.xml", "<profileDesc>",
          '<profileDesc><creation><date when="1921-01-05"/></creation><correspDesc><correspAction '
          'type="sent"><persName ref="psn:chicherin">Chicherin</persName><date when="1920-12-05"/>'
          '</correspAction></correspDesc>')
    found = _findings(cli, review, "letter-date")
    assert len(found) == 1 and "creation" in found[0] and "when=1920-12-05" in found[0], found


# ---------------------------------------------------------------- dates no text was written on

@pytest.mark.parametrize("value", ["9999", "2999-01", "9999-12-31"])
def test_a_date_after_today_is_refused_and_nothing_is_written(cli, letter, value):
    """`--date 9999` (or 2919 for 1919) was written as the letter's creation date and the year of its
    year-less days: the letter went last in the order, dated nine thousand years on, exit 0."""
    project, seed = letter
    code, _, err = cli("--root", project, "encode", seed, "--id", "letter", "--date", value)
    assert code == 1 and err.startswith("--date:0: encode: ") and "after today" in err, err
    assert not (project / "tei" / "letter.xml").exists()


# ---------------------------------------------------------------- a source's header dates as other projects write them

@pytest.mark.parametrize("date, kept", [
    ('<date when="1920-12" cert="maybe">December 1920</date>', {"when": "1920-12", "cert": "unknown"}),
    ('<date when="1920" notBefore="1919">1920</date>', {"when": "1920"}),
    ('<date from="1920-01-01" to="1919-01-01" notBefore="1918">then</date>', {"notBefore": "1918"}),
    ('<date when="1920-02-30">30 February 1920</date>', None),
])
@pytest.mark.parametrize("where", ["creation", "correspDesc"])
def test_a_source_header_date_that_tei_refuses_is_not_copied_as_it_is(tmp_path, capsys, date, kept, where):
    """import-tei copied a source's creation or correspDesc date attribute by attribute: a cert its
    schema does not know ("maybe"), @when with a range, a range ending before it starts, 30 February.
    The imported document then failed validate (exit 0 from import). A doubt the edition cannot read is
    kept as cert="unknown", so the date is not shown as certain."""
    from lxml import etree
    from test_hostile16 import HEADER, _new
    from triglot.cli import main
    edition = _new(tmp_path)
    header = (f"<creation>{date}</creation>" if where == "creation" else
              f'<correspDesc><correspAction type="sent"><persName>A</persName>{date}</correspAction></correspDesc>')
    source = tmp_path / "source.xml"
    source.write_text(HEADER.replace("</fileDesc>", f"</fileDesc><profileDesc>{header}</profileDesc>")
                      + "<text><body><p>The commissariat reports.</p></body></text></TEI>\n", encoding="utf-8")
    assert main(["--root", str(edition), "import-tei", str(source), "--id", "report"]) == 0
    tree = etree.parse(str(edition / "tei" / "report.xml"))
    found = tree.find(f".//{{http://www.tei-c.org/ns/1.0}}{where}//{{http://www.tei-c.org/ns/1.0}}date")
    if kept is None:        # no value: the creation date is left out, a correspAction's keeps its words
        kept = None if where == "creation" else {}
    assert (dict(found.attrib) if found is not None else None) == kept
    capsys.readouterr()
    assert main(["--root", str(edition), "validate"]) == 0, capsys.readouterr()


# ---------------------------------------------------------------- what a source leaves out, as the web page lists it

def test_an_omissions_reason_with_markup_is_given_whole_on_the_web_page(review):
    """An editor tagged a word of an omission's reason (`— comment form of <term>the website</term>`):
    the printed book gave the reason whole, the web page only the words before the tag ("comment form
    of"), as if that were the reason."""
    from lxml import etree
    from triglot.edition import load
    from triglot.web.builder import _omitted
    _edit(review / "tei" / "mini.xml", "— comment form of the website</item>",
          "— comment form of <term>the website</term>, with <!-- sic --><hi>its</hi> replies</item>")
    page = etree.Element("page")
    _omitted(page, load(review).document("mini"))
    assert [(o.get("text"), o.get("reason")) for o in page] == [
        ("Leave a Reply", "comment form of the website, with its replies")]


def test_a_day_given_to_encode_that_a_year_less_dateline_contradicts_is_reported(cli, tmp_path):
    """"June 28 Baghdad" given `--date 1918-07-15` (a slip): the dateline took the given year (June 28,
    1918) and the header July 15, which the order, the page and the records then gave, unremarked."""
    from conftest import empty_edition
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "letter.txt").write_text(LETTER_OF_1919.replace("June 28, 1919", "June 28"), encoding="utf-8")
    project = empty_edition(tmp_path / "project", seeds)
    code, _, err = cli("--root", project, "encode", project / "seeds" / "letter.txt", "--id", "letter",
                       "--date", "1918-07-15")
    assert code == 0, err
    found = [f for f in _findings(cli, project, "review") if "which is the text" in f]
    assert len(found) == 1 and "“June 28” (1918-06-28)" in found[0], found


# ---------------------------------------------------------------- an identifier that identifies nobody

@pytest.mark.parametrize("idno", ['<idno type="GND">-</idno>', '<idno type="VIAF">X</idno>',
                                  '<idno type="URI">https://www.wikidata.org/wiki/</idno>',
                                  '<idno type="URI">http://viaf.org/viaf/</idno>'])
def test_two_persons_with_a_placeholder_identifier_stay_two(tmp_path, idno):
    """A source list giving its persons a placeholder for the identifier nobody looked up (GND "-", an
    empty Wikidata link): import-tei took it for one authority identifier, merged Boris Godunov into
    Anna Karenina's proposed entry and pointed his name at hers."""
    from lxml import etree
    from test_hostile16 import HEADER, _new
    from triglot.cli import main
    edition = _new(tmp_path)
    persons = ('<profileDesc><particDesc><listPerson>'
               f'<person xml:id="p1"><persName>Anna Karenina</persName>{idno}</person>'
               f'<person xml:id="p2"><persName>Boris Godunov</persName>{idno}</person>'
               '</listPerson></particDesc></profileDesc>')
    source = tmp_path / "source.xml"
    source.write_text(HEADER.replace("</fileDesc>", "</fileDesc>" + persons) + '<text><body><p><persName '
                      'ref="#p1">Anna</persName> met <persName ref="#p2">Boris</persName>.</p></body></text></TEI>\n',
                      encoding="utf-8")
    assert main(["--root", str(edition), "import-tei", str(source), "--id", "report"]) == 0
    tree = etree.parse(str(edition / "tei" / "report.xml"))
    refs = [n.get("ref") for n in tree.iterfind(".//{http://www.tei-c.org/ns/1.0}p/{http://www.tei-c.org/ns/1.0}persName")]
    assert len(refs) == 2 and refs[0] != refs[1], refs


def test_an_omission_with_no_reason_prints_its_line_alone_in_the_books(tmp_path, cli):
    """The books' list of what a document leaves out printed "5: " and nothing for an item that
    gives its line but no reason; the line is printed alone."""
    from conftest import make_project, replace_once
    from test_print_text_layer import pdftotext
    root = make_project(tmp_path)
    replace_once(root / "tei" / "mini.xml", "</quote> — comment form of the website</item>", "</quote></item>")
    assert cli("--root", root, "build", "print", "--languages", "en-ru")[0] == 0
    text = " ".join(pdftotext(next((root / "build" / "print").glob("*.pdf"))).split())
    assert "by line of the seed · Опущено из источника, по строкам исходного файла: 5" in text, text[-400:]
    assert "файла: 5:" not in text
