"""`topological-sort`: order the ops of graph regions so that definitions come first."""

from __future__ import annotations

import heapq
from dataclasses import dataclass
from typing import ClassVar

from mliropt.ir.operation import Block, Operation
from mliropt.ir.traits import GraphRegion, IsTerminator
from mliropt.passes.pass_base import Pass


@dataclass
class TopologicalSortPass(Pass):
    """Sort regions without SSA dominance in topological order

    Every block of a region without SSA dominance (a graph region, such as the body of
    `builtin.module`) is reordered so that, where possible, an op comes after the ops
    defining its operands (and those of the ops nested in it); ops on a use-def cycle keep
    their relative order. The order is upstream's `sortTopologically`.
    """

    argument: ClassVar[str] = "topological-sort"

    def run(self, op: Operation) -> None:
        """Sort the blocks of every graph region under `op`."""
        graph_ops = [o for o in op.walk() if o.registered and GraphRegion in o.traits]
        for graph_op in graph_ops:
            for region in graph_op.regions:
                for block in region.blocks:
                    sort_block(block)


def sort_block(block: Block) -> bool:
    """Sort a block, its terminator left last; False when a cycle prevented a full sort."""
    last = block.last
    if last is None:
        return True
    anchor = last if IsTerminator in last.traits else None
    ops = list(block.ops)
    if anchor is not None:
        ops.pop()
    return sort_ops(block, ops, anchor)


def sort_ops(block: Block, ops: list[Operation], anchor: Operation | None) -> bool:
    """Reorder `ops` (consecutive ops of `block`, just before `anchor`) topologically.

    Upstream sweeps the unscheduled ops in order again and again, scheduling each op whose
    operands are ready; when a sweep schedules nothing, the first unscheduled op is taken
    as it is. The same order comes out of a heap keyed by (sweep, position): an op made
    ready by an op before it in the order is scheduled in the same sweep, otherwise in the
    next one. This costs O(N log N) where the sweeps cost O(N^2).
    """
    if not ops:
        return True
    index = {op: i for i, op in enumerate(ops)}
    dependents: list[list[int]] = [[] for _ in ops]
    waiting = [0] * len(ops)
    for i, op in enumerate(ops):
        for j in _dependencies(op, index):
            dependents[j].append(i)
            waiting[i] += 1
    heap = [(0, i) for i in range(len(ops)) if not waiting[i]]
    done = [False] * len(ops)
    order: list[int] = []
    first_open = 0  # no unscheduled op comes before this position
    sweep = 0
    sorted_fully = True
    while len(order) < len(ops):
        if not heap:
            # A sweep that schedules nothing: take the first unscheduled op as it is.
            sorted_fully = False
            while done[first_open]:
                first_open += 1
            heap.append((sweep + 1, first_open))
            waiting[first_open] = 0
        sweep, i = heapq.heappop(heap)
        if done[i]:
            continue
        done[i] = True
        order.append(i)
        for k in dependents[i]:
            waiting[k] -= 1
            if waiting[k] == 0 and not done[k]:
                heapq.heappush(heap, (sweep if k > i else sweep + 1, k))
    for i in order:
        op = ops[i]
        op.detach()
        block.insert_before(anchor, op)
    return sorted_fully


def _dependencies(op: Operation, index: dict[Operation, int]) -> set[int]:
    """Positions of the other sorted ops that define values used by `op` or inside it."""
    deps: set[int] = set()
    for nested in op.walk():
        for use in nested.op_operands:
            # The first ancestor of the definition that is `op` or one of the sorted ops.
            cur = use.value.owner_op
            while cur is not None and cur is not op:
                j = index.get(cur)
                if j is not None:
                    deps.add(j)
                    break
                cur = cur.parent_op
    return deps
