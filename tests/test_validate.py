"""`triglot validate`: each rule shown to fire on a small broken fixture."""
import hashlib
import json

import pytest


def edit(project, old, new, name="tei/mini.xml"):
    path = project / name
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_clean_fixture_passes(mini, cli):
    assert cli("--root", mini, "validate") == (0, "", "")


BROKEN = [
    ("well-formed", "<p xml:id=\"mini.p1\">", "<p xml:id=\"mini.p1\"><b>"),
    ("tei-schema", '<date when="1920-07-02">July 2, 1920</date>', '<dat when="1920-07-02">July 2, 1920</dat>'),
    ("tei-schema", "<head xml:id=\"mini.h1\">", "<head xml:id=\"mini.h1\" rend=\"x\" foo=\"bar\">"),
    ("schematron", "<list type=\"omitted\">", "<list type=\"gloss\">"),
    ("references", "ref=\"plc:moscow\"", "ref=\"plc:moskva\""),
    ("references", "ref=\"psn:chicherin\">Chicherin</persName> wrote", "ref=\"plc:moscow\">Chicherin</persName> wrote"),
    ("references", "corresp=\"#mini.en\"", "corresp=\"#nowhere\""),
    ("ids", "xml:id=\"mini\"", "xml:id=\"chicherin\""),
    ("ids", "<head xml:id=\"mini.h1\">", "<head>"),
    ("slots", "<ab xml:id=\"mini.h1.hy\" corresp=\"#mini.h1\" ana=\"#untranslated\"/>", ""),
    ("slots", "<ab xml:id=\"mini.h1.ru\" corresp=\"#mini.h1\" ana=\"#untranslated\"/>",
     "<ab xml:id=\"mini.h1.ru\" corresp=\"#mini.h1\" ana=\"#untranslated\"/><ab xml:id=\"mini.x.ru\" corresp=\"#mini.x\" ana=\"#untranslated\"/>"),
    ("slots", "<ab xml:id=\"mini.h1.ru\" corresp=\"#mini.h1\" ana=\"#untranslated\"/>",
     "<ab xml:id=\"mini.h1.ru\" corresp=\"#mini.h1\" ana=\"#draft\">Письмо</ab>"),
    ("slots", "<ab xml:id=\"mini.h1.ru\" corresp=\"#mini.h1\" ana=\"#untranslated\"/>",
     "<ab xml:id=\"mini.h1.ru\" corresp=\"#mini.h1\" ana=\"#untranslated\">Письмо</ab>"),
    ("dates", "when=\"1920-07-02\"", "when=\"1920-02-30\""),
    ("dates", "when=\"1920-07-02\"", "from=\"1920-08\" to=\"1920-07\""),
    ("languages", "<head xml:id=\"mini.h1\">", "<head xml:id=\"mini.h1\" xml:lang=\"de\">"),
    ("fidelity", "wrote from", "wrote to"),
    ("fidelity", "<quote>Leave a Reply</quote>", "<quote>Leave a Comment</quote>"),
]


@pytest.mark.parametrize("rule,old,new", BROKEN, ids=[f"{r}-{i}" for i, (r, _, _) in enumerate(BROKEN)])
def test_rule_fires_with_file_and_line(mini, cli, rule, old, new):
    edit(mini, old, new)
    code, out, _ = cli("--root", mini, "validate")
    assert code == 1
    lines = [line for line in out.splitlines() if f": {rule}: " in line]
    assert lines, out
    name, line, *_ = lines[0].split(":")
    assert name in ("tei/mini.xml", "seeds/mini.txt") and int(line) > 0


def test_register_entry_without_a_base_language_name_is_reported(mini, cli):
    edit(mini, '<placeName xml:lang="en">Moscow</placeName>', "", name="tei/places.xml")
    code, out, _ = cli("--root", mini, "validate")
    assert code == 1 and "tei/places.xml:16: registers: moscow: no name in en (the base language)" in out


def test_register_entry_without_a_translation_name_is_valid_and_left_to_check(mini, cli):
    """A name not yet given in a translation language falls back to the base form; check lists it."""
    edit(mini, '<placeName xml:lang="hy">Մոսկվա</placeName>', "", name="tei/places.xml")
    code, out, _ = cli("--root", mini, "validate")
    assert code == 0, out
    code, out, _ = cli("--root", mini, "check", "--rule", "register-gap")
    assert "tei/places.xml:16: register-gap: moscow has no Armenian name" in out


def test_seed_without_document_is_reported(mini, cli):
    (mini / "seeds" / "extra.txt").write_text("An unencoded text.\n", encoding="utf-8")
    code, out, _ = cli("--root", mini, "validate")
    assert code == 1 and "seeds/extra.txt:1: fidelity:" in out


def test_json_output_for_tools(mini, cli):
    edit(mini, "ref=\"plc:moscow\"", "ref=\"plc:moskva\"")
    code, out, _ = cli("--root", mini, "validate", "--format", "json")
    problems = json.loads(out)
    assert code == 1 and problems[0]["rule"] == "references" and problems[0]["file"] == "tei/mini.xml"


def test_named_file_only(mini, cli):
    code, out, _ = cli("--root", mini, "validate", mini / "tei" / "mini.xml")
    assert code == 0, out


def test_malformed_xml_names_line_and_column(mini, cli):
    (mini / "tei" / "mini.xml").write_text("<TEI>\n  <teiHeader>\n</TEI>\n", encoding="utf-8")
    code, out, _ = cli("--root", mini, "validate")
    assert code == 1 and "tei/mini.xml:3: well-formed: column" in out


@pytest.mark.parametrize("payload", [
    b'<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;">'
    b'<!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;">]>\n<TEI>&lol2;</TEI>\n',
    b'<?xml version="1.0"?>\n<!DOCTYPE TEI [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n<TEI>&xxe;</TEI>\n',
    b'<?xml version="1.0"?>\n<!DOCTYPE TEI SYSTEM "http://example.org/evil.dtd">\n<TEI/>\n',
])
def test_hostile_xml_is_refused_not_expanded(mini, cli, payload):
    (mini / "tei" / "mini.xml").write_bytes(payload)
    code, out, _ = cli("--root", mini, "validate")
    assert code == 1 and "DOCTYPE declaration is not allowed" in out
    assert "root:" not in out and "lollol" not in out


def test_validate_writes_nothing(mini, cli):
    def snapshot():
        return {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in mini.rglob("*") if p.is_file()}
    edit(mini, "wrote from", "wrote to")
    before = snapshot()
    cli("--root", mini, "validate")
    assert snapshot() == before


def test_an_attribute_outside_the_subset_is_named_and_triglot_schema_adds_it(mini, cli):
    """The project schema keeps only the attributes in use (and the usual ones): libxml2 spends
    most of its time trying each declared attribute; a new one is one `triglot schema` away."""
    edit(mini, "<head xml:id=\"mini.h1\">", "<head xml:id=\"mini.h1\" copyOf=\"#mini.h1\">")
    code, out, err = cli("--root", mini, "validate")
    assert code == 1
    assert "@copyOf (on <head>) is not in the project's TEI subset" in out + err
    assert cli("--root", mini, "schema")[0] == 0
    code, out, err = cli("--root", mini, "validate")
    assert "copyOf" not in out + err


def test_an_element_outside_the_subset_is_named_and_triglot_schema_adds_it(mini, cli):
    """The project schema keeps only the elements the edition uses and those Triglot writes
    (libxml2 compiles every kept element into each content model); a new one is one
    `triglot schema` away."""
    edit(mini, "wrote from", "wrote<lb/> from")
    code, out, err = cli("--root", mini, "validate")
    assert code == 1
    assert "tei/mini.xml:40: tei-schema: <lb> is not in the project's TEI subset; if it is the right TEI " \
           "element, run `triglot schema` to add it" in out
    assert cli("--root", mini, "schema")[0] == 0
    assert cli("--root", mini, "validate") == (0, "", "")


def test_a_name_that_is_not_tei_is_refused_with_the_closest_tei_names_not_sent_to_triglot_schema(mini, cli):
    """`triglot schema` cannot add a misspelt name: the message offers the TEI name instead."""
    edit(mini, "wrote from", "wrote<persname>X</persname> from")
    edit(mini, "<head xml:id=\"mini.h1\">", "<head xml:id=\"mini.h1\" rendd=\"x\">")
    code, out, err = cli("--root", mini, "validate")
    assert code == 1
    assert "tei/mini.xml:40: tei-schema: <persname> is not a TEI element (did you mean <persName>?)" in out
    assert "@rendd (on <head>) is not a TEI attribute (did you mean @rend?)" in out
    assert "triglot schema" not in out


# --- the header facts build and export read ----------------------------------------------

def _roots_with_documents():
    from conftest import ROOTS
    return sorted(p.name for p in ROOTS.iterdir() if (p / "tei").is_dir())


@pytest.mark.parametrize("name", _roots_with_documents())
def test_every_fixture_edition_states_what_build_and_export_read(tmp_path, name):
    """Three fixture editions had no licence, version or date: they validated, and a build of
    them stopped at the web's data tables (the suite built them only where the web was not made)."""
    from conftest import make_project
    from triglot.edition import load
    from triglot.library.corpus import edition_facts
    facts = edition_facts(load(make_project(tmp_path, name)))
    assert facts.licence_uri and facts.version and facts.date


HEADER = {
    "licence": ('<availability><licence target="https://creativecommons.org/licenses/by/4.0/">Creative Commons '
                'Attribution 4.0 International</licence></availability>', ""),
    "version": ('<editionStmt><edition n="0.1">Fixture edition</edition></editionStmt>', ""),
    "date": ('<date when="2026-11-21">2026-11-21</date>', ""),
}


def test_a_header_lacking_what_build_and_export_read_is_a_validation_error(mini, cli):
    """validate passed a header without licence, version or date; build web then refused it.
    An editor validates after every edit: validate names the same lines, as errors."""
    for old, new in HEADER.values():
        edit(mini, old, new)
    expected = [
        "tei/mini.xml:13: edition-header: the header states no edition licence "
        "(publicationStmt/availability/licence/@target) (e.g. 'https://creativecommons.org/licenses/by/4.0/'): "
        "every document states the edition's publisher, licence and version, which the web and library outputs read",
        "tei/mini.xml:4: edition-header: the header states no edition version (editionStmt/edition/@n): "
        "every document states the edition's publisher, licence and version, which the web and library outputs read",
        "tei/mini.xml:13: edition-header: no document gives a publication date (publicationStmt/date/@when); "
        "the exports date the edition by its latest document"]
    before = {p: p.read_bytes() for p in (mini / "tei").rglob("*") if p.is_file()}
    for args in ([], [mini / "tei" / "mini.xml"]):
        code, out, err = cli("--root", mini, "validate", *args)
        assert code == 1 and sorted(l for l in out.splitlines() if "edition-header" in l) == sorted(expected), (args, out + err)
    code, out, err = cli("--root", mini, "validate", "--format", "json")
    assert code == 1 and sorted(f"{p['file']}:{p['line']}: {p['rule']}: {p['message']}" for p in json.loads(out)
                                if p["rule"] == "edition-header") == sorted(expected)
    code, out, err = cli("--root", mini, "build", "web")
    assert code == 1 and sorted(l for l in err.splitlines() if "edition-header" in l) == sorted(expected), err
    assert {p: p.read_bytes() for p in (mini / "tei").rglob("*") if p.is_file()} == before


def test_a_header_disagreeing_with_the_others_is_named_by_validate_of_that_file(tmp_path, cli):
    from conftest import copy_project
    root = copy_project(tmp_path)
    docs = sorted(p for p in (root / "tei").glob("*.xml") if p.name not in ("persons.xml", "places.xml", "orgs.xml"))
    text = docs[0].read_text("utf-8")
    start = text.index('<edition n="')
    end = text.index('"', start + len('<edition n="'))
    docs[0].write_text(text[:start] + '<edition n="9.9' + text[end:], encoding="utf-8")
    line = text[:start].count("\n") + 1
    code, out, err = cli("--root", root, "validate", docs[0])
    assert code == 1 and f"tei/{docs[0].name}:{line}: edition-header: edition version '9.9' differs from " in out, out
    code, out, err = cli("--root", root, "validate", docs[1])
    assert "edition-header" not in out, out      # the other documents agree: nothing of theirs to name


def test_an_edition_statement_in_other_words_than_the_others_is_named_by_validate(tmp_path, cli):
    # the version agreed, the words did not: the corpus header took the last document's words
    from conftest import copy_project
    root = copy_project(tmp_path)
    docs = sorted(p for p in (root / "tei").glob("*.xml") if p.name not in ("persons.xml", "places.xml", "orgs.xml"))
    text = docs[0].read_text("utf-8")
    start = text.index('<edition n="')
    end = text.index("</edition>", start)
    said = text[text.index(">", start) + 1:end]
    docs[0].write_text(text[:text.index(">", start) + 1] + "Draft encoding" + text[end:], encoding="utf-8")
    line = text[:start].count("\n") + 1
    code, out, err = cli("--root", root, "validate")
    assert code == 1 and (f"tei/{docs[0].name}:{line}: edition-header: edition statement 'Draft encoding' "
                          f"differs from '{' '.join(said.split())}'") in out, out
    assert sum("edition statement" in l for l in out.splitlines()) == 1, out


def test_headers_agreeing_with_each_other_but_not_with_the_settings_are_named_at_their_licence(tmp_path, cli):
    # a new document is written from the settings: the edition would state two licences
    from conftest import copy_project
    root = copy_project(tmp_path)
    old, new = "https://creativecommons.org/licenses/by/4.0/", "https://creativecommons.org/licenses/by-sa/4.0/"
    docs = sorted(p for p in (root / "tei").glob("*.xml") if p.name not in ("persons.xml", "places.xml", "orgs.xml"))
    for doc in docs:
        doc.write_text(doc.read_text("utf-8").replace(f'target="{old}"', f'target="{new}"'), encoding="utf-8")
    code, out, err = cli("--root", root, "validate")
    found = [l for l in out.splitlines() if "edition-header" in l]
    assert code == 1 and len(found) == len(docs) >= 2, out
    line = next(n for n, l in enumerate(docs[0].read_text("utf-8").splitlines(), 1) if f'target="{new}"' in l)
    # and says what to change where (session 11: it named the setting, not what to do)
    assert (f"tei/{docs[0].name}:{line}: edition-header: edition licence '{new}' is not the settings' '{old}' "
            f"(triglot.toml, edition.licence.url): change it here to '{old}', or, when '{new}' is right, "
            "edition.licence.url in triglot.toml") in out, out


def test_a_header_stating_another_documents_permanent_url_is_named_by_validate(tmp_path, cli):
    # a document copied to start another keeps the first one's URL: export refused it, validate said nothing
    from conftest import copy_project
    root = copy_project(tmp_path)
    doc = sorted(p for p in (root / "tei").glob("*.xml") if p.name not in ("persons.xml", "places.xml", "orgs.xml"))[0]
    text = doc.read_text("utf-8")
    start = text.index('<idno type="URI">') + len('<idno type="URI">')
    end = text.index("</idno>", start)
    doc.write_text(text[:start] + text[start:end] + "-copy" + text[end:], encoding="utf-8")
    code, out, err = cli("--root", root, "validate", doc)
    line = text[:start].count("\n") + 1
    assert code == 1 and f"tei/{doc.name}:{line}: identifier: publicationStmt/idno[@type='URI'] is '{text[start:end]}-copy'" in out, out
