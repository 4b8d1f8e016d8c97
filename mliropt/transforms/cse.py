"""`cse`: common sub-expression elimination (upstream's CSE.cpp, same structure).

Known ops live in a scoped hash table; the blocks of a multi-block region are visited
along its dominator tree (depth first), each block opening a scope, so an op is only
replaced by an equivalent op that dominates it. An op isolated from above starts a
fresh table. Ops with memory effects are merged only when they just read and no op
between the two in the same block may write. Trivially dead ops are erased on the way.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from mliropt.ir.effects import (
    READ,
    WRITE,
    effects_of,
    effects_recursively,
    is_memory_effect_free,
    is_trivially_dead,
)
from mliropt.ir.location import UnknownLoc
from mliropt.ir.operation import Block, Operation, Region, Value
from mliropt.ir.traits import Commutative, GraphRegion, IsolatedFromAbove, IsTerminator
from mliropt.passes.pass_base import Pass
from mliropt.rewrite.pattern import PatternRewriter


def _sorted_items(attrs: dict) -> tuple:
    # Attribute dictionaries compare by content, whatever the insertion order.
    return (
        tuple(sorted(attrs.items(), key=lambda kv: kv[0]))
        if len(attrs) > 1
        else tuple(attrs.items())
    )


def op_key(op: Operation) -> tuple:
    """OperationEquivalence's hash inputs with IgnoreLocations: name, attributes,
    properties, result types and operands (as a multiset for commutative ops).
    Regions are compared separately (`ops_equivalent`)."""
    # Hot: built without generators, with the common small cases spelled out.
    uses = op.op_operands
    n = len(uses)
    if n == 1:
        operands: tuple = (uses[0].value,)
    elif n == 2:
        a, b = uses[0].value, uses[1].value
        operands = (b, a) if id(b) < id(a) and Commutative in op.traits else (a, b)
    else:
        operands = tuple([u.value for u in uses])
        if n > 1 and Commutative in op.traits:
            operands = tuple(sorted(operands, key=id))
    results = op.results
    attrs = op.attributes
    props = op.properties
    return (
        op.name,
        _sorted_items(attrs) if attrs else (),
        _sorted_items(props) if props else (),
        (results[0].type,) if len(results) == 1 else tuple([r.type for r in results]),
        operands,
        len(op.regions),
    )


def ops_equivalent(lhs: Operation, rhs: Operation, mapping: dict[Any, Any] | None = None) -> bool:
    """OperationEquivalence::isEquivalentTo (IgnoreLocations): equal keys, and regions
    equal up to a renaming of the values they define."""
    if lhs is rhs:
        return True
    if mapping is None:
        if op_key(lhs) != op_key(rhs):
            return False
        if not lhs.regions:
            return True
        mapping = {}
    elif not _equivalent_shallow(lhs, rhs, mapping):
        return False
    for a, b in zip(lhs.results, rhs.results):
        mapping[a] = b
    return all(_regions_equivalent(lr, rr, mapping) for lr, rr in zip(lhs.regions, rhs.regions))


def _same_value(a: Value, b: Value, mapping: dict[Any, Any]) -> bool:
    return a is b or mapping.get(a) is b


def _equivalent_shallow(lhs: Operation, rhs: Operation, mapping: dict[Any, Any]) -> bool:
    """Everything but regions, with operands compared through `mapping`."""
    if (
        lhs.name != rhs.name
        or len(lhs.regions) != len(rhs.regions)
        or len(lhs.successors) != len(rhs.successors)
        or len(lhs.op_operands) != len(rhs.op_operands)
        or len(lhs.results) != len(rhs.results)
        or _sorted_items(lhs.attributes) != _sorted_items(rhs.attributes)
        or _sorted_items(lhs.properties) != _sorted_items(rhs.properties)
    ):
        return False
    lvals = [u.value for u in lhs.op_operands]
    rvals = [u.value for u in rhs.op_operands]
    i = 0
    while i < len(lvals) and _same_value(lvals[i], rvals[i], mapping):
        i += 1
    if i < len(lvals):
        if Commutative not in lhs.traits:
            return False
        # ValueEquivalenceCache: the rest may be a permutation (compared as values).
        if sorted(lvals[i:], key=id) != sorted(rvals[i:], key=id):
            return False
    return all(a.type is b.type for a, b in zip(lhs.results, rhs.results))


def _regions_equivalent(lhs: Region, rhs: Region, mapping: dict[Any, Any]) -> bool:
    if len(lhs.blocks) != len(rhs.blocks):
        return False
    blocks: dict[Block, Block] = {}
    for lb, rb in zip(lhs.blocks, rhs.blocks):
        if len(lb.args) != len(rb.args) or blocks.setdefault(lb, rb) is not rb:
            return False
        for a, b in zip(lb.args, rb.args):
            if a.type is not b.type:
                return False
            mapping[a] = b
        lop, rop = lb.first, rb.first
        while lop is not None and rop is not None:
            if not ops_equivalent(lop, rop, mapping):
                return False
            for ls, rs in zip(lop.successor_blocks, rop.successor_blocks):
                if blocks.setdefault(ls, rs) is not rs:
                    return False
            lop, rop = lop.next, rop.next
        if lop is not None or rop is not None:
            return False
    return True


class ScopedTable:
    """llvm::ScopedHashTable of ops by equivalence: an insertion shadows equivalent
    entries until its scope ends."""

    def __init__(self) -> None:
        self.entries: dict[tuple, list[Operation]] = {}
        self.scopes: list[list[tuple]] = [[]]

    def push_scope(self) -> None:
        """Open a scope."""
        self.scopes.append([])

    def pop_scope(self) -> None:
        """Close the innermost scope, dropping what it inserted."""
        for key in reversed(self.scopes.pop()):
            bucket = self.entries[key]
            bucket.pop()
            if not bucket:
                del self.entries[key]

    def lookup(self, op: Operation, key: tuple | None = None) -> Operation | None:
        """The innermost visible op equivalent to `op`."""
        bucket = self.entries.get(op_key(op) if key is None else key)
        if not bucket:
            return None
        if not op.regions:
            return bucket[-1]
        for other in reversed(bucket):
            if ops_equivalent(other, op):
                return other
        return None

    def insert(self, op: Operation, key: tuple | None = None) -> None:
        """Make `op` visible in the innermost scope."""
        key = op_key(op) if key is None else key
        self.entries.setdefault(key, []).append(op)
        self.scopes[-1].append(key)


def _has_ssa_dominance(region: Region) -> bool:
    # Multi-block regions always have SSA dominance; a single block of an unregistered
    # op or of a graph region does not (upstream's DominanceInfo::hasSSADominance).
    if len(region.blocks) != 1:
        return True
    parent = region.parent
    return parent is None or (parent.registered and GraphRegion not in parent.traits)


def _only_reads(op: Operation) -> bool:
    """MemoryEffectOpInterface::onlyHasEffect<Read>."""
    eff = effects_of(op)
    return bool(eff) and all(kind == READ for kind, _ in eff)  # type: ignore[union-attr]


def _dominator_children(region: Region) -> dict[Block, list[Block]]:
    from mliropt.ir.verifier import compute_idoms

    children: dict[Block, list[Block]] = {}
    for block, idom in compute_idoms(region).items():
        if idom is not block and idom is not None:
            children.setdefault(idom, []).append(block)
    return children


class CSEDriver:
    """Upstream's CSEDriver: simplify every region of an op, then erase the dead ops."""

    def __init__(self, rewriter: PatternRewriter, dominance_timer: Any = None) -> None:
        self.rewriter = rewriter
        # Upstream's DominanceInfo analysis: its time shows as `(A) DominanceInfo`.
        self.dominance_timer = dominance_timer
        self.ops_to_erase: list[Operation] = []
        # First op of a read run -> (how far no write was seen, whether one was).
        self.mem_effects_cache: dict[Operation, tuple[Operation, bool]] = {}
        self.num_cse = 0
        self.num_dce = 0

    def simplify(self, op: Operation) -> bool:
        """Simplify the regions of `op`; returns whether anything changed."""
        known = ScopedTable()
        for region in op.regions:
            self.simplify_region(known, region)
        for dead in self.ops_to_erase:
            self.rewriter.erase_op(dead)
        return bool(self.ops_to_erase)

    def replace_uses_and_delete(
        self, known: ScopedTable, op: Operation, existing: Operation, ssa_dominance: bool
    ) -> None:
        """Replace `op` by `existing` (only uses not yet visited without dominance)."""
        rewriter = self.rewriter
        if ssa_dominance:
            for r, e in zip(op.results, existing.results):
                rewriter.replace_all_uses_with(r, e)
            self.ops_to_erase.append(op)
        else:

            def was_visited(use: Any) -> bool:
                return known.lookup(use.owner) is None

            for r, e in zip(op.results, existing.results):
                rewriter.replace_uses_with_if(r, e, was_visited)
            if not any(r.uses for r in op.results):
                self.ops_to_erase.append(op)
        # The kept op takes the other's location only when it has none (upstream).
        if isinstance(existing.location, UnknownLoc) and not isinstance(op.location, UnknownLoc):
            existing.location = op.location
        self.num_cse += 1

    def has_other_side_effecting_op_in_between(self, from_op: Operation, to_op: Operation) -> bool:
        """Whether an op between two reads of one block may write (cached per block)."""
        nxt = from_op.next
        cached = self.mem_effects_cache.get(from_op)
        if cached is not None:
            until, wrote = cached
            if wrote:
                return True
            nxt = until
        while nxt is not None and nxt is not to_op:
            effects = effects_recursively(nxt)
            if effects is None or any(kind == WRITE for kind, _ in effects):
                self.mem_effects_cache[from_op] = (nxt, True)
                return True
            nxt = nxt.next
        self.mem_effects_cache[from_op] = (to_op, False)
        return False

    def simplify_operation(self, known: ScopedTable, op: Operation, ssa_dominance: bool) -> bool:
        """Erase `op` when dead or redundant; returns whether it will be erased."""
        if IsTerminator in op.traits:
            return False
        if is_trivially_dead(op):
            self.ops_to_erase.append(op)
            self.num_dce += 1
            return True
        # Ops with multi-block regions are left alone, as upstream does.
        if op.regions and any(len(r.blocks) > 1 for r in op.regions):
            return False
        key = op_key(op)
        if not is_memory_effect_free(op):
            if not op.registered or not _only_reads(op):
                return False
            existing = known.lookup(op, key)
            if (
                existing is not None
                and existing.parent is op.parent
                and not self.has_other_side_effecting_op_in_between(existing, op)
            ):
                self.replace_uses_and_delete(known, op, existing, ssa_dominance)
                return True
            known.insert(op, key)
            return False
        existing = known.lookup(op, key)
        if existing is not None:
            self.replace_uses_and_delete(known, op, existing, ssa_dominance)
            return True
        known.insert(op, key)
        return False

    def simplify_block(self, known: ScopedTable, block: Block, ssa_dominance: bool) -> None:
        """Simplify the ops of `block` in order, nested regions first."""
        op = block.first
        while op is not None:
            if op.regions:
                if IsolatedFromAbove in op.traits or not op.registered:
                    # A fresh table: nothing from outside may be used inside.
                    nested = ScopedTable()
                    for region in op.regions:
                        self.simplify_region(nested, region)
                else:
                    for region in op.regions:
                        self.simplify_region(known, region)
            self.simplify_operation(known, op, ssa_dominance)
            op = op.next
        self.mem_effects_cache.clear()

    def simplify_region(self, known: ScopedTable, region: Region) -> None:
        """Simplify a region: one scope for a single block, else the dominator tree."""
        if not region.blocks:
            return
        ssa_dominance = _has_ssa_dominance(region)
        if len(region.blocks) == 1:
            known.push_scope()
            self.simplify_block(known, region.blocks[0], ssa_dominance)
            known.pop_scope()
            return
        if self.dominance_timer is not None:
            with self.dominance_timer.measure():
                children = _dominator_children(region)
        else:
            children = _dominator_children(region)
        # Depth first over the dominator tree, a scope per node.
        entry = region.blocks[0]
        known.push_scope()
        self.simplify_block(known, entry, ssa_dominance)
        stack = [iter(children.get(entry, ()))]
        while stack:
            child = next(stack[-1], None)
            if child is None:
                stack.pop()
                known.pop_scope()
                continue
            known.push_scope()
            self.simplify_block(known, child, ssa_dominance)
            stack.append(iter(children.get(child, ())))


@dataclass
class CSEPass(Pass):
    """Eliminate common sub-expressions

    Replaces an operation by an equivalent one that dominates it (same name, attributes,
    operands and result types; commutative operands in any order), across the blocks of
    a region along its dominator tree. Reads merge when no write lies between them.
    Statistics: num-cse'd, num-dce'd.
    """

    argument: ClassVar[str] = "cse"
    display_name: ClassVar[str] = "CSE"
    statistic_descriptions: ClassVar[dict[str, str]] = {
        "num-cse'd": "Number of operations CSE'd",
        "num-dce'd": "Number of operations DCE'd",
    }

    def run(self, op: Operation) -> None:
        """Eliminate the common sub-expressions in the regions of `op`."""
        driver = CSEDriver(PatternRewriter(self.ctx), self.analysis_timer("DominanceInfo"))
        changed = driver.simplify(op)
        self.add_statistic("num-cse'd", driver.num_cse)
        self.add_statistic("num-dce'd", driver.num_dce)
        # Nothing changed: every analysis stays valid; else CSE keeps the CFG intact.
        self.preserved_analyses = "all" if not changed else {"DominanceInfo", "PostDominanceInfo"}
