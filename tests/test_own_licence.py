"""A document under its source's licence (a CC BY-SA text from Wikipedia, journey 23e): the header
records it as the document's own (`licence/@source`), validate accepts it beside the edition's
licence, and every output that states a licence states that one for it.

Fixture: tests/roots/shared-alike, a report under the edition's CC BY 4.0 and a letter whose header
states CC BY-SA 4.0 with @source; the document is found by its header, never by its name.
"""
from __future__ import annotations

import json

import pytest
from lxml import etree

from conftest import make_project
from triglot.tei import NS

BY_SA = "https://creativecommons.org/licenses/by-sa/4.0/"
BY = "https://creativecommons.org/licenses/by/4.0/"


def _own(root):
    """(document id, file, licence element) of the fixture's document with a licence of its own."""
    for path in sorted((root / "tei").glob("*.xml")):
        tree = etree.parse(str(path))
        lic = tree.find(".//t:publicationStmt/t:availability/t:licence[@source]", NS)
        if lic is not None:
            return tree.getroot().get("{http://www.w3.org/XML/1998/namespace}id"), path, lic
    raise AssertionError("the fixture has no document with a licence of its own")


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    from triglot.cli import main
    root = make_project(tmp_path_factory.mktemp("own"), "shared-alike")
    assert main(["--root", str(root), "build", "web"]) == 0
    assert main(["--root", str(root), "export"]) == 0
    return root


def test_validate_accepts_a_document_under_its_sources_licence(tmp_path, cli):
    root = make_project(tmp_path, "shared-alike")
    code, out, err = cli("--root", root, "validate")
    assert code == 0, out + err


def test_a_second_licence_beside_the_own_one_is_refused(tmp_path, cli):
    root = make_project(tmp_path, "shared-alike")
    _, path, lic = _own(root)
    text = path.read_text("utf-8")
    own = text[text.index("<licence"):text.index("</licence>") + len("</licence>")]
    path.write_text(text.replace(own, own + f'<licence target="{BY}">CC BY 4.0</licence>'), "utf-8")
    code, out, err = cli("--root", root, "validate")
    assert code == 1 and f"tei/{path.name}:" in out + err and "beside its own" in out + err


def test_an_own_licence_without_its_url_is_named_as_such(tmp_path, cli):
    """An own licence with @source and no @target was reported as "the header states no edition
    licence", which sent the editor to add the edition's licence beside it (hostile round 31)."""
    root = make_project(tmp_path, "shared-alike")
    _, path, lic = _own(root)
    text = path.read_text("utf-8")
    path.write_text(text.replace(f'target="{lic.get("target")}"', "", 1), "utf-8")
    code, out, err = cli("--root", root, "validate")
    assert code == 1 and "own licence (licence with @source) gives no @target" in out + err, out + err
    assert "states no edition licence" not in out + err, out + err

def test_the_editions_licence_marked_as_a_documents_own_is_refused(tmp_path, cli):
    """The edition's CC BY 4.0 written by hand with @source (as the document's own) was accepted, and
    CMIF then left the document's letters out as under another licence (hostile round 31)."""
    root = make_project(tmp_path, "shared-alike")
    _, path, lic = _own(root)
    text = path.read_text("utf-8")
    path.write_text(text.replace(f'target="{lic.get("target")}"', 'target="http://creativecommons.org/licenses/by/4.0"', 1),
                    "utf-8")
    code, out, err = cli("--root", root, "validate")
    assert code == 1 and "is the edition's" in out + err and f"tei/{path.name}:" in out + err, out + err

def test_encode_records_another_licence_with_its_source(tmp_path, cli):
    root = make_project(tmp_path, "shared-alike")
    (root / "seeds" / "kars.txt").write_text(
        "The Treaty of Kars\n\nThe treaty was signed in Kars on 13 October 1921.\n", "utf-8")
    args = ["--root", root, "encode", root / "seeds" / "kars.txt", "--id", "kars", "--licence-url", BY_SA,
            "--licence-label", "CC BY-SA 4.0"]
    code, _, err = cli(*args)        # whose licence it is, nothing says: refused, as before
    assert code == 1 and "--source-url" in err and not (root / "tei" / "kars.xml").exists()
    url = "https://en.wikipedia.org/wiki/Treaty_of_Kars"
    assert cli(*args, "--source-url", url)[0] == 0
    lic = etree.parse(str(root / "tei" / "kars.xml")).find(".//t:availability/t:licence", NS)
    assert (lic.get("target"), lic.get("source"), lic.text) == (BY_SA, url, "CC BY-SA 4.0")
    assert cli("--root", root, "validate")[0] == 0


def test_sync_headers_keeps_a_documents_own_licence(tmp_path, cli):
    root = make_project(tmp_path, "shared-alike")
    settings = root / "triglot.toml"
    settings.write_text(settings.read_text("utf-8").replace(BY, "https://creativecommons.org/licenses/by-nc/4.0/"),
                        "utf-8")
    _, path, _ = _own(root)
    before = path.read_bytes()
    assert cli("--root", root, "sync-headers")[0] == 0
    assert path.read_bytes() == before
    assert cli("--root", root, "validate")[0] == 0
    assert ": header-settings: " not in cli("--root", root, "check", "--rule", "header-settings")[1]


def test_the_web_page_and_citation_state_the_documents_own_licence(built):
    doc_id, _, _ = _own(built)
    web = built / "build" / "web" / "en"
    own = etree.HTML((web / "documents" / f"{doc_id}.html").read_bytes())
    footer = " ".join(own.xpath("string(//footer)").split())
    assert "ShareAlike" in footer, footer
    others = [p for p in (web / "documents").glob("*.html") if p.stem != doc_id]
    assert others and all("ShareAlike" not in " ".join(etree.HTML(p.read_bytes()).xpath("string(//footer)").split())
                          for p in others)
    cite = json.loads(next((built / "build" / "web").rglob(f"cite/{doc_id}.json")).read_text("utf-8"))
    assert cite[0]["license"] == BY_SA


def test_library_records_state_the_documents_own_licence(built):
    doc_id, path, lic = _own(built)
    export = built / "build" / "export"
    dc = (export / "dc" / f"{doc_id}.xml").read_text("utf-8")
    assert BY_SA in dc and BY not in dc
    mods = (export / "mods" / f"{doc_id}.xml").read_text("utf-8")
    assert BY_SA in mods and BY not in mods
    bag_info = (export / "bag" / "bag-info.txt").read_text("utf-8")
    assert f"{doc_id}: {BY_SA}" in " ".join(bag_info.split())


def test_cmif_leaves_the_cc_by_sa_letter_out_with_a_warning(tmp_path, cli):
    root = make_project(tmp_path, "shared-alike")
    doc_id, path, lic = _own(root)
    code, out, err = cli("--root", root, "export")
    assert code == 0, err
    assert f"tei/{path.name}:{lic.sourceline}: cmif-licence: " in out + err
    cmif = next((root / "build" / "export" / "cmif").glob("*-cmif.xml")).read_text("utf-8")
    assert f"/{doc_id}" not in cmif and BY_SA not in cmif


def test_the_printed_imprint_states_the_editions_licence_and_names_the_document_under_its_own(tmp_path):
    from triglot.edition import load
    from triglot.print.book import edition_statement
    root = make_project(tmp_path, "shared-alike")
    doc_id, _, lic = _own(root)
    edition = load(root)
    doc = next(d for d in edition.documents if d.id == doc_id)
    imprint = edition_statement(edition)
    assert imprint["licence-url"] == BY
    assert imprint["licence"] == (f"{edition.settings.licence.label} ({doc.title(edition.settings.base)}: "
                                  f"{' '.join(lic.text.split())})")


def test_a_public_domain_text_is_encoded_under_the_mark_encodes_help_names(tmp_path, cli, capsys):
    """A US government work (FRUS) encoded under the edition's CC BY 4.0 said so in MODS and Dublin
    Core, and encode's help suggested only a CC BY-SA article as a text's own licence (journey 25):
    the help names the public-domain mark, and a text given it states it in every library record, the
    edition's licence beside it for the translations."""
    mark = "https://creativecommons.org/publicdomain/mark/1.0/"
    from triglot.cli import main
    with pytest.raises(SystemExit) as done:
        main(["encode", "--help"])
    assert done.value.code == 0 and mark in "".join(capsys.readouterr().out.split())
    root = make_project(tmp_path, "shared-alike")
    (root / "seeds" / "colby.txt").write_text(
        "The Secretary of State to the Ambassador in Turkey\n\nThe Government of Armenia asks for recognition.\n",
        "utf-8")
    assert cli("--root", root, "encode", root / "seeds" / "colby.txt", "--id", "colby", "--licence-url", mark,
               "--licence-label", "Public Domain Mark 1.0",
               "--source-url", "https://history.state.gov/historicaldocuments/frus1920v03/d1")[0] == 0
    assert cli("--root", root, "validate")[0] == 0
    assert cli("--root", root, "export")[0] == 0
    export = root / "build" / "export"
    # the mark covers the source text; the edition's CC BY 4.0 stands beside it, for the project's draft
    # translations and notes (journey 27; tests/test_public_domain_licence.py)
    for record in (export / "dc" / "colby.xml", export / "mods" / "colby.xml"):
        text = record.read_text("utf-8")
        assert mark in text and text.count(BY) == 1 and "draft translations" in text, record
