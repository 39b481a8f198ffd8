"""The project grammar asked first in its fast shape (validate/first_pass.py): the same verdicts,
and the derived schema's own messages for every document it refuses."""
from __future__ import annotations

import copy
from pathlib import Path

import pytest
from lxml import etree

from triglot.schema import PROJECT_RNG, stamp
from triglot.validate import schema_check
from triglot.validate.first_pass import R, SETS, optional_attributes
from triglot.xmlio import parse_schema, relaxng

ROOT = Path(__file__).resolve().parents[1]
EDITION = ROOT / "tei" / "chicherin-documents-1920.xml"
XML = "{http://www.w3.org/XML/1998/namespace}"


def derived_only(name: str, tree) -> list:
    """What the derived schema alone says of `tree`: the messages the editor was always given."""
    version = stamp(ROOT, PROJECT_RNG)
    rng = relaxng(Path(version[0]))
    if rng.validate(tree):
        return []
    return schema_check._rng_problems(name, rng.error_log, tree, schema_check._names(version), ROOT)


def test_every_attribute_set_of_the_derived_schema_is_asked_as_optional_attributes():
    shaped = optional_attributes(parse_schema(Path(stamp(ROOT, PROJECT_RNG)[0])))
    assert shaped is not None
    sets = [d for d in shaped.getroot().iter(R + "define") if d.get("name", "").startswith(SETS)]
    assert sets and all(k.tag == R + "optional" for d in sets for k in d if isinstance(k.tag, str))


def test_a_document_of_another_edition_gets_the_derived_schemas_messages():
    # an empty @target is "failed to validate type anyURI" and "Invalid attribute target" in the
    # derived schema; the fast shape says only the second: the derived schema's are given
    name = "tests/data/journey15/lassberg-letter-1741.xml"
    tree = etree.parse(str(ROOT / name))
    found = schema_check.check(ROOT, [(name, tree)])
    grammar = [p for p in found if p.rule == "tei-schema"]
    assert grammar == derived_only(name, tree)
    assert (66, "failed to validate type anyURI") in {(p.line, p.message) for p in grammar}


def damaged(change) -> etree._ElementTree:
    tree = copy.deepcopy(etree.parse(str(EDITION)))
    change(tree.getroot())
    return tree


def first(root, tag: str):
    return next(root.iter(f"{{http://www.tei-c.org/ns/1.0}}{tag}"))


CHANGES = {
    "an enumerated value of two words": lambda r: first(r, "title").set("type", "main title"),
    "an empty enumerated value": lambda r: first(r, "title").set("type", ""),
    "an attribute no element of the subset has": lambda r: first(r, "p").set("foo", "x"),
    "an attribute the element does not take": lambda r: first(r, "p").set("when", "1920"),
    "a date that is no date": lambda r: first(r, "date").set("when", "1920-13-45"),
    "an xml:id that is no name": lambda r: first(r, "p").set(XML + "id", "1 2"),
    "a language that is no language": lambda r: first(r, "p").set(XML + "lang", "not a language"),
    "two faults at once": lambda r: (first(r, "title").set("type", "a b"), first(r, "p").set("foo", "")),
}


@pytest.mark.parametrize("change", CHANGES, ids=list(CHANGES))
def test_an_attribute_fault_is_found_and_told_as_the_derived_schema_tells_it(change):
    tree = damaged(CHANGES[change])
    found = [p for p in schema_check.check(ROOT, [("tei/x.xml", tree)]) if p.rule == "tei-schema"]
    assert found and found == derived_only("tei/x.xml", tree)


def test_a_valid_document_is_valid_in_both_shapes():
    tree = etree.parse(str(EDITION))
    shaped = etree.RelaxNG(optional_attributes(parse_schema(Path(stamp(ROOT, PROJECT_RNG)[0]))))
    assert shaped.validate(tree) and derived_only("tei/x.xml", tree) == []
