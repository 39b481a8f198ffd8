"""The caution a proposal quotes for a variant shared by namesakes (names.NameIndex, review comments in
the editor's language, the base one) is the entry's base-language identification note, whatever the order
of its notes: since session 31 the registers carry Russian and Armenian draft translations of each
identification note, and the first note of the entry was quoted, whichever its language."""
from pathlib import Path

from triglot.edition import load
from triglot.editor.names import NameIndex
from triglot.tei import NS, XML_LANG

ROOT = Path(__file__).resolve().parents[1]


def test_a_variant_quotes_the_base_language_identification_note_when_a_draft_comes_first():
    edition = load(ROOT)
    entry = edition.registers["places"].entries["erivan-governorate"]
    notes = entry.element.findall("t:note[@type='identification']", NS)
    english = next(n for n in notes if n.get(XML_LANG) is None)
    entry.element.remove(english)
    notes[-1].addnext(english)                        # the English note after its drafts
    forms = NameIndex(edition.registers).forms["Erivan"]
    caution = next(f for f in forms if f.ref.endswith("erivan-governorate")).caution
    assert caution == "the province of the Russian Empire, not the city"
