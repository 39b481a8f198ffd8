"""The edition grows: a sixth document added the way an editor adds one, and the invariants still hold.

A copy of the project gets a new text through the editors' commands (encode, register,
retag), the translators' export and the web build; then the test files that state the
edition's invariants run again, in a fresh process, over the grown copy.
"""
import os
import shutil
import subprocess
import sys
from pathlib import Path

from conftest import copy_project

HERE = Path(__file__).resolve().parent
INVARIANTS = ["test_edition.py", "test_seeds.py", "test_library_identifiers.py", "test_editor_bench.py"]


def run(cli, root, *args):
    code, out, err = cli("--root", root, *args)
    assert code == 0, (args, out, err)
    return out


def test_a_new_document_through_the_editors_commands_keeps_every_invariant(tmp_path, cli):
    root = copy_project(tmp_path / "grown")
    shutil.copytree(HERE.parent / "translations", root / "translations")
    seed = root / "seeds" / "treaty-of-kars.txt"
    shutil.copy(HERE / "data" / "unseen" / "treaty-of-kars.txt", seed)
    run(cli, root, "encode", seed, "--id", "treaty-of-kars", "--genre", "encyclopedia article",
        "--source", "Wikipedia (text under CC BY-SA 4.0)")
    run(cli, root, "register", "add", "person", "ganetsky", "--forename", "en=Yakov", "--surname", "en=Ganetsky",
        "--forename", "ru=Яков", "--surname", "ru=Ганецкий", "--forename", "hy=Յակով", "--surname", "hy=Գանեցկի",
        "--uncertain", "hy")
    path = root / "tei" / "treaty-of-kars.xml"
    text = path.read_text(encoding="utf-8")
    start = text.index('<persName ana="#review">Yakov Ganetsky</persName>')
    end = text.index("-->", start) + 3
    path.write_text(text[:start] + "Yakov Ganetsky" + text[end:], encoding="utf-8")   # the editor untags it
    assert "1 proposal" in run(cli, root, "retag", "treaty-of-kars")
    run(cli, root, "validate")
    run(cli, root, "translations", "export")
    assert (root / "translations" / "ru" / "treaty-of-kars.po").is_file()
    run(cli, root, "build", "web")
    run(cli, root, "export")
    env = {**os.environ, "TRIGLOT_TEST_ROOT": str(root)}
    result = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                             *[str(HERE / name) for name in INVARIANTS]],
                            cwd=HERE.parent, env=env, capture_output=True, text=True, timeout=900)
    assert result.returncode == 0, result.stdout[-4000:]
