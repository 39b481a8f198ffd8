"""Import: PO entries into the TEI slots, checked, all or nothing, never silent."""
from __future__ import annotations

import polib
import pytest

from conftest import copy_project
from test_translations_support import edit_po, export_mini, import_mini, mini, translate  # noqa: F401
from triglot.cli import main
from triglot.edition import load, slot_state
from triglot.translate.export import po_path

P1 = "mini.p1"
P1_RU = ("В <1>1937</1> году <2>Микоян</2> встретился с <3><4>Халилон-пашой</4><5>Халил-пашой</5></3> "
         "в <6>Ереване</6> и говорил о <7>Турции</7>.")


def ru_po(root):
    return root / "translations" / "ru" / "mini.po"


def tei(root):
    return (root / "tei" / "mini.xml").read_bytes()


def slot(root, block, lang="ru"):
    return load(root).documents[0].slots[lang][block]


def test_a_translated_entry_fills_its_slot_with_the_english_markup(mini):
    export_mini(mini)
    edit_po(ru_po(mini), {P1: translate(P1_RU)})
    result = import_mini(mini)
    assert result.problems == []
    s = slot(mini, P1)
    assert slot_state(s) == "draft"
    assert s.get("resp") == "#resp-draft-ru"
    assert s.get("source").startswith("ni:///sha-256-64;")
    refs = [el.get("ref") for el in s.iter() if el.get("ref")]
    assert refs == ["psn:mikoyan", "plc:yerevan", "plc:turkey"]
    assert "".join(s.itertext()).startswith("В 1937 году Микоян")


def test_reordered_placeholders_are_accepted(mini):
    export_mini(mini)
    edit_po(ru_po(mini), {P1: translate("<7>Турция</7>, <6>Ереван</6>, <2>Микоян</2>, <1>1937</1>, "
                                        "<3><5>Халил</5><4>Халилон</4></3>.")})
    assert import_mini(mini).problems == []
    assert [el.get("ref") for el in slot(mini, P1).iter() if el.get("ref")] == ["plc:turkey", "plc:yerevan", "psn:mikoyan"]


def test_a_note_keeps_its_own_slot_and_translation(mini):
    export_mini(mini)
    edit_po(ru_po(mini), {"mini.p2": translate("<1/>Встреча примечательна."),
                          "mini.n1": translate("Ни один источник не называет здесь <1>Микояна</1>.")})
    assert import_mini(mini).problems == []
    slots = load(mini).documents[0].slots["ru"]
    p2, note = slots["mini.p2"], slots["mini.n1"]
    assert note.getparent() is p2 and p2.index(note) == 0
    assert note.tail == "Встреча примечательна."
    assert "".join(note.itertext()) == "Ни один источник не называет здесь Микояна."


def test_export_then_import_without_edits_leaves_the_tei_byte_identical(mini):
    export_mini(mini)
    edit_po(ru_po(mini), {P1: translate(P1_RU)})
    import_mini(mini)
    before = tei(mini)
    export_mini(mini)
    result = import_mini(mini)
    assert result.problems == [] and result.written == []
    assert tei(mini) == before


def test_importing_twice_equals_importing_once(mini):
    export_mini(mini)
    edit_po(ru_po(mini), {P1: translate(P1_RU), "mini.p3": translate("Больше ничего не известно.")})
    assert len(import_mini(mini).written) == 1
    once = tei(mini)
    assert import_mini(mini).written == []
    assert tei(mini) == once


def test_clearing_fuzzy_with_a_reviewer_marks_the_slot_reviewed(mini):
    export_mini(mini)
    edit_po(ru_po(mini), {P1: translate(P1_RU, fuzzy=False, resp="resp-editors")})
    assert import_mini(mini).problems == []
    assert slot_state(slot(mini, P1)) == "reviewed"
    assert slot(mini, P1).get("resp") == "#resp-editors"


def test_a_review_is_recorded_in_the_header_with_who_and_when(mini, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1764633600")      # 2025-12-02
    export_mini(mini)
    edit_po(ru_po(mini), {P1: translate(P1_RU, fuzzy=False, resp="resp-editors")})
    assert import_mini(mini).problems == []
    doc = load(mini).documents[0]
    changes = doc.root.findall(".//{http://www.tei-c.org/ns/1.0}revisionDesc/{http://www.tei-c.org/ns/1.0}change")
    review = changes[-1]
    assert (review.get("type"), review.get("who"), review.get("when"), review.get("target")) == \
        ("review", "#resp-editors", "2025-12-02", "#mini.p1.ru")
    assert len(changes) == 2
    export_mini(mini)
    assert import_mini(mini).written == []            # importing again records nothing new


def test_the_exported_state_round_trips_through_flags(mini):
    export_mini(mini)
    edit_po(ru_po(mini), {P1: translate(P1_RU, fuzzy=False, resp="resp-editors"),
                          "mini.p3": translate("Больше ничего не известно.")})
    import_mini(mini)
    export_mini(mini)
    catalog = polib.pofile(str(ru_po(mini)))
    p1, p3 = catalog.find(P1, by="msgctxt"), catalog.find("mini.p3", by="msgctxt")
    assert "resp: resp-editors" in p1.tcomment and "fuzzy" not in p1.flags
    assert "resp: resp-draft-ru" in p3.tcomment and "fuzzy" in p3.flags


def test_correcting_a_ref_does_not_make_a_translation_stale(mini):
    export_mini(mini)
    edit_po(ru_po(mini), {P1: translate(P1_RU)})
    import_mini(mini)
    doc = mini / "tei" / "mini.xml"
    doc.write_text(doc.read_text().replace('<placeName ref="plc:turkey">Turkey</placeName>.</p>',
                                           '<placeName ref="plc:yerevan">Turkey</placeName>.</p>', 1))
    from triglot.translate.status import status
    assert [r["stale"] for r in status(load(mini)) if r["lang"] == "ru"] == [0]


def test_an_empty_entry_never_erases_a_translation_and_says_so(mini):
    """OmegaT writes every fuzzy draft back as an empty msgstr; importing that must not erase them."""
    export_mini(mini)
    edit_po(ru_po(mini), {"mini.p2": translate("Встреча примечательна.<1/>"),
                          "mini.n1": translate("Примечание о <1>Микояне</1>.")})
    assert import_mini(mini).problems == []
    export_mini(mini)
    before = (mini / "tei" / "mini.xml").read_bytes()
    edit_po(ru_po(mini), {"mini.p2": translate("", resp=None)})
    result = import_mini(mini)
    assert result.problems == [] and result.written == []
    assert [(k.rule, k.message.split(":")[0]) for k in result.kept] == [("kept-translation", "mini.p2")]
    assert (mini / "tei" / "mini.xml").read_bytes() == before
    assert export_mini(mini)["written"] == [ru_po(mini)]       # export gives the entry its text back
    assert "Встреча примечательна." in ru_po(mini).read_text(encoding="utf-8")


# --- every rejection leaves the TEI byte-identical and names file and line ---------

def refused(root, capsys) -> str:
    """Run the import; it must fail and leave the TEI byte-identical. Returns what it printed on stderr."""
    before = tei(root)
    assert main(["--root", str(root), "translations", "import"]) == 1
    assert tei(root) == before
    return capsys.readouterr().err


REJECTED = {
    "missing placeholder": (P1_RU.replace("<7>Турции</7>", "Турции"), "<7>…</7> of the English is missing"),
    "extra placeholder": (P1_RU + " <8>x</8>", "<8> is not in the English"),
    "duplicated placeholder": (P1_RU + " <2>Микоян</2>", "<2> appears 2 times"),
    "renamed placeholder": (P1_RU.replace("<7>Турции</7>", "<9>Турции</9>"), "<9> is not in the English"),
    "broken nesting": (P1_RU.replace("<3><4>Халилон-пашой</4>", "<3><4>Халилон-пашой</3>").replace("Халил-пашой</5></3>", "Халил-пашой</5></4>"), "must nest"),
    "moved out of its parent": (P1_RU.replace("<3><4>Халилон-пашой</4>", "<4>Халилон-пашой</4><3>"), "must stay inside <3>"),
    "bare angle bracket": (P1_RU + " a < b", "type \\< for a literal"),
    "text inside a choice": (P1_RU.replace("</4><5>", "</4> или <5>"), "no text directly inside it"),
}


@pytest.mark.parametrize("case", sorted(REJECTED))
def test_a_bad_placeholder_rejects_the_document(mini, case, capsys):
    text, message = REJECTED[case]
    export_mini(mini)
    edit_po(ru_po(mini), {P1: translate(text), "mini.p3": translate("Больше ничего не известно.")})
    err = refused(mini, capsys)
    assert "translations/ru/mini.po:" in err and message in err


def test_an_unknown_msgctxt_is_rejected(mini, capsys):
    export_mini(mini)
    path = ru_po(mini)
    path.write_text(path.read_text().replace('msgctxt "mini.p3"', 'msgctxt "mini.p99"'))
    edit_po(path, {"mini.p99": translate("Текст.")})
    assert "unknown msgctxt 'mini.p99'" in refused(mini, capsys)


def test_an_entry_made_for_an_older_english_is_rejected_as_stale(mini, capsys):
    export_mini(mini)
    doc = mini / "tei" / "mini.xml"
    doc.write_text(doc.read_text().replace('"mini.p3">Nothing more is known.', '"mini.p3">Nothing else is known.'))
    edit_po(ru_po(mini), {"mini.p3": translate("Больше ничего не известно.")})
    assert "stale-source" in refused(mini, capsys)


def draft_in_tei(root, block: str, text: str) -> None:
    """Translate `block` directly in the TEI, as an editor would, after the PO file was exported."""
    doc = root / "tei" / "mini.xml"
    doc.write_text(doc.read_text().replace(
        f'<ab xml:id="{block}.ru" corresp="#{block}" ana="#untranslated"/>',
        f'<ab xml:id="{block}.ru" corresp="#{block}" ana="#draft" resp="#resp-draft-ru" '
        f'source="ni:///sha-256-64;x">{text}</ab>'))


def test_a_slot_changed_in_the_tei_and_in_the_po_is_a_conflict(mini, capsys):
    export_mini(mini)
    draft_in_tei(mini, "mini.p3", "Из TEI.")
    edit_po(ru_po(mini), {"mini.p3": translate("Из PO.")})
    err = refused(mini, capsys)
    assert "conflict" in err and "Из TEI." in err and "Из PO." in err


def test_a_tei_edit_wins_over_an_untouched_entry(mini):
    export_mini(mini)
    draft_in_tei(mini, "mini.p3", "Из TEI.")
    before = tei(mini)
    assert import_mini(mini).problems == []
    assert tei(mini) == before


def test_a_reviewed_entry_without_a_reviewer_is_rejected(mini, capsys):
    export_mini(mini)
    edit_po(ru_po(mini), {"mini.p3": translate("Больше ничего не известно.", fuzzy=False)})
    assert "needs its reviewer" in refused(mini, capsys)


def test_a_malformed_po_file_is_rejected_with_its_line(mini, capsys):
    export_mini(mini)
    path = ru_po(mini)
    lines = path.read_text().splitlines()
    n = next(i for i, line in enumerate(lines) if line.startswith("msgstr") and i > 20)
    lines[n] = 'msgstr "unterminated'
    path.write_text("\n".join(lines) + "\n")
    assert "translations/ru/mini.po:" in refused(mini, capsys)


def test_invalid_utf8_is_rejected_with_its_line(mini, capsys):
    export_mini(mini)
    path = ru_po(mini)
    data = path.read_bytes()
    at = data.index(b'msgstr ""', data.index(b'msgctxt "mini.p3"'))
    data = data[:at] + b'msgstr "\xff\xfe"' + data[at + len(b'msgstr ""'):]
    path.write_bytes(data)
    line = data[: data.index(b"\xff")].count(b"\n") + 1
    assert f"translations/ru/mini.po:{line}: po-encoding" in refused(mini, capsys)


def test_a_duplicated_msgctxt_is_rejected(mini, capsys):
    export_mini(mini)
    path = ru_po(mini)
    path.write_text(path.read_text().replace('msgctxt "mini.p4"', 'msgctxt "mini.p3"'))
    assert "appears twice" in refused(mini, capsys)


def test_a_merge_that_fails_validation_writes_nothing(mini, capsys):
    export_mini(mini)
    doc = mini / "tei" / "mini.xml"
    # A slot for p3 pointing at a respStmt that does not exist is refused by validate.
    doc.write_text(doc.read_text().replace('<respStmt xml:id="resp-draft-hy">', '<respStmt xml:id="resp-draft-hy-x">'))
    edit_po(mini / "translations" / "hy" / "mini.po", {"mini.p3": translate("Ուրիշ ոչինչ հայտնի չէ։", resp="resp-draft-hy")})
    refused(mini, capsys)


def test_a_broken_file_in_one_language_blocks_the_whole_document(mini):
    export_mini(mini)
    edit_po(mini / "translations" / "hy" / "mini.po", {"mini.p3": translate("Ուրիշ ոչինչ հայտնի չէ։", resp="resp-draft-hy")})
    ru_po(mini).write_bytes(ru_po(mini).read_bytes() + b"\nmsgstr \xff\n")
    before = tei(mini)
    result = import_mini(mini)
    assert result.problems and result.written == []
    assert tei(mini) == before


def test_a_source_line_and_a_signature_take_their_own_markup_back(tmp_path):
    """A bibl's slot is a bibl (author, publisher, biblScope come back); a signature is its own block."""
    root = copy_project(tmp_path / "edition")
    edition = load(root)
    export_mini(root, langs=("ru",))
    legran, docs = edition.document("legran-letter-to-chicherin"), edition.document("chicherin-documents-1920")
    edit_po(po_path(root, legran, "ru"), {"legran1920.s2": translate(
        "«<1>Сочинения</1>», <2><3>Иосиф Сталин</3></2>, «<4>Госполитиздат</4>», <5>1954</5>, <6>том 4</6>, "
        "<7>с. 413–414</7>. (Выделено нами. – <8>Ю.Б.</8>).<9/>")})
    edit_po(po_path(root, docs, "ru"), {"docs1920.sg2": translate("<1>Главком</1> <2>С. Каменев</2>")})
    assert import_mini(root).problems == []
    slots = load(root).document("legran-letter-to-chicherin").slots["ru"]
    s2 = slots["legran1920.s2"]
    assert s2.tag.endswith("}bibl") and slot_state(s2) == "draft"
    outside_notes = [el for el in s2.iter() if not any(a.tag.endswith("}note") for a in el.iterancestors())]
    assert [el.tag.split("}")[1] for el in outside_notes][1:] == [
        "title", "author", "persName", "publisher", "date", "biblScope", "biblScope", "persName", "note"]
    sg2 = load(root).document("chicherin-documents-1920").slots["ru"]["docs1920.sg2"]
    assert "".join(sg2.itertext()) == "Главком С. Каменев"


def test_import_check_reports_what_it_would_do_and_writes_nothing(mini, capsys):
    export_mini(mini)
    edit_po(ru_po(mini), {P1: translate(P1_RU)})
    before = tei(mini)
    assert main(["--root", str(mini), "translations", "import", "--check"]) == 0
    assert "would update tei/mini.xml" in capsys.readouterr().out
    assert tei(mini) == before
    edit_po(ru_po(mini), {P1: translate("<1>1937</1> без остальных")})
    assert main(["--root", str(mini), "translations", "import", "--check"]) == 1
    assert "ru/mini.po:" in capsys.readouterr().err
    assert tei(mini) == before


def test_a_translation_much_shorter_than_its_english_is_flagged_for_review(mini):
    from triglot.editor.check import check
    export_mini(mini)
    edit_po(ru_po(mini), {P1: translate("<1>1937</1> <2>М</2> <3><4>Х</4><5>Х</5></3> <6>Е</6> <7>Т</7>"),
                          "mini.p3": translate("Больше ничего не известно.")})
    assert import_mini(mini).problems == []
    found = [p for p in check(load(mini), rules={"length"})]
    assert [(p.rule, p.message.split(":")[0]) for p in found] == [("length", "mini.p1")]
    assert "shorter" in found[0].message


def test_a_review_made_in_the_translators_tool_shows_on_the_web_page(mini):
    import shutil

    from test_translations_support import PROJECT
    from triglot.build import build
    shutil.copytree(PROJECT / "translations" / "ui", mini / "translations" / "ui")
    shutil.copytree(PROJECT / "xslt", mini / "xslt")
    export_mini(mini)
    edit_po(ru_po(mini), {P1: translate(P1_RU, fuzzy=False, resp="resp-editors"),
                          "mini.p3": translate("Больше ничего не известно.")})
    assert import_mini(mini).problems == []
    build(mini, ["web"], mini / "build")
    html = (mini / "build" / "web" / "en" / "documents" / "mini.html").read_text("utf-8")
    reviewed = html[html.index('id="mini.p1.ru"') - 200:][:3000]
    draft = html[html.index('id="mini.p3.ru"') - 200:][:3000]
    assert "state-reviewed" in reviewed and "Reviewed translation" in reviewed
    assert "state-draft" in draft and "Draft translation" in draft


def test_import_draft_and_resp_name_the_work_of_a_tool_that_keeps_neither(mini, capsys):
    """A file as OmegaT writes it: translations unflagged, no `# resp:` of the translator."""
    export_mini(mini)
    edit_po(ru_po(mini), {P1: translate(P1_RU, fuzzy=False, resp=None)})
    doc = mini / "tei" / "mini.xml"
    before = doc.read_bytes()
    args = ["--root", str(mini), "translations", "import", str(ru_po(mini))]
    assert main(args) == 1 and "resp:" in capsys.readouterr().err and doc.read_bytes() == before
    assert main(args + ["--draft", "--resp", "resp-nobody"]) == 1
    assert "resp-editors" in capsys.readouterr().err and doc.read_bytes() == before
    assert main(args + ["--draft", "--resp", "resp-editors"]) == 0
    p1 = slot(mini, P1)
    assert slot_state(p1) == "draft" and p1.get("resp") == "#resp-editors"


def test_a_document_id_given_for_a_file_is_named_as_such_with_its_po_files(mini, capsys, monkeypatch):
    """Journey 26: `translations export DOC` takes a document id; `translations import DOC` said only
    "DOC:0: read: No such file or directory"."""
    export_mini(mini)
    monkeypatch.chdir(mini)
    before = tei(mini)
    assert main(["translations", "import", "mini"]) == 1
    err = capsys.readouterr()
    out = err.out + err.err
    assert "mini:0: read: no such file; mini is a document" in out
    assert "translations/ru/mini.po" in out
    assert tei(mini) == before
