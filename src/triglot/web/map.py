"""The map of places, drawn at build time as SVG from the register's coordinates.

No tiles and no network: an equirectangular projection of the places that have a
`geo`, scaled by the cosine of the middle latitude, with a one-degree graticule
for orientation. Coordinates are rounded so that rebuilding gives the same file.
"""
from __future__ import annotations

import math

from lxml import etree

from triglot.tei import NS

SVG_NS = "http://www.w3.org/2000/svg"
WIDTH = 800
PAD = 40


def _s(tag: str) -> str:
    return f"{{{SVG_NS}}}{tag}"


def points(register) -> list[tuple[str, float, float]]:
    out = []
    for entry in register.entries.values():
        geo = entry.element.findtext("t:location/t:geo", "", NS).split()
        if len(geo) == 2:
            out.append((entry.id, float(geo[0]), float(geo[1])))
    return sorted(out)


def place_map(register, lang: str):
    """An <svg> element with one linked, labelled dot per place with coordinates (None if none)."""
    pts = points(register)
    if not pts:
        return None
    lats = [p[1] for p in pts]
    lons = [p[2] for p in pts]
    south, north = math.floor(min(lats)) - 1, math.ceil(max(lats)) + 1
    west, east = math.floor(min(lons)) - 1, math.ceil(max(lons)) + 1
    kx = math.cos(math.radians((north + south) / 2))
    scale = (WIDTH - 2 * PAD) / ((east - west) * kx)
    height = round((north - south) * scale + 2 * PAD)

    def xy(lat, lon):
        return round(PAD + (lon - west) * kx * scale, 1), round(PAD + (north - lat) * scale, 1)

    svg = etree.Element(_s("svg"), nsmap={None: SVG_NS}, viewBox=f"0 0 {WIDTH} {height}",
                        role="group", **{"class": "place-map"})
    grid = etree.SubElement(svg, _s("g"), {"class": "graticule", "aria-hidden": "true"})
    step = 1 if east - west <= 30 else 5
    for lon in range(west, east + 1, step):
        x0, y0 = xy(north, lon)
        x1, y1 = xy(south, lon)
        etree.SubElement(grid, _s("line"), x1=str(x0), y1=str(y0), x2=str(x1), y2=str(y1))
        etree.SubElement(grid, _s("text"), x=str(x1), y=str(y1 + 14)).text = f"{lon}°"
    for lat in range(south, north + 1, step):
        x0, y0 = xy(lat, west)
        x1, y1 = xy(lat, east)
        etree.SubElement(grid, _s("line"), x1=str(x0), y1=str(y0), x2=str(x1), y2=str(y1))
        etree.SubElement(grid, _s("text"), x=str(x0 - 30), y=str(y0 + 4)).text = f"{lat}°"
    for entry_id, lat, lon in pts:
        entry = register.entries[entry_id]
        x, y = xy(lat, lon)
        link = etree.SubElement(svg, _s("a"), href=f"#{entry_id}", **{"class": "place"})
        etree.SubElement(link, _s("title")).text = entry.name(lang)
        etree.SubElement(link, _s("circle"), cx=str(x), cy=str(y), r="4")
        etree.SubElement(link, _s("text"), x=str(x + 6), y=str(y - 6)).text = entry.name(lang)
    return svg
