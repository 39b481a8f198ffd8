"""Shared fixtures: the real edition, and small fixture editions under tests/roots/."""
from __future__ import annotations

import contextlib
import os
import shutil
from pathlib import Path

import pytest

from chromium import browser, new_page  # noqa: F401 (fixtures: Chromium once a module, a reader's page)

# The edition under test: this project, or (TRIGLOT_TEST_ROOT) a copy that has grown, so the
# invariant tests can run over an edition with more documents (tests/test_growth.py).
ROOT = Path(os.environ.get("TRIGLOT_TEST_ROOT") or Path(__file__).resolve().parents[1]).resolve()
ROOTS = Path(__file__).resolve().parent / "roots"


def make_project(tmp_path: Path, name: str = "mini") -> Path:
    """Copy the fixture edition `tests/roots/NAME` into tmp_path, with the project's schemas."""
    dest = tmp_path / name
    shutil.copytree(ROOTS / name, dest)
    shutil.copytree(ROOT / "tei" / "schema", dest / "tei" / "schema", dirs_exist_ok=True)
    return dest


def empty_edition(dest: Path, seeds: Path, ignore=None) -> Path:
    """An edition with the real registers, the seeds of `seeds` and no documents yet: what an
    editor has before `triglot encode` (the editor-check fixture's settings)."""
    (dest / "tei").mkdir(parents=True)
    shutil.copytree(ROOT / "tei" / "schema", dest / "tei" / "schema")
    for name in ("persons.xml", "places.xml"):
        shutil.copy(ROOT / "tei" / name, dest / "tei" / name)
    shutil.copytree(seeds, dest / "seeds", ignore=ignore)
    shutil.copy(ROOTS / "editor-check" / "triglot.toml", dest / "triglot.toml")
    return dest


def edition_with_seed(tmp_path: Path, name: str, text: str) -> tuple[Path, Path]:
    """An empty edition (empty_edition) whose seeds/ holds one seed `name` with `text`: (edition, seed)."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / name).write_text(text, encoding="utf-8")
    project = empty_edition(tmp_path / "project", seeds)
    return project, project / "seeds" / name


def replace_once(path: Path, old: str, new: str) -> None:
    """Edit a copied document as an editor would: `old` must be in it, and only its first occurrence changes."""
    text = path.read_text("utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), "utf-8")


def without_hang(run, *args):
    """`run(*args)`, asserted to end within 30 s: a hang guard for a rule on hostile text (catastrophic
    backtracking takes minutes there), not a speed test; the result is returned for the test's own checks."""
    import time
    start = time.perf_counter()
    result = run(*args)
    assert time.perf_counter() - start < 30
    return result


def copy_project(dest: Path, translations: bool = False) -> Path:
    """A copy of the real project with what the commands read (tei, seeds, xslt; with `translations`, its
    translations/ folder too: PO files and interface catalogs), so tests never write into it."""
    for folder in ("tei", "seeds", "xslt") + (("translations",) if translations else ()):
        shutil.copytree(ROOT / folder, dest / folder)
    shutil.copy(ROOT / "triglot.toml", dest / "triglot.toml")
    return dest

def run_cli(*args) -> int:
    """`triglot ARGS…` in-process, for fixtures that grow an edition: its exit status."""
    from triglot.cli import main
    return main([str(a) for a in args])

def encode_from(root: Path, data: Path, name: str, *options: str):
    """A seed nobody here wrote (`data/name`) copied into the edition's seeds/ and encoded there with
    `options`, as an editor does; its id is the file's name without ".txt". The TEI, parsed."""
    from lxml import etree
    seed = root / "seeds" / name
    seed.parent.mkdir(exist_ok=True)
    seed.write_bytes((data / name).read_bytes())
    doc_id = name.removesuffix(".txt")
    assert run_cli("--root", root, "encode", seed, "--id", doc_id, *options) == 0
    return etree.parse(str(root / "tei" / f"{doc_id}.xml"))


def triglot_process(*args, env=None, cwd=None) -> tuple[int, str]:
    """`python -m triglot ARGS` in a process of its own (exit code, stdout + stderr): what a user's
    shell sees, with this checkout's sources first on the path."""
    import subprocess
    import sys
    src = str(Path(__file__).resolve().parents[1] / "src")
    run = subprocess.run([sys.executable, "-m", "triglot", *map(str, args)], capture_output=True, text=True,
                         env={**os.environ, "PYTHONPATH": src, **(env or {})}, cwd=cwd, timeout=600)
    return run.returncode, run.stdout + run.stderr


def encode_pool_texts(root: Path, texts, review) -> None:
    """Pool texts brought into an edition as an editor would: each (pool file under tests/data, id, genre,
    date) copied into seeds/, encoded, and its proposals reviewed by `review(path)`."""
    for pool, doc_id, genre, date in texts:
        seed = root / "seeds" / f"{doc_id}.txt"
        shutil.copy(Path(__file__).resolve().parent / "data" / pool, seed)
        assert run_cli("--root", root, "encode", seed, "--id", doc_id, "--genre", genre, "--date", date) == 0
        review(root / "tei" / f"{doc_id}.xml")


REVIEWED_NAME = r"(?:persName|placeName|orgName)"


def review_proposals(path: Path, taken: dict) -> None:
    """An editor's review of encode's proposals in one document, innermost names first: a name whose
    words are a key of `taken` pointed at that entry, every other proposed name untagged, dates confirmed."""
    import re
    text = path.read_text("utf-8")
    head, body = text.split("<body>", 1)
    body = re.sub(r"<!-- review:.*?-->", "", body, flags=re.S)
    body = re.sub(r'(<date [^>]*?) cert="medium" ana="#review"', r"\1", body)
    inner = re.compile(r'<(persName|placeName|orgName) ana="#review">((?:(?!<%s ana=)(?!</?\1[ >]).)*?)</\1>'
                       % REVIEWED_NAME, re.S)
    nested = re.compile(r'<(orgName) ana="#review">([^<]*<orgName ref="[^"]*">[^<]*</orgName>[^<]*)</orgName>')

    def decide(m):
        plain = re.sub("<[^>]+>", "", m[2])
        return f'<{m[1]} ref="{taken[plain]}">{m[2]}</{m[1]}>' if plain in taken else m[2]
    while "#review" in body:
        body, n = inner.subn(decide, body)
        body, k = nested.subn(decide, body)
        assert n or k, re.findall(r'.{60}#review.{60}', body)
    path.write_text(head + "<body>" + body, "utf-8")


def draft_slots(root: Path, drafts: dict) -> None:
    """Draft translations as a translator's tool leaves them: {(lang, doc id): {block id: text}} exported,
    filled and flagged fuzzy with polib, and imported as drafts of resp-draft-LANG."""
    import polib
    for (lang, doc_id), entries in drafts.items():
        assert run_cli("--root", root, "translations", "export", "--lang", lang, doc_id) == 0
        po_file = root / "translations" / lang / f"{doc_id}.po"
        po = polib.pofile(str(po_file))
        for e in po:
            if e.msgctxt in entries:
                e.msgstr = entries[e.msgctxt]
                e.flags.append("fuzzy")
        po.save()
        assert run_cli("--root", root, "translations", "import", "--resp", f"resp-draft-{lang}", po_file) == 0


def held_out_run(site_root: Path, queries_file: Path) -> tuple[set, dict]:
    """A held-out query set run in Chromium on a grown edition's built site: (queries missed, scores)."""
    from triglot.edition import load
    from triglot.web import search_bench
    from triglot.web.search import edition_passages
    queries = search_bench.load_queries(queries_file)
    assert len(queries) >= 40 and {q["ui"] for q in queries} == {"en", "ru", "hy"}
    records = edition_passages(load(site_root))
    wanted = {q["q"]: search_bench.expected(records, q) for q in queries}
    found = search_bench.run_queries(site_root / "build" / "web", queries)["found"]
    return {q for q in wanted if found.get(q, set()) != wanted[q]}, search_bench.score(found, wanted)



@pytest.fixture(scope="session")
def project_root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def edition():
    from triglot.edition import load
    return load(ROOT)


@pytest.fixture(scope="session")
def tei_all():
    """The complete tei_all grammar, compiled once for the whole test session (~8 s)."""
    from triglot.schema import tei_all_rng
    return tei_all_rng(ROOT)


@pytest.fixture
def mini(tmp_path) -> Path:
    return make_project(tmp_path, "mini")


@pytest.fixture
def cli(capsys):
    """Run `triglot ARGS…` in-process; returns (exit status, stdout, stderr)."""
    from triglot.cli import main

    def run(*args):
        code = main([str(a) for a in args])
        out = capsys.readouterr()
        return code, out.out, out.err
    return run


@pytest.fixture(scope="session")
def print_real(tmp_path_factory):
    """The real edition's books, built once for every print test: (edition, {languages: Book})."""
    from printed import build
    return build(ROOT, tmp_path_factory.mktemp("print-real"))


@pytest.fixture(scope="session")
def print_mini(tmp_path_factory):
    """The print-mini fixture's books (untranslated, draft and reviewed slots)."""
    from printed import build
    return build(ROOTS / "print-mini", tmp_path_factory.mktemp("print-mini"))


@pytest.fixture
def checked(monkeypatch):
    """The names of the files the grammar and Schematron check is run on, run by run."""
    from triglot.validate import schema_check
    seen = []
    real = schema_check.check

    def counting(root, named_trees):
        named_trees = list(named_trees)
        seen.extend(name for name, _ in named_trees)
        return real(root, named_trees)
    monkeypatch.setattr(schema_check, "check", counting)
    return seen


@pytest.fixture(scope="session")
def name_index(edition):
    """The registers' names as the tagger reads them: the tagger rules' tests share one."""
    from triglot.editor.names import NameIndex
    return NameIndex(edition.registers)


def proposals(text, name_index, years=None):
    """What the tagger proposes for `text` with the edition's registers, in a rules test's terms:
    (words, element, attributes, marked for review) of each proposal."""
    from triglot.editor.recognize import Recogniser
    from triglot.editor.tagger import YearContext, propose
    found = propose(text, name_index, years or YearContext([], None),
                    recogniser=Recogniser(known_surnames=name_index.surnames()))
    return [(text[p.start:p.end], p.tag, p.attrs, p.review) for p in found]


def tagged(text, name_index, tag):
    """The words of each proposal of element `tag` ("placeName") for `text`."""
    return [t for t, g, _, _ in proposals(text, name_index) if g == tag]


def proposal_tree(text, name_index):
    """Every proposal with what is nested in it: (words, element, [nested …])."""
    from triglot.editor.recognize import Recogniser
    from triglot.editor.tagger import YearContext, propose

    def shape(p):
        return (text[p.start:p.end], p.tag, [shape(c) for c in p.inner])
    return [shape(p) for p in propose(text, name_index, YearContext([], None),
                                      recogniser=Recogniser(known_surnames=name_index.surnames()))]


def date_proposals(text, years=None):
    """The dates the tagger proposes for `text` with no register at all: (words, attributes, review)."""
    from triglot.editor.names import NameIndex
    from triglot.editor.tagger import YearContext, propose
    found = propose(text, NameIndex({}), years or YearContext([], None))
    return [(text[p.start:p.end], p.attrs, p.review) for p in found if p.tag == "date"]


def search_csv_cells(cells: list[str]) -> list[str]:
    """The search page's CSV cells (search.js csvCell) for `cells`, run in Node as the browser runs
    it (make test installs nodejs)."""
    import json
    import re
    import shutil
    import subprocess
    node = shutil.which("node")
    assert node, "node is not installed: `make test` installs it (Debian's nodejs)"
    source = (ROOT / "src/triglot/web/static/search.js").read_text(encoding="utf-8")
    function = re.search(r"function csvCell\(v\) \{.*?\n    \}", source, re.S)[0]
    script = f"{function}\nconsole.log(JSON.stringify({json.dumps(cells)}.map(csvCell)));"
    return json.loads(subprocess.run([node, "-e", script], capture_output=True, text=True, check=True).stdout)


@contextlib.contextmanager
def served(site: Path):
    """A built site served over HTTP on a free port, as a reader's browser fetches it: its base URL."""
    import threading
    from triglot.web.serve import make_server
    server = make_server(site, 0)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
