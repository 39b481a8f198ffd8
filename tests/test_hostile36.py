"""Session 26's hostile round 36 on what the session merged in its morning: encode's treaty articles,
validation's forked workers, the web render's worker pools and path-free cache keys, print's
repagination. Each test failed before its fix."""
from __future__ import annotations

import re
import shutil
from pathlib import Path

from conftest import ROOT
from test_editor_encode_articles import edition  # noqa: F401  (a copy of tests/roots/shared-alike)
from test_hostile35 import _pages                # the treaty fixture with a page scope of one's own

HEAD = "Pact of the Three Valleys\n\nThe parties agree as follows.\n\n"


def _encode(cli, root: Path, text: str, *options) -> str:
    seed = root / "seeds" / "pact.txt"
    seed.write_text(text, encoding="utf-8")
    code, _, err = cli("--root", root, "encode", seed, "--id", "pact", *options)
    assert code == 0 and "Traceback" not in err, err
    return (root / "tei" / "pact.xml").read_text("utf-8")


def _articles(numbers) -> str:
    return "".join(f"Article {n}. The valleys keep their wells, clause {k}.\n\n" for k, n in enumerate(numbers, 1))


# ---------------------------------------------------------------- encode's treaty articles

def test_articles_numbered_in_roman_and_arabic_at_once_stay_paragraphs(cli, edition):
    """"Article I", "Article 2", "Article III" were grouped as one numbering (n="I", n="2", n="III"):
    which of two notations is the text's is a guess, and the module refuses guesses."""
    text = _encode(cli, edition, HEAD + _articles(["I", "2", "III"]))
    assert 'type="article"' not in text, re.findall(r"<div [^>]*>", text)


def test_articles_numbered_in_two_digit_systems_stay_paragraphs(cli, edition):
    """"Article 1", "Article ٢" (Arabic-Indic two), "Article 3" were grouped, n="٢" between "1" and "3":
    Python's \\d reads every script's digits and int() their values."""
    text = _encode(cli, edition, HEAD + _articles(["1", "٢", "3"]))
    assert 'type="article"' not in text, re.findall(r"<div [^>]*>", text)


# ---------------------------------------------------------------- validate's pages rule

def _files(root: Path) -> dict:
    return {p: p.read_bytes() for p in (root / "tei").rglob("*") if p.is_file()}




def test_a_page_in_superscript_digits_is_no_traceback(tmp_path, cli):
    """from="²" stopped validate with a ValueError traceback: a superscript two is a digit to str.isdigit,
    and int() refuses it. It is no page number the rule compares."""
    root, _ = _pages(tmp_path, '<biblScope unit="page" from="²" to="3">2–3</biblScope>')
    code, out, err = cli("--root", root, "validate")
    assert code == 0 and "Traceback" not in err and "pages" not in out + err, (code, out, err)


def test_a_page_of_5000_digits_is_compared_not_a_traceback(tmp_path, cli):
    """A scope of 5,000 nines stopped validate with Python's ValueError (int() reads at most 4,300 digits);
    the same nines to page 1 end before they start, and say so at the scope's line in a short message."""
    nines = "9" * 5000
    root, _ = _pages(tmp_path / "one", f'<biblScope unit="page">{nines}</biblScope>')
    code, out, err = cli("--root", root, "validate")
    assert code == 0 and "Traceback" not in err, (code, out, err)
    root, line = _pages(tmp_path / "range", f'<biblScope unit="page">2{nines}–1{nines}</biblScope>')
    before = _files(root)
    code, out, err = cli("--root", root, "validate")
    said = [row for row in (out + err).splitlines() if ": pages: " in row]
    assert code == 1 and len(said) == 1 and said[0].startswith(f"tei/mudros.xml:{line}: pages: "), (code, out[:800], err[-800:])
    assert "end before they start" in said[0] and len(said[0]) < 400 and _files(root) == before


def test_a_page_rules_message_quotes_a_long_scope_shortly(tmp_path, cli):
    """from="443" to="442" round 18,000 words: the message quoted all 90,000 characters of them."""
    root, line = _pages(tmp_path, '<biblScope unit="page" from="443" to="442">' + "word " * 18000 + "</biblScope>")
    before = _files(root)
    code, out, err = cli("--root", root, "validate")
    said = [row for row in (out + err).splitlines() if ": pages: " in row]
    assert code == 1 and len(said) == 1 and said[0].startswith(f"tei/mudros.xml:{line}: pages: biblScope unit='page' “word"), (
        code, out[:800], err[:800])
    assert "443–442 end before they start" in said[0] and len(said[0]) < 300 and _files(root) == before


# ---------------------------------------------------------------- print's lines kept whole

def _page_texts(document) -> list[str]:
    from weasyprint.formatting_structure import boxes
    return [" ".join(box.text for box in page._page_box.descendants() if isinstance(box, boxes.TextBox))
            for page in document.pages]


def _noted_paragraph(words: int, every: int) -> str:
    """A paragraph with a footnote after every `every`-th word: its text between the notes repeats (the
    ten words' cycle against the notes' seven), so several text boxes hold the same text."""
    from test_print_page_foot import VOCABULARY
    out = []
    for i in range(words):
        out.append(VOCABULARY[i % len(VOCABULARY)])
        if i % every == every - 1:
            out.append(f'<span class="fn" data-n="{i}">A note of some length on the word {out[-1]}, ' + "with commentary " * 8 + "</span>")
    return '<p lang="en">' + " ".join(out) + "</p>"


def test_a_line_kept_whole_is_that_line_not_every_line_of_the_same_text(monkeypatch):
    """A line kept whole at a page's foot was named by its text box's text and the byte the line began at
    (print.pagefoot): a paragraph whose footnotes cut it into text boxes of the same text had every such
    line set without its hyphenation, on every page laid out again, though pagefoot says the same word
    elsewhere is hyphenated as before. Seen as a repaginated part (print.repagination) that differed from
    the same part laid out whole again with the same lines kept: "reconstruc-|tion" hyphenated in one,
    whole in the other, on page 1, where no page's last line was. Now the line is named by its box too."""
    from test_print_page_foot import xhtml_of

    from triglot.print import pages, repagination
    xhtml = xhtml_of(_noted_paragraph(500, 7))
    from_the_page = _page_texts(pages.render(xhtml, ("en",)))

    def whole(self, layout, pages_, keys):
        from weasyprint.layout import initialize_page_maker
        initialize_page_maker(self.context, self.root_box)
        self.context.footnotes, self.context.reported_footnotes = list(self.footnotes), []
        self.context.broken_out_of_flow = {}
        return self._paginated(None, [], keys)
    monkeypatch.setattr(repagination.Pagination, "again", whole)
    laid_out_whole = _page_texts(pages.render(xhtml, ("en",)))
    assert len(from_the_page) == len(laid_out_whole) > 2
    assert from_the_page == laid_out_whole


# ---------------------------------------------------------------- the web render

def test_an_error_in_one_pages_transform_is_a_problem_not_a_traceback(tmp_path, cli):
    """A project's own xslt/web.xsl that stops on one page (error() in a template) ended `build web` with
    Saxon's PySaxonApiError traceback, and in a render worker with a PicklingError one (the error cannot
    leave the worker as it is): now the stylesheet's problem, the site built before left as it was."""
    from conftest import make_project
    root = make_project(tmp_path, "mini")
    shutil.copytree(ROOT / "xslt", root / "xslt")
    code, out, err = cli("--root", root, "build", "web")
    assert code == 0, err
    site = {p: p.read_bytes() for p in (root / "build" / "web").rglob("*") if p.is_file()}
    web = root / "xslt" / "web.xsl"
    text = web.read_text("utf-8")
    end = text.rindex("</xsl:stylesheet>")
    web.write_text(text[:end] + """<xsl:template match="text()[contains(., 'Chicherin')]" mode="#all" priority="100">
      <xsl:sequence select="error(QName('urn:x', 'trap'), 'a trap in one page')"/></xsl:template>\n""" + text[end:], "utf-8")
    doc = root / "tei" / "mini.xml"
    doc.write_text(doc.read_text("utf-8").replace("</TEI>", "<!-- edited --></TEI>"), "utf-8")
    code, out, err = cli("--root", root, "build", "web")
    assert code == 1 and "Traceback" not in err, (code, out, err[-2000:])
    assert "\nxslt/web.xsl:" in "\n" + out + err and ": xslt: a page in " in out + err and "a trap in one page" in out + err, (out, err[-2000:])
    assert {p: p.read_bytes() for p in (root / "build" / "web").rglob("*") if p.is_file()} == site
