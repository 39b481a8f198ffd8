"""hostile41: session 29's code and the last hostile round's leftovers, attacked as a careless user would."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from conftest import make_project

SRC = str(Path(__file__).resolve().parents[1] / "src")


def test_check_with_its_standard_output_closed_exits_non_zero_and_says_why(tmp_path):
    """`triglot check >&-`: Python gives a closed stdout as None, print() to None writes nothing and
    succeeds, and the command exited 0 with every finding lost (hostile40 saw it)."""
    root = make_project(tmp_path, "review-rules")
    run = subprocess.run([sys.executable, "-m", "triglot", "--root", str(root), "check"],
                         stderr=subprocess.PIPE, text=True, env={**os.environ, "PYTHONPATH": SRC},
                         preexec_fn=lambda: os.close(1), timeout=300)
    assert run.returncode != 0
    assert run.stderr.splitlines()[0] == ("triglot:0: os: standard output is closed: "
                                          "the command's lines cannot be written")
    assert "Traceback" not in run.stderr


def _script_findings(cli, root):
    code, out, err = cli("--root", root, "check", "--rule", "latin-letters")
    assert code == 0, err
    return out.splitlines()


def test_a_cyrillic_letter_inside_an_armenian_word_is_reported(cli, tmp_path):
    """The rule checked Latin letters only: a Russian "е" (U+0435) for an Armenian "ե" passed."""
    root = make_project(tmp_path, "review-rules")
    mini = root / "tei" / "mini.xml"
    mini.write_text(mini.read_text("utf-8").replace("Чичeрина", "Чичерина").replace("Չիչերինից", "Չիչеրինից"), "utf-8")
    assert _script_findings(cli, root) == [
        "tei/mini.xml:47: latin-letters: mini.h1.hy: “Չիչеրինից” mixes Cyrillic letters into a word in Armenian"]


def test_a_cyrillic_letter_inside_a_georgian_word_is_reported(cli, tmp_path):
    """Any language's slot is checked against its own script (CLDR's, through ICU), not three languages'."""
    root = make_project(tmp_path, "rtl-mini")
    mini = root / "tei" / "mini.xml"
    mini.write_text(mini.read_text("utf-8").replace(">ჩიჩერინმა<", ">ჩიჩеრინმა<"), "utf-8")
    assert _script_findings(cli, root) == [
        "tei/mini.xml:48: latin-letters: mini.p1.ka: “ჩიჩеრინმა” mixes Cyrillic letters into a word in Georgian"]


# -- session 29's catalogue rules on a catalogue copied from a web page: no-break spaces ---------------------------

def test_an_index_heading_with_no_break_spaces_is_one_person(name_index):
    """index_headings.py matched a literal space: "Barton,&nbsp;Amos L." gave the place "Barton" and two persons."""
    from conftest import proposals
    text = "The papers of Barton,\u00a0Amos\u00a0L. (Amos Lyle), 1855-1936, are kept here."
    found = [(words, tag) for words, tag, _, _ in proposals(text, name_index) if tag in ("persName", "placeName")]
    assert found == [("Barton,\u00a0Amos\u00a0L.", "persName")]


def test_a_collection_named_with_a_no_break_space_names_the_person_without_its_head_word(name_index):
    """collection_names.py matched a literal space: "Arthur&nbsp;Whitcombe Papers" gave the person
    "Whitcombe Papers", the head word inside (the rule's docstring keeps it outside)."""
    from conftest import tagged
    assert tagged("The Arthur\u00a0Whitcombe Papers are kept here.", name_index, "persName") == ["Arthur\u00a0Whitcombe"]

def test_a_collections_span_after_a_no_break_space_is_one_date():
    """catalogue_dates.py's "Dates: " lookbehind held a literal space: "Dates:&nbsp;1795-1941" gave 1941 alone."""
    from conftest import date_proposals
    found = date_proposals("Dates:\u00a01795-1941 (bulk 1870-1941).")
    assert [words for words, _, _ in found][0] == "1795-1941"


# -- triglot new with a hostile editor's name -------------------------------------------------------------------------

def test_new_refuses_an_editor_name_with_a_direction_override(tmp_path, cli):
    """A pasted U+202E in --editor was written into every register's header: the new edition's first
    `triglot check` gave direction-control findings in files nobody had edited."""
    code, out, err = cli("new", tmp_path / "e", "--editor", "\u202eAnn Lee\u202c")
    assert code != 0 and not (tmp_path / "e").exists()
    assert err.splitlines() == ["triglot.toml:5: settings: edition.editors: holds an invisible direction control "
                                "(U+202E RIGHT-TO-LEFT OVERRIDE): every header would state it, reordering what "
                                "readers see; remove it"]


def test_new_refuses_to_write_through_a_dangling_symbolic_link(tmp_path, cli):
    """`triglot new LINK`, LINK pointing nowhere, made the edition at the link's target, elsewhere on
    the disk (GNU cp and ln refuse to write through a dangling link)."""
    elsewhere = tmp_path / "elsewhere" / "edition"
    (tmp_path / "work").mkdir()
    (tmp_path / "work" / "link").symlink_to(elsewhere)
    code, out, err = cli("new", tmp_path / "work" / "link")
    assert code != 0 and not elsewhere.exists() and not (tmp_path / "elsewhere").exists()
    assert err.splitlines() == [f"{tmp_path}/work/link:0: new: a symbolic link to {elsewhere}, which does not exist; "
                                "nothing written (give the folder itself)"]


# -- a kept part's citation files (web/file_store.py put_stored) -------------------------------------------------------

def test_a_stored_citation_file_replaced_by_a_symbolic_link_is_not_published(tmp_path):
    """A stored copy replaced by a link to a copy elsewhere (same bytes) was hard-linked as the link
    itself: the site's cite/passages/….bib became a symbolic link to a path outside the site."""
    import hashlib
    from triglot.web.file_store import FileStore
    data = b"@article{x, title={T}}\n"
    digest = hashlib.sha256(data).hexdigest()
    (tmp_path / "store").mkdir()
    (tmp_path / "elsewhere.bib").write_bytes(data)
    (tmp_path / "store" / digest).symlink_to(tmp_path / "elsewhere.bib")
    site = tmp_path / "site"
    assert FileStore(tmp_path / "store").put_stored(site / "cite" / "x.bib", digest) is False
    assert not (site / "cite" / "x.bib").is_symlink()


# -- BibTeX keys that collide once cleaned (web/cite.py bibtex_key) ----------------------------------------------------

def test_two_articles_whose_keys_would_meet_once_cleaned_keep_two_keys(tmp_path):
    """An article numbered "18|" is keyed "mudros.en.n18-14edf58c" (its '|' dropped, a digest of its
    anchor added); an article whose @n is "18-14edf58c" had that very key as its own anchor, and the
    passages' file held two records of one key (pandoc read both under one id)."""
    from triglot.edition import load
    from triglot.web import cite
    root = make_project(tmp_path, "treaty-articles")
    tei = root / "tei" / "mudros.xml"
    text = tei.read_text("utf-8").replace('type="article" n="18"', 'type="article" n="18|"')
    tei.write_text(text.replace('type="article" n="20"', 'type="article" n="18-14edf58c"'), "utf-8")
    edition = load(root)
    doc = next(d for d in edition.documents if d.id == "mudros")
    bib = tmp_path / "mudros.bib"
    bib.write_bytes(cite.files(doc, "Edition", edition.settings.base, edition)["cite/passages/mudros.bib"])
    read = subprocess.run(["pandoc", "-f", "bibtex", "-t", "csljson", str(bib)], capture_output=True, text=True)
    assert read.returncode == 0, read.stderr
    ids = [r["id"] for r in json.loads(read.stdout)]
    assert "mudros.en.n18-14edf58c" in ids and len(set(ids)) == len(ids), ids


# -- the staging sweep of validation (validate/cache.py sweep) ----------------------------------------------------------

def test_validation_leaves_a_users_folder_that_merely_starts_like_a_staging_folder(tmp_path, cli):
    """Every run sweeps killed runs' staging folders (STAGING and 16 hex digits): it removed any folder
    whose name began so, a user's ".triglot-validate-cache-old" copy with its contents too."""
    from triglot.validate import cache
    root = make_project(tmp_path, "mini")
    own = root / (cache.STAGING + "old")
    own.mkdir()
    (own / "notes.txt").write_text("mine", "utf-8")
    assert cli("--root", root, "validate")[0] == 0
    assert (own / "notes.txt").read_text("utf-8") == "mine"


def test_new_in_an_empty_folder_fills_that_folder_and_does_not_replace_it(tmp_path, cli):
    """`mkdir ed && cd ed && triglot new .` removed the folder and renamed the new edition to its
    name: the user's shell stood in a deleted folder, where `ls` showed nothing."""
    folder = tmp_path / "ed"
    folder.mkdir()
    before = os.stat(folder).st_ino
    code, _, err = cli("new", folder)
    assert code == 0, err
    assert os.stat(folder).st_ino == before and (folder / "triglot.toml").is_file()
    assert [p.name for p in tmp_path.iterdir()] == ["ed"]      # no scratch folder left beside it


def test_new_tells_a_failure_to_write_beside_dir_at_dir(tmp_path, cli):
    """A folder name of 250 bytes is valid, but the scratch folder beside it (".NAME.new.XXXXXXXX") is
    not: the failure was told at that scratch path, a hidden name the user never gave."""
    target = tmp_path / ("é" * 125)
    code, out, err = cli("new", target)
    assert code != 0 and not target.exists()
    assert err.splitlines() == [f"{target}:0: os: File name too long (writing the new edition beside it, in a "
                                "scratch folder renamed to it when whole); nothing written"]
