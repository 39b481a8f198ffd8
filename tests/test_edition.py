"""The encoded edition: valid TEI P5, and clean under the project's own checks."""
import pytest

from conftest import ROOT

FILES = sorted(p.name for p in (ROOT / "tei").glob("*.xml"))


@pytest.mark.parametrize("name", FILES)
def test_file_is_valid_against_full_tei_all(name, tei_all):
    from lxml import etree
    tree = etree.parse(str(ROOT / "tei" / name))
    assert tei_all.validate(tree), [str(e) for e in tei_all.error_log]


def test_whole_edition_passes_validate(edition):
    from triglot.validate import validate
    assert [str(p) for p in validate(edition)] == []


def test_committed_project_schema_is_up_to_date(cli):
    code, out, _ = cli("--root", ROOT, "schema", "--check")
    assert code == 0, out


def test_every_document_has_translation_slots_for_every_block(edition):
    assert edition.documents
    for doc in edition.documents:
        ids = set(doc.block_ids())
        assert ids and all(ids == set(doc.slots[lang]) for lang in ("ru", "hy"))


def test_archival_documents_of_seed_004_are_separate_divs_with_correspondence(edition):
    doc = next(d for d in edition.documents if d.seed_file().startswith("004"))
    divs = doc.base.findall(".//{http://www.tei-c.org/ns/1.0}div[@type='document']")
    corresp = doc.root.findall(".//{http://www.tei-c.org/ns/1.0}correspDesc")
    assert len(divs) == 7 and len(corresp) >= 6


@pytest.mark.parametrize("variant,entry", [
    ("Angora", "ankara"), ("Nakhijevan", "nakhichevan"),
    ("Trapezund", "trabzon"), ("Trebizond", "trabzon"),
])
def test_spelling_variants_share_one_register_entry(edition, variant, entry):
    refs = {el.get("ref") for d in edition.documents
            for el in d.base.iter("{http://www.tei-c.org/ns/1.0}placeName")
            if "".join(el.itertext()) == variant}
    assert refs == {f"plc:{entry}"}


def test_homonyms_stay_apart(edition):
    names = {}
    for d in edition.documents:
        for el in d.base.iter("{http://www.tei-c.org/ns/1.0}persName"):
            names.setdefault("".join(el.itertext()), set()).add(el.get("ref"))
    assert names["Yusuf Kemal"] == {"psn:yusuf-kemal"}
    assert names["Mustafa Kemal"] == {"psn:ataturk"}
    assert names["S. Kamenev"] == {"psn:kamenev-sergey"}


def test_a_province_is_not_its_city(edition):
    """Erivan the city and Erivan the governorate are two entries."""
    refs = {el.get("ref") for d in edition.documents
            for el in d.base.iter("{http://www.tei-c.org/ns/1.0}placeName")
            if "".join(el.itertext()) in ("Erivan", "Yerevan")}
    assert refs == {"plc:yerevan", "plc:erivan-governorate"}


def test_white_space_is_collapsed_at_every_character_python_calls_space():
    """normalize_space splits with str.split(): every character a regular expression's \\s
    matches (the no-break space, the line separator, the ideographic space) becomes one space,
    and no other (the zero-width space stays)."""
    import re
    import sys

    from triglot.tei import normalize_space
    spaces = [chr(c) for c in range(sys.maxunicode + 1) if re.fullmatch(r"\s", chr(c))]
    assert "\u00a0" in spaces and "\u3000" in spaces and "\u200b" not in spaces
    for space in spaces:
        assert normalize_space(f"{space}a{space}{space}b{space}") == "a b", hex(ord(space))
    assert normalize_space("a\u200bb") == "a\u200bb"
    assert normalize_space("e\u0301") == "\u00e9"


def test_an_omissions_quote_inside_another_element_is_still_its_quote():
    """A hand-written item "<hi><quote>Advertisement</quote></hi> — website furniture" gave no quote
    and the whole item as its reason, the quoted words printed as if they were the reason."""
    from lxml import etree

    from triglot.tei import omissions
    root = etree.fromstring(
        '<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><encodingDesc><samplingDecl><list>'
        '<item n="4"><hi rend="italic"><quote>Advertisement</quote> here</hi> — website <term>furniture</term>'
        '</item></list></samplingDecl></encodingDesc></teiHeader></TEI>')
    assert omissions(root) == [("4", "Advertisement", "here — website furniture")]
