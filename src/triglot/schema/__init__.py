"""The project schema: a tei_all subset (RELAX NG) and its Schematron rules.

Both are derived from tei/schema/tei_all.rng by `triglot schema` and committed;
`project_rng()` and `schematron_executable()` compile them once per process.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from lxml import etree

from triglot.xmlio import relaxng

SCHEMA_DIR = "tei/schema"
TEI_ALL = "tei_all.rng"
PROJECT_RNG = "triglot.rng"
PROJECT_SCH = "triglot.sch"
PROJECT_SCH_XSL = "triglot.sch.xsl"
CMIF_RNG = "cmif.rng"
CMIF_SCH_XSL = "cmif.sch.xsl"   # the Schematron rules embedded in cmif.rng, compiled


def schema_dir(root: Path) -> Path:
    """The edition's schema folder (where `triglot schema` writes)."""
    return Path(root) / SCHEMA_DIR


def schema_file(root: Path, name: str) -> Path:
    """The edition's copy of a schema file if it has one, else the one the toolkit ships."""
    from triglot.resources import find
    return find(root, f"{SCHEMA_DIR}/{name}")


@lru_cache(maxsize=4)
def project_rng(root: Path) -> etree.RelaxNG:
    return relaxng(schema_file(root, PROJECT_RNG))


@lru_cache(maxsize=2)
def tei_all_rng(root: Path) -> etree.RelaxNG:
    """The full tei_all grammar: 7-9 s to compile, so only tests and `--full` use it."""
    return relaxng(schema_file(root, TEI_ALL))


@lru_cache(maxsize=4)
def schematron_executable(root: Path, name: str = PROJECT_SCH_XSL):
    """Compiled Schematron rules (the project's, or CMIF's), as a saxonche executable."""
    from triglot.xslt import compile_stylesheet
    return compile_stylesheet(schema_file(root, name))
