"""`--mlir-timing` and `--mlir-pass-statistics`: the timer tree and the reports, in
upstream's layout (DefaultTimingManager and PassStatistics.cpp).

Timers nest like upstream's TimingScopes: the parser, each pass (keyed by the pass
object, so two CSE passes get two timers), each nested pipeline (keyed by its op name,
accumulated over the ops it runs on), the analyses a pass computes (`(A) name`) and the
output. A single-pipeline adaptor (`Pipeline Collection : ['func.func']`) is hidden in
the tree display, which then shows its pipeline directly, as upstream does. pymlir-opt
runs on one thread, so user time equals wall time and only the wall time column is
printed (upstream's layout under `-mlir-disable-threading`).
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

_RULE = "===" + "-" * 73 + "==="


class Timer:
    """A named, accumulated wall time with ordered child timers."""

    __slots__ = ("name", "wall", "children", "hidden")

    def __init__(self, name: str, hidden: bool = False) -> None:
        self.name = name
        self.wall = 0.0
        self.children: dict[Any, Timer] = {}
        self.hidden = hidden

    def nest(self, key: Any, name: str, hidden: bool = False) -> Timer:
        """The child timer for `key` (created, with `name`, on first use)."""
        child = self.children.get(key)
        if child is None:
            child = self.children[key] = Timer(name, hidden)
        return child

    @contextmanager
    def measure(self) -> Iterator[Timer]:
        """Add the wall time of the `with` body to this timer."""
        start = time.perf_counter()
        try:
            yield self
        finally:
            self.wall += time.perf_counter() - start

    def visible_children(self) -> list[Timer]:
        """Children in creation order, a hidden child replaced by its own children."""
        out: list[Timer] = []
        for child in self.children.values():
            if child.hidden:
                out.extend(child.visible_children())
            else:
                out.append(child)
        return out

    def walk(self) -> Iterator[Timer]:
        """This timer and every nested one."""
        yield self
        for child in self.children.values():
            yield from child.walk()


def _header(title: str) -> str:
    # Upstream centres the title in 80 columns: (80 - len) / 2 spaces before it.
    return f"{_RULE}\n{' ' * ((80 - len(title)) // 2)}{title}\n{_RULE}\n"


def _line(wall: float, total: float, name: str, depth: int = 0) -> str:
    percent = 100.0 * wall / total if total else 0.0
    return f"  {wall:8.4f} ({percent:5.1f}%)  {'  ' * depth}{name}\n"


def timing_rows(root: Timer, total: float, display: str) -> list[tuple[float, str, int]]:
    """(wall, name, depth) of each line between the header and `Rest`/`Total`."""
    if display == "list":
        merged: dict[str, float] = {"root": total}
        for timer in root.walk():
            if timer is not root:
                merged[timer.name] = merged.get(timer.name, 0.0) + timer.wall
        ordered = sorted(merged.items(), key=lambda kv: -kv[1])
        return [(wall, name, 0) for name, wall in ordered]
    rows: list[tuple[float, str, int]] = []

    def visit(timer: Timer, depth: int) -> None:
        for child in timer.visible_children():
            rows.append((child.wall, child.name, depth))
            visit(child, depth + 1)

    visit(root, 0)
    return rows


def timing_report(root: Timer, total: float, display: str) -> str:
    """The execution time report: the tree (upstream's default) or the list by time."""
    rest = max(total - sum(child.wall for child in root.children.values()), 0.0)
    out = [
        _header("... Execution time report ..."),
        f"  Total Execution Time: {total:.4f} seconds\n\n",
        "  ----Wall Time----  ----Name----\n",
    ]
    for wall, name, depth in timing_rows(root, total, display):
        out.append(_line(wall, total, name, depth))
    out.append(_line(rest, total, "Rest"))
    out.append(_line(total, total, "Total"))
    return "".join(out)


def timing_table(root: Timer, total: float, display: str) -> Any:
    """The same report as a rich table (for a terminal)."""
    from rich.table import Table

    table = Table(
        title="Execution time report", caption=f"Total Execution Time: {total:.4f} seconds"
    )
    table.add_column("Wall Time", justify="right")
    table.add_column("%", justify="right")
    table.add_column("Name")
    rest = max(total - sum(child.wall for child in root.children.values()), 0.0)
    rows = timing_rows(root, total, display) + [(rest, "Rest", 0), (total, "Total", 0)]
    for wall, name, depth in rows:
        percent = 100.0 * wall / total if total else 0.0
        table.add_row(f"{wall:.4f}", f"{percent:.1f}", "  " * depth + name)
    return table


# ----------------------------------------------------------------- statistics


def _stats_of(p: Any) -> list[tuple[str, str, int]]:
    """(name, description, value) of a pass's statistics, sorted by name."""
    descriptions: dict[str, str] = dict(getattr(p, "statistic_descriptions", {}) or {})
    values: dict[str, int] = dict(getattr(p, "statistics", {}) or {})
    names = sorted(set(descriptions) | set(values))
    return [(n, descriptions.get(n, ""), values.get(n, 0)) for n in names]


def _pass_entry(indent: int, name: str, stats: list[tuple[str, str, int]]) -> str:
    out = [" " * indent + name + "\n"]
    if stats:
        name_w = max(len(n) for n, _, _ in stats)
        value_w = max(len(str(v)) for _, _, v in stats)
        for n, desc, v in stats:
            out.append(
                " " * (indent + 2) + f"(S) {str(v).rjust(value_w)} {n.ljust(name_w)} - {desc}\n"
            )
    return "".join(out)


def statistics_report(plan: Any, display: str) -> str:
    """The pass statistics report (upstream's layout with statistics enabled)."""
    from mliropt.passes.pass_manager import Adaptor

    out = [_header("... Pass statistics report ...")]
    if plan is None:
        return out[0] + "\n"
    if display == "list":
        merged: dict[str, list[list]] = {}
        order: list[str] = []

        def add(steps: list) -> None:
            for step in steps:
                if isinstance(step, Adaptor):
                    for mgr in step.mgrs:
                        add(mgr.steps)
                    continue
                stats = _stats_of(step)
                if not stats:
                    continue
                name = step.pass_name()
                if name not in merged:
                    merged[name] = [list(s) for s in stats]
                    order.append(name)
                else:
                    for entry, (_, _, v) in zip(merged[name], stats):
                        entry[2] += v

        add(plan.steps)
        for name in sorted(order):
            out.append(_pass_entry(2, name, [tuple(e) for e in merged[name]]))  # type: ignore[misc]
    else:

        def show(indent: int, steps: list) -> None:
            for step in steps:
                if not isinstance(step, Adaptor):
                    out.append(_pass_entry(indent, step.pass_name(), _stats_of(step)))
                    continue
                inner = indent
                if len(step.mgrs) > 1:
                    out.append(_pass_entry(indent, step.name(), []))
                    inner += 2
                for mgr in step.mgrs:
                    out.append(_pass_entry(inner, f"'{mgr.op_name}' Pipeline", []))
                    show(inner + 2, mgr.steps)

        show(0, plan.steps)
    out.append("\n")
    return "".join(out)


def print_reports(instr: Any, pipeline: Any = None) -> None:
    """Write the requested reports to the instrumentation's stream (statistics only when
    a pipeline ran, as upstream prints them at the end of PassManager::run)."""
    if instr.statistics and instr.ran:
        instr.stream.write(statistics_report(instr.last_plan, instr.statistics_display))
    if instr.timing:
        root = instr.timer
        root.nest("parser", "Parser").wall = instr.parse_time
        if instr.output_time is not None:
            root.nest("output", "Output").wall = instr.output_time
        total = instr.total_time
        if instr.use_rich():
            from rich.console import Console

            Console(file=instr.stream).print(timing_table(root, total, instr.timing_display))
            return
        instr.stream.write(timing_report(root, total, instr.timing_display))
