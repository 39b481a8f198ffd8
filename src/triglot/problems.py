"""Problems found in the edition, reported as `file:line: rule: message`."""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass


@dataclass(frozen=True, order=True)
class Problem:
    file: str
    line: int
    rule: str
    message: str

    def __str__(self) -> str:
        """One line per problem, whatever the message quotes (a PO string, a file name with a line break)."""
        message = self.message.replace("\r", "\\r").replace("\n", "\\n")
        return f"{self.file}:{self.line}: {self.rule}: {message}"


class InputError(Exception):
    """Bad input that stops a command: carries the problems that explain it."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


def render(problems: list[Problem], fmt: str = "text") -> str:
    if fmt == "json":
        return json.dumps([asdict(p) for p in problems], ensure_ascii=False, indent=1)
    return "\n".join(str(p) for p in problems)
