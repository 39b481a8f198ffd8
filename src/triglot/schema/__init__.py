"""The project schema: a tei_all subset (RELAX NG) and its Schematron rules.

Both are derived from tei/schema/tei_all.rng by `triglot schema` and committed;
`project_rng()` and `schematron_executable()` compile them once per process and version of the file.
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


def stamp(root: Path, name: str) -> tuple[str, int, int]:
    """Which version of a schema file is in use: its path, modification time and size. Compiled
    schemas are kept per stamp, so a process that lives on (`serve --watch`, tests) sees
    `triglot schema` regenerate them."""
    path = schema_file(root, name)
    try:
        st = path.stat()
    except OSError:
        return str(path), 0, 0
    return str(path), st.st_mtime_ns, st.st_size


def project_rng(root: Path) -> etree.RelaxNG:
    return _relaxng(stamp(root, PROJECT_RNG))


@lru_cache(maxsize=4)
def _relaxng(version: tuple[str, int, int]) -> etree.RelaxNG:
    return relaxng(Path(version[0]))


@lru_cache(maxsize=2)
def tei_all_rng(root: Path) -> etree.RelaxNG:
    """The full tei_all grammar: 7-9 s to compile, so only tests and `--full` use it."""
    return relaxng(schema_file(root, TEI_ALL))


def schematron_executable(root: Path, name: str = PROJECT_SCH_XSL):
    """Compiled Schematron rules (the project's, or CMIF's), as a saxonche executable."""
    return _schematron(stamp(root, name))


@lru_cache(maxsize=4)
def _schematron(version: tuple[str, int, int]):
    from triglot.xslt import compile_stylesheet
    return compile_stylesheet(Path(version[0]))
