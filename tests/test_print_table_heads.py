"""A table's header row, repeated on each page it runs over, is tagged once (#17; print.tagging).

WeasyPrint repeats a table's header row on every page and tagged each repeat as the table's
header row again: a screen reader read "English Русский" at every page, and outloud (PyPI,
Matterhorn Protocol checks) warned of lines tagged as content on three or more pages
(PAG-001). The repeats are now pagination artifacts; the table is one /Table whose header
row, from its first page, names every column, and the page still shows (and pdftotext still
reads) the header on every page. The fixture edition's letter is given a paragraph that
runs over six pages; the book is built by the command.
"""
from __future__ import annotations

import json
import subprocess
import sys

import pikepdf
from test_print_page_foot import VOCABULARY, build_with_paragraph

WORDS = [VOCABULARY[i % len(VOCABULARY)] for i in range(1200)]


def elements(pdf):
    todo = [pdf.Root.StructTreeRoot.K]
    while todo:
        node = todo.pop()
        if isinstance(node, pikepdf.Array):
            todo.extend(node)
        elif isinstance(node, pikepdf.Dictionary) and node.get("/Type") == "/StructElem":
            yield node
            if "/K" in node:
                todo.append(node.K)


def kids(element):
    k = element.get("/K")
    items = k if isinstance(k, pikepdf.Array) else [k]
    return [kid for kid in items if isinstance(kid, pikepdf.Dictionary) and "/S" in kid]


def first_row(table):
    row = kids(table)[0]
    while str(row.S) in ("/THead", "/TBody", "/TFoot"):
        row = kids(row)[0]
    return row


def pagination_artifacts(page) -> int:
    return sum(1 for operands, operator in pikepdf.parse_content_stream(page)
               if str(operator) == "BDC" and str(operands[0]) == "/Artifact"
               and isinstance(operands[1], pikepdf.Dictionary) and operands[1].get("/Type") == "/Pagination")


def test_a_table_over_six_pages_is_one_table_with_one_header_row(tmp_path, cli):
    pdf_path = build_with_paragraph(tmp_path, cli, WORDS)
    shown = subprocess.run(["pdftotext", "-layout", str(pdf_path), "-"], capture_output=True, text=True,
                           check=True).stdout
    heads = [page for page in shown.split("\f")
             if any(line.split() == ["English", "Русский"] for line in page.splitlines())]
    assert len(heads) >= 6, "the header row is printed on every page of the letter"
    with pikepdf.open(pdf_path) as pdf:
        found = list(elements(pdf))
        tables = [el for el in found if el.get("/S") == "/Table"]
        # the contents, the letter and the chronology: one table each, not one a page
        assert len(tables) == 3, len(tables)
        for table in tables:
            assert [str(kid.S) for kid in kids(table)].count("/THead") == 1
            assert {str(cell.S) for cell in kids(first_row(table))} == {"/TH"}
        ids = {str(el.ID) for el in found if el.get("/S") == "/TH" and "/ID" in el}
        cited = {str(h) for el in found if el.get("/S") == "/TD" and "/A" in el
                 and isinstance(el.A, pikepdf.Dictionary) and "/Headers" in el.A for h in el.A.Headers}
        assert cited and cited <= ids, "every data cell names header cells that are tagged"
        later = [pagination_artifacts(page) for page in pdf.pages]
        assert sum(count > 0 for count in later) >= len(heads) - 1, later


def test_outloud_no_longer_finds_the_column_heads_repeated_as_content(tmp_path, cli):
    pdf_path = build_with_paragraph(tmp_path, cli, WORDS)
    done = subprocess.run([sys.executable, "-c", "from outloud.cli import main; main()", "--layer", "conformance",
                           "--json", "-", "--fail-on", "never", str(pdf_path)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-2000:]
    result = json.loads(done.stdout)["results"][0]
    assert result["counts"]["error"] == 0, result["findings"]
    evidence = " ".join(f.get("evidence", "") for f in result["findings"] if f["rule"] == "PAG-001")
    assert "English" not in evidence and "Русский" not in evidence, evidence
