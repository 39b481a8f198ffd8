"""`triglot new`, and documents that are not of the edition's shape."""
from __future__ import annotations

import shutil

import pytest

from conftest import ROOT, make_project
from triglot.schema import project_rng
from triglot.xmlio import parse_xml

FRUS = """<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:id="frus1920">
  <teiHeader><fileDesc><titleStmt><title>Papers relating to the Foreign Relations of the United States</title></titleStmt>
  <publicationStmt><p>Office of the Historian</p></publicationStmt><sourceDesc><p>Printed volume.</p></sourceDesc>
  </fileDesc></teiHeader>
  <text><body><div type="document" n="1"><head>The Secretary of State to the Ambassador</head><p>A telegram.</p></div></body></text>
</TEI>
"""


@pytest.fixture
def new_edition(tmp_path, cli):
    code, out, err = cli("new", tmp_path / "briefe", "--title", "Briefe", "--base", "de",
                         "--translations", "fr,tr", "--publisher", "Test")
    assert code == 0, err
    return tmp_path / "briefe"


def test_new_writes_settings_registers_schemas_catalogs_and_a_readme(new_edition):
    names = sorted(str(p.relative_to(new_edition)) for p in new_edition.rglob("*") if p.is_file())
    assert {"triglot.toml", "README.md", "tei/persons.xml", "tei/places.xml", "tei/schema/triglot.rng",
            "translations/ui/en/LC_MESSAGES/ui.po", "translations/ui/en/LC_MESSAGES/print.po"} <= set(names)
    assert 'base = "de"' in (new_edition / "triglot.toml").read_text("utf-8")


def test_the_empty_registers_are_valid_tei(new_edition):
    for name in ("persons.xml", "places.xml", "orgs.xml"):
        assert project_rng(ROOT).validate(parse_xml(new_edition / "tei" / name, name)), name


def test_a_new_edition_validates_checks_and_builds_at_once(new_edition, cli):
    for command in (["validate"], ["check", "--strict"], ["translations", "status"], ["build", "all"]):
        code, out, err = cli("--root", new_edition, *command)
        assert code == 0, (command, err)
    assert sorted(p.name for p in (new_edition / "build" / "print").glob("*.pdf")) == [
        "briefe-de-fr-tr.pdf", "briefe-de-fr.pdf", "briefe-de-tr.pdf"]
    assert (new_edition / "build" / "web" / "en" / "index.html").is_file()


def test_new_never_writes_into_a_folder_that_has_files(tmp_path, cli):
    (tmp_path / "old").mkdir()
    (tmp_path / "old" / "notes.txt").write_text("mine")
    code, _, err = cli("new", tmp_path / "old")
    assert code == 1 and "exists and is not an empty folder" in err
    assert [p.name for p in (tmp_path / "old").iterdir()] == ["notes.txt"]


def test_new_refuses_a_language_cldr_does_not_know(tmp_path, cli):
    code, _, err = cli("new", tmp_path / "x", "--translations", "qq")
    assert code == 1 and "languages.translations: 'qq'" in err and not (tmp_path / "x").exists()


@pytest.mark.parametrize("command", [["check"], ["translations", "status"], ["translations", "export"],
                                     ["validate"], ["build", "web"], ["export"], ["schema"]])
def test_foreign_tei_is_refused_by_every_command(tmp_path, cli, command):
    """`schema` derived the project's subset from the foreign file's elements too (session 10: the
    correspDesc SIG's examples dropped into tei/ widened it with <authority>, <cit>, <figure>…)."""
    root = make_project(tmp_path)
    (root / "tei" / "frus1920.xml").write_text(FRUS, encoding="utf-8")
    schema = {p.name: p.read_bytes() for p in (root / "tei" / "schema").iterdir()}
    code, out, err = cli("--root", root, *command)
    assert code == 1, command
    assert "tei/frus1920.xml" in out + err and "base text" in out + err
    assert not (root / "translations").exists() and not (root / "build" / "web").exists()
    assert {p.name: p.read_bytes() for p in (root / "tei" / "schema").iterdir()} == schema


def test_a_document_without_the_slots_of_a_language_is_refused(tmp_path, cli):
    root = make_project(tmp_path)
    doc = root / "tei" / "mini.xml"
    text = doc.read_text("utf-8")
    start = text.index('<div type="translation" xml:lang="hy"')
    doc.write_text(text[:start] + text[text.index("</div>", start) + len("</div>"):], encoding="utf-8")
    code, out, err = cli("--root", root, "translations", "status")
    assert code == 1 and "no translation slots for hy (Armenian)" in err


def test_the_installed_package_builds_this_edition_and_a_new_one(tmp_path):
    """A wheel of the checkout holds the stylesheets, schemas and catalogs; installed (not editable)
    into a fresh environment, it builds this edition and a new one without the checkout.
    The environment sees the test environment's dependencies (a .pth file): nothing but the
    build backend is fetched."""
    import subprocess
    import sys
    import sysconfig
    import zipfile
    source = tmp_path / "source"
    shutil.copytree(ROOT, source, symlinks=True,
                    ignore=shutil.ignore_patterns(".venv", "build", "node_modules", ".git", "*.egg-info",
                                                  "__pycache__", "test-artifacts", ".pytest_cache"))
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(tmp_path / "dist"),
                    str(source)], check=True, capture_output=True)
    wheel = next((tmp_path / "dist").glob("triglot-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    assert {"triglot/data/xslt/web.xsl", "triglot/data/xslt/print.xsl", "triglot/data/xslt/export/cmif.xsl",
            "triglot/data/schema/triglot.rng", "triglot/data/ui/ru/LC_MESSAGES/ui.po",
            "triglot/web/static/site.css", "triglot/print/print.css"} <= names

    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    python = venv / "bin" / "python"
    site = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                          capture_output=True, text=True, check=True).stdout.strip()
    with open(f"{site}/test-deps.pth", "w") as fh:
        fh.write(sysconfig.get_paths()["purelib"] + "\n")
    subprocess.run([str(python), "-m", "pip", "install", "-q", "--no-deps", str(wheel)], check=True,
                   capture_output=True)
    shutil.rmtree(source)                   # the installed package must not need the checkout
    where = subprocess.run([str(python), "-c", "import triglot; print(triglot.__file__)"],
                           capture_output=True, text=True, check=True, cwd=tmp_path).stdout
    assert where.startswith(site)

    triglot = venv / "bin" / "triglot"
    edition = tmp_path / "edition"
    for folder in ("tei", "seeds"):
        shutil.copytree(ROOT / folder, edition / folder, ignore=shutil.ignore_patterns("schema"))
    shutil.copy(ROOT / "triglot.toml", edition / "triglot.toml")
    run = subprocess.run([str(triglot), "build", "web"], cwd=edition, capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert (edition / "build" / "web" / "ru" / "documents" / "legran1920.html").is_file()
    run = subprocess.run([str(triglot), "new", "fresh"], cwd=tmp_path, capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    run = subprocess.run([str(triglot), "build"], cwd=tmp_path / "fresh", capture_output=True, text=True)
    assert run.returncode == 0, run.stderr


@pytest.mark.parametrize("module, command, extra", [("icu", "build web", "web"), ("weasyprint", "build print", "print")])
def test_a_missing_optional_dependency_is_one_line_naming_its_extra(new_edition, module, command, extra):
    """Installed without an extra (`pip install .`), a command that needs it says which one to add."""
    import subprocess
    import sys
    code = f"import sys; sys.modules[{module!r}] = None; from triglot.cli import main; sys.exit(main(sys.argv[1:]))"
    run = subprocess.run([sys.executable, "-c", code, *command.split()], cwd=new_edition,
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 1 and "Traceback" not in run.stderr, run.stderr
    assert run.stderr.splitlines() == [
        f"triglot:0: dependency: `triglot build` needs {'pyicu' if module == 'icu' else module} (Python module "
        f"{module!r}), which is not installed: pip install 'triglot[{extra}]'"]


def test_a_new_editions_git_status_shows_only_what_its_editors_wrote(new_edition, cli):
    """The outputs and the commands' own files are ignored from the start: a project that commits its
    edition with git sees build/ and a killed validation's staging folder in no `git status`."""
    import subprocess
    git = ["git", "-C", str(new_edition), "-c", "user.name=t", "-c", "user.email=t@example.org"]
    subprocess.run([*git, "init", "-q"], check=True)
    subprocess.run([*git, "add", "-A"], check=True)
    subprocess.run([*git, "commit", "-qm", "new"], check=True)
    tracked = subprocess.run([*git, "ls-files"], capture_output=True, text=True, check=True).stdout.split()
    assert {"triglot.toml", "tei/persons.xml", "translations/ui/en/LC_MESSAGES/ui.po"} <= set(tracked)
    (new_edition / ".triglot-validate-cache-x1y2").mkdir()          # as a kill -9 leaves it
    for command in (["validate"], ["build", "web"]):
        code, _, err = cli("--root", new_edition, *command)
        assert code == 0, (command, err)
    assert (new_edition / "build" / "web").is_dir()
    status = subprocess.run([*git, "status", "--porcelain", "--ignored=no"], capture_output=True, text=True,
                            check=True).stdout
    assert status == ""


def test_new_names_its_editors_in_the_settings_and_the_registers(tmp_path, cli):
    code, _, err = cli("new", tmp_path / "e", "--publisher", "Kartvelian Text Society",
                       "--editor", "Nino Beridze", "--editor", "Levan Chikovani")
    assert code == 0, err
    from triglot.settings import load as load_settings
    assert load_settings(tmp_path / "e").editors == ("Nino Beridze", "Levan Chikovani")
    names = parse_xml(tmp_path / "e" / "tei" / "persons.xml", "persons.xml").xpath(
        "//t:respStmt[@xml:id='resp-editors']/t:persName/text()", namespaces={"t": "http://www.tei-c.org/ns/1.0"})
    assert names == ["Nino Beridze", "Levan Chikovani"]
