"""Session 25's hostile round 34 on what session 25 merged last: numbered divs, the day-first date
wordings ("October the 30th, 1918", "the 3rd day of March 1921"), `check --rule unchecked-form`,
`schema --check`, print's data-table shares and `encode --date`. Each test failed before its fix.

No test here is timed: a cost is counted (the characters a pattern was given to read), not clocked."""
from __future__ import annotations

import stat
from pathlib import Path

import pytest

from triglot.editor import dates


class _Counting:
    """A compiled pattern that adds up the length of every text it is asked to search."""

    def __init__(self, pattern):
        self.pattern, self.read = pattern, 0

    def search(self, text, *args):
        self.read += len(text)
        return self.pattern.search(text, *args)


def test_the_words_before_each_month_are_sought_near_it_not_in_the_whole_text_before(monkeypatch):
    """find_dates looked for "the first Monday in" before each bare month in the whole text before
    it: 4,000 of "the 3rd day of March the " (100,000 characters) read 200 million characters, 7.5 s
    (load 2.8), and twice the text four times the time. Now each look reads at most
    the 1,000 characters before the month."""
    counting = _Counting(dates.RECURRING_DAY_BEFORE)
    monkeypatch.setattr(dates, "RECURRING_DAY_BEFORE", counting)
    found = dates.find_dates("the 3rd day of March the " * 4000 + "1918")
    assert len(found) == 4001 and found[0].values == {"when": (None, 3, 3)}, found[:2]
    assert counting.read <= 4000 * 1000, counting.read


def test_the_words_before_each_year_are_sought_near_it_not_in_the_whole_text_before(monkeypatch):
    """The same for a bare year and the page, file or document number before it ("No. 1918")."""
    counting = _Counting(dates.NOT_A_YEAR_BEFORE)
    monkeypatch.setattr(dates, "NOT_A_YEAR_BEFORE", counting)
    found = dates.find_dates("in 1918 and " * 4000 + "No. 1919")
    assert len(found) == 4000 and found[-1].values == {"when": (1918, None, None)}, found[-2:]
    assert counting.read <= 4000 * 1000, counting.read


# ---------------------------------------------------------------- check --rule unchecked-form

def _with_translations_and_note(tmp_path, ru: str, hy: str, names: str, note: str):
    """The mini edition with its Russian slots and forms in language `ru` and its Armenian ones in
    `hy`, its first place given the name forms `names` and the source note `note`: (root, places)."""
    from conftest import make_project, replace_once
    root = make_project(tmp_path)
    replace_once(root / "triglot.toml", 'translations = ["ru", "hy"]', f'translations = ["{ru}", "{hy}"]')
    replace_once(root / "triglot.toml", "\nru = ", f'\n"{ru}" = ')
    replace_once(root / "triglot.toml", "\nhy = ", f'\n"{hy}" = ')
    for path in (root / "tei").glob("*.xml"):
        text = path.read_text("utf-8")
        path.write_text(text.replace('xml:lang="ru"', f'xml:lang="{ru}"').replace('xml:lang="hy"', f'xml:lang="{hy}"'),
                        "utf-8")
    places = root / "tei" / "places.xml"
    text = places.read_text("utf-8")
    at = text.index("</place>")
    places.write_text(text[:at] + names + f'<note type="source">{note}</note>' + text[at:], "utf-8")
    return root, places


def test_a_note_on_a_language_whose_name_holds_another_asks_for_that_language_only(tmp_path, cli):
    """Each language's name was sought with "\\b" on its own: a note that the Brazilian Portuguese
    form was not checked, with that form flagged, was reported as an unflagged Portuguese form."""
    root, places = _with_translations_and_note(
        tmp_path, "pt", "pt-BR", '<placeName xml:lang="pt-BR" cert="low">Erevã</placeName>',
        "The Brazilian Portuguese name is the standard form; not checked against a retrieved page.")
    before = places.read_bytes()
    code, out, err = cli("--root", root, "check", "--rule", "unchecked-form")
    assert code == 0 and "unchecked-form" not in out + err and "Traceback" not in err, (code, out, err)
    assert places.read_bytes() == before


def test_a_language_name_ending_in_a_bracket_is_read_in_a_note(tmp_path, cli):
    """"\\b" after "Serbian (Latin)" needs a letter after its ")": a note that the Serbian (Latin) form
    was not checked, with no form flagged, was never reported."""
    root, _ = _with_translations_and_note(
        tmp_path, "sr", "sr-Latn", '<placeName xml:lang="sr-Latn">Jerevan</placeName>',
        "The Serbian (Latin) name is the standard form; not checked against a retrieved page.")
    code, out, err = cli("--root", root, "check", "--rule", "unchecked-form")
    assert ": unchecked-form: " in out + err and "Serbian (Latin) form" in out + err, (code, out, err)


# ---------------------------------------------------------------- encode --date and --source-date

def test_a_source_date_before_the_texts_date_is_refused_and_nothing_is_written(tmp_path, cli):
    """`encode --date 1920-06 --source-date 1919-05` wrote a document whose source printed it a year
    before it was written (the two dates swapped, or a year mistyped), and nothing said so."""
    from conftest import edition_with_seed
    project, seed = edition_with_seed(tmp_path, "letter.txt", "June 28 Baghdad\n\nDearest Father.\n")
    before = {p: p.read_bytes() for p in (project / "tei").rglob("*") if p.is_file()}
    code, _, err = cli("--root", project, "encode", seed, "--id", "letter", "--date", "1920-06", "--source-date", "1919-05")
    assert code == 1 and err.startswith("--source-date:0: encode: ") and "before the text's date" in err, (code, err)
    assert "Traceback" not in err and {p: p.read_bytes() for p in (project / "tei").rglob("*") if p.is_file()} == before
    code, _, err = cli("--root", project, "encode", seed, "--id", "letter", "--date", "1920-06/1920-07",
                       "--source-date", "1920")
    assert code == 0, err


# ---------------------------------------------------------------- numbered divisions

def _treaty(tmp_path, old: str, new: str):
    """The treaty-articles fixture with `old` replaced by `new` in its document: (root, document)."""
    from conftest import make_project, replace_once
    root = make_project(tmp_path, "treaty-articles")
    doc = root / "tei" / "mudros.xml"
    replace_once(doc, old, new)
    return root, doc


def test_two_articles_with_one_number_are_refused_at_the_second(tmp_path, cli):
    """Two div n="18" in one text both took the web anchor mudros.en.n18: validate passed and the page
    held id="mudros.en.n18" twice (a link to the second article landed on the first)."""
    root, doc = _treaty(tmp_path, '<div type="article" n="20">', '<div type="article" n="18">')
    line = next(n for n, row in enumerate(doc.read_text("utf-8").splitlines(), 1) if 'n="18">' in row and n > 112)
    before = doc.read_bytes()
    code, out, err = cli("--root", root, "validate")
    assert code == 1 and f"tei/mudros.xml:{line}: ids: " in out + err and "'mudros.en.n18'" in out + err, (code, out, err)
    assert "Traceback" not in err and doc.read_bytes() == before


def test_an_article_whose_anchor_is_another_elements_id_is_refused(tmp_path, cli):
    """An article n="20" with no xml:id beside a paragraph xml:id="mudros.en.n20": one id twice on
    the web page, and validate said nothing."""
    import re
    from conftest import make_project
    root = make_project(tmp_path, "treaty-articles")
    doc = root / "tei" / "mudros.xml"
    doc.write_text(re.sub(r"mudros\.p1(?!\d)", "mudros.en.n20", doc.read_text("utf-8")), "utf-8")
    code, out, err = cli("--root", root, "validate")
    said = [row for row in (out + err).splitlines() if ": " in row]
    assert code == 1 and len(said) == 1 and ": ids: div n='20': its web page id 'mudros.en.n20' is already that of line" in said[0], (
        code, out, err)


# ---------------------------------------------------------------- schema --check

def test_schema_check_refuses_a_fifo_in_place_of_the_schema_instead_of_waiting(tmp_path):
    """`schema --check` read the committed tei/schema/triglot.rng with read_bytes(): a FIFO there
    blocked it for ever (seen with `timeout 120`: exit 124). It is now a refusal, exit 2, at the file.
    Run as a process with a generous bound, so that the old behaviour fails the test instead of hanging it."""
    import os
    import subprocess
    import sys
    from conftest import make_project
    root = make_project(tmp_path, "treaty-articles")
    rng = root / "tei" / "schema" / "triglot.rng"
    rng.unlink()
    os.mkfifo(rng)
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1] / "src")}
    try:
        done = subprocess.run([sys.executable, "-m", "triglot", "--root", str(root), "schema", "--check"],
                              capture_output=True, text=True, env=env, timeout=300)
    except subprocess.TimeoutExpired:
        pytest.fail("schema --check waited on a FIFO")
    assert done.returncode == 2, (done.returncode, done.stdout, done.stderr)
    assert "tei/schema/triglot.rng:0: read: not a regular file" in done.stdout + done.stderr and "Traceback" not in done.stderr
    assert stat.S_ISFIFO(os.lstat(rng).st_mode)


def test_a_range_within_a_month_is_a_range_and_other_scripts_digits_no_date():
    """`--date 1920-06/1920-06-15` (June 1 to 15) was refused as "ends before or where it starts": the ends
    were compared as text, "1920-06" against the end cut to its length. Each end is now read as the days it
    covers. `--date ١٩٢٠` was refused only by accident, as "after today" (Python's \\d takes any script's
    digits); it is no date, and said so (left by hostile round 34)."""
    import datetime

    from triglot.editor.given_date import problem
    today = datetime.date(2026, 12, 6)
    assert problem("1920-06/1920-06-15", today) is None
    assert problem("1920/1920-06", today) is None
    assert "ends before or where it starts" in problem("1920-06/1920-06", today)
    assert "ends before or where it starts" in problem("1920-06-15/1920-06-14", today)
    assert "is no date" in problem("١٩٢٠", today)
