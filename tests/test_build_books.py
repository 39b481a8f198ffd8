"""`triglot build`: choosing the print books, and the web edition linking the books that exist."""
from __future__ import annotations

import shutil

from pypdf import PdfReader

from conftest import ROOT, copy_project
from triglot.build import build


def test_languages_option_makes_only_the_books_asked_for(tmp_path, cli):
    root = copy_project(tmp_path / "edition")
    code, out, err = cli("--root", root, "build", "print", "--languages", "en-hy")
    assert code == 0, err
    assert sorted(p.name for p in (root / "build" / "print").iterdir()) == ["triglot-en-hy.pdf"]
    reader = PdfReader(str(root / "build" / "print" / "triglot-en-hy.pdf"))
    assert "doc-mikoyan1937" in reader.named_destinations, "the web links each document's section"


def test_a_bad_languages_option_stops_before_anything_is_built(tmp_path, cli):
    root = copy_project(tmp_path / "edition")
    code, out, err = cli("--root", root, "build", "print", "--languages", "en-de")
    assert code == 1
    assert "--languages" in err and "'en-de'" in err
    assert not (root / "build").exists()


def test_the_web_edition_links_every_print_book_at_the_documents_section(tmp_path):
    root = copy_project(tmp_path / "edition")
    shutil.copytree(ROOT / "translations" / "ui", root / "translations" / "ui")
    books = root / "build" / "print"
    books.mkdir(parents=True)
    for name in ("triglot-en-ru.pdf", "triglot-en-ru-hy.pdf", "notes.pdf"):
        (books / name).write_bytes(b"%PDF-1.7 stand-in")
    build(root, ["web"], root / "build")
    site = root / "build" / "web"
    page = (site / "ru" / "documents" / "legran1920.html").read_text("utf-8")
    assert 'href="../../pdf/triglot-en-ru.pdf#doc-legran1920"' in page
    assert 'href="../../pdf/triglot-en-ru-hy.pdf#doc-legran1920"' in page
    assert "PDF (Английский–Русский–Армянский)" in page
    assert sorted(p.name for p in (site / "pdf").iterdir()) == ["triglot-en-ru-hy.pdf", "triglot-en-ru.pdf"]
