"""The organisations register: loaded with the others, its pointers resolved by validation, optional for a new edition."""
from conftest import copy_project


def test_the_edition_loads_the_organisations_register(edition):
    orgs = edition.registers["orgs"]
    assert orgs.entries["nkid"].kind == "org"
    assert orgs.entries["nkid"].names["ru"] == "Народный комиссариат иностранных дел РСФСР"
    doc = edition.document("nkid1920")
    assert edition.entry("org:entente", doc) is orgs.entries["entente"]


def test_every_organisation_has_a_name_in_each_language_and_a_source(edition):
    for entry in edition.registers["orgs"].entries.values():
        assert set(entry.names) == {"en", "ru", "hy"}, entry.id
        assert entry.element.find("{http://www.tei-c.org/ns/1.0}note[@type='source']") is not None, entry.id


def test_every_organisation_has_a_type_each_interface_language_translates(edition):
    """Round 1 of the organisations gave each entry its type from its sources; a type no catalog
    translates would stand in English on the Russian and Armenian cards (Genesis Armenia's
    "think-tank" was new, so its strings were added as drafts)."""
    from triglot.i18n import MSGID_LANG, lookup
    for entry in edition.registers["orgs"].entries.values():
        kind = entry.element.get("type")
        assert kind, entry.id
        for lang in edition.settings.interface:
            if lang != MSGID_LANG:
                assert lookup(edition.root, lang, kind), (entry.id, kind, lang)


def test_a_dangling_organisation_pointer_is_reported(tmp_path, cli):
    root = copy_project(tmp_path / "p")
    path = root / "tei" / "eve-of-moscow-treaty-1921.xml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace('<orgName ref="org:entente">Entente</orgName>.</p>',
                                 '<orgName ref="org:nowhere">Entente</orgName>.</p>', 1), encoding="utf-8")
    code, out, err = cli("--root", root, "validate", path)
    assert code != 0
    assert "references: @ref='org:nowhere': no entry 'nowhere' in orgs.xml" in out + err


def test_an_organisation_name_pointing_at_a_person_is_reported(tmp_path, cli):
    root = copy_project(tmp_path / "p")
    path = root / "tei" / "eve-of-moscow-treaty-1921.xml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace('<orgName ref="org:entente">Entente</orgName>.</p>',
                                 '<orgName ref="psn:lenin">Entente</orgName>.</p>', 1), encoding="utf-8")
    code, out, err = cli("--root", root, "validate", path)
    assert code != 0 and "<orgName> points at a person entry" in out + err


def test_an_edition_without_an_organisations_register_loads(mini):
    from triglot.edition import load
    edition = load(mini)
    assert "orgs" not in edition.registers and not edition.problems
