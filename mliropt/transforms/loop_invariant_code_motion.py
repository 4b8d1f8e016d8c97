"""`loop-invariant-code-motion`: hoist ops that compute the same value on every iteration
out of loops."""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass
from typing import ClassVar

from mliropt.ir.effects import is_memory_effect_free, is_speculatable
from mliropt.ir.interfaces import (
    is_defined_outside_of_loop,
    is_loop_like,
    loop_regions,
    move_out_of_loop,
)
from mliropt.ir.operation import Operation
from mliropt.ir.traits import IsTerminator
from mliropt.passes.pass_base import Pass


@dataclass
class LoopInvariantCodeMotionPass(Pass):
    """Hoist loop invariant instructions outside of the loop

    For every loop-like op, innermost loops first, moves out of the loop body each op
    that is free of memory effects, speculatable, not a terminator, and whose operands
    (and those of the ops nested in it) are defined outside the loop; the users of a
    hoisted op are then tried again (upstream's moveLoopInvariantCode).
    """

    argument: ClassVar[str] = "loop-invariant-code-motion"
    display_name: ClassVar[str] = "LoopInvariantCodeMotion"

    def run(self, op: Operation) -> None:
        """Hoist out of every loop under `op` (post-order: inner loops first)."""
        for loop in list(op.walk()):
            if is_loop_like(loop):
                move_loop_invariant_code(loop)


def move_loop_invariant_code(loop: Operation) -> int:
    """Hoist the invariant ops of one loop; the number of ops moved."""
    moved = 0
    for region in loop_regions(loop):
        worklist = deque(region.ops())
        while worklist:
            op = worklist.popleft()
            # Skip ops already moved.
            if op.parent_region is not region:
                continue
            if not (is_memory_effect_free(op) and is_speculatable(op)) or not _can_be_hoisted(
                op, loop
            ):
                continue
            move_out_of_loop(loop, op)
            moved += 1
            # Users at the top level of the body may have become invariant; upstream
            # visits them in use-list order, newest use first.
            for result in op.results:
                for use in reversed(result.uses):
                    if use.owner.parent_region is region:
                        worklist.append(use.owner)
    return moved


def _can_be_hoisted(op: Operation, loop: Operation) -> bool:
    """Not a terminator, and every value used in `op` (nested ops included) is defined
    outside the loop or inside `op` itself."""
    if IsTerminator in op.traits:
        return False
    for child in op.walk():
        for use in child.op_operands:
            value = use.value
            block = value.parent_block
            owner = block.parent_op if block is not None else None
            if owner is not None and op.is_ancestor_of(owner):
                continue
            if not is_defined_outside_of_loop(loop, value):
                return False
    return True
