"""The data downloads say which name forms the registers have not checked (cert="low"/"medium").

A researcher reusing places.csv or mentions.csv could not tell a checked Russian name from the
register's guess at it: the web pages marked the guess ("unchecked form"), the tables did not. Read
back with the csv module and the JSON Schema written beside them (jsonschema), from the edition's
own registers (Turkish Armenia's Russian and Armenian names, Armenia's Russian variant)."""
from __future__ import annotations

import csv
import io
import json

import jsonschema
import pytest

from triglot.library import dataset
from triglot.library.command import export

from conftest import copy_project


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    project = copy_project(tmp_path_factory.mktemp("project"))
    return export(project, project / "build").folder / "data"


def rows(folder, name):
    return list(csv.DictReader(io.StringIO((folder / f"{name}.csv").read_text(encoding="utf-8"), newline="")))


def test_a_register_row_gives_each_languages_certainty_and_the_note_that_explains_it(folder):
    places = {row["id"]: row for row in rows(folder, "places")}
    row = places["turkish-armenia"]
    assert (row["name_certainty_en"], row["name_certainty_ru"], row["name_certainty_hy"]) == ("", "low", "low")
    assert "marked uncertain" in row["certainty_note"]
    assert places["armenia"]["unchecked_variants"] == "Армянская Республика"
    assert places["armenia"]["name_certainty_ru"] == "" and "marked uncertain" in places["armenia"]["certainty_note"]
    assert places["turkey"]["certainty_note"] == "" and places["turkey"]["unchecked_variants"] == ""


def test_a_mention_says_whether_its_entitys_form_in_its_language_is_checked(folder):
    mentions = [m for m in rows(folder, "mentions") if m["entity"] == "places#turkish-armenia"]
    by_lang = {lang: {m["form_certainty"] for m in mentions if m["language"] == lang} for lang in ("en", "ru", "hy")}
    assert by_lang["en"] == {""} and by_lang["ru"] == {"low"} and by_lang["hy"] == {"low"}
    turkey = {m["form_certainty"] for m in rows(folder, "mentions") if m["entity"] == "places#turkey"}
    assert turkey == {""}


def test_the_json_carries_the_same_and_its_schema_and_description_say_what_it_means(folder):
    data = json.loads((folder / dataset.JSON_FILE).read_text(encoding="utf-8"))
    schema = json.loads((folder / dataset.SCHEMA_FILE).read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(schema).validate(data)
    entry = next(p for p in data["places"] if p["id"] == "turkish-armenia")
    assert entry["name_certainty"] == {"ru": "low", "hy": "low"}
    broken = json.loads(json.dumps(data))
    broken["mentions"][0]["form_certainty"] = "checked"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, schema)
    described = json.loads((folder / dataset.JSONLD_FILE).read_text(encoding="utf-8"))["description"]
    assert "name_certainty" in described and "form_certainty" in described
    assert "name_certainty" in schema["$defs"]["entity"]["properties"]
