"""An entry's facts in an interface language (its type, dates, role, names: builder._entry_facts)
are made once a build: the document pages' cards kept them (site.facts) and the register pages
made them all again, 786 makings for the edition's 393 entries and languages (coldweb36).
Counted, not timed; the pages are those made before (the register pages' entries are compared
with a build that makes every entry's facts anew)."""
from __future__ import annotations

from collections import Counter

from conftest import make_project


def _build(root, monkeypatch, memo: bool = True) -> Counter:
    from triglot.build import build
    from triglot.web import builder
    made = Counter()
    real = builder._entry_facts

    def counted(entry, ui, *rest):
        made[(entry.id, ui)] += 1
        return real(entry, ui, *rest)
    monkeypatch.setattr(builder, "_entry_facts", counted)
    build(root, ["web"])
    return made


def test_each_entrys_facts_are_made_once_a_build(tmp_path, monkeypatch):
    made = _build(make_project(tmp_path), monkeypatch)
    assert made and max(made.values()) == 1, made.most_common(3)


def test_the_register_pages_are_those_made_with_facts_made_anew(tmp_path, monkeypatch):
    from triglot.web import builder
    once = make_project(tmp_path / "once")
    _build(once, monkeypatch)
    anew = make_project(tmp_path / "anew")

    class Forgetful(dict):          # site.facts holding nothing: every entry's facts made again
        def __setitem__(self, key, value):
            pass
    gather = builder.gather

    def forgetting(*args, **named):
        site = gather(*args, **named)
        site.facts = Forgetful()
        return site
    monkeypatch.setattr(builder, "gather", forgetting)
    _build(anew, monkeypatch)
    pages = sorted(p.relative_to(once / "build" / "web") for p in (once / "build" / "web").rglob("*.html"))
    assert len(pages) > 20 and any("persons" in str(p) for p in pages)
    for page in pages:
        assert (once / "build" / "web" / page).read_bytes() == (anew / "build" / "web" / page).read_bytes(), page
