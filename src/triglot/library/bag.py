"""The ingest package: a BagIt bag (RFC 8493, version 1.0) of the TEI, registers, schemas and exports.

The bagit library writes version 0.97 and checks what it writes; a repository
that receives the bag checks it again with its own tool. So the bag is made
with SHA-512 manifests, declared as 1.0 (the tag manifest recomputed to
cover the new bagit.txt), and validated with the same library before the
export is reported as done.
"""
from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import bagit

from triglot.problems import InputError, Problem

BAG_DIR = "bag"
BAGIT_TXT = "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n"
CHECKSUMS = ["sha512"]


def make_bag(bag_dir: Path, payload: dict[str, Path], info: dict[str, str]) -> bagit.Bag:
    """Copy `payload` (name in data/ -> file or folder) into `bag_dir` and bag it as BagIt 1.0."""
    bag_dir.mkdir(parents=True)
    for name, source in payload.items():
        target = bag_dir / name
        target.parent.mkdir(parents=True, exist_ok=True)
        if source.is_dir():
            shutil.copytree(source, target)
        else:
            shutil.copy2(source, target)
    info = {"Bagging-Date": date.today().isoformat(), **info}   # the export gives its reproducible date
    # one line each as bagit reads bag-info.txt (by Unicode lines): a title's U+2028 or U+0085 made the
    # rest of it a tag of its own, and bagit refused the bag it had just written
    info = {key: " ".join(str(value).splitlines()) for key, value in info.items()}
    bagit.make_bag(str(bag_dir), bag_info=info, checksums=CHECKSUMS)
    (bag_dir / "bagit.txt").write_text(BAGIT_TXT, encoding="utf-8")
    bagit.Bag(str(bag_dir)).save()          # rewrites the tag manifest over the 1.0 bagit.txt
    bag = bagit.Bag(str(bag_dir))
    check(bag)
    return bag


def check(bag: bagit.Bag) -> None:
    """Full validation (structure, Payload-Oxum, every SHA-512) and the 1.0 declaration."""
    try:
        bag.validate()
    except bagit.BagValidationError as exc:
        raise InputError([Problem(str(bag.path), 0, "bagit", str(exc))]) from None
    if bag.version_info != (1, 0):
        raise InputError([Problem(str(bag.path), 0, "bagit",
                                  f"the bag declares BagIt-Version {bag.version_info}, not 1.0")])
    missing = [k for k in ("Source-Organization", "External-Identifier", "Bagging-Date", "Payload-Oxum")
               if k not in bag.info]
    if missing:
        raise InputError([Problem(str(bag.path), 0, "bagit", f"bag-info.txt lacks {', '.join(missing)}")])
