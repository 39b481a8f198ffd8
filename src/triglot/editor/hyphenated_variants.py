"""A name spelt with a hyphen where the register writes it as one word: "Trans-Caucasia" for "Transcaucasia".

Why: the period's print hyphenates a prefix the register's modern form joins ("Trans-Caucasia", "Trans-Caspia",
"Azer-baijan" apart), and `NameIndex.variant_candidates` compared the name as written, so the editor was
offered a new place entry `trans-caucasia` beside the registered `plc:transcaucasia` (session 27's journey,
a Hansard answer headed "Trans-Caucasia"; test11's and test12's texts print it so too). The hyphen taken out
and the letter after it lower-cased gives the one-word form; when a register holds it, the entry is offered
as the name's variant, for the editor to confirm, never merged.
"""
from __future__ import annotations

import re

# a hyphen (or an en dash) between a lower-case letter and a capital before a lower-case one: "Trans-Caucasia"
# ("TRANS-CAUCASIA" in capitals is left: its case says nothing of the register's)
JOINED = re.compile(r"(?<=[a-z])[-‐–]([A-Z])(?=[a-z])")


def without_hyphens(name: str) -> str | None:
    """The name with each hyphen before a capital taken out and that capital lower-cased, or None if it has none."""
    joined = JOINED.sub(lambda m: m[1].lower(), name)
    return joined if joined != name else None
