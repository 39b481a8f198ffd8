"""hostile46 (issue #12): the tagger on long texts of its own shapes, and a name over a blank line.

hostile45 left: recognize_letters.PARTICLE read "Von", 20,000 newlines and "der Goltz" as one person, and
`check --rule unknown-name` then printed the 20,000 newlines, escaped, in one 40,000-character message. A name
runs on over a line's end (a paragraph of a TEI file breaks its lines anywhere), never over a blank line."""
from __future__ import annotations

import pytest

from triglot.editor.recognize import Recogniser
from triglot.editor.recognize_letters import PARTICLE


@pytest.fixture(scope="module")
def recogniser():
    return Recogniser()


@pytest.mark.parametrize("gap", ["\n" * 20_000, "\n\n", "\n \n ", "\r\n\r\n"])
def test_no_name_runs_over_a_blank_line(recogniser, gap):
    text = "Later Von" + gap + "der Goltz came."
    assert [m.group(1) for m in PARTICLE.finditer(text)] == []
    spans = [m.text for m in recogniser.find(text)]
    assert not [s for s in spans if s.count("\n") > 1], [s[:40] for s in spans]


@pytest.mark.parametrize("gap", ["\n", " \n  ", " \r\n ", "  "])
def test_a_name_still_runs_over_one_line_end(recogniser, gap):
    text = "Later Von" + gap + "der Goltz came."
    assert [m.group(1) for m in PARTICLE.finditer(text)] == [f"Von{gap}der Goltz"]
    assert f"Von{gap}der Goltz" in [m.text for m in recogniser.find(text)]
