"""hostile43: a build killed with SIGKILL while it renamed a file of a web-cache subfolder into place (docs/,
registers/, data/<digest>/) left its temporary there for good: the lock's sweep reads the cache's own
folder, not its subfolders (tens of thousands of names at 500 documents). Their temporaries are now written in
one folder, build/web-cache/.staging, and renamed into place; the next writer's sweep reads that one folder."""
from __future__ import annotations

from pathlib import Path

import pytest

from conftest import make_project, run_cli
from killed import killed_at_replace


def _temporaries(cache: Path) -> list[str]:
    return sorted(str(p.relative_to(cache)) for p in cache.rglob(".*.tmp"))


@pytest.mark.parametrize("folder", ["docs", "registers"])
def test_a_build_killed_as_it_writes_a_cache_subfolder_file_leaves_no_temporary_for_good(tmp_path, folder):
    root = make_project(tmp_path, "mini")
    run = killed_at_replace(tmp_path, root, folder, below=True)     # web-cache/FOLDER/… at any depth
    assert run.returncode == -9, run.stderr
    cache = root / "build" / "web-cache"
    assert _temporaries(cache)                     # the killed rename's temporary
    assert not any(p.parent.name == folder for p in cache.rglob(".*.tmp"))    # not in the subfolder itself
    assert run_cli("--root", root, "build", "web") == 0      # a writer: takes the lock, and sweeps one folder
    assert _temporaries(cache) == []
    assert (root / "build" / "web" / "en" / "index.html").is_file()


def test_a_file_outside_the_build_cache_keeps_its_temporary_beside_it(tmp_path):
    """The staging folder is the build cache's alone: an edition kept in a folder named web-cache writes its TEI
    files' temporaries beside them, as before (the sweep reads tei/ for them)."""
    from triglot.xmlio import _staging
    assert _staging(tmp_path / "web-cache" / "ed" / "tei") == tmp_path / "web-cache" / "ed" / "tei"
    assert _staging(tmp_path / "build" / "web-cache") == tmp_path / "build" / "web-cache"
    assert _staging(tmp_path / "build" / "web-cache" / "data" / "ab12") == tmp_path / "build" / "web-cache" / ".staging"
