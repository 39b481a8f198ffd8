"""Reading and limit checks the validation does for every file, kept exact while made cheaper.

read_regular asks for the size fstat gives (not the limit: Python allocated the limit for every
read), then reads on only when the file holds more; check_limits looks for a long stretch
without '<' in windows before splitting the file. Both must refuse and accept exactly what
they did.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from triglot.problems import InputError
from triglot.xmlio import MAX_TEXT_CHARS, long_stretch, parse_bytes, read_regular

STATUS = Path("/proc/self/status")     # a regular file whose stat says 0 bytes, and holds more


def test_a_file_holding_more_than_its_stat_says_is_read_whole():
    data = read_regular(STATUS, "status")
    assert STATUS.stat().st_size == 0 and b"Name:" in data
    assert len(data) > 200


def test_a_file_growing_past_the_limit_while_read_is_refused():
    with pytest.raises(InputError) as caught:
        read_regular(STATUS, "status", limit=50)
    assert "grew past the limit of 50 bytes" in caught.value.problems[0].message


def tei(text: str) -> bytes:
    return f'<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><p>a</p><p>{text}</p></text></TEI>'.encode()


@pytest.mark.parametrize("before", [0, 1, MAX_TEXT_CHARS // 2 - 30, MAX_TEXT_CHARS // 2 + 7])
def test_a_text_of_exactly_the_limit_passes_and_one_more_character_is_refused(before):
    # the text starts at different offsets from the windows the stretch is looked for in
    pad = "<p>x</p>" * (before // 8) + "y" * (before % 8)
    parse_bytes(tei(pad + "<p>" + "w" * MAX_TEXT_CHARS + "</p>"), "ok.xml")
    with pytest.raises(InputError) as caught:
        parse_bytes(tei(pad + "<p>" + "w" * (MAX_TEXT_CHARS + 1) + "</p>"), "long.xml")
    assert caught.value.problems[0].rule == "limit"


@pytest.mark.parametrize("limit", [1, 2, 5, 10, 11])
def test_the_stretch_check_agrees_with_splitting_at_every_tag(limit):
    for data in (b"", b"<", b"a" * limit, b"a" * (limit + 1), b"<" + b"a" * limit + b"<",
                 b"<a" * 7 + b"b" * (limit + 1), b"c" * (limit + 1) + b"<a", b"ab<" * 9):
        assert long_stretch(data, limit) == (max(map(len, data.split(b"<"))) > limit), (data, limit)
