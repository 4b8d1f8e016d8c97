"""Running pass pipelines, with verification and instrumentation.

Before running, a pipeline is finalized as upstream's pass manager does: each nested
pass manager becomes an adaptor (OpToOpPassAdaptor) and adjacent adaptors are merged
into one "Pipeline Collection" (tryMergeInto), whose pass managers are sorted by op
name, op-agnostic ones last. An adaptor runs over the ops directly inside the op its
parent runs on, in order, giving each op the pipeline of its name (or the op-agnostic
one, which only takes registered ops isolated from above). So
`func.func(cse),builtin.module(cse)` visits the ops once, as upstream does.

After each pass the op is verified (unless `verify_each` is off); a pass signals
failure by raising PassFailure after emitting diagnostics. The textual pipeline (the
OpPassManager of pipeline.py) is left as parsed, for `--dump-pass-pipeline`.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from typing import Any, TextIO

from mliropt.ir.diagnostics import Diagnostic, MLIRError, Severity
from mliropt.passes.pass_base import Pass, PassFailure
from mliropt.passes.pipeline import OpPassManager
from mliropt.passes.reports import Timer


@dataclass
class Instrumentation:
    """What to print or measure around passes (the `--mlir-print-ir-*`, timing,
    statistics and progress flags), and what was measured for the current input."""

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
    timing_display: str = "tree"
    statistics: bool = False
    statistics_display: str = "pipeline"
    progress: bool = True
    color: str = "auto"  # always | never | auto (a terminal, NO_COLOR unset)
    stream: TextIO = field(default_factory=lambda: sys.stderr)
    print_options: Any = None
    # Measured for the current input (`start_chunk` resets them).
    timer: Timer = field(default_factory=lambda: Timer("root"))
    parse_time: float = 0.0
    output_time: float | None = None
    total_time: float = 0.0
    ran: bool = False
    last_plan: Any = None
    progress_bar: Any = None

    @property
    def prints(self) -> bool:
        """True when any IR printing (or diffing) was requested."""
        return bool(
            self.print_before
            or self.print_after
            or self.print_before_all
            or self.print_after_all
            or self.print_after_failure
            or self.print_diff
        )

    def start_chunk(self) -> None:
        """Forget what was measured for the previous input (one report per chunk)."""
        self.timer = Timer("root")
        self.timer.nest("parser", "Parser")
        self.parse_time = 0.0
        self.output_time = None
        self.total_time = 0.0
        self.ran = False
        self.last_plan = None

    def use_color(self) -> bool:
        """Colour on a terminal only (or when forced), as the diagnostics do."""
        import os

        from mliropt.passes.instrumentation import stream_is_terminal

        if self.color == "always":
            return True
        if self.color == "never" or os.environ.get("NO_COLOR"):
            return False
        return stream_is_terminal(self.stream)

    def use_rich(self) -> bool:
        """The timing report is a rich table on a terminal."""
        from mliropt.passes.instrumentation import stream_is_terminal

        return self.color != "never" and stream_is_terminal(self.stream)

    def progress_clear(self) -> None:
        """Erase the progress bar before other output."""
        if self.progress_bar is not None:
            self.progress_bar.clear()


# ----------------------------------------------------------------- finalized pipelines


class PlanManager:
    """A finalized pass manager: its anchor and its steps (passes and adaptors)."""

    __slots__ = ("op_name", "steps")

    def __init__(self, op_name: str, steps: list[Any]) -> None:
        self.op_name = op_name
        self.steps = steps


class Adaptor:
    """OpToOpPassAdaptor: the pass managers run on the ops nested one level down."""

    __slots__ = ("mgrs",)

    def __init__(self, mgrs: list[PlanManager]) -> None:
        self.mgrs = mgrs

    def name(self) -> str:
        """Upstream's adaptor name, e.g. `Pipeline Collection : ['func.func']`."""
        return "Pipeline Collection : [" + ", ".join(f"'{m.op_name}'" for m in self.mgrs) + "]"


def _raw(pm: OpPassManager) -> PlanManager:
    steps = [Adaptor([_raw(e)]) if isinstance(e, OpPassManager) else e for e in pm.elements]
    return PlanManager(pm.op_name, steps)


def finalize(pm: OpPassManager, ctx: Any) -> PlanManager:
    """The pipeline with adjacent adaptors merged (upstream's finalizePassList)."""
    plan = _raw(pm)
    _coalesce(plan, ctx)
    return plan


def _coalesce(plan: PlanManager, ctx: Any) -> None:
    steps: list[Any] = []
    last: Adaptor | None = None
    for step in plan.steps:
        if isinstance(step, Adaptor):
            if last is not None and _try_merge(step, last, ctx):
                continue
            if last is not None:
                _finalize_adaptor(last, ctx)
            last = step
        elif last is not None:
            _finalize_adaptor(last, ctx)
            last = None
        steps.append(step)
    if last is not None:
        _finalize_adaptor(last, ctx)
    plan.steps = steps


def _finalize_adaptor(adaptor: Adaptor, ctx: Any) -> None:
    for mgr in adaptor.mgrs:
        _coalesce(mgr, ctx)


def _can_schedule_generic(mgr: PlanManager, op_name: str, ctx: Any) -> bool:
    """Whether an op-agnostic manager may run on ops named `op_name`: registered,
    isolated from above, and accepted by every pass (OpPassManagerImpl::canScheduleOn)."""
    from mliropt.ir.traits import IsolatedFromAbove

    cls = ctx.lookup_op(op_name) if ctx is not None else None
    if cls is None or IsolatedFromAbove not in cls.traits:
        return False
    return all(isinstance(s, Adaptor) or s.can_schedule_on(cls) for s in mgr.steps)


def _try_merge(current: Adaptor, into: Adaptor, ctx: Any) -> bool:
    """OpToOpPassAdaptor::tryMergeInto: merge `current` into `into` unless an
    op-agnostic manager could take ops another manager is anchored on."""

    def conflict(generic: PlanManager, others: list[PlanManager]) -> bool:
        return any(
            m.op_name == "any" or _can_schedule_generic(generic, m.op_name, ctx) for m in others
        )

    for mine, theirs in ((current.mgrs, into.mgrs), (into.mgrs, current.mgrs)):
        generic = next((m for m in mine if m.op_name == "any"), None)
        if generic is not None and conflict(generic, theirs):
            return False
    for mgr in current.mgrs:
        existing = next((m for m in into.mgrs if m.op_name == mgr.op_name), None)
        if existing is not None:
            existing.steps.extend(mgr.steps)
        else:
            into.mgrs.append(mgr)
    current.mgrs = []
    # Op-specific managers by name, then the op-agnostic one.
    into.mgrs.sort(key=lambda m: (m.op_name == "any", m.op_name))
    return True


def _manager_for(mgrs: list[PlanManager], op: Any, ctx: Any) -> PlanManager | None:
    for mgr in mgrs:
        if mgr.op_name == op.name:
            return mgr
    for mgr in mgrs:
        if mgr.op_name == "any" and _can_schedule_generic(mgr, op.name, ctx):
            return mgr
    return None


def count_pass_runs(steps: list[Any], op: Any, ctx: Any) -> int:
    """How many pass executions the steps will make on `op` (for the progress bar)."""
    n = 0
    for step in steps:
        if not isinstance(step, Adaptor):
            n += 1
            continue
        for region in op.regions:
            for block in region.blocks:
                for child in block.ops:
                    mgr = _manager_for(step.mgrs, child, ctx)
                    if mgr is not None:
                        n += count_pass_runs(mgr.steps, child, ctx)
    return n


# ----------------------------------------------------------------- running


def _load_dependent_dialects(pm: OpPassManager, ctx: Any) -> None:
    """Load the dependent dialects of every pass of `pm` (as upstream's
    PassManager::run does before running)."""
    for e in pm.elements:
        if isinstance(e, OpPassManager):
            _load_dependent_dialects(e, ctx)
            continue
        for name in e.dependent_dialects:
            ctx.get_dialect(name)


class PassManager:
    """Runs a root OpPassManager on a top-level op."""

    def __init__(
        self,
        pm: OpPassManager,
        ctx: Any,
        verify_each: bool = True,
        instrumentation: Instrumentation | None = None,
    ) -> None:
        self.pm = pm
        self.ctx = ctx
        self.verify_each = verify_each
        self.instr = instrumentation or Instrumentation()
        self._printer: Any = None
        if self.instr.prints:
            from mliropt.passes.instrumentation import IRPrinter

            self._printer = IRPrinter(self.instr)
        # The timer of the innermost running pass or pipeline.
        self._timers: list[Timer] = [self.instr.timer]
        # Analyses computed per op and still valid (upstream's AnalysisManager cache):
        # only their first computation is timed. Invalidation is per op, and a pass on
        # the top-level op invalidates everything.
        self._analyses: dict[int, set[str]] = {}
        self._current_op: Any = None

    def run(self, op: Any) -> None:
        """Run the pipeline; raise PassFailure (diagnostics emitted) on failure."""
        if self.pm.op_name not in ("any", op.name):
            message = f"can't run '{self.pm.op_name}' pass manager on '{op.name}' op"
            raise MLIRError(_diag(op.location, message))
        _load_dependent_dialects(self.pm, self.ctx)
        plan = finalize(self.pm, self.ctx)
        instr = self.instr
        instr.ran = True
        instr.last_plan = plan
        bar = None
        if instr.progress:
            from mliropt.passes.instrumentation import ProgressBar

            if ProgressBar.enabled(instr.stream):
                bar = ProgressBar(instr.stream, count_pass_runs(plan.steps, op, self.ctx))
                instr.progress_bar = bar
                self.ctx.diagnostics.push_handler(_clear_bar_first(bar))
        try:
            self._run_steps(plan.steps, op)
        finally:
            if bar is not None:
                bar.clear()
                instr.progress_bar = None
                self.ctx.diagnostics.pop_handler()

    def run_nested(self, pm: OpPassManager, op: Any) -> None:
        """Run a pipeline a pass schedules on `op` while it runs (upstream's dynamic
        pipelines), with this manager's verification and instrumentation."""
        if pm.op_name not in ("any", op.name):
            message = f"can't run '{pm.op_name}' pass manager on '{op.name}' op"
            raise MLIRError(_diag(op.location, message))
        self._run_pipeline(finalize(pm, self.ctx), op)

    def analysis_timer(self, name: str) -> Timer:
        """The `(A) name` timer of an analysis computed by the running pass (a detached
        timer when the analysis of the op is still valid from an earlier pass)."""
        valid = self._analyses.setdefault(id(self._current_op), set())
        if name in valid:
            return Timer(name)
        valid.add(name)
        return self._timers[-1].nest(("analysis", name), f"(A) {name}")

    def _invalidate_analyses(self, p: Pass, op: Any) -> None:
        preserved = getattr(p, "preserved_analyses", None)
        if preserved == "all":
            return
        kept = self._analyses.get(id(op), set()) & set(preserved or ())
        if op.parent is None:
            self._analyses.clear()
        self._analyses[id(op)] = kept

    def _run_steps(self, steps: list[Any], op: Any) -> None:
        for step in steps:
            if isinstance(step, Adaptor):
                self._run_adaptor(step, op)
            else:
                self._run_pass(step, op)

    def _run_adaptor(self, adaptor: Adaptor, op: Any) -> None:
        # A single-pipeline adaptor is not shown in the timing tree (upstream hides it).
        timer = self._timers[-1].nest(id(adaptor), adaptor.name(), hidden=len(adaptor.mgrs) == 1)
        self._timers.append(timer)
        try:
            with timer.measure():
                for region in op.regions:
                    for block in region.blocks:
                        for child in list(block.ops):
                            mgr = _manager_for(adaptor.mgrs, child, self.ctx)
                            if mgr is not None:
                                self._run_pipeline(mgr, child)
        finally:
            self._timers.pop()

    def _run_pipeline(self, mgr: PlanManager, op: Any) -> None:
        timer = self._timers[-1].nest(("pipeline", mgr.op_name), f"'{mgr.op_name}' Pipeline")
        self._timers.append(timer)
        try:
            with timer.measure():
                self._run_steps(mgr.steps, op)
        finally:
            self._timers.pop()

    def _check_schedulable(self, p: Pass, op: Any) -> None:
        """OpToOpPassAdaptor::run's checks, as op errors."""
        from mliropt.ir.traits import IsolatedFromAbove

        message = None
        if not op.registered:
            message = "trying to schedule a pass on an unregistered operation"
        elif IsolatedFromAbove not in op.traits:
            message = "trying to schedule a pass on an operation not marked as 'IsolatedFromAbove'"
        elif (p.op_name is not None and p.op_name != op.name) or not p.can_schedule_on(type(op)):
            message = "trying to schedule a pass on an unsupported operation"
        if message is not None:
            raise p.emit_op_error(op, f"'{op.name}' op {message}")

    def _run_pass(self, p: Pass, op: Any) -> None:
        instr = self.instr
        p.ctx = self.ctx
        p.pass_manager = self  # type: ignore[attr-defined]
        self._check_schedulable(p, op)
        if instr.progress_bar is not None:
            sym = op.get_attr("sym_name")
            where = f" on @{sym.value}" if sym is not None and hasattr(sym, "value") else ""
            instr.progress_bar.tick(p.argument + where)
        printer = self._printer
        if printer is not None:
            printer.before(p, op)
        timer = self._timers[-1].nest(id(p), p.pass_name())
        self._timers.append(timer)
        saved_op, self._current_op = self._current_op, op
        failed = False
        try:
            with timer.measure():
                p.preserved_analyses = None  # type: ignore[attr-defined]
                try:
                    p.run(op)
                except PassFailure:
                    failed = True
                self._invalidate_analyses(p, op)
                if not failed and self.verify_each:
                    failed = not self._verify(op)
        finally:
            self._timers.pop()
            self._current_op = saved_op
        if failed:
            if printer is not None:
                printer.after_failed(p, op)
            raise PassFailure(f"pass {p.argument} failed")
        if printer is not None:
            printer.after(p, op)

    def _verify(self, op: Any) -> bool:
        """Verify `op` after a pass, emitting the errors; whether it is valid."""
        from mliropt.tools.driver import verify_op

        errors = verify_op(op, self.ctx)
        for d in errors:
            self.ctx.diagnostics.emit(d)
        return not errors


def _clear_bar_first(bar: Any) -> Any:
    def handler(diag: Diagnostic) -> bool:
        bar.clear()
        return False  # not consumed: the renderer prints it

    return handler


def run_pipeline(p: Pass, pm: OpPassManager, op: Any) -> None:
    """Upstream's Pass::runPipeline: run `pm` on `op` (the op `p` runs on, or one nested
    in it) through the pass manager running `p` (a fresh one when `p` runs alone)."""
    manager = getattr(p, "pass_manager", None)
    if manager is None:
        manager = PassManager(OpPassManager("any"), p.ctx)
    manager.run_nested(pm, op)


def _diag(loc: Any, message: str) -> Diagnostic:
    return Diagnostic(loc, Severity.ERROR, message)
