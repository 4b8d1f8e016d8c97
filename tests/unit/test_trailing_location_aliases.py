"""Trailing-location aliases under --mlir-print-debuginfo: plain file locations get
their final `#locN` names while printing (AliasState.visit_trailing), mixed with the
other location kinds, block argument and repeated locations; expected texts from
mlir-opt 22 (`mlir-opt --mlir-print-debuginfo [--mlir-print-op-generic] t.mlir`)."""

from __future__ import annotations

import re

from mliropt.ir.context import Context
from mliropt.ir.location import FileLineColLoc
from mliropt.syntax.parser import parse_source
from mliropt.syntax.printer import PrintOptions, print_operation

_TEXT = """#l0 = loc("a.py":1:2)
#l1 = loc("b.py":3:4)
func.func @f(%x: i32 loc("arg.py":9:9), %y: i32) -> i32 {
  %0 = arith.addi %x, %y : i32 loc("a.py":1:2)
  %1 = arith.addi %0, %y : i32 loc(unknown)
  %2 = arith.addi %1, %y : i32 loc("n"(#l0))
  %3 = arith.addi %2, %y : i32 loc(fused[#l0, #l1])
  %4 = arith.addi %3, %y : i32 loc(callsite(#l1 at #l0))
  %5 = arith.addi %4, %y : i32 loc("c.py":5:6 to 5:9)
  %6 = arith.addi %5, %y : i32 loc("b.py":3:4)
  %7 = arith.addi %6, %y : i32 loc("only"("d.py":7:7))
  %8 = arith.addi %7, %y : i32 loc("e.py":8:8)
  %9 = arith.addi %8, %y : i32 loc("a.py":1:2)
  return %9 : i32 loc(fused<"meta">["f.py":1:1])
} loc("g.py":2:2)
"""

_DEBUGINFO = """#loc2 = loc("arg.py":9:9)
#loc3 = loc("t.mlir":3:41)
module {
  func.func @f(%arg0: i32 loc("arg.py":9:9), %arg1: i32 loc("t.mlir":3:41)) -> i32 {
    %0 = arith.addi %arg0, %arg1 : i32 loc(#loc4)
    %1 = arith.addi %0, %arg1 : i32 loc(#loc5)
    %2 = arith.addi %1, %arg1 : i32 loc(#loc11)
    %3 = arith.addi %2, %arg1 : i32 loc(#loc12)
    %4 = arith.addi %3, %arg1 : i32 loc(#loc13)
    %5 = arith.addi %4, %arg1 : i32 loc(#loc7)
    %6 = arith.addi %5, %arg1 : i32 loc(#loc6)
    %7 = arith.addi %6, %arg1 : i32 loc(#loc14)
    %8 = arith.addi %7, %arg1 : i32 loc(#loc9)
    %9 = arith.addi %8, %arg1 : i32 loc(#loc4)
    return %9 : i32 loc(#loc15)
  } loc(#loc1)
} loc(#loc)
#loc = loc("t.mlir":0:0)
#loc1 = loc("g.py":2:2)
#loc4 = loc("a.py":1:2)
#loc5 = loc(unknown)
#loc6 = loc("b.py":3:4)
#loc7 = loc("c.py":5:6 to :9)
#loc8 = loc("d.py":7:7)
#loc9 = loc("e.py":8:8)
#loc10 = loc("f.py":1:1)
#loc11 = loc("n"(#loc4))
#loc12 = loc(fused[#loc4, #loc6])
#loc13 = loc(callsite(#loc6 at #loc4))
#loc14 = loc("only"(#loc8))
#loc15 = loc(fused<"meta">[#loc10])

"""

# The generic form's alias definitions and its `loc(#alias)` references, in order.
_GENERIC_DEFINITIONS = """#loc2 = loc("arg.py":9:9)
#loc3 = loc("t.mlir":3:41)
#loc = loc("t.mlir":0:0)
#loc1 = loc("g.py":2:2)
#loc4 = loc("a.py":1:2)
#loc5 = loc(unknown)
#loc6 = loc("b.py":3:4)
#loc7 = loc("c.py":5:6 to :9)
#loc8 = loc("d.py":7:7)
#loc9 = loc("e.py":8:8)
#loc10 = loc("f.py":1:1)
#loc11 = loc("n"(#loc4))
#loc12 = loc(fused[#loc4, #loc6])
#loc13 = loc(callsite(#loc6 at #loc4))
#loc14 = loc("only"(#loc8))
#loc15 = loc(fused<"meta">[#loc10])""".splitlines()
_GENERIC_REFERENCES = [
    "#loc4", "#loc5", "#loc11", "#loc12", "#loc13", "#loc7", "#loc6", "#loc14", "#loc9",
    "#loc4", "#loc15", "#loc1", "#loc",
]


def _print(options: PrintOptions) -> str:
    ctx = Context()
    module = parse_source(
        ctx, _TEXT, "t.mlir", 0, len(_TEXT), chunk_loc=FileLineColLoc("t.mlir", 0, 0)
    )
    return print_operation(module, options) + "\n"


def test_location_aliases_as_upstream() -> None:
    """Custom form: direct `#locN` names agree with the sorted alias definitions."""
    assert _print(PrintOptions(debuginfo=True)) == _DEBUGINFO


def test_location_aliases_generic_form() -> None:
    """The generic form numbers and references the same aliases."""
    text = _print(PrintOptions(debuginfo=True, generic=True))
    assert [line for line in text.splitlines() if line.startswith("#loc")] == (
        _GENERIC_DEFINITIONS
    )
    assert re.findall(r"loc\((#loc\d*)\)", text) == _GENERIC_REFERENCES
