"""Op interfaces that passes query: loop-like ops and region-branch ops.

An op class takes part by defining methods with these names (upstream's interface
methods in snake case); each helper below supplies upstream's default when an optional
method is absent.

LoopLikeOpInterface (scf.for, scf.while, scf.parallel, scf.forall, ...):
- `loop_regions(self) -> list[Region]` (required: it makes the op loop-like), the
  regions that form the loop body (`getLoopRegions`);
- `is_defined_outside_of_loop(self, value) -> bool` (optional);
- `move_out_of_loop(self, op) -> None` (optional; default: move `op` before the loop).

RegionBranchOpInterface (scf.if, scf.index_switch, ...):
- `region_invocation_bounds(self, operands) -> list[tuple[int, int | None]]`
  (optional): for each region, how many times it may run (lower bound, upper bound or
  None when unknown); `operands` holds each operand's constant attribute or None
  (`getRegionInvocationBounds`). Without it every bound is unknown.
"""

from __future__ import annotations

from typing import Any

from mliropt.ir.operation import Operation, Region, Value


def is_loop_like(op: Operation) -> bool:
    """True when the op implements LoopLikeOpInterface."""
    return op.registered and hasattr(op, "loop_regions")


def loop_regions(op: Operation) -> list[Region]:
    """The loop-body regions of a loop-like op."""
    return list(op.loop_regions())  # type: ignore[attr-defined]


def is_defined_outside_of_loop(loop: Operation, value: Value) -> bool:
    """Upstream's default: the value is not defined in a region nested in the loop."""
    fn = getattr(loop, "is_defined_outside_of_loop", None)
    if fn is not None:
        return bool(fn(value))
    block = value.parent_block
    region = block.parent if block is not None else None
    owner = region.parent if region is not None else None
    return owner is None or not loop.is_ancestor_of(owner)


def move_out_of_loop(loop: Operation, op: Operation) -> None:
    """Move `op` out of the loop (upstream's default: right before the loop op)."""
    fn = getattr(loop, "move_out_of_loop", None)
    if fn is not None:
        fn(op)
        return
    op.move_before(loop)


def region_invocation_bounds(op: Operation, operands: list[Any]) -> list[tuple[int, int | None]]:
    """How often each region of `op` may run (unknown, `(0, None)`, by default)."""
    fn = getattr(op, "region_invocation_bounds", None) if op.registered else None
    if fn is None:
        return [(0, None)] * len(op.regions)
    return list(fn(operands))
