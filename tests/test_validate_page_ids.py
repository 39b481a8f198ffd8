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
