"""The edition as data: CSV and JSON tables (checked with jsonschema and the csv module), a JSON-LD
Dataset description (expanded with PyLD, offline), in the export, the bag and the web build."""
from __future__ import annotations

import csv
import io
import json

import jsonschema
import pytest
from lxml import etree
from pyld import jsonld

from triglot.edition import load
from triglot.library import dataset
from triglot.library.command import export
from triglot.tei import NS, TEI_NS

from conftest import copy_project


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    project = copy_project(tmp_path_factory.mktemp("project"))
    return project, export(project, project / "build").folder


@pytest.fixture(scope="module")
def data(exported):
    return json.loads((exported[1] / "data" / dataset.JSON_FILE).read_text(encoding="utf-8"))


def read_csv(exported, name):
    raw = (exported[1] / "data" / f"{name}.csv").read_bytes()
    assert raw.endswith(b"\r\n") and not raw.startswith(b"\xef\xbb\xbf")   # RFC 4180, no BOM
    return list(csv.DictReader(io.StringIO(raw.decode("utf-8"), newline="")))


def test_the_json_is_valid_against_its_json_schema(exported, data):
    schema = json.loads((exported[1] / "data" / dataset.SCHEMA_FILE).read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker()).validate(data)


def test_the_json_schema_rejects_a_mention_without_its_document(exported, data):
    schema = json.loads((exported[1] / "data" / dataset.SCHEMA_FILE).read_text(encoding="utf-8"))
    broken = json.loads(json.dumps(data))
    del broken["mentions"][0]["document"]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, schema)


def test_every_tagged_name_of_every_text_is_one_mention(exported, data):
    edition = load(exported[0])
    expected = 0
    for doc in edition.documents:
        text = doc.root.find("t:text", NS)
        expected += sum(1 for _ in text.iter(*(f"{{{TEI_NS}}}{t}" for t in ("persName", "placeName", "orgName"))))
    assert len(data["mentions"]) == expected > 100
    assert {m["language"] for m in data["mentions"]} >= {"en", "ru", "hy"}


def test_a_translated_mention_names_its_slot_and_the_block_it_translates(data):
    ru = [m for m in data["mentions"] if m["document"] == "legran1920" and m["passage"] == "legran1920.p1.ru"]
    assert ru and all(m["block"] == "legran1920.p1" and m["language"] == "ru" for m in ru)
    assert {"surface": "Бориса Леграна", "entity": "persons#legran"}.items() <= \
        next(m for m in ru if m["entity"] == "persons#legran").items()


def test_every_mention_entity_is_a_row_of_its_register_table(data):
    keys = {f"{row['register'][:-4]}#{row['id']}" for table in ("persons", "places", "organisations")
            for row in data[table]}
    assert all(m["entity"] in keys for m in data["mentions"] if m["entity"])
    assert sum(1 for m in data["mentions"] if m["entity"]) > 0.9 * len(data["mentions"])


def test_register_rows_carry_names_in_every_language_and_no_invented_authority(exported, data):
    edition = load(exported[0])
    assert len(data["persons"]) == len(edition.registers["persons"].entries)
    assert len(data["places"]) == len(edition.registers["places"].entries)
    chicherin = next(p for p in data["persons"] if p["id"] == "chicherin")
    assert chicherin["names"] == {"en": "Georgy Chicherin", "ru": "Георгий Чичерин", "hy": "Գեորգի Չիչերին"}
    assert chicherin["birth"] == "1872-11-24" and chicherin["authority"] == []
    kars = next(p for p in data["places"] if p["id"] == "kars")   # the register gives its GeoNames id
    assert kars["authority"] == ["https://sws.geonames.org/743952/"] and kars["geonames"] == ""
    moscow = next(p for p in data["places"] if p["id"] == "moscow")   # only the gazetteer does
    assert moscow["geonames"] == "https://sws.geonames.org/524901/" and moscow["authority"] == []


def test_the_csv_tables_hold_the_json_records(exported, data):
    for table in ("documents", "persons", "places", "organisations", "mentions"):
        rows = read_csv(exported, table)
        assert len(rows) == len(data[table]), table
        for row, record in zip(rows, data[table]):
            assert row["id" if "id" in row else "surface"] == str(record["id" if "id" in row else "surface"])
    persons = read_csv(exported, "persons")
    assert {"name_en", "name_ru", "name_hy"} <= set(persons[0])
    legran = next(r for r in persons if r["id"] == "legran")
    assert legran["variants"].split(dataset.LIST_SEPARATOR) == ["B. Legran", "Legran", "Legrand"]


def test_the_dataset_description_is_json_ld_of_a_schema_org_dataset(exported, data):
    doc = json.loads((exported[1] / "data" / dataset.JSONLD_FILE).read_text(encoding="utf-8"))
    expanded = jsonld.expand(doc)          # inline context: no network
    assert expanded[0]["@type"] == ["https://schema.org/Dataset"]
    S = "https://schema.org/"
    parts = expanded[0][S + "hasPart"]
    assert [p["@id"] for p in parts] == [d["uri"] for d in data["documents"]]
    downloads = {d[S + "name"][0]["@value"] for d in expanded[0][S + "distribution"]}
    assert downloads == {p.name for p in (exported[1] / "data").iterdir()} - {dataset.JSONLD_FILE}
    assert expanded[0][S + "license"][0]["@value"] == "https://creativecommons.org/licenses/by/4.0/"


def test_the_data_is_in_the_bag(exported):
    bag_data = exported[1] / "bag" / "data" / "data"
    assert sorted(p.name for p in bag_data.iterdir()) == sorted(p.name for p in (exported[1] / "data").iterdir())
    manifest = (exported[1] / "bag" / "manifest-sha512.txt").read_text(encoding="utf-8")
    assert "data/data/edition-data.json" in manifest


def test_the_web_build_publishes_the_same_data(exported, tmp_path):
    from triglot.library.corpus import edition_facts
    edition = load(exported[0])
    dataset.write(edition, tmp_path, edition_facts(edition))    # what the web builder calls
    for name in dataset.files(edition, edition_facts(edition)):
        assert (tmp_path / name).read_bytes() == (exported[1] / "data" / name).read_bytes(), name


def test_a_name_pointing_nowhere_is_a_mention_without_entity(tmp_path):
    project = copy_project(tmp_path)
    path = project / "tei" / "legran-letter-to-chicherin.xml"
    tree = etree.parse(str(path))
    tree.find(".//t:text//t:persName", NS).set("ref", "psn:nobody")
    edition = load(project)
    edition.documents[[d.id for d in edition.documents].index("legran1920")].tree = tree
    rows = dataset.tables(edition)["mentions"]
    nobody = [m for m in rows if m["ref"] == "psn:nobody"]
    assert nobody and nobody[0]["entity"] == "" and nobody[0]["surface"]


def test_a_csv_cell_a_spreadsheet_would_run_is_made_inert():
    """A name from an imported file written "=HYPERLINK(…)" went into the CSV as it was: opened in a
    spreadsheet, it ran as a formula (found by hostile round 19). A year before Christ keeps its "-"."""
    from triglot.library.dataset import to_csv
    rows = [{"id": "x", "register": "persons", "type": "person", "names": {"en": '=HYPERLINK("http://x")'},
             "variants": ["@SUM(A1)", "+1"], "occupation": "", "birth": "-0323", "death": None}]
    text = to_csv("persons", rows, ["en"]).decode("utf-8")
    assert "'=HYPERLINK" in text and "'@SUM(A1)" in text and ",-0323," in text, text


def test_the_search_pages_csv_download_makes_formula_cells_inert_too():
    """The search page's CSV download (search.js csvCell), run in Node as the browser runs it."""
    from conftest import search_csv_cells
    cells = ['=HYPERLINK("x")', "@A1", "+1", "-0323", 'say "hi", then']
    assert search_csv_cells(cells) == ['"\'=HYPERLINK(""x"")"', "'@A1", "'+1", "-0323", '"say ""hi"", then"']


def test_an_organisations_dates_of_existence_are_in_the_tables(tmp_path):
    """The cards and register pages give an organisation's dates of existence (the org's own @from/@to),
    but the JSON and CSV tables had only birth and death columns, so a reader who downloaded the data
    lost them (round 1 of the organisations gave twenty bodies dates)."""
    from conftest import make_project
    edition = load(make_project(tmp_path, "orgs-mini"))
    rows = dataset.entity_tables(edition)
    (revkom,) = [r for r in rows["organisations"] if r["id"] == "revkom"]
    assert revkom["existence"] == "1917/1918"
    assert {r["existence"] for r in rows["persons"] + rows["places"]} <= {""}
    table = list(csv.DictReader(io.StringIO(
        dataset.to_csv("organisations", rows["organisations"], ["en", "ru", "hy"]).decode("utf-8"), newline="")))
    assert next(r for r in table if r["id"] == "revkom")["existence"] == "1917/1918"
