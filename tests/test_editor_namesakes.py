"""A short form of a register entry that warns of a namesake is linked for review, never in silence.

Journey 23e: "Batum", a variant of Batum Oblast, whose entry says "the province (oblast) of the Russian
Empire, not the city", was linked to the province in four mentions of the town by `encode`, with no
review mark. A variant of an entry with an identification note is now marked for review with the note;
the entry's own name, and a variant of an entry with no such note, are not.
"""
from __future__ import annotations

from conftest import edition_with_seed
from triglot.edition import load
from triglot.tei import NS


def encoded(cli, tmp_path, text: str):
    project, seed = edition_with_seed(tmp_path, "town.txt", text)
    code, _, err = cli("--root", project, "encode", seed, "--id", "town")
    assert code == 0, err
    return {el.text: el.get("ana") for el in load(project).document("town").root.iterfind(".//t:body//t:placeName", NS)}


def test_a_variant_of_an_entry_that_warns_of_a_namesake_is_marked_for_review(cli, tmp_path):
    names = encoded(cli, tmp_path, "The British garrison left Batum in July 1920.\n")
    assert names == {"Batum": "#review"}


def test_the_entrys_own_name_and_a_variant_without_a_warning_are_not(cli, tmp_path):
    names = encoded(cli, tmp_path, "Batum Oblast lay beside Karabagh, as the maps of 1920 show.\n")
    assert names == {"Batum Oblast": None, "Karabagh": None}
