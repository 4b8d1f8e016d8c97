"""Region simplification (upstream's RegionUtils: simplifyRegions).

- `erase_unreachable_blocks`: blocks not reachable from their region's entry block.
- `run_region_dce`: a liveness fixpoint over the ops and the non-entry block arguments,
  then erasure of the dead ones. A successor operand of a branch (BranchOpInterface) is
  live only when the block argument it feeds is, so dead arguments disappear from loops.
- `merge_identical_blocks` (aggressive): blocks that do the same thing on different
  external values are merged; the differing values become new block arguments.
- `drop_redundant_arguments` (aggressive): a block argument that receives the same value
  from every predecessor is replaced by that value.

Branch ops take part through the methods of `mliropt.dialects.cf.BranchOpInterface`
(looked up by name, so any dialect's branch ops can implement them):
`successor_operands(i)`, `successor_operand_range(i)`, `erase_successor_operand(i, k)`
and `append_successor_operands(i, values)`. A terminator without them is treated as
upstream treats a terminator that is not a BranchOpInterface: every argument of its
successors is live and its operands are never changed.

Each function returns whether it changed the IR (upstream's LogicalResult success).
"""

from __future__ import annotations

from typing import Any

from mliropt.ir.effects import (
    DEAD_WHEN_UNUSED,
    DEADNESS_BY_CLASS,
    deadness_kind,
    would_be_trivially_dead,
)
from mliropt.ir.operation import Block, BlockArgument, Operation, OpResult, Region, Value
from mliropt.ir.traits import IsTerminator
from mliropt.rewrite.pattern import drop_block_uses, drop_uses, drop_value_uses, post_order


def simplify_regions(rewriter: Any, regions: list[Region], merge_blocks: bool = True) -> bool:
    """Erase unreachable blocks, dead ops and arguments; with `merge_blocks` also merge
    identical blocks and drop redundant arguments."""
    changed = erase_unreachable_blocks(rewriter, regions)
    changed |= run_region_dce(rewriter, regions)
    if merge_blocks:
        changed |= merge_identical_blocks(rewriter, regions)
        changed |= drop_redundant_arguments(rewriter, regions)
    return changed


# ----------------------------------------------------------------- branch ops


def _is_branch(op: Operation | None) -> bool:
    """True when `op` implements the mutable part of BranchOpInterface."""
    return op is not None and op.registered and hasattr(op, "erase_successor_operand")


def _successor_uses(block: Block) -> list[Any]:
    """The successor uses of `block`, in upstream's predecessor order (newest first)."""
    return list(reversed(block.uses))


# ----------------------------------------------------------------- unreachable blocks


def erase_unreachable_blocks(rewriter: Any, regions: list[Region]) -> bool:
    """Erase the blocks of `regions` (and of nested regions) unreachable from the entry."""
    erased = False
    worklist = list(regions)
    while worklist:
        region = worklist.pop()
        blocks = region.blocks
        if not blocks:
            continue
        if len(blocks) == 1:
            op = blocks[0].first
            while op is not None:
                if op.regions:
                    worklist.extend(op.regions)
                op = op.next
            continue
        reachable = set(post_order(blocks[0]))
        for block in list(blocks):
            if block not in reachable:
                _drop_all_defined_value_uses(block)
                rewriter.erase_block(block)
                erased = True
                continue
            op = block.first
            while op is not None:
                if op.regions:
                    worklist.extend(op.regions)
                op = op.next
    return erased


def _drop_all_defined_value_uses(block: Block) -> None:
    """Block::dropAllDefinedValueUses: its arguments, its ops' (nested) results, itself."""
    for arg in block.args:
        drop_value_uses(arg)
    for op in block.ops:
        for nested in op.walk():
            drop_uses(nested)
            for region in nested.regions:
                for b in region.blocks:
                    for arg in b.args:
                        drop_value_uses(arg)
    drop_block_uses(block)


# ----------------------------------------------------------------- dead code


class _LiveMap:
    """Ops and block arguments proven live, and whether the last sweep added any."""

    __slots__ = ("live", "changed")

    def __init__(self) -> None:
        self.live: set[Any] = set()
        self.changed = False

    def was_proven_live(self, value: Any) -> bool:
        # A result is live when its op is (upstream tracks no results separately).
        if isinstance(value, OpResult):
            return value.owner in self.live
        return value in self.live

    def set_proved_live(self, value: Any) -> None:
        if isinstance(value, OpResult):
            value = value.owner
        if value not in self.live:
            self.live.add(value)
            self.changed = True


def _successor_block_argument(op: Operation, operand_index: int) -> BlockArgument | None:
    """The block argument a successor operand of a branch feeds (None otherwise)."""
    for i, use in enumerate(op.successors):
        start, n = op.successor_operand_range(i)  # type: ignore[attr-defined]
        if start <= operand_index < start + n:
            return use.value.args[operand_index - start]
    return None


def _is_use_specially_known_dead(use: Any, live: _LiveMap) -> bool:
    # A successor operand is the operand of a separate phi node: it is live only when
    # the block argument it feeds is.
    owner = use.owner
    if IsTerminator in owner.traits and _is_branch(owner):
        arg = _successor_block_argument(owner, use.index)
        if arg is not None:
            return not live.was_proven_live(arg)
    return False


def _process_value(value: Value, live: _LiveMap) -> None:
    # Live when a live op uses it (a successor operand counts only for a live argument).
    proven = live.live
    for use in value.uses:
        owner = use.owner
        if owner in proven and not (
            IsTerminator in owner.traits and _is_use_specially_known_dead(use, live)
        ):
            live.set_proved_live(value)
            return


def _process_results(op: Operation, proven: set[Any], live: _LiveMap) -> None:
    """_process_value on each result of `op` (not proven live yet): the op is live as
    soon as one of its results is used by a live op."""
    for r in op.results:
        for use in r.uses:
            owner = use.owner
            if owner in proven and not (
                IsTerminator in owner.traits and _is_use_specially_known_dead(use, live)
            ):
                proven.add(op)  # set_proved_live(r)
                live.changed = True
                return


def _propagate_terminator_liveness(op: Operation, live: _LiveMap) -> None:
    live.set_proved_live(op)
    if op.successors and not _is_branch(op):
        for block in op.successor_blocks:
            for arg in block.args:
                live.set_proved_live(arg)
    # cf branches produce no successor operands themselves, so nothing else is forced.


def _propagate_op_liveness(op: Operation, live: _LiveMap) -> None:
    if op.regions:
        for region in op.regions:
            _propagate_region_liveness(region, live)
    if IsTerminator in op.traits:
        _propagate_terminator_liveness(op, live)
        return
    proven = live.live
    if op in proven:
        return
    kind = DEADNESS_BY_CLASS.get(op.__class__)
    if kind is None:
        kind = deadness_kind(op.__class__)
    if kind != DEAD_WHEN_UNUSED and not would_be_trivially_dead(op):
        proven.add(op)  # set_proved_live(op)
        live.changed = True
        return
    if op.results:
        _process_results(op, proven, live)


def _propagate_region_liveness(region: Region, live: _LiveMap) -> None:
    blocks = region.blocks
    if not blocks:
        return
    entry = blocks[0]
    proven = live.live
    # One block: it is the whole post-order.
    for block in (blocks if len(blocks) == 1 else post_order(entry)):
        # Ops last first and arguments after the ops: uses before definitions.
        op = block.last
        while op is not None:
            prev = op.prev
            if op.regions or IsTerminator in op.traits:
                _propagate_op_liveness(op, live)
            elif op not in proven:
                # _propagate_op_liveness of an op without regions, inlined (most ops).
                kind = DEADNESS_BY_CLASS.get(op.__class__)
                if kind is None:
                    kind = deadness_kind(op.__class__)
                if kind != DEAD_WHEN_UNUSED and not would_be_trivially_dead(op):
                    proven.add(op)
                    live.changed = True
                else:
                    # _process_results, inlined: live once a live op uses a result.
                    for r in op.results:
                        for use in r.uses:
                            owner = use.owner
                            if owner in proven and not (
                                IsTerminator in owner.traits
                                and _is_use_specially_known_dead(use, live)
                            ):
                                proven.add(op)
                                live.changed = True
                                break
                        else:
                            continue
                        break
            op = prev
        # Entry block arguments belong to the parent op's contract: never removed.
        if block is entry:
            continue
        for arg in block.args:
            if arg not in live.live:
                _process_value(arg, live)


def _erase_terminator_successor_operands(terminator: Operation | None, live: _LiveMap) -> None:
    if not _is_branch(terminator):
        return
    assert terminator is not None
    # Later successors and later operands first, so that positions do not shift.
    for succ in reversed(range(len(terminator.successors))):
        block = terminator.successors[succ].value
        n = len(terminator.successor_operands(succ))  # type: ignore[attr-defined]
        for k in reversed(range(n)):
            if not live.was_proven_live(block.args[k]):
                terminator.erase_successor_operand(succ, k)  # type: ignore[attr-defined]


def _delete_deadness(rewriter: Any, regions: list[Region], live: _LiveMap) -> bool:
    erased = False
    for region in regions:
        if not region.blocks:
            continue
        single = len(region.blocks) == 1
        proven = live.live
        for block in (region.blocks if single else post_order(region.blocks[0])):
            if not single:
                _erase_terminator_successor_operands(block.last, live)
            op = block.last
            while op is not None:
                prev = op.prev  # erasing `op` leaves the earlier ops in place
                if op not in proven:
                    erased = True
                    drop_uses(op)
                    rewriter.erase_op(op)
                elif op.regions:
                    erased |= _delete_deadness(rewriter, op.regions, live)
                op = prev
        # The entry block's arguments are the parent op's contract; like upstream,
        # erasing arguments does not count as a change.
        for block in region.blocks[1:]:
            for index in reversed(range(len(block.args))):
                if not live.was_proven_live(block.args[index]):
                    block.erase_argument(index)
    return erased


def run_region_dce(rewriter: Any, regions: list[Region]) -> bool:
    """Erase the ops and non-entry block arguments that nothing live depends on."""
    live = _LiveMap()
    while True:
        live.changed = False
        for region in regions:
            _propagate_region_liveness(region, live)
        if not live.changed:
            break
    return _delete_deadness(rewriter, regions, live)


# ----------------------------------------------------------------- block merging


def _op_key(op: Operation) -> tuple:
    """What must be equal for two ops to be equivalent, ignoring operands and locations
    (OperationEquivalence with ignoreValueEquivalence and IgnoreLocations)."""
    return (
        op.name,
        _sorted_items(op.attributes),
        _sorted_items(op.properties),
        tuple(r.type for r in op.results),
        len(op.op_operands),
        len(op.regions),
        len(op.successors),
    )


def _sorted_items(attrs: dict) -> tuple:
    # Attribute dictionaries compare by content, whatever the insertion order.
    return (
        tuple(sorted(attrs.items(), key=lambda kv: kv[0]))
        if len(attrs) > 1
        else tuple(attrs.items())
    )


class _BlockData:
    """BlockEquivalenceData: a block, its hash and the order index of its results."""

    __slots__ = ("block", "key", "order")

    def __init__(self, block: Block) -> None:
        self.block = block
        order: dict[Operation, int] = {}
        index = len(block.args)
        keys = []
        for op in block.ops:
            if op.results:
                order[op] = index
                index += len(op.results)
            keys.append(_op_key(op))
        self.key = hash(tuple(keys))
        self.order = order

    def order_of(self, value: Value) -> int:
        if isinstance(value, BlockArgument):
            return value.index
        assert isinstance(value, OpResult)
        return self.order[value.owner] + value.index


def _used_outside_of_block(value: Value, block: Block) -> bool:
    for use in value.uses:
        owner_block = use.owner.parent
        if owner_block is not block:
            return True
    return False


def _is_valid_successor_arg(block: Block, operand: Value) -> bool:
    # A result of a predecessor's terminator does not dominate the merged block.
    owner = operand.owner_op
    parent = operand.parent_block
    if owner is None or parent is None or owner is not parent.last:
        return True
    return parent not in block.predecessors


class _Cluster:
    """BlockMergeCluster: a leader block and the blocks equivalent to it."""

    def __init__(self, leader: _BlockData) -> None:
        self.leader = leader
        self.blocks: list[Block] = []
        self.operands_to_merge: set[tuple[int, int]] = set()

    def add(self, data: _BlockData) -> bool:
        """Add `data`'s block when it is equivalent to the leader."""
        leader = self.leader
        if leader.key != data.key:
            return False
        lhs_block, rhs_block = leader.block, data.block
        if lhs_block.arg_types != rhs_block.arg_types:
            return False
        mismatched: list[tuple[int, int]] = []
        lhs, rhs = lhs_block.first, rhs_block.first
        index = 0
        while lhs is not None and rhs is not None:
            if _op_key(lhs) != _op_key(rhs):
                return False
            for k, (lu, ru) in enumerate(zip(lhs.op_operands, rhs.op_operands)):
                a, b = lu.value, ru.value
                if a is b:
                    continue
                if a.type is not b.type:
                    return False
                a_in = a.parent_block is lhs_block
                b_in = b.parent_block is rhs_block
                if a_in != b_in:
                    return False
                if not a_in:
                    if not _is_valid_successor_arg(lhs_block, a) or not _is_valid_successor_arg(
                        rhs_block, b
                    ):
                        return False
                    mismatched.append((index, k))
                    continue
                if leader.order_of(a) != data.order_of(b):
                    return False
            if any(_used_outside_of_block(r, rhs_block) for r in rhs.results) or any(
                _used_outside_of_block(r, lhs_block) for r in lhs.results
            ):
                return False
            lhs, rhs = lhs.next, rhs.next
            index += 1
        if lhs is not None or rhs is not None:
            return False
        self.operands_to_merge.update(mismatched)
        self.blocks.append(rhs_block)
        return True

    def merge(self, rewriter: Any) -> bool:
        """Merge the blocks into the leader; False when there is nothing to merge or a
        predecessor cannot forward the new arguments."""
        if not self.blocks:
            return False
        leader = self.leader.block
        if self.operands_to_merge:
            if not all(_preds_updatable(b) for b in [leader, *self.blocks]):
                return False
            new_args = self._add_leader_arguments(leader)
            new_args = _prune_redundant_arguments(
                new_args, rewriter, len(leader.args) - len(new_args[0]), leader
            )
            for cluster_index, block in enumerate([leader, *self.blocks]):
                for use in _successor_uses(block):
                    use.owner.append_successor_operands(use.index, new_args[cluster_index])
        for block in self.blocks:
            for use in list(block.uses):
                use.set(leader)
            rewriter.erase_block(block)
        return True

    def _add_leader_arguments(self, leader: Block) -> list[list[Value]]:
        """Replace each mismatched operand of the leader by a new argument; the values
        each block used there, per block (leader first)."""
        ordered = sorted(self.operands_to_merge)
        blocks = [leader, *self.blocks]
        ops_of = [list(b.ops) for b in blocks]
        new_args: list[list[Value]] = [[] for _ in blocks]
        for op_index, operand_index in ordered:
            for i, ops in enumerate(ops_of):
                value = ops[op_index].op_operands[operand_index].value
                new_args[i].append(value)
                if i == 0:
                    arg = leader.add_argument(value.type, _value_loc(value))
                    ops[op_index].set_operand(operand_index, arg)
        return new_args


def _value_loc(value: Value) -> Any:
    if isinstance(value, BlockArgument):
        return value.location
    assert isinstance(value, OpResult)
    return value.owner.location


def _preds_updatable(block: Block) -> bool:
    return all(_is_branch(use.owner) for use in block.uses)


def _prune_redundant_arguments(
    new_args: list[list[Value]], rewriter: Any, num_old: int, block: Block
) -> list[list[Value]]:
    """Drop new arguments that repeat an earlier one in every predecessor list
    (upstream's pruneRedundantArguments, with its first-occurrence shortcut)."""
    if not new_args:
        return new_args
    num_args = len(new_args[0])
    first: dict[Value, int] = {}
    for j, v in enumerate(new_args[0]):
        first.setdefault(v, j)
    replacement: dict[int, int] = {}
    for j, v in enumerate(new_args[0]):
        k = first[v]
        if k == j:
            continue
        if all(lst[k] is lst[j] for lst in new_args[1:]):
            replacement[j] = k
    pruned = [[v for j, v in enumerate(lst) if j not in replacement] for lst in new_args]
    # Upstream walks all the block's arguments with the new-argument index.
    to_erase = []
    for idx in range(len(block.args)):
        if idx in replacement and idx < num_args:
            old = block.args[num_old + idx]
            new = block.args[num_old + replacement[idx]]
            rewriter.replace_all_uses_with(old, new)
            to_erase.append(num_old + idx)
    for i in reversed(to_erase):
        block.erase_argument(i)
    return pruned


def _merge_identical_blocks_in(rewriter: Any, region: Region) -> bool:
    if len(region.blocks) <= 1:
        return False
    groups: dict[tuple, list[Block]] = {}
    for block in region.blocks[1:]:
        groups.setdefault(tuple(block.successors), []).append(block)
    merged = False
    for blocks in groups.values():
        if len(blocks) == 1:
            continue
        clusters: list[_Cluster] = []
        for block in blocks:
            if any(r.blocks for op in block.ops for r in op.regions):
                continue
            if any(_used_outside_of_block(a, block) for a in block.args):
                continue
            data = _BlockData(block)
            if not any(c.add(data) for c in clusters):
                clusters.append(_Cluster(data))
        for cluster in clusters:
            merged |= cluster.merge(rewriter)
    return merged


def merge_identical_blocks(rewriter: Any, regions: list[Region]) -> bool:
    """Merge equivalent blocks of `regions` and of their nested regions."""
    worklist = _SetVector(regions)
    changed = False
    while worklist:
        region = worklist.pop()
        if _merge_identical_blocks_in(rewriter, region):
            worklist.insert(region)
            changed = True
        for block in region.blocks:
            for op in block.ops:
                for nested in op.regions:
                    worklist.insert(nested)
    return changed


class _SetVector:
    """llvm::SetVector used as a worklist: a region is queued at most once at a time."""

    def __init__(self, items: list[Region]) -> None:
        self.items: list[Region] = []
        self.seen: set[Region] = set()
        for item in items:
            self.insert(item)

    def insert(self, item: Region) -> None:
        if item not in self.seen:
            self.seen.add(item)
            self.items.append(item)

    def pop(self) -> Region:
        item = self.items.pop()
        self.seen.discard(item)
        return item

    def __bool__(self) -> bool:
        return bool(self.items)


# ----------------------------------------------------------------- redundant arguments


def _drop_redundant_arguments_of(rewriter: Any, block: Block) -> bool:
    to_erase = []
    preds = _successor_uses(block)
    for index, arg in enumerate(block.args):
        common: Value | None = None
        same = True
        for use in preds:
            branch = use.owner
            if not _is_branch(branch):
                same = False
                break
            value = branch.successor_operands(use.index)[index]
            if common is None:
                common = value
            elif value is not common:
                same = False
                break
        if common is not None and same and common is not arg:
            to_erase.append(index)
            rewriter.replace_all_uses_with(arg, common)
    for index in reversed(to_erase):
        block.erase_argument(index)
        for use in _successor_uses(block):
            use.owner.erase_successor_operand(use.index, index)
    return bool(to_erase)


def drop_redundant_arguments(rewriter: Any, regions: list[Region]) -> bool:
    """Replace block arguments that get the same value from every predecessor."""
    worklist = _SetVector(regions)
    changed = False
    while worklist:
        region = worklist.pop()
        for block in region.blocks:
            changed |= _drop_redundant_arguments_of(rewriter, block)
            for op in block.ops:
                for nested in op.regions:
                    worklist.insert(nested)
    return changed


__all__ = [
    "drop_redundant_arguments",
    "erase_unreachable_blocks",
    "merge_identical_blocks",
    "run_region_dce",
    "simplify_regions",
]
