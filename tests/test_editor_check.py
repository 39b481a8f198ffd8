"""`triglot check`: one finding per editorial-lint rule on a fixture edition, as file:line and JSON."""
import json
import shutil
from pathlib import Path

import pytest

FIXTURE = Path(__file__).resolve().parent / "roots" / "editor-check"


@pytest.fixture
def root(tmp_path):
    dest = tmp_path / "editor-check"
    shutil.copytree(FIXTURE, dest)
    return dest


def findings(cli, root, *args):
    code, out, err = cli("--root", root, "check", *args)
    assert code == 0, err
    return out.splitlines()


def test_a_register_name_left_untagged_is_reported(cli, root):
    assert findings(cli, root, "--rule", "untagged-name") == [
        "tei/mini.xml:40: untagged-name: “Moscow” is a name of plc:moscow but is not tagged: tag it; if it is no name "
        "here, list “Moscow” under names.not-names in triglot.toml (names.not-names-in.\"mini.p1\" for this block alone)"]


def test_register_entries_never_mentioned_are_reported(cli, root):
    assert findings(cli, root, "--rule", "unused-entry") == [
        "tei/persons.xml:22: unused-entry: lenin (Vladimir Lenin) is never mentioned in the edition",
        "tei/places.xml:16: unused-entry: moscow (Moscow) is never mentioned in the edition"]


def test_entries_missing_a_name_or_flagged_low_are_reported(cli, root):
    assert findings(cli, root, "--rule", "register-gap") == [
        "tei/persons.xml:16: register-gap: chicherin has no Armenian name",
        "tei/persons.xml:24: register-gap: lenin: persName@ru “Владимир Ленин” is flagged cert=\"low\" (awaits review)"]


def test_untranslated_and_stale_slots_are_reported(cli, root):
    lines = findings(cli, root, "--rule", "untranslated", "--rule", "stale")
    assert "tei/mini.xml:43: stale: mini.h1: the Russian draft translation was made from an earlier version of the English text" in lines
    assert "tei/mini.xml:47: untranslated: mini.h1: no Armenian translation yet" in lines
    assert len(lines) == 6


def test_a_date_whose_words_disagree_with_its_value_is_reported(cli, root):
    assert findings(cli, root, "--rule", "date-mismatch") == [
        "tei/mini.xml:40: date-mismatch: “December 4” reads as @when=1920-12-04 but is tagged @when=1920-12-05"]


def test_proposals_awaiting_review_are_reported_with_their_reason(cli, root):
    assert findings(cli, root, "--rule", "review") == [
        "tei/mini.xml:40: review: proposed persName “Chicherin” (psn:chicherin) awaits review: test proposal"]


def test_json_output_lists_every_finding(cli, root):
    code, out, _ = cli("--root", root, "check", "--format", "json")
    rules = sorted({p["rule"] for p in json.loads(out)})
    assert rules == ["date-mismatch", "register-gap", "register-roles", "register-source", "review", "stale",
                     "untagged-name", "untranslated", "unused-entry"]


def test_strict_exits_1_when_something_is_found(cli, root):
    assert cli("--root", root, "check", "--strict")[0] == 1


def test_the_curated_edition_has_no_date_mismatch(cli, project_root):
    code, out, _ = cli("--root", project_root, "check", "--rule", "date-mismatch")
    assert code == 0 and out == ""


def test_likely_names_no_register_knows_are_reported(cli, root):
    text = (root / "tei" / "mini.xml").read_text(encoding="utf-8")
    (root / "tei" / "mini.xml").write_text(text.replace("Moscow", "Moscow and General Kâzım Karabekir", 1),
                                           encoding="utf-8")
    found = findings(cli, root, "--rule", "unknown-name")
    assert len(found) == 1 and found[0].startswith("tei/mini.xml:40: unknown-name: “Kâzım Karabekir”")


def test_a_document_argument_filters_the_register_rules_too(cli, root):
    assert findings(cli, root, "--rule", "unused-entry", "mini") == []
    assert all("chicherin" in f or "lenin" in f for f in findings(cli, root, "--rule", "register-gap", "mini"))


def test_a_genre_or_place_type_no_interface_catalog_translates_is_reported(cli, root):
    """Journey 22w: a text encoded with `--genre book` stood as "book" in the Russian and Armenian
    document lists and filters, and nothing told the editor. A term the catalogs have is not reported."""
    mini = root / "tei" / "mini.xml"
    mini.write_text(mini.read_text(encoding="utf-8").replace(
        "</langUsage>\n", "</langUsage>\n      <textClass><keywords><term>letter</term><term>book</term>"
                          "</keywords></textClass>\n", 1), encoding="utf-8")
    places = root / "tei" / "places.xml"
    places.write_text(places.read_text(encoding="utf-8").replace(
        '<place xml:id="moscow" type="city">', '<place xml:id="moscow" type="hamlet">', 1), encoding="utf-8")
    found = findings(cli, root, "--rule", "interface-term")
    assert [f.split(": ")[0] for f in found] == ["tei/mini.xml:34"] * 2 + ["tei/places.xml:16"] * 2
    assert any("genre 'book' has no Russian translation" in f for f in found)
    assert any("moscow's place type 'hamlet' has no Armenian translation" in f for f in found)
    assert not any("'letter'" in f or "'city'" in f for f in found)


def _dated(root, title: str, created: str | None) -> None:
    """The fixture's title with `title`, and its one text created on `created` (header's creation)."""
    toml = root / "triglot.toml"
    toml.write_text(toml.read_text(encoding="utf-8").replace('title = { en = "Fixture edition" }',
                                                              f'title = {{ en = "{title}" }}'), encoding="utf-8")
    if created:
        mini = root / "tei" / "mini.xml"
        mini.write_text(mini.read_text(encoding="utf-8").replace(
            "<profileDesc>", f'<profileDesc><creation><date when="{created}">{created}</date></creation>', 1),
            encoding="utf-8")


def test_a_text_dated_outside_the_years_the_title_states_is_reported(cli, root):
    """Journey 22l: Gertrude Bell's letter of 1918 was exported under a title saying "1920–1937" and
    nothing noticed; the title is settings data and the edition grows past it."""
    _dated(root, "Fixture edition, 1920–1937", "1918-09-05")
    assert findings(cli, root, "--rule", "edition-span") == [
        "triglot.toml:7: edition-span: mini is dated 1918-09-05 (its text), outside the 1920–1937 that "
        "edition.title.en states: widen the years the settings give, or check the document's date"]


def test_a_text_inside_the_stated_years_is_not_reported(cli, root):
    _dated(root, "Fixture edition, 1920–1937", "1937-12-31")
    assert findings(cli, root, "--rule", "edition-span") == []


def test_a_text_dated_only_by_its_publication_is_not_reported(cli, root):
    """A recent article is about the title's years, not of them: only its seed's 2026 date is known."""
    _dated(root, "Fixture edition, 1900–1910", None)
    assert findings(cli, root, "--rule", "edition-span") == []


def test_a_document_with_no_title_in_a_language_of_the_edition_is_reported(cli, root):
    """Journey 23g: Turkish added to the edition, the documents' pages in the Turkish interface showed
    the English title, and no rule said which titles were missing (a gap left by encode is the
    review rule's, not this one's)."""
    from conftest import replace_once
    mini = root / "tei" / "mini.xml"
    text = mini.read_text(encoding="utf-8")
    hy_title = next(line for line in text.splitlines() if 'type="main"' in line and 'xml:lang="hy"' in line)
    replace_once(mini, hy_title + "\n", "")
    found = findings(cli, root, "--rule", "title-gap")
    assert len(found) == 1 and ": title-gap: no main title in Armenian (hy)" in found[0], found


def test_a_not_names_key_that_names_no_document_or_block_is_reported(cli, root):
    """retag24 left it: the settings are read before the documents, so a mistyped key of
    names.not-names-in ("mini.p9", "mnii") applied its forms nowhere and nothing said so. A key
    naming the document or one of its blocks is not reported."""
    with open(root / "triglot.toml", "a", encoding="utf-8") as f:
        f.write('\n[names.not-names-in]\n"mini.p1" = ["Moscow"]\nmini = ["Moscow"]\n"mini.p9" = ["Moscow"]\n')
    found = findings(cli, root, "--rule", "not-names-key")
    assert len(found) == 1 and found[0].startswith("triglot.toml:") and "'mini.p9'" in found[0], found
    line = int(found[0].split(":")[1])
    assert (root / "triglot.toml").read_text(encoding="utf-8").splitlines()[line - 1].startswith('"mini.p9"')


def test_a_register_given_as_a_document_is_told_it_is_a_register(cli, root):
    """`check tei/persons.xml` said "no such document in tei/", though the file is there (hostile round
    29): a register is named as one, and a name that is nothing gives the documents to choose from."""
    code, _, err = cli("--root", root, "check", "tei/persons.xml")
    assert code == 1 and err.startswith("tei/persons.xml:0: check: persons is a register, not a document"), err
    code, _, err = cli("--root", root, "check", "nosuch")
    assert code == 1 and "no such document in tei/ (documents: mini)" in err, err
