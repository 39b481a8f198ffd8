"""hostile46 (hostile45's leftover): a build killed with SIGKILL as it writes a document's name forms into the web
cache (build/web-cache/docs/KEY.forms.json, doc_cache.DocCache.put: the part's files are renamed into place one by
one, the name forms fifth, the part's index, KEY.json, last). The next build must give the site a cold build gives,
byte for byte, and a second build after it must change nothing.

Two places: at the rename of the name forms (the four files before it are in place, the forms and the index not),
and at the rename of the index (the forms in place, the index not). The kill is aimed by tests/killed.py's hook."""
from __future__ import annotations

import pytest

from conftest import make_project, run_cli
from killed import killed_at_replace
from test_hostile44_kills import _cache_files, _edit, _site, cold  # noqa: F401 (cold: the edited edition built once)


FORMS, INDEX = r"[0-9a-f]{64}\.forms\.json", r"[0-9a-f]{64}\.json"


@pytest.mark.parametrize("name", [FORMS, INDEX], ids=["forms", "index"])
def test_a_build_killed_as_it_writes_a_documents_name_forms_is_followed_by_the_cold_site(tmp_path, cold, name):
    root = make_project(tmp_path, "mini")
    assert run_cli("--root", root, "build", "web") == 0
    _edit(root)
    run = killed_at_replace(tmp_path, root, "docs", name=name)
    assert run.returncode == -9, run.stderr       # killed at the rename, not finished before it
    # the kill came where it was aimed: one part has its first four files and no index; its forms only when the
    # kill came at the index
    written = {n for n in _cache_files(root / "build" / "web-cache" / "docs") if "/" not in n and not n.startswith(".")}
    keys = {n.split(".")[0] for n in written if n.endswith(".tei.xml")}
    half = [k for k in keys if f"{k}.json" not in written]
    assert len(half) == 1, sorted(written)
    assert (f"{half[0]}.forms.json" in written) == (name == INDEX), sorted(written)
    assert run_cli("--root", root, "build", "web") == 0
    assert _site(root) == cold
    assert not [n for n in _cache_files(root / "build" / "web-cache") if n.endswith(".tmp")]
    assert run_cli("--root", root, "build", "web") == 0
    assert _site(root) == cold
