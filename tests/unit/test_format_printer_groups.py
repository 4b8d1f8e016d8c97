"""Generated format printers of ops with operand segments and variadic results
(`_operand_groups`, the one variadic result part); expected texts from mlir-opt 22."""

from __future__ import annotations

from mliropt.ir.context import Context
from mliropt.syntax.parser import parse_source
from mliropt.syntax.printer import PrintOptions, print_operation

_TEXT = """
func.func private @g0()
func.func private @g1(i32) -> i32
func.func private @g2(i32, f32) -> (i32, f32)
func.func @f(%c: i1, %x: i32, %y: f32, %m: memref<4x4xf32>, %i: index) -> i32 {
  func.call @g0() : () -> ()
  %a = func.call @g1(%x) : (i32) -> i32
  %b:2 = func.call @g2(%a, %y) : (i32, f32) -> (i32, f32)
  %v = memref.load %m[%i, %i] : memref<4x4xf32>
  memref.store %v, %m[%i, %i] : memref<4x4xf32>
  cf.cond_br %c, ^bb1(%a, %b#0 : i32, i32), ^bb2
^bb1(%p: i32, %q: i32):
  cf.cond_br %c, ^bb2, ^bb3(%q : i32)
^bb2:
  cf.cond_br %c weights([3, 5]), ^bb3(%x : i32), ^bb3(%a : i32)
^bb3(%r: i32):
  return %r : i32
}
"""

_EXPECTED = """module {
  func.func private @g0()
  func.func private @g1(i32) -> i32
  func.func private @g2(i32, f32) -> (i32, f32)
  func.func @f(%arg0: i1, %arg1: i32, %arg2: f32, %arg3: memref<4x4xf32>, %arg4: index) -> i32 {
    call @g0() : () -> ()
    %0 = call @g1(%arg1) : (i32) -> i32
    %1:2 = call @g2(%0, %arg2) : (i32, f32) -> (i32, f32)
    %2 = memref.load %arg3[%arg4, %arg4] : memref<4x4xf32>
    memref.store %2, %arg3[%arg4, %arg4] : memref<4x4xf32>
    cf.cond_br %arg0, ^bb1(%0, %1#0 : i32, i32), ^bb2
  ^bb1(%3: i32, %4: i32):  // pred: ^bb0
    cf.cond_br %arg0, ^bb2, ^bb3(%4 : i32)
  ^bb2:  // 2 preds: ^bb0, ^bb1
    cf.cond_br %arg0 weights([3, 5]), ^bb3(%arg1 : i32), ^bb3(%0 : i32)
  ^bb3(%5: i32):  // 3 preds: ^bb1, ^bb2, ^bb2
    return %5 : i32
  }
}
"""


def _print(options: PrintOptions | None = None) -> str:
    ctx = Context()
    module = parse_source(ctx, _TEXT, "<test>", 0, len(_TEXT))
    return print_operation(module, options)


def test_segments_and_variadic_results_print_as_upstream() -> None:
    """cf.cond_br's three operand groups, func.call's 0, 1 and 2 results, index lists."""
    assert _print() == _EXPECTED


def test_printed_twice_alike() -> None:
    """The cached function types and operand groups give the same text again."""
    ctx = Context()
    module = parse_source(ctx, _TEXT, "<test>", 0, len(_TEXT))
    generic = PrintOptions(generic=True)
    assert print_operation(module) == print_operation(module) == _EXPECTED
    assert print_operation(module, generic) == print_operation(module, generic)
    assert '"cf.cond_br"(%arg0, %0, %1#0)[^bb1, ^bb2]' in print_operation(module, generic)
