"""A Babel without the weekdays' CLDR date fields stops the build with a line that says so (session 33's leftover).

tei._weekday_forms takes a weekday's inflected forms (Russian "в пятницу", "до пятницы") from CLDR's date
fields of the weekdays, which Babel holds as locale data with no public property (`Locale._data["date_fields"]`;
babel.dates.get_relative_name, 2.19, gives only the relative phrases). It read them with `.get(…, {})`: a
Babel that dropped or moved them gave no forms, and every hand-encoded "в пятницу" became a date of the context,
not a weekday, on the web and in the book, without a word. Now such a Babel stops the command:
`triglot:0: dependency: Babel … holds no CLDR date fields …`, exit 1, no traceback, nothing published.

How Babel is made to drop them: a sitecustomize hook on the child process's path hides the key `date_fields`
from every Locale's data (all else of Babel as installed)."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import make_project
from triglot.problems import InputError

HIDE_DATE_FIELDS = '''
from collections.abc import Mapping
import babel.core
_data = babel.core.Locale._data
class _Without(Mapping):
    def __init__(self, data):
        self._d = data
    def __getitem__(self, key):
        if key == "date_fields":
            raise KeyError(key)
        return self._d[key]
    def __iter__(self):
        return (k for k in self._d if k != "date_fields")
    def __len__(self):
        return sum(1 for _ in self)
babel.core.Locale._data = property(lambda self: _Without(_data.fget(self)))
'''

SRC = Path(__file__).resolve().parents[1] / "src"


def _build(tmp_path: Path, root: Path, hide: bool) -> subprocess.CompletedProcess:
    path = [str(SRC)]
    if hide:
        hook = tmp_path / "hook"
        hook.mkdir()
        (hook / "sitecustomize.py").write_text(HIDE_DATE_FIELDS, "utf-8")
        path.insert(0, str(hook))
    return subprocess.run([sys.executable, "-m", "triglot", "--root", str(root), "build", "web"], capture_output=True,
                          text=True, timeout=600, env={**os.environ, "PYTHONPATH": os.pathsep.join(path)})


@pytest.fixture
def weekday_edition(tmp_path) -> Path:
    """The mini edition with its dated sentence's date a weekday alone ("on Friday": July 2, 1920 was one)."""
    root = make_project(tmp_path, "mini")
    tei = root / "tei" / "mini.xml"
    text = tei.read_text("utf-8")
    assert '<date when="1920-07-02">July 2, 1920</date>' in text
    tei.write_text(text.replace('<date when="1920-07-02">July 2, 1920</date>', '<date when="1920-07-02">Friday</date>'),
                   "utf-8")
    seed = root / "seeds" / "mini.txt"      # the base text is the seed's, word for word (fidelity)
    seed.write_text(seed.read_text("utf-8").replace("on July 2, 1920.", "on Friday."), "utf-8")
    return root


def test_a_build_with_a_babel_without_the_weekdays_date_fields_stops_and_says_so(tmp_path, weekday_edition):
    run = _build(tmp_path, weekday_edition, hide=True)
    assert run.returncode == 1, (run.returncode, run.stderr)
    assert "triglot:0: dependency: Babel " in run.stderr and "holds no CLDR date fields of the weekdays" in run.stderr, \
        run.stderr
    assert "Traceback" not in run.stderr, run.stderr
    assert not (weekday_edition / "build" / "web" / "en" / "index.html").exists()


def test_the_same_build_with_babel_as_installed_builds(tmp_path, weekday_edition):
    """The hook's edition builds with Babel's data whole: the stop above is the missing data's, nothing else's."""
    run = _build(tmp_path, weekday_edition, hide=False)
    assert run.returncode == 0, run.stderr
    assert (weekday_edition / "build" / "web" / "en" / "index.html").is_file()


@pytest.mark.parametrize("data", [{}, {"date_fields": {}}, {"date_fields": {k: {"relative": {}} for k in
                                                                           ("mon", "tue", "wed", "thu", "fri", "sat", "sun")}}])
def test_the_weekday_forms_of_a_locale_without_the_fields_are_refused_not_empty(data):
    """Dropped, emptied, or kept with no phrase in them: each is refused, where `.get` gave an empty set."""
    from triglot.i18n import locale
    from triglot.tei import _weekday_forms

    class Stripped:
        days = locale("ru").days
        _data = data

        def __str__(self):
            return "ru"

    with pytest.raises(InputError) as caught:
        _weekday_forms(Stripped())
    assert str(caught.value).startswith("triglot:0: dependency: Babel ") and " for ru " in str(caught.value)
