"""The pass manager's Python API: finalized pipelines (adaptor merging), option values,
the greedy driver with a pattern, timing and statistics reports, and the two features
beyond upstream that depend on a terminal (diff colour, progress bar)."""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import Any

import pytest

from mliropt.ir.context import Context
from mliropt.passes.pass_base import Pass, PassFailure
from mliropt.passes.pass_manager import Adaptor, Instrumentation, PassManager, finalize
from mliropt.passes.pipeline import PipelineError, parse_pipeline
from mliropt.rewrite.greedy import GreedyConfig, apply_patterns_greedily
from mliropt.rewrite.pattern import RewritePattern
from mliropt.syntax.parser import parse_source
from mliropt.syntax.printer import print_operation

SOURCE = """\
func.func @f(%a: i32) -> i32 {
  %0 = arith.addi %a, %a : i32
  %1 = arith.addi %a, %a : i32
  %2 = arith.muli %0, %1 : i32
  return %2 : i32
}
module @inner {
}
"""


def _plan_names(steps: list[Any]) -> list[Any]:
    out: list[Any] = []
    for s in steps:
        if isinstance(s, Adaptor):
            out.append({m.op_name: _plan_names(m.steps) for m in s.mgrs})
        else:
            out.append(s.argument)
    return out


def test_adjacent_nested_managers_merge_sorted_by_name() -> None:
    """func.func(cse),builtin.module(cse),func.func(canonicalize): one collection."""
    pm = parse_pipeline(
        "builtin.module(func.func(cse),builtin.module(cse),func.func(canonicalize))"
    )
    plan = finalize(pm, Context())
    assert len(plan.steps) == 1
    assert [m.op_name for m in plan.steps[0].mgrs] == ["builtin.module", "func.func"]
    assert _plan_names(plan.steps) == [
        {"builtin.module": ["cse"], "func.func": ["cse", "canonicalize"]}
    ]
    # The parsed pipeline is left as written (for --dump-pass-pipeline).
    assert pm.count() == 3


def test_op_agnostic_manager_does_not_merge_with_overlapping_one() -> None:
    """any(canonicalize) could run on func.func ops: it stays a separate adaptor."""
    plan = finalize(parse_pipeline("builtin.module(func.func(cse),any(canonicalize))"), Context())
    assert _plan_names(plan.steps) == [{"func.func": ["cse"]}, {"any": ["canonicalize"]}]


def test_nested_managers_are_finalized_too() -> None:
    pipeline = "builtin.module(func.func(scf.for(cse)),func.func(scf.for(canonicalize)))"
    plan = finalize(parse_pipeline(pipeline), Context())
    assert _plan_names(plan.steps) == [{"func.func": [{"scf.for": ["cse", "canonicalize"]}]}]


@pytest.mark.parametrize(
    ("options", "value"),
    [("max-iterations=0x10", 16), ("max-iterations=010", 8), ("max-iterations=-3", -3)],
)
def test_integer_options_parse_as_llvm(options: str, value: int) -> None:
    pm = parse_pipeline(f"builtin.module(canonicalize{{{options}}})")
    assert pm.elements[0].max_iterations == value


def test_bad_option_value_reports_llvm_message() -> None:
    with pytest.raises(PipelineError) as e:
        parse_pipeline("builtin.module(canonicalize{top-down=yes})")
    assert e.value.cl_error == (
        "mlir-opt: for the --top-down option: 'yes' is invalid value for boolean argument! "
        "Try 0 or 1\n"
    )
    assert e.value.text == "\nfailed to add `canonicalize` with options `top-down=yes`\n"


class _SwapMuli(RewritePattern):
    """muli(x, y) -> muli(y, x) once (marked by a unit attribute) -- a test pattern."""

    root = "arith.muli"

    def match_and_rewrite(self, op: Any, rewriter: Any) -> bool:
        if "test.swapped" in op.attributes:
            return False
        from mliropt.ir.attributes import UnitAttr

        def swap() -> None:
            a, b = op.operands
            op.set_operands([b, a])
            op.attributes["test.swapped"] = UnitAttr()

        rewriter.modify_op_in_place(op, swap)
        return True


def test_greedy_driver_applies_patterns_and_folds() -> None:
    ctx = Context()
    module = parse_source(ctx, SOURCE, "t.mlir")
    func = next(iter(module.regions[0].blocks[0].ops))
    converged = apply_patterns_greedily(func, [_SwapMuli()], ctx, GreedyConfig())
    assert converged
    text = print_operation(module)
    assert "arith.muli %1, %0 {test.swapped}" in text


def _run(pipeline: str, instr: Instrumentation) -> str:
    ctx = Context()
    module = parse_source(ctx, SOURCE, "t.mlir")
    instr.start_chunk()
    PassManager(parse_pipeline(pipeline), ctx, True, instr).run(module)
    return print_operation(module)


class _Terminal(io.StringIO):
    """A stream that says it is a terminal."""

    def isatty(self) -> bool:
        return True


def test_diff_is_coloured_only_on_a_terminal() -> None:
    plain, tty = io.StringIO(), _Terminal()
    _run("builtin.module(func.func(cse))", Instrumentation(print_diff=True, stream=plain))
    _run("builtin.module(func.func(cse))", Instrumentation(print_diff=True, stream=tty))
    assert "-  %1 = arith.addi %arg0, %arg0 : i32" in plain.getvalue()
    assert "\x1b[" not in plain.getvalue()
    assert "\x1b[31m-  %1 = arith.addi %arg0, %arg0 : i32\x1b[0m" in tty.getvalue()


def test_progress_bar_only_on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    from mliropt.passes.instrumentation import ProgressBar

    monkeypatch.setattr(ProgressBar, "DELAY", 0.0)
    monkeypatch.setattr(ProgressBar, "REFRESH", 0.0)
    monkeypatch.delenv("TERM", raising=False)
    plain, tty = io.StringIO(), _Terminal()
    _run("builtin.module(func.func(cse,canonicalize))", Instrumentation(stream=plain))
    _run("builtin.module(func.func(cse,canonicalize))", Instrumentation(stream=tty))
    assert plain.getvalue() == ""
    out = tty.getvalue()
    assert "\r[" in out and "cse on @f" in out and "2/2" not in out.split("\r")[1]
    assert out.endswith("\r\x1b[K")  # erased at the end


def test_progress_bar_waits_a_second(monkeypatch: pytest.MonkeyPatch) -> None:
    tty = _Terminal()
    monkeypatch.delenv("TERM", raising=False)
    _run("builtin.module(func.func(cse))", Instrumentation(stream=tty))
    assert tty.getvalue() == ""


def test_timing_tree_and_statistics_reports() -> None:
    from mliropt.passes.reports import statistics_report, timing_report

    instr = Instrumentation(timing=True, statistics=True)
    _run("builtin.module(func.func(cse),builtin.module(cse))", instr)
    instr.total_time = 1.0
    tree = timing_report(instr.timer, 1.0, "tree")
    names = [line[21:] for line in tree.splitlines()[6:]]
    assert names == [
        "Parser",
        "Pipeline Collection : ['builtin.module', 'func.func']",
        "  'func.func' Pipeline",
        "    CSE",
        "      (A) DominanceInfo",
        "  'builtin.module' Pipeline",
        "    CSE",
        "      (A) DominanceInfo",
        "Rest",
        "Total",
    ]
    stats = statistics_report(instr.last_plan, "pipeline")
    assert (
        "  'func.func' Pipeline\n    CSE\n      (S) 1 num-cse'd - Number of operations CSE'd\n"
        in stats
    )


class _BreakReturns(Pass):
    """Erase every func.return (leaves blocks without a terminator) -- a test pass."""

    argument = "test-break-returns"

    def run(self, op: Any) -> None:
        for child in list(op.walk()):
            if child.name == "func.return":
                child.erase()


def _run_breaking(verify_each: bool) -> tuple[bool, list[str]]:
    """(whether the pipeline failed, the diagnostics emitted)."""
    ctx = Context()
    seen: list[str] = []
    ctx.diagnostics.push_handler(lambda d: seen.append(d.message) or True)
    module = parse_source(ctx, SOURCE, "t.mlir")
    pm = parse_pipeline("builtin.module(func.func(cse))")
    pm.elements.append(dataclass(_BreakReturns)())
    instr = Instrumentation()
    instr.start_chunk()
    try:
        PassManager(pm, ctx, verify_each, instr).run(module)
    except PassFailure:
        return True, seen
    return False, seen


def test_verify_each_catches_broken_ir() -> None:
    failed, seen = _run_breaking(verify_each=True)
    assert failed
    assert seen == [
        'block with no terminator, has %1 = "arith.muli"(%0, %0) '
        "<{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32"
    ]
    assert _run_breaking(verify_each=False) == (False, [])
