"""Session 25's hostile round (round 32) on the writing: interruptions, concurrent writers, a disk
that refuses. Each test failed before its fix.

No test here is timed: a writer is stopped or raced at a chosen point through a hook (a function of
the toolkit wrapped in the test), never after a sleep."""
from __future__ import annotations

from pathlib import Path

from conftest import make_project, replace_once


def _files(root: Path) -> dict[Path, bytes]:
    """Every file of the edition but the lock file, by path: what a writer must leave whole."""
    return {p: p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file() and p.name != ".triglot.lock"}


def _new_publisher(root: Path, publisher: str = "Yerevan Press") -> None:
    path = root / "triglot.toml"
    text = path.read_text("utf-8")
    line = text[text.index('publisher = "'):].split("\n", 1)[0]
    path.write_text(text.replace(line, f'publisher = "{publisher}"', 1), "utf-8")


# ---------------------------------------------------------------- sync-headers --check: its exit codes

def test_sync_headers_check_tells_a_refusal_from_a_header_that_would_change(tmp_path, cli):
    """--check exited 1 both when a header would change and when a header was refused (here one with
    no <publisher> to state the settings in): a script could not tell "run sync-headers" from "fix the
    file by hand". Now 1 is "would change", 2 "refused", 0 "in line"."""
    root = make_project(tmp_path)
    assert cli("--root", root, "sync-headers", "--check")[0] == 0
    _new_publisher(root)
    code, out, err = cli("--root", root, "sync-headers", "--check")
    assert code == 1, out + err
    doc = next(p for p in (root / "tei").glob("*.xml") if "<publisher>" in p.read_text("utf-8")
               and "<body" in p.read_text("utf-8"))
    text = doc.read_text("utf-8")
    start = text.index("<publisher>")
    doc.write_text(text[:start] + text[text.index("</publisher>") + len("</publisher>"):], "utf-8")
    code, out, err = cli("--root", root, "sync-headers", "--check")
    assert code == 2 and ": sync-headers: " in err and "Traceback" not in err, (code, out, err)


def test_sync_headers_check_with_bad_settings_is_a_refusal(tmp_path, cli):
    """A triglot.toml that does not load is no header that would change: --check says 2, not 1."""
    root = make_project(tmp_path)
    (root / "triglot.toml").write_text((root / "triglot.toml").read_text("utf-8") + "\n[edition\n", "utf-8")
    code, out, err = cli("--root", root, "sync-headers", "--check")
    assert code == 2 and "triglot.toml:" in err, (code, out, err)



def test_sync_headers_check_stopped_by_the_system_is_a_refusal(tmp_path, cli, monkeypatch):
    """A --check stopped by the system (memory, a disk error, a worker killed) said 1 too, "a header
    would change"; every refusal now says 2."""
    import errno
    import triglot.edition as edition
    root = make_project(tmp_path)

    def unreadable(*args, **kwargs):
        raise OSError(errno.EIO, "Input/output error", str(root / "tei"))
    monkeypatch.setattr(edition, "load", unreadable)
    code, out, err = cli("--root", root, "sync-headers", "--check")
    assert code == 2 and ": os: Input/output error" in err, (code, out, err)
    monkeypatch.setattr(edition, "load", lambda *a, **k: (_ for _ in ()).throw(MemoryError()))
    code, out, err = cli("--root", root, "sync-headers", "--check")
    assert code == 2 and ": limit: MemoryError" in err, (code, out, err)

def test_sync_headers_help_names_its_exit_codes(capsys):
    """--help said "exit 1 if anything would" and nothing of a refusal."""
    import pytest
    from triglot.cli import main
    with pytest.raises(SystemExit):
        main(["sync-headers", "--help"])
    out = capsys.readouterr().out
    assert "exit status of --check:" in out, out
    assert "  1  a header would change" in out and "  2  refused:" in out, out


# ---------------------------------------------------------------- a file saved while a writer ran

def _save_during(monkeypatch, module, name: str, path_of, edit: bytes) -> list[Path]:
    """Wrap `module.name` so that, once it has first run, `edit` is appended to the file
    `path_of(*its arguments)` names: an editor's save landing after the command read the file and
    before it wrote it."""
    real = getattr(module, name)
    saved: list[Path] = []

    def wrapped(*args, **kwargs):
        result = real(*args, **kwargs)
        if not saved:
            path = path_of(*args)
            path.write_bytes(path.read_bytes() + edit)
            saved.append(path)
        return result
    monkeypatch.setattr(module, name, wrapped)
    return saved


def test_sync_headers_leaves_a_file_saved_while_it_ran(tmp_path, cli, monkeypatch):
    """sync-headers read each file, made its new header, and wrote the file back: a hand edit saved in
    between (here a comment appended to the document) was overwritten, and lost. Now the file is
    refused, named, and no file is written."""
    import triglot.editor.header_sync as header_sync
    root = make_project(tmp_path)
    _new_publisher(root)
    saved = _save_during(monkeypatch, header_sync, "synced_text", lambda name, *_: root / name,
                         b"<!-- the editor's note -->\n")
    before = _files(root)
    code, out, err = cli("--root", root, "sync-headers")
    [doc] = saved
    before[doc] += b"<!-- the editor's note -->\n"
    assert code == 1 and f"tei/{doc.name}:1: changed-meanwhile: " in err and "Traceback" not in err, (code, out, err)
    assert _files(root) == before
    monkeypatch.undo()
    assert cli("--root", root, "sync-headers")[0] == 0
    assert doc.read_bytes().endswith(b"<!-- the editor's note -->\n")


def test_register_rename_leaves_a_document_saved_while_it_ran(tmp_path, cli, monkeypatch):
    """`register rename` validated the changed edition (seconds on a large one), then wrote every file
    it changes from the trees it had read: a document saved by hand meanwhile lost the save. Now the
    rename is refused, the document named, and no file written."""
    import triglot.editor.register as register
    root = make_project(tmp_path)
    doc = next(p for p in (root / "tei").glob("*.xml") if 'ref="psn:chicherin"' in p.read_text("utf-8"))
    saved = _save_during(monkeypatch, register.Change, "check", lambda change: doc, b"<!-- the editor's note -->\n")
    before = _files(root)
    code, out, err = cli("--root", root, "register", "rename", "chicherin", "chicherin-g")
    assert saved == [doc]
    before[doc] += b"<!-- the editor's note -->\n"
    assert code == 1 and f"tei/{doc.name}:1: changed-meanwhile: " in err and "Traceback" not in err, (code, out, err)
    assert _files(root) == before
    monkeypatch.undo()
    assert cli("--root", root, "register", "rename", "chicherin", "chicherin-g")[0] == 0
    assert 'ref="psn:chicherin-g"' in doc.read_text("utf-8") and doc.read_bytes().endswith(b"note -->\n")


# ---------------------------------------------------------------- writers that took no lock

def test_translations_tmx_waits_for_the_edition_lock(tmp_path, cli, monkeypatch):
    """`translations tmx` wrote translations/tmx/ without the edition's lock, while another writer held
    it: that writer's sweep of translations/* removes every temporary of atomic_write it finds, a
    running tmx's among them, and two tmx runs raced for the same files. Now it is a writer: it waits
    for the lock and, kept out, refuses with the lock's message and writes nothing."""
    from triglot.lock import edition_lock
    root = make_project(tmp_path)
    monkeypatch.setenv("TRIGLOT_LOCK_WAIT", "0")
    with edition_lock(root, "register rename (another editor)"):
        code, out, err = cli("--root", root, "translations", "tmx")
    assert code == 1 and ": lock: " in err and "register rename (another editor)" in err, (code, out, err)
    assert not (root / "translations" / "tmx").exists()
    code, out, err = cli("--root", root, "translations", "tmx")
    assert code == 0 and list((root / "translations" / "tmx").glob("*.tmx")), (code, out, err)


# ---------------------------------------------------------------- a writer killed half way

KILLER = """
import os, signal, sys
from pathlib import Path
n, seen = int(sys.argv[1]), []
real = os.replace
def replace(src, dst, *args, **kwargs):
    if Path(dst).parent.name == "tei" and str(dst).endswith(".xml"):
        seen.append(dst)
        if len(seen) == n:
            os.kill(os.getpid(), signal.SIGKILL)     # a kill -9 (a power cut) before the Nth document is replaced
    return real(src, dst, *args, **kwargs)
os.replace = replace
from triglot.cli import main
sys.exit(main(sys.argv[2:]))
"""


def _killed_at(root: Path, n: int, *args) -> int:
    """`triglot ARGS` in a process of its own, SIGKILLed as it is about to replace its Nth file of tei/."""
    import os
    import subprocess
    import sys
    src = str(Path(__file__).resolve().parents[1] / "src")
    run = subprocess.run([sys.executable, "-c", KILLER, str(n), "--root", str(root), *map(str, args)],
                         capture_output=True, text=True, env={**os.environ, "PYTHONPATH": src}, timeout=600)
    return run.returncode


def test_add_language_killed_half_way_is_put_back_whole(tmp_path, cli):
    """add-language promises all documents or none, but put back those written only when an exception
    reached it: a kill -9 after the first left that document with the new language's slots and the
    other without (validate: "expected one translation div for de, found 0" on the other), and no
    later command put it back. Now it writes through the journal: the next writer puts the first
    document back, and the run again gives every document the slots."""
    root = make_project(tmp_path)
    (root / "seeds" / "notes.txt").write_text("Georgy Chicherin wrote from Moscow on 3 March 1921.\n", "utf-8")
    assert cli("--root", root, "encode", root / "seeds" / "notes.txt", "--id", "notes")[0] == 0
    settings = root / "triglot.toml"
    replace_once(settings, 'translations = ["ru", "hy"]', 'translations = ["ru", "hy", "de"]')
    docs = sorted(p for p in (root / "tei").glob("*.xml") if "<body" in p.read_text("utf-8")
                  and 'type="base"' in p.read_text("utf-8"))
    assert len(docs) == 2
    before = {p: p.read_bytes() for p in docs}
    assert _killed_at(root, 2, "translations", "add-language", "de") == -9
    assert sum(p.read_bytes() != before[p] for p in docs) == 1       # one written, one not: half
    code, out, err = cli("--root", root, "sync-headers")              # the next writer, whatever it is
    assert "put back 1 file(s)" in err, (code, out, err)
    assert {p: p.read_bytes() for p in docs} == before
    assert cli("--root", root, "translations", "add-language", "de")[0] == 0
    assert all('xml:lang="de"' in p.read_text("utf-8") for p in docs)
    assert cli("--root", root, "validate")[0] == 0


def test_import_tei_leaves_a_register_saved_while_it_ran(tmp_path, cli, monkeypatch):
    """import-tei read the registers, matched the source's persons and places against them and added
    its proposals to the trees it had read: a register saved by hand in between lost the save. Now
    the import is refused, the register named, and nothing written."""
    import triglot.editor.import_tei as import_tei
    data = Path(__file__).parent / "data" / "import-tei"
    root = tmp_path / "letters"
    assert cli("new", root, "--title", "Letters", "--base", "en", "--translations", "fr",
               "--publisher", "Import Test Press")[0] == 0
    from triglot.settings import load
    register = root / "tei" / next(r.file for r in load(root).registers if r.kind == "person")
    saved = _save_during(monkeypatch, import_tei, "import_tei", lambda *_: register, b"<!-- a new entry to come -->\n")
    before = _files(root)
    code, out, err = cli("--root", root, "import-tei", data / "Edgeworth_Huntington_1804.xml", "--id", "me-1804",
                         "--persons", data / "Personography.xml", "--places", data / "Placeography.xml")
    assert saved == [register]
    before[register] += b"<!-- a new entry to come -->\n"
    assert code == 1 and f"tei/{register.name}:1: changed-meanwhile: " in err and "Traceback" not in err, (code, out, err)
    assert _files(root) == before


def test_translations_export_leaves_a_po_file_saved_while_it_ran(tmp_path, cli, monkeypatch):
    """export read each PO file (to carry its unimported edits forward), then, after every document was
    planned, wrote the new files: a translator's save in between (here a comment of theirs appended)
    was overwritten with a file made from what it held before. Now export refuses, names the file, and
    writes none."""
    import triglot.translate.export as export
    root = make_project(tmp_path)
    assert cli("--root", root, "translations", "export")[0] == 0
    saved = _save_during(monkeypatch, export, "_unimported", lambda path, *_: path, b"# the translator's note\n")
    before = _files(root)
    code, out, err = cli("--root", root, "translations", "export")
    [po] = saved
    before[po] += b"# the translator's note\n"
    assert code == 1 and f"{po.relative_to(root)}:1: changed-meanwhile: " in err and "Traceback" not in err, (code, out, err)
    assert _files(root) == before


# ---------------------------------------------------------------- a disk that refuses

def _disk_full_at(monkeypatch, n: int) -> None:
    """The Nth file opened for writing through a descriptor (atomic_write's temporary) fails with
    ENOSPC, as a write on a full disk does."""
    import errno
    import os
    real, count = os.fdopen, [0]

    def fdopen(fd, mode="r", *args, **kwargs):
        if "w" in mode:
            count[0] += 1
            if count[0] == n:
                os.close(fd)
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return real(fd, mode, *args, **kwargs)
    monkeypatch.setattr(os, "fdopen", fdopen)


def test_schema_on_a_full_disk_writes_no_file_of_the_schema(tmp_path, cli, monkeypatch):
    """`triglot schema` replaced the grammar, then the Schematron, one by one: the disk full at the
    second left a new triglot.rng beside the old triglot.sch (seen with a refused write of the second
    file). Now the schema's files are written together: all or none."""
    root = make_project(tmp_path)
    before = _files(root)
    _disk_full_at(monkeypatch, 2)
    code, out, err = cli("--root", root, "schema")
    assert code == 1 and ": os: No space left on device" in err and "Traceback" not in err, (code, out, err)
    assert _files(root) == before
    monkeypatch.undo()
    code, out, err = cli("--root", root, "schema")
    assert code == 0 and _files(root) != before, (code, out, err)


def test_new_removes_the_scratch_folder_a_killed_new_left(tmp_path, cli):
    """`triglot new DIR` writes the edition in a hidden scratch folder beside DIR and renames it into
    place: killed before the rename (seen with kill -9 just before it), it left `.DIR.new.XXXXXXXX`
    in the user's folder, and every later try that was killed left one more, never removed."""
    leftover = tmp_path / ".letters.new.k1ll3d00"
    (leftover / "tei").mkdir(parents=True)
    (leftover / "triglot.toml").write_text("[edition]\n", "utf-8")
    code, out, err = cli("new", tmp_path / "letters", "--title", "Letters", "--base", "en", "--translations", "fr",
                         "--publisher", "Some Press")
    assert code == 0, err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["letters"]


def test_new_keeps_the_scratch_folder_of_a_new_still_running(tmp_path, cli):
    """The scratch folder of a `new` still writing (its lock held) is not another's to remove."""
    import fcntl
    import os
    running = tmp_path / ".letters.new.runn1ng0"
    running.mkdir()
    fd = os.open(running, os.O_RDONLY | os.O_DIRECTORY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        assert cli("new", tmp_path / "letters", "--title", "Letters", "--base", "en", "--translations", "fr",
                   "--publisher", "Some Press")[0] == 0
        assert running.is_dir()
    finally:
        os.close(fd)


def test_tmx_on_a_full_disk_writes_no_memory(tmp_path, cli, monkeypatch):
    """`translations tmx` wrote one memory per language, one after the other: on a full disk (seen on
    a 3 MB tmpfs) the Russian one was new and the Armenian one missing. Now all or none."""
    root = make_project(tmp_path)
    before = _files(root)
    _disk_full_at(monkeypatch, 2)
    code, out, err = cli("--root", root, "translations", "tmx")
    assert code == 1 and ": os: No space left on device" in err and "Traceback" not in err, (code, out, err)
    assert _files(root) == before


# ---------------------------------------------------------------- an output that is a link

def test_an_output_folder_that_is_a_link_elsewhere_is_refused(tmp_path):
    """build/web a symbolic link to a folder outside the edition (a web server's): the build exchanged
    the link itself for the new site, so the linked folder was never updated again, without a word,
    and the link was left beside it as a hidden build/.web.new.* that no later build removed. Now the
    link is refused, named, and nothing is written, there or in the folder it points at."""
    import os
    import pytest
    from triglot.build import publish
    from triglot.problems import InputError
    served = tmp_path / "served"
    served.mkdir()
    (served / "index.html").write_text("the site as served\n", "utf-8")
    final = tmp_path / "build" / "web"
    final.parent.mkdir()
    final.symlink_to(served)
    with pytest.raises(InputError) as refused:
        publish(final, lambda out: (out / "index.html").write_text("new\n", "utf-8"))
    assert f"{final}:0: output: a symbolic link (to {served})" in str(refused.value)
    assert os.readlink(final) == str(served) and sorted(p.name for p in final.parent.iterdir()) == ["web"]
    assert (served / "index.html").read_text("utf-8") == "the site as served\n"


def test_a_link_a_killed_build_left_beside_the_output_is_removed_not_followed(tmp_path):
    """What such a build left (build/.web.new.XXXXXXXX a link to the served folder) was skipped by
    every later build's clean-up: the link is removed, the folder it points at kept whole."""
    from triglot.build import publish
    served = tmp_path / "served"
    served.mkdir()
    (served / "index.html").write_text("the site as served\n", "utf-8")
    (tmp_path / "build").mkdir()
    (tmp_path / "build" / ".web.new.l1nk3d00").symlink_to(served)
    publish(tmp_path / "build" / "web", lambda out: (out / "index.html").write_text("new\n", "utf-8"))
    assert sorted(p.name for p in (tmp_path / "build").iterdir()) == ["web"]
    assert (served / "index.html").read_text("utf-8") == "the site as served\n"


def test_new_survives_another_new_sweeping_between_its_folder_and_its_lock(tmp_path, cli, monkeypatch):
    """Two `triglot new DIR` at once: the second's sweep of killed scratch folders removed the first's
    between its mkdtemp and its lock (seen with two runs in parallel: ".DIR.new.XXXXXXXX: No such file
    or directory"). The scratch folder is made again when that happens."""
    import tempfile
    import triglot.new as new
    target = tmp_path / "letters"
    real = tempfile.mkdtemp
    swept = []

    def mkdtemp(*args, **kwargs):
        folder = real(*args, **kwargs)
        if not swept:
            swept.append(folder)
            new._remove_killed(target)            # the other `new`, sweeping right now
        return folder
    monkeypatch.setattr(tempfile, "mkdtemp", mkdtemp)
    code, out, err = cli("new", target, "--title", "Letters", "--base", "en", "--translations", "fr",
                         "--publisher", "Some Press")
    assert swept and code == 0 and "Traceback" not in err, (code, out, err)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["letters"]


def test_new_of_a_folder_another_new_made_meanwhile_is_refused_by_rule(tmp_path, cli, monkeypatch):
    """The other `new DIR` finishing first made the rename fail with a bare "os: Directory not empty";
    it is the `new` rule's refusal, nothing written, the other's edition whole."""
    import triglot.new as new
    target = tmp_path / "letters"
    real = new.write

    def write(folder, *args):
        real(folder, *args)
        target.mkdir()
        (target / "triglot.toml").write_text("# the other new's\n", "utf-8")
    monkeypatch.setattr(new, "write", write)
    code, out, err = cli("new", target, "--title", "Letters", "--base", "en", "--translations", "fr",
                         "--publisher", "Some Press")
    assert code == 1 and f"{target}:0: new: exists and is not an empty folder" in err, (code, out, err)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["letters"]
    assert (target / "triglot.toml").read_text("utf-8") == "# the other new's\n"


# ---------------------------------------------------------------- a file or folder that refuses

def test_a_file_that_refuses_its_replacement_is_named_not_its_temporary(tmp_path, cli, monkeypatch):
    """A register that may not be replaced (seen with `chattr +i tei/persons.xml`; the same with a
    read-only tei/) was reported as "tei/.persons.xml.5kx7nonh.tmp:0: os: Operation not permitted",
    a temporary file removed before the message was read. The message names tei/persons.xml; nothing
    is changed."""
    import errno
    import os
    root = make_project(tmp_path)
    register = next(p for p in (root / "tei").glob("*.xml") if 'xml:id="chicherin"' in p.read_text("utf-8"))
    real = os.replace

    def replace(src, dst, *args, **kwargs):
        if str(dst) == str(register):
            raise PermissionError(errno.EPERM, os.strerror(errno.EPERM), str(src), str(dst))
        return real(src, dst, *args, **kwargs)
    monkeypatch.setattr(os, "replace", replace)
    before = _files(root)
    code, out, err = cli("--root", root, "register", "rename", "chicherin", "chicherin-g")
    assert code == 1 and err.strip() == f"{register}:0: os: Operation not permitted", (code, out, err)
    assert _files(root) == before


def test_a_folder_that_refuses_new_files_is_named_not_a_temporary(tmp_path, cli, monkeypatch):
    """The same of a folder where no file can be made (read-only, or immutable): mkstemp's error named
    the temporary it could not make."""
    import errno
    import os
    import tempfile
    root = make_project(tmp_path)
    assert cli("--root", root, "translations", "export")[0] == 0
    po = next((root / "translations").rglob("*.po"))
    po.write_bytes(po.read_bytes().replace(b'"Language: ', b'"Language-Team: none\\n"\n"Language: ', 1))
    real = tempfile.mkstemp

    def mkstemp(*args, dir=None, **kwargs):
        if dir is not None and Path(dir) == po.parent:
            raise PermissionError(errno.EROFS, os.strerror(errno.EROFS), str(Path(dir) / ".x.tmp"))
        return real(*args, dir=dir, **kwargs)
    monkeypatch.setattr(tempfile, "mkstemp", mkstemp)
    before = _files(root)
    code, out, err = cli("--root", root, "translations", "export")
    assert code == 1 and err.strip() == f"{po}:0: os: Read-only file system", (code, out, err)
    assert _files(root) == before


# ---------------------------------------------------------------- a Ctrl-C while starting

STARTER = """
import runpy, sys

module = sys.argv.pop(1)


class CtrlC:
    # a Ctrl-C as `module` is first imported
    def find_spec(self, name, path=None, target=None):
        if name == module:
            sys.meta_path.remove(self)
            raise KeyboardInterrupt
        return None


sys.meta_path.insert(0, CtrlC())
runpy.run_module("triglot", run_name="__main__", alter_sys=True)
"""


def _started_with_ctrl_c_at(module: str, *args) -> tuple[int, str]:
    import os
    import subprocess
    import sys
    src = str(Path(__file__).resolve().parents[1] / "src")
    run = subprocess.run([sys.executable, "-c", STARTER, module, *map(str, args)], capture_output=True, text=True,
                         env={**os.environ, "PYTHONPATH": src}, timeout=600)
    return run.returncode, run.stdout + run.stderr


def test_a_ctrl_c_while_the_toolkit_loads_is_one_line(tmp_path):
    """A Ctrl-C in the first tens of milliseconds of `python -m triglot` (seen with SIGINT 30 ms after
    the start) printed the traceback of the imports it interrupted."""
    code, out = _started_with_ctrl_c_at("triglot.problems", "validate")
    assert code == 130 and "Traceback" not in out, out
    assert out.strip() == "triglot:0: interrupted: stopped by Ctrl-C while starting; nothing was written", out


def test_a_ctrl_c_while_the_command_loads_is_one_line(tmp_path):
    """The same while the command's own module and lxml load, before the command runs."""
    root = make_project(tmp_path)
    code, out = _started_with_ctrl_c_at("triglot.validate.command", "--root", root, "validate")
    assert code == 130 and "Traceback" not in out, out
    assert out.strip() == "triglot:0: interrupted: stopped by Ctrl-C while starting; nothing was written", out


RELEASE_KILLER = KILLER.replace('Path(dst).parent.name == "tei" and str(dst).endswith(".xml")',
                                'Path(dst).name.startswith("released-")')


def test_export_killed_between_its_two_released_lists_is_put_back_whole(tmp_path, cli):
    """export recorded the released document ids (tei/released-ids.txt) and then, in a second write,
    the register entries' (tei/released-entries.txt): a kill -9 between the two left the ids released
    and the entries not, so the next export's check took entries renamed meanwhile as never released
    (left by hostile round 32). Both lists are now written together through the journal: the next
    writer puts back the one written, and the next export records both."""
    import os
    import subprocess
    import sys
    from conftest import copy_project
    root = copy_project(tmp_path / "edition")
    lists = [root / "tei" / "released-ids.txt", root / "tei" / "released-entries.txt"]
    for path in lists:         # before the first export: neither list exists, both are written
        path.unlink()
    before = {p: p.read_bytes() if p.exists() else None for p in lists}
    src = str(Path(__file__).resolve().parents[1] / "src")
    run = subprocess.run([sys.executable, "-c", RELEASE_KILLER, "2", "--root", str(root), "export"],
                         capture_output=True, text=True, env={**os.environ, "PYTHONPATH": src}, timeout=600)
    assert run.returncode == -9, (run.stdout, run.stderr)
    assert sum((p.read_bytes() if p.exists() else None) != before[p] for p in lists) == 1   # half
    code, out, err = cli("--root", root, "sync-headers")               # the next writer, whatever it is
    assert "put back 1 file(s)" in err, (code, out, err)
    assert {p: p.read_bytes() if p.exists() else None for p in lists} == before
    assert cli("--root", root, "export")[0] == 0
    assert all(p.exists() for p in lists)


def test_schema_check_tells_a_refusal_from_a_schema_out_of_date(tmp_path, cli):
    """`schema --check` exited 1 both for "out of date" and for a refusal (a foreign file in tei/):
    a script could not tell "run triglot schema" from "fix a file by hand" (left by hostile round 32,
    as sync-headers --check was). Now 0 up to date, 1 out of date, 2 refused, and --help says so."""
    root = make_project(tmp_path)
    assert cli("--root", root, "schema")[0] == 0
    assert cli("--root", root, "schema", "--check")[0] == 0
    rng = root / "tei" / "schema" / "triglot.rng"
    rng.write_bytes(rng.read_bytes() + b"\n")
    assert cli("--root", root, "schema", "--check")[0] == 1
    (root / "tei" / "stray.xml").write_text("<notTEI/>", "utf-8")
    code, out, err = cli("--root", root, "schema", "--check")
    assert code == 2 and "tei/stray.xml:" in out + err, (code, out, err)
    import subprocess
    import sys
    help_text = subprocess.run([sys.executable, "-m", "triglot", "schema", "--help"], capture_output=True,
                               text=True).stdout
    assert "2  refused" in help_text and "1  out of date" in help_text, help_text
