"""Journey 18: translators at work on an edition that grew (a treaty from the tagger's pool,
encoded) and gained a third translation language, French, as the README says: a settings
change and `triglot translations add-language fr`. Each test holds one fault that journey
found. The new text is a pool text used by its path: the Treaty of Saadabad (1937, League of
Nations Treaty Series; tests/data/unseen-test13/README.md gives its source and licence).
"""
from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

import polib
import pytest

from conftest import copy_project, replace_once

POOL = Path(__file__).resolve().parent / "data" / "unseen-test13"
TREATY = "saadabad-1937.txt"


def _run(*args) -> int:
    from triglot.cli import main
    return main([str(a) for a in args])


@pytest.fixture
def french(tmp_path) -> Path:
    """The edition with the treaty encoded and French added to languages.translations, then
    add-language fr and the PO files exported."""
    root = copy_project(tmp_path)
    shutil.copy(POOL / TREATY, root / "seeds" / TREATY)
    assert _run("--root", root, "encode", root / "seeds" / TREATY, "--id", "saadabad", "--genre", "treaty",
                "--date", "1937-07-08") == 0
    replace_once(root / "triglot.toml", 'translations = ["ru", "hy"]', 'translations = ["ru", "hy", "fr"]')
    assert _run("--root", root, "translations", "add-language", "fr") == 0
    assert _run("--root", root, "translations", "export", "--lang", "fr") == 0
    return root


def _translate(po_file: Path, context: str, text: str) -> None:
    """A translator's edit in a polib-based editor: the entry translated, kept as a draft."""
    po = polib.pofile(str(po_file))
    entry = next(e for e in po if e.msgctxt == context)
    entry.msgstr = text
    if "fuzzy" not in entry.flags:
        entry.flags.append("fuzzy")
    po.save()


# ---------------------------------------------------------------- who is responsible

def test_a_french_translation_is_not_credited_to_the_russian_drafter(french, capsys):
    """The French translator has no respStmt yet; import listed resp-draft-ru among the IDs to
    choose, and took it: the French text was then credited to "draft Russian translation …
    made with an AI language model"."""
    po_file = french / "translations" / "fr" / "saadabad.po"
    _translate(po_file, "saadabad.p4", "PRÉAMBULE.")
    tei = french / "tei" / "saadabad.xml"
    before = tei.read_bytes()
    capsys.readouterr()
    assert _run("--root", french, "translations", "import", "--resp", "resp-draft-ru", po_file) == 1
    err = capsys.readouterr().err
    assert "resp: saadabad.p4: " in err and "Russian" in err
    assert tei.read_bytes() == before


def test_the_ids_offered_to_a_french_translator_leave_out_other_languages_drafters(french, capsys):
    po_file = french / "translations" / "fr" / "saadabad.po"
    _translate(po_file, "saadabad.p4", "PRÉAMBULE.")
    capsys.readouterr()
    assert _run("--root", french, "translations", "import", po_file) == 1
    err = capsys.readouterr().err
    assert "resp: saadabad.p4: " in err and "resp-editors" in err
    assert "resp-draft-ru" not in err and "resp-draft-hy" not in err


def test_a_french_slot_pointing_at_the_armenian_drafter_is_a_validate_problem(french, capsys):
    tei = french / "tei" / "saadabad.xml"
    replace_once(tei, '<ab corresp="#saadabad.p4" ana="#untranslated" xml:id="saadabad.p4.fr"/>',
                 '<ab corresp="#saadabad.p4" ana="#draft" xml:id="saadabad.p4.fr" resp="#resp-draft-hy" '
                 'source="ni:///sha-256-64;AAAAAAAAAAA">PRÉAMBULE.</ab>')
    capsys.readouterr()
    assert _run("--root", french, "validate", tei) == 1
    out = capsys.readouterr().out
    assert "slots" in out and "resp-draft-hy" in out and "Armenian" in out


def test_a_drafter_id_spelt_in_another_case_is_its_own_languages_drafter(french, capsys):
    """Language tags are the same in any case (BCP 47): a French slot naming `resp-draft-FR` was told
    it named "the drafter of the French translation … point @resp at whoever made this French text"."""
    tei = french / "tei" / "saadabad.xml"
    text = tei.read_text("utf-8").replace('xml:id="resp-draft-fr"', 'xml:id="resp-draft-FR"')
    tei.write_text(text, encoding="utf-8")
    replace_once(tei, '<ab corresp="#saadabad.p4" ana="#untranslated" xml:id="saadabad.p4.fr"/>',
                 '<ab corresp="#saadabad.p4" ana="#draft" xml:id="saadabad.p4.fr" resp="#resp-draft-FR" '
                 'source="ni:///sha-256-64;AAAAAAAAAAA">PRÉAMBULE.</ab>')
    capsys.readouterr()
    _run("--root", french, "validate", tei)
    out = capsys.readouterr().out
    assert "resp-draft-FR" not in out, out


# ---------------------------------------------------------------- the new language in the TEI

def test_add_language_writes_each_new_slot_on_its_own_indented_line(french):
    """Translators may fill the slots in the TEI: add-language wrote the whole French div of a
    document on one line (mikoyan's: 7 slots and 3 note slots, every one a screen wide apart),
    unlike every other div of the file."""
    lines = (french / "tei" / "mikoyan-diplomacy-1937.xml").read_text("utf-8").splitlines()
    opening = [line for line in lines if 'xml:lang="fr"' in line and "<div" in line]
    assert len(opening) == 1 and opening[0].startswith("      <div ") and opening[0].endswith(">")
    slot_lines = [line for line in lines if 'ana="#untranslated"' in line and '.fr"' in line]
    assert len(slot_lines) == 7       # 7 blocks; the 3 notes' slots inside their blocks' slots
    assert all(line.startswith("        <ab ") for line in slot_lines)
    assert any(line.strip() == '<language ident="fr">French: translations of the English text</language>'
               for line in lines)


# ---------------------------------------------------------------- the printed book

def test_the_title_page_of_a_book_in_a_language_without_print_strings_is_not_half_english(tmp_path):
    """The en–fr book's title page said "Parallel edition: English – French" and then, for
    French, which has no print catalog, "Parallel edition: Anglais – Français": an English phrase
    with French language names. The French line now says the names alone."""
    from printed import build
    from triglot.tei import NS
    root = tmp_path / "edition"
    shutil.copytree(Path(__file__).resolve().parent / "roots" / "print-mini", root)
    replace_once(root / "triglot.toml", 'translations = ["ru", "hy"]',
                 'translations = ["ru", "hy", "fr"]\n\n[print]\nbooks = [["en", "fr"]]')
    assert _run("--root", root, "translations", "add-language", "fr") == 0
    _, books = build(root, tmp_path / "out")
    title_page = books[("en", "fr")].raw[0]
    lines = [" ".join(line.split()) for line in title_page.splitlines()]
    assert "Parallel edition: English – French" in lines, title_page
    assert "Anglais – Français" in lines and title_page.count("Parallel edition") == 1


# ---------------------------------------------------------------- stale English, a file kept elsewhere

def test_a_stale_edit_in_a_file_outside_the_edition_is_told_where_export_keeps_it(french, tmp_path, capsys):
    """A translator's own copy (a CAT tool's target/ folder, a file sent by mail) translated a
    block whose English the editors then corrected (a sic/corr added). Import said "run `triglot
    translations export`: your text is kept": export keeps the edits of translations/fr/, not of
    that copy, so the text was not there and the same import was refused again, round after round."""
    own = tmp_path / "target" / "saadabad.po"
    own.parent.mkdir()
    shutil.copy(french / "translations" / "fr" / "saadabad.po", own)
    _translate(own, "saadabad.p2", "N° 4402. — Traité de non-agression entre le <1>Royaume d’Afghanistan</1>, "
               "le <2>Royaume d’Irak</2>, l’<3>Empire d’Iran</3> et la <4>République de Turquie</4>. Signé à "
               "<5>Téhéran</5>, le <6>8 juillet 1937</6>.")
    replace_once(french / "tei" / "saadabad.xml", "Non-aggression Betwveen the",
                 "Non-aggression <choice><sic>Betwveen</sic><corr>Between</corr></choice> the")
    capsys.readouterr()
    assert _run("--root", french, "translations", "import", "--resp", "resp-editors", own) == 1
    err = capsys.readouterr().err
    assert "stale-source: saadabad.p2" in err and "translations/fr/saadabad.po" in err
    shutil.copy(own, french / "translations" / "fr" / "saadabad.po")      # as the message says
    assert _run("--root", french, "translations", "export", "--lang", "fr", "saadabad") == 0
    kept = next(e for e in polib.pofile(str(french / "translations" / "fr" / "saadabad.po"))
                if e.msgctxt == "saadabad.p2")
    assert "Royaume d’Irak" in kept.msgstr and "fuzzy" in kept.flags
    assert "STALE" in kept.tcomment and kept.previous_msgid.startswith("No. 4402. — Treaty of Non-aggression Betwveen")


# ---------------------------------------------------------------- the legend of a name under review

def test_a_name_not_yet_in_the_registers_is_described_as_a_name_in_the_legend(french):
    """A freshly encoded text has names proposed but not yet pointed at a register entry: the
    legend said `<1> = <placeName>`, an element name, where every other name says what it is."""
    po = polib.pofile(str(french / "translations" / "fr" / "saadabad.po"))
    p3 = next(e for e in po if e.msgctxt == "saadabad.p3")
    assert "<1> = place (not in the registers yet)" in p3.comment, p3.comment
    assert "<placeName>" not in p3.comment


def test_a_document_given_french_by_add_language_has_the_french_drafter_encode_gives(french):
    """A text encoded after French was added gets a `resp-draft-fr` respStmt, as for every
    translation language; the documents add-language gave French slots got none, so the same
    import (`--resp resp-draft-fr`, as the README's OmegaT round trip does) worked for one
    document and was refused for the others."""
    from lxml import etree
    from triglot.tei import NS, XML_ID

    def drafter(path):
        root = etree.parse(str(path)).getroot()
        found = [r for r in root.iterfind(".//t:titleStmt/t:respStmt", NS) if r.get(XML_ID) == "resp-draft-fr"]
        return [" ".join(r.xpath("string(.)").split()) for r in found]

    shutil.copy(POOL / "lausanne-1923-final-act.txt", french / "seeds" / "lausanne.txt")
    assert _run("--root", french, "encode", french / "seeds" / "lausanne.txt", "--id", "lausanne",
                "--date", "1923-07-24") == 0
    encoded = drafter(french / "tei" / "lausanne.xml")
    assert len(encoded) == 1
    assert drafter(french / "tei" / "mikoyan-diplomacy-1937.xml") == encoded
    assert drafter(french / "tei" / "saadabad.xml") == encoded


def test_a_translation_column_without_note_letters_is_not_numbered_like_the_base_text(french):
    """French has no print.note-labels entry, so its notes were numbered 1, 2, 3 as the English
    ones are: two notes "2." in one footnote area. A column without letters takes a series of its
    own, and a second such column another."""
    from triglot.edition import load
    from triglot.print.builder import note_labels
    settings = load(french).settings
    assert "fr" not in settings.note_labels
    labels = note_labels(settings, ["en", "fr"])
    assert "en" not in labels and labels["fr"][:3] == "abc"
    both = note_labels(settings, ["en", "fr", "ru"])
    assert both["ru"] == settings.note_labels["ru"] and both["fr"][:3] == "abc"
    two = note_labels(dataclasses.replace(settings, note_labels={}), ["en", "fr", "ru"])
    assert len({two["fr"], two["ru"]}) == 2


def test_a_translation_kept_by_msgmerge_from_before_a_name_was_tagged_is_told_its_numbers_shifted(tmp_path, capsys):
    """msgmerge kept a translation made before "Chicherin" was tagged at the head of the block, so
    every placeholder number after it moved up by one; the translator cleared the fuzzy flag, and the
    import said only "<4/> of the English is missing". Appending <4/> would have pointed Moscow's
    placeholder at Chicherin's entry: the refusal now says the numbering shifted and from what."""
    from conftest import make_project
    from test_translations_bad_po import refused
    from test_translations_support import edit_po, export_mini

    def kept_by_msgmerge(entry):
        entry.previous_msgid = "Chicherin wrote from <1>Moscow</1> on <2>July 2, 1920</2>.<3/>"
        entry.msgstr = "Чичерин писал из <1>Москвы</1> <2>2 июля 1920 г.</2><3/>"
        entry.fuzzy = False
        entry.tcomments = ["resp: resp-draft-ru"] + [c for c in entry.tcomments if not c.startswith("resp:")]

    root = make_project(tmp_path)
    export_mini(root)
    edit_po(root / "translations" / "ru" / "mini.po", {"mini.p1": kept_by_msgmerge})
    err = refused(root, capsys)
    assert "placeholder <4/> of the English is missing" in err, err
    assert "placeholders were renumbered" in err and "#| msgid" in err, err
