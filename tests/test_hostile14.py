"""Session 14's hostile round: session 13's additions (writing direction, odd language codes,
year-less dates, the wrong-script import, register headers) and the translators' own tools on
the exported files, used by a careless or hostile user. Each test failed before its fix."""
from __future__ import annotations

import pytest

from conftest import make_project, replace_once

# ---------------------------------------------------------------- languages whose script is a combination


@pytest.mark.parametrize("script, lang, text, run", [
    ("Hans", "zh", "Письмо 中文信 пришло", "中文信"),
    ("Hant", "zh-Hant", "Письмо 中文信 пришло", "中文信"),
    ("Jpan", "ja", "Письмо ひらがなと漢字 пришло", "ひらがなと漢字"),
    ("Kore", "ko", "Письмо 한국어 пришло", "한국어"),
], ids=["Hans", "Hant", "Jpan", "Kore"])
def test_a_run_in_a_script_that_combines_unicode_scripts_is_marked(script, lang, text, run):
    """CLDR writes Chinese, Japanese and Korean in ISO 15924's combined scripts (Hans, Hant, Jpan,
    Kore), which are no value of Unicode's Script property: ICU's [:Script=Hans:] is empty, the
    pattern made of it ('[]+…') did not compile, and `build web` of any edition with zh, ja or ko
    among its languages stopped with a re.error traceback."""
    from triglot.web import script_runs
    assert (lang, run) in script_runs.runs(text, "Cyrl", {script: lang, "Cyrl": "ru"})


def test_han_letters_in_a_japanese_passage_are_not_marked_chinese():
    from triglot.web import script_runs
    assert script_runs.runs("ひらがなと漢字", "Jpan", {"Hans": "zh", "Jpan": "ja"}) == [("", "ひらがなと漢字")]


def test_a_private_use_script_marks_nothing_and_stops_nothing():
    """'ru-Qaaa' is a tag CLDR parses; ICU refuses [:Script=Qaaa:] (an ICUError traceback)."""
    from triglot.web import script_runs
    assert script_runs.runs("Письмо text", "Latn", {"Qaaa": "ru-Qaaa", "Latn": "en"}) == [("", "Письмо text")]
