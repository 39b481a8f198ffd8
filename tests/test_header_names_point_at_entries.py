"""A header's author or editor a register knows points at its entry (issue #20, notes22 item 2).

docs1920's header named its second author `<orgName>Politburo of the Central Committee of the
RCP(b)</orgName>` with no ref, while the register has the body (org:politburo) and the text's own
mention points at it: the Russian and Armenian citations, which give a header name in the reader's
language from its entry, gave this one in English. `check --rule header-name` now names a titleStmt
author or editor written as a register entry's form without a ref, with the ref to write, so that an
editor adding a document is told; a name no register knows is left alone."""
from __future__ import annotations

import re

from conftest import make_project, run_cli

TITLE_END = '<respStmt xml:id="resp-editors">'


def _with_header_names(root, names: str):
    path = root / "tei" / "mini.xml"
    text = path.read_text("utf-8")
    assert TITLE_END in text
    path.write_text(text.replace(TITLE_END, names + TITLE_END, 1), "utf-8")
    line = next(n for n, words in enumerate(path.read_text("utf-8").splitlines(), 1) if TITLE_END in words)
    return path, line


def test_an_author_written_as_an_entrys_name_without_its_ref_is_named_with_the_ref_to_write(tmp_path, capsys):
    root = make_project(tmp_path, "mini")
    path, line = _with_header_names(root, "<author><persName>Georgy Chicherin</persName></author>")
    before = path.read_bytes()
    run_cli("--root", root, "check", "--rule", "header-name")
    out = capsys.readouterr().out
    assert re.search(rf"tei/mini\.xml:{line}: header-name: the author “Georgy Chicherin” is a name of psn:chicherin, "
                     r"but its <persName> has no ref: write ref=\"psn:chicherin\"", out), out
    assert path.read_bytes() == before


def test_a_bare_editor_in_a_variant_form_is_named_too(tmp_path, capsys):
    root = make_project(tmp_path, "mini")
    _, line = _with_header_names(root, "<editor>Chicherin</editor>")
    run_cli("--root", root, "check", "--rule", "header-name")
    out = capsys.readouterr().out
    assert re.search(rf"tei/mini\.xml:{line}: header-name: the editor “Chicherin” is a name of psn:chicherin", out), out


def test_a_name_with_its_ref_or_unknown_to_the_registers_is_left_alone(tmp_path, capsys):
    root = make_project(tmp_path, "mini")
    _with_header_names(root, '<author><persName ref="psn:chicherin">Georgy Chicherin</persName></author>'
                             "<author><persName>Anna Unknown</persName></author>"
                             # a person's name written as an organisation is no mention of the person
                             "<author><orgName>Georgy Chicherin</orgName></author>")
    run_cli("--root", root, "check", "--rule", "header-name")
    assert "header-name" not in capsys.readouterr().out


def test_every_header_name_of_the_edition_a_register_knows_points_at_it(edition):
    from triglot.editor.check import check
    assert [p for p in check(edition, rules={"header-name"}) if p.rule == "header-name"] == []


def test_the_russian_and_armenian_citations_of_docs1920_give_the_politburo_in_their_language(edition):
    from triglot.web.cite import authors, display_name
    doc = edition.document("docs1920")
    names = {lang: [display_name(a) for a in authors(doc, edition, lang)] for lang in ("en", "ru", "hy")}
    assert "Politburo of the Central Committee of the RCP(b)" in names["en"]
    assert "Политбюро ЦК РКП(б)" in names["ru"], names["ru"]
    assert "ՌԿ(բ)Կ Կենտրոնական կոմիտեի Քաղբյուրո" in names["hy"], names["hy"]
