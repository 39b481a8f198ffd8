"""A date whose year the text never states is tagged for the editor, with no value (issue #12).

FRUS telegrams as the stored pages print them have no dateline: "Your February 12, 10 p.m."
and "[Received March 14]" are the only dates, and no year is stated anywhere. encode left
them untagged, so an editor was told nothing; a year guessed from nowhere would be worse.
"""
import json

import pytest

from conftest import edition_with_seed, empty_edition
from triglot.edition import load
from triglot.tei import NS

TELEGRAM = ("Telegram to the Consul\n\n"
            "Your February 12, 10 p.m. received. The committee met on March 3 and 5 and asked for funds.\n")


@pytest.fixture
def project(tmp_path):
    return edition_with_seed(tmp_path, "telegram.txt", TELEGRAM)[0]


def dates_of(cli, project):
    code, out, err = cli("--root", project, "encode", project / "seeds" / "telegram.txt", "--id", "telegram")
    assert code == 0, err
    doc = load(project).document("telegram")
    return doc, doc.base.findall(".//t:date", NS)


def test_a_date_with_no_year_anywhere_is_tagged_for_review_without_a_value(cli, project):
    doc, dates = dates_of(cli, project)
    assert ["".join(d.itertext()) for d in dates] == ["February 12", "March 3", "5"]
    for date in dates:
        assert not any(date.get(a) for a in ("when", "from", "to", "notBefore", "notAfter", "cert"))
        assert date.get("ana") == "#review"
        note = date.getnext()
        assert "no year" in note.text and "add @when" in note.text
    assert "March 5" in dates[2].getnext().text      # the second day of "March 3 and 5" says its month


def test_the_document_validates_and_check_asks_for_the_year(cli, project):
    dates_of(cli, project)
    code, out, err = cli("--root", project, "validate")
    assert code == 0, out + err
    code, out, err = cli("--root", project, "check", project / "tei" / "telegram.xml")
    assert "“February 12” reads as @when but the element has no @when" in out + err


def test_the_bench_counts_a_date_without_a_value_apart(tmp_path):
    """It claims no value: not a wrong date (precision), not a found one (recall)."""
    from triglot.editor.bench import unseen_set
    (tmp_path / "no-seeds").mkdir()
    project = empty_edition(tmp_path / "project", tmp_path / "no-seeds")
    folder = tmp_path / "set"
    folder.mkdir()
    (folder / "telegram.txt").write_text(TELEGRAM, encoding="utf-8")
    gold = {"texts": {"telegram": {"mentions": [["date", "February 12", "when=1918-02-12"],
                                                ["date", "March 3", "when=1918-03-03"],
                                                ["date", "5", "when=1918-03-05"]]}}}
    (folder / "gold.json").write_text(json.dumps(gold), encoding="utf-8")
    result = unseen_set(load(project), "x", folder)
    assert result["unseen x date"] == "precision None, recall 0.0 (0 matched, 0 proposed, 3 annotated)"
    assert result["unseen x dates tagged with no value (no year to take), for the editor"].startswith(
        "3, of which 3 over an annotated date's words")


def test_the_bench_counts_a_date_left_without_value_right_where_the_gold_has_no_year_either(tmp_path):
    """A novel's diary headed "April 13." has no knowable year; its gold says so (`--MM-DD`).
    Leaving the value out is then the right answer, not a miss (unseen-test35's twelve diary days
    were counted missed, and with them the pool's date recall fell under its floor); a gold that
    gives a true year is still missed by a date left without a value."""
    from triglot.editor.bench import unseen_set
    (tmp_path / "no-seeds").mkdir()
    project = empty_edition(tmp_path / "project", tmp_path / "no-seeds")
    folder = tmp_path / "set"
    folder.mkdir()
    (folder / "telegram.txt").write_text(TELEGRAM, encoding="utf-8")
    gold = {"texts": {"telegram": {"mentions": [["date", "February 12", "when=--02-12"],
                                                ["date", "March 3", "when=1918-03-03"],
                                                ["date", "5", "when=1918-03-05"]]}}}
    (folder / "gold.json").write_text(json.dumps(gold), encoding="utf-8")
    result = unseen_set(load(project), "x", folder)
    assert result["unseen x date"] == "precision 1.0, recall 0.333 (1 matched, 1 proposed, 3 annotated)"
    assert result["unseen x dates tagged with no value (no year to take), for the editor"].startswith(
        "3, of which 2 over an annotated date's words (not counted in the date figures: no value is "
        "claimed) and 1 over an annotated date whose gold has no year either")
