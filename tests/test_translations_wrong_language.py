"""A file whose translations are in another edition language's script is refused, not imported.

Session 13's hostile round: the language a file is imported as comes from its folder or its
header (PO Language, XLIFF trgLang); a CAT tool or a translator that gets it wrong put Russian
text into every Armenian slot, with exit 0.
"""
from __future__ import annotations

from test_translations_import import P1_RU
from test_translations_support import edit_po, export_mini, import_mini, mini, translate  # noqa: F401

P2_RU = "<1/>Встреча примечательна."
P1_HY = ("<1>1937</1> թվականին <2>Միկոյանը</2> հանդիպեց <3><4>Խալիլոն փաշային</4><5>Խալիլ փաշային</5></3> "
         "<6>Երևանում</6> և խոսեց <7>Թուրքիայի</7> մասին։")


def hy_po(root):
    return root / "translations" / "hy" / "mini.po"


def test_russian_text_in_the_armenian_file_is_refused_and_nothing_changes(mini):
    export_mini(mini)
    edit_po(hy_po(mini), {"mini.p1": translate(P1_RU, resp="resp-draft-hy"),
                          "mini.p2": translate(P2_RU, resp="resp-draft-hy")})
    before = (mini / "tei" / "mini.xml").read_bytes()
    result = import_mini(mini)
    problems = [str(p) for p in result.problems]
    assert any("po-target" in p and "2 of its 2 translations are written in the script of Russian (Cyrl)" in p
               and "none in Armenian's (Armn)" in p for p in problems), problems
    assert (mini / "tei" / "mini.xml").read_bytes() == before


def test_an_armenian_file_citing_a_russian_passage_is_imported(mini):
    export_mini(mini)
    edit_po(hy_po(mini), {"mini.p1": translate(P1_HY, resp="resp-draft-hy"),
                          "mini.p2": translate(P2_RU, resp="resp-draft-hy")})
    assert import_mini(mini).problems == []
