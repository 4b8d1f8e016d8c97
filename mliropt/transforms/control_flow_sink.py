"""`control-flow-sink`: move side-effect-free ops into the conditional regions that use
them, so that they are not computed on paths that do not need them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from mliropt.ir.effects import is_memory_effect_free
from mliropt.ir.interfaces import region_invocation_bounds
from mliropt.ir.operation import Operation, Region
from mliropt.passes.pass_base import Pass


@dataclass
class ControlFlowSinkPass(Pass):
    """Sink operations into conditional blocks

    For every region-branch op (scf.if, scf.index_switch, ...), the regions known to run
    at most once per execution of the op get the memory-effect-free ops whose users are
    all inside them; such ops move to the start of the region's entry block, and the
    ops defining their operands are tried next (upstream's ControlFlowSink).
    """

    argument: ClassVar[str] = "control-flow-sink"
    display_name: ClassVar[str] = "ControlFlowSink"

    def run(self, op: Operation) -> None:
        """Sink into the singly executed regions of every region-branch op, innermost first."""
        from mliropt.rewrite.folding import operand_constants

        for branch in list(op.walk()):
            if not branch.regions or not hasattr(branch, "region_invocation_bounds"):
                continue
            bounds = region_invocation_bounds(branch, operand_constants(branch))
            regions = [
                r
                for r, (_, upper) in zip(branch.regions, bounds)
                if upper is not None and upper <= 1
            ]
            # Upstream assigns (not adds) the count of each op to its statistic.
            self.statistics["num-sunk"] = sink_into_regions(regions, is_memory_effect_free)


def sink_into_regions(regions: list[Region], should_move: object) -> int:
    """Upstream's controlFlowSink: sink ops into each non-empty region; the number sunk."""
    moved = 0
    for region in regions:
        if region.blocks:
            moved += _sink_region(region, should_move)
    return moved


def _sink_region(region: Region, should_move: object) -> int:
    """Visit the ops of the region depth-first, sinking the definitions of their operands."""
    stack = list(region.ops())
    moved = 0
    entry = region.blocks[0]
    while stack:
        user = stack.pop()
        for value in user.operands:
            op = value.owner_op
            # Block arguments and ops already at the top of the region stay.
            if op is None or op.parent_region is region:
                continue
            if _users_inside(op, region) and should_move(op):  # type: ignore[operator]
                op.detach()
                entry.prepend(op)
                moved += 1
                stack.append(op)
    return moved


def _users_inside(op: Operation, region: Region) -> bool:
    """Every user of `op` is in a block dominated by the region's entry block, that is,
    anywhere inside the region (the entry block dominates every block of its region)."""
    for result in op.results:
        for use in result.uses:
            block = use.owner.parent
            if block is None or region.find_ancestor_block_in_region(block) is None:
                return False
    return True
