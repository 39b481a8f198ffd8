"""The gettext templates are what extraction from the source gives (issue #20, notes22 item 5).

`translations/ui/editor.pot` (the words the editing commands write into the TEI) was kept by hand,
with nothing to say when a new editor string was added without it; `ui.pot` was extracted by the
README's pybabel command, but by hand too, and had drifted (a msgid no code used any more, two entries
out of extraction order). Both are now extracted, each from its own mapping file and keywords (as
translations/ui/README.md gives the commands), and this test extracts them again and compares: a new
string in the code, a removed one or a changed translators' comment makes it fail, naming the template
and the command that brings it up to date."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT

PYBABEL = Path(sys.executable).parent / "pybabel"
# domain -> (mapping file, extraction options): what translations/ui/README.md says to run
DOMAINS = {
    "ui": ("translations/ui/babel.cfg", ["-k", "gettext:3", "-k", "N_", "-k", "word"]),
    "editor": ("translations/ui/babel-editor.cfg", ["--no-default-keywords", "-k", "editor_word", "-c", "TRANSLATORS:"]),
}


def extracted(tree: Path, domain: str, out: Path) -> str:
    """The template of `domain` extracted from the source under `tree`, laid out as msgcat writes it,
    without its creation date (the one line an extraction changes by itself)."""
    cfg, options = DOMAINS[domain]
    run = subprocess.run([str(PYBABEL), "extract", "-F", cfg, *options, "--no-location", "--sort-output", "--no-wrap",
                          "--project=Triglot", "--msgid-bugs-address=Triglot project", "-o", str(out), "."],
                         cwd=tree, capture_output=True, text=True, timeout=300,
                         env={"PYTHONPATH": str(ROOT / "src"), "PATH": "/usr/bin:/bin"})
    assert run.returncode == 0, run.stderr
    subprocess.run(["msgcat", str(out), "-o", str(out)], check=True, timeout=60)
    return _undated(out.read_text("utf-8"))


def _undated(text: str) -> str:
    return "".join(line for line in text.splitlines(keepends=True) if not line.startswith('"POT-Creation-Date:'))


@pytest.mark.parametrize("domain", sorted(DOMAINS))
def test_the_template_is_what_extraction_gives(domain, tmp_path):
    template = ROOT / "translations" / "ui" / f"{domain}.pot"
    assert extracted(ROOT, domain, tmp_path / f"{domain}.pot") == _undated(template.read_text("utf-8")), (
        f"{template.relative_to(ROOT)} is not what extraction gives: run the commands of translations/ui/README.md "
        f"for the {domain!r} domain (pybabel extract -F {DOMAINS[domain][0]} …, msgcat, msgmerge)")


def test_a_new_editor_string_without_the_template_is_found(tmp_path):
    """The comparison can fail: the editing commands' code with one more string marked for the
    editor domain gives a template that is not the committed one, and names the new msgid."""
    tree = tmp_path / "tree"
    shutil.copytree(ROOT / "src" / "triglot" / "editor", tree / "src" / "triglot" / "editor")
    (tree / "translations" / "ui").mkdir(parents=True)
    shutil.copy(ROOT / DOMAINS["editor"][0], tree / DOMAINS["editor"][0])
    (tree / "src" / "triglot" / "editor" / "split_words.py").write_text(
        "from triglot.i18n import editor_word\n\n"
        "# TRANSLATORS: triglot register split: the note an entry split off begins with these words\n"
        "SPLIT_NOTE = editor_word(\"Split off from the entry {entry}: {note}\")\n", "utf-8")
    found = extracted(tree, "editor", tmp_path / "editor.pot")
    committed = _undated((ROOT / "translations/ui/editor.pot").read_text("utf-8"))
    assert found != committed
    assert 'msgid "Split off from the entry {entry}: {note}"' in found
    assert "From the entry {entry}, merged into this one: {note}" in found      # the one there was, kept


def test_every_language_has_the_editor_templates_strings():
    """msgmerge brought the catalogs up to the template: each language's editor.po has its msgids."""
    import polib
    template = {e.msgid for e in polib.pofile(str(ROOT / "translations/ui/editor.pot"))}
    for lang in ("en", "ru", "hy"):
        catalog = {e.msgid for e in polib.pofile(str(ROOT / f"translations/ui/{lang}/LC_MESSAGES/editor.po"))
                   if not e.obsolete}
        assert catalog == template, lang
