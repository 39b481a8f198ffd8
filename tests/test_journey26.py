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
