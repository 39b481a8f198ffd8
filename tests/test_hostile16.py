"""Session 16's hostile round: session 15's additions (`import-tei` above all, the most hostile input
the toolkit reads: files from other projects) used by a careless or hostile user. Each test failed
before its fix."""
from __future__ import annotations

import pytest

from test_import_tei import _new, _run, _snapshot

HEADER = ('<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>x</title></titleStmt>'
          '<publicationStmt><publisher>Q</publisher><availability><licence '
          'target="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</licence></availability>'
          '</publicationStmt><sourceDesc><p>s</p></sourceDesc></fileDesc></teiHeader>\n')


def _source(tmp_path, body: str, name: str = "source.xml"):
    path = tmp_path / name
    path.write_text(HEADER + f"<text><body>{body}</body></text></TEI>\n", encoding="utf-8")
    return path


# ---------------------------------------------------------------- an id that is a register's file

@pytest.mark.parametrize("command", ["import-tei", "encode"])
def test_a_document_is_never_written_over_a_register_even_with_force(tmp_path, capsys, command):
    """`import-tei SOURCE --id persons --force` replaced tei/persons.xml, the persons register, with a
    document: every name of the edition lost its entry, and validate then spoke only of a seed no
    document encodes. `encode --id persons --force` did the same. A register is not a document."""
    edition = _new(tmp_path)
    if command == "import-tei":
        source = _source(tmp_path, "<p>a</p>")
    else:
        source = tmp_path / "seed.txt"
        source.write_text("A text.\n", encoding="utf-8")
    before = _snapshot(edition)
    capsys.readouterr()
    assert _run("--root", edition, command, source, "--id", "persons", "--force") == 1
    err = capsys.readouterr().err
    assert f"tei/persons.xml:0: {command}: persons.xml is the register 'persons'" in err, err
    assert "Traceback" not in err
    assert _snapshot(edition) == before
