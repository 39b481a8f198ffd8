"""`triglot encode` on texts the edition has never seen: readable files, a header from the editor, years with reasons."""
import re
import shutil
from pathlib import Path

import pytest
from lxml import etree

from conftest import empty_edition
from triglot.edition import load
from triglot.tei import NS

ROOT = Path(__file__).resolve().parents[1]
UNSEEN = ROOT / "tests" / "data" / "unseen"


@pytest.fixture
def project(tmp_path):
    return empty_edition(tmp_path / "project", UNSEEN, ignore=shutil.ignore_patterns("*.json", "*.md"))


def encode(cli, project, name, *extra):
    code, out, err = cli("--root", project, "encode", project / "seeds" / f"{name}.txt", "--id", "new", *extra)
    assert code == 0, err
    return load(project).document("new")


def test_every_block_is_on_a_line_of_its_own(cli, project):
    doc = encode(cli, project, "armenian-azerbaijani-war")
    lines = [b.sourceline for b in doc.blocks]
    assert len(set(lines)) == len(lines)
    text = doc.path.read_text(encoding="utf-8").splitlines()
    assert all(text[b.sourceline - 1].lstrip().startswith("<") for b in doc.blocks)


def test_unknown_names_are_tagged_for_review_and_the_document_validates(cli, project):
    from triglot.validate import validate
    doc = encode(cli, project, "armenian-azerbaijani-war")
    enver = [el for el in doc.base.iter("{%s}persName" % NS["t"]) if el.text == "Enver Pasha"][0]
    assert enver.get("ana") == "#review" and enver.get("ref") is None
    assert "proposed new person entry “enver-pasha”" in enver.getnext().text
    assert validate(load(project), fidelity=False) == []


def test_header_says_what_the_editor_gave(cli, project):
    # publisher and licence URL must be the settings' (validate's edition-header rule): see below
    doc = encode(cli, project, "treaty-of-kars", "--publisher", "Triglot project", "--licence-url",
                 "https://creativecommons.org/licenses/by/4.0/", "--licence-label", "CC BY 4.0",
                 "--source", "Wikipedia", "--genre", "encyclopedia article")
    header = doc.root.find("t:teiHeader", NS)
    assert header.findtext("t:fileDesc/t:publicationStmt/t:publisher", namespaces=NS) == "Triglot project"
    licence = header.find(".//t:availability/t:licence", NS)
    assert licence.get("target").endswith("/by/4.0/") and licence.text == "CC BY 4.0"
    assert header.findtext(".//t:sourceDesc/t:bibl/t:publisher", namespaces=NS) == "Wikipedia"
    assert [t.text for t in header.iterfind(".//t:textClass/t:keywords/t:term", NS)] == ["encyclopedia article"]
    assert header.find(".//t:refsDecl/t:cRefPattern", NS).get("replacementPattern").endswith("/new#$1")


def test_without_options_the_header_takes_the_editions_own_settings(cli, project):
    doc = encode(cli, project, "treaty-of-kars")
    header = doc.root.find("t:teiHeader", NS)
    registers = etree.parse(str(project / "tei" / "persons.xml"))
    assert header.findtext(".//t:publicationStmt/t:publisher", namespaces=NS) == \
        registers.findtext(".//t:publicationStmt/t:publisher", namespaces=NS)
    gaps = " ".join(" ".join(g.itertext()) for g in header.iterfind(".//t:gap", NS))
    assert "genre" in gaps       # asked for, never invented


def test_a_headings_years_set_its_section_and_inferred_years_are_marked(cli, project):
    seed = project / "seeds" / "years.txt"
    seed.write_text("The war of 1918–1920\n\nOn 3 March the council met; in 1918 the war began. "
                    "By late November it was over.\n\nBaku, 1919\n\nOn 5 May the army entered the city.\n",
                    encoding="utf-8")
    code, _, err = cli("--root", project, "encode", seed, "--id", "new")
    assert code == 0, err
    dates = {el.text: el for el in load(project).document("new").base.iter("{%s}date" % NS["t"])}
    assert dates["3 March"].get("when") == "1918-03-03" and dates["3 March"].get("ana") == "#review"
    assert "1918–1920" in dates["3 March"].getnext().text
    assert dates["late November"].get("notBefore") == "1918-11-21"
    assert dates["5 May"].get("when") == "1919-05-05" and "Baku, 1919" not in dates["5 May"].getnext().text
    assert "“1919” in the heading" in dates["5 May"].getnext().text


@pytest.mark.parametrize("data", [
    '<?xml version="1.0"?>\n<TEI xmlns="http://www.tei-c.org/ns/1.0"/>\n',
    "<html><body><p>Letter</p></body></html>\n",
    "\n\n  <p>Kars, 1921</p>\n",
])
def test_markup_is_refused_as_seed(cli, project, data):
    seed = project / "markup.txt"
    seed.write_text(data, encoding="utf-8")
    code, _, err = cli("--root", project, "encode", seed, "--id", "markup")
    assert code == 1 and "XML or HTML markup" in err
    assert not (project / "tei" / "markup.xml").exists()


def test_the_bench_reports_the_development_and_test_sets_apart(edition):
    from triglot.editor.bench import SETS, STUDIED_TEST_DIRS, TEST_DIR, UNSEEN_DIR, unseen
    result = unseen(edition)
    for label in ("development", "test"):
        for kind in ("persName", "placeName", "orgName", "date"):
            assert result[f"unseen {label} {kind}"].startswith("precision ")
            assert f"unseen {label} {kind}, anchor: registers only" in result
    # the folders are the bench's own (each round moves one test set into the pool): the pool is the
    # first texts and every studied test set, the test set none of them
    assert dict(SETS) == {"development": (UNSEEN_DIR, *STUDIED_TEST_DIRS), "test": (TEST_DIR,)}
    assert TEST_DIR not in STUDIED_TEST_DIRS
    studied = [ROOT / d for d in (UNSEEN_DIR, *STUDIED_TEST_DIRS)]
    assert result["unseen development texts"] == sum(len(list(d.glob("*.txt"))) for d in studied)  # earlier test sets join the pool
    assert result["unseen test texts"] == len(list((ROOT / TEST_DIR).glob("*.txt")))


def _counts(line: str) -> tuple[int, int, int]:
    """(matched, proposed, annotated) of a bench line "precision …, recall … (M matched, P proposed, A annotated)"."""
    return tuple(int(n) for n in re.search(r"\((\d+) matched, (\d+) proposed, (\d+) annotated\)", line).groups())


def test_the_recogniser_holds_its_figures_on_the_development_set(edition):
    """The development pool is where the rules are studied: no set of it may lose a matched mention of any kind
    (tests/data/pool-matched.json, each set's matched mentions as last measured: raise a figure when a rule
    gains, never lower one), and the pool's figures may not fall below the floors (0.9 precision; measured
    0.92–1.00 in session 7, round 2, over all 28 texts); the frozen test set is only reported, never asserted
    on. A set joining the pool can lower the pool's recall by its joining alone, before any rule changed; the
    recall floors have then been set just under the pool with it, the per-set figures guarding every set's
    mentions beside them. Dates' recall is held at 0.88: test31 joined in session 21 with 16 of its 20 dates
    year-less ("the 19th September"), which the tagger marks for the editor with no value rather than guess a
    year (pool 0.894 by its joining alone); test45 took it to 0.875 in session 30 (a minutes volume's contents,
    each sitting's day before an hour the OCR spaced, "April 5, 11 a. m."), and round 46 won it back (0.889) by
    rules that lose no mention anywhere, the floor kept. test46 took persons' recall to 0.874 and dates' to 0.875 in
    session 31 by its joining alone (official registers: a protocol list whose dates are glued to the names after
    them, "March 9, 1912Baron Rosen", and lines of a name, its State and a date with no title); round 47 won both
    back (persons 0.888, dates 0.893) by rules that lose no mention anywhere, the floors kept. Persons' recall was
    held at 0.89 when test38 joined in session 23 (its reference list transliterated from Russian, "Milyukov P.N.
    Istoriya"; 0.904 → 0.894), and is held at 0.88 since test42 joined in session 27 (verse in translation: names
    in capitals on title pages, poets in contents lists, persons of legend; 0.890 → 0.878 by its joining alone;
    rounds 43 and 43b mended 14 of the 26 persons it cost, by rules that lose no mention anywhere: 0.885). The
    per-set figures were added then, so that a lower aggregate floor hides no loss."""
    import json

    from triglot.editor.bench import SETS, unseen_set
    kinds = ("persName", "placeName", "orgName", "date")
    kept = json.loads((ROOT / "tests" / "data" / "pool-matched.json").read_text("utf-8"))
    folders = dict(SETS)["development"]
    assert sorted(kept) == sorted(Path(f).name for f in folders), "each pool set has its figures"
    totals = {kind: [0, 0, 0] for kind in (*kinds, "anchor")}
    lost, wrong_dates = [], []
    for folder in folders:
        result = unseen_set(edition, "development", edition.root / folder)
        name = Path(folder).name
        for kind in kinds:
            counts = _counts(result[f"unseen development {kind}"])
            totals[kind] = [a + b for a, b in zip(totals[kind], counts)]
            if counts[0] < kept[name][kind]:
                lost.append(f"{name} {kind}: {counts[0]} matched, {kept[name][kind]} before")
        anchor = _counts(result["unseen development persName, anchor: registers only"])
        totals["anchor"] = [a + b for a, b in zip(totals["anchor"], anchor)]
        wrong_dates += result["unseen development wrong dates not marked for review"]
    assert lost == []
    assert wrong_dates == []
    floors = {"persName": (0.9, 0.88), "placeName": (0.9, 0.9), "date": (0.9, 0.88)}
    for kind, (precision_floor, recall_floor) in floors.items():
        matched, proposed, annotated = totals[kind]
        assert matched / proposed >= precision_floor and matched / annotated >= recall_floor, (kind, totals[kind])
    assert totals["anchor"][0] < totals["persName"][0]     # the recogniser finds more than the registers alone


def test_a_publisher_or_licence_other_than_the_settings_is_refused_naming_the_setting(cli, project):
    # session 11: encode wrote 'Kars Press' and CC BY-SA into the header, and validate, build and
    # export then refused the document it had written (edition-header: not the settings')
    code, out, err = cli("--root", project, "encode", project / "seeds" / "treaty-of-kars.txt", "--id", "new",
                         "--publisher", "Kars Press", "--licence-url", "https://creativecommons.org/licenses/by-sa/4.0/")
    assert code == 1
    assert err.splitlines() == [
        "triglot.toml:5: encode: --publisher 'Kars Press' is not the edition's edition.publisher 'Triglot project': "
        "every document states the edition's own, which validate checks; leave out --publisher, or change "
        "edition.publisher here first (`triglot sync-headers` then brings the documents already encoded into line)",
        "triglot.toml:10: encode: --licence-url 'https://creativecommons.org/licenses/by-sa/4.0/' is not the "
        "edition's edition.licence.url 'https://creativecommons.org/licenses/by/4.0/': every document states the "
        "edition's own, which validate checks; leave out --licence-url, or change edition.licence.url here first "
        "(`triglot sync-headers` then brings the documents already encoded into line), or, when it is the text's "
        "own licence, its source's, give the source with --source-url"]
    assert not (project / "tei" / "new.xml").exists()


def test_a_new_document_states_the_version_the_editions_documents_state(cli, project):
    # session 11: encode always wrote edition n="0.1"; in an edition at 1.0 validate then refused it
    from triglot.validate import validate
    first = encode(cli, project, "treaty-of-kars")
    text = first.path.read_text(encoding="utf-8")
    assert '<edition n="0.1">' in text
    first.path.write_text(text.replace('<edition n="0.1">', '<edition n="1.0">'), encoding="utf-8")
    code, out, err = cli("--root", project, "encode", project / "seeds" / "armenian-azerbaijani-war.txt",
                         "--id", "second")
    assert code == 0, err
    edition = load(project)
    assert edition.document("second").root.find("t:teiHeader/t:fileDesc/t:editionStmt/t:edition", NS).get("n") == "1.0"
    assert [p for p in validate(edition, fidelity=False) if p.rule == "edition-header"] == []
