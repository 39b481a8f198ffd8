"""The printed books' text as the tools that read their tags get it, and a compound's hyphen (#17).

A screen reader or a tagged-PDF extractor reads the structure tree: each element's /ActualText
if it has one (PDF 1.7, 14.9.4), else its marked content and its kids' text in order, with
nothing added between them. Read that way, the books ran words together wherever a line
ended (WeasyPrint draws no space at a line's end): "on thedisputed", a word broken "колон-ки",
and the cells of a contents or chronology row ("Chicherin11", "19183 марта", hostile round 27).
print.lineends keeps how each line ended while a part is laid out and gives those elements
their text. The reader here is pikepdf (the tree) and pdfplumber (each character's MCID), as
test_print_accessibility reads languages.

pdftotext, for its part, took a compound's hyphen at a line's end for a hyphenation and
dropped it ("армяно-|турецкая" came out "армянотурецкая", 18 to 29 compounds a book).
"""
from __future__ import annotations

import re
import subprocess

import pikepdf
import pytest
from test_print_accessibility import marked_text

WORD = re.compile(r"[^\W\d_]+(?:[-\u2010][^\W\d_]+)*")
NUMBER = re.compile(r"\d+|[ivxlc]+", re.IGNORECASE)


def kids(element) -> list:
    k = element.get("/K")
    return [] if k is None else list(k) if isinstance(k, pikepdf.Array) else [k]


class Tags:
    """A tagged PDF's structure tree read as a screen reader reads it."""

    def __init__(self, path):
        self.texts = marked_text(path)              # (page number, MCID) -> characters
        self.pdf = pikepdf.open(path)
        self.numbers = {page.obj.objgen: n for n, page in enumerate(self.pdf.pages, 1)}
        root = self.pdf.Root.StructTreeRoot.K
        self.document = root[0] if isinstance(root, pikepdf.Array) else root

    def text(self, element, page=None) -> str:
        if "/ActualText" in element:
            return str(element.ActualText)
        page = element.get("/Pg", page)
        out = []
        for kid in kids(element):
            if isinstance(kid, int) and page is not None:
                out.append(self.texts.get((self.numbers.get(page.objgen), kid), ""))
            elif isinstance(kid, pikepdf.Dictionary) and kid.get("/Type") == "/MCR":
                out.append(self.texts.get((self.numbers.get(kid.get("/Pg", page).objgen), int(kid.MCID)), ""))
            elif isinstance(kid, pikepdf.Dictionary) and "/S" in kid:
                out.append(self.text(kid, page))
        return "".join(out)

    def rows(self, first: int, last: int) -> list[list[str]]:
        """The rows of the tables tagged on pages first..last (1-based): each its cells' texts."""
        rows = []

        def walk(element):
            for kid in kids(element):
                if not (isinstance(kid, pikepdf.Dictionary) and "/S" in kid):
                    continue
                if kid.S == "/TR":
                    page = self.numbers.get(kid.Pg.objgen) if "/Pg" in kid else None
                    if page is not None and first <= page <= last:
                        rows.append([self.text(cell) for cell in kids(kid)
                                     if isinstance(cell, pikepdf.Dictionary) and cell.get("/S") in ("/TD", "/TH")])
                else:
                    walk(kid)
        walk(self.document)
        return rows


@pytest.fixture(scope="module")
def tags(print_real):
    _, books = print_real
    read = {langs: Tags(book.path) for langs, book in books.items()}
    yield read
    for tagged in read.values():
        tagged.pdf.close()


def sections(book) -> dict[str, tuple[int, int]]:
    """The contents' and the chronology's pages (1-based, inclusive), from the book's outline."""
    tops = [(title, page) for title, level, page in book.outline if level == 1]
    found = {}
    for i, (title, page) in enumerate(tops):
        for name in ("Contents", "Chronology"):
            if title.startswith(name):
                end = tops[i + 1][1] if i + 1 < len(tops) else len(book.reader.pages)
                found[name] = (page + 1, max(page + 1, end))
    return found


def edition_words(root) -> set[str]:
    """Every word of the edition's sources, translations, interface strings and month names."""
    from babel.dates import get_month_names
    words = set()
    for pattern in ("tei/*.xml", "translations/*/*.po", "src/triglot/data/ui/**/*.po", "triglot.toml",
                    "xslt/**/*.xsl"):
        for path in root.glob(pattern):
            text = path.read_text("utf-8", "replace")
            words.update(w.lower() for w in WORD.findall(text))
            # a word the markup cuts ("Все<placeName>российского</placeName>", "<name>Armenia</name>’s")
            words.update(w.lower() for w in WORD.findall(re.sub(r"<[^>]*>", "", text)))
    for lang in ("en", "ru", "hy"):
        for context in ("format", "stand-alone"):
            words.update(w.lower() for name in get_month_names("wide", context, lang).values()
                         for w in WORD.findall(name))
    return words


def test_contents_and_chronology_rows_read_from_the_tags_give_each_cell_apart(print_real, tags):
    """Every cell of every contents and chronology row ends in a space as the tags read: before,
    none did, and the row read "…RSFSR, G. Chicherin, to V. Lenin2"."""
    _, books = print_real
    joined, counted = {}, {}
    for langs, book in books.items():
        for section, (first, last) in sections(book).items():
            rows = [row for row in tags[langs].rows(first, last) if any(row)]
            counted[(langs, section)] = len(rows)
            run_on = [" | ".join(row)[:100] for row in rows if any(not cell[-1:].isspace() for cell in row)]
            if run_on:
                joined[(book.path.name, section)] = run_on[:3]
    assert min(counted.values()) > 3 and len(counted) == 6, counted
    assert joined == {}


def test_the_lines_of_a_cell_read_apart(print_real, tags):
    """A chronology date is a line per language ("March 3, 1918" then "3 марта 1918 г.", read
    "19183 марта" before) and a contents title too ("…(June–July 1920)" then "Чичерин…")."""
    _, books = print_real
    langs = next(langs for langs in books if langs[1:] == ("ru",))
    found = sections(books[langs])
    for section, pattern in (("Chronology", r"\b1918 3 марта 1918\s?г\. "), ("Contents", r"1920\) Чичерин")):
        cells = [cell for row in tags[langs].rows(*found[section]) for cell in row]
        assert any(re.search(pattern, cell) for cell in cells), (section, cells[:6])


def unknown_words(text: str, words: set[str]) -> list[str]:
    """Words of `text` that are no word of the edition: two run together, a line breaking's
    hyphen kept ("колон-ки"), a compound's lost. A word broken across pages reads as printed
    ("gov-" there, "ernment" after the page's other columns), as pdftotext gives it."""
    broken = {w[:-1].lower() for w in re.findall(r"[^\W\d_]+-(?=\s)", text)}
    unknown = []
    for word in WORD.findall(text):
        low = re.sub(r"[’']s$", "", word.lower())       # a name's possessive: the name is the TEI's
        if low in words or NUMBER.fullmatch(low) or any(b + low in words for b in broken):
            continue
        if low in broken and any(w.startswith(low) for w in words):
            continue
        if word[-1].islower() and (len(word) == 1 or low[:-1] in words):
            continue        # a note's call, a lowercase letter set after its word as printed ("аскеровб")
        if word[0].islower() and word[1:2].isupper() and low[1:] in words:
            continue        # or before it, after an opening quotation mark ("«жВ переговорах")
        unknown.append(word)
    return unknown


def test_every_word_read_from_the_tags_is_a_word_of_the_edition(print_real, project_root, tags):
    """The whole structure tree of each book read in order: lines joined with the space they
    broke at, words hyphenated at a line's end whole, compounds with their hyphen, cells and
    blocks apart. Before, 2,397 of the 15,342 words of the en-ru book were not the edition's
    ("Adelegation", "Armenia’sexpansion", "All-RussiaCongressЧерновой")."""
    words = edition_words(project_root)
    bad = {}
    for langs, tagged in tags.items():
        text = tagged.text(tagged.document)
        assert len(WORD.findall(text)) > 10000
        unknown = unknown_words(text, words)
        if unknown:
            bad["-".join(langs)] = (len(unknown), sorted(set(unknown))[:12])
    assert bad == {}


def pdftotext(path) -> str:
    return subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True,
                          capture_output=True, text=True).stdout


def test_a_compound_broken_at_a_line_end_keeps_its_hyphen_in_pdftotext(print_real, project_root):
    """No word pdftotext gives is a compound of the edition without its hyphen, and the books
    do break compounds at line ends (there the hyphen is U+2010 HYPHEN, which poppler keeps)."""
    _, books = print_real
    compounds = {w.lower().replace("-", ""): w for path in project_root.glob("tei/*.xml")
                 for w in re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)+", path.read_text("utf-8"))}
    compounds.update({w.lower().replace("-", ""): w for path in project_root.glob("translations/*/*.po")
                      for w in re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)+", path.read_text("utf-8"))})
    words = edition_words(project_root)
    lost, kept = {}, 0
    for book in books.values():
        text = pdftotext(book.path)
        assert not re.search("\u2010(?![\n\f])", text)      # only where a compound ends a line
        kept += len(re.findall(r"[^\W\d_]\u2010\n[^\W\d_]", text))
        joined = [w for w in re.findall(r"[^\W\d_]+", text) if w.lower() in compounds and w.lower() not in words]
        if joined:
            lost[book.path.name] = joined[:5]
    assert lost == {}
    assert kept > 20


def test_each_line_end_reads_as_the_text_and_the_page_is_the_same(tmp_path):
    """A paragraph laid out as a part is: a compound broken at its hyphen, a hyphen set as a dash
    at a line's end, two names with a space between, a word hyphenated, a link over two lines,
    a cell of two lines. Its tags read the text, pdftotext keeps the
    compound's hyphen, and the page renders to the same pixels, with the same fonts, as
    WeasyPrint's own."""
    from weasyprint import HTML

    from triglot.print import invisible, lineends, tagging
    html = """<html lang="en"><body style="font-family: DejaVu Serif; font-size: 10pt;
      hyphenate-character: '-'"><p lang="ru" style="width: 22mm">слово армяно-турецкая граница</p>
      <p lang="ru" style="width: 100mm">иностранных дел <span>РСФСР</span> <span>Г. Чичерина</span></p>
      <p style="width: 25mm">with its outpost - Azerbaijan</p>
      <p lang="en" style="width: 30mm; hyphens: auto">Extraordinarily incomprehensible
      characteristics of <a href="#x">the disputed territories</a> remain.</p>
      <table><tr><td><span style="display: block">March 3, 1918</span><span lang="ru"
      style="display: block">3 марта 1918 г.</span></td><td id="x">35</td></tr></table></body></html>"""
    with lineends.line_ends_recorded():
        document = HTML(string=html).render()
    with lineends.line_ends_written(), invisible.join_controls_kept(), tagging.languages_in_tags():
        document.write_pdf(tmp_path / "ours.pdf", pdf_tags=True)
    HTML(string=html).write_pdf(tmp_path / "plain.pdf", pdf_tags=True)
    tagged = Tags(tmp_path / "ours.pdf")
    assert tagged.text(tagged.document) == (
        "слово армяно-турецкая граница иностранных дел РСФСР Г. Чичерина with its outpost - Azerbaijan Extraordinarily incomprehensible characteristics of the "
        "disputed territories remain. March 3, 1918 3 марта 1918 г. 35 ")
    tagged.pdf.close()
    assert "армяно\u2010\nтурецкая" in pdftotext(tmp_path / "ours.pdf")
    assert "outpost - \nAzerbaijan" in pdftotext(tmp_path / "ours.pdf")   # a hyphen set as a dash
    plain = pdftotext(tmp_path / "plain.pdf")                               # what poppler made of them
    assert "армянотурецкая" in plain and "outpost Azerbaijan" in plain
    for name in ("plain", "ours"):
        subprocess.run(["pdftoppm", "-r", "50", "-gray", str(tmp_path / f"{name}.pdf"), str(tmp_path / name)], check=True)
    assert (tmp_path / "plain-1.pgm").read_bytes() == (tmp_path / "ours-1.pgm").read_bytes()
    fonts = [subprocess.run(["pdffonts", str(tmp_path / f"{name}.pdf")], capture_output=True, text=True).stdout
             for name in ("plain", "ours")]
    assert fonts[0].split("\n")[2:] and [line.split()[1:] for line in fonts[0].split("\n")[2:]] \
        == [line.split()[1:] for line in fonts[1].split("\n")[2:]]


def test_each_text_box_s_characters_are_read_once_for_its_tags(tmp_path, monkeypatch):
    """Giving the tags their text (print.lineends.give_actual_text) read each text box's drawn
    characters once for its reading and once for its glyphs' text, then its reading twice more
    where the two differed, and an element's whole reading twice (a link over two lines): here
    once a box at most (lineends.drawn counted; session 35). The tags read as before."""
    from weasyprint import HTML
    from weasyprint.formatting_structure import boxes

    from triglot.print import invisible, lineends, tagging
    html = """<html lang="en"><body style="font-family: DejaVu Serif; font-size: 10pt">
      <p lang="ru" style="width: 22mm">слово армяно-турецкая граница</p>
      <p lang="en" style="width: 30mm; hyphens: auto">Extraordinarily incomprehensible
      characteristics of <a href="#x">the disputed territories</a> remain.</p>
      <p id="x">35</p></body></html>"""
    with lineends.line_ends_recorded():
        document = HTML(string=html).render()
    texts = [box for page in document.pages for box in page._page_box.descendants()
             if isinstance(box, boxes.TextBox)]
    calls, drawn = [], lineends.drawn
    monkeypatch.setattr(lineends, "drawn", lambda text: calls.append(text) or drawn(text))
    with lineends.line_ends_written(), invisible.join_controls_kept(), tagging.languages_in_tags():
        document.write_pdf(tmp_path / "ours.pdf", pdf_tags=True)
    tagged = Tags(tmp_path / "ours.pdf")
    assert tagged.text(tagged.document) == ("слово армяно-турецкая граница Extraordinarily incomprehensible "
                                            "characteristics of the disputed territories remain. 35 ")
    tagged.pdf.close()
    assert 0 < len(calls) <= len(texts), (len(calls), len(texts))


def test_a_character_s_category_is_looked_up_once_not_at_each_of_its_occurrences(monkeypatch):
    """What a text box's glyphs carry (lineends.drawn: its characters without the format characters
    WeasyPrint draws nothing for, the join controls kept) looked each character's Unicode category
    up at every occurrence; now once a character (counted; session 35). The same characters are kept."""
    import types
    import unicodedata

    from triglot.print import lineends
    looked = []
    monkeypatch.setattr(lineends, "unicodedata", types.SimpleNamespace(
        category=lambda character: looked.append(character) or unicodedata.category(character)))
    text = "сло\u00adво\u2060 армяно-\u200cтурецкая граница 35 " * 3
    assert lineends.drawn(text) == "слово армяно-\u200cтурецкая граница 35 " * 3
    assert lineends.drawn(text[::-1]) == ("слово армяно-\u200cтурецкая граница 35 " * 3)[::-1]
    assert len(looked) <= len(set(text)), (len(looked), len(set(text)))
