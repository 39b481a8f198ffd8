"""`triglot bench search`'s timed queries: drawn from the query set, never chosen by hand, and
each way's times told as median, max and how many missed the target."""
from __future__ import annotations

from pathlib import Path

from triglot.web import search_timing
from triglot.web.search_bench import load_queries

QUERIES = Path(__file__).resolve().parent / "search" / "queries.json"


def test_the_timed_queries_are_drawn_from_the_set_across_its_interface_languages():
    """Four hand-picked English queries decided nothing (session 29): the timed ones are every
    k-th query of the set that must find something, so each interface language is timed."""
    queries = load_queries(QUERIES)
    drawn = search_timing.draw(queries, 16)
    assert len(drawn) == 16 and all(q in queries for q in drawn)
    assert all(q.get("forms") or q.get("refs") for q in drawn)
    assert {q.get("ui", "en") for q in drawn} == {q.get("ui", "en") for q in queries}


def test_a_ways_summary_counts_the_pages_over_the_target():
    """A median hides the slow first query (297-384 ms against a 48 ms median): the count over
    the target and the max are told beside it."""
    assert search_timing.summary([120, 301, 48, 300, 384]) == {
        "n": 5, "median": 300, "max": 384, f"over_{search_timing.TARGET_MS}": 2}
