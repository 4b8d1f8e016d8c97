"""Running pass pipelines, with verification and instrumentation.

A nested pass manager runs on the ops of its name directly inside the op its parent
runs on (upstream's OpToOpPassAdaptor); each such op gets the whole nested pipeline.
After each pass the op is verified (unless `verify_each` is off); a pass signals
failure by raising PassFailure after emitting diagnostics.
"""

from __future__ import annotations

import sys
import time
from dataclasses import dataclass, field
from typing import Any, TextIO

from mliropt.ir.diagnostics import MLIRError
from mliropt.passes.pass_base import Pass, PassFailure
from mliropt.passes.pipeline import OpPassManager


@dataclass
class Instrumentation:
    """What to print or measure around passes (the `--mlir-print-ir-*`, timing and
    statistics flags)."""

    print_before: set[str] = field(default_factory=set)
    print_after: set[str] = field(default_factory=set)
    print_before_all: bool = False
    print_after_all: bool = False
    print_after_change: bool = False
    print_after_failure: bool = False
    print_module_scope: bool = False
    tree_dir: str | None = None
    print_diff: bool = False
    timing: bool = False
    timing_display: str = "list"
    statistics: bool = False
    stream: TextIO = field(default_factory=lambda: sys.stderr)
    print_options: Any = None
    # Filled while running: (path of names) -> [wall, user], in first-run order.
    timing_tree: dict[tuple[str, ...], list[float]] = field(default_factory=dict)
    parse_time: float = 0.0
    parse_user: float = 0.0
    output_time: float = 0.0
    output_user: float = 0.0
    total_time: float = 0.0
    total_user_time: float = 0.0
    pass_stats: list[tuple[str, dict[str, int]]] = field(default_factory=list)
    _tree_counter: int = 0

    @property
    def prints(self) -> bool:
        """True when any IR printing was requested."""
        return bool(
            self.print_before or self.print_after or self.print_before_all
            or self.print_after_all or self.print_after_failure or self.print_diff
        )


class PassManager:
    """Runs a root OpPassManager on a top-level op."""

    def __init__(self, pm: OpPassManager, ctx: Any, verify_each: bool = True,
                 instrumentation: Instrumentation | None = None) -> None:
        self.pm = pm
        self.ctx = ctx
        self.verify_each = verify_each
        self.instr = instrumentation or Instrumentation()
        self._path: tuple[str, ...] = ()

    def run(self, op: Any) -> None:
        """Run the pipeline; raise PassFailure or MLIRError on failure."""
        if self.pm.op_name not in ("any", op.name):
            raise MLIRError(_diag(op.location, f"can't run '{self.pm.op_name}' pass manager on '{op.name}' op"))
        self._run(self.pm, op)

    def _time(self, key: tuple[str, ...], wall: float, user: float) -> None:
        if self.instr.timing:
            slot = self.instr.timing_tree.setdefault(key, [0.0, 0.0])
            slot[0] += wall
            slot[1] += user

    def _run(self, pm: OpPassManager, op: Any) -> None:
        for element in pm.elements:
            if isinstance(element, OpPassManager):
                name = element.op_name
                saved = self._path
                self._path = saved + (f"'{name}' Pipeline",)
                start, ustart = time.perf_counter(), time.process_time()
                try:
                    for region in op.regions:
                        for block in region.blocks:
                            for child in list(block.ops):
                                if name == "any" or child.name == name:
                                    self._run(element, child)
                finally:
                    self._time(self._path, time.perf_counter() - start, time.process_time() - ustart)
                    self._path = saved
                continue
            self._run_pass(element, op)

    def run_nested(self, pm: OpPassManager, op: Any) -> None:
        """Run a pipeline a pass schedules on `op` while it runs (upstream's dynamic
        pipelines), with this manager's verification and instrumentation."""
        if pm.op_name not in ("any", op.name):
            message = f"can't run '{pm.op_name}' pass manager on '{op.name}' op"
            raise MLIRError(_diag(op.location, message))
        self._run(pm, op)

    def _run_pass(self, p: Pass, op: Any) -> None:
        instr = self.instr
        p.ctx = self.ctx
        p.pass_manager = self  # type: ignore[attr-defined]
        before_text = None
        if instr.prints:
            if instr.print_before_all or p.argument in instr.print_before:
                self._dump("Before", p, op)
            if instr.print_after_change or instr.print_diff:
                before_text = self._ir_text(op)
        start, ustart = time.perf_counter(), time.process_time()
        try:
            p.run(op)
        except PassFailure:
            if instr.print_after_failure:
                self._dump("After", p, op, failed=True)
            raise
        self._time(self._path + (p.pass_name(),), time.perf_counter() - start, time.process_time() - ustart)
        if instr.statistics and p.statistics:
            instr.pass_stats.append((p.pass_name() + f" ({p.argument})", dict(p.statistics)))
        if self.verify_each:
            from mliropt.tools.driver import verify_op

            errors = verify_op(op, self.ctx)
            if errors:
                for d in errors[:-1]:
                    self.ctx.diagnostics.emit(d)
                raise MLIRError(errors[-1])
        if instr.prints and (instr.print_after_all or p.argument in instr.print_after or instr.print_diff):
            after_text = None
            if instr.print_after_change or instr.print_diff:
                after_text = self._ir_text(op)
                if after_text == before_text:
                    return
            if instr.print_diff:
                self._diff(p, op, before_text or "", after_text or "")
            else:
                self._dump("After", p, op)

    # ----------------------------------------------------------------- IR printing

    def _ir_text(self, op: Any) -> str:
        from mliropt.syntax.printer import PrintOptions, print_operation

        flags = self.instr.print_options or PrintOptions()
        if self.instr.print_module_scope or op.parent is None:
            top = op
            while top.parent_op is not None:
                top = top.parent_op
            return print_operation(top, flags)
        from dataclasses import replace

        return print_operation(op, replace(flags, local_scope=True))

    def _dump(self, when: str, p: Pass, op: Any, failed: bool = False) -> None:
        instr = self.instr
        what = "Failed" if failed else when
        header = f"// -----// IR Dump {what} {p.pass_name()} ({p.argument})"
        if instr.print_module_scope:
            header += f" ('{op.name}' operation"
            sym = op.get_attr("sym_name")
            if sym is not None:
                header += f": @{sym.value}"
            header += ")"
        header += " //----- //\n"
        text = header + self._ir_text(op) + "\n\n"
        if instr.tree_dir:
            self._write_tree(when, p, op, text)
            return
        instr.stream.write(text)

    def _write_tree(self, when: str, p: Pass, op: Any, text: str) -> None:
        import os

        instr = self.instr
        parts = []
        cur = op
        while cur is not None:
            sym = cur.get_attr("sym_name")
            parts.append(f"{cur.name}" + (f"_{sym.value}" if sym is not None else ""))
            cur = cur.parent_op
        directory = os.path.join(instr.tree_dir, *reversed(parts[1:]))
        os.makedirs(directory, exist_ok=True)
        name = f"{instr._tree_counter}_{p.argument}.mlir"
        instr._tree_counter += 1
        with open(os.path.join(directory, parts[0] + "_" + name if False else name), "w") as f:
            f.write(text)

    def _diff(self, p: Pass, op: Any, before: str, after: str) -> None:
        import difflib

        lines = difflib.unified_diff(
            before.splitlines(keepends=True), after.splitlines(keepends=True),
            f"before {p.argument}", f"after {p.argument}",
        )
        self.instr.stream.write(f"// -----// IR Diff After {p.pass_name()} ({p.argument}) //----- //\n")
        self.instr.stream.write("".join(lines) + "\n")


def run_pipeline(p: Pass, pm: OpPassManager, op: Any) -> None:
    """Upstream's Pass::runPipeline: run `pm` on `op` (the op `p` runs on, or one nested
    in it) through the pass manager running `p` (a fresh one when `p` runs alone)."""
    manager = getattr(p, "pass_manager", None)
    if manager is None:
        manager = PassManager(OpPassManager("any"), p.ctx)
    manager.run_nested(pm, op)


def _diag(loc: Any, message: str) -> Any:
    from mliropt.ir.diagnostics import Diagnostic, Severity

    return Diagnostic(loc, Severity.ERROR, message)
