"""Test ops with RegionBranchOpInterface (upstream's TestOps.td RegionIfOp, AnyCondOp,
RegionIfYieldOp), as control-flow-sink and the dataflow analyses see them.

`test.region_if` enters its `then` or `else` region, both continue to the `join`
region, which returns to the op; each region runs at most once. `test.any_cond` runs
its region exactly once.
"""

from __future__ import annotations

from typing import Any

from mliropt.dialects.ods import (
    VARIADIC,
    AnyType,
    IsTerminator,
    NoMemoryEffect,
    Op,
    Operand,
    RecursiveMemoryEffects,
    RegionDef,
    Result,
    ReturnLike,
    SingleBlock,
    SingleBlockImplicitTerminator,
)
from mliropt.dialects.scf.interfaces import RegionBranchOpInterface, RegionSuccessor
from mliropt.ir.operation import Region, Value
from mliropt.syntax.custom_syntax import CustomSyntax


class RegionIfYieldOp(Op):
    """Ends a region of test.region_if, passing values on.

    Example: `test.region_if_yield %x : i32`
    """

    name = "test.region_if_yield"
    traits = (NoMemoryEffect, ReturnLike, IsTerminator)
    results_ = Operand(AnyType, VARIADIC)
    assembly_format = "$results_ `:` type($results_) attr-dict"


class RegionIfOp(RegionBranchOpInterface, Op):
    """An if-then-else-join: `then` or `else` runs (getting the operands), then `join`
    (getting what they yield), whose yield gives the results.

    Example: `%r = test.region_if %a: i32 -> i32 then { ... } else { ... } join { ... }`
    """

    name = "test.region_if"
    traits = (
        SingleBlockImplicitTerminator("test.region_if_yield"),
        SingleBlock,
        RecursiveMemoryEffects,
    )
    operands_ = Operand(AnyType, VARIADIC)
    results_ = Result(AnyType, VARIADIC)
    thenRegion = RegionDef(single_block=True)
    elseRegion = RegionDef()
    joinRegion = RegionDef()

    @classmethod
    def custom_syntax(cls) -> CustomSyntax:
        """`operands : types -> types then {..} else {..} join {..}` (no attributes)."""
        return CustomSyntax(
            cls,
            [
                (
                    'VALUES COLON_TYPES ARROW result_types "then" region "else" region '
                    '"join" region',
                    _parse_if,
                ),
            ],
            _print_if,
        )

    def _args(self, i: int) -> list[Value]:
        blocks = self.regions[i].blocks
        return list(blocks[0].args) if blocks else []

    def successor_regions(self, point: Region | None) -> list[RegionSuccessor]:
        """Entry: then and else; from them: join; from join: the op's results."""
        then_r, else_r, join_r = self.regions
        if point is None:
            return [RegionSuccessor(then_r, self._args(0)), RegionSuccessor(else_r, self._args(1))]
        if point is not join_r:
            return [RegionSuccessor(join_r, self._args(2))]
        return [RegionSuccessor(None, self.results)]

    def entry_successor_operands(self, successor: RegionSuccessor) -> list[Value]:
        """The operands go to then and else."""
        return self.operands

    def region_invocation_bounds(self, constants: list) -> list[tuple[int, int | None]]:
        """Each region runs at most once."""
        return [(0, 1)] * 3

    def verify_regions(self) -> None:
        """The values along every edge match the successor's inputs."""
        self.verify_region_branch()


def _parse_if(sp: Any, c: list, p: list) -> Any:
    # OPSTART OP VALUES COLON_TYPES ARROW result_types "then" region "else" region
    # "join" region
    refs = sp.value_refs(c[2], p[2], 0, True)
    types = sp.colon_types(c[3], p[3])
    operands = sp.resolve_group(refs, types, RegionIfOp.name)
    regions = [c[7], c[9], c[11]]
    op = sp.finish_op(RegionIfOp, operands, list(c[5]), None, None, regions, [], c[0], p[0])
    sp.ensure_terminators(op)
    return op


def _print_if(P: Any, op: RegionIfOp) -> str:
    # Upstream's RegionIfOp::print: ` %a, %b: t1, t2 -> types then {..} else {..} join {..}`.
    out = [" ", ", ".join(P.value(v) for v in op.operands)]
    out.append(": " + ", ".join(P.type(v.type) for v in op.operands))
    # printArrowTypeList: `-> t`, or `-> (t1, t2)` (also for none and function types).
    results = [r.type for r in op.results]
    single = len(results) == 1 and not _is_function_type(results[0])
    text = P.type(results[0]) if single else "(" + ", ".join(P.type(t) for t in results) + ")"
    out.append(" -> " + text)
    for word, region in zip(("then", "else", "join"), op.regions):
        out.append(f" {word} " + P.region(region, True, True))
    return "".join(out)


def _is_function_type(t: Any) -> bool:
    from mliropt.ir.types import FunctionType

    return isinstance(t, FunctionType)


class AnyCondOp(RegionBranchOpInterface, Op):
    """Runs its region exactly once; the region returns to the op's results.

    Example: `%r = "test.any_cond"() ({ ... "test.yield"(%x) : (i32) -> () }) : () -> i32`
    """

    name = "test.any_cond"
    traits = (RecursiveMemoryEffects,)
    results_ = Result(AnyType, VARIADIC)
    region = RegionDef()

    def successor_regions(self, point: Region | None) -> list[RegionSuccessor]:
        """Entry: the region (no inputs); from it: the op's results."""
        if point is None:
            return [RegionSuccessor(self.regions[0])]
        return [RegionSuccessor(None, self.results)]

    def region_invocation_bounds(self, constants: list) -> list[tuple[int, int | None]]:
        """The region runs once."""
        return [(1, 1)]


REGION_BRANCH_OPS: tuple = (RegionIfYieldOp, RegionIfOp, AnyCondOp)

__all__ = ["REGION_BRANCH_OPS"]
