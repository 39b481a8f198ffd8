"""Journey 23e: an editor brings two new texts (tests/data/journey23e/) through encode, the register
commands, retag, the PO workflow and the builds, reading only the documentation. Each test failed
before its fix."""
from __future__ import annotations

from pathlib import Path

from lxml import etree

from test_editor_register import project, snapshot  # noqa: F401 (the edition with its translations)

from triglot.edition import load
from triglot.tei import NS

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def test_a_merged_form_flagged_uncertain_stays_flagged(cli, project):
    """An entry added with `--uncertain ru` (its Russian form a guess, "Кук-Коллис") and merged into
    another became a plain Russian variant: the cert="low" was dropped, so the unchecked form read as
    checked and `check --rule register-gap` no longer listed it."""
    code, _, err = cli("--root", project, "register", "add", "person", "chicherin-g", "--name", "en=G. Chicherin",
                       "--name", "ru=Г. Чичерин-Орнатский", "--name", "hy=Գ. Չիչերին", "--uncertain", "ru")
    assert code == 0, err
    code, _, err = cli("--root", project, "register", "merge", "chicherin-g", "chicherin")
    assert code == 0, err
    el = load(project).registers["persons"].entries["chicherin"].element
    variants = {v.text: v.get("cert") for v in el.iterfind("t:persName[@type='variant']", NS)
                if v.get(XML_LANG) == "ru"}
    assert variants.get("Г. Чичерин-Орнатский") == "low", variants
    code, out, _ = cli("--root", project, "check", "--rule", "register-gap")
    assert "chicherin: persName@ru “Г. Чичерин-Орнатский” is flagged cert=\"low\"" in out, out


DATA = Path(__file__).resolve().parent / "data" / "journey23e"


def test_a_date_line_below_the_opening_paragraphs_does_not_date_the_source(cli, tmp_path):
    """A Wikipedia page pasted with its infobox: the row "6 March 1917", below the title and the
    "(Redirected from …)" line, was read as a dateline and made the source's date: the header said the
    article was published on 1917-03-06, unmarked, and the web page said "Published March 6, 1917".
    The source's date is a gap for the editor; the line stays a line of the text."""
    from conftest import edition_with_seed
    project, seed = edition_with_seed(tmp_path, "mrnc.txt", (DATA / "mrnc-1918-1919.txt").read_text("utf-8"))
    code, _, err = cli("--root", project, "encode", seed, "--id", "mrnc", "--genre", "article")
    assert code == 0, err
    root = load(project).document("mrnc").root
    date = root.find(".//t:sourceDesc/t:bibl[@type='seed']/t:date", NS)
    assert date.get("when") is None and date.find("t:gap", NS) is not None, etree.tostring(date)
    assert "1917-03-06" in {d.get("when") for d in root.iterfind(".//t:body//t:date", NS)}


def test_a_date_row_of_a_pasted_infobox_is_a_line_of_the_text_not_a_dateline(cli, tmp_path):
    """The same infobox's rows ("• Union of the Peoples … within Russia" over "6 March 1917" over
    "• Independence declared") were cut into three sections, each opened by a dateline as a letter of
    a collection is. A date beside a bulleted line is a row of a list: a paragraph with its date."""
    from conftest import edition_with_seed
    project, seed = edition_with_seed(tmp_path, "mrnc.txt", (DATA / "mrnc-1918-1919.txt").read_text("utf-8"))
    code, _, err = cli("--root", project, "encode", seed, "--id", "mrnc", "--genre", "article")
    assert code == 0, err
    root = load(project).document("mrnc").root
    assert root.find(".//t:body//t:dateline", NS) is None, etree.tostring(root.find(".//t:body//t:dateline", NS))
    row = root.find(".//t:body//t:p/t:date[@when='1917-03-06']", NS)
    assert row is not None and "".join(row.getparent().itertext()) == "6 March 1917"


def test_a_note_added_by_the_editor_is_told_which_slots_to_write_and_the_advice_validates(mini):
    """An editorial note added to a block (the source's wrong date of the Treaty of Kars) gave only
    "block 'X.n1' has no ru slot": the editor had to learn from ENCODING.md what a note's slot is and
    where it goes, and `translations add-language ru` said "0 documents updated". The message now gives
    the element to write and where; written as it says, the document validates."""
    from conftest import replace_once
    from triglot.validate import validate
    doc = mini / "tei" / "mini.xml"
    replace_once(doc, "Chicherin</persName></head>", 'Chicherin</persName><note type="editorial" '
                 'resp="#resp-editors" xml:id="mini.n2">Dated by the editors.</note></head>')
    problems = [str(p) for p in validate(load(mini), fidelity=False)]
    for lang in ("ru", "hy"):
        advice = (f'add <note xml:id="mini.n2.{lang}" corresp="#mini.n2" ana="#untranslated"/> inside the '
                  f"{lang} slot of 'mini.h1'")
        assert any("block 'mini.n2' has no " + lang + " slot: " + advice in p for p in problems), problems
        replace_once(doc, f'<ab xml:id="mini.h1.{lang}" corresp="#mini.h1" ana="#untranslated"/>',
                     f'<ab xml:id="mini.h1.{lang}" corresp="#mini.h1" ana="#untranslated">'
                     f'<note xml:id="mini.n2.{lang}" corresp="#mini.n2" ana="#untranslated"/></ab>')
    assert validate(load(mini), fidelity=False) == []


def test_a_bare_surname_is_proposed_as_the_entry_of_the_name_in_full(cli, tmp_path):
    """"Memed Abashidze … Though Abashidze's faction …" and "W. J. N. Cooke-Collis. On March 4, 1920,
    Cooke-Collis …": the tagger knew the bare surname was "the surname of a person named earlier in the
    text", yet proposed new entries "abashidze" and "cooke-collis" beside "memed-abashidze" and
    "w-j-n-cooke-collis": an editor following the proposals put one person twice in the register."""
    from conftest import edition_with_seed
    project, seed = edition_with_seed(tmp_path, "adjara.txt", (DATA / "adjara-1919-1921.txt").read_text("utf-8"))
    code, _, err = cli("--root", project, "encode", seed, "--id", "adjara", "--genre", "article")
    assert code == 0, err
    text = (project / "tei" / "adjara.xml").read_text("utf-8")
    assert ("“Abashidze” is not in the registers (the surname of “Memed Abashidze”, named earlier in the text); "
            "proposed new person entry “memed-abashidze”") in text
    assert "proposed new person entry “w-j-n-cooke-collis”" in text
    assert "entry “abashidze”" not in text and "entry “cooke-collis”" not in text


def test_a_name_read_a_third_time_says_once_that_it_was_named_earlier(cli, tmp_path):
    """The third "MRNC" of the Wikipedia page had the comment "… in brackets after it; named so earlier in
    the text; named so earlier in the text)"."""
    from conftest import edition_with_seed
    project, seed = edition_with_seed(tmp_path, "mrnc.txt", (DATA / "mrnc-1918-1919.txt").read_text("utf-8"))
    code, _, err = cli("--root", project, "encode", seed, "--id", "mrnc", "--genre", "article")
    assert code == 0, err
    text = (project / "tei" / "mrnc.xml").read_text("utf-8")
    assert "“MRNC” is not in the registers (another name of" in text
    assert "named so earlier in the text; named so earlier in the text" not in text


def test_a_merge_keeps_the_removed_entrys_roles_and_identification_note(cli, project):
    """Journey 23e: merging a duplicate dropped its roles (`occupation`) and its identification note;
    only names, source notes and facts were kept. The kept entry takes a role in each language it
    lacks, and the note, marked as the merged entry's."""
    code, _, err = cli("--root", project, "register", "add", "person", "cooke-collis-dup",
                       "--name", "en=Cooke-Collis", "--name", "ru=Кук-Коллис", "--name", "hy=Քուք-Քոլիս",
                       "--uncertain", "ru", "--uncertain", "hy", "--role", "British military governor of Batum",
                       "--role", "ru=британский военный губернатор Батума",
                       "--identification", "the officer at Batum in 1920, not his namesake in India")
    assert code == 0, err
    code, _, err = cli("--root", project, "register", "add", "person", "w-j-n-cooke-collis",
                       "--name", "en=W. J. N. Cooke-Collis", "--name", "ru=У. Дж. Н. Кук-Коллис",
                       "--name", "hy=Ու. Ջ. Ն. Քուք-Քոլիս", "--uncertain", "ru", "--uncertain", "hy",
                       "--role", "British officer")
    assert code == 0, err
    code, _, err = cli("--root", project, "register", "merge", "cooke-collis-dup", "w-j-n-cooke-collis")
    assert code == 0, err
    el = load(project).registers["persons"].entries["w-j-n-cooke-collis"].element
    roles = {o.get(XML_LANG): o.text for o in el.iterfind("t:occupation", NS)}
    assert roles == {None: "British officer", "ru": "британский военный губернатор Батума"}, roles
    notes = ["".join(n.itertext()) for n in el.iterfind("t:note[@type='identification']", NS)]
    assert notes == ["From the entry cooke-collis-dup, merged into this one: the officer at Batum in 1920, "
                     "not his namesake in India"], notes
    code, out, err = cli("--root", project, "validate")
    assert code == 0, out + err


def test_a_proposal_resting_on_geonames_names_the_records_country(cli, tmp_path):
    """Journey 23e: encode's comment for "Adjara" gave 'GeoNames 2395870 “Adjarra”' without its
    country; `register gazetteer` showed the record is a town in Benin. The comment now says (BJ)."""
    from conftest import edition_with_seed
    project, seed = edition_with_seed(tmp_path, "adj.txt", "The British left Adjara in 1920.\n")
    code, _, err = cli("--root", project, "encode", seed, "--id", "adj")
    assert code == 0, err
    text = (project / "tei" / "adj.xml").read_text("utf-8")
    assert "“Adjarra” (BJ)" in text, [line for line in text.splitlines() if "Adjar" in line]


def _encoded_block(cli, tmp_path, text: str) -> str:
    """`text` encoded as a new seed in an edition with the real registers: its first block's markup."""
    from conftest import edition_with_seed
    project, seed = edition_with_seed(tmp_path, "new.txt", "A title\n" + text + "\n")
    code, _, err = cli("--root", project, "encode", seed, "--id", "new")
    assert code == 0, err
    doc = etree.parse(str(project / "tei" / "new.xml"))
    return etree.tostring(doc.find(".//t:body//t:p", NS), encoding="unicode")


def test_a_register_name_joined_by_a_hyphen_is_linked_not_called_unknown(cli, tmp_path):
    """Journey 23e: "the Russia-Turkey frontier" gave 'review: “Russia” is not in the registers (a place
    joined by a hyphen to another); no new entry proposed', beside the registers' own Russia: the
    registers' names are never looked up beside a hyphen, and the recogniser's split went unlinked."""
    block = _encoded_block(cli, tmp_path, "Talks on the Russia-Turkey frontier began in 1921.")
    assert '<placeName ref="plc:russia" ana="#review">Russia</placeName>' in block, block
    assert '<placeName ref="plc:turkey" ana="#review">Turkey</placeName>' in block, block
    assert "not in the registers" not in block, block


def test_a_register_name_with_a_word_run_into_it_is_linked_with_sic_proposed(cli, tmp_path):
    """Journey 23e's pasted article ran words together ("Russiaand Turkey"): encode proposed a new
    person "russiaand". The name is linked, its tag holding the name's own words (ENCODING.md's
    convention for a lost space), and the comment proposes sic/corr for the source's error."""
    block = _encoded_block(cli, tmp_path, "In 1921 Russiaand Turkey exchanged envoys.")
    assert '<placeName ref="plc:russia" ana="#review">Russia</placeName><!-- review: “Russiaand”: ' in block, block
    assert '-->and <placeName ref="plc:turkey">Turkey' in block, block     # the glued word outside the tag
    assert "sic “Russiaand”, corr “Russia and”" in block, block
    assert "persName" not in block, block
