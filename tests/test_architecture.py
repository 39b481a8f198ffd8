"""The data flows one way: seeds → TEI → (validate, translate) → outputs (web, print, library).

A stage that reads the TEI must never import an output: when validation imported the
library export to check a header's URL, a change to the export could change what
validate reports. The facts both need live upstream (triglot/addresses.py).
"""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "triglot"
UPSTREAM = ("editor", "validate", "translate", "schema", "addresses", "edition", "tei", "settings", "order")
OUTPUTS = {"web", "print", "library", "build"}


def imported_stages(module: Path) -> set[str]:
    """The triglot top-level modules or packages a file imports (at any depth of the file)."""
    names = set()
    for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("triglot."):
            names.add(node.module.split(".")[1])
        elif isinstance(node, ast.ImportFrom) and node.level >= 2 and node.module:
            names.add(node.module.split(".")[0])
        elif isinstance(node, ast.Import):
            names.update(a.name.split(".")[1] for a in node.names if a.name.startswith("triglot."))
    return names


def files_of(stage: str) -> list[Path]:
    folder = PACKAGE / stage
    return sorted(folder.rglob("*.py")) if folder.is_dir() else [PACKAGE / f"{stage}.py"]


@pytest.mark.parametrize("stage", UPSTREAM)
def test_a_stage_before_the_outputs_imports_no_output(stage):
    wrong = {f"{f.relative_to(PACKAGE)} imports {sorted(imported_stages(f) & OUTPUTS)}"
             for f in files_of(stage) if imported_stages(f) & OUTPUTS}
    assert not wrong


def test_print_is_made_from_the_edition_not_from_the_web_or_library_outputs():
    wrong = [f for f in files_of("print") if imported_stages(f) & {"web", "library"}]
    assert not wrong


def test_the_import_reader_sees_an_upstream_import_of_an_output(tmp_path):
    module = tmp_path / "m.py"
    module.write_text("def f():\n    from triglot.library.identifiers import x\n    from ..web import y\n")
    assert imported_stages(module) == {"library", "web"}
