"""A `wit` (the witnesses of a reading written out in words, TEI 12.1.4.1) in a source's apparatus: in the app
beside its readings its words were dropped without a word (hostile47's leftover); inside the chosen reading they
are not the text's words either.

Material: Digital Mitford's letter to Haydon (1821), byte for byte (tests/data/import-tei/README.md); each test
adds one `wit` to the letter's first app and says where.
"""
from __future__ import annotations

from test_hostile46_import import _listed
from test_hostile47_leftovers import HAYDON, _base_text, _imported, _line


def _with_wit(tmp_path, before: str, wit: str):
    text = HAYDON.read_text("utf-8")
    at = text.index(before, text.index("bride cake"))
    source = tmp_path / "haydon.xml"
    source.write_text(text[:at] + wit + text[at:], "utf-8")
    return source


def test_a_wit_beside_the_readings_of_an_app_is_listed_as_left_out(cli, tmp_path):
    source = _with_wit(tmp_path, "</app>", "<wit>Digital Mitford; L'Estrange 1870</wit>")
    edition, said = _imported(cli, tmp_path, source)
    assert "L'Estrange 1870" not in _base_text(edition)
    assert (str(_line(source, "<wit>")), "Digital Mitford; L'Estrange 1870 — the witnesses of a reading in the "
            "source's apparatus") in _listed(edition), _listed(edition)


def test_a_wit_inside_the_chosen_reading_stays_out_of_the_text(cli, tmp_path):
    source = _with_wit(tmp_path, "</rdg>", "<wit>Digital Mitford</wit>")
    edition, said = _imported(cli, tmp_path, source)
    assert "The magnificent portion of bride cake arrived this morning" in _base_text(edition)
    assert "Digital Mitford" not in _base_text(edition)
    assert (str(_line(source, "<wit>")), "Digital Mitford — the witnesses of a reading in the source's "
            "apparatus") in _listed(edition), _listed(edition)
    code, out, err = cli("--root", edition, "validate")    # fidelity reads the source as import did
    assert code == 0, out + err
