"""Printing an op whose operands are defined outside it: upstream's placeholder name
(the printer's names are a plain dict; a missing name is filled in and the op printed
again)."""

from __future__ import annotations

from mliropt.ir.context import Context
from mliropt.ir.operation import Operation
from mliropt.syntax.parser import parse_source
from mliropt.syntax.printer import OpPrinter, PrintOptions, print_operation

_TEXT = """
func.func @f(%a: i32, %b: f32) -> i32 {
  %c = arith.constant true
  %0 = arith.addi %a, %a : i32
  %1 = arith.addf %b, %b : f32
  %2 = scf.if %c -> (i32) {
    %3 = arith.muli %0, %a : i32
    scf.yield %3 : i32
  } else {
    scf.yield %0 : i32
  }
  "test.unknown"(%0, %1) : (i32, f32) -> ()
  return %2 : i32
}
"""
_U = "<<UNKNOWN SSA VALUE>>"


def _body_ops() -> list[Operation]:
    ctx = Context(allow_unregistered=True)
    module = parse_source(ctx, _TEXT, "<test>", 0, len(_TEXT))
    func = module.regions[0].blocks[0].first
    assert func is not None
    ops = []
    op = func.regions[0].blocks[0].first
    while op is not None:
        ops.append(op)
        op = op.next
    return ops


def test_operands_defined_outside_print_as_unknown() -> None:
    """Custom, generic and debuginfo forms of an op using outside values."""
    add = _body_ops()[1]
    assert print_operation(add) == f"%0 = arith.addi {_U}, {_U} : i32\n"
    assert print_operation(add, PrintOptions(generic=True)) == (
        f'%0 = "arith.addi"({_U}, {_U}) <{{overflowFlags = #arith.overflow<none>}}>'
        " : (i32, i32) -> i32\n"
    )
    assert print_operation(add, PrintOptions(debuginfo=True)) == (
        f'%0 = arith.addi {_U}, {_U} : i32 loc(#loc)\n#loc = loc("<test>":4:8)\n'
    )


def test_unknown_values_in_nested_regions() -> None:
    """Ops in regions name their outside operands as unknown; the others as usual."""
    if_op = _body_ops()[3]
    assert print_operation(if_op) == (
        f"%0 = scf.if {_U} -> (i32) {{\n  %0 = arith.muli {_U}, {_U} : i32\n"
        f"  scf.yield %0 : i32\n}} else {{\n  scf.yield {_U} : i32\n}}\n"
    )
    assert print_operation(if_op, PrintOptions(generic=True)) == (
        f'%0 = "scf.if"({_U}) ({{\n  %1 = "arith.muli"({_U}, {_U}) '
        "<{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32\n"
        f'  "scf.yield"(%1) : (i32) -> ()\n}}, {{\n  "scf.yield"({_U}) : (i32) -> ()\n'
        "}) : (i1) -> i32\n"
    )
    assert print_operation(if_op, PrintOptions(debuginfo=True)) == (
        f"%0 = scf.if {_U} -> (i32) {{\n  %0 = arith.muli {_U}, {_U} : i32 loc(#loc1)\n"
        f"  scf.yield %0 : i32 loc(#loc2)\n}} else {{\n  scf.yield {_U} : i32 loc(#loc3)\n"
        '} loc(#loc)\n#loc = loc("<test>":6:8)\n#loc1 = loc("<test>":7:10)\n'
        '#loc2 = loc("<test>":8:5)\n#loc3 = loc("<test>":10:5)\n'
    )


def test_unregistered_op_and_op_printer() -> None:
    """An unregistered op's generic form, and `OpPrinter.op` (diagnostics' op text)."""
    ops = _body_ops()
    assert print_operation(ops[4]) == f'"test.unknown"({_U}, {_U}) : (i32, f32) -> ()\n'
    assert OpPrinter(ops[1]).op(ops[1]) == f"%0 = arith.addi {_U}, {_U} : i32"
