"""The map of places, drawn at build time as SVG: a base map of Natural Earth data
(basemap.py) and every place of the register with coordinates, each a link to its entry,
named at every zoom level where its name fits without covering another (labels.py).

The SVG carries one group of place links per zoom level; the page's script (static/map.js)
shows the group of the current level, pans and zooms, and without the script the map
shows the whole region at the level that suits a desktop column. The markup is built
with lxml; the result for the interface languages (and the labels' font) is kept under
build/map-cache/ by everything it is drawn from, so an unchanged edition costs one read.
"""
from __future__ import annotations

import base64
import hashlib
import json
import os
from pathlib import Path

from lxml import etree

from triglot.tei import NS
from triglot.web import basemap, labels

SVG_NS = "http://www.w3.org/2000/svg"
VERSION = "triglot-map 2"          # change when the drawing below changes
FONT_FILE = "map-labels.woff"
DEFAULT_LEVEL = 3                  # 1/√2 px a unit: the whole frame in a desktop column, no script


def _s(tag: str) -> str:
    return f"{{{SVG_NS}}}{tag}"


def points(register, warn=None) -> list[tuple[str, float, float]]:
    """(id, latitude, longitude) of every place with a `geo` ("lat lon" in decimal degrees).
    A `geo` that is not two numbers in range is left off the map and reported, if `warn`."""
    out = []
    for entry in register.entries.values():
        geo_el = entry.element.find("t:location/t:geo", NS)
        if geo_el is None:
            continue
        latlon = parse_geo(geo_el.text)
        if latlon is not None:
            out.append((entry.id, *latlon))
        elif warn is not None:
            warn(f"{register.path.name}:{geo_el.sourceline}: map: geo of {entry.id} is "
                 f"{' '.join((geo_el.text or '').split()) or 'empty'!r}, not a latitude and longitude "
                 "in decimal degrees; the place is left off the map")
    return sorted(out)


def parse_geo(text) -> tuple[float, float] | None:
    """Latitude and longitude from a TEI `geo` ("41.0 39.7"), None unless two numbers in range."""
    try:
        lat, lon = (float(v) for v in (text or "").split())
    except ValueError:
        return None
    return (lat, lon) if -90 <= lat <= 90 and -180 <= lon <= 180 else None


class Maps:
    """The map of each interface language (None when no place has coordinates or no base
    map data is installed) and the subset font of its labels, made when first asked for
    (by the places page, after the documents' pages: a base map drawn meanwhile in a
    process of its own has had their rendering time to finish)."""

    def __init__(self, make):
        self._make, self._made = make, None

    def _get(self) -> tuple[dict, bytes | None]:
        if self._made is None:
            self._made = self._make()
        return self._made

    @property
    def svgs(self) -> dict[str, str]:
        return self._get()[0]

    def svg(self, ui: str):
        text = self.svgs.get(ui)
        return etree.fromstring(text) if text else None

    def write_font(self, static_dir: Path) -> None:
        font = self._get()[1]
        if font:
            (static_dir / FONT_FILE).write_bytes(font)


def start(edition) -> basemap.Drawing:
    """The base map of the edition's places, drawn meanwhile when it is not in the cache."""
    register = edition.register_of("place")
    return basemap.Drawing(edition.root, points(register) if register is not None else [])


def place_maps(edition, site, warn, drawing: basemap.Drawing | None = None) -> Maps:
    return Maps(lambda: _place_maps(edition, site, warn, drawing))


def _place_maps(edition, site, warn, drawing) -> tuple[dict, bytes | None]:
    register = edition.register_of("place")
    pts = points(register, warn) if register is not None else []
    interface = edition.settings.interface
    if not pts:
        return {}, None
    root = edition.root
    if basemap.find_data(root) is None:
        warn(f"map: the base map data ({basemap.DATA_PACKAGE}) is not installed "
                             "(make install-build); the places page has no map")
        return {}, None
    font = labels.find_font()
    if font is None:
        warn("map: the DejaVu Sans font (fonts-dejavu-core) is not installed; "
                             "the places page has no map")
        return {}, None
    names = {ui: {p: register.entries[p].name(ui) for p, _, _ in pts} for ui in interface}
    # a place whose name shown is a form its register has not checked (cert="low"/"medium"): its link is
    # named so, in words ("Erzurum (unchecked form)"), and its dot ringed dashed (the legend says so)
    from triglot import i18n
    marked = {ui: {p: i18n.gettext(root, ui, "{name} (unchecked form)").format(name=names[ui][p]) for p, _, _ in pts
                   if register.entries[p].name_and_lang(ui)[1] in register.entries[p].unchecked} for ui in interface}
    priority = {p: len({(m.doc_id, m.block_id) for m in site.mentions.get(p, [])}) for p, _, _ in pts}
    try:
        base = drawing.result() if drawing is not None else basemap.base_map(root, pts)
    except Exception as exc:    # pyproj's or GEOS's refusal of a region nobody foresaw: no map, not no site
        warn(f"map: the base map of the places could not be drawn ({type(exc).__name__}: "
             f"{' '.join(str(exc).split())[:200]}); the places page has no map")
        return {}, None
    key = hashlib.sha256(json.dumps([VERSION, labels.LEVELS, base["key"], pts, names, marked,
                                     priority, str(font), os.path.getsize(font)]).encode()).hexdigest()[:24]
    # kept for the user too (by everything it is drawn from): a cold build spent a third of a
    # CPU-second on the labels' font (fontTools' subsetter) and pyproj's import for the same maps
    cached = basemap.kept(root, f"map-{key}", {"svgs", "font"})
    kept_font = _font_of(cached)
    if kept_font is None or not _svgs_of(cached, interface):
        cached = _draw_all(base, pts, names, priority, interface, font, marked)
        basemap.keep(root, f"map-{key}", cached)
        kept_font = base64.b64decode(cached["font"])
    return cached["svgs"], kept_font


def _svgs_of(cached, interface) -> bool:
    """Whether a kept drawing holds an SVG map for each interface language: one that was a string but
    no SVG ('<svg', cut and mended by hand in the user's cache, which every build shares) stopped the
    places page with lxml's XMLSyntaxError."""
    svgs = cached["svgs"]
    if not isinstance(svgs, dict) or not all(isinstance(svgs.get(ui), str) for ui in interface):
        return False
    try:
        return all(etree.fromstring(svgs[ui]).tag == _s("svg") for ui in interface)
    except (etree.XMLSyntaxError, ValueError):
        return False


def _font_of(cached) -> bytes | None:
    """The labels' font of a kept drawing, None when it is missing or damaged (then drawn again):
    a kept file is read from the user's cache too, which other builds and editions share."""
    import binascii
    try:
        return base64.b64decode(cached["font"], validate=True) if cached is not None else None
    except (binascii.Error, TypeError, ValueError):
        return None


def _draw_all(base, pts, names, priority, interface, font, marked=None) -> dict:
    from triglot.web.collate import sort_key
    projector = basemap.Projector(base["proj"], base["frame"])
    xy = {p: projector.project(lon, lat) for p, lat, lon in pts}
    metrics = labels.Metrics(font)
    extent = labels.Box(*base["extent"])
    svgs = {}
    for ui in interface:
        levels = labels.place(xy, names[ui], priority, metrics, extent)
        order = sorted(xy, key=lambda p: (sort_key(names[ui][p], ui), p))
        svgs[ui] = etree.tostring(_svg(base, xy, names[ui], levels, order, (marked or {}).get(ui, {})),
                                  encoding="unicode")
    texts = [n for per_ui in names.values() for n in per_ui.values()]
    return {"svgs": svgs, "font": base64.b64encode(labels.subset_font(font, texts)).decode("ascii")}


def _svg(base, xy, names, levels, order, marked=None):
    x0, y0, x1, y1 = base["extent"]
    home = f"0 0 {base['width']:g} {base['height']:g}"
    svg = etree.Element(_s("svg"), nsmap={None: SVG_NS}, viewBox=home, role="group",
                        **{"class": "place-map", "data-home": home, "data-extent": f"{x0:g} {y0:g} {x1:g} {y1:g}",
                           "data-levels": " ".join(f"{k:g}" for k in labels.LEVELS),
                           "data-level": str(DEFAULT_LEVEL), "data-source": base["source"]})
    ground = etree.SubElement(svg, _s("g"), {"class": "base", "aria-hidden": "true"})
    etree.SubElement(ground, _s("rect"), x=f"{x0:g}", y=f"{y0:g}", width=f"{x1 - x0:g}", height=f"{y1 - y0:g}",
                     **{"class": "sea"})
    for layer in basemap.LAYERS:
        if base["layers"].get(layer):
            etree.SubElement(ground, _s("path"), d=base["layers"][layer], **{"class": layer})
    for n, (k, placed) in enumerate(zip(labels.LEVELS, levels)):
        group = etree.SubElement(svg, _s("g"), {"class": "places", "data-level": str(n)})
        if n != DEFAULT_LEVEL:
            group.set("display", "none")
        for p in order:
            x, y = xy[p]
            link = etree.SubElement(group, _s("a"), href=f"#{p}",
                                    **{"class": "place unchecked" if p in (marked or {}) else "place", "data-place": p})
            etree.SubElement(link, _s("title")).text = (marked or {}).get(p, names[p])
            etree.SubElement(link, _s("circle"), cx=f"{x:.1f}", cy=f"{y:.1f}", r=f"{labels.DOT_PX / k:.2f}")
            label = placed.get(p)
            if label is not None:
                etree.SubElement(link, _s("text"), x=f"{label.x:.2f}", y=f"{label.y:.2f}",
                                 **{"font-size": f"{label.size:.2f}"}).text = names[p]
    return svg
