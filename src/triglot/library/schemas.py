"""The schemas the exports are checked against, compiled once per process."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from lxml import etree

from triglot.xmlio import relaxng

CMIF_RNG = "tei/schema/cmif.rng"
OAI_DC_RNG = Path(__file__).with_name("oai_dc.rng")


@lru_cache(maxsize=2)
def cmif_rng(root: Path) -> etree.RelaxNG:
    """CMIF v2 (tei/schema/cmif.rng): correspSearch's own schema."""
    from triglot.resources import find
    return relaxng(find(root, CMIF_RNG))


@lru_cache(maxsize=1)
def oai_dc_rng() -> etree.RelaxNG:
    """oai_dc as OAI-PMH defines it: the fifteen DC elements, any order, optional xml:lang."""
    return relaxng(OAI_DC_RNG)
