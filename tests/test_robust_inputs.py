"""Hostile and broken files: refused with `file:line: rule: message`, exit 1, files untouched (issue 19).

Each test reproduces one failure of the issue on the fixture edition tests/roots/mini
or a copy of the real project; the timeouts only keep a regression (a hang) from
stalling the suite.
"""
from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import copy_project, make_project

LINE = re.compile(r"^\S+:\d+: [\w-]+: .+", re.M)


def triglot(root: Path, *args, timeout: float = 60) -> subprocess.CompletedProcess:
    """Run the real command in its own process (a hang or a traceback shows as such)."""
    return subprocess.run([sys.executable, "-m", "triglot", "--root", str(root), *map(str, args)],
                          capture_output=True, text=True, timeout=timeout,
                          env={**os.environ, "TRIGLOT_LOCK_WAIT": "5"})


def refused(result: subprocess.CompletedProcess, *expected: str, status: int = 1) -> str:
    """The run failed cleanly: exit `status` (1; 2 for a --check whose 1 says "would change"), a
    file:line: rule: message line holding `expected`, no traceback."""
    out = result.stdout + result.stderr
    assert result.returncode == status, out
    assert "Traceback" not in out, out
    lines = LINE.findall(out)
    assert lines, out
    for text in expected:
        assert any(text in line for line in lines), out
    return out


def tei_bytes(root: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted((root / "tei").glob("*.xml")) if p.is_file()}


@pytest.fixture
def project(tmp_path) -> Path:
    return make_project(tmp_path, "mini")


def with_main(root: Path, old: str, new: str) -> None:
    path = root / "tei" / "mini.xml"
    data = path.read_text(encoding="utf-8")
    assert old in data
    path.write_text(data.replace(old, new, 1), encoding="utf-8")


# 1. size and nesting limits

def test_a_tei_file_over_the_size_limit_is_refused_before_it_is_parsed(project):
    from triglot.xmlio import MAX_XML_BYTES
    path = project / "tei" / "mini.xml"
    data = path.read_bytes()
    padding = b"<!-- " + b"x" * (MAX_XML_BYTES - len(data)) + b" -->\n"
    path.write_bytes(data.replace(b"<TEI ", padding + b"<TEI ", 1))
    started = time.monotonic()
    refused(triglot(project, "validate"), "tei/mini.xml:0: limit:")
    assert time.monotonic() - started < 30


def test_nesting_deeper_than_the_limit_is_refused_at_its_line(project):
    from triglot.xmlio import MAX_DEPTH
    deep = "<hi>" * MAX_DEPTH + "x" + "</hi>" * MAX_DEPTH
    with_main(project, "wrote from", f"wrote {deep} from")
    refused(triglot(project, "validate"), "limit: elements nested")


def test_a_text_longer_than_the_entry_limit_is_refused(project):
    from triglot.xmlio import MAX_TEXT_CHARS
    with_main(project, "wrote from", "wrote " + "word " * (MAX_TEXT_CHARS // 5 + 1))
    refused(triglot(project, "validate"), "limit: a text or attribute value")


# 2. only regular files

@pytest.mark.parametrize("command", [("validate",), ("check",), ("translations", "status"), ("schema", "--check")])
def test_a_fifo_in_tei_is_refused_instead_of_hanging(project, command):
    os.mkfifo(project / "tei" / "pipe.xml")
    refused(triglot(project, *command, timeout=60), "tei/pipe.xml:0: read: not a regular file",
            status=2 if "--check" in command else 1)


def test_a_link_to_dev_zero_is_refused_instead_of_filling_memory(project):
    (project / "tei" / "zero.xml").symlink_to("/dev/zero")
    refused(triglot(project, "validate"), "tei/zero.xml:0: read: not a regular file")


def test_a_fifo_among_the_translations_is_refused(project):
    (project / "translations" / "ru").mkdir(parents=True)
    os.mkfifo(project / "translations" / "ru" / "mini.po")
    before = tei_bytes(project)
    refused(triglot(project, "translations", "import"), "translations/ru/mini.po:0: read: not a regular file")
    assert tei_bytes(project) == before


# 3, 4. user-supplied regular expressions

def test_a_catastrophic_prefix_pattern_is_refused_without_being_run(project):
    with_main(project, 'ident="psn" matchPattern="([a-z0-9\\-]+)"', 'ident="psn" matchPattern="(a+)+$"')
    with_main(project, 'ref="psn:', 'ref="psn:' + "a" * 40 + "!")
    for command in (("validate",), ("check",)):
        started = time.monotonic()
        out = refused(triglot(project, *command), "pattern: <prefixDef matchPattern='(a+)+$'> is refused")
        assert time.monotonic() - started < 30
        assert "unknown pointer prefix" not in out   # reported once, at the prefixDef


@pytest.mark.parametrize("match, replacement, why", [
    ("([a-z", "persons.xml#$1", "is not closed"),
    ("(?:a)", "persons.xml#$1", "extensions are not supported"),
    ("([a-z]+)", "persons.xml#$2", "'$2' in the replacementPattern names no group"),
    ("([a-z]+)", "persons.xml#\\1", "backslash"),
    ("(a|b)", "persons.xml#$1", "alternation"),
])
def test_an_invalid_pattern_is_a_problem_at_its_line_not_a_traceback(project, match, replacement, why):
    with_main(project, 'matchPattern="([a-z0-9\\-]+)" replacementPattern="persons.xml#$1"',
              f'matchPattern="{match}" replacementPattern="{replacement}"')
    refused(triglot(project, "validate"), "tei/mini.xml:28: pattern:", why)


def test_the_pattern_forms_the_edition_writes_are_supported():
    from triglot.patterns import expand
    assert expand(r"([a-z0-9\-]+)", "persons.xml#$1", "chicherin") == "persons.xml#chicherin"
    assert expand("(.+)", "https://w3id.org/triglot/x#$1", "x.p1") == "https://w3id.org/triglot/x#x.p1"
    assert expand(r"([a-z][a-z0-9\-]*)#(\S+)", "https://w3id.org/triglot/$1#$2", "doc#p1") == \
        "https://w3id.org/triglot/doc#p1"
    assert expand(r"([a-z0-9\-]+)", "persons.xml#$1", "Upper") is None


# 5. check on unreadable files

def test_check_fails_on_a_file_it_cannot_parse_and_invents_no_unused_entries(project):
    with_main(project, "</TEI>", "")
    out = refused(triglot(project, "check"), "tei/mini.xml:")
    assert "unused" not in out


# 6. schema with a malformed file

def test_schema_reports_a_malformed_file_instead_of_crashing(project):
    with_main(project, "</TEI>", "")
    before = {p.name: p.read_bytes() for p in (project / "tei" / "schema").iterdir()}
    refused(triglot(project, "schema"), "tei/mini.xml:", "well-formed")
    assert {p.name: p.read_bytes() for p in (project / "tei" / "schema").iterdir()} == before


# 7. a register named on the command line

def test_validating_the_untouched_register_finds_nothing(tmp_path):
    root = copy_project(tmp_path)
    result = triglot(root, "validate", root / "tei" / "persons.xml")
    assert result.returncode == 0, result.stdout + result.stderr


def test_validating_a_register_finds_a_missing_base_language_name(tmp_path):
    root = copy_project(tmp_path)
    path = root / "tei" / "persons.xml"
    data = path.read_text(encoding="utf-8")
    cut = re.sub(r'\s*<persName xml:lang="en"[^>]*>(?:(?!</persName>).)*</persName>', "", data, count=1, flags=re.S)
    assert cut != data
    path.write_text(cut, encoding="utf-8")
    refused(triglot(root, "validate", path), "registers:", "no name in en (the base language)")


# 17, 18, 19. encode and --root

def test_encode_refuses_a_seed_holding_a_character_xml_forbids(project):
    seed = project / "seeds" / "bad.txt"
    seed.write_text("A letter\nFrom Moscow \ufffe to Kars\n", encoding="utf-8")
    refused(triglot(project, "encode", seed, "--id", "bad"), "seeds/bad.txt:2: seed:", "U+FFFE")
    assert not (project / "tei" / "bad.xml").exists()


def test_encode_refuses_a_folder_as_output(project):
    before = tei_bytes(project)
    refused(triglot(project, "encode", project / "seeds" / "mini.txt", "--id", "other", "--force",
                    "--output", project / "tei"), "encode: --output names a folder")
    assert tei_bytes(project) == before


def test_a_root_that_is_not_a_project_is_reported(tmp_path):
    refused(triglot(tmp_path, "validate"), "edition: not a Triglot edition")
