"""The first passages kept between builds (web/first_passages.kept_first_passages): taken back while
the records read are the same, made again when one of them changed, when the edition read whole
grew, and when the kept file is cut short, is not JSON or was written by another version."""
import json

import pytest

from triglot.web import first_passages as fp
from triglot.web.search import record_keys


def _record(doc, text, lang="en"):
    return dict(doc=doc, block=f"{doc}.p1", n=1, lang=lang, state="source", date="", year="", type=[],
                persons=[], places=[], names=[], date_labels={}, titles={"en": doc}, text=text)


def _key(w):
    return w[:2]


@pytest.fixture
def large(monkeypatch):
    """200 documents of which the first ones fill MOST_TEXT: the rest are never read."""
    monkeypatch.setattr(fp, "MOST_TEXT", 1000)
    return [_record(f"d{i}", f"word{i} text{i % 7} " * 10) for i in range(200)]


def _scans(monkeypatch):
    """Count the passages read (fp._scan) from now on."""
    calls = []
    real = fp._scan

    def counted(records):
        calls.append(len(records))
        return real(records)

    monkeypatch.setattr(fp, "_scan", counted)
    return calls


def _kept(records, path, tag="t"):
    return fp.kept_first_passages(records, _key, record_keys(records), path, tag)


def test_an_edit_beyond_the_passages_read_takes_the_kept_files(tmp_path, large, monkeypatch):
    kept = tmp_path / "first-passages.json"
    first = _kept(large, kept)
    assert first == fp.first_passages(large, _key)
    calls = _scans(monkeypatch)
    large[150]["text"] = "a new word " + large[150]["text"]
    assert _kept(large, kept) == first
    assert calls == []


def test_an_edit_among_the_passages_read_makes_them_again(tmp_path, large, monkeypatch):
    kept = tmp_path / "first-passages.json"
    _kept(large, kept)
    calls = _scans(monkeypatch)
    large[1]["text"] = "zebra " + large[1]["text"]
    again = _kept(large, kept)
    assert calls and again == fp.first_passages(large, _key) and "zebra" in again["ze"]["words"]["en"]
    calls.clear()
    assert _kept(large, kept) == again and calls == []       # and kept so


def test_another_tag_makes_them_again(tmp_path, large, monkeypatch):
    kept = tmp_path / "first-passages.json"
    _kept(large, kept, "code 1")
    calls = _scans(monkeypatch)
    _kept(large, kept, "code 2")
    assert calls


def test_a_record_added_to_an_edition_read_whole_makes_them_again(tmp_path, monkeypatch):
    """Under MOST_TEXT every record is read: one more record must be read too."""
    records = [_record(f"d{i}", f"word{i}") for i in range(5)]
    kept = tmp_path / "first-passages.json"
    _kept(records, kept)
    calls = _scans(monkeypatch)
    records.append(_record("d5", "zebra"))
    assert "ze" in _kept(records, kept) and calls


@pytest.mark.parametrize("damage", ["truncated", "not json", "older version", "files not objects", "a folder"])
def test_a_damaged_kept_file_is_made_again(tmp_path, large, monkeypatch, damage):
    kept = tmp_path / "first-passages.json"
    first = _kept(large, kept)
    text = kept.read_text("utf-8")
    if damage == "truncated":
        kept.write_text(text[: len(text) // 2], "utf-8")
    elif damage == "not json":
        kept.write_text("{" + text, "utf-8")
    elif damage == "older version":
        held = json.loads(text)
        held["version"] = fp.KEPT_VERSION - 1
        held["files"] = {}
        kept.write_text(json.dumps(held), "utf-8")
    elif damage == "files not objects":
        held = json.loads(text)
        held["files"] = {k: [] for k in held["files"]}
        kept.write_text(json.dumps(held), "utf-8")
    else:
        kept.unlink()
        kept.mkdir()
    calls = _scans(monkeypatch)
    assert _kept(large, kept) == first
    assert calls


def test_the_words_are_scored_with_the_cycle_collector_paused_and_it_is_on_again_after(tmp_path, monkeypatch, large):
    """Scoring makes counts and candidates that all stay alive until the files are chosen and hold
    no reference cycle: the collector's passes over them freed nothing (fp._scored)."""
    import gc
    seen = []
    scan, choose = fp._scan, fp._choose
    monkeypatch.setattr(fp, "_scan", lambda records: seen.append(gc.isenabled()) or scan(records))
    monkeypatch.setattr(fp, "_choose", lambda read, key_of: seen.append(gc.isenabled()) or choose(read, key_of))
    assert gc.isenabled()
    files = fp.kept_first_passages(large, _key, record_keys(large), tmp_path / "kept.json", "tag")
    assert files == fp.first_passages(large, _key)
    assert seen == [False, False, False, False] and gc.isenabled()


def test_a_passage_chosen_for_many_words_is_made_once(monkeypatch):
    """A passage is chosen for the files of many of its words (7 on average in the edition); its
    filter values were made again for each file (3,581 for 495 passages)."""
    records = [_record(f"d{i}", "alpha beta gamma delta epsilon zeta eta theta") for i in range(3)]
    made = []
    real = fp._passage
    monkeypatch.setattr(fp, "_passage", lambda r: (made.append(r["doc"]), real(r))[1])
    files = fp.first_passages(records, _key)
    assert sum(len(f["passages"]) for f in files.values()) > len(made) > 0
    assert len(made) == len(set(made)), made


def test_an_edit_among_the_passages_read_does_not_decode_the_kept_files(tmp_path, large, monkeypatch):
    """The kept files are made from other records then: at 500 documents their 2.6 MB were decoded
    whole only to be thrown away. What they were made from is read first, the files only if it fits."""
    kept = tmp_path / "first-passages.json"
    _kept(large, kept)
    body = kept.read_bytes().partition(fp.FILES_MARK)[2]
    decoded = []
    real = json.loads
    monkeypatch.setattr(json, "loads", lambda text, *a, **k: decoded.append(len(text)) or real(text, *a, **k))
    large[1]["text"] = "zebra " + large[1]["text"]
    assert _kept(large, kept) == fp.first_passages(large, _key)
    assert decoded and max(decoded) < len(body) - 1
