"""scf canonicalization patterns, applied one op at a time with the PatternRewriter (no
pass needed), and, when the canonicalize pass and upstream are both there, the whole
`--canonicalize` output of tests/corpus/scf_canonicalize against upstream's."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from differential import requires_upstream, run_ours, run_upstream

from mliropt.ir.context import Context
from mliropt.rewrite.pattern import PatternRewriter
from mliropt.syntax.parser import parse_source
from mliropt.syntax.printer import print_operation

CORPUS = sorted(
    (Path(__file__).resolve().parents[1] / "corpus" / "scf_canonicalize").glob("*.mlir")
)


def _rewrite(text: str) -> str:
    """Apply the scf patterns to every scf op until none applies (inner ops first)."""
    from mliropt.dialects.scf import SCFDialect

    ctx = Context()
    module = parse_source(ctx, text, "case.mlir")
    rewriter = PatternRewriter(ctx)
    patterns: list[Any] = [p() for cls in SCFDialect.ops for p in cls.canonicalization_patterns]
    changed = True
    while changed:
        changed = False
        for op in list(module.walk()):
            if op.parent is None and op is not module:
                continue
            for p in patterns:
                if p.root is not None and op.name != p.root.name:
                    continue
                rewriter.set_insertion_point(op)
                if p.match_and_rewrite(op, rewriter):
                    changed = True
                    break
            if changed:
                break
    return print_operation(module)


def _body(text: str) -> str:
    """The function bodies only (lines between the func header and its end)."""
    return "\n".join(line.strip() for line in text.splitlines() if line.startswith(("    ", "  ^")))


CASES = [
    (
        "static true condition inlines the then region",
        """\
func.func private @side()
func.func @f(%x: i32) -> (i32) {
  %t = arith.constant true
  %r = scf.if %t -> (i32) {
    %a = arith.addi %x, %x : i32
    scf.yield %a : i32
  } else {
    scf.yield %x : i32
  }
  return %r : i32
}
""",
        """\
%true = arith.constant true
%0 = arith.addi %arg0, %arg0 : i32
return %0 : i32
""",
    ),
    (
        "static false condition without else erases the op",
        """\
func.func private @side()
func.func @f() {
  %f = arith.constant false
  scf.if %f {
    func.call @side() : () -> ()
  }
  return
}
""",
        """\
%false = arith.constant false
return
""",
    ),
    (
        "results yielded from outside become selects",
        """\
func.func private @side()
func.func @f(%c: i1, %x: i32, %y: i32) -> (i32, i32) {
  %r:2 = scf.if %c -> (i32, i32) {
    scf.yield %x, %y : i32, i32
  } else {
    scf.yield %y, %y : i32, i32
  }
  return %r#0, %r#1 : i32, i32
}
""",
        """\
%0 = arith.select %arg0, %arg1, %arg2 : i32
scf.if %arg0 {
}
return %0, %arg2 : i32, i32
""",
    ),
    (
        "unused results are dropped, then the else branch",
        """\
func.func private @side()
func.func @f(%c: i1, %x: i32) {
  %r = scf.if %c -> (i32) {
    func.call @side() : () -> ()
    scf.yield %x : i32
  } else {
    scf.yield %x : i32
  }
  return
}
""",
        """\
scf.if %arg0 {
func.call @side() : () -> ()
}
return
""",
    ),
    (
        "a zero-trip loop is its inits",
        """\
func.func private @side()
func.func @f(%x: f32) -> (f32) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %r = scf.for %i = %c1 to %c0 step %c1 iter_args(%a = %x) -> (f32) {
    %b = arith.addf %a, %a : f32
    scf.yield %b : f32
  }
  return %r : f32
}
""",
        """\
%c0 = arith.constant 0 : index
%c1 = arith.constant 1 : index
return %arg0 : f32
""",
    ),
    (
        "a one-trip loop is inlined",
        """\
func.func private @side()
func.func @f(%x: f32) -> (f32) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %r = scf.for %i = %c0 to %c1 step %c1 iter_args(%a = %x) -> (f32) {
    %b = arith.addf %a, %a : f32
    scf.yield %b : f32
  }
  return %r : f32
}
""",
        """\
%c0 = arith.constant 0 : index
%c1 = arith.constant 1 : index
%0 = arith.addf %arg0, %arg0 : f32
return %0 : f32
""",
    ),
    (
        "forwarded iter_args are removed",
        """\
func.func private @side()
func.func @f(%x: f32, %n: index) -> (f32, f32) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %r:2 = scf.for %i = %c0 to %n step %c1 iter_args(%a = %x, %b = %x) -> (f32, f32) {
    %d = arith.addf %b, %b : f32
    func.call @side() : () -> ()
    scf.yield %a, %d : f32, f32
  }
  return %r#0, %r#1 : f32, f32
}
""",
        """\
%c0 = arith.constant 0 : index
%c1 = arith.constant 1 : index
%0 = scf.for %arg2 = %c0 to %arg1 step %c1 iter_args(%arg3 = %arg0) -> (f32) {
%1 = arith.addf %arg3, %arg3 : f32
func.call @side() : () -> ()
scf.yield %1 : f32
}
return %arg0, %0 : f32, f32
""",
    ),
    (
        "a single-block execute_region is inlined, a no_inline one is kept",
        """\
func.func private @side()
func.func @f(%x: i32) -> (i32) {
  %r = scf.execute_region -> i32 {
    %a = arith.addi %x, %x : i32
    scf.yield %a : i32
  }
  %s = scf.execute_region -> i32 no_inline {
    %b = arith.muli %r, %r : i32
    scf.yield %b : i32
  }
  return %s : i32
}
""",
        """\
%0 = arith.addi %arg0, %arg0 : i32
%1 = scf.execute_region -> i32 no_inline {
%2 = arith.muli %0, %0 : i32
scf.yield %2 : i32
}
return %1 : i32
""",
    ),
    (
        "execute_region results yielded from above or unused are dropped, also no_inline",
        """\
func.func private @side()
func.func @f(%x: i32, %c: i1) -> (i32, i32) {
  %r:3 = scf.execute_region -> (i32, i32, i32) no_inline {
    func.call @side() : () -> ()
    %a = arith.addi %x, %x : i32
    cf.cond_br %c, ^b1, ^b2
  ^b1:
    scf.yield %x, %a, %a : i32, i32, i32
  ^b2:
    scf.yield %x, %a, %x : i32, i32, i32
  }
  return %r#0, %r#1 : i32, i32
}
""",
        """\
%0 = scf.execute_region -> i32 no_inline {
func.call @side() : () -> ()
%1 = arith.addi %arg0, %arg0 : i32
cf.cond_br %arg1, ^bb1, ^bb2
^bb1:  // pred: ^bb0
scf.yield %1 : i32
^bb2:  // pred: ^bb0
scf.yield %1 : i32
}
return %arg0, %0 : i32, i32
""",
    ),
    (
        "the condition of an scf.if is true in its then region and false in its else",
        """\
func.func private @use(i1)
func.func @f(%c: i1) {
  scf.if %c {
    func.call @use(%c) : (i1) -> ()
  } else {
    func.call @use(%c) : (i1) -> ()
    func.call @use(%c) : (i1) -> ()
  }
  func.call @use(%c) : (i1) -> ()
  return
}
""",
        """\
%false = arith.constant false
%true = arith.constant true
scf.if %arg0 {
func.call @use(%true) : (i1) -> ()
} else {
func.call @use(%false) : (i1) -> ()
func.call @use(%false) : (i1) -> ()
}
call @use(%arg0) : (i1) -> ()
return
""",
    ),
    (
        "a constant index_switch inlines its case",
        """\
func.func private @side()
func.func @f(%x: i32) -> (i32) {
  %c2 = arith.constant 2 : index
  %r = scf.index_switch %c2 -> i32
  case 2 {
    %a = arith.addi %x, %x : i32
    scf.yield %a : i32
  }
  default {
    scf.yield %x : i32
  }
  return %r : i32
}
""",
        """\
%c2 = arith.constant 2 : index
%0 = arith.addi %arg0, %arg0 : i32
return %0 : i32
""",
    ),
    (
        "the condition is true in the after region",
        """\
func.func private @side()
func.func @f(%c: i1) -> (i1) {
  %r = scf.while (%a = %c) : (i1) -> i1 {
    scf.condition(%a) %a : i1
  } do {
  ^bb0(%b: i1):
    func.call @side() : () -> ()
    %n = arith.xori %b, %b : i1
    scf.yield %n : i1
  }
  return %r : i1
}
""",
        """\
%true = arith.constant true
%0 = scf.while (%arg1 = %arg0) : (i1) -> i1 {
scf.condition(%arg1) %arg1 : i1
} do {
^bb0(%arg1: i1):
func.call @side() : () -> ()
%1 = arith.xori %true, %true : i1
scf.yield %1 : i1
}
return %0 : i1
""",
    ),
    (
        "nested ifs become one if on the conjunction",
        """\
func.func private @side()
func.func @f(%a: i1, %b: i1) {
  scf.if %a {
    scf.if %b {
      func.call @side() : () -> ()
    }
  }
  return
}
""",
        """\
%0 = arith.andi %arg0, %arg1 : i1
scf.if %0 {
func.call @side() : () -> ()
}
return
""",
    ),
    (
        "nested parallel loops merge",
        """\
func.func private @side()
func.func @f(%n: index, %s: index) {
  scf.parallel (%i) = (%s) to (%n) step (%s) {
    scf.parallel (%j) = (%s) to (%n) step (%s) {
      func.call @side() : () -> ()
    }
  }
  return
}
""",
        """\
scf.parallel (%arg2, %arg3) = (%arg1, %arg1) to (%arg0, %arg0) step (%arg1, %arg1) {
func.call @side() : () -> ()
scf.reduce
}
return
""",
    ),
    (
        "a multi-block execute_region in a function joins its CFG",
        """\
func.func @f(%c: i1, %x: i64, %y: i64) -> i64 {
  %v = scf.execute_region -> i64 {
    cf.cond_br %c, ^bb1, ^bb2
  ^bb1:
    scf.yield %x : i64
  ^bb2:
    scf.yield %y : i64
  }
  return %v : i64
}
""",
        """\
cf.br ^bb1
^bb1:  // pred: ^bb0
cf.cond_br %arg0, ^bb2, ^bb3
^bb2:  // pred: ^bb1
cf.br ^bb4(%arg1 : i64)
^bb3:  // pred: ^bb1
cf.br ^bb4(%arg2 : i64)
^bb4(%0: i64):  // 2 preds: ^bb2, ^bb3
return %0 : i64
""",
    ),
]


@pytest.mark.parametrize("name,text,expected", CASES, ids=[c[0] for c in CASES])
def test_pattern(name: str, text: str, expected: str) -> None:
    """The patterns turn the function into the expected body."""
    assert _body(_rewrite(text)) == expected.strip("\n")


def _canonicalize_registered() -> bool:
    from mliropt.passes.registry import PASSES  # type: ignore[attr-defined]

    return "canonicalize" in PASSES


# Locations are compared where only scf patterns create ops (arith's own patterns pick
# the locations of the constants they make in patterns.mlir).
RUNS = [(p, []) for p in CORPUS] + [
    (p, ["--mlir-print-debuginfo"]) for p in CORPUS if p.name != "patterns.mlir"
]


@requires_upstream
@pytest.mark.parametrize(
    "path,flags", RUNS, ids=[f"{p.name}{' debuginfo' if f else ''}" for p, f in RUNS]
)
def test_canonicalize_matches_upstream(path: Path, flags: list[str]) -> None:
    """With the canonicalize pass, the whole output equals upstream's."""
    try:
        registered = _canonicalize_registered()
    except ImportError:
        registered = False
    if not registered:
        pytest.skip("the canonicalize pass is not registered")
    up = run_upstream(str(path), ["--canonicalize", *flags])
    ours = run_ours(str(path), ["--canonicalize", *flags])
    assert ours[0] == up[0], ours[2]
    assert ours[1] == up[1]
