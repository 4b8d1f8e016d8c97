"""The verifier's fused fast path accepts exactly the IR its exact walks accept (those
then report the errors), on valid IR and on one case of each kind of failure."""

import pytest

from mliropt.ir.context import Context
from mliropt.ir.verifier import Verifier
from mliropt.syntax.parser import parse_source

VALID = """\
func.func @g(%a: i32) -> i32 {
  return %a : i32
}
func.func @f(%a: i32, %b: i32, %buf: memref<4xf32>) -> i32 {
  %c0 = arith.constant 0 : index
  %c4 = arith.constant 4 : index
  %c1 = arith.constant 1 : index
  %x = arith.addi %a, %b : i32
  %f = arith.constant 1.0 : f32
  %s = scf.for %i = %c0 to %c4 step %c1 iter_args(%acc = %f) -> (f32) {
    %l = memref.load %buf[%i] : memref<4xf32>
    %m = arith.addf %acc, %l : f32
    scf.yield %m : f32
  }
  %p = arith.cmpi slt, %a, %x : i32
  %r = scf.if %p -> (i32) {
    %y = arith.addi %x, %a : i32
    scf.yield %y : i32
  } else {
    scf.yield %b : i32
  }
  %z = func.call @g(%r) : (i32) -> i32
  cf.cond_br %p, ^bb1(%z : i32), ^bb2
^bb1(%q: i32):
  return %q : i32
^bb2:
  return %x : i32
}
"""

INVALID = {
    "dominance": """\
func.func @f(%a: i32) -> i32 {
  %y = arith.addi %x, %a : i32
  %x = arith.addi %a, %a : i32
  return %y : i32
}
""",
    "nested dominance": """\
func.func @f(%a: i32, %p: i1) -> i32 {
  %r = scf.if %p -> (i32) {
    scf.yield %x : i32
  } else {
    scf.yield %a : i32
  }
  %x = arith.addi %a, %a : i32
  return %r : i32
}
""",
    "symbol use": """\
func.func @f(%a: i32) -> i32 {
  %r = func.call @missing(%a) : (i32) -> i32
  return %r : i32
}
""",
    "operand type": """\
func.func @f(%a: i32, %b: i64) -> i32 {
  %r = "arith.addi"(%a, %b) : (i32, i64) -> i32
  return %r : i32
}
""",
    "successor not last": """\
func.func @f(%a: i32) -> i32 {
  "cf.br"()[^bb1] : () -> ()
  return %a : i32
^bb1:
  return %a : i32
}
""",
    "no terminator": """\
func.func @f(%a: i32) {
  %x = arith.addi %a, %a : i32
}
""",
    "region verifier": """\
func.func @f(%p: i1) -> i32 {
  %r = scf.if %p -> (i32) {
    %c = arith.constant 1 : i64
    scf.yield %c : i64
  } else {
    %c = arith.constant 1 : i64
    scf.yield %c : i64
  }
  return %r : i32
}
""",
    "duplicate symbol": """\
func.func @f() {
  return
}
func.func @f() {
  return
}
""",
}


def _check(text: str) -> tuple[bool, list]:
    """(fast path's answer, the exact walks' errors) for `text`."""
    ctx = Context()
    module = parse_source(ctx, text, "t.mlir", 0, len(text), implicit_module=True)
    fast = Verifier()._valid_fast(module)
    exact = Verifier()
    exact._valid_fast = lambda op: False  # type: ignore[method-assign]
    return fast, exact.run(module)


def test_valid_ir_takes_the_fast_path() -> None:
    """Valid IR: accepted by both."""
    assert _check(VALID) == (True, [])


@pytest.mark.parametrize("name", sorted(INVALID))
def test_invalid_ir_goes_to_the_exact_walks(name: str) -> None:
    """Each failure: rejected by the fast path, reported by the exact walks."""
    fast, errors = _check(INVALID[name])
    assert not fast
    assert errors
