"""`triglot bench NAME --format json`: only the JSON on standard output, a build's progress on stderr."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from conftest import make_project

SRC = str(Path(__file__).resolve().parents[1] / "src")

# a benchmark as the search bench starts: the edition's web pages built in-process into a
# temporary folder, whose progress lines ("web pages: …", "built web: …") build() prints
BUILDING_BENCH = '''
import tempfile
from pathlib import Path

from triglot.build import build


def run(root):
    with tempfile.TemporaryDirectory() as tmp:
        build(Path(root), ["web"], Path(tmp) / "build")
        return {"web_built": (Path(tmp) / "build" / "web").is_dir()}
'''

RUNNER = '''
import sys
from triglot import bench
bench.BENCHMARKS["building"] = "building_bench"
from triglot import run
sys.exit(run())
'''


def test_a_bench_in_json_prints_only_json_on_stdout(tmp_path):
    root = make_project(tmp_path, "mini")
    (tmp_path / "building_bench.py").write_text(BUILDING_BENCH, "utf-8")
    done = subprocess.run([sys.executable, "-c", RUNNER, "--root", str(root), "bench", "building", "--format", "json"],
                          capture_output=True, text=True, timeout=300,
                          env={**os.environ, "PYTHONPATH": os.pathsep.join([SRC, str(tmp_path)])})
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == {"building": {"web_built": True}}
    assert "built web" in done.stderr
