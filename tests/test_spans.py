"""The recogniser's span tree (triglot.editor.spans.LiveSpans), which its passes ask in place of reading
every name found (quad47, hostile43, issue #12): whatever is added and taken out, it answers as the plain
list the passes kept before it (tests/counted_spans.py)."""
from __future__ import annotations

import random

import pytest

from triglot.editor import recognize, spans

from counted_spans import ListSpans


@pytest.mark.parametrize("seed", range(6))
def test_the_tree_answers_finds_and_takes_out_as_a_list_read_whole(seed):
    """Spans nested, overlapping, empty and at the text's ends, added, taken out by place and one by one at
    random: after each step the tree's answer, its overlapping items (in order) and its items (by start,
    then in the order added) are the list's."""
    rng = random.Random(seed)
    size = rng.randint(1, 60)

    def span():
        start = rng.randint(0, size)
        return recognize.Mention(start, rng.randint(start, min(size, start + rng.choice([0, 1, 3, 60]))), "", "", "")

    first = [span() for _ in range(rng.randint(0, 30))]
    tree, listed = spans.LiveSpans(size, first), ListSpans(size, first)
    for _ in range(2000):
        start = rng.randint(-2, size + 2)
        end = rng.randint(start, size + 3)
        what = rng.random()
        if what < 0.2:
            assert tree.any(start, end) == listed.any(start, end), (start, end)
        elif what < 0.4:
            assert [id(o) for o in tree.overlapping(start, end)] == \
                [id(o) for o in sorted(listed.overlapping(start, end), key=lambda o: o.start)], (start, end)
        elif what < 0.55:
            live = listed.items()
            item = rng.choice(live) if live and rng.random() < 0.8 else span()
            tree.remove(item)
            listed.remove(item)
        elif what < 0.7:
            tree.remove_overlapping(start, end)
            listed.remove_overlapping(start, end)
        else:
            item = span()
            tree.add(item)
            listed.add(item)
        assert [id(o) for o in tree.items()] == [id(o) for o in listed.items()]
        assert tree.any(start, end) == listed.any(start, end)


def test_a_span_outside_the_text_is_refused_with_its_place():
    with pytest.raises(ValueError, match="starting at 12 lies outside a text of 10 characters"):
        spans.LiveSpans(10, [recognize.Mention(12, 14, "", "", "")])
