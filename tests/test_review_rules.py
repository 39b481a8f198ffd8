"""`triglot check` review rules: scripts, Armenian punctuation, terminology, register sources and roles, note dates."""
import shutil
from pathlib import Path

import pytest

FIXTURE = Path(__file__).resolve().parent / "roots" / "review-rules"


@pytest.fixture
def root(tmp_path):
    dest = tmp_path / "review-rules"
    shutil.copytree(FIXTURE, dest)
    return dest


def findings(cli, root, *rules):
    args = [a for rule in rules for a in ("--rule", rule)]
    code, out, err = cli("--root", root, "check", *args)
    assert code == 0, err
    return out.splitlines()


def test_a_latin_letter_inside_a_russian_word_is_reported(cli, root):
    assert findings(cli, root, "latin-letters") == [
        "tei/mini.xml:43: latin-letters: mini.h1.ru: “Чичeрина” mixes Latin letters into a word in Russian"]


def test_english_words_in_a_draft_are_reported_but_not_cited_ones(cli, root):
    mini = root / "tei" / "mini.xml"
    text = mini.read_text(encoding="utf-8").replace("Чичeрина", "Чичерина").replace(
        "писал о национальном пакте", "wrote о «the» пакте")
    mini.write_text(text, encoding="utf-8")
    assert findings(cli, root, "latin-letters") == [
        "tei/mini.xml:44: latin-letters: mini.p1.ru: “wrote” is written in Latin letters in Russian text"]


def test_a_latin_colon_in_armenian_is_reported_with_the_armenian_mark(cli, root):
    assert findings(cli, root, "punctuation") == [
        "tei/mini.xml:47: punctuation: mini.h1.hy: Latin “:” in Armenian text (use ։ or ․): “…: 1920 թ. Մ…”"]


def test_any_language_gets_a_punctuation_rule_from_its_data_file(cli, root):
    """Punctuation conventions are data (punctuation/LANG.json), not a branch for Armenian: an
    edition's own file gives Russian one, here: straight quotation marks where Russian writes « »."""
    (root / "punctuation").mkdir()
    (root / "punctuation" / "ru.json").write_text(
        '{"pattern": "[\\"]", "advice": {"\\"": "« »"}}', encoding="utf-8")
    mini = root / "tei" / "mini.xml"
    mini.write_text(mini.read_text(encoding="utf-8").replace("писал о национальном пакте",
                                                             'писал о "национальном пакте"'), encoding="utf-8")
    found = [line for line in findings(cli, root, "punctuation") if "mini.p1.ru" in line]
    assert len(found) == 2 and all(line.startswith("tei/mini.xml:44: punctuation: mini.p1.ru: Latin “\"” "
                                                   "in Russian text (use « »)") for line in found), found


def test_broken_punctuation_data_is_reported_at_its_file(cli, root):
    (root / "punctuation").mkdir()
    (root / "punctuation" / "hy.json").write_text('{"pattern": "[", "advice": {}}', encoding="utf-8")
    code, out, err = cli("--root", root, "check", "--rule", "punctuation")
    assert code != 0 and "punctuation/hy.json" in err and "punctuation-data" in err and "Traceback" not in err


def test_armenian_abbreviation_dots_are_not_full_stops(cli, root):
    mini = root / "tei" / "mini.xml"
    mini.write_text(mini.read_text(encoding="utf-8").replace("</persName>: 1920 թ. Մոսկվա։",
                                                             "</persName>․ 1920 թ. Մոսկվա."), encoding="utf-8")
    assert findings(cli, root, "punctuation") == [
        "tei/mini.xml:47: punctuation: mini.h1.hy: Latin “.” in Armenian text (use ։): “…․ 1920 թ. Մոսկվա.…”"]


def test_a_term_that_disagrees_with_the_terminology_list_is_reported(cli, root):
    assert findings(cli, root, "terminology") == [
        "tei/mini.xml:44: terminology: mini.p1.ru: “национальном пакте” disagrees with the Russian term "
        "“Национальный обет” (tei/terminology/ru.tsv:2)"]


def test_without_a_terminology_file_there_is_no_terminology_rule(cli, root):
    shutil.rmtree(root / "tei" / "terminology")
    assert findings(cli, root, "terminology") == []


def test_register_entries_without_a_source_note_are_reported(cli, root):
    assert findings(cli, root, "register-source") == [
        "tei/persons.xml:24: register-source: lenin (Vladimir Lenin) has no source note (note type=\"source\")",
        "tei/places.xml:16: register-source: moscow (Moscow) has no source note (note type=\"source\")"]


def test_persons_without_a_role_in_every_edition_language_are_reported(cli, root):
    lines = findings(cli, root, "register-roles")
    assert "tei/persons.xml:16: register-roles: chicherin (Georgy Chicherin) has no Armenian role (occupation xml:lang=\"hy\")" in lines
    assert len(lines) == 4  # chicherin: hy; lenin: en, ru, hy


def test_an_untagged_date_in_an_editorial_note_is_reported_once(cli, root):
    assert findings(cli, root, "note-date") == [
        "tei/mini.xml:40: note-date: mini.n1: “5 December 1920” is a date but is not tagged with <date>"]


def test_an_invisible_direction_control_is_reported_at_its_line_in_a_document_and_a_register(cli, root):
    """A U+202E pasted or imported with a source reversed the rest of its block on the page, unseen
    by the editor; a mark (U+200F) that only settles neutral characters is left alone."""
    doc = root / "tei" / "mini.xml"
    text = doc.read_text("utf-8").replace("wrote on the national", "wrote\u200f on\n the\u202e national")
    doc.write_text(text, "utf-8")
    persons = root / "tei" / "persons.xml"
    lines = persons.read_text("utf-8").splitlines(keepends=True)
    at = next(n for n, row in enumerate(lines) if "<persName" in row)
    lines[at] = lines[at].replace("</persName>", "\u2066</persName>", 1)
    persons.write_text("".join(lines), "utf-8")
    assert findings(cli, root, "direction-control") == [
        "tei/mini.xml:41: direction-control: U+202E RIGHT-TO-LEFT OVERRIDE in “wrote\u200f on the<U+202E> national pact.”; "
        "remove it unless the reading order needs it (then say why in a note)",
        f"tei/persons.xml:{at + 1}: direction-control: U+2066 LEFT-TO-RIGHT ISOLATE in "
        f"“{_last_words(lines[at])}<U+2066>”; remove it unless the reading order needs it (then say why in a note)"]


def _last_words(row: str) -> str:
    name = row.split("</persName>")[0].split(">")[-1].replace("\u2066", "")
    return " ".join(name[-20:].split())


@pytest.mark.parametrize("rule", ["latin-letters", "punctuation", "terminology",
                                  "register-source", "register-roles", "note-date", "direction-control"])
def test_the_edition_has_no_finding_of_the_review_rules(cli, project_root, rule):
    code, out, _ = cli("--root", project_root, "check", "--rule", rule)
    assert code == 0 and out == ""
