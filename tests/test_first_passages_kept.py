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


def _counted(monkeypatch):
    """The records whose words are scored (fp._counts) from now on, by document."""
    counted = []
    real = fp._counts
    monkeypatch.setattr(fp, "_counts", lambda r: counted.append(r["doc"]) or real(r))
    return counted


def test_an_edit_among_the_passages_read_that_changes_no_word_scores_only_the_edited_record(tmp_path, large, monkeypatch):
    """The bench's edit (a sign before a translation slot's text, no word changed) of a document among
    the passages read scored every passage read again (edit22: 1.7 of its profile's CPU-s at 500
    documents): only the edited record is scored now, and the files are a cold build's, with the
    edited passage's new text wherever it is listed."""
    kept = tmp_path / "first-passages.json"
    _kept(large, kept)
    counted = _counted(monkeypatch)
    large[1]["text"] = "≈ " + large[1]["text"]
    again = _kept(large, kept)
    assert counted == ["d1"]
    assert again == fp.first_passages(large, _key)
    assert any(p["content"].startswith("≈") for f in again.values() for p in f["passages"])
    counted.clear()
    large[2]["text"] = large[2]["text"] + "!"        # and the file kept is the new one, taken back so
    assert _kept(large, kept) == fp.first_passages(large, _key) and counted[:1] == ["d2"]


def test_a_title_changed_without_a_word_of_the_passages_is_given_to_the_files(tmp_path, large, monkeypatch):
    kept = tmp_path / "first-passages.json"
    _kept(large, kept)
    counted = _counted(monkeypatch)
    large[0]["titles"] = {"en": "Another title"}
    again = _kept(large, kept)
    assert counted == ["d0"]
    assert again == fp.first_passages(large, _key)
    assert any(f["titles"].get("d0") == {"title_en": ["Another title"]} for f in again.values())


def test_an_edit_that_moves_the_end_of_the_passages_read_makes_them_again(tmp_path, large, monkeypatch):
    """A longer passage without a new word: the records looked at end earlier, so the files change."""
    kept = tmp_path / "first-passages.json"
    first = _kept(large, kept)
    looked = len(json.loads(kept.read_bytes())["made"]["records"])
    large[0]["text"] = large[0]["text"] + " " * 400
    again = _kept(large, kept)
    assert again == fp.first_passages(large, _key) != first
    assert len(json.loads(kept.read_bytes())["made"]["records"]) < looked


def test_an_edit_that_makes_another_passage_an_entry_s_shortest_mention_makes_them_again(tmp_path, monkeypatch):
    """Same words, but a record now shorter than the one listed for an entry's name: the entry's
    files must list it (named())."""
    records = [_record(f"d{i}", f"Kars word{i} lies here, far away.") for i in range(4)]
    for r in records:
        r["names"] = [["kars", "Kars"]]
    entries = [{"id": "kars", "forms": [["Kars", "en"]]}]
    kept = tmp_path / "first-passages.json"
    fp.kept_first_passages(records, _key, record_keys(records), kept, "t", entries)
    records[3]["text"] = records[3]["text"].replace(", far away.", ".")
    again = fp.kept_first_passages(records, _key, record_keys(records), kept, "t", entries)
    assert again == fp.first_passages(records, _key, entries)
    assert [again["ka"]["passages"][i]["filters"]["doc"] for i in again["ka"]["named"]["kars"]] == [["d3"]]


def test_a_kept_file_whose_records_were_edited_by_hand_is_made_again(tmp_path, large, monkeypatch):
    """What the kept file holds of the records (the passages' places, `origins`) chooses which record
    a changed passage is made again from: one pointed elsewhere by hand would publish a passage under
    words it does not hold. The file's digest covers those bytes too."""
    kept = tmp_path / "first-passages.json"
    _kept(large, kept)
    text = kept.read_text("utf-8")
    made = json.loads(text)["made"]
    key, places = next((k, v) for k, v in made["origins"].items() if 1 in v)
    edited = json.dumps({key: [2 if n == 1 else n for n in places]}, separators=(",", ":"))[1:-1]
    original = json.dumps({key: places}, separators=(",", ":"))[1:-1]
    assert original in text
    kept.write_text(text.replace(original, edited, 1), "utf-8")
    calls = _scans(monkeypatch)
    large[1]["text"] = "≈ " + large[1]["text"]
    assert _kept(large, kept) == fp.first_passages(large, _key)
    assert calls


def test_an_edit_beyond_the_passages_read_decodes_neither_their_summaries_nor_scores_them(tmp_path, large, monkeypatch):
    """What each record read gave the choice (the kept file's "made", 0.7 MB at 500 documents) is
    needed only when the records read changed: an edit beyond them, as nearly every edit of a large
    edition, reads the kept file's head and its files alone."""
    kept = tmp_path / "first-passages.json"
    first = _kept(large, kept)
    decoded = []
    real = json.loads
    monkeypatch.setattr(json, "loads", lambda text, *a, **k: decoded.append(text) or real(text, *a, **k))
    counted = _counted(monkeypatch)
    large[150]["text"] = "a new word " + large[150]["text"]
    assert _kept(large, kept) == first
    assert counted == [] and decoded
    assert not [t for t in decoded if '"records":[[' in (t if isinstance(t, str) else t.decode("utf-8"))]
