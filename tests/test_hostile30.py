"""Session 24's hostile round (round 30) on what earlier rounds visited least: session 23's record of
proposals read by retag (in a header TEI writes otherwise, a revisionDesc holding a <listChange>; after
its entry is renamed or merged), retag's own check of its change, the register commands given an id as
the text's pointers write it, names.not-names written as TOML or a keyboard gives it (a block id
unquoted, decomposed letters), the translators' export line damaged or of another version, and
`serve` with a FIFO in the site. Each test failed before its fix."""
from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from conftest import make_project
from triglot.edition import load
from triglot.tei import NS

EDITED = ('<head xml:id="mini.h1">A letter from <persName ref="psn:chicherin">Chicherin</persName></head>',
          '<head xml:id="mini.h1">A letter from Chicherin</head>')
REVIEW = ('<taxonomy xml:id="triglot-review"><category xml:id="review"><catDesc>awaiting review</catDesc>'
          '</category></taxonomy></classDecl>')     # as encode declares it: retag's proposals point at it
RECORD = ('<change type="proposed" when="2026-12-01" who="#resp-editors"><list>'
          '<item><ptr target="#mini.h1" type="persName" subtype="psn:chicherin"/>Chicherin</item>'
          '</list></change>')


def _with_list_change(cli, tmp_path: Path, record: bool) -> Path:
    """tests/roots/mini whose header lists its changes in a <listChange> (TEI P5's other form of a
    revisionDesc, which an editor or another project's TEI uses; `triglot schema` admits it), and whose
    editor removed the tag of Chicherin in the heading, with (record) or without the record of its proposal."""
    root = make_project(tmp_path)
    path = root / "tei" / "mini.xml"
    text = path.read_text(encoding="utf-8")
    assert EDITED[0] in text
    changes = '<change when="2026-12-01" who="#resp-editors">Encoded.</change>' + (RECORD if record else "")
    text = text.replace(EDITED[0], EDITED[1]).replace("</classDecl>", REVIEW).replace(
        "</teiHeader>", f"  <revisionDesc>\n      <listChange>{changes}</listChange>\n    </revisionDesc>\n  </teiHeader>")
    path.write_text(text, encoding="utf-8")
    code, _, err = cli("--root", root, "schema")
    assert code == 0, err
    code, _, err = cli("--root", root, "validate")
    assert code == 0, err
    return root


def test_a_record_of_proposals_inside_a_list_change_is_read(tmp_path, cli):
    """The record was looked for only as a child of revisionDesc: in a <listChange> it was not read,
    retag said the header recorded no proposals and put back the tag the editor had removed."""
    root = _with_list_change(cli, tmp_path, record=True)
    before = (root / "tei" / "mini.xml").read_bytes()
    code, out, err = cli("--root", root, "retag", "mini")
    assert code == 0, err
    assert "mini.h1: persName “Chicherin” (psn:chicherin) proposed before and removed since" in out, out
    assert "records no earlier proposals" not in out
    assert (root / "tei" / "mini.xml").read_bytes() == before


def test_retag_records_its_proposals_inside_the_list_change(tmp_path, cli):
    """retag put its record beside the <listChange>, which TEI does not allow (a revisionDesc holds a
    listChange or changes, not both): it refused to write, so it could never tag such a document."""
    root = _with_list_change(cli, tmp_path, record=False)
    code, out, err = cli("--root", root, "retag", "mini")
    assert code == 0 and "Traceback" not in err, err
    assert "1 proposal(s) to review in mini.h1" in out, out + err
    code, _, err = cli("--root", root, "validate")
    assert code == 0, err
    doc = load(root).document("mini")
    changes = doc.root.findall("t:teiHeader/t:revisionDesc/t:listChange/t:change", NS)
    assert [c.get("type") for c in changes] == [None, "proposed"]


def test_a_review_imported_into_a_document_with_a_list_change_is_recorded_inside_it(tmp_path, cli):
    """`translations import` of a reviewed translation records the review as a <change> of the
    revisionDesc: put beside the <listChange>, the merged document failed the schema and the import
    was refused."""
    root = _with_list_change(cli, tmp_path, record=False)
    code, _, err = cli("--root", root, "translations", "export", "--lang", "ru")
    assert code == 0, err
    po_file = root / "translations" / "ru" / "mini.po"
    text = po_file.read_text(encoding="utf-8")
    old = 'msgid "A test note."\nmsgstr ""'
    assert old in text
    po_file.write_text(text.replace(old, 'msgid "A test note."\nmsgstr "Заметка."'), encoding="utf-8")
    code, _, err = cli("--root", root, "translations", "import", "--resp", "resp-editors", po_file)
    assert code == 0, err
    doc = load(root).document("mini")
    changes = doc.root.findall("t:teiHeader/t:revisionDesc/t:listChange/t:change", NS)
    assert [c.get("type") for c in changes] == [None, "review"]


def test_retag_checks_its_change_against_the_document_as_it_was(tmp_path, cli):
    """retag tagged the document's tree in place, then checked the change against the edition holding
    that same tree: "before" was the changed document, so no project rule the change broke was seen.
    A document whose header declares no `review` category (removed once every proposal was settled)
    was written with proposals pointing at it (ana="#review") and failed `validate`, exit 0."""
    root = make_project(tmp_path)
    path = root / "tei" / "mini.xml"
    path.write_text(path.read_text(encoding="utf-8").replace(*EDITED), encoding="utf-8")
    assert cli("--root", root, "validate")[0] == 0
    before = path.read_bytes()
    code, _, err = cli("--root", root, "retag", "mini")
    assert code == 1 and "Traceback" not in err, err
    assert ": references: @ana='#review': no element with this xml:id in the file (after the change; " \
           "nothing written)" in err and err.startswith("tei/mini.xml:"), err
    assert path.read_bytes() == before


def test_an_entry_given_as_the_texts_pointers_write_it_is_told_its_id(tmp_path, cli):
    """Every `@ref` of the text names an entry with its prefix (ref="psn:chicherin"), which an editor
    copies into `register show`, `merge` or `rename`: "no entry with the id 'psn:chicherin'" said
    nothing of the id the commands want, and nothing of the entry being there."""
    root = make_project(tmp_path)
    before = (root / "tei" / "persons.xml").read_bytes()
    for args in (("show", "psn:chicherin"), ("merge", "psn:chicherin", "chicherin")):
        code, _, err = cli("--root", root, "register", *args)
        assert code == 1 and "Traceback" not in err, err
        assert "no entry with the id 'psn:chicherin' in the registers: give chicherin (an entry's id, " \
               "without the prefix psn: of the text's pointers)" in err, err
    assert (root / "tei" / "persons.xml").read_bytes() == before


def test_a_block_id_written_without_quotes_in_not_names_in_is_told_to_quote_it(tmp_path, cli):
    """`mini.p1 = ["Chicherin"]` under [names.not-names-in] is, to TOML, a table `mini` holding `p1`:
    it was refused as "must be a list of forms, not dict", which says nothing of the quotes a block
    id needs there."""
    root = make_project(tmp_path)
    settings = root / "triglot.toml"
    settings.write_text(settings.read_text(encoding="utf-8") + '\n[names.not-names-in]\nmini.p1 = ["Chicherin"]\n',
                        encoding="utf-8")
    line = settings.read_text(encoding="utf-8").split("\n").index('mini.p1 = ["Chicherin"]') + 1
    code, _, err = cli("--root", root, "check")
    assert code == 1 and "Traceback" not in err, err
    assert f"triglot.toml:{line}: settings: names.not-names-in.mini: TOML reads a block id written without " \
           'quotes (mini.p1 = [...]) as a table: write it in quotes ("mini.p1" = [...])' in err, err


@pytest.mark.parametrize("token", ["3:mini.n1:b3e606d9", "4:mini.n1:b3e606d9937774a7:swlJH9zrUjw:x",
                                   "3:mini.n1:b3e606d9937774a7:not a digest"])
def test_an_export_line_cut_short_or_of_another_version_is_named_not_taken_for_a_tei_change(tmp_path, cli, token):
    """An entry whose `triglot-export:` line a hand or a tool damaged (cut short, an English digest
    edited) or a newer Triglot wrote (version 4) was refused as "changed in the TEI since export",
    which the TEI was not: the line cannot say what the slot was, and the message must say so."""
    root = make_project(tmp_path)
    code, _, err = cli("--root", root, "translations", "export", "--lang", "ru")
    assert code == 0, err
    po_file = root / "translations" / "ru" / "mini.po"
    text = po_file.read_text(encoding="utf-8")
    exported = next(line for line in text.split("\n") if line.startswith("# triglot-export: 3:mini.n1:"))
    text = text.replace(exported, "# resp: resp-draft-ru\n#, fuzzy\n# triglot-export: " + token)
    po_file.write_text(text.replace('msgid "A test note."\nmsgstr ""', 'msgid "A test note."\nmsgstr "Заметка."'),
                       encoding="utf-8")
    before = (root / "tei" / "mini.xml").read_bytes()
    code, _, err = cli("--root", root, "translations", "import", po_file)
    assert code == 1 and "Traceback" not in err, err
    assert f": conflict: mini.n1: its `# triglot-export:` line ({token!r}) is not one this version of Triglot " \
           "writes" in err, err
    assert "changed in the TEI since export" not in err
    assert (root / "tei" / "mini.xml").read_bytes() == before


def test_a_form_listed_as_no_name_in_decomposed_letters_is_honoured(tmp_path, cli):
    """A form of names.not-names typed with a combining accent (e + U+0301, as some keyboards and
    macOS tools write it) looks like the text's "Chichérin" but was compared as other characters:
    `check` went on listing the name, and told the editor to list the very form already listed."""
    root = make_project(tmp_path)
    code, _, err = cli("--root", root, "register", "variant", "chicherin", "en=Chichérin")
    assert code == 0, err
    doc, seed = root / "tei" / "mini.xml", root / "seeds" / "mini.txt"
    doc.write_text(doc.read_text(encoding="utf-8").replace(EDITED[0], EDITED[1].replace("Chicherin", "Chichérin")),
                   encoding="utf-8")
    seed.write_text(seed.read_text(encoding="utf-8").replace("Chicherin", "Chichérin", 1), encoding="utf-8")
    code, out, err = cli("--root", root, "check", "--rule", "untagged-name")
    assert "untagged-name: “Chichérin” is a name of psn:chicherin" in out, out + err
    settings = root / "triglot.toml"
    decomposed = unicodedata.normalize("NFD", "Chichérin")
    settings.write_text(settings.read_text(encoding="utf-8") + f'\n[names]\nnot-names = ["{decomposed}"]\n',
                        encoding="utf-8")
    code, out, err = cli("--root", root, "check", "--rule", "untagged-name")
    assert "untagged-name:" not in out and "nothing found" in out + err, out + err


def test_a_fifo_in_the_served_site_is_answered_404_not_waited_on(tmp_path, monkeypatch):
    """`triglot serve` opened whatever the path named: a FIFO in the site (a tool's pipe, or planted)
    held the request's thread until a writer came, for ever; the client waited with it."""
    import http.client
    import os
    import threading

    from triglot.web import serve
    site = tmp_path / "web"
    site.mkdir()
    (site / "index.html").write_text("<!DOCTYPE html><title>t</title>", encoding="utf-8")
    os.mkfifo(site / "pipe.json")
    os.mkfifo(site / "page.html")
    (site / "sub").mkdir()
    os.mkfifo(site / "sub" / "index.html")
    monkeypatch.setattr(serve.QuietHandler, "timeout", 1)
    for live in (False, True):
        srv = serve.make_server(site, 0, state=object() if live else None)
        threading.Thread(target=srv.serve_forever, daemon=True).start()
        try:
            for path in ("/pipe.json", "/page.html", "/sub/"):
                conn = http.client.HTTPConnection("127.0.0.1", srv.server_address[1], timeout=5)
                conn.request("GET", path)
                assert conn.getresponse().status == 404     # before the fix: socket.timeout
                conn.close()
        finally:
            srv.shutdown()
            srv.server_close()


def _recorded_and_removed(tmp_path) -> Path:
    """tests/roots/mini as encode leaves it for an editor (the review category declared, the record of
    proposals kept) after the editor removed the proposed tag of Chicherin in the heading."""
    root = make_project(tmp_path)
    path = root / "tei" / "mini.xml"
    text = path.read_text(encoding="utf-8").replace(*EDITED).replace("</classDecl>", REVIEW)
    path.write_text(text.replace("</teiHeader>", f"<revisionDesc>{RECORD}</revisionDesc></teiHeader>"), encoding="utf-8")
    return root


@pytest.mark.parametrize("how", ["rename", "merge"])
def test_a_tag_removed_stays_removed_after_its_entry_is_renamed_or_merged(tmp_path, cli, how):
    """The record names the entry proposed (ptr subtype="psn:chicherin"); `register rename` and `merge`
    moved every pointer but not it, and retag, proposing the same words for the entry's new id, put
    back the tag the editor had removed."""
    root = _recorded_and_removed(tmp_path)
    if how == "merge":
        code, _, err = cli("--root", root, "register", "add", "person", "georgy-chicherin", "--name",
                           "en=Georgy Chicherin", "--name", "ru=Георгий Чичерин", "--name", "hy=Գեորգի Չիչերին")
        assert code == 0, err
        code, _, err = cli("--root", root, "register", "merge", "chicherin", "georgy-chicherin")
    else:
        code, _, err = cli("--root", root, "register", "rename", "chicherin", "georgy-chicherin")
    assert code == 0, err
    assert 'subtype="psn:georgy-chicherin"' in (root / "tei" / "mini.xml").read_text(encoding="utf-8")
    code, out, err = cli("--root", root, "retag", "mini")
    assert code == 0, err
    assert "mini.h1: persName “Chicherin” (psn:georgy-chicherin) proposed before and removed since" in out, out
