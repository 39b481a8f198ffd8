"""An entry's facts in an interface language (its type, dates, role, names: builder._entry_facts)
are made once a build: the document pages' cards kept them (site.facts) and the register pages
made them all again, 786 makings for the edition's 393 entries and languages (coldweb36). A
register note's model (its runs in other scripts marked: builder._note_model) is the same in
every interface's register page, and was made once for each (573 for 191 notes). Counted, not
timed; the pages are those of a build that makes every one anew."""
from __future__ import annotations

from collections import Counter

from conftest import make_project


def _build(root, monkeypatch) -> tuple[Counter, Counter]:
    from triglot.build import build
    from triglot.web import builder
    facts, notes = Counter(), Counter()
    real_facts, real_note = builder._entry_facts, builder._note_model

    def counted_facts(entry, ui, *rest):
        facts[(entry.id, ui)] += 1
        return real_facts(entry, ui, *rest)

    def counted_note(note, *rest):
        notes[note.getroottree().getpath(note)] += 1
        return real_note(note, *rest)
    monkeypatch.setattr(builder, "_entry_facts", counted_facts)
    monkeypatch.setattr(builder, "_note_model", counted_note)
    build(root, ["web"])
    return facts, notes


def test_each_entrys_facts_are_made_once_a_build(tmp_path, monkeypatch):
    made, _ = _build(make_project(tmp_path, "translate-mini"), monkeypatch)
    assert made and max(made.values()) == 1, made.most_common(3)


def test_each_register_notes_model_is_made_once_a_build(tmp_path, monkeypatch):
    _, made = _build(make_project(tmp_path, "translate-mini"), monkeypatch)
    assert made and max(made.values()) == 1, made.most_common(3)


def test_the_pages_are_those_made_with_facts_and_notes_made_anew(tmp_path, monkeypatch):
    from triglot.web import builder
    once = make_project(tmp_path / "once", "translate-mini")
    _build(once, monkeypatch)
    anew = make_project(tmp_path / "anew", "translate-mini")

    class Forgetful(dict):          # site.facts, site.notes holding nothing: each made again where used
        def __setitem__(self, key, value):
            pass
    gather = builder.gather

    def forgetting(*args, **named):
        site = gather(*args, **named)
        site.facts, site.notes = Forgetful(), Forgetful()
        return site
    monkeypatch.setattr(builder, "gather", forgetting)
    _build(anew, monkeypatch)
    pages = sorted(p.relative_to(once / "build" / "web") for p in (once / "build" / "web").rglob("*.html"))
    assert len(pages) >= 10 and any("persons" in str(p) for p in pages)
    for page in pages:
        assert (once / "build" / "web" / page).read_bytes() == (anew / "build" / "web" / page).read_bytes(), page
