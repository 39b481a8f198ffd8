"""`triglot validate` reads every document's cache entry and runs the rules across files on them
with Python's cycle collector held off (`triglot.collector.paused`, as validate/stream.py uses it): the decoded entries are
many objects and no cycles, and the collector, set off by every 700 new objects, walked the heap
again and again (a profile of one edit at 500 documents: 60 of 150 ms)."""
import gc
import os
import shutil

from conftest import ROOT
from triglot.validate import stream


def collections_of(run, only=None) -> list:
    """The generations of the collection passes made while `run` runs (`only`: in that process)."""
    found = []

    def seen(phase, info):
        if phase == "start" and (only is None or os.getpid() == only):
            found.append(info["generation"])
    gc.callbacks.append(seen)
    try:
        run()
    finally:
        gc.callbacks.remove(seen)
    return found


def test_reading_the_entries_of_an_unchanged_corpus_sets_off_no_collection_pass(tmp_path):
    from triglot.scaled import scaled_copy
    project = scaled_copy(ROOT, tmp_path / "corpus", 6)     # 30 documents: their entries 0.4 MB of JSON
    shutil.copytree(ROOT / "seeds", project / "seeds")
    assert stream.check_edition(project) == []
    assert gc.isenabled()
    # (main: 12 passes, one of them of the older generation)
    assert len(collections_of(lambda: stream.check_edition(project))) <= 2
    assert gc.isenabled()


def test_a_watching_process_pauses_the_collector_but_freezes_nothing(tmp_path):
    from triglot.scaled import scaled_copy
    project = scaled_copy(ROOT, tmp_path / "corpus", 2)
    shutil.copytree(ROOT / "seeds", project / "seeds")
    memory: dict = {}
    assert stream.check_edition(project, memory=memory) == []
    frozen = gc.get_freeze_count()
    assert stream.check_edition(project, memory=memory) == []
    assert gc.get_freeze_count() == frozen and gc.isenabled()


def test_the_entries_coming_back_from_the_workers_set_off_few_collection_passes(tmp_path, monkeypatch):
    from triglot.scaled import scaled_copy
    project = scaled_copy(ROOT, tmp_path / "corpus", 6)
    shutil.copytree(ROOT / "seeds", project / "seeds")
    monkeypatch.setattr(stream, "WORKER_BYTES", 0)
    assert stream.check_edition(project, workers=2) == []     # what the run imports, imported
    shutil.rmtree(project / "build" / "validate-cache")
    here = os.getpid()
    found = collections_of(lambda: stream.check_edition(project, workers=2), only=here)
    # (main: 11 passes in this process; the smallest document, checked here before the workers start,
    # and loading the registers make the few left)
    assert len(found) <= 5 and gc.isenabled(), found
