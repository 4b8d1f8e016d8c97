"""`mem2reg`: promote memory slots to SSA values (upstream's Mem2Reg).

For each slot of a promotable allocation, the analysis finds the uses that must go
(blocking uses, propagated through the forward slice of the pointer) and the blocks
where stored values merge (the iterated dominance frontier of the storing blocks,
pruned to the blocks where the slot's value is live);
the promotion then walks the dominator tree forwarding stored values to loads, adds a
block argument at each merge point, and removes the blocking uses. Uses in nested
regions are not promoted (upstream 22's regions have no promotion interface).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from mliropt.ir import interfaces as I
from mliropt.ir.builder import Builder
from mliropt.ir.operation import Block, Operation, Region, Use, Value
from mliropt.ir.traits import GraphRegion
from mliropt.passes.pass_base import Pass, option


@dataclass
class Mem2RegPass(Pass):
    """Promotes memory slots into values.

    Replaces the loads and stores of promotable allocations (memref.alloca of a single
    element) by the SSA values they carry, adding block arguments where control flow
    merges different stored values; reads before any store get the allocation's default
    value (`ub.poison`).
    """

    argument: ClassVar[str] = "mem2reg"
    display_name: ClassVar[str] = "Mem2Reg"

    # Declared by upstream 22 but not used by its pass: it has no effect there either.
    region_simplify: bool = option(True, "Perform control flow optimizations to the region tree")

    def run(self, op: Operation) -> None:
        """Promote the slots of the allocations in each region of `op`."""
        for region in op.regions:
            if not region.blocks:
                continue
            builder = Builder(self.ctx)
            builder.set_insertion_point_to_start(region.blocks[0])
            allocators = [o for o in region.walk(post_order=False) if I.is_promotable_allocation(o)]
            promote_slots(self, allocators, builder)


def promote_slots(pass_: Any, allocators: list[Operation], builder: Builder) -> bool:
    """Promote as many slots as possible, round after round (upstream's
    tryToPromoteMemorySlots); True when something was promoted."""
    dominance = _Dominance()
    promoted_any = False
    worklist = list(allocators)
    while True:
        changed_round = False
        new_worklist: list[Operation] = []
        for allocator in worklist:
            changed = False
            for slot in allocator.promotable_slots():  # type: ignore[attr-defined]
                if not slot.ptr.uses:
                    continue
                info = _Analyzer(slot, dominance).compute_info()
                if info is None:
                    continue
                new = _Promoter(slot, allocator, builder, dominance, info, pass_).promote()
                changed = True
                if new is not None:
                    new_worklist.append(new)
                # Promoting a slot may invalidate the allocator's other slots.
                break
            if not changed:
                new_worklist.append(allocator)
            changed_round |= changed
        if not changed_round:
            return promoted_any
        promoted_any = True
        worklist = new_worklist


# ----------------------------------------------------------------- dominance


class _Dominance:
    """Dominator trees of regions, computed on demand (children in block order)."""

    def __init__(self) -> None:
        self.trees: dict[Region, tuple[dict[Block, Any], dict[Block, list[Block]]]] = {}

    def tree(self, region: Region) -> tuple[dict[Block, Any], dict[Block, list[Block]]]:
        """(immediate dominators, dominator-tree children) of the reachable blocks."""
        t = self.trees.get(region)
        if t is None:
            from mliropt.ir.verifier import compute_idoms

            idoms = compute_idoms(region)
            children: dict[Block, list[Block]] = {b: [] for b in idoms}
            for b in region.blocks:
                d = idoms.get(b)
                if d is not None and d is not b:
                    children[d].append(b)
            t = self.trees[region] = (idoms, children)
        return t

    def invalidate(self, region: Region) -> None:
        """Forget a region's tree (its blocks changed)."""
        self.trees.pop(region, None)


def iterated_dominance_frontier(
    region: Region, dominance: _Dominance, defining: set[Block], live_in: set[Block]
) -> list[Block]:
    """The blocks where definitions from `defining` meet, among the `live_in` ones (the
    pruned iterated dominance frontier, by dominator-tree levels as LLVM's
    IDFCalculator)."""
    idoms, children = dominance.tree(region)
    entry = region.blocks[0]
    level: dict[Block, int] = {entry: 0}
    stack = [entry]
    while stack:
        b = stack.pop()
        for c in children[b]:
            level[c] = level[b] + 1
            stack.append(c)
    import heapq

    heap = [(-level[b], i, b) for i, b in enumerate(defining) if b in level]
    heapq.heapify(heap)
    counter = len(heap)
    visited: set[Block] = set()
    visited_pq: set[Block] = set()
    in_heap = {b for _, _, b in heap}
    out: list[Block] = []
    while heap:
        root_level, _, root = heapq.heappop(heap)
        root_level = -root_level
        work = [root]
        visited.add(root)
        while work:
            node = work.pop()
            for succ in node.successors:
                if succ not in level:
                    continue
                if idoms.get(succ) is node or level[succ] > root_level:
                    continue
                if succ in visited_pq:
                    continue
                visited_pq.add(succ)
                if succ not in live_in:
                    continue
                out.append(succ)
                if succ not in defining and succ not in in_heap:
                    in_heap.add(succ)
                    heapq.heappush(heap, (-level[succ], counter, succ))
                    counter += 1
            for c in children[node]:
                if c not in visited:
                    visited.add(c)
                    work.append(c)
    return out


# ----------------------------------------------------------------- analysis


class _Info:
    """What the analysis found: blocking uses by user (in order), and merge points."""

    def __init__(self) -> None:
        self.blocking: dict[Operation, dict[Use, None]] = {}
        self.merge_points: list[Block] = []


def _post_order(start: Any, successors: Any, seen: set) -> list[Any]:
    """The nodes reachable from `start` (skipping `seen`, which is updated), in
    depth-first post-order."""
    post: list[Any] = []
    seen.add(start)
    stack = [(start, iter(successors(start)))]
    while stack:
        node, it = stack[-1]
        nxt = next(it, None)
        if nxt is None:
            stack.pop()
            post.append(node)
        elif nxt not in seen:
            seen.add(nxt)
            stack.append((nxt, iter(successors(nxt))))
    return post


def _forward_slice(value: Value) -> list[Operation]:
    """The ops transitively using `value`, in topological order."""

    def users(op: Operation) -> list[Operation]:
        return [u.owner for r in op.results for u in r.uses]

    order: list[Operation] = []
    seen: set[Operation] = set()
    for u in list(value.uses):
        if u.owner not in seen:
            order.extend(_post_order(u.owner, users, seen))
    order.reverse()
    return order


class _Analyzer:
    """Decides whether a slot can be promoted, without changing the IR."""

    def __init__(self, slot: I.MemorySlot, dominance: _Dominance) -> None:
        self.slot = slot
        self.dominance = dominance

    def compute_info(self) -> _Info | None:
        """The promotion plan, or None when the slot cannot be promoted."""
        info = _Info()
        if not self._blocking_uses(info.blocking):
            return None
        region: Any = self.slot.ptr.parent_block.parent  # type: ignore[union-attr]
        defining = {
            u.owner.parent
            for u in self.slot.ptr.uses
            if I.is_promotable_mem_op(u.owner) and u.owner.stores_to(self.slot)  # type: ignore[attr-defined]
        }
        if len(region.blocks) > 1:
            live_in = self._live_in(defining)
            info.merge_points = iterated_dominance_frontier(
                region,  # type: ignore[arg-type]
                self.dominance,
                defining,  # type: ignore[arg-type]
                live_in,
            )
        for block in info.merge_points:
            for use in block.uses:
                if not I.is_branch(use.owner):
                    return None
        return info

    def _live_in(self, defining: set) -> set[Block]:
        """The blocks where the slot's value is live on entry: those loading it before
        any store, and their predecessors up to the storing blocks (so that merge
        points are only made where a value is read, upstream's pruned SSA)."""
        slot = self.slot
        work: list[Block] = []
        seen: set[Block] = set()
        for use in slot.ptr.uses:
            block = use.owner.parent
            if block is None or block in seen:
                continue
            seen.add(block)
            for op in block.ops:
                if not I.is_promotable_mem_op(op):
                    continue
                if op.loads_from(slot):  # type: ignore[attr-defined]
                    work.append(block)
                    break
                if op.stores_to(slot):  # type: ignore[attr-defined]
                    break
        live: set[Block] = set()
        while work:
            block = work.pop()
            if block in live:
                continue
            live.add(block)
            for pred in block.predecessors:
                if pred not in defining:
                    work.append(pred)
        return live

    def _blocking_uses(self, blocking: dict[Operation, dict[Use, None]]) -> bool:
        slot = self.slot
        region = slot.ptr.parent_block.parent  # type: ignore[union-attr]
        owner = region.parent if region is not None else None
        if owner is not None and (GraphRegion in owner.traits or not owner.registered):
            return False  # graph regions are not supported
        for use in slot.ptr.uses:
            blocking.setdefault(use.owner, {})[use] = None
        for user in _forward_slice(slot.ptr):
            uses = blocking.get(user)
            if uses is None:
                continue
            new: list[Use] = []
            if I.is_promotable_op(user):
                if not user.can_remove_blocking_uses(uses, new):  # type: ignore[attr-defined]
                    return False
            elif I.is_promotable_mem_op(user):
                if not user.can_uses_be_removed(slot, uses, new):  # type: ignore[attr-defined]
                    return False
                # The reaching definition is only known in the pointer's region.
                if user.parent_region is not region:
                    return False
            else:
                return False
            for u in new:
                blocking.setdefault(u.owner, {})[u] = None
        return True


# ----------------------------------------------------------------- promotion


class _Promoter:
    """Promotes one slot, changing the IR."""

    def __init__(
        self,
        slot: I.MemorySlot,
        allocator: Operation,
        builder: Builder,
        dominance: _Dominance,
        info: _Info,
        pass_: Any,
    ) -> None:
        self.slot = slot
        self.allocator = allocator
        self.builder = builder
        self.dominance = dominance
        self.info = info
        self.pass_ = pass_
        self.default: Value | None = None
        self.reaching: dict[Operation, Value | None] = {}
        self.at_block_end: dict[Block, Value | None] = {}
        self.to_erase: list[Operation] = []
        # The (branch, successor index) pairs already given a merge point's value.
        self.linked: set[tuple[Operation, int]] = set()

    def _default(self) -> Value:
        if self.default is None:
            saved = self.builder.save()
            self.builder.set_insertion_point_to_start(self.slot.ptr.parent_block)  # type: ignore[arg-type]
            self.default = self.allocator.slot_default_value(self.slot, self.builder)  # type: ignore[attr-defined]
            self.builder.restore(saved)
        return self.default  # type: ignore[return-value]

    def promote(self) -> Any:
        """Promote the slot; returns a new allocator to promote, or None."""
        region = self.slot.ptr.parent_block.parent  # type: ignore[union-attr]
        # Upstream 22 starts from the default value (erased at the end if unused).
        self._promote_in_region(region, self._default())  # type: ignore[arg-type]
        for op in self.to_erase:
            op.erase()
        self._link_merge_points()
        assert not self.slot.ptr.uses, "the slot pointer is still used after promotion"
        if self.pass_ is not None:
            self.pass_.add_statistic("promoted slots")
        return self.allocator.handle_promotion_complete(self.slot, self.default, self.builder)  # type: ignore[attr-defined]

    def _promote_in_block(self, block: Block, reaching: Value | None) -> Value | None:
        slot = self.slot
        for op in list(block.ops):
            if not I.is_promotable_mem_op(op):
                continue
            if op in self.info.blocking:
                self.reaching[op] = reaching
            if op.stores_to(slot):  # type: ignore[attr-defined]
                self.builder.set_insertion_point_after(op)
                if reaching is None:
                    reaching = self._default()
                reaching = op.get_stored(slot, self.builder, reaching)  # type: ignore[attr-defined]
        self.at_block_end[block] = reaching
        return reaching

    def _promote_in_region(self, region: Region, reaching: Value | None) -> None:
        if len(region.blocks) == 1:
            self._promote_in_block(region.blocks[0], reaching)
            self._remove_blocking_uses(region)
            return
        _, children = self.dominance.tree(region)
        merge = set(self.info.merge_points)
        stack = [(region.blocks[0], reaching)]
        while stack:
            block, value = stack.pop()
            if block in merge:
                arg = block.add_argument(self.slot.elem_type, _value_loc(self.slot.ptr))
                value = arg
            value = self._promote_in_block(block, value)
            # Successors that are merge points get the value at the end of the block
            # (before the blocking uses are removed, so a replaced load's uses include it).
            term = block.last
            if term is not None and I.is_branch(term):
                for i, succ in enumerate(term.successor_blocks):
                    if succ in merge:
                        _append_successor_operand(term, i, value)  # type: ignore[arg-type]
                        self.linked.add((term, i))
            for child in children.get(block, ()):
                stack.append((child, value))
        self._remove_blocking_uses(region)

    def _remove_blocking_uses(self, region: Region) -> None:
        users = [op for op in self.info.blocking if op.parent_region is region]
        index = _dominance_block_order(region)
        users.sort(key=lambda op: (index.get(op.parent, len(index)), _position(op)))  # type: ignore[arg-type]
        for op in reversed(users):
            uses = self.info.blocking[op]
            self.builder.set_insertion_point_after(op)
            if I.is_promotable_mem_op(op):
                reaching = self.reaching.get(op)
                if reaching is None:
                    reaching = self._default()
                if op.remove_blocking_uses(self.slot, uses, self.builder, reaching):  # type: ignore[attr-defined]
                    self.to_erase.append(op)
                continue
            if op.remove_blocking_uses_of(uses, self.builder):  # type: ignore[attr-defined]
                self.to_erase.append(op)

    def _link_merge_points(self) -> None:
        """Branches from blocks the walk did not reach (unreachable ones) pass the
        default value to the merge points' new arguments."""
        for block in self.info.merge_points:
            for use in reversed(list(block.uses)):
                if (use.owner, use.index) not in self.linked:
                    _append_successor_operand(use.owner, use.index, self._default())
            self.builder.set_insertion_point_to_start(block)
            self.allocator.handle_block_argument(self.slot, block.args[-1], self.builder)  # type: ignore[attr-defined]
            if self.pass_ is not None:
                self.pass_.add_statistic("new block args")


def _append_successor_operand(term: Operation, index: int, value: Value) -> None:
    """Forward one more value to successor `index` of a branch."""
    fn = getattr(term, "append_successor_operands", None)
    if fn is None:
        raise NotImplementedError(f"'{term.name}' cannot forward more successor operands")
    fn(index, [value])


def _value_loc(value: Value) -> Any:
    owner = getattr(value, "owner", None)
    if isinstance(owner, Operation):
        return owner.location
    return getattr(value, "location", None)


def _position(op: Operation) -> int:
    block = op.parent
    assert block is not None
    if not block._order_valid:
        block._renumber()
    return op._order


def _dominance_block_order(region: Region) -> dict[Block, int]:
    """Block indices in an order where dominators come first (upstream's
    getBlocksSortedByDominance: a reverse post-order from the entry)."""

    def successors(b: Block) -> list[Block]:
        return [s for s in b.successors if s.parent is region]

    order: list[Block] = []
    seen: set[Block] = set()
    for start in region.blocks:
        if start not in seen:
            order.extend(reversed(_post_order(start, successors, seen)))
    return {b: i for i, b in enumerate(order)}
