"""A corpus N times the edition, for benchmarks that must show how a cost grows.

Each document is copied N times with new ids (and so new URLs); the registers named in
the settings are shared, copied once. The copies are what an edition of that size would
be to every command: their own files, ids and pointers.
"""
from __future__ import annotations

import re
import shutil
from pathlib import Path


def scaled_copy(root: Path, target: Path, copies: int, translations: bool = False) -> Path:
    """The edition at `root` with each document `copies` times, written to `target`."""
    from triglot.settings import load as load_settings
    (target / "tei").mkdir(parents=True)
    shutil.copy(root / "triglot.toml", target / "triglot.toml")
    if translations and (root / "translations").is_dir():
        shutil.copytree(root / "translations", target / "translations")
    registers = {r.file for r in load_settings(root).registers}
    for path in sorted((root / "tei").glob("*.xml")):
        if path.name in registers:
            shutil.copy(path, target / "tei" / path.name)
            continue
        text = path.read_text("utf-8")
        doc_id = re.search(r'<TEI[^>]*xml:id="([^"]+)"', text).group(1)
        for n in range(copies):
            new = f"{doc_id}x{n}"
            (target / "tei" / f"{path.stem}-{n}.xml").write_text(
                re.sub(rf'(["#/]){re.escape(doc_id)}([."#<])', rf"\g<1>{new}\g<2>", text), "utf-8")
    return target
