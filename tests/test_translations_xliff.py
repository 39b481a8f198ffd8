"""XLIFF 2.0 for CAT tools: schema-valid, placeholders as protected inline codes, state and
notes carried, the same checks as PO on the way back, and a byte-identical round trip."""
from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from conftest import copy_project
from test_translations_support import export_mini, mini  # noqa: F401
from triglot.cli import main
from triglot.edition import load, slot_state
from triglot.translate import xliff

X = "{urn:oasis:names:tc:xliff:document:2.0}"


@pytest.fixture(scope="module")
def exported(tmp_path_factory) -> Path:
    root = copy_project(tmp_path_factory.mktemp("xliff") / "edition")
    from triglot.translate.export import export
    export(load(root), fmt="xliff")
    return root


def xlf(root, lang="ru", name="mini") -> Path:
    return root / "translations" / "xliff" / lang / f"{name}.xlf"


def unit(tree, uid):
    return next(u for u in tree.iter(X + "unit") if u.get("id") == uid)


def edit(path: Path, uid: str, change) -> None:
    """Change one unit as a CAT tool would, and save the file."""
    tree = etree.parse(str(path))
    change(unit(tree, uid))
    tree.write(str(path), encoding="UTF-8", xml_declaration=True)


def set_target(u, text=None, state="translated", resp=None, children=()):
    segment = u.find(f"{X}segment")
    segment.set("state", state)
    target = segment.find(X + "target")
    if target is None:
        target = etree.SubElement(segment, X + "target")
    if text is not None:
        target.text = text
        for child in list(target):
            target.remove(child)
        for child in children:
            target.append(child)
    if resp:   # the translator names themself in a note of category "resp" (adding one if there is none)
        note = next((n for n in u.iter(X + "note") if n.get("category") == "resp"), None)
        if note is None:
            note = etree.SubElement(u.find(X + "notes"), X + "note", category="resp")
        note.text = resp


def import_files(root, *files, capsys=None) -> tuple[int, str]:
    code = main(["--root", str(root), "translations", "import", *map(str, files)])
    return code, capsys.readouterr().err if capsys else ""


def test_every_exported_file_is_valid_against_the_oasis_xliff_2_schema(exported):
    files = sorted((exported / "translations" / "xliff").rglob("*.xlf"))
    assert len(files) == 2 * len(load(exported).documents)
    for path in files:
        assert xliff.schema().validate(etree.parse(str(path))), (path, xliff.schema().error_log)


def test_export_import_export_is_byte_identical(exported):
    before_tei = {p: p.read_bytes() for p in (exported / "tei").glob("*.xml")}
    files = sorted((exported / "translations" / "xliff").rglob("*.xlf"))
    before = {p: p.read_bytes() for p in files}
    assert main(["--root", str(exported), "translations", "import", *map(str, files)]) == 0
    assert {p: p.read_bytes() for p in before_tei} == before_tei
    assert main(["--root", str(exported), "translations", "export", "--format", "xliff"]) == 0
    assert {p: p.read_bytes() for p in files} == before


def test_translate_toolkit_reads_and_writes_the_files_unchanged(exported):
    from translate.storage import xliff2
    for path in sorted((exported / "translations" / "xliff").rglob("*.xlf")):
        store = xliff2.Xliff2File.parsefile(str(path))
        assert bytes(store) == path.read_bytes()
        assert all(u.getid().endswith("::s1") for u in store.units)


def test_placeholders_are_protected_inline_codes(mini):
    export_mini(mini, fmt="xliff")
    tree = etree.parse(str(xlf(mini)))
    source = unit(tree, "mini.p1").find(f"{X}segment/{X}source")
    codes = [(etree.QName(c).localname, c.get("id")) for c in source.iter(X + "pc", X + "ph")]
    assert codes[:3] == [("pc", "1"), ("pc", "2"), ("pc", "3")]
    assert all(c.get("canDelete") == "no" and c.get("canCopy") == "no" for c in source.iter(X + "pc"))
    note_code = unit(tree, "mini.p2").find(f"{X}segment/{X}source/{X}ph")
    assert note_code is not None and note_code.get("id") == "1"
    assert "<" not in "".join(source.itertext())


def test_notes_describe_the_placeholders_and_carry_the_fingerprint(mini):
    export_mini(mini, fmt="xliff")
    notes = {n.get("category"): n.text for n in unit(etree.parse(str(xlf(mini))), "mini.p1").iter(X + "note")}
    assert set(notes) >= {"description", "triglot-export"}


def test_a_translation_made_in_a_cat_tool_imports_as_a_draft(mini, capsys):
    export_mini(mini, fmt="xliff")
    edit(xlf(mini), "mini.p3", lambda u: set_target(u, "Больше ничего не известно.", resp="resp-draft-ru"))
    code, err = import_files(mini, xlf(mini), capsys=capsys)
    assert code == 0, err
    slot = load(mini).documents[0].slots["ru"]["mini.p3"]
    assert slot_state(slot) == "draft" and "".join(slot.itertext()) == "Больше ничего не известно."


def test_state_reviewed_with_a_reviewer_marks_the_slot_reviewed(mini, capsys):
    export_mini(mini, fmt="xliff")
    edit(xlf(mini), "mini.p3", lambda u: set_target(u, "Больше ничего не известно.", state="reviewed",
                                                     resp="resp-editors"))
    code, err = import_files(mini, xlf(mini), capsys=capsys)
    assert code == 0, err
    slot = load(mini).documents[0].slots["ru"]["mini.p3"]
    assert slot_state(slot) == "reviewed" and slot.get("resp") == "#resp-editors"


def test_a_deleted_inline_code_is_refused_at_its_line_and_the_tei_is_unchanged(mini, capsys):
    export_mini(mini, fmt="xliff")
    before = (mini / "tei" / "mini.xml").read_bytes()

    def drop_codes(u):
        target = u.find(f"{X}segment/{X}target")
        if target is None:
            set_target(u, "В 1937 году Микоян встретился с пашой.", resp="resp-draft-ru")
        else:
            set_target(u, "В 1937 году Микоян встретился с пашой.")
    edit(xlf(mini), "mini.p1", drop_codes)
    code, err = import_files(mini, xlf(mini), capsys=capsys)
    assert code == 1 and "translations/xliff/ru/mini.xlf:" in err and "placeholders" in err
    assert (mini / "tei" / "mini.xml").read_bytes() == before


def test_start_and_end_codes_and_annotations_are_read_as_placeholders():
    """Some tools write a <pc> as an <sc>/<ec> pair, or wrap text in an <mrk> annotation."""
    target = etree.fromstring('<target xmlns="urn:oasis:names:tc:xliff:document:2.0">a <sc id="1"/>b'
                              '<ec startRef="1"/> <mrk id="m1" type="comment">c</mrk> &lt;d <ph id="2"/></target>')
    assert xliff._string(target) == "a <1>b</1> c \\<d <2/>"


@pytest.mark.parametrize("case, rule", [
    ("not well-formed", "well-formed"),
    ("an unknown state", "xliff-schema"),
    ("a foreign element in the core", "xliff-schema"),
])
def test_a_broken_xliff_file_is_refused_with_its_line(mini, capsys, case, rule):
    export_mini(mini, fmt="xliff")
    path = xlf(mini)
    text = path.read_text(encoding="utf-8")
    text = {"not well-formed": text.replace("</unit>", "</unitt>", 1),
            "an unknown state": text.replace('state="initial"', 'state="done"', 1),
            "a foreign element in the core": text.replace("<notes>", "<notes><bogus/>", 1)}[case]
    path.write_text(text, encoding="utf-8")
    before = (mini / "tei" / "mini.xml").read_bytes()
    code, err = import_files(mini, path, capsys=capsys)
    assert code == 1 and f"translations/xliff/ru/mini.xlf:" in err and f": {rule}: " in err
    assert "Traceback" not in err and (mini / "tei" / "mini.xml").read_bytes() == before


def test_a_c1_control_character_in_a_target_is_refused(mini, capsys):
    export_mini(mini, fmt="xliff")
    edit(xlf(mini), "mini.p3", lambda u: set_target(u, "Больше\x85ничего.", resp="resp-draft-ru"))
    code, err = import_files(mini, xlf(mini), capsys=capsys)
    assert code == 1 and "po-character" in err and "U+0085" in err


def test_a_renamed_file_still_finds_its_document(mini, capsys):
    export_mini(mini, fmt="xliff")
    edit(xlf(mini), "mini.p3", lambda u: set_target(u, "Больше ничего не известно.", resp="resp-draft-ru"))
    renamed = mini / "returned from the agency.xlf"
    xlf(mini).rename(renamed)
    code, err = import_files(mini, renamed, capsys=capsys)
    assert code == 0, err


def test_re_export_never_overwrites_a_returned_file_holding_edits_not_imported(mini, capsys):
    export_mini(mini, fmt="xliff")
    edit(xlf(mini), "mini.p3", lambda u: set_target(u, "Больше ничего не известно.", resp="resp-draft-ru"))
    before = xlf(mini).read_bytes()
    assert main(["--root", str(mini), "translations", "export", "--format", "xliff"]) == 1
    assert "pending" in capsys.readouterr().err and xlf(mini).read_bytes() == before
