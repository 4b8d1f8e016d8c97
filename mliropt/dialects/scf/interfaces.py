"""Upstream's control-flow interfaces, as the scf ops answer them (for pass writers).

RegionBranchOpInterface (an op whose regions pass control between each other and
back to the op; `isinstance(op, RegionBranchOpInterface)`):

- `successor_regions(point)`: where control goes from `point`; `point` is None for
  the op itself (entering it) or a Region of the op (leaving it through that region's
  terminator). Returns `RegionSuccessor`s: `.region` is a Region of the op, or None
  for "back to the parent op"; `.inputs` are the values that receive what is passed
  (region block arguments, or the op's results).
- `entry_successor_operands(successor)`: the op's operands passed to `successor` when
  entering (scf.for: its inits; scf.while: its inits; others: none).
- `entry_successor_regions(constants)`: like `successor_regions(None)` but knowing the
  constant attribute of each operand (None when unknown): scf.if and
  scf.index_switch with a constant condition enter one region only.
- `region_invocation_bounds(constants)`: (min, max) times each region runs per
  execution of the op (None for max means unbounded).
- `successor_operands(point, successor)`: the values passed along an edge.

RegionBranchTerminatorOpInterface (scf.yield, scf.condition, scf.reduce):
`region_successor_operands(successor)`: the terminator's operands passed to
`successor` (scf.condition: its `args`; scf.reduce: none).

LoopLikeOpInterface (scf.for, scf.forall, scf.parallel, scf.while):
`loop_regions()`, `loop_induction_vars()`, `loop_lower_bounds()`,
`loop_upper_bounds()`, `loop_steps()` (each bound an SSA Value or an IntegerAttr, as
upstream's OpFoldResult; None when the loop has no such notion), `inits()`,
`region_iter_args()`, `yielded_values()`, `loop_results()` (None when the loop has no
results tied to its iter args).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from mliropt.ir.diagnostics import Diagnostic, Severity
from mliropt.ir.opdef import VerifyError
from mliropt.ir.operation import Operation, Region, Value
from mliropt.ir.traits import ReturnLike


class RegionSuccessor:
    """A successor of a region branch point: a region of the op, or the parent (None),
    with the values receiving the forwarded operands."""

    __slots__ = ("region", "inputs")

    def __init__(self, region: Region | None, inputs: Sequence[Value] = ()) -> None:
        self.region = region
        self.inputs = list(inputs)

    @property
    def is_parent(self) -> bool:
        """True for the successor "back to the parent op"."""
        return self.region is None

    def __repr__(self) -> str:
        return "<RegionSuccessor parent>" if self.region is None else "<RegionSuccessor region>"


class RegionBranchTerminatorOpInterface:
    """A terminator passing values to region successors (see the module docstring)."""

    __slots__ = ()

    def region_successor_operands(self, successor: RegionSuccessor) -> list[Value]:
        """The operands forwarded to `successor` (by default all of them)."""
        return self.operands  # type: ignore[attr-defined]


def terminator_successor_operands(term: Operation, successor: RegionSuccessor) -> list[Value]:
    """What a RegionBranchTerminatorOpInterface (or ReturnLike) op passes to `successor`."""
    if isinstance(term, RegionBranchTerminatorOpInterface):
        return term.region_successor_operands(successor)
    return term.operands


def is_region_branch_terminator(op: Operation | None) -> bool:
    """True for ops that upstream treats as RegionBranchTerminatorOpInterface."""
    if op is None or not op.registered:
        return False
    return isinstance(op, RegionBranchTerminatorOpInterface) or ReturnLike in op.traits


class RegionBranchOpInterface:
    """An op with regions branching between each other (see the module docstring)."""

    __slots__ = ()

    def successor_regions(self, point: Region | None) -> list[RegionSuccessor]:
        """The successors of the op (point None) or of a region's terminators."""
        raise NotImplementedError

    def entry_successor_operands(self, successor: RegionSuccessor) -> list[Value]:
        """The operands passed to `successor` when entering the op (none by default)."""
        return []

    def entry_successor_regions(self, constants: list) -> list[RegionSuccessor]:
        """The successors on entry, knowing constant operands (all of them by default)."""
        return self.successor_regions(None)

    def region_invocation_bounds(self, constants: list) -> list[tuple[int, int | None]]:
        """(min, max) executions of each region (unknown: (0, None))."""
        op: Any = self
        return [(0, None) for _ in op.regions]

    def successor_operands(self, point: Any, successor: RegionSuccessor) -> list[Value]:
        """The values passed along the edge from `point` (None, or a terminator op) to
        `successor`."""
        if point is None:
            return self.entry_successor_operands(successor)
        return terminator_successor_operands(point, successor)

    def branch_points(self) -> list[Operation | None]:
        """None (the op itself), then each region-branch terminator, in region order."""
        op: Any = self
        points: list[Operation | None] = [None]
        for region in op.regions:
            for block in region.blocks:
                if is_region_branch_terminator(block.last):
                    points.append(block.last)
        return points

    def verify_region_branch(self) -> None:
        """Upstream's verifyRegionBranchOpInterface: every edge passes as many values
        as its successor takes, of the same types."""
        op: Any = self
        for point in self.branch_points():
            region = None if point is None else point.parent_region
            for succ in self.successor_regions(region):
                operands = self.successor_operands(point, succ)
                inputs = succ.inputs
                if len(operands) != len(inputs):
                    raise _edge_error(
                        op,
                        point,
                        succ,
                        f"region branch point has {len(operands)} operands, but region "
                        f"successor needs {len(inputs)} inputs",
                    )
                for i, (v, t) in enumerate(zip(operands, inputs)):
                    if v.type is not t.type:
                        raise _edge_error(
                            op,
                            point,
                            succ,
                            f"successor operand type #{i} '{v.type}' should match successor "
                            f"input type #{i} '{t.type}'",
                        )


def _edge_error(
    op: Operation, point: Operation | None, succ: RegionSuccessor, what: str
) -> VerifyError:
    source = "parent" if point is None else f"Operation {point.name}"
    if succ.region is None:
        target = "parent"
    else:
        target = f"Region #{op.regions.index(succ.region)}"
    err = VerifyError(op, f"along control flow edge from {source} to {target}: {what}")
    note_loc = op.location if point is None else point.location
    err.diagnostic.notes.append(Diagnostic(note_loc, Severity.NOTE, "region branch point"))
    return err


class LoopLikeOpInterface:
    """A loop (see the module docstring)."""

    __slots__ = ()

    def loop_regions(self) -> list[Region]:
        """The regions that make up the loop body."""
        op: Any = self
        return [op.regions[0]]

    def loop_induction_vars(self) -> list[Value] | None:
        """The induction variables, or None."""
        return None

    def loop_lower_bounds(self) -> list | None:
        """Lower bounds (Value or IntegerAttr each), or None."""
        return None

    def loop_upper_bounds(self) -> list | None:
        """Upper bounds (Value or IntegerAttr each), or None."""
        return None

    def loop_steps(self) -> list | None:
        """Steps (Value or IntegerAttr each), or None."""
        return None

    def inits(self) -> list[Value]:
        """The loop-carried initial values."""
        return []

    def region_iter_args(self) -> list[Value]:
        """The block arguments receiving the loop-carried values."""
        return []

    def yielded_values(self) -> list[Value]:
        """The values the body passes to the next iteration (empty when unknown)."""
        return []

    def loop_results(self) -> list[Value] | None:
        """The results tied to the iter args, or None."""
        return None

    def verify_loop_like(self) -> None:
        """Upstream's verifyLoopLikeOpInterface: inits, iter args, yielded values and
        results agree in number and type."""
        op: Any = self
        inits = self.inits()
        iter_args = self.region_iter_args()
        yielded = self.yielded_values()
        results = self.loop_results()
        if len(inits) != len(iter_args):
            raise VerifyError(
                op,
                f"different number of inits and region iter_args: {len(inits)} != {len(iter_args)}",
            )
        if yielded and len(iter_args) != len(yielded):
            raise VerifyError(
                op,
                "different number of region iter_args and yielded values: "
                f"{len(iter_args)} != {len(yielded)}",
            )
        if results is not None and len(results) != len(iter_args):
            raise VerifyError(
                op,
                "different number of loop results and region iter_args: "
                f"{len(results)} != {len(iter_args)}",
            )
        for i, (init, arg) in enumerate(zip(inits, iter_args)):
            if init.type is not arg.type:
                raise VerifyError(
                    op,
                    f"{i}-th init and {i}-th region iter_arg have different type: "
                    f"'{init.type}' != '{arg.type}'",
                )
            if yielded and arg.type is not yielded[i].type:
                raise VerifyError(
                    op,
                    f"{i}-th region iter_arg and {i}-th yielded value have different type: "
                    f"'{arg.type}' != '{yielded[i].type}'",
                )
        if results is not None:
            # Upstream's counter never advances here: every message says "0-th".
            for arg, res in zip(iter_args, results):
                if arg.type is not res.type:
                    raise VerifyError(
                        op,
                        "0-th region iter_arg and 0-th loop result have different type: "
                        f"'{arg.type}' != '{res.type}'",
                    )
