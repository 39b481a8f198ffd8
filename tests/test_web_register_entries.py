"""A register page is put together from its entries rendered one by one and kept (issue 21).

An edit changes the lines of a few entries of a page that quotes every mention of the
edition; the others are neither built nor rendered again but copied as rendered before
(web/register_cache.py, web/entry_fragments.py). Here: an edit renders only the entries it
changed, and the kept entries, damaged or gone, cost time but never a wrong page (the
rebuild is compared file by file with a cold build of the same sources).
"""
from __future__ import annotations

import re

import pytest

from conftest import copy_project, replace_once
from test_web_incremental import DOC, NAME, cold, files
from triglot.build import build
from triglot.web import render


def rendered_entries(monkeypatch) -> list[list[str]]:
    """The keys of the entries rendered by each call (the edition's pages are rendered in this process)."""
    from lxml import etree
    calls: list[list[str]] = []
    original = render._html

    def counting(ui, text, tei=None):
        model = etree.fromstring(text.encode("utf-8"))
        if model.get("kind") == "entry-fragments":
            calls.append([ui] + [f.get("key") for f in model if f.tag == "{urn:triglot:web}fresh"])
        return original(ui, text, tei)

    monkeypatch.setattr(render, "_html", counting)
    return calls


def test_an_edit_renders_only_the_register_entries_it_changed(tmp_path, monkeypatch):
    root = copy_project(tmp_path / "edition")
    calls = rendered_entries(monkeypatch)
    build(root, ["web"])
    everything = sum(len(c) - 1 for c in calls)
    calls.clear()
    replace_once(root / "tei" / DOC, NAME, '<persName ref="psn:stalin">Сталина И. В.</persName>')
    build(root, ["web"])
    # the Russian line of the passage changed: the entries it mentions, on the Russian pages only
    # (persons: Stalin; places: the place the passage names), no other
    assert sorted((c[0], len(c) - 1) for c in calls) == [("ru", 1), ("ru", 1)], calls
    assert everything > 300


def test_kept_entries_damaged_or_gone_cost_time_not_a_wrong_page(tmp_path):
    root = copy_project(tmp_path / "edition")
    build(root, ["web"])
    kept = sorted((root / "build" / "web-cache" / "registers").glob("*-*.xml"))
    assert len(kept) == 9                 # persons, places and organisations in three interfaces
    kept[0].write_bytes(kept[0].read_bytes()[:-100])        # cut short
    kept[1].unlink()
    kept[2].with_name(kept[2].name.rsplit("-", 1)[0] + ".json").write_text("{", "utf-8")   # index damaged
    replace_once(root / "tei" / DOC, NAME, '<persName ref="psn:stalin">Сталина И. В.</persName>')
    build(root, ["web"])
    again = files(root / "build" / "web")
    expected = cold(root, tmp_path / "cold")
    assert [str(k) for k in expected if again.get(k) != expected[k]] == []
    assert [str(k) for k in again if k not in expected] == []



def test_kept_entries_are_joined_to_their_page_as_text_not_parsed(tmp_path, monkeypatch):
    """At 500 documents the Russian places page's kept entries are a 20 MB file: parsing it into a
    tree and serialising the whole page from that tree again were most of the page's time in a
    one-edit rebuild. The file is now cut by the length each entry records and the entries joined
    to the page as text; the pages are still those of a cold build."""
    from lxml import etree

    from triglot.web import entry_fragments
    root = copy_project(tmp_path / "edition")
    build(root, ["web"])
    parse = etree.parse

    def no_kept_file(source, *args, **kwargs):
        assert "registers" not in str(source), f"kept entries parsed: {source}"
        return parse(source, *args, **kwargs)

    monkeypatch.setattr(entry_fragments.etree, "parse", no_kept_file)
    replace_once(root / "tei" / DOC, NAME, '<persName ref="psn:stalin">Сталина И. В.</persName>')
    build(root, ["web"])
    monkeypatch.undo()
    again = files(root / "build" / "web")
    expected = cold(root, tmp_path / "cold")
    assert [str(k) for k in expected if again.get(k) != expected[k]] == []


def test_a_register_page_is_rendered_without_its_entries_then_given_their_html(tmp_path, monkeypatch):
    """Rendering a register page with every kept entry copied into its model made Saxon parse, copy
    and serialise the whole page again (18 MB for the Russian places page at 500 documents). The page
    is now rendered with a mark in each entry's place and the entries' kept HTML put there; the pages
    are still those of a cold build."""
    from triglot import xslt
    root = copy_project(tmp_path / "edition")
    build(root, ["web"])
    models: list[str] = []
    real = xslt.processor

    class Watching:
        """The Saxon processor, noting every page model it is given."""
        def __init__(self, proc):
            self._proc = proc

        def __getattr__(self, name):
            return getattr(self._proc, name)

        def parse_xml(self, **kwargs):
            models.append(kwargs.get("xml_text") or "")
            return self._proc.parse_xml(**kwargs)

    monkeypatch.setattr(xslt, "processor", lambda: Watching(real()))
    replace_once(root / "tei" / DOC, NAME, '<persName ref="psn:stalin">Сталина И. В.</persName>')
    build(root, ["web"])
    monkeypatch.undo()
    # (a page's own kind: an entry's model says its register's kind too, since cards and entries of
    # organisations label their dates apart)
    pages = [m for m in models if re.match(r'<tg:page [^>]*\bkind="(?:persons|places)"', m)]
    assert len(pages) == 2                                  # the Russian persons and places pages
    assert [m for m in pages if 'class="entry"' in m] == []
    again = files(root / "build" / "web")
    expected = cold(root, tmp_path / "cold")
    assert [str(k) for k in expected if again.get(k) != expected[k]] == []


EDITED = '<persName ref="psn:stalin">Сталина И. В.</persName>'
EDITED_AGAIN = '<persName ref="psn:stalin">Сталина И.В.</persName>'      # the same entries' line changed again


def context_lines_read(monkeypatch) -> list[str]:
    """The documents whose mentions' lines a register entry's model was made from, one per mention."""
    from triglot.web import builder
    read: list[str] = []
    real = builder._context_line

    def counting(mentions, ui, base):
        read.extend(m.doc_id for m in mentions)
        return real(mentions, ui, base)

    monkeypatch.setattr(builder, "_context_line", counting)
    return read


def test_an_entry_built_again_takes_back_the_mentions_of_the_documents_not_edited(tmp_path, monkeypatch):
    """An edit builds again the entries its document mentions (Stalin, on the Russian pages), whose
    model lists their mentions in every document: at 500 documents an entry's mentions in hundreds
    of documents had their lines read, hashed, decoded and marked again for one edited passage. Each
    document's share of an entry's model is now kept under the key of what it is made from
    (register_cache.KeptMentions): only the edited document's mentions are read; the pages are a
    cold build's."""
    root = copy_project(tmp_path / "edition")
    build(root, ["web"])
    # a cold build keeps no entry's shares (most entries no edit builds again); the first rebuild
    # that builds an entry again keeps them
    assert list((root / "build" / "web-cache" / "registers" / "mentions").rglob("*.json")) == []
    replace_once(root / "tei" / DOC, NAME, EDITED)
    build(root, ["web"])
    read = context_lines_read(monkeypatch)
    replace_once(root / "tei" / DOC, EDITED, EDITED_AGAIN)
    build(root, ["web"])
    monkeypatch.undo()
    edited = re.search(r'<TEI [^>]*xml:id="([^"]+)"', (root / "tei" / DOC).read_text("utf-8")).group(1)
    assert read and set(read) == {edited}, sorted(set(read))
    again = files(root / "build" / "web")
    expected = cold(root, tmp_path / "cold")
    assert [str(k) for k in expected if again.get(k) != expected[k]] == []
    assert [str(k) for k in again if k not in expected] == []


@pytest.mark.parametrize("damage", ["cut short", "planted", "gone"])
def test_kept_mentions_damaged_planted_or_gone_cost_time_not_a_wrong_page(tmp_path, damage):
    """A kept entry's mentions cut short, a document's share planted as another's (its file's digest
    made again to match), or the file gone: those shares are made again, the pages a cold build's."""
    import hashlib
    import json

    from triglot.web.register_cache import MENTIONS
    root = copy_project(tmp_path / "edition")
    build(root, ["web"])
    replace_once(root / "tei" / DOC, NAME, EDITED)
    build(root, ["web"])        # the entries it builds again are kept with their shares
    folder = root / "build" / "web-cache" / "registers" / MENTIONS

    def read(path):
        head, body = path.read_bytes().split(b"\n", 1)
        return json.loads(head), json.loads(body)
    # the entry the edit builds again (Stalin, on the Russian persons page), mentioned by more than one document
    stalin = [p for p in folder.glob("persons-ru*/*.json") if read(p)[0]["entry"] == "stalin"]
    assert len(stalin) == 1 and len(read(stalin[0])[1]) > 1
    kept = stalin[0]
    if damage == "cut short":
        kept.write_bytes(kept.read_bytes()[:-50])
    elif damage == "planted":
        head, docs = read(kept)
        first, second = list(docs)[:2]
        docs[second] = [docs[second][0], docs[first][1]]
        body = json.dumps(docs, ensure_ascii=False).encode("utf-8")
        head["digest"] = hashlib.sha256(body).hexdigest()
        kept.write_bytes(json.dumps(head).encode("utf-8") + b"\n" + body)
    else:
        kept.unlink()
    replace_once(root / "tei" / DOC, EDITED, EDITED_AGAIN)
    build(root, ["web"])
    again = files(root / "build" / "web")
    expected = cold(root, tmp_path / "cold")
    assert [str(k) for k in expected if again.get(k) != expected[k]] == []
    assert [str(k) for k in again if k not in expected] == []
