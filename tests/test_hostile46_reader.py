"""hostile46: the TEI reader (import-tei, and fidelity, which reads every imported seed at each validate) on one
paragraph of many inline elements. Counted, never timed.

Two costs grew as the square of a paragraph's elements:
- each piece of text added to a block made a new string of all the text before it (40,000 dropped `seg`s:
  import 22 CPU-s before it refused the paragraph as too long);
- each asked lxml for the number of the block's children, which lxml counts by walking them (40,000 `corr`s:
  validate 120 CPU-s, import 30).
The test counts the characters written into the elements' text and tails and the children lxml walks to count
them, through an element class that counts both."""
from __future__ import annotations

import pytest
from lxml import etree

from triglot import tei_source

COUNT = {"written": 0, "walked": 0}


class Counting(etree.ElementBase):
    @property
    def text(self):
        return etree.ElementBase.text.__get__(self)

    @text.setter
    def text(self, value):
        COUNT["written"] += len(value or "")
        etree.ElementBase.text.__set__(self, value)

    @property
    def tail(self):
        return etree.ElementBase.tail.__get__(self)

    @tail.setter
    def tail(self, value):
        COUNT["written"] += len(value or "")
        etree.ElementBase.tail.__set__(self, value)

    def __len__(self):
        n = etree.ElementBase.__len__(self)
        COUNT["walked"] += n
        return n


@pytest.fixture
def counting():
    etree.set_element_class_lookup(etree.ElementDefaultClassLookup(element=Counting))
    try:
        yield COUNT
    finally:
        etree.set_element_class_lookup()


HEAD = ('<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>T</title></titleStmt>'
        '<publicationStmt><p>p</p></publicationStmt><sourceDesc><p>s</p></sourceDesc></fileDesc></teiHeader>'
        '<text><body><div><p>{}</p></div></body></text></TEI>')
SHAPES = {"dropped tags": "<seg>w{i}</seg> ", "editors' readings": "<corr>c</corr> w{i} ", "line breaks": "w{i}<lb/>",
          "page furniture": "<fw>f</fw>w{i} "}


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_a_paragraph_of_many_elements_is_read_in_its_own_length(tmp_path, counting, shape):
    """At 500 and 2,000 elements: the characters written and children walked stay within 40 an element
    (main: 1,000 to 10,000 an element at 2,000, four times the elements giving about 16 times the count)."""
    per = []
    for n in (500, 2000):
        source = tmp_path / f"p{n}.xml"
        source.write_text(HEAD.format("".join(SHAPES[shape].format(i=i) for i in range(n))), "utf-8")
        counting.update(written=0, walked=0)
        read = tei_source.read(source)
        assert len(read.blocks) == 1
        per.append((counting["written"] + counting["walked"]) / n)
    assert max(per) <= 40, per
