"""A note too long for the foot of a page is printed whole, after its document's text.

Hostile round 30: 1,500 words in `mini.n1` made a footnote taller than the page; WeasyPrint 70
lays a footnote area out whole, never across pages, and drew it over the body and the running
head and off the page's foot: pdftotext found 593 of the words and not the last (pypdf reads
text drawn off the page, so only an extraction that keeps to the page sees it). A single word of
10,000 letters was clipped at the right edge. Such a note is now set after the document's text,
its call linked to it (xslt/modules/print-inline.xsl, b:endnote); the test reads what pdftotext
reads, as a reader sees the page.
"""
from __future__ import annotations

import subprocess

import pikepdf

from conftest import make_project


def build_with_note(tmp_path, cli, text: str):
    root = make_project(tmp_path)
    doc = root / "tei" / "mini.xml"
    source = doc.read_text("utf-8")
    assert 'xml:id="mini.n1">A test note.</note>' in source
    doc.write_text(source.replace('xml:id="mini.n1">A test note.</note>', f'xml:id="mini.n1">{text}</note>'), "utf-8")
    code, out, err = cli("--root", root, "build", "print", "--languages", "en-ru")
    assert code == 0, err
    return root / "build" / "print" / "triglot-en-ru.pdf"


def pdftotext(pdf) -> str:
    return subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout


def test_every_word_of_a_note_longer_than_a_page_is_on_a_page_in_order(tmp_path, cli):
    words = [f"word{i}" for i in range(1500)] + ["END-OF-NOTE"]
    pdf = build_with_note(tmp_path, cli, " ".join(words))
    read = [w for w in pdftotext(pdf).split() if w.startswith("word") or w == "END-OF-NOTE"]
    assert read == words


def test_the_call_of_a_long_note_links_to_it(tmp_path, cli):
    pdf = build_with_note(tmp_path, cli, " ".join(f"word{i}" for i in range(1500)))
    with pikepdf.open(pdf) as book:
        names = {str(name) for name, _ in pikepdf.NameTree(book.Root.Names.Dests).items()}
        links = [str(annot.get("/Dest", "")) for page in book.pages for annot in page.get("/Annots", [])
                 if annot.get("/Subtype") == "/Link"]
    assert "note-mini.n1" in names
    assert "note-mini.n1" in links


def without_furniture(pdf) -> str:
    """The pages' text without their running heads and folios (the document's title, a number)."""
    pages = pdftotext(pdf).split("\f")
    heads = {"A letter from Chicherin", "Письмо Чичерина"}
    return "\n".join(line for page in pages for line in page.splitlines()
                     if line.strip() not in heads and not line.strip().isdigit())


def test_a_word_longer_than_the_line_in_a_note_is_printed_whole(tmp_path, cli):
    word = "".join(chr(ord("a") + i % 26) for i in range(10_000))
    pdf = build_with_note(tmp_path, cli, f"before {word} END-OF-NOTE")
    # a hyphen of the text at a line's end reads U+2010 (print.lineends), as pdftotext keeps it
    text = "".join(without_furniture(pdf).split()).replace("\u2010", "-")
    assert f"before{word}END-OF-NOTE" in text
