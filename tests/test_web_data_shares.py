"""Each document's share of the data tables is kept written out (web/data_tables.DocumentShares).

An edit that tags a name changes the mentions table, and the tables were written whole: every
document's rows read back and 190,000 mentions encoded as indented JSON, 6 to 9 CPU-s of a
one-edit rebuild at 500 documents. Now only the edited document's share is written; the others'
are read as they were kept, each checked against its digest first: a share cut short, another
JSON, or one from an older version is made again from its document's rows, and the tables are
the same bytes a cold build writes.
"""
from __future__ import annotations

import hashlib
import json
import re

import pytest

from conftest import copy_project, replace_once
from test_web_incremental import DOC, NAME, cold, files
from triglot.build import build, load_valid

TAGGED = (NAME, '<persName ref="psn:stalin">Сталина</persName> <persName ref="psn:chicherin">Чичерина</persName>')


def _shares(root) -> dict[str, bytes]:
    folder = root / "build/web-cache/data/shares"
    return {p.name: p.read_bytes() for p in folder.iterdir() if re.fullmatch(r"[0-9a-f]{32}\.share", p.name)}


def _data(site) -> dict:
    return {k: v for k, v in files(site).items() if k.parts[0] == "data"}


def test_a_tagged_name_writes_its_documents_share_alone(tmp_path):
    root = copy_project(tmp_path / "edition")
    build(root, ["web"])
    before = _shares(root)
    assert len(before) == len(load_valid(root).documents)              # one a document
    stamps = {name: (root / "build/web-cache/data/shares" / name).stat().st_mtime_ns for name in before}
    replace_once(root / "tei" / DOC, *TAGGED)
    build(root, ["web"])
    after = _shares(root)
    new = set(after) - set(before)
    assert len(new) == 1 and len(set(before) - set(after)) == 1       # the edited document's, the old one removed
    kept = set(before) & set(after)
    assert {name: (root / "build/web-cache/data/shares" / name).stat().st_mtime_ns for name in kept} == \
        {name: stamps[name] for name in kept}                          # the others read, not written again
    assert "Чичерина" in after[new.pop()].decode("utf-8")
    expected = cold(root, tmp_path / "cold")
    assert _data(root / "build/web") == {k: v for k, v in expected.items() if k.parts[0] == "data"}


def _resealed(raw: bytes, change) -> bytes:
    """A share whose content `change` altered, its digest line made to fit (so only what is inside
    can refuse it)."""
    rest = change(raw.partition(b"\n")[2])
    return hashlib.sha256(rest).hexdigest().encode() + b"\n" + rest


DAMAGES = {
    "cut short": lambda raw: raw[: len(raw) // 2],
    "another JSON": lambda raw: json.dumps({"format": "triglot-web-data-share 1", "count": 0}).encode(),
    "a byte changed": lambda raw: raw[:-3] + (b"X" if raw[-3:-2] != b"X" else b"Y") + raw[-2:],
    "an older version": lambda raw: _resealed(raw, lambda rest: rest.replace(
        b'"format": "triglot-web-data-share 1"', b'"format": "triglot-web-data-share 0"', 1)),
    "another document's rows": lambda raw: _resealed(raw, lambda rest: re.sub(
        rb'"rows": "[0-9a-f]', b'"rows": "_', rest, count=1)),
    "a row of another type": lambda raw: _resealed(raw, lambda rest: re.sub(
        rb'"blocks": ([0-9]+)', rb'"blocks": "\1"', rest, count=1)),
    "a length past its end": lambda raw: _resealed(raw, lambda rest: re.sub(
        rb'"csv": [0-9]+', b'"csv": 999999999', rest, count=1)),
}


@pytest.mark.parametrize("damage", sorted(DAMAGES))
def test_a_damaged_share_is_made_again(tmp_path, damage):
    root = copy_project(tmp_path / "edition")
    build(root, ["web"])
    folder = root / "build/web-cache/data/shares"
    for name, raw in _shares(root).items():
        (folder / name).write_bytes(DAMAGES[damage](raw))
    replace_once(root / "tei" / DOC, *TAGGED)       # the tables change: every share is read
    build(root, ["web"])
    expected = cold(root, tmp_path / "cold")
    assert _data(root / "build/web") == {k: v for k, v in expected.items() if k.parts[0] == "data"}
    assert _shares(root) == _shares(tmp_path / "cold")                 # each made again as a cold build makes it
