"""`--mlir-timing` and `--mlir-pass-statistics` reports in upstream's layout."""

from __future__ import annotations

from typing import Any

_RULE = "===" + "-" * 73 + "==="


def _header(title: str) -> str:
    return f"{_RULE}\n{title.center(79).rstrip()}\n{_RULE}\n"


def timing_report(instr: Any, display: str) -> str:
    """The execution time report (tree by default, as upstream 22 prints it)."""
    total = instr.total_time
    user_total = instr.total_user_time
    rows: list[tuple[float, float, str, int]] = [(instr.parse_time, instr.parse_user, "Parser", 0)]
    for path, (wall, user) in instr.timing_tree.items():
        rows.append((wall, user, path[-1], len(path) - 1))
    rows.append((instr.output_time, instr.output_user, "Output", 0))
    accounted = sum(r[0] for r in rows if r[3] == 0)
    accounted_user = sum(r[1] for r in rows if r[3] == 0)
    rest = max(total - accounted, 0.0)
    rest_user = max(user_total - accounted_user, 0.0)
    with_user = bool(instr.timing_tree)
    if display == "list":
        merged: dict[str, list[float]] = {}
        for wall, user, name, _ in rows:
            m = merged.setdefault(name, [0.0, 0.0])
            m[0] += wall
            m[1] += user
        rows = [(w, u, n, 0) for n, (w, u) in sorted(merged.items(), key=lambda kv: -kv[1][0])]
    out = [_header("... Execution time report ..."), f"  Total Execution Time: {total:.4f} seconds\n\n"]
    out.append("  ----User Time----  ----Wall Time----  ----Name----\n" if with_user else "  ----Wall Time----  ----Name----\n")

    def line(wall: float, user: float, name: str, depth: int) -> str:
        wp = 100.0 * wall / total if total else 0.0
        up = 100.0 * user / user_total if user_total else 0.0
        cols = f"  {wall:8.4f} ({wp:5.1f}%)"
        if with_user:
            cols = f"  {user:8.4f} ({up:5.1f}%)  {wall:8.4f} ({wp:5.1f}%)"
        return f"{cols}  {'  ' * depth}{name}\n"

    for wall, user, name, depth in rows:
        out.append(line(wall, user, name, depth))
    out.append(line(rest, rest_user, "Rest", 0))
    out.append(line(total, user_total, "Total", 0))
    return "".join(out)


def statistics_report(instr: Any) -> str:
    """The pass statistics report."""
    out = [_header("... Pass statistics report ...")]
    for name, stats in instr.pass_stats:
        out.append(f"{name}\n")
        width = max(len(str(v)) for v in stats.values())
        for key, value in sorted(stats.items()):
            out.append(f"  ({key}) {str(value).rjust(width)}\n")
    return "".join(out)


def print_reports(instr: Any, pipeline: Any) -> None:
    """Write the requested reports to the instrumentation's stream."""
    if instr.statistics:
        instr.stream.write(statistics_report(instr))
    if instr.timing:
        instr.stream.write(timing_report(instr, instr.timing_display))
