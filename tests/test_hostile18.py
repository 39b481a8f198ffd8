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
