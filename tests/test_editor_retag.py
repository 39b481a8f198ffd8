"""`triglot retag`: new register entries reach a document already edited, without losing a correction."""
import re
import shutil
from pathlib import Path

from lxml import etree

from triglot.edition import load
from triglot.tei import NS

ROOT = Path(__file__).resolve().parents[1]


def edited_project(tmp_path, cli):
    """A document encoded from an unseen text, then corrected by an editor."""
    dest = tmp_path / "project"
    (dest / "tei").mkdir(parents=True)
    shutil.copytree(ROOT / "tei" / "schema", dest / "tei" / "schema")
    for name in ("persons.xml", "places.xml"):
        shutil.copy(ROOT / "tei" / name, dest / "tei" / name)
    (dest / "seeds").mkdir()
    shutil.copy(ROOT / "tests" / "data" / "unseen" / "armenian-azerbaijani-war.txt", dest / "seeds")
    shutil.copy(ROOT / "tests" / "roots" / "editor-check" / "triglot.toml", dest / "triglot.toml")
    assert cli("--root", dest, "encode", dest / "seeds" / "armenian-azerbaijani-war.txt", "--id", "aaw")[0] == 0
    path = dest / "tei" / "aaw.xml"
    text = path.read_text(encoding="utf-8")
    # The editor rejects the proposal for Enver Pasha and confirms Baku with a certainty of their own.
    text = re.sub(r'<persName ana="#review">Enver Pasha</persName><!--[^>]*-->', "Enver Pasha", text)
    text = text.replace('<placeName ref="plc:baku">Baku</placeName>, <date',
                        '<placeName ref="plc:baku" cert="high">Baku</placeName>, <date', 1)
    path.write_text(text, encoding="utf-8")
    return dest, path


def elements(path):
    """Every element that was there, as its serialised start tag and text: what an editor wrote (the
    header's records of what encode and retag proposed apart: retag adds one)."""
    doc = load(path.parents[1]).document("aaw")
    records = set(doc.root.iterfind(".//t:change[@type='proposed']", NS))
    return [(el.tag, dict(el.attrib), el.text) for el in doc.root.iter() if isinstance(el.tag, str)
            and not records & {el, *el.iterancestors()}]


def run(cli, root, *args):
    code, out, err = cli("--root", root, *args)
    assert code == 0, err
    return out


def test_retag_proposes_new_entries_in_untagged_text_only(tmp_path, cli):
    root, path = edited_project(tmp_path, cli)
    code, _, err = cli("--root", root, "register", "add", "person", "enver-pasha", "--name", "en=Enver Pasha",
                       "--name", "ru=Энвер-паша", "--name", "hy=Էնվեր փաշա", "--uncertain", "ru", "--uncertain", "hy")
    assert code == 0, err
    before = elements(path)
    code, out, err = cli("--root", root, "retag", "aaw")
    assert code == 0, err and "1 proposal" in out
    after = elements(path)
    enver = [a for a in after if a[2] == "Enver Pasha"]
    assert enver and enver[0][1] == {"ref": "psn:enver-pasha", "ana": "#review"}
    assert [a for a in after if a[2] != "Enver Pasha"] == before     # nothing else changed
    assert any(a[1].get("cert") == "high" for a in after)             # the editor's correction is kept


def test_retag_with_nothing_new_writes_nothing(tmp_path, cli):
    root, path = edited_project(tmp_path, cli)
    data = path.read_bytes()
    code, out, _ = cli("--root", root, "retag", "aaw")
    assert code == 0 and "nothing to propose" in out and path.read_bytes() == data


# -- what the editor removed stays removed (session 23's editor journey) --------------------------------
def test_retag_does_not_put_back_a_register_tag_the_editor_removed(tmp_path, cli):
    root, path = edited_project(tmp_path, cli)
    text = path.read_text(encoding="utf-8")
    assert 'the <placeName ref="plc:karabakh">Karabakh</placeName>' in text
    path.write_text(text.replace('the <placeName ref="plc:karabakh">Karabakh</placeName>', "the Karabakh", 1),
                    encoding="utf-8")
    data = path.read_bytes()
    out = run(cli, root, "retag", "aaw")
    assert "aaw.p2: placeName “Karabakh” (plc:karabakh) proposed before and removed since" in out
    assert "nothing to propose" in out and path.read_bytes() == data


def test_retag_new_names_does_not_put_back_a_new_name_the_editor_removed(tmp_path, cli):
    root, path = edited_project(tmp_path, cli)      # the editor removed the proposal of “Enver Pasha”
    data = path.read_bytes()
    out = run(cli, root, "retag", "aaw", "--new-names")
    assert "persName “Enver Pasha” proposed before and removed since" in out
    assert path.read_bytes() == data


def test_a_document_without_a_record_says_that_a_removed_tag_may_come_back(tmp_path, cli):
    root, path = edited_project(tmp_path, cli)
    text = re.sub(r'\s*<change type="proposed".*?</change>', "", path.read_text(encoding="utf-8"), flags=re.S)
    path.write_text(text.replace('the <placeName ref="plc:karabakh">Karabakh</placeName>', "the Karabakh", 1),
                    encoding="utf-8")
    out = run(cli, root, "retag", "aaw")
    assert "aaw.p2: proposed placeName “Karabakh” (plc:karabakh)" in out
    assert "records no earlier proposals" in out
    # and now it does: the second run holds it back once the editor removes it again
    path.write_text(path.read_text(encoding="utf-8").replace(
        '<placeName ref="plc:karabakh" ana="#review">Karabakh</placeName>', "Karabakh", 1), encoding="utf-8")
    assert "proposed before and removed since" in run(cli, root, "retag", "aaw")


# -- "not a name", said once in the settings ------------------------------------------------------------
NOT_NAMES = '\n[names]\nnot-names = ["Enver Pasha"]\n'


def test_encode_does_not_propose_a_form_listed_as_no_name(tmp_path, cli):
    root, path = edited_project(tmp_path, cli)
    with open(root / "triglot.toml", "a", encoding="utf-8") as f:
        f.write(NOT_NAMES)
    run(cli, root, "encode", root / "seeds" / "armenian-azerbaijani-war.txt", "--id", "aaw", "--force")
    text = path.read_text(encoding="utf-8")
    assert "Enver Pasha" in text and ">Enver Pasha</persName>" not in text


def test_check_does_not_report_a_form_listed_as_no_name_and_says_how_to_list_it(tmp_path, cli):
    root, path = edited_project(tmp_path, cli)
    lines = [x for x in run(cli, root, "check", "--rule", "unknown-name").splitlines() if "“Enver Pasha”" in x]
    assert lines and "if it is no name here, list “Enver Pasha” under names.not-names in triglot.toml" in lines[0]
    with open(root / "triglot.toml", "a", encoding="utf-8") as f:
        f.write(NOT_NAMES)
    assert "“Enver Pasha”" not in run(cli, root, "check", "--rule", "unknown-name")


def test_a_form_listed_as_no_name_in_one_block_is_a_name_elsewhere(tmp_path, cli):
    root, path = edited_project(tmp_path, cli)
    text = path.read_text(encoding="utf-8")
    text = re.sub(r'\s*<change type="proposed".*?</change>', "", text, flags=re.S)    # no record: only the settings
    path.write_text(text.replace('the <placeName ref="plc:karabakh">Karabakh</placeName>', "the Karabakh", 1),
                    encoding="utf-8")
    assert "“Karabakh” is a name of plc:karabakh" in run(cli, root, "check", "--rule", "untagged-name")
    with open(root / "triglot.toml", "a", encoding="utf-8") as f:
        f.write('\n[names.not-names-in]\n"aaw.p2" = ["Karabakh"]\n')
    assert "“Karabakh” is a name" not in run(cli, root, "check", "--rule", "untagged-name")
    out = run(cli, root, "retag", "aaw")
    assert "aaw.p2: placeName “Karabakh” (plc:karabakh) listed as no name" in out and "nothing to propose" in out


def test_a_wrong_not_names_setting_is_reported_at_its_line(tmp_path, cli):
    root, _ = edited_project(tmp_path, cli)
    with open(root / "triglot.toml", "a", encoding="utf-8") as f:
        f.write('\n[names]\nnot-names = "Enver Pasha"\n')
    code, out, err = cli("--root", root, "check", "--rule", "unknown-name")
    assert code != 0 and "names.not-names" in out + err


# -- a proposal under review makes no translation stale ------------------------------------------------
def test_retag_leaves_a_translated_block_alone_and_says_so(tmp_path, cli):
    from triglot.translate.fingerprint import source_uri
    from triglot.translate.placeholders import segment
    root, path = edited_project(tmp_path, cli)
    run(cli, root, "register", "add", "person", "enver-pasha", "--name", "en=Enver Pasha", "--name", "ru=Энвер-паша",
        "--name", "hy=Էնվեր փաշա", "--uncertain", "ru", "--uncertain", "hy")
    doc = load(root).document("aaw")
    block = next(b for b in doc.blocks if b.get("{http://www.w3.org/XML/1998/namespace}id") == "aaw.p5")
    fingerprint = source_uri(segment(block).text)
    text = path.read_text(encoding="utf-8").replace(
        '<ab corresp="#aaw.p5" ana="#untranslated" xml:id="aaw.p5.ru"/>',
        f'<ab corresp="#aaw.p5" ana="#draft" xml:id="aaw.p5.ru" resp="#resp-draft-ru" source="{fingerprint}">Черновик.</ab>')
    path.write_text(text, encoding="utf-8")
    assert "stale" not in run(cli, root, "check", "--rule", "stale")
    data = path.read_bytes()
    out = run(cli, root, "retag", "aaw")
    assert "aaw.p5: persName “Enver Pasha” (psn:enver-pasha) its block's translations are made" in out
    assert path.read_bytes() == data
    out = run(cli, root, "retag", "aaw", "--translated")
    assert "now stale (new placeholders): aaw.p5" in out


def test_retag_keeps_the_register_place_inside_a_proposed_organisation(tmp_path, cli):
    """encode nests a register place in a proposed organisation ("the <orgName><placeName>Baku</placeName>
    Soviet</orgName>"); retag proposed the organisation alone and the place's tag was lost (session 23 left
    it): an editor's added sentence "Later the Erivan Soviet met." got an orgName with no placeName."""
    from conftest import edition_with_seed
    root, seed = edition_with_seed(tmp_path, "org.txt", "Title\nIn 1918 the Baku Soviet ruled the city.\n")
    run(cli, root, "encode", seed, "--id", "org")
    path = root / "tei" / "org.xml"
    text = path.read_text("utf-8")
    path.write_text(text.replace("ruled the city.</p>", "ruled the city. Later the Erivan Soviet met.</p>", 1), "utf-8")
    run(cli, root, "retag", "org", "--new-names")
    block = load(root).document("org").root.find(".//t:body//t:p", NS)
    added = [o for o in block.iterfind("t:orgName", NS) if "".join(o.itertext()) == "Erivan Soviet"]
    assert added and added[0].find("t:placeName", NS).get("ref") == "plc:yerevan", \
        [etree.tostring(o) for o in block.iterfind("t:orgName", NS)]


def test_each_proposal_is_reported_at_its_blocks_line_in_the_file_as_written(tmp_path, cli):
    """retag said "aaw.p2: proposed placeName …" with no line (journey 26: the editor searched the file
    for the block); every report line is file:line: retag: …, the line the block has after the write."""
    root, path = edited_project(tmp_path, cli)
    text = re.sub(r'\s*<change type="proposed".*?</change>', "", path.read_text(encoding="utf-8"), flags=re.S)
    path.write_text(text.replace('the <placeName ref="plc:karabakh">Karabakh</placeName>', "the Karabakh", 1),
                    encoding="utf-8")
    out = run(cli, root, "retag", "aaw")
    report = [line for line in out.splitlines() if ": proposed " in line]
    assert report, out
    written = path.read_text(encoding="utf-8").splitlines()
    for line in report:
        name, number, rule, block, _ = line.split(":", 4)
        assert name == "tei/aaw.xml" and rule == " retag", line
        assert f'xml:id="{block.strip()}"' in written[int(number) - 1], line
