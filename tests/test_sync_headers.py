"""Settings are data: a new publisher, licence or editors in triglot.toml reach every header through
`triglot sync-headers`, and `check --rule header-settings` names each header that disagrees.

On the mini fixture edition (one document, two registers), whatever it holds: the tests read the
files' names from the folder, never a document by name.
"""
from __future__ import annotations

from conftest import make_project

NEW = {"publisher": "Yerevan Press", "url": "https://creativecommons.org/licenses/by-nc/4.0/",
       "label": "CC BY-NC 4.0"}


def _new_settings(root, editors=True):
    path = root / "triglot.toml"
    text = path.read_text("utf-8")
    publisher = text[text.index('publisher = "'):].split("\n", 1)[0]
    text = text.replace(publisher, f'publisher = "{NEW["publisher"]}"' +
                        ('\neditors = ["Ayşe Yılmaz", "Anna Petrosyan"]' if editors else ""), 1)
    url = text[text.index('url = "'):].split("\n", 1)[0]
    label = text[text.index('label = "', text.index("[edition.licence]")):].split("\n", 1)[0]
    path.write_text(text.replace(url, f'url = "{NEW["url"]}"').replace(label, f'label = "{NEW["label"]}"'), "utf-8")


def _files(root):
    return {p: p.read_bytes() for p in sorted((root / "tei").glob("*.xml"))}


def test_check_names_every_header_that_states_another_publisher_or_licence(tmp_path, cli):
    root = make_project(tmp_path)
    _new_settings(root, editors=False)
    code, out, _ = cli("--root", root, "check", "--rule", "header-settings")
    found = [line for line in out.splitlines() if ": header-settings: " in line]
    files = {line.split(":", 1)[0] for line in found}
    assert files == {f"tei/{p.name}" for p in (root / "tei").glob("*.xml")}, out
    assert sum("publisher is" in line for line in found) == len(files)
    assert sum("licence is" in line for line in found) == len(files)
    assert all("sync-headers" in line for line in found)


def test_sync_headers_changes_only_the_elements_that_state_the_settings(tmp_path, cli):
    root = make_project(tmp_path)
    _new_settings(root)
    before = _files(root)
    code, out, err = cli("--root", root, "sync-headers")
    assert code == 0, err
    after = _files(root)
    for path, old in before.items():
        old_text, new_text = old.decode("utf-8"), after[path].decode("utf-8")
        # every other line of the file is byte for byte as it was
        changed = [(a, b) for a, b in zip(old_text.split("\n"), new_text.split("\n")) if a != b]
        assert len(old_text.split("\n")) == len(new_text.split("\n"))
        assert changed, path.name
        for a, b in changed:
            assert "<publisher>" in a or "<licence" in a or "resp-editors" in a, (a, b)
            assert any(new in b for new in (*NEW.values(), "Ayşe Yılmaz")), b
    assert cli("--root", root, "validate")[0] == 0
    assert ": header-settings: " not in cli("--root", root, "check")[1]
    assert ": editors: " not in cli("--root", root, "check")[1]
    # a second run has nothing to do and writes nothing
    assert cli("--root", root, "sync-headers")[0] == 0 and _files(root) == after


def test_sync_headers_check_writes_nothing_and_fails(tmp_path, cli):
    root = make_project(tmp_path)
    _new_settings(root)
    before = _files(root)
    code, out, _ = cli("--root", root, "sync-headers", "--check")
    assert code == 1 and "would change" in out and _files(root) == before


def test_a_header_with_no_publisher_is_refused_and_no_file_changes(tmp_path, cli):
    root = make_project(tmp_path)
    _new_settings(root)
    doc = next(p for p in sorted((root / "tei").glob("*.xml")) if b"<TEI" in p.read_bytes()
               and b"<body>" in p.read_bytes())
    text = doc.read_text("utf-8")
    start = text.index("<publisher>")
    end = text.index("</publisher>") + len("</publisher>")
    doc.write_text(text[:start] + text[end:], "utf-8")
    before = _files(root)
    code, _, err = cli("--root", root, "sync-headers")
    line = text[:start].count("\n") + 1
    assert code == 1 and err.startswith(f"tei/{doc.name}:{line}: sync-headers: the header states no publisher"), err
    assert "Traceback" not in err and _files(root) == before



def test_check_names_a_documents_other_editors_once(tmp_path, cli):
    """`check` with every rule named each document's other editors twice, under `editors` and
    `header-settings`; the editors rule's line stays, with its advice."""
    root = make_project(tmp_path)
    _new_settings(root)
    out = cli("--root", root, "check")[1]
    docs = {line.split(":", 1)[0] for line in out.splitlines() if ": editors: " in line}
    assert docs, out
    assert not [line for line in out.splitlines()
                if ": header-settings: " in line and "editors" in line and line.split(":", 1)[0] in docs], out
