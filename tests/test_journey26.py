"""Journey 26: an editor brings a second treaty, the Treaty of Sèvres' articles on Armenia (88–91), as
a web page prints them: each "ARTICLE 88." a line of its own over its text, no signing line, no genre
given (source and licence in tests/data/journey26/README.md)."""
from __future__ import annotations

import shutil

from lxml import etree

from conftest import ROOT
from triglot.tei import NS

SEED = ROOT / "tests" / "data" / "journey26" / "sevres-armenia-1920.txt"


def test_the_sevres_articles_are_proposed_as_four_articles_with_their_paragraphs(cli, tmp_path):
    root = tmp_path / "edition"
    shutil.copytree(ROOT / "tests" / "roots" / "shared-alike", root)
    shutil.copy(SEED, root / "seeds" / "sevres.txt")
    code, _, err = cli("--root", root, "encode", root / "seeds" / "sevres.txt", "--id", "sevres")
    assert code == 0, err
    base = etree.parse(str(root / "tei" / "sevres.xml")).find(".//t:div[@type='base']", NS)
    articles = base.findall("t:div[@type='article']", NS)
    assert [(a.get("n"), len(a.findall("t:p", NS))) for a in articles] == [("88", 2), ("89", 2), ("90", 4), ("91", 2)]
    assert all(a.get("ana") == "#review" for a in articles)
    assert cli("--root", root, "validate")[0] == 0


def test_a_proposal_names_each_register_entry_it_may_be_a_variant_of_once(cli, tmp_path):
    """Journey 26: "Erzerum" in the Treaty of Sèvres was proposed with "or it may be a variant of
    plc:erzurum (it records GeoNames 315368) or plc:erzurum (GeoNames 315368 … also names …)"."""
    from conftest import copy_project
    root = copy_project(tmp_path / "edition")
    seed = root / "seeds" / "vilayets.txt"
    seed.write_text("The Vilayets\n\nThe frontier in the Vilayets of Erzerum was left to arbitration.\n", encoding="utf-8")
    code, _, err = cli("--root", root, "encode", seed, "--id", "vilayets")
    assert code == 0, err
    comments = [c.text for c in etree.parse(str(root / "tei" / "vilayets.xml")).iter(etree.Comment)
                if "“Erzerum”" in c.text]
    assert comments and comments[0].count("plc:erzurum ") == 1, comments
