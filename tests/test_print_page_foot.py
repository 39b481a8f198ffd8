"""No word is hyphenated across a page (#17; print.pagefoot).

The books had words broken between a page's foot and the next page's head ("transporta-" /
"tion": 12, 4 and 15 in the en-ru, en-hy and en-ru-hy books of session 24), read so by
pdftotext and the tags. The fixture edition's letter is given a paragraph of long words, so
that nearly every line of it ends in a hyphenation; at 200 words main's build broke
"transporta-|tion" across the first page. The book is built by the command and read with
pdftotext, as a reader's copy is.
"""
from __future__ import annotations

import subprocess

from conftest import make_project

VOCABULARY = ("administrative internationalisation telecommunications representatives extraordinary "
              "plenipotentiary reconstruction transportation correspondence negotiations").split()
WORDS = [VOCABULARY[i % len(VOCABULARY)] for i in range(200)]


def build_with_paragraph(tmp_path, cli, words):
    root = make_project(tmp_path)
    text = " ".join(words)
    for path, before in ((root / "tei" / "mini.xml", '<date when="1920-07-02">July 2, 1920</date>.'),
                         (root / "seeds" / "mini.txt", "July 2, 1920.")):
        source = path.read_text("utf-8")
        assert before in source
        path.write_text(source.replace(before, f"{before} {text}."), "utf-8")
    code, out, err = cli("--root", root, "build", "print", "--languages", "en-ru")
    assert code == 0, err
    return root / "build" / "print" / "triglot-en-ru.pdf"


def pdftotext(pdf, *options) -> str:
    return subprocess.run(["pdftotext", *options, str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout


def body_lines(page: str) -> list[str]:
    """The lines of a page that hold the paragraph's words (not its heads, labels or folio)."""
    return [line.strip() for line in page.splitlines()
            if any(line.strip().startswith(word[:5]) or word[-5:] in line for word in VOCABULARY)]


def test_no_page_ends_in_a_hyphenated_word(tmp_path, cli):
    pdf = build_with_paragraph(tmp_path, cli, WORDS)
    pages = [body_lines(page) for page in pdftotext(pdf, "-layout").split("\f")]
    pages = [lines for lines in pages if lines]
    assert len(pages) >= 2, "the paragraph runs over a page"
    for lines in pages[:-1]:
        assert not lines[-1].split()[-1].endswith("-"), lines[-1]
    # the paragraph is still hyphenated inside its pages: only the page's last line is kept whole
    assert sum(line.endswith("-") for lines in pages for line in lines) > 10


def test_the_paragraph_reads_whole_and_in_order(tmp_path, cli):
    pdf = build_with_paragraph(tmp_path, cli, WORDS)
    text = pdftotext(pdf)
    tokens = text[text.index("July 2, 1920."):].split()[3:]
    read = [token.rstrip(".0123456789") for token in tokens]      # the last word's note call
    read = [token for token in read if token in VOCABULARY or token.endswith("-")]
    assert read[:len(WORDS)] == WORDS


def test_one_layout_of_a_part_alive_at_a_time():
    """A part laid out again lets its layout before go first: kept alive beside the next (in its
    own cycles), it raised the three books' largest worker from 252 to 343 MB (session 25)."""
    import weakref

    from triglot.print import pagefoot, pages
    words = " ".join(VOCABULARY[i % len(VOCABULARY)] for i in range(1500))
    xhtml = ('<html xmlns="http://www.w3.org/1999/xhtml" lang="en"><head><title>t</title></head>'
             f'<body><p lang="en">{words}</p></body></html>')
    layouts, alive = [], []
    original = pagefoot.broken_across

    def watched(document):
        alive.append(sum(layout() is not None for layout in layouts))
        layouts.append(weakref.ref(document))
        return original(document)
    pagefoot.broken_across = watched
    try:
        pages.render(xhtml, ("en",))
    finally:
        pagefoot.broken_across = original
    assert len(layouts) >= 2, "the paragraph's pages end in hyphenations: laid out again"
    assert alive == [0] * len(layouts)
