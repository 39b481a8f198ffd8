"""hostile43 (issue #12): the recogniser's passes that read every name found for each place they ask about
(another name after "or", names listed with places or with a person, spellings after a cue, quoted aliases,
a subdivision's abbreviation after a town, a people's adjective before a lower-case "empire") are
quadratic on a pasted text of their shape: 100,000 characters of it. Each is counted here (the names'
places read, and the span tree's nodes), never timed; and each gives what main's list-reading pass gave,
on random texts through the whole recogniser (the same pass run with a list in the tree's place)."""
from __future__ import annotations

import random

import pytest

from triglot.editor import recognize, spans
from triglot.editor.recognize import Recogniser

from counted_spans import CountedMention as _CountedMention, ListSpans as _ListSpans, count as _count


class _ListEnds:
    """Main's reading of the names before a spelling cue: every name, for each cue."""

    def __init__(self, found):
        self._found = found

    def last(self, at, within):
        before = [m for m in self._found if m.end <= at and at - m.end < within]
        return before[-1] if before else None


def _repeat(unit: str, length: int, names) -> tuple[str, list]:
    """`unit` repeated to ~`length` characters, and the names found in each copy: (offset, text, kind, why)."""
    copies = length // len(unit)
    found = [_CountedMention(at * len(unit) + offset, at * len(unit) + offset + len(words), words, kind, why)
             for at in range(copies) for offset, words, kind, why in names]
    return unit * copies, found


# each pass, its hostile text's unit and the names found in it; what the pass must add for each unit
PASSES = {
    "_or_names": ("Nerses Zohrab or Zohrap, ", [(0, "Nerses Zohrab", "person", "a forename")], 1),
    "_listed_with_places": ("near Chiatura, Senaki and Abasha. ",
                            [(5, "Chiatura", "place", "GeoNames"), (15, "Senaki", "place", "GeoNames")], 1),
    "_listed_with_persons": ("Djemal, Talaat and Enver met. ",
                             [(0, "Djemal", "person", "named earlier in the text"),
                              (8, "Talaat", "place", "after “and”")], 2),
    "_spellings": ("Kuchik Khan (spelled Kouchek), ", [(0, "Kuchik Khan", "person", "a forename")], 1),
    "_quoted_aliases": ("Suren alias “Surenin”, ", [(0, "Suren", "person", "a forename"),
                                                    (13, "Surenin", "place", "GeoNames")], 1),
    "_subdivision_after": ("Albany, N. Y., ", [(0, "Albany", "place", "GeoNames")], 1),
    "_lowercase_states": ("the Russian empire and Tiflis, ", [(23, "Tiflis", "place", "GeoNames")], 1),
}


@pytest.mark.parametrize("name", sorted(PASSES))
def test_a_long_text_of_a_pass_shape_reads_each_name_found_a_bounded_number_of_times(monkeypatch, name):
    """100,000 characters of the pass's shape: main read every name found for each place it asked about
    (millions of reads of the names' places); the tree reads a few nodes a place."""
    unit, names, added = PASSES[name]
    text, found = _repeat(unit, 100_000, names)
    trees = []

    class Counted(spans.LiveSpans):
        def __init__(self, *args):
            super().__init__(*args)
            trees.append(self)

    recogniser = Recogniser()
    recogniser.forenames.add("Djemal")      # (the list of persons holds one named earlier in the text)
    monkeypatch.setattr(recognize, "Mention", _CountedMention)
    monkeypatch.setattr(recognize, "LiveSpans", Counted)
    limit = 150 * len(found)
    monkeypatch.setitem(_count, "reads", 0)
    monkeypatch.setitem(_count, "limit", limit)
    out = getattr(recogniser, name)(text, found)
    monkeypatch.setitem(_count, "limit", None)
    reads = _count["reads"] + sum(tree.reads for tree in trees)
    assert reads <= limit, reads
    copies = len(found) // len(names)
    ids = {id(o) for o in found}
    assert len([o for o in out if id(o) not in ids]) == added * copies     # what the pass adds, in each copy

_TOKENS = ["Nerses Zohrab", "or", "Zohrap", "Kuchik Khan", "(alternative spellings", "spelled", "transliterated as",
           "Kouchek", "Koochek", "alias", "aliases", "pseudonym", "nickname", "“Surenin”", "“Ayaks”", "\"Koba\"",
           "Suren", "Albany", "N. Y.", "Worcester", "Mass.", "Washington", "D. C.", "Russian", "empire", "Ottoman",
           "the", "Chiatura", "Senaki", "Abasha", "Kutaisi", "towns", "villages", "In", "Djemal", "Talaat", "Enver",
           "Lenin", "Mussolini", "Only", "and", "or", ",", ",", ";", ".", "(", ")", "Tiflis", "Erivan", "Colonel",
           "Jordan", "Maude", "Kasbin", "Resht", "Hamadan", "visit", "constituted", "met", "\n",
           "Nerses Zohrab or Zohrap,", "Avetis Aharonian or Aharon (", "Suren alias “Surenin”,", "nicknames “Koba”",
           "Kuchik Khan (spelled Kouchek, Koochek)", "Albany, N. Y.,", "the Russian empire", "Chiatura, Senaki and Abasha",
           "Djemal, Talaat and Enver", "Lenin and Mussolini"]
_PASSES = ["_or_names", "_listed_with_places", "_listed_with_persons", "_spellings", "_quoted_aliases",
           "_subdivision_after", "_lowercase_states"]


@pytest.mark.parametrize("seed", range(4))
def test_the_passes_on_random_texts_give_what_the_list_reading_passes_gave(monkeypatch, seed):
    """Random strings of the passes' tokens through the whole recogniser: at each text each pass is run with
    main's list and with the tree, on the same names found, from the same state, and gives the same names in
    the same order (and the same surnames remembered)."""
    import copy
    changed = {name: 0 for name in _PASSES}

    def both(name, real):
        def run(self, text, found):
            before = copy.deepcopy(self.__dict__.get("surnames"))
            monkeypatch.setattr(recognize, "LiveSpans", _ListSpans)
            monkeypatch.setattr(recognize, "EndIndex", _ListEnds)
            old = real(self, text, found)
            old_surnames = set(self.surnames)
            self.surnames = before
            monkeypatch.setattr(recognize, "LiveSpans", spans.LiveSpans)
            monkeypatch.setattr(recognize, "EndIndex", spans.EndIndex)
            new = real(self, text, found)
            assert [(o.start, o.end, o.text, o.kind, o.why) for o in new] == \
                [(o.start, o.end, o.text, o.kind, o.why) for o in old], (name, text)
            assert self.surnames == old_surnames, (name, text)
            changed[name] += [id(o) for o in new] != [id(o) for o in found]
            return new
        return run

    for name in _PASSES:
        monkeypatch.setattr(Recogniser, name, both(name, getattr(Recogniser, name)))
    rng = random.Random(seed)
    for _ in range(150):
        words = [rng.choice(_TOKENS) for _ in range(rng.randint(1, 40))]
        Recogniser().find(" ".join(words))
    assert all(changed[name] > 0 for name in _PASSES), changed


@pytest.mark.parametrize("seed", range(3))
def test_the_last_name_ending_before_a_place_is_the_list_reading_one(seed):
    rng = random.Random(seed)
    found = []
    for _ in range(rng.randint(0, 80)):
        start = rng.randint(0, 300)
        found.append(recognize.Mention(start, start + rng.randint(0, 30), "", "", ""))
    if rng.random() < 0.5:
        found.sort(key=lambda m: m.start)
    index, listed = spans.EndIndex(found), _ListEnds(found)
    for _ in range(500):
        at, within = rng.randint(-5, 340), rng.choice([1, 5, 50, 200])
        assert index.last(at, within) is listed.last(at, within), (at, within)
