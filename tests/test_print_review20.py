"""A typesetter's review of the printed books of an edition grown with texts nobody here wrote
(issue #17; session 20).

Four texts of the tagger's development pool (a diary, a pamphlet, a newspaper article, a journal
paper) were encoded into a copy of the edition, reviewed, given draft translations, a long note, a
sic/corr and a long list of dated stages, and the three books built and read page by page. Each
fault is tested here on a part laid out as the build lays it out (parts.lay_out), from the real
edition's settings and stylesheet, with inputs long enough for the fault to show.
"""
from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from triglot.edition import load
from triglot.print import book, builder, parts

ROOT = Path(__file__).resolve().parents[1]
LANGS = ("en", "ru", "hy")
WORDS = {"en": "Telegram from the commissariat on the disputed territories and the frontier",
         "ru": "Телеграмма комиссариата о спорных территориях и о границе",
         "hy": "Կոմիսարիատի հեռագիրը վիճելի տարածքների և սահմանի մասին"}


@pytest.fixture(scope="module")
def edition():
    return load(ROOT)


def lay_out(edition, kind: str, source: bytes, out: Path, first_page=None) -> Path:
    task = parts.Task(kind, [source], LANGS, builder.stylesheet_params(edition, LANGS),
                      builder.stylesheet_path(edition.root), out, first_page=first_page)
    parts.lay_out(task)
    return out


def page_texts(path: Path) -> list[str]:
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout
    return text.split("\f")[:-1]


def test_a_contents_entry_is_never_split_across_pages(edition, tmp_path):
    """The grown edition's trilingual contents ended page iii with "Mustapha Kemal Pasha" alone:
    its Russian and Armenian titles and its page number stood at the head of page iv. An entry (a
    document's titles in every language, and its page) is kept on one page."""
    toc = []
    for n in range(60):
        words = {lang: " ".join([text] * (1 + n % 3)) for lang, text in WORDS.items()}
        toc.append({"level": 1 + (n % 4 == 3), "target": f"doc-d{n}", "page": 100 + n,
                    "titles": [(lang, f"{n} {words[lang]}") for lang in LANGS]})
    pdf = lay_out(edition, "front", book.front_source(edition, LANGS, toc, pad=False), tmp_path / "front.pdf")
    pages = page_texts(pdf)
    assert len(pages) > 4
    for n in range(60):
        # an entry's first words in each language and its page number
        where = {i for i, text in enumerate(pages) for line in text.splitlines()
                 if line.strip().startswith(f"{n} ")}
        assert len(where) == 1, (n, sorted(where))
        page = where.pop()
        assert f" {100 + n}\n" in pages[page] + "\n", (n, page)



def test_the_header_cells_of_the_chronology_are_not_hyphenated(edition, tmp_path):
    """The header of the chronology's pages column, narrower than its words, was hyphenated
    ("Pages · Страни-цы · Էջեր", on every page of the chronology of every book with Russian). A
    header cell breaks at its spaces only, as the contents' headers and the documents' titles do."""
    section = book.element("chronology", id="back-chronology")
    rows = [book.event_element({"when": [(lang, "1828") for lang in LANGS],
                                "what": [(lang, WORDS[lang]) for lang in LANGS],
                                "ranges": [(10 + k, 10 + k)]}) for k in range(40)]
    pdf = lay_out(edition, "back", book.back_source(edition, LANGS, [(section, rows, False)]),
                  tmp_path / "back.pdf")
    texts = page_texts(pdf)
    assert len(texts) > 1
    assert all("Страницы" in text for text in texts)


def test_a_slot_label_is_not_hyphenated(edition, tmp_path, monkeypatch):
    """In the grown edition's diary, whose English ran long beside short drafts, the Armenian
    column was a quarter of the block and its label "Թարգմանության սևագիր" (draft translation)
    broke as "սևա-" / "գիր". A label (draft, not yet translated) is a fixed phrase: it wraps at
    its spaces only. The narrow column is made here with the diary's widths."""
    from triglot.print import widths
    monkeypatch.setattr(widths, "shares", lambda doc, langs: [49.16, 26.26, 24.58])
    doc = next(d for d in edition.documents
               if any(s is not None and s.get("ana") == "#draft" for s in d.slots.get("hy", {}).values()))
    pdf = lay_out(edition, "body", book.body_source(edition, LANGS, [doc]), tmp_path / "body.pdf")
    text = "".join(page_texts(pdf))
    labels = text.count("Թարգմանության")
    assert labels > 3
    assert text.count("սևագիր") == labels


def test_an_untranslated_document_gives_its_text_the_width(tmp_path):
    """A newspaper article of the grown edition, none of it translated yet, was set in an English
    column of half the block beside two columns of a quarter each that said only "Not yet
    translated", row after row: the English ran twice as long as it needed. A translation column
    with no passage translated is as wide as its label; the text takes the rest."""
    from triglot.tei import NS
    edition = load(ROOT)            # its own copy: the slots are emptied here
    doc = max(edition.documents, key=lambda d: len(d.blocks))
    for lang in LANGS[1:]:
        for slot in doc.slots[lang].values():
            for name in ("resp", "source"):
                slot.attrib.pop(name, None)
            slot.set("ana", "#untranslated")
            slot.text = None
            for child in list(slot):
                if child.tag != f"{{{NS['t']}}}note":
                    slot.remove(child)
    pdf = lay_out(edition, "body", book.body_source(edition, LANGS, [doc]), tmp_path / "body.pdf")
    found = words(pdf)
    english = min(x for _, x, w in found if w == "English")
    russian = min(x for _, x, w in found if w == "Ещё")
    block = 136 / 25.4 * 72                                  # print.css: the text block is 136 mm wide
    assert russian - english > 0.55 * block


def words(path: Path) -> list[tuple[int, float, str]]:
    """(page index, left edge, word) of every word pdftotext finds."""
    import re
    out = subprocess.run(["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True,
                         check=True).stdout
    found = []
    for i, page in enumerate(out.split("<page ")[1:]):
        found += [(i, float(x), w) for x, w in re.findall(r'<word xMin="([0-9.]+)"[^>]*>([^<]*)</word>', page)]
    return found
