"""`triglot validate` of an edition it checks in its own process (a small one, or one edit of a
large one) imports only what that needs: Python's imports were half of a cold run of this edition
in a new process (session 28: 0.10 of 0.21 CPU-s), so a module only a pool of workers or a
misspelt name needs is imported there, not on every run."""
import subprocess
import sys

from conftest import copy_project

PROBE = ("import sys\nfrom triglot.cli import main\ncode = main(sys.argv[1:])\n"
         "print(sorted(m for m in ('concurrent.futures', 'logging', 'difflib') if m in sys.modules))\n"
         "sys.exit(code)")


def test_a_run_without_workers_imports_no_pool_and_no_suggestions(tmp_path):
    project = copy_project(tmp_path / "p")
    done = subprocess.run([sys.executable, "-c", PROBE, "--root", str(project), "validate"],
                          capture_output=True, text=True, timeout=300)
    assert (done.returncode, done.stdout, done.stderr) == (0, "[]\n", "")


def test_a_misspelt_element_is_still_given_its_suggestion(tmp_path):
    project = copy_project(tmp_path / "p")
    doc = sorted(p for p in (project / "tei").glob("*.xml") if "<persName" in p.read_text("utf-8"))[0]
    doc.write_text(doc.read_text("utf-8").replace("<persName", "<persname", 1).replace("</persName>", "</persname>", 1),
                   "utf-8")
    done = subprocess.run([sys.executable, "-c", PROBE, "--root", str(project), "validate"],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 1 and "(did you mean <persName>?)" in done.stdout, done.stdout
