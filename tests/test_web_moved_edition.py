"""An edition copied or moved with its build/ keeps its web cache (issue 21).

The web cache's keys named where the edition is: the settings' repr holds triglot.toml's absolute
path, and the interface catalogs were hashed with theirs. So the same edition in another folder
(a copy, a moved project, a CI workspace with build/ restored) had every key new: at 500 documents
its first one-edit rebuild gathered every document and rendered every page again (146 s wall
instead of 3-8). Here the edition is built, copied whole, and one edit is made to both: the copy
renders the pages the original renders, no more.
"""
from __future__ import annotations

import json
import shutil
from pathlib import Path

from conftest import ROOT, copy_project, replace_once
from triglot.build import build

DOC = "legran-letter-to-chicherin.xml"
NAME = '<persName ref="psn:stalin">Сталина</persName>'


def rendered(root: Path) -> dict[str, str]:
    report = json.loads((root / "build" / "web-cache" / "last-build.json").read_text("utf-8"))
    return {page: why for page, why in report.items() if why != "unchanged"}


def test_a_copied_edition_rebuilds_after_an_edit_what_the_original_rebuilds(tmp_path):
    original = copy_project(tmp_path / "here", translations=True)   # catalogs of its own, under its root
    build(original, ["web"])
    copied = tmp_path / "elsewhere" / "edition"
    shutil.copytree(original, copied, symlinks=True)       # build/ too, the times of the files kept
    for root in (original, copied):
        replace_once(root / "tei" / DOC, NAME, '<persName ref="psn:stalin">Сталина И. В.</persName>')
        build(root, ["web"])
    assert rendered(original), "the edit rendered nothing"
    assert rendered(copied) == rendered(original)


def test_names_the_settings_hold_as_a_set_give_the_web_cache_one_key_in_every_process(tmp_path):
    """names.not-names is kept as a set, whose repr follows the process's string hashing: with the
    settings' repr in the web cache's keys, every build in a new process had keys of its own and
    gathered and rendered every document again (validate27 found the same in the validation cache)."""
    import subprocess
    import sys
    forms = ["Господи", "Боже", "Аминь", "Отче", "Спаси"]
    orders = {subprocess.run([sys.executable, "-c", f"print(repr(frozenset({forms!r})))"], capture_output=True,
                             text=True, env={"PYTHONHASHSEED": seed}).stdout for seed in ("1", "2")}
    assert len(orders) == 2, "these hash seeds order the forms alike: the test could not fail"
    root = copy_project(tmp_path / "edition")
    with (root / "triglot.toml").open("a", encoding="utf-8") as toml:
        toml.write(f"\n[names]\nnot-names = {json.dumps(forms, ensure_ascii=False)}\n")
    script = ("import sys; from pathlib import Path; from triglot.edition import load; "
              "from triglot.web.doc_cache import settings_text; "
              "print(settings_text(load(Path(sys.argv[1])).settings))")
    texts = {subprocess.run([sys.executable, "-c", script, str(root)], capture_output=True, text=True, check=True,
                            env={"PYTHONHASHSEED": seed, "PYTHONPATH": str(ROOT / "src")}).stdout
             for seed in ("1", "2")}
    assert len(texts) == 1


def test_the_search_records_keys_do_not_name_the_toolkits_folder(monkeypatch):
    """A search record's key hashed the marshalled code that makes its page, which holds the file's
    absolute path: the same toolkit at another path (another checkout, a virtualenv made again) gave
    every record a new key and indexed every bundle again (seen by rebuild33 in session 28)."""
    import types

    from triglot.web import search

    def moved(code):        # the same code, as read from another folder
        consts = tuple(moved(c) if isinstance(c, types.CodeType) else c for c in code.co_consts)
        return code.replace(co_filename="/elsewhere/triglot/web/search.py", co_consts=consts)

    records = [{"doc": "d", "block": "d.p1", "lang": "en", "text": "a passage"}]
    here = search.record_keys(records)
    page = search._page
    monkeypatch.setattr(search, "_page", types.FunctionType(moved(page.__code__), page.__globals__, page.__name__,
                                                            page.__defaults__, page.__closure__))
    assert search.record_keys(records) == here
