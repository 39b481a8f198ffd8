"""A document's text is rendered once for its three interfaces, and the pages are the ones rendered whole (issue 20).

The passages' text cells were most of a document page's transform, done once per interface
although they differ only in a few marks ([sic], "corrected:", links to register entries and the
chronology). Here, on a copy of the edition whose registers are split by letter (so a name's link
goes to the part that holds it in each interface's alphabet): each document's text is rendered
once, every kind of mark is met, and the site is byte for byte the site whose document pages
were each rendered whole.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from test_web_incremental import files
from test_web_register_parts import split_copy
from triglot.build import build
from triglot.web import render, text_cells

ROOT = Path(__file__).resolve().parents[1]


def _built_with(folder: Path, *replacements) -> Path:
    """A split copy of the edition in `folder`, its site built with each (object, name, value) set."""
    patch = pytest.MonkeyPatch()
    for target, name, value in replacements:
        patch.setattr(target, name, value)
    try:
        project = split_copy(folder / "edition")
        build(project, ["web"])
    finally:
        patch.undo()
    return project


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """The site built as it is, what its document pages went through, and the same site with each
    document page rendered whole."""
    seen = {"cells": 0, "marked": 0, "filled": []}
    html, fill = render._transformed, text_cells.fill

    def counting(ui, text, tei=None, marks=False):
        seen["cells"] += ' kind="text-cells"' in text.partition(">")[0]
        seen["marked"] += marks
        return html(ui, text, tei, marks)

    def recording_fill(page, cells):
        seen["filled"].append(cells)
        return fill(page, cells)
    shared = _built_with(tmp_path_factory.mktemp("cells"), (render, "_transformed", counting),
                         (text_cells, "fill", recording_fill))

    def whole(tei, items):
        from triglot.xslt import processor
        node = processor().parse_xml(xml_text=tei)
        for ui, text, target in items:
            render._transform(ui, text, target, node)
    alone = _built_with(tmp_path_factory.mktemp("whole"), (render, "_transform_document", whole))
    return seen, files(shared / "build" / "web"), files(alone / "build" / "web")


def test_each_document_s_text_is_rendered_once(built):
    from triglot.edition import load
    seen, _, _ = built
    documents = len(load(ROOT).documents)
    assert seen["cells"] == documents
    assert seen["marked"] == 3 * documents == len(seen["filled"])


def test_every_kind_of_mark_is_met(built):
    seen, _, _ = built
    text = "".join(seen["filled"])
    for mark in ('<!--"triglot-ui sic"-->', '<!--"triglot-ui corr"-->', '<!--"triglot-href '):
        assert mark in text, mark


def test_the_pages_are_those_rendered_whole(built):
    _, shared, alone = built
    assert shared.keys() == alone.keys()
    assert [p for p in shared if shared[p] != alone[p]] == []
    assert any("/documents/" in str(p) for p in shared)
