"""review31's second read of hostile42 (session 31): a reader of a kept JSON file the round left, one behaviour each."""
from __future__ import annotations

DEEP = "[" * 100_000


def test_a_kept_map_drawing_nested_too_deep_is_drawn_again(tmp_path, monkeypatch):
    """build/map-cache/NAME.json and the user's cache of drawings were read with json.loads, whose RecursionError
    on a file of 100,000 '[' no reader caught: the build stopped ('triglot:0: limit: RecursionError', naming no
    file), as hostile42 found for the web cache's other files. A damaged drawing is drawn again."""
    from triglot.web import basemap
    user = tmp_path / "user"
    user.mkdir()
    (user / "shapes.json").write_text(DEEP, "utf-8")
    monkeypatch.setattr(basemap, "_user_cache", lambda: user)
    root = tmp_path / "edition"
    root.joinpath(*basemap.CACHE).mkdir(parents=True)
    root.joinpath(*basemap.CACHE, "shapes.json").write_text(DEEP, "utf-8")
    assert basemap.read_cache(root, "shapes") is None
    assert basemap.kept(root, "shapes", {"paths"}) is None


class _CountedAttrs(dict):
    """A date's attributes that count how often they are read."""

    reads = 0

    def get(self, *args):
        _CountedAttrs.reads += 1
        return super().get(*args)


def test_a_diary_of_many_dates_and_weekdays_reads_each_dates_value_a_bounded_number_of_times():
    """weekday_proposals read every date's value for every weekday (a long diary: dates × weekdays); hostile42
    made it a halving, but its test passed before the change too. Counted, not timed: 2,000 dates and 2,000
    weekdays read each date's value a few times, not 2,000 times."""
    from triglot.editor.tagger import Proposal, weekday_proposals
    unit = "Tiflis, March 2, 1920. On Sunday I rode out. "
    text = unit * 2_000
    dates = [Proposal(i * len(unit) + 8, i * len(unit) + 21, "date", _CountedAttrs(when="1920-03-02"))
             for i in range(2_000)]
    assert text[dates[0].start:dates[0].end] == "March 2, 1920"
    _CountedAttrs.reads = 0
    found = weekday_proposals(text, None, dates)
    assert [text[p.start:p.end] for p in found] == ["Sunday"] * 2_000
    assert {p.attrs["when"] for p in found} == {"1920-02-29"}
    assert _CountedAttrs.reads < 10 * len(dates), _CountedAttrs.reads
