"""Session 26's hostile round 36 on what the session merged in its morning: encode's treaty articles,
validation's forked workers, the web render's worker pools and path-free cache keys, print's
repagination. Each test failed before its fix."""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from conftest import ROOT

HEAD = "Pact of the Three Valleys\n\nThe parties agree as follows.\n\n"


@pytest.fixture
def edition(tmp_path):
    root = tmp_path / "edition"
    shutil.copytree(ROOT / "tests" / "roots" / "shared-alike", root)
    return root


def _encode(cli, root: Path, text: str, *options) -> str:
    seed = root / "seeds" / "pact.txt"
    seed.write_text(text, encoding="utf-8")
    code, _, err = cli("--root", root, "encode", seed, "--id", "pact", *options)
    assert code == 0 and "Traceback" not in err, err
    return (root / "tei" / "pact.xml").read_text("utf-8")


def _articles(numbers) -> str:
    return "".join(f"Article {n}. The valleys keep their wells, clause {k}.\n\n" for k, n in enumerate(numbers, 1))


# ---------------------------------------------------------------- encode's treaty articles

def test_articles_numbered_in_roman_and_arabic_at_once_stay_paragraphs(cli, edition):
    """"Article I", "Article 2", "Article III" were grouped as one numbering (n="I", n="2", n="III"):
    which of two notations is the text's is a guess, and the module refuses guesses."""
    text = _encode(cli, edition, HEAD + _articles(["I", "2", "III"]))
    assert 'type="article"' not in text, re.findall(r"<div [^>]*>", text)


def test_articles_numbered_in_two_digit_systems_stay_paragraphs(cli, edition):
    """"Article 1", "Article ٢" (Arabic-Indic two), "Article 3" were grouped, n="٢" between "1" and "3":
    Python's \\d reads every script's digits and int() their values."""
    text = _encode(cli, edition, HEAD + _articles(["1", "٢", "3"]))
    assert 'type="article"' not in text, re.findall(r"<div [^>]*>", text)
