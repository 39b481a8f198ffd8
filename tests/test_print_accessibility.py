"""The printed books as assistive technology, libraries and readers' tools see them.

PDF/UA-1 and PDF/A-3u claims in the XMP metadata, the language of every tagged passage,
header cells with a scope, and text that poppler's pdftotext extracts whole: every passage
of every book found, with no hyphen that the line breaking added.
"""
from __future__ import annotations

import re
import subprocess
import sys
import unicodedata

import pdfplumber
import pikepdf
import pytest
from printed import longest_prefix_in, segments

from triglot.tei import XML_ID

SCRIPTS = {"CYRILLIC": "ru", "ARMENIAN": "hy"}


@pytest.fixture
def real(print_real):
    return print_real


def script_language(text: str) -> str | None:
    """The language whose script most letters of `text` are in (Cyrillic: ru, Armenian: hy)."""
    counts: dict[str, int] = {}
    for ch in text:
        if ch.isalpha():
            name = unicodedata.name(ch, "")
            lang = next((v for k, v in SCRIPTS.items() if name.startswith(k)), "other")
            counts[lang] = counts.get(lang, 0) + 1
    return max(counts, key=counts.get) if counts else None


def test_books_claim_pdf_ua_1_and_pdf_a_3u_in_their_metadata(real):
    _, books = real
    for book in books.values():
        with pikepdf.open(book.path) as pdf:
            meta = pdf.open_metadata()
            assert meta["pdfuaid:part"] == "1", book.path.name
            assert (meta["pdfaid:part"], meta["pdfaid:conformance"]) == ("3", "U")
            assert meta["dc:title"].startswith("Documents on Soviet, Armenian and Turkish diplomacy")
            assert bool(pdf.Root.ViewerPreferences.DisplayDocTitle)
            assert str(pdf.Root.Lang) == "en" and "/OutputIntents" in pdf.Root


def struct_elements(pdf):
    """(element, effective language) for every structure element, languages inherited."""
    todo = [(pdf.Root.StructTreeRoot.K, str(pdf.Root.Lang))]
    while todo:
        node, lang = todo.pop()
        if isinstance(node, pikepdf.Array):
            todo.extend((k, lang) for k in node)
        elif isinstance(node, pikepdf.Dictionary) and node.get("/Type") == "/StructElem":
            own = str(node.Lang) if "/Lang" in node else lang
            yield node, own
            if "/K" in node:
                todo.append((node.K, own))


def test_every_header_cell_has_a_scope(real):
    _, books = real
    with pikepdf.open(books[("en", "ru", "hy")].path) as pdf:
        headers = [el for el, _ in struct_elements(pdf) if el.get("/S") == "/TH"]
        assert len(headers) > 10          # the parallel tables, contents and chronology
        assert all(str(el.A.Scope) in ("/Column", "/Row") for el in headers)


def _kids(element):
    k = element.get("/K")
    items = k if isinstance(k, pikepdf.Array) else [k]
    return [kid for kid in items if isinstance(kid, pikepdf.Dictionary) and "/S" in kid]


def test_every_tagged_table_has_one_header_row_and_it_comes_first(real):
    """WeasyPrint repeats a table's header row on every page; the repeats are artifacts
    (print.tagging.repeated_headers), so a table that runs over pages is one /Table whose
    first row is its header cells, and every data cell's /Headers names a tagged header cell."""
    _, books = real
    for book in books.values():
        with pikepdf.open(book.path) as pdf:
            found = [el for el, _ in struct_elements(pdf)]
            tables = [el for el in found if el.get("/S") == "/Table"]
            assert tables, book.path.name
            for table in tables:
                parts = [str(kid.S) for kid in _kids(table)]
                assert parts.count("/THead") == 1 and parts[0] == "/THead", (book.path.name, parts)
                row = _kids(_kids(table)[0])[0]
                assert {str(cell.S) for cell in _kids(row)} == {"/TH"}, book.path.name
            ids = {str(el.ID) for el in found if el.get("/S") == "/TH" and "/ID" in el}
            cited = {str(h) for el in found if el.get("/S") == "/TD" and "/A" in el
                     and isinstance(el.A, pikepdf.Dictionary) and "/Headers" in el.A for h in el.A.Headers}
            assert cited <= ids, (book.path.name, sorted(cited - ids)[:5])


def test_every_cyrillic_or_armenian_passage_is_tagged_with_its_language(real):
    """Each structure element whose text is Russian or Armenian says so (/Lang, inherited or its own).

    The text of an element is that of its marked content: pdfplumber gives each character
    its page and MCID, the structure tree (read with pikepdf) each element its MCIDs. Runs
    the TEI itself leaves unmarked inside a passage of another language (the Russian
    archival abbreviations the Armenian drafts keep) are the TEI's to mark: they are allowed
    only where a slot of the element's language has those very words.
    """
    edition, books = real
    slot_texts: dict[str, list[str]] = {}
    for doc in edition.documents:
        for lang, slots in doc.slots.items():
            slot_texts.setdefault(lang, []).extend("".join(s.itertext()) for s in slots.values())
    path = books[("en", "ru", "hy")].path
    text_of = marked_text(path)
    wrong, checked = [], 0
    with pikepdf.open(path) as pdf:
        pages = {page.objgen: number for number, page in enumerate(pdf.pages, 1)}
        for el, lang in struct_elements(pdf):
            page = pages.get(el.Pg.objgen) if "/Pg" in el else None
            kids = el.K if isinstance(el.get("/K"), pikepdf.Array) else [el.get("/K")]
            text = "".join(text_of.get((page, int(k)), "") for k in kids if isinstance(k, int))
            want = script_language(text)
            if want in ("ru", "hy"):
                checked += 1
                if not lang.startswith(want) and not unmarked_in(text, want, slot_texts.get(lang[:2], [])):
                    wrong.append((page, want, lang, text[:60]))
    assert checked > 1000
    assert wrong == []


def marked_text(path) -> dict[tuple[int, int], str]:
    """(page number, MCID) -> the characters shown in that marked content."""
    found: dict[tuple[int, int], list[str]] = {}
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            for c in page.chars:
                if c.get("mcid") is not None:
                    found.setdefault((page.page_number, c["mcid"]), []).append(c["text"])
    return {k: "".join(v) for k, v in found.items()}


WORDS = {"ru": re.compile(r"[\u0400-\u04ff]+"), "hy": re.compile(r"[\u0531-\u058f]+")}


def unmarked_in(text: str, script_lang: str, texts: list[str]) -> bool:
    """True if one slot of the element's language has all of `text`'s words of that script."""
    found = WORDS[script_lang].findall(text)
    words = [w for w in found if len(w) > 1] or found
    return bool(words) and any(all(w in t for w in words) for t in texts)


WS = re.compile(r"\s+")
JOIN = re.compile(r"\s*([—–/])\s*")


def extracted(text: str) -> str:
    """pdftotext's text compared as a reader's copy is: spaces collapsed, none at dashes.

    A line may end after a dash or slash, where pdftotext puts a line break. A hyphen of the
    source that ends a line is U+2010 there (print.lineends: poppler dropped a hyphen-minus at
    a line end, taking it for a hyphenation, "армянотурецкая"), read as the source's
    hyphen-minus with the line break gone; the source's hyphens are compared as they are.
    """
    text = re.sub("\u2010\\s*", "-", text)
    return JOIN.sub(r"\1", WS.sub(" ", unicodedata.normalize("NFC", text)).strip())


MIN_CHUNK = 12


def found_whole(want: str, pages: list[str], raw: list[str]) -> bool:
    """`want` in order on one page, or running on over the next pages, cut only between words.

    pdftotext may read a column in more than one block (a row broken across pages, a header
    row repeated at the top): the passage may go on later on the same page or on the next
    one. A word may be cut only at a page end, where the printed page shows its hyphen, or
    after a dash, slash or hyphen, where a line may end. Never before a dash: a dash is kept on the
    line of the word before it (xslt/modules/dashes.xsl), so no page begins with one (the
    NKID report's "форпостом / — Азербайджаном" did, #17).
    """
    for start in range(len(pages)):
        rest, i, at = want, start, 0
        while i < len(pages) and rest:
            page = pages[i][at:]
            taken = longest_prefix_in(rest, page)
            if at and taken < min(MIN_CHUNK, len(rest)):   # later on a page: a few letters that
                taken = 0                                     # happen to match are no continuation
            if taken == 0:
                if at == 0:
                    break
                i, at = i + 1, 0          # go on at the top of the next page
                continue
            if taken < len(rest) and " " not in (rest[taken], rest[taken - 1]) \
                    and rest[taken - 1] not in "—–/-":
                word = rest[:taken].split(" ")[-1]       # compared without its own hyphens
                if not re.search("-?".join(map(re.escape, word)) + r"-(\s|$)", raw[i]):
                    # the page's text went on with something else that happens to begin
                    # like the next word (a footnote label "а."): cut at the last word end
                    taken = rest.rfind(" ", 0, taken)
                    if taken <= 0:
                        if at:            # later on a page, a word that only begins like the next
                            i, at = i + 1, 0   # one (a footnote's "կոմունիստների"): go on overleaf
                            continue
                        break
            at += page.find(rest[:taken]) + taken
            rest = rest[taken:].lstrip()
        if not rest:
            return True
    return False


def test_pdftotext_extracts_every_passage_whole_without_line_end_hyphens(real):
    edition, books = real
    for langs, book in books.items():
        out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(book.path), "-"],
                             check=True, capture_output=True, text=True).stdout
        raw = [WS.sub(" ", p) for p in out.split("\f")]
        pages = [extracted(p) for p in raw]
        assert not re.search("\u2010(?![\n\f])", out)   # only a source's hyphen that ends a line
        missing = []
        for doc in edition.documents:
            for block in doc.blocks:
                passages = [block] + [doc.slots[lang].get(block.get(XML_ID)) for lang in langs[1:]]
                for el in (p for p in passages if p is not None):
                    for run in segments(el):
                        want = extracted(run)
                        if len(want) > 2 and not found_whole(want, pages, raw):
                            missing.append(want[:70])
        assert missing == [], f"{book.path.name}: {len(missing)} passages, e.g. {missing[:3]}"


def test_armenian_is_hyphenated_from_the_packaged_patterns():
    import pyphen

    from triglot.print import hyphenation
    hyphenation.register()
    assert pyphen.language_fallback("hy") == "hy"
    assert pyphen.Pyphen(lang="hy").inserted("քաղաքականության").startswith("քա-ղա-քա")


def test_an_open_pdf_ua_checker_finds_nothing_in_the_trilingual_book(real):
    """pdfua (PyPI) runs the machine-checkable PDF/UA-1 rules it implements, some of which
    (structure types, annotations, fonts) these tests do not; it is no conformance proof."""
    _, books = real
    done = subprocess.run([sys.executable, "-m", "pdfua", "check", str(books[("en", "ru", "hy")].path)],
                          capture_output=True, text=True)
    errors = [line.split()[1] for line in done.stdout.splitlines() if line.strip().startswith("[ERROR]")]
    assert errors == [], done.stdout[-2000:]
    assert "result:" in done.stdout


def test_a_second_open_pdf_ua_checker_finds_no_error_in_any_book(real):
    """outloud (PyPI, Apache-2.0) checks the Matterhorn Protocol's machine-checkable PDF/UA-1
    checkpoints, calibrated against veraPDF's fixtures (veraPDF itself needs Java and is in no
    registry this project uses): more than pdfua does (headings, tables, artifacts, fonts, links).
    Its PAG-001 warns of lines repeated on three or more pages and tagged as content. The tables'
    header rows, which WeasyPrint repeats on each page ("English Русский", the chronology's "Date ·
    Дата Event · Событие"), were such lines in every book; they are now pagination artifacts after
    a table's first page (print.tagging), so PAG-001 may name only the slots' "Draft translation"
    labels, each the label of its own passage and so content (one a passage, in the en-hy book),
    and the header row of the chronology or contents where they run over three or more parts:
    a part is laid out and tagged on its own, so the first header row of each part stays tagged
    (the join would have to merge one part's table into the part before's: left; the tests'
    books cut the back matter into smaller parts than the builder does). Any other finding, and
    any error, fails."""
    import json
    from pathlib import Path

    from triglot import i18n
    edition, books = real
    root = Path(edition.root)
    for langs, book in books.items():
        labels = {i18n.strings(root, lang, ["Draft translation"], domain="print")["Draft translation"]
                  for lang in langs}
        heads = {word for lang in langs
                 for said in i18n.strings(root, lang, ["Date", "Event", "Pages", "Document"], domain="print").values()
                 for word in said.split()} | {"·"}
        done = subprocess.run([sys.executable, "-c", "from outloud.cli import main; main()", "--layer", "conformance",
                               "--json", "-", "--fail-on", "never", str(book.path)], capture_output=True, text=True)
        assert done.returncode == 0, done.stderr[-2000:]
        result = json.loads(done.stdout)["results"][0]
        assert result["error"] is None and result["counts"]["error"] == 0, result["findings"]
        assert {f["rule"] for f in result["findings"]} <= {"PAG-001"}, result["findings"]
        repeated = {line.strip() for f in result["findings"] for line in f.get("evidence", "").split(";")}
        others = {line for line in repeated - labels
                  if not {word for word in line.split() if not word.endswith("…")} <= heads}
        assert not others, (book.path.name, others)
        assert result["stats"]["tagged"] and result["stats"]["features"]["lang"], result["stats"]
