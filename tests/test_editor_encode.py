"""`triglot encode`: a seed becomes a valid skeleton of the edition; bad seeds are refused clearly."""
from pathlib import Path

import pytest
from lxml import etree

from conftest import empty_edition
from triglot.edition import load
from triglot.tei import NS, XML_ID
from triglot.validate import validate

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


@pytest.fixture
def project(tmp_path):
    """An edition with the real registers and seeds and no documents yet."""
    return empty_edition(tmp_path / "project", ROOT / "seeds")


def encode_into(cli, project, seed, doc_id="new", *extra):
    return cli("--root", project, "encode", seed, "--id", doc_id, *extra)


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.stem[:3])
def test_an_encoded_seed_is_a_valid_document_of_the_edition(cli, project, seed):
    code, out, err = encode_into(cli, project, project / "seeds" / seed.name, "doc" + seed.stem[:3])
    assert code == 0, err
    edition = load(project)
    assert edition.documents and validate(edition, edition.documents) == []


def test_every_block_has_an_id_and_empty_russian_and_armenian_slots(cli, project):
    encode_into(cli, project, project / "seeds" / SEEDS[0].name, "mk")
    doc = load(project).document("mk")
    ids = doc.block_ids()
    assert ids == ["mk.dl1", "mk.by1", "mk.p1", "mk.p2", "mk.p3", "mk.p4", "mk.p5"]
    for lang in ("ru", "hy"):
        assert set(doc.slots[lang]) == set(ids)
        assert all(s.get("ana") == "#untranslated" and not len(s) and not s.text for s in doc.slots[lang].values())


def test_header_takes_title_date_and_gaps_from_the_text(cli, project):
    encode_into(cli, project, project / "seeds" / "003_724e4fe00a8a13f8.txt", "eve")
    root = load(project).document("eve").root
    title = root.find(".//t:titleStmt/t:title[@type='main']", NS)
    assert title.text == "What happened on the eve of the Moscow Treaty of March 16, 1921?"
    assert root.find(".//t:sourceDesc/t:bibl/t:date", NS).get("when") == "2025-03-26"
    gaps = [" ".join(g.itertext()) for g in root.iterfind(".//t:teiHeader//t:gap", NS)]
    assert any("author" in g for g in gaps) and any("Russian title" in g for g in gaps)


def test_boilerplate_lines_are_listed_as_omitted_with_line_and_exact_text(cli, project):
    encode_into(cli, project, project / "seeds" / "001_390929da6f5f92b9.txt", "lg")
    root = load(project).document("lg").root
    items = {i.get("n"): i.findtext("t:quote", namespaces=NS) for i in root.iterfind(".//t:samplingDecl//t:item", NS)}
    assert items == {"39": "Related Publications", "41": "Leave a Reply",
                     "43": "Your email address will not be published. Required fields are marked *"}


def test_uncertain_proposals_are_marked_for_review(cli, project):
    encode_into(cli, project, project / "seeds" / "003_724e4fe00a8a13f8.txt", "eve")
    root = load(project).document("eve").root
    kars = [el for el in root.iterfind(".//t:placeName", NS) if el.text == "Kars"][0]
    assert (kars.get("ref"), kars.get("cert"), kars.get("ana")) == ("plc:kars", "low", "#review")
    assert "plc:kars-oblast" in kars.getnext().text       # the comment that says why
    assert root.find(".//t:category[@xml:id='review']", {**NS, "xml": "http://www.w3.org/XML/1998/namespace"}) is not None


def test_encode_never_overwrites_without_force(cli, project):
    seed = project / "seeds" / SEEDS[0].name
    assert encode_into(cli, project, seed, "mk")[0] == 0
    target = project / "tei" / "mk.xml"
    target.write_text("<kept/>")
    code, _, err = encode_into(cli, project, seed, "mk")
    assert code == 1 and "never overwrites" in err and target.read_text() == "<kept/>"
    assert encode_into(cli, project, seed, "mk", "--force")[0] == 0
    assert etree.parse(str(target)).getroot().get(XML_ID) == "mk"


@pytest.mark.parametrize("data, message", [
    (b"", "empty"),
    (b"  \n\n", "empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary"),
    ("Письмо Чичерина\n".encode("cp1251"), "not UTF-8"),
    ("Letter\n".encode("utf-16"), "UTF-16"),
    (b"Letter to Chicherin\r\n\r\nText.\r\n", "Windows"),
    (b"\xef\xbb\xbfLetter\n", "byte-order mark"),
])
def test_bad_seeds_get_a_clear_message_and_nothing_is_written(cli, project, data, message):
    seed = project / "bad.txt"
    seed.write_bytes(data)
    code, _, err = encode_into(cli, project, seed, "bad")
    assert code == 1 and message in err and "bad.txt" in err
    assert not (project / "tei" / "bad.xml").exists()


def test_a_bad_id_is_refused(cli, project):
    code, _, err = encode_into(cli, project, project / "seeds" / SEEDS[0].name, "Bad Id")
    assert code == 1 and "id must" in err


def test_a_line_with_date_and_author_gives_both_to_the_header(cli, project):
    encode_into(cli, project, project / "seeds" / "000_4edf5f139739e8ea.txt", "mk")
    root = load(project).document("mk").root
    author = root.find(".//t:titleStmt/t:author/t:persName", NS)
    assert (author.get("ref"), author.text) == ("psn:mirzakhanyan", "Ruben Mirzakhanyan")
    assert root.find(".//t:sourceDesc/t:bibl/t:date", NS).get("when") == "2025-03-15"


def test_an_archival_reference_becomes_a_bibl_with_its_manuscript_described_for_review(cli, project):
    encode_into(cli, project, project / "seeds" / "004_f9dcebae1dbd10da.txt", "docs")
    doc = load(project).document("docs")
    refs = [b for b in doc.blocks if b.get("type") == "archival"]
    first = refs[0]
    assert "".join(first.itertext()).startswith("RGASPI, f. 2, op. 1, d. 332")
    assert (first.get("ana"), doc.slots["ru"][first.get(XML_ID)].tag.split("}")[1]) == ("#review", "bibl")
    ms = next(m for m in doc.root.iterfind(".//t:sourceDesc/t:msDesc", NS) if "#" + m.get(XML_ID) == first.get("corresp"))
    assert ms.findtext("t:msIdentifier/t:repository", namespaces=NS) == "RGASPI"
    assert [i.text for i in ms.iterfind("t:msIdentifier/t:idno", NS)] == ["2", "1", "332"]
    assert ms.get("ana") == "#review"


def test_a_reference_inside_a_paragraph_is_left_in_it(cli, project):
    encode_into(cli, project, project / "seeds" / "001_390929da6f5f92b9.txt", "leg")
    doc = load(project).document("leg")
    line = next(b for b in doc.blocks if "Mdivani’s label" in "".join(b.itertext()))
    assert line.tag.endswith("}p")


def test_a_new_document_gives_the_edition_statement_its_documents_give(cli, tmp_path):
    """A document encoded into an edition whose documents say "First draft release of the Triglot
    edition" said "Draft encoding made by triglot encode"; the printed imprint took it when that
    document came first (print review 18). It gives the edition's statement; an edition without
    documents still gets encode's own."""
    from conftest import copy_project
    root = copy_project(tmp_path / "grown")
    seed = root / "seeds" / "again.txt"     # a text of its own: a seed a document encodes is refused
    seed.write_bytes((root / "seeds" / SEEDS[0].name).read_bytes())
    assert encode_into(cli, root, seed, "again")[0] == 0
    edition = root.joinpath("tei", "again.xml").read_text("utf-8")
    assert '<edition n="0.1">First draft release of the Triglot edition</edition>' in edition
    empty = empty_edition(tmp_path / "empty", ROOT / "seeds")
    assert encode_into(cli, empty, empty / "seeds" / SEEDS[0].name, "first")[0] == 0
    assert "Draft encoding made by triglot encode" in empty.joinpath("tei", "first.xml").read_text("utf-8")
