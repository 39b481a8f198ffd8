"""A register entry or a whole register removed is gone from the rebuilt site (issue 21).

A rebuild keeps register pages whole, their entries rendered and each document's share of
an entry's mentions (web/register_cache.py), all keyed by what they are made from. Taking
something away must reach every page as surely as adding it: here the fixture edition with
a register of organisations is built, an entry (then the register itself) is removed, and
the rebuild no longer shows or links it in any interface language, page for page what a
cold build of the same sources gives.
"""
from __future__ import annotations

import re
import shutil
from pathlib import Path

from conftest import replace_once
from test_web_incremental import cold, files
from triglot.build import build
from triglot.settings import load

FIXTURE = Path(__file__).parent / "roots" / "orgs-mini"


def built_copy(dest: Path) -> Path:
    root = shutil.copytree(FIXTURE, dest)
    build(root, ["web"])
    return root


def remove_entry(root: Path, entry: str) -> None:
    path = root / "tei" / "bodies.xml"
    text = path.read_text("utf-8")
    left = re.sub(rf'\s*<org xml:id="{entry}".*?</org>', "", text, flags=re.S)
    assert left != text
    path.write_text(left, "utf-8")


def test_a_removed_entry_is_listed_on_no_register_page(tmp_path):
    root = built_copy(tmp_path / "edition")
    interface = load(root).interface
    site = root / "build" / "web"
    assert all('id="guild"' in (site / ui / "orgs.html").read_text("utf-8") for ui in interface)
    remove_entry(root, "guild")          # named in no text: the register alone changes
    build(root, ["web"])
    assert [ui for ui in interface if 'id="guild"' in (site / ui / "orgs.html").read_text("utf-8")] == []
    assert files(site) == cold(root, tmp_path / "cold")


def test_a_removed_register_has_no_page_and_no_link_left(tmp_path):
    root = built_copy(tmp_path / "edition")
    interface = load(root).interface
    site = root / "build" / "web"
    # its one mention unwrapped, its settings line and file removed: the edition no longer has organisations
    replace_once(root / "tei" / "mini.xml", '<orgName ref="org:revkom"><placeName ref="plc:moscow">Moscow</placeName> '
                 'Revolutionary Committee</orgName>', '<placeName ref="plc:moscow">Moscow</placeName> Revolutionary Committee')
    replace_once(root / "triglot.toml", 'bodies = { file = "bodies.xml", kind = "org" }\n', "")
    (root / "tei" / "bodies.xml").unlink()
    build(root, ["web"])
    assert [ui for ui in interface if (site / ui / "orgs.html").exists()] == []
    linking = [str(p.relative_to(site)) for p in site.rglob("*.html") if "orgs.html" in p.read_text("utf-8")]
    assert linking == []
    assert files(site) == cold(root, tmp_path / "cold")
