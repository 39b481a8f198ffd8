"""Problems found in the edition, reported as `file:line: rule: message`."""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass


# Control characters and Unicode line separators, written as escapes: a tool that reads the
# report line by line (Python's splitlines counts U+0085 and U+2028 as line ends) sees one line.
ONE_LINE = {c: f"\\u{c:04x}" for c in (*range(0x20), *range(0x7F, 0xA0), 0x2028, 0x2029) if c != 0x09}
ONE_LINE.update({0x0A: "\\n", 0x0D: "\\r"})


@dataclass(frozen=True, order=True)
class Problem:
    file: str
    line: int
    rule: str
    message: str

    def __str__(self) -> str:
        """One line per problem, whatever the message quotes (a PO string, a file name with a line break)."""
        return f"{str(self.file).translate(ONE_LINE)}:{self.line}: {self.rule}: {self.message.translate(ONE_LINE)}"


class InputError(Exception):
    """Bad input that stops a command: carries the problems that explain it."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))

    def __reduce__(self):   # raised in a worker process, it reaches the parent whole
        return (InputError, (self.problems,))


def render(problems: list[Problem], fmt: str = "text") -> str:
    if fmt == "json":
        return json.dumps([asdict(p) for p in problems], ensure_ascii=False, indent=1)
    return "\n".join(str(p) for p in problems)
