"""What a document's check needs is read or searched for once (#21): its seed, and its elements with an xml:id.

Each document read its seed twice (once to hash it for the cache, once for its lines) and folded
every line again, though documents share seeds: the 100-times corpus's workers each compared some
250 documents with the same five. Now the seed is read once a document and its folded lines are
kept per process under the hash of the bytes just read, so a seed edited while a process runs
(`validate --watch`) is never compared by its old lines.
"""
from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

from conftest import ROOTS

from triglot.edition import load
from triglot.scaled import scaled_copy
from triglot.validate import fidelity


def calls_of(monkeypatch, owner, name: str) -> list:
    """Each call's first argument to `owner.name` from now on, the function still doing its work."""
    calls, real = [], getattr(owner, name)

    def counted(first, *args, **kwargs):
        calls.append(first)
        return real(first, *args, **kwargs)
    monkeypatch.setattr(owner, name, counted)
    return calls


def two_sharing_a_seed(tmp_path) -> Path:
    corpus = scaled_copy(ROOTS / "mini", tmp_path / "two", 2)      # mini-0.xml and mini-1.xml
    shutil.copytree(ROOTS / "mini" / "seeds", corpus / "seeds")
    return corpus


def test_documents_sharing_a_seed_read_it_once_each(tmp_path, monkeypatch):
    corpus = two_sharing_a_seed(tmp_path)
    edition = load(corpus)
    reads = calls_of(monkeypatch, fidelity, "read_regular")
    found = [fidelity.check_one(corpus, doc) for doc in edition.documents]
    digest = hashlib.sha256((corpus / "seeds" / "mini.txt").read_bytes()).hexdigest()
    assert found == [(["mini.txt", digest], [])] * 2
    assert [Path(path).name for path in reads] == ["mini.txt", "mini.txt"]


def test_a_seed_edited_in_a_running_process_is_compared_by_its_new_lines(tmp_path):
    corpus = two_sharing_a_seed(tmp_path)
    doc = load(corpus).documents[0]
    assert fidelity.check_one(corpus, doc)[1] == []
    seed = corpus / "seeds" / "mini.txt"
    seed.write_text(seed.read_text("utf-8").replace("Chicherin wrote", "Chicherin sent", 1), "utf-8")
    (name, digest), problems = fidelity.check_one(corpus, doc)
    assert digest == hashlib.sha256(seed.read_bytes()).hexdigest()
    assert [(p.rule, p.message.split(":")[0]) for p in problems] == \
        [("fidelity", "the base text departs from seeds/mini.txt line 3")]


def test_a_document_is_searched_once_for_its_ids(tmp_path, monkeypatch):
    """The pointer scan (summary.scan) and the ids rules take the elements with an xml:id from one
    search of each part of the document (rules.id_parts): the scan searched each part, and the ids
    rule the whole document again."""
    from triglot.validate import files, rules
    corpus = two_sharing_a_seed(tmp_path)
    edition = load(corpus)
    doc = edition.documents[0]
    searched = calls_of(monkeypatch, rules, "WITH_ID")
    entry = files.document_entry(edition, doc, [])
    assert searched == [part for part in doc.root if isinstance(part.tag, str)]
    assert entry.problems == [] and entry.summary["ids"]


def test_a_document_header_is_read_once_for_its_summary(tmp_path, monkeypatch):
    """The summary keeps what the header states twice (for the rules across files, and in the facts
    kept for loading): it is read once."""
    from triglot.validate import files, header
    corpus = two_sharing_a_seed(tmp_path)
    edition = load(corpus)
    real = header.stated
    calls = calls_of(monkeypatch, header, "stated")
    entry = files.document_entry(edition, edition.documents[0], [])
    assert len(calls) == 1
    assert entry.summary["header"] == entry.summary["load"]["header"] == real(edition.documents[0].root)
    assert entry.summary["header"]
