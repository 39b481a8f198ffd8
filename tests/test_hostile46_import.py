"""hostile46: import-tei's apparatus, editors' readings and licence, on real files of another edition.

Material: Digital Mitford's letters to Haydon (1821) and to Elford (1815), byte for byte
(tests/data/import-tei/README.md: source, commit, licence). Where a test needs a shape those letters do not
have, it changes one place of the real file in the test itself, and says which.
- The Haydon letter's apparatus gives some variants as one witness's `rdg` alone ("forsake you<app><rdg
  wit="#LEst1870">, never</rdg></app><app><rdg wit="#digMitTeam">! Never</rdg></app>!"): an app that gave the
  witness being read no reading gave another witness's words as its own ("forsake you, never! Never!").
- A `choice` holding only the editors' reading (`corr`) gave its words as the witness's.
- A `witDetail` (or a reading) naming a witness the source's listWit lacks was dropped unsaid.
- A licence stated in `availability/p`, as TEI allowed before `licence` and the Text Creation Partnership's
  texts still do, was not read: the source was refused as stating no licence.
- "apparatus: … where an app has no lem" was said of a source every app of which has a lem.
"""
from __future__ import annotations

import re
from pathlib import Path

from lxml import etree

DATA = Path(__file__).resolve().parent / "data" / "import-tei"
T = "{http://www.tei-c.org/ns/1.0}"
HAYDON = DATA / "mitford-1821-10-31-BRHaydon.xml"
ELFORD = DATA / "mitford-1815-04-03-Elford.xml"


def _run(*args) -> int:
    from triglot.cli import main
    return main([str(a) for a in args])


def _new(tmp_path: Path) -> Path:
    edition = tmp_path / "letters"
    assert _run("new", edition, "--title", "Letters of Mitford", "--base", "en", "--translations", "fr",
                "--publisher", "Import Test Press") == 0
    return edition


def _import(tmp_path, capsys, source: Path, *extra) -> tuple[Path, str]:
    edition = _new(tmp_path)
    capsys.readouterr()
    assert _run("--root", edition, "import-tei", source, "--id", "letter", *extra) == 0
    out = capsys.readouterr()
    return edition, out.out + out.err


def _text(edition: Path) -> str:
    base = etree.parse(str(edition / "tei" / "letter.xml")).find(f".//{T}div[@type='base']")
    return " ".join(" ".join(base.itertext()).split())


def _listed(edition: Path) -> list[tuple[str, str]]:
    doc = etree.parse(str(edition / "tei" / "letter.xml"))
    return [(i.get("n"), "".join(i.itertext())) for i in doc.iterfind(f".//{T}samplingDecl//{T}item")]


def _line(source: Path, needle: str) -> int:
    return next(n for n, t in enumerate(source.read_text("utf-8").split("\n"), 1) if needle in t)


def _validate(edition: Path, capsys) -> tuple[int, str]:
    capsys.readouterr()
    code = _run("--root", edition, "validate")
    out = capsys.readouterr()
    return code, out.out + out.err


def test_an_app_without_a_reading_of_the_witness_gives_no_other_witness_words(tmp_path, capsys):
    """The letter's base witness is the manuscript (#digMitTeam). Line 185's app holds only the print's ", never"
    and line 187's only the manuscript's "! Never": the manuscript reads "forsake you! Never!", where main gave
    "forsake you, never! Never!". The print's words are listed at their line, and the import says which apps
    gave the witness nothing."""
    edition, said = _import(tmp_path, capsys, HAYDON)
    text = _text(edition)
    assert "it will never forsake you! Never! I think that last honeymoon letter" in text, text
    assert "you, never" not in text
    line = _line(HAYDON, '<rdg wit="#LEst1870">, never</rdg>')
    assert (str(line), ", never — a reading of another witness in the source's apparatus (#LEst1870)") \
        in _listed(edition), _listed(edition)
    assert re.search(r"apparatus: 2 apps give witness #digMitTeam no reading \(lines 185, 197\)", said), said
    code, out = _validate(edition, capsys)
    assert code == 0, out


def test_the_chosen_witness_reads_as_it_has_it_where_the_other_has_no_reading(tmp_path, capsys):
    """The same letter read as L'Estrange's print (--witness LEst1870): "forsake you, never!", without the
    manuscript's "! Never" (main: "forsake you, never! Never!" too, the manuscript's words given as the print's),
    and the manuscript's address on the cover, which the print has not, is nothing of the print's text."""
    edition, said = _import(tmp_path, capsys, HAYDON, "--witness", "LEst1870")
    text = _text(edition)
    assert "it will never forsake you, never! I think that last honeymoon letter," in text, text
    assert "Never!" not in text.split("forsake you")[1][:20]
    assert "apparatus: 2 apps give witness #LEst1870 no reading (lines 187, 199)" in said, said
    code, out = _validate(edition, capsys)
    assert code == 0, out


def test_a_choice_of_the_editors_reading_alone_stays_the_editors(tmp_path, capsys):
    """The Elford letter's `<choice><sic>skreen</sic><reg>screen</reg></choice>` as an edition gives it that keeps
    the choice but not the received form, `<choice><corr>screen</corr></choice>` (changed in this test): the
    corr's tag was dropped and "screen" read as the witness's word, in the seed's text; now a `corr` as a corr
    outside a choice is, so the page marks it a correction."""
    text = ELFORD.read_text("utf-8")
    changed = re.sub(r"<choice>\s*<sic>skreen</sic>\s*<reg>screen</reg>\s*</choice>",
                     "<choice><corr>screen</corr></choice>", text)
    assert changed.count("<corr>screen</corr>") == 1
    source = tmp_path / "elford.xml"
    source.write_text(changed, "utf-8")
    edition, _ = _import(tmp_path, capsys, source)
    base = etree.parse(str(edition / "tei" / "letter.xml")).find(f".//{T}div[@type='base']")
    assert [c.text for c in base.iter(f"{T}corr")] == ["screen"]
    from triglot.tei import seed_text
    assert "fire or any other" in " ".join(seed_text(base).split())
    code, out = _validate(edition, capsys)
    assert code == 0, out


def test_a_witness_detail_naming_a_witness_the_listwit_lacks_is_said(tmp_path, capsys):
    """The Haydon letter with a witness detail after its first app, naming the print by a misspelt id
    (`<witDetail wit="#LEst1807">`, added in this test): it was dropped without a word. The import now says
    which id names no witness, at which line."""
    text = HAYDON.read_text("utf-8")
    first = text.index("</app>", text.index("bride cake"))
    source = tmp_path / "haydon.xml"
    source.write_text(text[:first] + '<witDetail wit="#LEst1807">hyphenated in the print</witDetail>' + text[first:],
                      "utf-8")
    line = _line(source, "LEst1807")
    _, said = _import(tmp_path, capsys, source)
    assert f"apparatus: wit '#LEst1807' names no witness of the source's listWit (line {line})" in said, said
    assert "#digMitTeam'" not in said.split("names no witness")[0].split("\n")[-1]


def test_a_licence_stated_in_a_paragraph_of_availability_is_read(tmp_path, capsys):
    """The Haydon letter's `<licence>Distributed under a Creative Commons Attribution-ShareAlike 3.0 Unported
    License</licence>` written as a paragraph, `<p>…</p>` (changed in this test: TEI before P5 2.0 had no
    `licence`, and the Text Creation Partnership's texts still say theirs in `availability/p`). It was refused:
    "it states no licence". Its other paragraph, "Reproduced by courtesy of the Reading Central Library", is no
    licence and is not read as one."""
    text = HAYDON.read_text("utf-8")
    changed = re.sub(r"<licence>(Distributed under a Creative Commons[^<]*)</licence>", r"<p>\1</p>", text)
    assert changed != text and "<licence" not in changed.split("</availability>")[0]
    source = tmp_path / "haydon.xml"
    source.write_text(changed, "utf-8")
    edition, said = _import(tmp_path, capsys, source)
    note = etree.parse(str(edition / "tei" / "letter.xml")).findtext(f".//{T}bibl[@type='seed']/{T}note[@type='licence']")
    assert " ".join(note.split()) == ("Licence of the source: Distributed under a Creative Commons Attribution-ShareAlike "
                                      "3.0 Unported License"), note


def test_the_tcp_wording_of_cc0_is_an_open_licence():
    """The Text Creation Partnership's own words in its Phase I texts' availability (quoted in TCP's files:
    "This Phase I text is available for reuse, according to the terms of Creative Commons 0 1.0 Universal"):
    "Creative Commons 0" was not among the open licences' names."""
    from triglot.editor.import_tei import licence_of
    root = etree.fromstring(
        '<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><publicationStmt><availability>'
        '<p>This keyboarded and encoded edition of the work described above is co-owned by the institutions '
        'providing financial support to the Early English Books Online Text Creation Partnership. This Phase I text '
        'is available for reuse, according to the terms of Creative Commons 0 1.0 Universal. The text can be '
        'copied, modified, distributed and performed, even for commercial purposes, all without asking '
        'permission.</p></availability></publicationStmt></fileDesc></teiHeader></TEI>')
    said, free = licence_of(root)
    assert free and "Creative Commons 0 1.0 Universal" in said


def test_the_apparatus_line_is_said_only_where_an_app_has_no_lem(tmp_path, capsys):
    """The Haydon letter with every `app`'s first reading made its `lem` (changed in this test): main said
    "apparatus: the text is witness #…'s where an app has no lem" of it, where no app lacks one."""
    tree = etree.parse(str(HAYDON))
    apps = list(tree.iter(f"{T}app"))
    for app in apps:
        app.find(f"{T}rdg").tag = f"{T}lem"
    source = tmp_path / "haydon.xml"
    tree.write(str(source), encoding="utf-8")
    assert source.read_text("utf-8").count("<lem ") == len(apps) == 79
    _, said = _import(tmp_path, capsys, source)
    assert "where an app has no lem" not in said, said
    assert "no reading" not in said, said


def test_an_editors_reading_of_no_words_is_not_kept(tmp_path, capsys):
    """Standalone `corr`, `reg`, `expan`, `orig`, `abbr`, `sic`, `supplied` and `stage` with nothing in them, or
    only a space (a hostile round's input, not a real file): each was written as it stood, and the page showed
    "[corrected: ]" (inline.xsl), "[]" or " [sic]" beside nothing. They are counted, and a space stays a space."""
    tags = ("corr", "reg", "expan", "orig", "abbr", "sic", "supplied", "stage")
    body = "A" + "".join(f"<{t}/><{t}></{t}><{t}> </{t}>" for t in tags) + "B <corr resp=\"javascript:x\">C</corr> D"
    header = ('<teiHeader><fileDesc><titleStmt><title>Empty</title></titleStmt><publicationStmt><availability>'
              '<licence target="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</licence></availability>'
              '</publicationStmt><sourceDesc><p>A hostile round\'s input.</p></sourceDesc></fileDesc></teiHeader>')
    source = tmp_path / "empty.xml"
    source.write_text(f'<TEI xmlns="http://www.tei-c.org/ns/1.0">{header}<text><body><div><p>{body}</p></div></body>'
                      "</text></TEI>", "utf-8")
    edition, said = _import(tmp_path, capsys, source)
    base = etree.parse(str(edition / "tei" / "letter.xml")).find(f".//{T}div[@type='base']")
    p = base.find(f".//{T}p")
    assert [(el.tag.split("}")[1], el.text, el.attrib) for el in p] == [("corr", "C", {})]
    assert " ".join("".join(p.itertext()).split()) == "A B C D"
    assert "corr (empty) ×3" in said and "stage (empty) ×3" in said, said
    code, out = _validate(edition, capsys)
    assert code == 0, out


def test_an_app_whose_readings_name_no_witness_still_gives_its_first_reading(tmp_path, capsys):
    """The Haydon letter with one more app whose readings name no witness (added in this test): the apparatus says
    nothing of whose reading is whose, so its first reading stays the text, as before, and no app is said to give
    the witness nothing beyond the letter's own two."""
    text = HAYDON.read_text("utf-8")
    at = text.index("arrived this morning")
    source = tmp_path / "haydon.xml"
    source.write_text(text[:at] + "<app><rdg>duly</rdg><rdg>safely</rdg></app> " + text[at:], "utf-8")
    edition, said = _import(tmp_path, capsys, source)
    assert "bride cake duly arrived this morning" in _text(edition), _text(edition)[:200]
    assert "apparatus: 2 apps give witness #digMitTeam no reading" in said, said
