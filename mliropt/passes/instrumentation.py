"""What runs around each pass: IR printing (`--mlir-print-ir-*`, upstream's
IRPrinterInstrumentation), the diff of the IR after a pass that changed it
(`--mlir-print-ir-diff`, beyond upstream) and a progress bar for long pipelines on a
terminal (beyond upstream).
"""

from __future__ import annotations

import os
import sys
import time
from typing import Any, TextIO


class IRPrinter:
    """Prints the IR before/after passes on the stream, or into a file tree."""

    def __init__(self, instr: Any) -> None:
        self.instr = instr
        # Per running pass: its op's fingerprint text and, for diffs, displayed text.
        self.before_text: dict[int, tuple[str, str | None]] = {}
        # Files printed per op, for `--mlir-print-ir-tree-dir` names (upstream's counters).
        self.counters: dict[Any, int] = {}

    # ----------------------------------------------------------------- predicates

    def _print_before(self, p: Any) -> bool:
        instr = self.instr
        return instr.print_before_all or p.argument in instr.print_before

    def _print_after(self, p: Any) -> bool:
        instr = self.instr
        return instr.print_after_all or instr.print_after_failure or p.argument in instr.print_after

    def _needs_before_text(self, p: Any) -> bool:
        instr = self.instr
        return instr.print_diff or (instr.print_after_change and self._print_after(p))

    # ----------------------------------------------------------------- hooks

    def before(self, p: Any, op: Any) -> None:
        """Before `p` runs on `op`."""
        if self._needs_before_text(p):
            shown = self.ir_text(op) if self.instr.print_diff else None
            self.before_text[id(p)] = (self.ir_text(op, fingerprint=True), shown)
        if self._print_before(p):
            self._emit(op, p, self._header("Before", p, op) + self.ir_text(op) + "\n\n")

    def after(self, p: Any, op: Any) -> None:
        """After `p` succeeded on `op`."""
        instr = self.instr
        before = self.before_text.pop(id(p), None)
        changed = True
        if before is not None:
            changed = before[0] != self.ir_text(op, fingerprint=True)
            if instr.print_diff and changed:
                self._diff(p, before[1] or "", self.ir_text(op))
        if instr.print_after_failure or not self._print_after(p):
            return
        if instr.print_after_change and not changed:
            return
        self._emit(op, p, self._header("After", p, op) + self.ir_text(op) + "\n\n")

    def after_failed(self, p: Any, op: Any) -> None:
        """After `p` failed on `op`."""
        self.before_text.pop(id(p), None)
        if not self._print_after(p):
            return
        self._emit(op, p, self._header("After", p, op, failed=True) + self.ir_text(op) + "\n\n")

    # ----------------------------------------------------------------- text

    def _header(self, when: str, p: Any, op: Any, failed: bool = False) -> str:
        what = f"{p.pass_name()} Failed" if failed else p.pass_name()
        header = f"// -----// IR Dump {when} {what} ({p.argument})"
        if self.instr.print_module_scope:
            header += f" ('{op.name}' operation"
            sym = op.get_attr("sym_name")
            if sym is not None and hasattr(sym, "value"):
                header += f": @{sym.value}"
            header += ")"
        return header + " //----- //\n"

    def ir_text(self, op: Any, fingerprint: bool = False) -> str:
        """The op as upstream prints it around a pass: the whole top-level op with module
        scope, else the op itself (with local scope when it is nested). A fingerprint
        also shows locations, so that a change of location counts as a change."""
        from dataclasses import replace

        from mliropt.syntax.printer import PrintOptions, print_operation

        flags = self.instr.print_options or PrintOptions()
        if fingerprint:
            flags = replace(flags, debuginfo=True)
        if self.instr.print_module_scope:
            top = op
            while top.parent_op is not None:
                top = top.parent_op
            return print_operation(top, flags)
        if op.parent is not None:
            flags = replace(flags, local_scope=True)
        return print_operation(op, flags)

    def _emit(self, op: Any, p: Any, text: str) -> None:
        instr = self.instr
        if instr.tree_dir:
            self._write_tree(op, p, text)
            return
        instr.progress_clear()
        instr.stream.write(text)

    def _write_tree(self, op: Any, p: Any, text: str) -> None:
        """`<dir>/<op>_<symbol>/.../<counters>_<pass>.mlir` (upstream's naming): one
        directory per op from the top-level one, named `dialect_op_symbol` (or
        `no-symbol-name`); the file name joins the print counters of those ops."""
        counters = self.counters
        counters[op] = counters.get(op, -1) + 1
        parts: list[str] = []
        counts: list[str] = []
        cur = op
        while cur is not None:
            counts.append(str(counters.setdefault(cur, 0)))
            sym = cur.get_attr("sym_name")
            name = getattr(sym, "value", None) if sym is not None else None
            parts.append(cur.name.replace(".", "_") + "_" + (name or "no-symbol-name"))
            cur = cur.parent_op
        directory = os.path.join(self.instr.tree_dir, *reversed(parts))
        os.makedirs(directory, exist_ok=True)
        path = os.path.join(directory, "_".join(reversed(counts)) + f"_{p.argument}.mlir")
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)

    def _diff(self, p: Any, before: str, after: str) -> None:
        import difflib

        instr = self.instr
        if before == after:
            return  # only locations changed, and they are not shown
        lines = list(
            difflib.unified_diff(
                before.splitlines(keepends=True),
                after.splitlines(keepends=True),
                f"before {p.argument}",
                f"after {p.argument}",
            )
        )
        colour = instr.use_color()
        out = [f"// -----// IR Diff After {p.pass_name()} ({p.argument}) //----- //\n"]
        for line in lines:
            if not line.endswith("\n"):
                line += "\n"
            if colour:
                line = _colour_diff_line(line)
            out.append(line)
        out.append("\n")
        instr.progress_clear()
        instr.stream.write("".join(out))


def _colour_diff_line(line: str) -> str:
    codes = {"+": "32", "-": "31", "@": "36"}
    code = codes.get(line[:1])
    if line.startswith(("+++", "---")):
        code = "1"
    return f"\x1b[{code}m{line[:-1]}\x1b[0m\n" if code else line


class ProgressBar:
    """A one-line progress bar on a terminal, shown once a pipeline has run for a
    second; never drawn when the stream is not a terminal."""

    DELAY = 1.0
    REFRESH = 0.1
    WIDTH = 30

    def __init__(self, stream: TextIO, total: int) -> None:
        self.stream = stream
        self.total = max(total, 1)
        self.done = 0
        self.start = time.perf_counter()
        self.last_draw = 0.0
        self.visible = False

    @staticmethod
    def enabled(stream: TextIO) -> bool:
        """Only on a terminal (and not with TERM=dumb)."""
        isatty = getattr(stream, "isatty", None)
        return bool(isatty and isatty()) and os.environ.get("TERM") != "dumb"

    def tick(self, label: str) -> None:
        """A pass is about to run; redraw when due."""
        now = time.perf_counter()
        elapsed = now - self.start
        if elapsed >= self.DELAY and now - self.last_draw >= self.REFRESH:
            self.last_draw = now
            filled = min(self.WIDTH, self.WIDTH * self.done // self.total)
            bar = "=" * filled + ">" + " " * (self.WIDTH - filled)
            text = f"[{bar[: self.WIDTH]}] {min(self.done, self.total)}/{self.total} {label}"
            self.stream.write(f"\r{text[:100]} {elapsed:5.1f}s\x1b[K")
            self.stream.flush()
            self.visible = True
        self.done += 1

    def clear(self) -> None:
        """Erase the bar (before other output, and at the end)."""
        if self.visible:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self.visible = False


def stream_is_terminal(stream: TextIO | None) -> bool:
    """Whether `stream` (default stderr) is a terminal."""
    stream = stream or sys.stderr
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())
