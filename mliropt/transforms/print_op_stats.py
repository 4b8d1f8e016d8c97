"""`print-op-stats`: count the operations by name and print the table on stderr."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from typing import ClassVar

from mliropt.ir.operation import Operation
from mliropt.passes.pass_base import Pass, option


@dataclass
class PrintOpStatsPass(Pass):
    """Print statistics of operations

    Counts every operation nested in the one the pass runs on (itself included) and
    prints the counts by op name on stderr, as a table or as JSON (upstream's OpStats).
    """

    argument: ClassVar[str] = "print-op-stats"
    json: bool = option(False, "print the stats as JSON")

    def run(self, op: Operation) -> None:
        """Count and print."""
        counts: dict[str, int] = {}
        for child in op.walk():
            counts[child.name] = counts.get(child.name, 0) + 1
        names = sorted(counts)
        text = _json(names, counts) if self.json else _table(names, counts)
        sys.stderr.write(text)


def _split(name: str) -> tuple[str, str]:
    """(dialect, op) of an op name; a name without a dialect part has dialect ''."""
    dialect, _, rest = name.partition(".")
    return ("", dialect) if not rest else (dialect, rest)


def _table(names: list[str], counts: dict[str, int]) -> str:
    """Upstream's table: dialects right-aligned on the dot, names left-aligned."""
    parts = [_split(n) for n in names]
    width_dialect = max((len(d) for d, _ in parts), default=0)
    width_op = max((len(o) for _, o in parts), default=0)
    lines = ["Operations encountered:\n", "-----------------------\n"]
    for name, (dialect, opname) in zip(names, parts):
        head = " " * (width_dialect + 3) if not dialect else dialect.rjust(width_dialect + 2) + "."
        lines.append(f"{head}{opname.ljust(width_op)} , {counts[name]}\n")
    return "".join(lines)


def _json(names: list[str], counts: dict[str, int]) -> str:
    """Upstream's JSON: one `"name" : count` per line (names are not escaped)."""
    body = ",\n".join(f'  "{n}" : {counts[n]}' for n in names)
    return "{\n" + (body + "\n" if body else "") + "}\n"
