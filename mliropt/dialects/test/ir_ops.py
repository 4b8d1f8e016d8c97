"""Test ops that upstream's IR tests use (TestOps.td): region count and size
constraints, ops without terminators, a region reference in a custom directive, and
a variadic operand list whose types are written apart from it.
"""

from __future__ import annotations

from typing import Any

from mliropt.dialects.ods import (
    VARIADIC,
    AnyType,
    Attr,
    GraphRegion,
    NoTerminator,
    Op,
    Operand,
    RegionDef,
    SingleBlock,
    StrAttr,
)
from mliropt.syntax.custom_directives import Directive, register_directive


class TwoRegionOp(Op):
    """An op with exactly two regions of any shape.

    Example: `"test.two_region_op"() ({...}, {...}) : () -> ()`
    """

    name = "test.two_region_op"
    region0 = RegionDef(anonymous=True)
    region1 = RegionDef(anonymous=True)


class SizedRegionOp(Op):
    """Two regions constrained to two and one blocks (SizedRegion<2>, SizedRegion<1>).

    Example: `"test.sized_region_op"() ({^a: ... ^b: ...}, {...}) : () -> ()`
    """

    name = "test.sized_region_op"
    my_region = RegionDef(blocks=2)
    region1 = RegionDef(blocks=1, anonymous=True)


# Upstream's GraphRegionNoTerminator traits: one block, no terminator, a graph region.
_GRAPH_NO_TERMINATOR = (NoTerminator, SingleBlock, GraphRegion)


class SingleNoTerminatorOp(Op):
    """One single-block graph region without a terminator.

    Example: `test.single_no_terminator_op : { %0 = ... }`
    """

    name = "test.single_no_terminator_op"
    traits = _GRAPH_NO_TERMINATOR
    my_region = RegionDef(blocks=1)
    assembly_format = "attr-dict `:` $my_region"


class VariadicNoTerminatorOp(Op):
    """Any number of single-block graph regions without terminators.

    Example: `test.variadic_no_terminator_op : {...}, {...}`
    """

    name = "test.variadic_no_terminator_op"
    traits = _GRAPH_NO_TERMINATOR
    my_regions = RegionDef(VARIADIC, blocks=1)
    assembly_format = "attr-dict `:` $my_regions"


class SingleNoTerminatorCustomAsmOp(Op):
    """One single-block region without a terminator, printed right after the name.

    Example: `test.single_no_terminator_custom_asm_op { "work"() : () -> () }`
    """

    name = "test.single_no_terminator_custom_asm_op"
    traits = (SingleBlock, NoTerminator)
    region = RegionDef(blocks=1, anonymous=True)
    # Upstream's hand-written parser and printer: the region right after the name, no
    # block added to an empty one, no entry block arguments printed (`plain_regions`).
    assembly_format = "`` $region"
    plain_regions = True


class _DummyRegionRef(Directive):
    """`custom<DummyRegionRef>(ref($body))`: reads and prints nothing (upstream's test
    of a region reference in a custom directive)."""

    def symbols(self, fmt: Any, element: Any) -> list[str]:
        return []

    def parse(self, sp: Any, texts: list, positions: list, element: Any, state: dict) -> None:
        return None

    def print(self, P: Any, op: Any, element: Any) -> str:
        return ""


register_directive("DummyRegionRef", _DummyRegionRef())


class DummyOpWithRegionRef(Op):
    """An op whose format refers to its region again in a custom directive.

    Example: `test.dummy_op_with_region_ref { ... }`
    """

    name = "test.dummy_op_with_region_ref"
    traits = (NoTerminator,)
    body = RegionDef()
    assembly_format = "$body attr-dict custom<DummyRegionRef>(ref($body))"


class VariadicArgsTypesSplitOp(Op):
    """A variadic operand list whose types come after the attribute dictionary; a
    count mismatch is reported as upstream's resolveOperands reports it.

    Example: `test.variadic_args_types_split "s", %a, %b : i32, i64`
    """

    name = "test.variadic_args_types_split"
    args = Operand(AnyType, VARIADIC)
    str_ = Attr(StrAttr, name="str")
    assembly_format = "$str (`,` $args^)? attr-dict (`:` type($args)^)?"


IR_OPS = (
    TwoRegionOp,
    SizedRegionOp,
    SingleNoTerminatorOp,
    VariadicNoTerminatorOp,
    SingleNoTerminatorCustomAsmOp,
    DummyOpWithRegionRef,
    VariadicArgsTypesSplitOp,
)
