"""Journey 23e: an editor brings two new texts (tests/data/journey23e/) through encode, the register
commands, retag, the PO workflow and the builds, reading only the documentation. Each test failed
before its fix."""
from __future__ import annotations

from test_editor_register import project, snapshot  # noqa: F401 (the edition with its translations)

from triglot.edition import load
from triglot.tei import NS

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def test_a_merged_form_flagged_uncertain_stays_flagged(cli, project):
    """An entry added with `--uncertain ru` (its Russian form a guess, "Кук-Коллис") and merged into
    another became a plain Russian variant: the cert="low" was dropped, so the unchecked form read as
    checked and `check --rule register-gap` no longer listed it."""
    code, _, err = cli("--root", project, "register", "add", "person", "chicherin-g", "--name", "en=G. Chicherin",
                       "--name", "ru=Г. Чичерин-Орнатский", "--name", "hy=Գ. Չիչերին", "--uncertain", "ru")
    assert code == 0, err
    code, _, err = cli("--root", project, "register", "merge", "chicherin-g", "chicherin")
    assert code == 0, err
    el = load(project).registers["persons"].entries["chicherin"].element
    variants = {v.text: v.get("cert") for v in el.iterfind("t:persName[@type='variant']", NS)
                if v.get(XML_LANG) == "ru"}
    assert variants.get("Г. Чичерин-Орнатский") == "low", variants
    code, out, _ = cli("--root", project, "check", "--rule", "register-gap")
    assert "chicherin: persName@ru “Г. Чичерин-Орнатский” is flagged cert=\"low\"" in out, out
