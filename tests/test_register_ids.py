"""Register entries' released ids stay citable across `register rename` and `register merge`.

An entry's id is published by the export (tei/released-entries.txt records it): in the library
TEI, the data tables and the anchor of its register page. Renamed or merged away, the entry that
takes it over records it as `<idno type="former">` (validate/released_entries.py); a released id
gone without that record is refused by validate and export; the former id is an anchor on the kept
entry, and no second entry anywhere.
"""
from __future__ import annotations

import subprocess

import pytest
from lxml import etree

from conftest import ROOT, copy_project
from triglot.edition import load
from triglot.tei import NS


@pytest.fixture
def project(tmp_path):
    return copy_project(tmp_path / "project")


def formers(root, register, ident):
    el = load(root).registers[register].entries[ident].element
    return [i.text for i in el.iterfind("t:idno[@type='former']", NS)]


def test_a_released_entry_renamed_keeps_its_id_and_the_edition_exports(cli, project):
    code, _, err = cli("--root", project, "register", "rename", "kars", "kars-city")
    assert code == 0, err
    assert formers(project, "places", "kars-city") == ["kars"]
    from triglot.library.command import export
    export(project, project / "build")      # refused (InputError) if kars were lost


def test_a_released_entry_merged_keeps_its_id_on_the_kept_entry_and_the_edition_exports(cli, project):
    code, _, err = cli("--root", project, "register", "merge", "kars-oblast", "kars")
    assert code == 0, err
    assert formers(project, "places", "kars") == ["kars-oblast"]
    from triglot.library.command import export
    folder = export(project, project / "build").folder
    exported = etree.parse(str(folder / "tei" / "places.xml"))
    kept = exported.find(".//t:place[@xml:id='kars']", {**NS, "xml": "http://www.w3.org/XML/1998/namespace"})
    assert [i.text for i in kept.iterfind("t:idno[@type='former']", NS)] == ["kars-oblast"]


def test_a_merge_chain_carries_every_former_id_to_the_last_entry(cli, project):
    assert cli("--root", project, "register", "merge", "kars", "kars-oblast")[0] == 0
    assert cli("--root", project, "register", "merge", "kars-oblast", "batum-oblast")[0] == 0
    assert sorted(formers(project, "places", "batum-oblast")) == ["kars", "kars-oblast"]


def test_only_a_released_id_is_recorded_an_entry_never_released_is_renamed_without_one(cli, project):
    code, _, err = cli("--root", project, "register", "add", "place", "goris", "--name", "en=Goris",
                       "--name", "ru=Горис", "--name", "hy=Գորիս", "--type", "town")
    assert code == 0, err
    assert cli("--root", project, "register", "rename", "goris", "goris-town")[0] == 0
    assert cli("--root", project, "register", "rename", "kars", "kars-city")[0] == 0
    assert (formers(project, "places", "goris-town"), formers(project, "places", "kars-city")) == ([], ["kars"])


def test_a_released_entry_gone_without_a_record_is_refused_by_validate_and_export(cli, project):
    places = project / "tei" / "places.xml"
    assert cli("--root", project, "register", "rename", "kars", "kars-city")[0] == 0
    text = places.read_text(encoding="utf-8")
    places.write_text(text.replace('<idno type="former">kars</idno>', ""), encoding="utf-8")
    line = next(n for n, ident in enumerate((project / "tei" / "released-entries.txt").read_text().splitlines(), 1)
                if ident == "kars")
    code, out, err = cli("--root", project, "validate")
    assert code == 1
    assert f"tei/released-entries.txt:{line}: released-id: the register entry kars was released" in out + err
    before = places.read_bytes()
    code, out, err = cli("--root", project, "export")
    assert code != 0 and "released-entries.txt" in out + err and "Traceback" not in err
    assert places.read_bytes() == before and not (project / "build" / "export").exists()


def test_a_former_id_that_is_also_an_entrys_id_is_refused(cli, project):
    from conftest import replace_once
    places = project / "tei" / "places.xml"
    replace_once(places, '<idno type="GeoNames">https://sws.geonames.org/743952/</idno>',
                 '<idno type="GeoNames">https://sws.geonames.org/743952/</idno><idno type="former">baku</idno>')
    line = next(n for n, text in enumerate(places.read_text("utf-8").splitlines(), 1) if 'type="former"' in text)
    code, out, err = cli("--root", project, "validate")
    assert code == 1 and f"tei/places.xml:{line}: released-id: kars records baku as a former id" in out + err


def test_a_new_entry_cannot_take_a_former_id(cli, project):
    assert cli("--root", project, "register", "merge", "kars-oblast", "kars")[0] == 0
    code, out, err = cli("--root", project, "register", "add", "place", "kars-oblast", "--name", "en=K",
                         "--name", "ru=K", "--name", "hy=K")
    assert code != 0 and "already used" in out + err


def test_export_releases_a_new_entry(cli, project):
    assert cli("--root", project, "register", "add", "place", "goris", "--name", "en=Goris",
               "--name", "ru=Горис", "--name", "hy=Գորիս", "--type", "town")[0] == 0
    from triglot.library.command import export
    export(project, project / "build")
    listed = (project / "tei" / "released-entries.txt").read_text().split()
    assert "goris" in listed and listed.count("kars") == 1


def test_the_register_with_a_former_id_is_valid_tei_all(cli, project):
    assert cli("--root", project, "register", "merge", "kars-oblast", "kars")[0] == 0
    assert cli("--root", project, "register", "rename", "chicherin", "chicherin-georgy")[0] == 0
    files = [str(project / "tei" / "places.xml"), str(project / "tei" / "persons.xml")]
    done = subprocess.run(["jing", str(ROOT / "tei" / "schema" / "tei_all.rng"), *files],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    assert formers(project, "persons", "chicherin-georgy") == ["chicherin"]


def merged_site(folder, released: bool = True):
    """The web edition built after `register merge kars-oblast kars` and `rename chicherin …`,
    with the entries' ids released (tei/released-entries.txt) or never released."""
    from triglot.build import build
    from triglot.cli import main
    root = copy_project(folder / "project")
    if not released:
        (root / "tei" / "released-entries.txt").unlink()
    assert main(["--root", str(root), "register", "merge", "kars-oblast", "kars"]) == 0
    assert main(["--root", str(root), "register", "rename", "chicherin", "chicherin-georgy"]) == 0
    build(root, ["web"])
    return root / "build" / "web"


@pytest.fixture(scope="module")
def released_site(tmp_path_factory):
    return merged_site(tmp_path_factory.mktemp("released"))


def page(site, path):
    return etree.parse(str(site / path), etree.HTMLParser())


@pytest.mark.parametrize("path, old, kept", [("en/places.html", "kars-oblast", "kars"),
                                             ("ru/persons.html", "chicherin", "chicherin-georgy")])
def test_the_old_anchor_lands_on_the_kept_entry(released_site, path, old, kept):
    html = page(released_site, path)
    found = html.xpath(f"//*[@id='{old}']")
    assert len(found) == 1
    assert found[0].xpath("ancestor::article[1]/@id") == [kept]


def test_a_former_id_adds_its_anchor_and_moves_nothing_else(released_site, tmp_path):
    """Every file of the site is that of the same merge and rename of ids never released, but for
    the anchors on the register pages: no second entry, no authority link, no data row, search
    word or map label made of a former id."""
    import json
    import re
    plain = merged_site(tmp_path, released=False)

    def ours(site):       # Pagefind's own bundles are named by a hash of its build, not of our input
        return sorted(str(p.relative_to(site)) for p in site.rglob("*") if p.is_file()
                      and not re.fullmatch(r"pagefind/[^/]+/.*", str(p.relative_to(site))))
    names = ours(plain)
    assert names == ours(released_site)
    search = [json.loads((site / "pagefind" / "search.json").read_text()) for site in (released_site, plain)]
    assert [{k: v for k, v in s.items() if k != "bundleFiles"} for s in search][0] == \
        [{k: v for k, v in s.items() if k != "bundleFiles"} for s in search][1]
    names.remove("pagefind/search.json")
    names = [n for n in names if not n.startswith("tei/")]     # the TEI itself holds the record
    anchor = re.compile(rb'<span id="(kars-oblast|chicherin)" class="former-id"></span>')
    differ = {}
    for name in names:
        mine, theirs = (released_site / name).read_bytes(), (plain / name).read_bytes()
        if mine != theirs:
            differ[name] = len(anchor.findall(mine))
            assert anchor.sub(b"", mine) == theirs, name
    assert differ and all(n == 1 for n in differ.values()), differ
    assert {n.split("/")[-1] for n in differ} == {"places.html", "persons.html"}, differ
