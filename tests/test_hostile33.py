"""Session 25's hostile round (round 33) on what session 25 added: the reading by fstat size with
long texts found in windows, `write_together(read=…)` and its `changed-meanwhile` refusal. Each test
failed before its fix.

No test here is timed: a race is staged through a hook (a function of the toolkit wrapped in the
test), and a writer that would block is run on a thread that the test unblocks itself."""
from __future__ import annotations

import hashlib
import os
import threading
from pathlib import Path

import pytest

from conftest import make_project


def _a_document(root: Path) -> Path:
    return next(p for p in sorted((root / "tei").glob("*.xml")) if "<body" in p.read_text("utf-8"))


# ---------------------------------------------------------------- the text limit and CDATA sections

def test_a_text_cut_into_cdata_sections_is_held_to_the_text_limit(tmp_path, cli):
    """check_limits looks at the values only when the source has a long run without a '<'; a text
    written as CDATA sections of 40,000 characters each has a '<' every 40,000 bytes, yet it is one
    text of 400,000 characters (lxml joins the sections): it was accepted, past the limit of 100,000."""
    root = make_project(tmp_path)
    doc = _a_document(root)
    text = doc.read_text("utf-8")
    at = text.index(">", text.index("<p ", text.index("<body"))) + 1
    doc.write_text(text[:at] + "<![CDATA[" + "]]><![CDATA[".join(["b" * 40_000] * 10) + "]]>" + text[at:], "utf-8")
    before = doc.read_bytes()
    code, out, err = cli("--root", root, "validate")
    assert code != 0 and ": limit: a text or attribute value of " in out + err and "Traceback" not in err, (code, out[-2000:], err)
    assert doc.read_bytes() == before


# ---------------------------------------------------------------- write_together and a file replaced meanwhile

def _write_on_a_thread(files, read):
    """write_together on a thread: (thread, outcome), outcome filled with what it returned or raised."""
    from triglot.xmlio import write_together
    outcome: list = []

    def run():
        try:
            outcome.append(write_together(files, read=read))
        except BaseException as exc:       # what the writer raised is the test's answer
            outcome.append(exc)
    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread, outcome


def test_a_file_replaced_by_a_fifo_meanwhile_is_refused_not_waited_on(tmp_path):
    """write_together read each file's old bytes with read_bytes(), before it compared them with
    the digest of what the change was made from: a file replaced by a FIFO (or a link to one, or to
    /dev/zero) between the read and the write blocked the writer for ever, holding the edition's
    lock. It is now a file changed meanwhile, and nothing is written."""
    from triglot.problems import InputError
    path = tmp_path / "persons.xml"
    path.write_bytes(b"<listPerson/>\n")
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    other = tmp_path / "places.xml"
    other.write_bytes(b"<listPlace/>\n")
    path.unlink()
    os.mkfifo(path)
    thread, outcome = _write_on_a_thread({path: b"<listPerson><person/></listPerson>\n",
                                          other: b"<listPlace><place/></listPlace>\n"}, {path: digest})
    thread.join(30)
    if thread.is_alive():                  # unblock the writer, then fail
        fd = os.open(path, os.O_WRONLY | os.O_NONBLOCK)
        os.close(fd)
        thread.join(30)
        pytest.fail("write_together blocked on a FIFO")
    assert isinstance(outcome[0], InputError) and "changed-meanwhile" in str(outcome[0]), outcome
    assert other.read_bytes() == b"<listPlace/>\n"
    assert not path.is_file() and path.exists()


def test_a_file_touched_without_a_change_is_written(tmp_path):
    """Same bytes, a new modification time (an editor that saved without changing anything): no
    change happened meanwhile, and the write goes ahead (this held)."""
    from triglot.xmlio import write_together
    path = tmp_path / "persons.xml"
    path.write_bytes(b"<listPerson/>\n")
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    os.utime(path, (1, 1))
    write_together({path: b"<listPerson><person/></listPerson>\n"}, read={path: digest})
    assert path.read_bytes() == b"<listPerson><person/></listPerson>\n"


# ---------------------------------------------------------------- an organisation's dates of existence in the tables

def _existence(tmp_path, dates: str) -> tuple[str, dict]:
    """revkom's `existence` in the tables when its @from/@to are replaced by `dates`, and the
    schema of the JSON the edition publishes."""
    import json
    from triglot.edition import load
    from triglot.library import dataset
    root = make_project(tmp_path, "orgs-mini")
    path = root / "tei" / "bodies.xml"
    path.write_text(path.read_text("utf-8").replace('from="1917" to="1918"', dates, 1), "utf-8")
    rows = dataset.entity_tables(load(root))["organisations"]
    return next(r for r in rows if r["id"] == "revkom")["existence"], json.loads(dataset.SCHEMA_SOURCE.read_text("utf-8"))


@pytest.mark.parametrize("dates, existence", [('from="1917"', "1917/.."), ('to="1918"', "../1918")])
def test_an_open_existence_keeps_its_open_side(tmp_path, dates, existence):
    """An organisation with only @from (founded in 1917, no end known) had "existence": "1917" in the
    JSON and CSV, which reads as "existed in 1917"; one with only @to (dissolved in 1918) had "1918".
    The open side is now '..', as EDTF writes it (and as the documents' date column does)."""
    import jsonschema
    found, schema = _existence(tmp_path, dates)
    assert found == existence
    jsonschema.validate(found, {**schema["$defs"]["entity"]["properties"]["existence"],
                                "$defs": schema["$defs"]})


def test_an_existence_with_a_time_meets_the_published_schema(tmp_path):
    """TEI's @from takes a date and time (xs:dateTime); an organisation founded
    from="1917-11-07T10:00:00" gave "existence": "1917-11-07T10:00:00/1918", which the JSON Schema
    the edition publishes beside its data refuses (a date of year, month or day)."""
    import jsonschema
    found, schema = _existence(tmp_path, 'from="1917-11-07T10:00:00" to="1918"')
    assert found == "1917-11-07/1918"
    jsonschema.validate(found, {**schema["$defs"]["entity"]["properties"]["existence"],
                                "$defs": schema["$defs"]})


# ---------------------------------------------------------------- an organisation's dates in validate

@pytest.mark.parametrize("dates, said", [
    ('from="1918" to="1917"', "tei/bodies.xml:16: dates: @from=1918 is after @to=1917"),
    ('from="1917-11-07T10:00:00" to="1918"', "tei/bodies.xml:16: dates: @from='1917-11-07T10:00:00' is not an ISO 8601 date"),
])
def test_an_organisations_dates_are_held_to_the_dates_rule(tmp_path, cli, dates, said):
    """The dates rule ran on documents only: an organisation founded after it was dissolved
    (from="1918" to="1917"), or dated with a time of day the edition does not use, passed validate
    (exit 0) and check, and its card read "1918 – 1917"."""
    root = make_project(tmp_path, "orgs-mini")
    path = root / "tei" / "bodies.xml"
    path.write_text(path.read_text("utf-8").replace('from="1917" to="1918"', dates, 1), "utf-8")
    before = path.read_bytes()
    code, out, err = cli("--root", root, "validate")
    assert code != 0 and said in out + err and "Traceback" not in err, (code, out, err)
    assert path.read_bytes() == before


def test_an_organisation_of_antiquity_is_no_bad_date(tmp_path, cli):
    """A year before the Common Era (from="-0050", valid XSD, and a value the data tables' schema takes)
    in a register is no error; one that ends before it begins still is."""
    root = make_project(tmp_path, "orgs-mini")
    path = root / "tei" / "bodies.xml"
    text = path.read_text("utf-8")
    path.write_text(text.replace('from="1917" to="1918"', 'from="-0050" to="1918"', 1), "utf-8")
    code, out, err = cli("--root", root, "validate")
    assert code == 0, (code, out, err)
    path.write_text(text.replace('from="1917" to="1918"', 'from="1917" to="-0050"', 1), "utf-8")
    code, out, err = cli("--root", root, "validate")
    assert code != 0 and "tei/bodies.xml:16: dates: @from=1917 is after @to=-0050" in out + err, (code, out, err)
