"""`triglot retag`: new register entries reach a document already edited, without losing a correction."""
import re
import shutil
from pathlib import Path

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
    """Every element that was there, as its serialised start tag and text: what an editor wrote."""
    doc = load(path.parents[1]).document("aaw")
    return [(el.tag, dict(el.attrib), el.text) for el in doc.root.iter() if isinstance(el.tag, str)]


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
