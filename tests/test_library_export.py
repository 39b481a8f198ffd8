"""`triglot export`: the TEI corpus, Dublin Core records, CMIF file and BagIt bag, checked
against the TEI they come from and against the schemas and tools libraries use."""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import bagit
import pytest
from lxml import etree

from triglot.edition import load
from triglot.library import cmif as cmif_module
from triglot.library.command import export
from triglot.library.corpus import edition_facts
from triglot.library.schemas import cmif_rng, oai_dc_rng
from triglot.tei import NS, XML_ID, XML_LANG

from conftest import ROOT, copy_project
from triglot.settings import load as load_settings

BASE = load_settings(ROOT).uri_base   # the edition's permanent-URL base, from its settings
DC = {"dc": "http://purl.org/dc/elements/1.1/", "oai_dc": "http://www.openarchives.org/OAI/2.0/oai_dc/"}




@pytest.fixture(scope="session")
def tei_all_grammar():
    """tei_all compiled once for the session (cached in triglot.schema)."""
    from triglot.schema import tei_all_rng
    return tei_all_rng(ROOT)


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    """One export of a copy of the real edition: (project, export folder, result)."""
    project = copy_project(tmp_path_factory.mktemp("project"))
    result = export(project, project / "build")
    return project, result.folder, result


@pytest.fixture(scope="module")
def edition(exported):
    return load(exported[0])


def text(el) -> str:
    return " ".join("".join(el.itertext()).split())


# --- the corpus file -------------------------------------------------------------------

def test_corpus_is_valid_tei_all(exported, tei_all_grammar):
    corpus = etree.parse(str(exported[1] / "tei" / "triglot-corpus.xml"))
    assert tei_all_grammar.validate(corpus), tei_all_grammar.error_log


def test_corpus_holds_every_document_once_with_its_text(exported, edition):
    corpus = etree.parse(str(exported[1] / "tei" / "triglot-corpus.xml")).getroot()
    members = corpus.findall("t:TEI", NS)
    assert [m.get(XML_ID) for m in members] == [d.id for d in edition.documents]
    for member, doc in zip(members, edition.documents):
        assert text(member.find("t:text", NS)) == text(doc.root.find("t:text", NS))


def test_corpus_ids_are_unique_and_every_pointer_resolves_within_its_document(exported):
    corpus = etree.parse(str(exported[1] / "tei" / "triglot-corpus.xml")).getroot()
    ids = [el.get(XML_ID) for el in corpus.iter() if el.get(XML_ID)]
    assert len(ids) == len(set(ids))
    for member in corpus.findall("t:TEI", NS):
        local_ids = {el.get(XML_ID) for el in member.iter() if el.get(XML_ID)}
        for el in member.iter():
            for attr in ("resp", "ana", "who", "corresp"):
                for token in (el.get(attr) or "").split():
                    if token.startswith("#"):
                        assert token[1:] in local_ids, (member.get(XML_ID), attr, token)


def test_corpus_header_states_the_edition_url_and_the_block_url_pattern(exported, edition):
    header = etree.parse(str(exported[1] / "tei" / "triglot-corpus.xml")).getroot().find("t:teiHeader", NS)
    assert header.findtext("t:fileDesc/t:publicationStmt/t:idno[@type='URI']", namespaces=NS) == BASE
    from triglot.addresses import apply_pattern, block_uri
    patterns = [(p.get("matchPattern"), p.get("replacementPattern"))
                for p in header.iterfind("t:encodingDesc/t:refsDecl/t:cRefPattern", NS)]
    doc = edition.documents[0]
    block = doc.block_ids()[0]
    assert apply_pattern(patterns[0], f"{doc.id}#{block}") == block_uri(doc, block, BASE)
    assert apply_pattern(patterns[1], doc.id) == BASE + doc.id


def test_per_document_files_hold_the_validated_texts_unchanged(exported, edition, tei_all_grammar):
    """Only the headers are rewritten (TEI in Libraries); the texts are the validated ones, byte for byte."""
    for doc in edition.documents:
        copy = etree.parse(str(exported[1] / "tei" / doc.path.name))
        assert etree.tostring(copy.find("t:text", NS)) == etree.tostring(doc.root.find("t:text", NS))
        assert tei_all_grammar.validate(copy), (doc.name, tei_all_grammar.error_log)
    for register in edition.registers.values():
        copy = etree.parse(str(exported[1] / "tei" / register.name))
        assert etree.tostring(copy.find("t:text", NS)) == etree.tostring(register.tree.find("t:text", NS))
        assert tei_all_grammar.validate(copy), (register.name, tei_all_grammar.error_log)


# --- Dublin Core -----------------------------------------------------------------------

def record(exported, doc):
    return etree.parse(str(exported[1] / "dc" / f"{doc.id}.xml")).getroot()


def values(rec, field, lang=False):
    els = rec.findall(f"dc:{field}", DC)
    return [(el.get(XML_LANG), el.text) for el in els] if lang else [el.text for el in els]


def test_one_valid_oai_dc_record_per_document(exported, edition):
    assert sorted(p.stem for p in (exported[1] / "dc").glob("*.xml")) == sorted(d.id for d in edition.documents)
    for doc in edition.documents:
        rec = record(exported, doc)
        assert etree.QName(rec).localname == "dc" and rec.nsmap["oai_dc"] == DC["oai_dc"]
        assert oai_dc_rng().validate(rec), oai_dc_rng().error_log


def test_dc_titles_are_the_main_titles_in_each_language(exported, edition):
    for doc in edition.documents:
        titles = doc.root.iterfind("t:teiHeader/t:fileDesc/t:titleStmt/t:title[@type='main']", NS)
        expected = [(t.get(XML_LANG), text(t)) for t in titles]
        assert values(record(exported, doc), "title", lang=True) == expected
        assert {lang for lang, _ in expected} == {"en", "ru", "hy"}


def sort_name(edition, doc, name_el):
    """A person's "Surname, Forename" from the register; any other agent (a body such as docs1920's
    Politburo, an entry without name parts) by its register name in the base language, as the export
    names it (lib:sort-name), else as the header writes it."""
    entry = edition.entry(name_el.get("ref") or "", doc)
    if entry is not None:
        names = [n for n in entry.element
                 if isinstance(n.tag, str) and etree.QName(n).localname in ("persName", "orgName") and n.get(XML_LANG) == "en"
                 and n.get("type") != "variant"]
        en = names[0] if names else None
        if en is not None and en.find("t:surname", NS) is not None and en.find("t:forename", NS) is not None:
            return f"{text(en.find('t:surname', NS))}, {text(en.find('t:forename', NS))}"
        if en is not None:
            return text(en)
    return text(name_el)


def agents(edition, doc, holders):
    out = []
    for holder in holders:
        names = holder.findall("t:persName", NS) + holder.findall("t:orgName", NS)
        for n in sorted(names, key=lambda e: list(holder).index(e)):
            value = sort_name(edition, doc, n)
            if value not in out:
                out.append(value)
    return out


def test_dc_creators_are_the_authors_and_contributors_include_the_translators(exported, edition):
    for doc in edition.documents:
        stmt = doc.root.find("t:teiHeader/t:fileDesc/t:titleStmt", NS)
        rec = record(exported, doc)
        assert values(rec, "creator") == agents(edition, doc, stmt.findall("t:author", NS))
        contributors = values(rec, "contributor")
        assert contributors == agents(edition, doc, stmt.findall("t:editor", NS) + stmt.findall("t:respStmt", NS))
        translators = [r for r in stmt.findall("t:respStmt", NS) if "translation" in text(r.find("t:resp", NS))]
        assert translators, doc.id
        for resp in translators:
            assert text(resp.find("t:orgName", NS) if resp.find("t:orgName", NS) is not None
                        else resp.find("t:persName", NS)) in contributors


def test_dc_publisher_date_identifier_rights_come_from_the_publication_statement(exported, edition):
    for doc in edition.documents:
        pub = doc.root.find("t:teiHeader/t:fileDesc/t:publicationStmt", NS)
        rec = record(exported, doc)
        assert values(rec, "publisher") == [text(pub.find("t:publisher", NS))]
        assert values(rec, "date")[-1] == pub.find("t:date", NS).get("when")   # after the text's own date
        assert values(rec, "identifier") == [BASE + doc.id] == [text(pub.find("t:idno[@type='URI']", NS))]
        assert values(rec, "rights") == [pub.find("t:availability/t:licence", NS).get("target")]
        assert values(rec, "rights")[0].startswith("https://creativecommons.org/licenses/")


def test_dc_languages_are_the_iso_639_codes_of_the_text(exported, edition):
    for doc in edition.documents:
        assert values(record(exported, doc), "language") == ["en", "ru", "hy"]
        declared = {lang.get("ident") for lang in doc.root.iterfind(".//t:langUsage/t:language", NS)}
        assert {"en", "ru", "hy"} <= declared


def test_dc_sources_come_from_the_source_description(exported, edition):
    for doc in edition.documents:
        sd = doc.root.find("t:teiHeader/t:fileDesc/t:sourceDesc", NS)
        sources = values(record(exported, doc), "source")
        seed = sd.find("t:bibl", NS)
        assert all(text(t) in sources[0] for t in seed.findall("t:title", NS))
        assert all(text(a) in sources[0] for a in seed.findall("t:author", NS))
        ms = sd.findall("t:msDesc", NS)
        assert len(sources) == 1 + len(seed.findall("t:relatedItem[@type='source']/t:bibl", NS)) + len(ms)
        for src, m in zip(sources[-len(ms):] if ms else [], ms):
            assert text(m.find("t:msIdentifier/t:repository", NS)) in src
            for idno in m.findall("t:msIdentifier/t:idno", NS):
                assert f"{idno.get('type')} {text(idno)}" in src


def test_dc_type_format_description_and_relation(exported, edition):
    for doc in edition.documents:
        rec = record(exported, doc)
        assert values(rec, "type") == ["Text"]
        assert values(rec, "format") == ["application/tei+xml"]
        desc = doc.root.find("t:teiHeader/t:fileDesc/t:titleStmt/t:title[@type='desc']", NS)
        # the editor's description, then what each language is and whether it is a draft (test_journey22l)
        assert values(rec, "description", lang=True)[0] == (desc.get(XML_LANG), text(desc))
        assert values(rec, "description")[1].startswith("English: the base text")
        assert values(rec, "relation") == [BASE]


# --- CMIF ------------------------------------------------------------------------------

def cmif_tree(exported):
    return etree.parse(str(exported[1] / "cmif" / "triglot-cmif.xml"))


def test_cmif_is_valid_against_the_cmif_schema(exported):
    schema = cmif_rng(ROOT)
    assert schema.validate(cmif_tree(exported)), schema.error_log


def test_cmif_passes_the_schematron_rules_of_the_cmif_schema(exported):
    from triglot.library.command import check_cmif
    check_cmif(ROOT, (exported[1] / "cmif" / "triglot-cmif.xml").read_bytes())  # raises on any problem


def test_a_cmif_breaking_a_schematron_rule_is_refused(exported):
    from triglot.library.command import check_cmif
    from triglot.problems import InputError
    data = (exported[1] / "cmif" / "triglot-cmif.xml").read_text("utf-8")
    broken = re.sub(r'<date when="(\d{4}[^"]*)"', r'<date when="\1" notBefore="\1"', data, count=1)
    assert broken != data
    with pytest.raises(InputError) as caught:
        check_cmif(ROOT, broken.encode("utf-8"))
    assert any(p.rule == "cmif-schematron" and "@when" in p.message for p in caught.value.problems)


def test_cmif_lists_every_letter_and_telegram_with_its_url(exported, edition):
    expected = []
    for doc in edition.documents:
        for cd in doc.root.iterfind("t:teiHeader/t:profileDesc/t:correspDesc", NS):
            expected.append(f"{BASE}{doc.id}{cd.get('corresp')}")
    got = [cd.get("ref") for cd in cmif_tree(exported).iterfind(".//t:profileDesc/t:correspDesc", NS)]
    assert got == expected and len(got) >= 8
    bibl_id = cmif_tree(exported).find(".//t:sourceDesc/t:bibl", NS).get(XML_ID)
    assert bibl_id == cmif_module.bibl_id(BASE)
    assert all(cd.get("source") == f"#{bibl_id}"
               for cd in cmif_tree(exported).iterfind(".//t:correspDesc", NS))


def test_cmif_actions_carry_the_parties_places_and_dates_of_the_tei(exported, edition):
    cmif_descs = list(cmif_tree(exported).iterfind(".//t:profileDesc/t:correspDesc", NS))
    tei_descs = [(doc, cd) for doc in edition.documents
                 for cd in doc.root.iterfind("t:teiHeader/t:profileDesc/t:correspDesc", NS)]
    for (doc, tei_cd), cmif_cd in zip(tei_descs, cmif_descs):
        tei_actions = [a for a in tei_cd.findall("t:correspAction", NS) if a.get("type") in ("sent", "received")]
        cmif_actions = cmif_cd.findall("t:correspAction", NS)
        assert [a.get("type") for a in cmif_actions] == [a.get("type") for a in tei_actions]
        for ta, ca in zip(tei_actions, cmif_actions):
            parties = [el for el in ta if etree.QName(el).localname in ("persName", "orgName", "roleName")]
            assert len(ca.findall("t:persName", NS)) + len(ca.findall("t:orgName", NS)) == len(parties)
            for tp, cp in zip(ta.findall("t:placeName", NS), ca.findall("t:placeName", NS)):
                assert text(cp) == edition.entry(tp.get("ref"), doc).name("en")
            tdates, cdates = ta.findall("t:date", NS), ca.findall("t:date", NS)
            assert [dict(d.attrib) for d in cdates] == [
                {k: v for k, v in d.attrib.items() if k in ("when", "from", "to", "notBefore", "notAfter", "cert")}
                for d in tdates]


def authority(entry):
    """The register's own authority URI, else the gazetteer's GeoNames match for a place."""
    from triglot.library import gazetteer
    uris = [i.text.strip() for i in entry.element.findall("t:idno", NS)
            if i.text and i.text.strip().startswith(("http://", "https://"))]
    geo = [i.text.strip() for i in entry.element.findall("t:idno[@type='GeoNames']", NS)]
    if uris:
        return (geo + uris)[0]
    found = gazetteer.match(entry)
    return found.uri if found else None


PARTIES = ("persName", "orgName", "roleName", "placeName")


def test_cmif_refs_are_register_authority_uris_and_every_gap_is_reported(exported, edition):
    report = (exported[1] / "cmif" / "authority-report.txt").read_text(encoding="utf-8")
    cmif_descs = list(cmif_tree(exported).iterfind(".//t:profileDesc/t:correspDesc", NS))
    tei_descs = [(doc, cd) for doc in edition.documents
                 for cd in doc.root.iterfind("t:teiHeader/t:profileDesc/t:correspDesc", NS)]
    checked = 0
    for (doc, tei_cd), cmif_cd in zip(tei_descs, cmif_descs):
        tei_names = [el for a in tei_cd.findall("t:correspAction", NS) if a.get("type") in ("sent", "received")
                     for el in a if etree.QName(el).localname in PARTIES]
        cmif_names = [el for a in cmif_cd.findall("t:correspAction", NS)
                      for el in a if etree.QName(el).localname in PARTIES]
        assert len(tei_names) == len(cmif_names)
        for t, c in zip(tei_names, cmif_names):
            entry = edition.entry(t.get("ref") or "", doc)
            uri = authority(entry) if entry is not None else None
            assert c.get("ref") == uri, (doc.id, t.sourceline)
            assert text(c) == (entry.name("en") if entry is not None else text(t))
            if uri is None:
                assert f"{doc.name}:{t.sourceline}: cmif-" in report, (doc.name, t.sourceline)
            checked += 1
    assert checked >= 20
    assert exported[2].warnings and all(f"{w}\n" in report for w in exported[2].warnings)


def test_cmif_uses_an_authority_uri_once_the_register_has_one(tmp_path):
    project = copy_project(tmp_path)
    persons = project / "tei" / "persons.xml"
    data = persons.read_text(encoding="utf-8")
    marker = '<person xml:id="chicherin">'
    assert marker in data
    persons.write_text(data.replace(marker, marker + '\n        <idno type="VIAF">http://viaf.org/viaf/0000000</idno>'),
                       encoding="utf-8")
    from triglot.library.cmif import cmif, gaps
    from triglot.library.corpus import build_corpus, edition_facts
    ed = load(project)
    corpus = etree.tostring(build_corpus(ed, edition_facts(ed)), encoding="unicode")
    out = etree.fromstring(cmif(project, corpus, project / "tei", BASE, edition_facts(ed)))
    refs = {text(p): p.get("ref") for p in out.iterfind(".//t:persName", NS)}
    assert refs["Georgy Chicherin"] == "http://viaf.org/viaf/0000000"
    assert not any("psn:chicherin" in p.message for p in gaps(ed, corpus, project / "tei"))


def test_cmif_header_states_the_mandated_licence_a_date_time_and_the_file_url(exported):
    pub = cmif_tree(exported).find(".//t:publicationStmt", NS)
    licence = pub.find("t:availability/t:licence", NS)
    assert licence.get("target") == "https://creativecommons.org/licenses/by/4.0/"
    assert text(licence) == "This file is licensed under the terms of the Creative Commons License CC-BY 4.0"
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", pub.find("t:date", NS).get("when"))
    assert pub.find("t:idno[@type='url']", NS).text == BASE + "triglot-cmif.xml"


def test_cmif_places_of_letters_carry_geonames_uris_from_the_gazetteer(exported):
    refs = {text(p): p.get("ref") for p in cmif_tree(exported).iterfind(".//t:correspAction/t:placeName", NS)}
    assert refs.get("Kars") == "https://sws.geonames.org/743952/"
    assert refs.get("Moscow") == "https://sws.geonames.org/524901/"


def test_cmif_reports_the_missing_editor_email_and_uses_one_once_a_header_gives_it(exported, tmp_path,
                                                                                tei_all_grammar):
    report = (exported[1] / "cmif" / "authority-report.txt").read_text(encoding="utf-8")
    assert "cmif-contact" in report and "contact =" in report
    project = copy_project(tmp_path)
    for path in sorted((project / "tei").glob("*.xml")):
        data = path.read_text(encoding="utf-8")
        if "<correspDesc" in data or "<respStmt xml:id=\"resp-editors\">" in data:
            data = data.replace("<respStmt xml:id=\"resp-editors\">",
                                "<editor>Triglot project <email>editors@example.org</email></editor>\n"
                                "        <respStmt xml:id=\"resp-editors\">", 1)
            path.write_text(data, encoding="utf-8")
    assert tei_all_grammar.validate(etree.parse(str(project / "tei" / "legran-letter-to-chicherin.xml")))
    from triglot.schema.command import generate
    for name, data in generate(project).items():          # as an editor would run `triglot schema`
        (project / "tei" / "schema" / name).write_bytes(data)
    result = export(project, project / "build")
    editor = etree.parse(str(result.folder / "cmif" / "triglot-cmif.xml")).find(".//t:titleStmt/t:editor", NS)
    assert editor.find("t:email", NS).text == "editors@example.org"
    assert not any(w.rule == "cmif-contact" for w in result.warnings)


def test_the_settings_contact_becomes_the_cmif_editors_email(tmp_path):
    project = copy_project(tmp_path)
    settings = project / "triglot.toml"
    text = settings.read_text(encoding="utf-8")
    settings.write_text(text.replace("[edition]\n", "[edition]\ncontact = \"editors@example.org\"\n", 1),
                        encoding="utf-8")
    result = export(project, project / "build")
    editor = etree.parse(str(result.folder / "cmif" / "triglot-cmif.xml")).find(".//t:titleStmt/t:editor", NS)
    assert editor.find("t:email", NS).text == "editors@example.org"
    assert not any(w.rule == "cmif-contact" for w in result.warnings)


@pytest.mark.parametrize("licence", ["https://creativecommons.org/licenses/by-sa/4.0/",
                                     "https://creativecommons.org/licenses/by-nc/4.0/",
                                     "https://example.org/our-own-licence"])
def test_an_edition_not_under_cc_by_4_gets_everything_but_the_cmif(tmp_path, cli, licence):
    """CMIF files must be CC BY 4.0: an edition under another licence (a CC one or a URL nobody
    knows) was refused the whole export, so libraries got no corpus, Dublin Core, MODS or bag
    either. Now the CMIF alone is left out, said once on stderr at the licence's line."""
    from conftest import make_project
    project = make_project(tmp_path, "polyglot-mini")
    for path in [*(project / "tei").glob("*.xml"), project / "triglot.toml"]:
        data = path.read_text(encoding="utf-8")
        path.write_text(data.replace("https://creativecommons.org/licenses/by/4.0/", licence), encoding="utf-8")
    doc = project / "tei" / "brief.xml"
    line = next(n for n, text in enumerate(doc.read_text("utf-8").splitlines(), 1) if "<licence" in text)
    code, out, err = cli("--root", project, "export")
    assert code == 0, err
    assert [l for l in err.splitlines() if "cmif" in l] == [
        f"warning: tei/brief.xml:{line}: cmif-licence: the edition's licence is {licence}; a CMIF file must be "
        "licensed CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/), so the export has no CMIF file "
        "(everything else is written)"], err
    folder = project / "build" / "export"
    for part in ("tei/polyglot-corpus.xml", "dc/brief.xml", "mods/brief.xml", "mods/edition.xml", "bag/bagit.txt"):
        assert (folder / part).is_file(), part
    assert not (folder / "cmif").exists()
    bag = bagit.Bag(str(folder / "bag"))
    bag.validate()
    assert not (folder / "bag" / "data" / "cmif").exists()
    assert "CMIF" not in bag.info["External-Description"] and licence in bag.info["External-Description"]
    code, out, err = cli("--root", project, "build", "web")
    assert code == 0, err
    site = project / "build" / "web"
    assert not (site / "export" / "cmif").exists() and (site / "export" / "tei" / "polyglot-corpus.xml").is_file()
    pages = [p for p in site.rglob("*.html")]
    linked = {h for p in pages for h in etree.parse(str(p), etree.HTMLParser()).xpath("//a/@href") if "export/" in h}
    assert linked and not any("cmif" in h for h in linked), linked


def test_an_edition_under_cc_by_4_still_gets_its_cmif_in_the_bag_and_on_the_site(exported):
    project, folder, result = exported
    assert (folder / "cmif" / "triglot-cmif.xml").is_file()
    assert (folder / "bag" / "data" / "cmif" / "triglot-cmif.xml").is_file()
    assert "a CMIF file" in bagit.Bag(str(folder / "bag")).info["External-Description"]
    assert not any(w.rule == "cmif-licence" for w in result.warnings)


@pytest.mark.parametrize("epoch", ["1764547200", None])
def test_the_export_is_reproducible_byte_for_byte(tmp_path, monkeypatch, epoch):
    """Same sources, same bytes: with SOURCE_DATE_EPOCH, and without it (the publication date is used)."""
    if epoch is None:
        monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    else:
        monkeypatch.setenv("SOURCE_DATE_EPOCH", epoch)
    project = copy_project(tmp_path / "p")
    first = export(project, tmp_path / "one").folder
    second = export(project, tmp_path / "two").folder
    files = sorted(p.relative_to(first) for p in first.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(second) for p in second.rglob("*") if p.is_file())
    different = [str(f) for f in files if (first / f).read_bytes() != (second / f).read_bytes()]
    assert different == []
    stamp = "2025-12-01" if epoch else edition_facts(load(project)).date
    assert f"{stamp}T00:00:00Z" in (first / "cmif" / "triglot-cmif.xml").read_text(encoding="utf-8")
    assert f"Bagging-Date: {stamp}" in (first / "bag" / "bag-info.txt").read_text(encoding="utf-8")


def test_a_malformed_source_date_epoch_is_refused_with_a_message(tmp_path, monkeypatch, capsys):
    from triglot.library.command import run
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "yesterday")
    project = copy_project(tmp_path)
    assert run(type("Args", (), {"out": None})(), project) == 1
    assert "SOURCE_DATE_EPOCH:0: export-time: 'yesterday' is not a number of seconds" in capsys.readouterr().err
    assert not (project / "build" / "export").exists()


# --- the bag ---------------------------------------------------------------------------

def test_bag_is_valid_bagit_1_0_with_sha512_only(exported):
    bag = bagit.Bag(str(exported[1] / "bag"))
    bag.validate()
    assert bag.version_info == (1, 0)
    assert (exported[1] / "bag" / "bagit.txt").read_text() == "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n"
    assert bag.algorithms == ["sha512"]
    assert sorted(p.name for p in (exported[1] / "bag").glob("*manifest-*.txt")) == \
        ["manifest-sha512.txt", "tagmanifest-sha512.txt"]
    tagged = (exported[1] / "bag" / "tagmanifest-sha512.txt").read_text()
    assert all(name in tagged for name in ("bagit.txt", "bag-info.txt", "manifest-sha512.txt"))


def test_bag_info_names_the_organization_identifier_date_and_oxum(exported):
    bag = bagit.Bag(str(exported[1] / "bag"))
    assert bag.info["Source-Organization"] == "Triglot project"
    assert bag.info["External-Identifier"] == BASE
    assert len(bag.info["Bagging-Date"]) == 10
    files = [p for p in (exported[1] / "bag" / "data").rglob("*") if p.is_file()]
    assert bag.info["Payload-Oxum"] == f"{sum(p.stat().st_size for p in files)}.{len(files)}"


def test_bag_holds_the_tei_registers_schemas_and_exports(exported, edition):
    data = exported[1] / "bag" / "data"
    for doc in edition.documents:
        assert (data / "tei" / doc.path.name).exists()
        assert (data / "dc" / f"{doc.id}.xml").exists()
    for name in ("tei/persons.xml", "tei/places.xml", "tei/triglot-corpus.xml", "tei/schema/tei_all.rng",
                 "tei/schema/cmif.rng", "tei/schema/oai_dc.rng", "cmif/triglot-cmif.xml"):
        assert (data / name).exists(), name


@pytest.fixture
def bag_copy(exported, tmp_path):
    dest = tmp_path / "bag"
    shutil.copytree(exported[1] / "bag", dest)
    return dest


def test_a_flipped_byte_in_the_bag_is_caught(bag_copy):
    target = bag_copy / "data" / "cmif" / "triglot-cmif.xml"
    data = bytearray(target.read_bytes())
    data[200] ^= 0x01
    target.write_bytes(bytes(data))
    with pytest.raises(bagit.BagValidationError):
        bagit.Bag(str(bag_copy)).validate()


def test_an_extra_file_in_the_bag_is_caught(bag_copy):
    (bag_copy / "data" / "tei" / "stray.xml").write_text("<x/>")
    with pytest.raises(bagit.BagValidationError):
        bagit.Bag(str(bag_copy)).validate()


def test_the_corpus_header_gives_the_licence_words_most_documents_give(tmp_path):
    # the corpus header took the last document's wording: a letter encoded into a grown edition
    # with its own licence sentence gave the whole edition its words
    project = copy_project(tmp_path)
    last = load(project).documents[-1].path
    tree = etree.parse(str(last))
    licence = tree.find(".//t:publicationStmt/t:availability/t:licence", NS)
    said = text(licence)
    for child in list(licence):
        licence.remove(child)
    licence.text = "Another sentence of one document's own."
    tree.write(str(last), encoding="utf-8", xml_declaration=True)
    facts = edition_facts(load(project))
    assert facts.licence_text == said and said
