"""Validation refuses an id of the text that its web document page uses or derives itself: the page
would hold the id twice (the Nu checker's error), and a link to the passage, or the page's own link
(the skip link to #main, the copy button of the document's citation), would land on the other."""
from __future__ import annotations

import re

import pytest

from conftest import make_project


def renamed(project, ids: dict[str, str]):
    """The mini document with its ids renamed, every pointer to them following."""
    path = project / "tei" / "mini.xml"
    text = path.read_text("utf-8")
    for old, new in ids.items():
        text = re.sub(r'(["#])' + re.escape(old) + r'(["\s.])', lambda m: m.group(1) + new + m.group(2), text)
    path.write_text(text, "utf-8")
    return path


def line_of(path, ident):
    return next(n for n, line in enumerate(path.read_text("utf-8").splitlines(), 1) if f'xml:id="{ident}"' in line)


@pytest.mark.parametrize("ids, refused, said", [
    ({"mini.p1": "main"}, "main", "a part of its own"),
    ({"mini.p1": "doc-title"}, "doc-title", "a part of its own"),
    ({"mini.p1": "cite-document"}, "cite-document", "a part of its own"),
    ({"mini.h1": "cite-mini.p1"}, "cite-mini.p1", "the citation of passage mini.p1"),
    ({"mini.n1": "n", "mini.p1": "n-call"}, "n-call", "the mark of note n"),
    ({"mini.p1": "card-persons-chicherin"}, "card-persons-chicherin", "the cards of register entries"),
])
def test_an_id_the_document_page_uses_itself_is_refused_at_its_line(tmp_path, cli, ids, refused, said):
    project = make_project(tmp_path)
    path = renamed(project, ids)
    code, out, err = cli("--root", project, "validate")
    assert code == 1 and "Traceback" not in err
    assert f"tei/mini.xml:{line_of(path, refused)}: ids: xml:id {refused!r}: the web edition's document page " \
           f"uses this id for {said}" in out + err, out + err


def test_ids_near_the_page_s_own_are_left_alone(tmp_path, cli):
    """A passage "maintext", "cite-x" where no passage x exists, "call" or "x-call" beside no note x."""
    project = make_project(tmp_path)
    renamed(project, {"mini.p1": "maintext", "mini.h1": "cite-x", "mini.n1": "call"})
    code, out, err = cli("--root", project, "validate")
    assert "the web edition's document page uses" not in out + err, out + err


def test_the_ids_on_the_page_are_those_of_the_text_and_the_archival_references():
    """ids_in_file takes them out of the document's ids (one XPath less a document): the same
    elements, in the same order, as the XPath of the page's ids gives, header and nested texts too."""
    from lxml import etree

    from triglot.validate.rules import ON_THE_PAGE, WITH_ID, on_the_page
    root = etree.fromstring(
        '<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:id="doc"><teiHeader xml:id="h"><fileDesc><sourceDesc>'
        '<msDesc xml:id="main"><msIdentifier xml:id="ms.id"/></msDesc></sourceDesc></fileDesc>'
        '<respStmt xml:id="text"/></teiHeader><text xml:id="t"><group><text xml:id="inner"><body>'
        '<p xml:id="p1"><x xmlns="urn:other" xml:id="foreign"/></p><msDesc xml:id="box"/></body></text></group>'
        '</text></TEI>')
    expected = ["main", "inner", "p1", "foreign", "box"]
    assert [el.get("{http://www.w3.org/XML/1998/namespace}id") for el in ON_THE_PAGE(root)] == expected
    assert on_the_page(WITH_ID(root)) == ON_THE_PAGE(root)
