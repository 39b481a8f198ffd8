"""hostile45: import-tei's apparatus (session 33). An `app` with a `lem` of text alone and a `rdg` naming a witness:
lxml's element of no children is false, so `lem or rdg-of-the-base-witness` took the rdg. The edition's text was the
variant and the source's own reading was listed as "a reading of another witness" (and Python warned of the
truth test on every run)."""
from __future__ import annotations

from lxml import etree

from conftest import make_project, run_cli

TEI = "{http://www.tei-c.org/ns/1.0}"
HEADER = ('<teiHeader><fileDesc><titleStmt><title>Readings</title></titleStmt><publicationStmt><availability>'
          '<licence target="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</licence></availability>'
          '</publicationStmt><sourceDesc><p>A made-up apparatus.</p></sourceDesc></fileDesc></teiHeader>')


def _import(tmp_path, capsys, body: str):
    root = make_project(tmp_path, "mini")
    source = tmp_path / "readings.xml"
    source.write_text(f'<TEI xmlns="http://www.tei-c.org/ns/1.0">{HEADER}<text><body><div>{body}</div></body></text></TEI>',
                      "utf-8")
    assert run_cli("--root", root, "import-tei", source, "--id", "readings") == 0
    out = capsys.readouterr()
    tree = etree.parse(str(root / "tei" / "readings.xml"))
    text = " ".join("".join(p.itertext()) for p in tree.iter(f"{TEI}p") if p.get("{http://www.w3.org/XML/1998/namespace}id"))
    left = ["".join(i.itertext()) for i in tree.iter(f"{TEI}item")]
    return text, left, out.out + out.err


def test_a_lem_of_text_alone_is_the_text_beside_a_witness_reading(tmp_path, capsys):
    text, left, said = _import(tmp_path, capsys, '<p>The <app><lem wit="#A">bride-cake</lem><rdg wit="#B">bride cake'
                                                 '</rdg></app> arrived.</p>')
    assert text == "The bride-cake arrived.", text
    assert [x for x in left if "bride" in x] == ["bride cake — a reading of another witness in the source's apparatus (#B)"], left
    assert "FutureWarning" not in said, said


def test_a_lem_with_markup_was_and_is_the_text(tmp_path, capsys):
    """The same apparatus with an element inside the lem (true for lxml): the lem, before the fix too."""
    text, left, _ = _import(tmp_path, capsys, '<p>The <app><lem wit="#A"><hi>bride-cake</hi></lem><rdg wit="#B">bride cake'
                                              '</rdg></app> arrived.</p>')
    assert text == "The bride-cake arrived.", text
