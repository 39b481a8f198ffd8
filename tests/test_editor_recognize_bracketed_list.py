"""quad47 (issue #12): a long list of names with a bracketed name after each ("Tiflis (Lori), …") is read by
the recogniser's bracketed-alias pass without comparing each bracket with every name found before it, and
gives what the list-reading pass gave. Counted, not timed."""
from __future__ import annotations

import random

import pytest

from triglot.editor import recognize, spans
from triglot.editor.recognize import Recogniser

from counted_spans import CountedMention as _CountedMention, ListSpans as _ListSpans, count as _count


def _list_of_brackets(length):
    """~`length` characters of places with a lone bracketed name, and bodies known by their words with
    their initials in brackets (the pass adds the first and replaces what the second's word was taken for)."""
    unit = "Tiflis (Lori), Democratic Republic (DR), "
    text = (unit * (length // len(unit) + 1))[:length]
    found = []
    for at in range(0, len(text) - len(unit) + 1, len(unit)):
        found.append(_CountedMention(at, at + 6, "Tiflis", "place", "GeoNames"))
        found.append(_CountedMention(at + 15, at + 34, "Democratic Republic", "org", "a name with “Republic”"))
        found.append(_CountedMention(at + 36, at + 38, "DR", "person", "a surname's shape"))
    return text, found


def test_a_long_list_of_bracketed_names_reads_each_name_found_a_bounded_number_of_times(monkeypatch):
    """100,000 characters: main compared each bracket with every name found so far (21 CPU-s in session 30's
    hostile41; tens of millions of reads of the names' places); the tree reads a few nodes a bracket."""
    text, found = _list_of_brackets(100_000)
    trees = []

    class Counted(spans.LiveSpans):
        def __init__(self, *args):
            super().__init__(*args)
            trees.append(self)

    monkeypatch.setattr(recognize, "Mention", _CountedMention)
    monkeypatch.setattr(recognize, "LiveSpans", Counted, raising=False)
    limit = 120 * len(found)
    monkeypatch.setitem(_count, "reads", 0)
    monkeypatch.setitem(_count, "limit", limit)
    out = Recogniser()._aliases(text, found)
    monkeypatch.setitem(_count, "limit", None)
    reads = _count["reads"] + sum(tree.reads for tree in trees)
    assert reads <= limit, reads
    units = len(found) // 3
    assert len(out) == 4 * units    # each "(Lori)" added, each "DR" replaced by the body's other name
    assert [(o.text, o.kind) for o in out[:3]] == [("Tiflis", "place"), ("Lori", "place"), ("Democratic Republic", "org")]
    assert (out[3].text, out[3].kind, out[3].why) == ("DR", "org", "another name of “Democratic Republic” in brackets after it")


_TOKENS = ["Tiflis", "Borchaly", "(Lori)", "(Lori; Pambak)", "(TDFR; Transcaucasia)", "[Sevanga]", "Lake Gokcha",
           "The Consul at", "the Minister in", "Persia", "(Smith)", "(Caldwell)", "Djelal Bey", "Ismet Pasha",
           "(Smyrna)", "(İnönü)", "The President of the", "Central Executive Committee", "(Kalinin)", "to",
           "Transcaucasian Democratic Federative Republic", "(TDFR)", "Avetis Aharonian", "(ARF)",
           "Parliament of the Democratic Republic of Georgia", "(DRG)", "(the Republic)", ",", ";", ".", "and",
           "in", "of", "the", "(", ")", "[", "]", "Armenian Revolutionary Federation", "(ARF, Dashnaktsutyun)",
           "Regional Committee", "(Zakkraikom)", "Erivan", "(Yerevan)", "\n"]


@pytest.mark.parametrize("seed", range(4))
def test_the_bracketed_names_of_random_texts_are_those_the_list_reading_pass_gave(monkeypatch, seed):
    """Random strings of the pass's tokens through the whole recogniser: at each text the pass is run with
    main's list and with the tree on the same names found, and gives the same names in the same order."""
    real = Recogniser._aliases
    compared = []

    def both(self, text, found):
        monkeypatch.setattr(recognize, "LiveSpans", _ListSpans)
        old = real(self, text, found)
        monkeypatch.setattr(recognize, "LiveSpans", spans.LiveSpans)
        new = real(self, text, found)
        assert [(o.start, o.end, o.text, o.kind, o.why) for o in new] == \
            [(o.start, o.end, o.text, o.kind, o.why) for o in old], text
        compared.append(len(found) != len(new) or any(a is not b for a, b in zip(found, new)))
        return new

    monkeypatch.setattr(Recogniser, "_aliases", both)
    rng = random.Random(seed)
    for _ in range(150):
        words = [rng.choice(_TOKENS) for _ in range(rng.randint(1, 40))]
        Recogniser().find(" ".join(words))
    assert len(compared) >= 150 and sum(compared) > 30    # the pass changed what was found in many of them
