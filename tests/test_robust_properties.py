"""Property-based fault injection (issue 19): hostile XML, PO files and header patterns made by hypothesis.

Whatever the bytes, reading them ends in a parsed file or in problems of the form
`file:line: rule: message`, never another exception or a hang; an import of a
hostile PO file either writes a TEI that validates or leaves it byte-identical.
The example counts (3 x 200 cheap cases, 2 x 40 whole commands; deadlines off) keep
the file under a minute on the 2-core CI machine.
"""
from __future__ import annotations

import re
import signal
from contextlib import contextmanager
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import ROOTS, make_project
from triglot.problems import InputError

PROBLEM = re.compile(r"^\S.*:\d+: [\w-]+: .+$")
FEW = settings(max_examples=200, deadline=None, suppress_health_check=list(HealthCheck))
SLOW = settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
MINI = (ROOTS / "mini" / "tei" / "mini.xml").read_bytes()


@contextmanager
def no_hang(seconds: int = 10):
    """Fail instead of hanging: a catastrophic pattern or a blocking read would stop the suite."""
    def alarm(signum, frame):
        raise AssertionError(f"still running after {seconds} s")
    previous = signal.signal(signal.SIGALRM, alarm)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def assert_problems(exc: InputError) -> None:
    assert exc.problems
    for problem in exc.problems:
        assert PROBLEM.match(str(problem).splitlines()[0]), str(problem)


# --- XML ---------------------------------------------------------------------------

PIECES = [b"<", b">", b"</", b"/>", b"&", b"&amp;", b"&xxe;", b"<!DOCTYPE TEI [<!ENTITY xxe SYSTEM 'file:///etc/passwd'>]>",
          b"<!ENTITY a 'aaaaaaaa'>", b"<![CDATA[", b"]]>", b"<?xml version='1.0'?>", b"<?pi x?>", b"<!--", b"-->",
          b"<xi:include xmlns:xi='http://www.w3.org/2001/XInclude' href='/etc/passwd'/>", b"\x00", b"\xff\xfe",
          b"\xef\xbf\xbe", b"\xc3", b"\"", b"'", b"=", b"xml:id=", b"<p>", b"</p>", b"<hi>" * 60, b"</hi>" * 60,
          b"ref='psn:chicherin'", b"\r\n", "Ս".encode(), "Ч".encode()]


@st.composite
def spliced(draw, original, pieces, noise):
    """`original` with one to six hostile pieces (or random noise) spliced in at random places."""
    data = original
    for _ in range(draw(st.integers(1, 6))):
        at = draw(st.integers(0, len(data)))
        piece = draw(st.one_of(st.sampled_from(pieces), noise))
        cut = draw(st.integers(0, 30))
        data = data[:at] + piece + data[at + cut:]
    return data


def hostile_xml():
    """The mini document with pieces of hostile markup spliced in."""
    return spliced(MINI, PIECES, st.binary(max_size=40))


@FEW
@given(hostile_xml())
def test_hostile_xml_is_parsed_or_refused_with_problems(data):
    from triglot.xmlio import parse_bytes
    with no_hang():
        try:
            tree = parse_bytes(data, "tei/mini.xml")
        except InputError as exc:
            assert_problems(exc)
            return
    assert tree.docinfo.internalDTD is None
    assert b"root:" not in tree.getroot().xpath("string()").encode()   # no entity or XInclude expanded


@pytest.fixture(scope="module")
def scratch(tmp_path_factory) -> Path:
    return make_project(tmp_path_factory.mktemp("hostile"), "mini")


@SLOW
@given(hostile_xml())
def test_validate_and_check_report_hostile_xml_as_problems(scratch, capsys, data):
    from triglot.cli import main
    (scratch / "tei" / "mini.xml").write_bytes(data)
    for command in ("validate", "check"):
        with no_hang(30):
            code = main(["--root", str(scratch), command])
        out = capsys.readouterr()
        assert code in (0, 1)
        if code == 1 and command == "validate":
            lines = [ln for ln in out.out.splitlines() if ln.strip()]
            lines += [ln for ln in out.err.splitlines() if ln.strip() and not ln.endswith("problem(s)")]
            assert lines and all(PROBLEM.match(ln) for ln in lines), out


# --- PO ----------------------------------------------------------------------------

PO_PIECES = ['"', '\\', '\\"', 'msgid ', 'msgstr ', 'msgctxt ', '#, fuzzy\n', '#~ ', '\n', '""', '\x00', '\x07',
             '\ufffe', '\ufeff', '<1>', '</1>', '<2/>', '&', '<p>', 'msgstr[0] ', 'msgid_plural ""\n',
             '"Content-Type: text/plain; charset=CP1251\\n"\n', 'Ж' * 50]


@pytest.fixture(scope="module")
def translated(tmp_path_factory) -> Path:
    from triglot.cli import main
    root = make_project(tmp_path_factory.mktemp("po"), "translate-mini")
    assert main(["--root", str(root), "translations", "export"]) == 0
    return root


def hostile_po(original: str):
    """A PO file of the edition with pieces of broken PO syntax and odd characters spliced in."""
    return spliced(original, PO_PIECES, st.text(max_size=20))


@FEW
@given(st.data())
def test_hostile_po_is_read_or_refused_with_problems(translated, data):
    from triglot.translate import po
    original = (translated / "translations" / "ru" / "mini.po").read_text(encoding="utf-8")
    text = data.draw(hostile_po(original))
    with no_hang():
        try:
            po.read(text.encode("utf-8", "surrogatepass"), "translations/ru/mini.po")
        except InputError as exc:
            assert_problems(exc)


@SLOW
@given(st.data())
def test_importing_a_hostile_po_writes_a_valid_tei_or_nothing(translated, capsys, data):
    from triglot.cli import main
    from triglot.edition import load
    from triglot.validate import validate
    path = translated / "translations" / "ru" / "mini.po"
    original = path.read_text(encoding="utf-8")
    tei = translated / "tei" / "mini.xml"
    before = tei.read_bytes()
    path.write_bytes(data.draw(hostile_po(original)).encode("utf-8", "surrogatepass"))
    try:
        with no_hang(30):
            code = main(["--root", str(translated), "translations", "import", str(path)])
        out = capsys.readouterr()
        assert code in (0, 1)
        if code == 1:
            assert tei.read_bytes() == before
            problems = [ln for ln in out.err.splitlines() if ln.strip()]
            assert problems and all(PROBLEM.match(ln) for ln in problems), out
        else:
            assert validate(load(translated)) == []
    finally:
        path.write_text(original, encoding="utf-8")
        tei.write_bytes(before)


# --- header patterns ---------------------------------------------------------------

REGEX = st.text(alphabet="()[]{}+*?|.^$\\-a:#Sswd019,", min_size=1, max_size=24)
POINTERS = st.text(alphabet="aaaaa-#:!9", max_size=300)


@FEW
@given(REGEX, st.text(alphabet="$1209x#\\/.", max_size=12), POINTERS)
def test_any_header_pattern_is_refused_or_matched_without_hanging(match, replacement, pointer):
    from triglot.patterns import PatternError, expand, problem
    with no_hang(5):
        why = problem(match, replacement)
        try:
            result = expand(match, replacement, pointer)
        except PatternError as exc:
            assert why == str(exc)
            return
    assert why is None
    assert result is None or isinstance(result, str)


