"""A real CAT tool: the Russian PO files through OmegaT (Debian's omegat, console mode) and back.

The OmegaT project is what a translator sets up: the exported PO files as source, the
memory `triglot translations tmx --inline text` in tm/auto (OmegaT inserts its exact
matches), the placeholders declared as custom tags (Preferences > Tag Processing), and
tag validation on. OmegaT writes every translation without the fuzzy flag and every fuzzy
entry it has no translation for as an empty msgstr; import takes its files with
`--draft` (and `--resp` for who did the work), with all its usual checks.
"""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import polib
import pytest
from lxml import etree

from conftest import copy_project
from triglot.cli import main
from triglot.edition import load, slot_state
from triglot.translate.importer import import_files
from triglot.translate.tmx import tmx_path

OMEGAT_JAR = Path("/usr/share/omegat/OmegaT.jar")     # Debian's omegat package (APT_TEST)
PROJECT = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<omegat>
  <project version="1.0">
    <source_dir>__DEFAULT__</source_dir>
    <target_dir>__DEFAULT__</target_dir>
    <tm_dir>__DEFAULT__</tm_dir>
    <glossary_dir>__DEFAULT__</glossary_dir>
    <glossary_file>__DEFAULT__</glossary_file>
    <dictionary_dir>__DEFAULT__</dictionary_dir>
    <source_lang>en</source_lang>
    <target_lang>ru</target_lang>
    <source_tok>org.omegat.tokenizer.LuceneEnglishTokenizer</source_tok>
    <target_tok>org.omegat.tokenizer.LuceneRussianTokenizer</target_tok>
    <sentence_seg>false</sentence_seg>
    <support_default_translations>true</support_default_translations>
    <remove_tags>false</remove_tags>
  </project>
</omegat>
"""
# Preferences > Tag Processing: custom tags make the placeholders <1>, </1>, <2/> tags; loose tag
# ordering lets them move (a translation reorders names and dates; import allows it too).
PREFS = """<?xml version="1.0" encoding="UTF-8" ?>
<omegat>
  <preference version="1.0">
    <tagValidation_customPattern>&lt;/?[0-9]+/?&gt;</tagValidation_customPattern>
    <loose_tag_ordering>true</loose_tag_ordering>
  </preference>
</omegat>
"""
DOC = "legran-letter-to-chicherin"


@pytest.fixture(scope="module")
def edition(tmp_path_factory) -> Path:
    root = copy_project(tmp_path_factory.mktemp("omegat") / "edition")
    assert main(["--root", str(root), "translations", "export", "--lang", "ru"]) == 0
    assert main(["--root", str(root), "translations", "tmx", "--lang", "ru", "--inline", "text"]) == 0
    return root


def omegat(edition: Path, work: Path, memory: bytes | None) -> tuple[subprocess.CompletedProcess, Path]:
    """Run OmegaT's console translation on a project of the Russian PO files; (result, target folder)."""
    project = work / "project"
    for folder in ("source", "target", "tm/auto", "glossary", "dictionary", "omegat"):
        (project / folder).mkdir(parents=True)
    (project / "omegat.project").write_text(PROJECT, encoding="utf-8")
    for po_file in sorted((edition / "translations" / "ru").glob("*.po")):
        shutil.copy(po_file, project / "source")
    if memory is not None:
        (project / "tm" / "auto" / "memory.tmx").write_bytes(memory)
    config = work / "config"
    config.mkdir()
    (config / "omegat.prefs").write_text(PREFS, encoding="utf-8")
    result = subprocess.run(["java", "-jar", str(OMEGAT_JAR), str(project), "--mode=console-translate",
                             f"--config-dir={config}", "--disable-project-locking", "--no-team", "--quiet",
                             "--tag-validation=abort"], capture_output=True, text=True, timeout=300)
    return result, project / "target"


def memory(edition: Path, change: dict[str, str] | None = None) -> bytes:
    """The edition's text memory, with {tuid: new Russian} applied (another translator's memory)."""
    tree = etree.parse(str(tmx_path(edition, "ru", inline="text")))
    for tuid, text in (change or {}).items():
        tree.find(f".//tu[@tuid='{tuid}']/tuv[2]/seg").text = text
    return etree.tostring(tree, encoding="UTF-8", xml_declaration=True)


@pytest.fixture(scope="module")
def translated(edition, tmp_path_factory) -> Path:
    result, target = omegat(edition, tmp_path_factory.mktemp("run"), memory(edition))
    assert result.returncode == 0, result.stdout + result.stderr
    return target


def test_omegat_fills_every_entry_from_the_memory_with_its_placeholders(edition, translated):
    sources = sorted((edition / "translations" / "ru").glob("*.po"))
    assert [p.name for p in sorted(translated.glob("*.po"))] == [p.name for p in sources]
    for source in sources:
        exported = {e.msgctxt: e.msgstr for e in polib.pofile(str(source))}
        written = {e.msgctxt: e.msgstr for e in polib.pofile(str(translated / source.name))}
        assert written == exported, source.name


def test_the_files_omegat_writes_import_as_drafts_with_nothing_to_change(edition, translated):
    files = sorted(translated.glob("*.po"))
    result = import_files(load(edition), files, write=False, draft=True)
    assert result.problems == [] and result.kept == [] and result.written == []
    assert len(result.unchanged) == len(files)


def test_without_draft_the_unflagged_drafts_are_refused_and_nothing_is_written(edition, translated):
    """OmegaT drops the fuzzy flag: read as it is, each entry claims a review by the machine drafter."""
    before = (edition / "tei" / f"{DOC}.xml").read_bytes()
    result = import_files(load(edition), [translated / f"{DOC}.po"])
    assert result.problems and {p.rule for p in result.problems} == {"resp"}
    assert all(p.file.endswith(f"{DOC}.po") and p.line > 0 for p in result.problems)
    assert (edition / "tei" / f"{DOC}.xml").read_bytes() == before


def test_a_translation_from_the_memory_is_imported_as_a_draft_of_the_named_translator(edition, tmp_path):
    root = copy_project(tmp_path / "edition")
    shutil.copytree(edition / "translations", root / "translations")
    new = "Письмо <1>Б. Леграна</1> <2>Г. Чичерину</2>"
    result, target = omegat(root, tmp_path, memory(root, {"legran1920.h2.ru": new}))
    assert result.returncode == 0, result.stdout
    outcome = import_files(load(root), [target / f"{DOC}.po"], draft=True, resp="resp-editors")
    assert outcome.problems == [] and [p.name for p in outcome.written] == [f"{DOC}.xml"]
    slot = load(root).document(DOC).slots["ru"]["legran1920.h2"]
    assert "".join(slot.itertext()) == "Письмо Б. Леграна Г. Чичерину"
    assert slot_state(slot) == "draft" and slot.get("resp") == "#resp-editors"
    others = [s for bid, s in load(root).document(DOC).slots["ru"].items() if bid != "legran1920.h2"]
    assert {s.get("resp") for s in others} == {"#resp-draft-ru"}     # unchanged entries keep theirs


def test_omegat_refuses_a_memory_translation_that_drops_a_placeholder(edition, tmp_path):
    broken = memory(edition, {"legran1920.h2.ru": "Письмо Леграна <2>Чичерину</2>"})
    result, target = omegat(edition, tmp_path, broken)
    assert result.returncode != 0 and "Tag validation failed" in result.stdout
    assert "Missing: </1>" in result.stdout and not list(target.glob("*.po"))


def test_without_a_memory_omegat_empties_the_drafts_and_import_keeps_them(edition, tmp_path):
    """OmegaT does not load fuzzy entries: it writes them back empty. Nothing is erased."""
    result, target = omegat(edition, tmp_path, None)
    assert result.returncode == 0, result.stdout
    written = polib.pofile(str(target / f"{DOC}.po"))
    assert {e.msgstr for e in written} == {""}
    before = (edition / "tei" / f"{DOC}.xml").read_bytes()
    outcome = import_files(load(edition), [target / f"{DOC}.po"], draft=True)
    assert outcome.problems == [] and outcome.written == []
    assert len(outcome.kept) == len(written) and {k.rule for k in outcome.kept} == {"kept-translation"}
    assert (edition / "tei" / f"{DOC}.xml").read_bytes() == before
