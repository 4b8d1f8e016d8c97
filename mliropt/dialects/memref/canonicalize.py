"""Canonicalization patterns of the memref allocation and access ops (upstream MLIR
22's names and rewrites); the view ops' are in `canonicalize_views.py`.

alloc/alloca: SimplifyAllocConst, SimplifyDeadAlloc; realloc: SimplifyDeadAlloc;
alloca_scope: AllocaScopeInliner, AllocaScopeHoister; copy: FoldEmptyCopy,
FoldSelfCopy; dim: DimOfMemRefReshape. Each op class lists its patterns in
`canonicalization_patterns` (set at the end of the module).
"""

from __future__ import annotations

from typing import Any, ClassVar

from mliropt.dialects.memref.access import CopyOp, LoadOp, StoreOp
from mliropt.dialects.memref.alloc import (
    AllocaOp,
    AllocaScopeOp,
    AllocOp,
    DeallocOp,
    ReallocOp,
    parent_with_trait,
)
from mliropt.dialects.memref.fold import defining
from mliropt.dialects.memref.layout import with_shape
from mliropt.dialects.memref.metadata import DimOp
from mliropt.dialects.memref.rewrites import constant_int, create, replace_with_cast, specialized
from mliropt.ir import attributes as A
from mliropt.ir import types as T
from mliropt.ir.effects import effects_of
from mliropt.ir.operation import Operation, Region, Value
from mliropt.ir.traits import AutomaticAllocationScope, IsTerminator, RecursiveMemoryEffects
from mliropt.ir.types import DYNAMIC
from mliropt.rewrite.pattern import PatternRewriter, RewritePattern

# ----------------------------------------------------------------- alloc, realloc


class SimplifyAllocConst(RewritePattern):
    """alloc(%c) with a constant non-negative size -> cast(alloc() of the static shape)."""

    root: ClassVar[Any] = None

    def match_and_rewrite(self, op: Operation, rewriter: PatternRewriter) -> bool:
        sizes = op.dynamicSizes  # type: ignore[attr-defined]
        consts = [constant_int(v) for v in sizes]
        if not any(c is not None and c >= 0 for c in consts):
            return False
        t = op.results[0].type
        shape: list[int] = []
        kept: list[Value] = []
        it = iter(zip(sizes, consts))
        for d in t.shape:  # type: ignore[attr-defined]
            if d != DYNAMIC:
                shape.append(d)
                continue
            v, c = next(it)
            if c is not None and c >= 0:
                shape.append(c)
            else:
                shape.append(DYNAMIC)
                kept.append(v)
        new_type = with_shape(t, shape, t.layout)  # type: ignore[arg-type, attr-defined]
        symbols = list(op.symbolOperands)  # type: ignore[attr-defined]
        props = {"operandSegmentSizes": A.DenseArrayAttr(T.i32, (len(kept), len(symbols)))}
        if op.properties.get("alignment") is not None:
            props["alignment"] = op.properties["alignment"]
        new = create(rewriter, type(op), op, kept + symbols, [new_type], props)
        new.attributes.clear()
        replace_with_cast(rewriter, op, new)
        return True


class SimplifyDeadAlloc(RewritePattern):
    """An allocation only stored into and deallocated is erased with its users."""

    root: ClassVar[Any] = None

    def match_and_rewrite(self, op: Operation, rewriter: PatternRewriter) -> bool:
        alloc = op.results[0]
        users = alloc.users
        for user in users:
            if isinstance(user, StoreOp):
                if user.value is alloc:
                    return False
            elif not isinstance(user, DeallocOp):
                return False
        for user in {id(u): u for u in users}.values():
            rewriter.erase_op(user)
        rewriter.erase_op(op)
        return True


# ----------------------------------------------------------------- alloca_scope


def is_guaranteed_automatic_allocation(op: Operation) -> bool:
    """The op allocates from the automatic allocation scope (an alloca)."""
    return op.registered and getattr(op, "automatic_allocation", False)


def is_potential_automatic_allocation(op: Operation) -> bool:
    """isOpItselfPotentialAutomaticAllocation: an alloca, or an op with unknown effects
    (recursive-effect ops do not allocate themselves)."""
    if RecursiveMemoryEffects in op.traits:
        return False
    if effects_of(op) is None:
        return True
    return is_guaranteed_automatic_allocation(op)


def last_non_terminator_in_region(op: Operation) -> bool:
    """The op is followed only by its block's terminator, in a one-block region."""
    block = op.parent
    assert block is not None
    last = block.last
    region = block.parent
    might_have_terminator = last is not None and (
        IsTerminator in last.traits or not last.registered
    )
    return (
        might_have_terminator and op.next is last and region is not None and len(region.blocks) == 1
    )


def _has_potential_alloca(op: Operation) -> bool:
    stack = [child for region in op.regions for block in region.blocks for child in block.ops]
    while stack:
        child = stack.pop()
        if is_potential_automatic_allocation(child):
            return True
        if AutomaticAllocationScope in child.traits:
            continue
        stack.extend(c for region in child.regions for block in region.blocks for c in block.ops)
    return False


class AllocaScopeInliner(RewritePattern):
    """Inline an alloca_scope without allocations, or that ends its parent scope."""

    root = AllocaScopeOp

    def match_and_rewrite(self, op: Operation, rewriter: PatternRewriter) -> bool:
        if _has_potential_alloca(op):
            parent = op.parent_op
            if parent is None or AutomaticAllocationScope not in parent.traits:
                return False
            if not last_non_terminator_in_region(op):
                return False
        block = op.regions[0].blocks[0]
        term = block.last
        assert term is not None
        results = term.operands
        rewriter.inline_block_before(block, op)
        rewriter.replace_op(op, results)
        rewriter.erase_op(term)
        return True


class AllocaScopeHoister(RewritePattern):
    """Move allocas out to the enclosing allocation scope when that does not extend
    their lifetime (the scope ends its parents' regions) and their operands allow."""

    root = AllocaScopeOp

    def match_and_rewrite(self, op: Operation, rewriter: PatternRewriter) -> bool:
        if parent_with_trait(op, AutomaticAllocationScope) is None:
            return False
        last = op.parent_op
        if last is None or AutomaticAllocationScope in last.traits:
            return False
        if not last_non_terminator_in_region(op) or not last_non_terminator_in_region(last):
            return False
        while AutomaticAllocationScope not in last.parent_op.traits:  # type: ignore[union-attr]
            last = last.parent_op  # type: ignore[assignment]
            if last is None or not last_non_terminator_in_region(last):
                return False
        # `op` is nested in `last`, so it has a block and a region.
        op_region: Region = op.parent.parent  # type: ignore[union-attr, assignment]
        containing = next(r for r in last.regions if r.is_ancestor_of(op_region))
        to_hoist = []
        stack = [op]
        while stack:
            cur = stack.pop()
            if cur is not op:
                if not is_guaranteed_automatic_allocation(cur):
                    continue
                if any(_in_region(v, containing) for v in cur.operands):
                    continue
                to_hoist.append(cur)
            for region in reversed(cur.regions):
                for block in reversed(region.blocks):
                    stack.extend(reversed(list(block.ops)))
        if not to_hoist:
            return False
        # Upstream walks post-order; the order only affects the order of the clones.
        for alloc in _post_order(op, set(map(id, to_hoist))):
            rewriter.set_insertion_point(last)
            clone = alloc.clone()
            rewriter.insert(clone)
            rewriter.replace_op(alloc, clone.results)
        return True


def _in_region(v: Value, region: Any) -> bool:
    block = v.parent_block
    return block is not None and block.parent is not None and region.is_ancestor_of(block.parent)


def _post_order(op: Operation, wanted: set[int]) -> list[Operation]:
    return [o for o in op.walk(post_order=True) if id(o) in wanted]


# ----------------------------------------------------------------- copy, dim


class FoldEmptyCopy(RewritePattern):
    """copy of a memref with a zero-sized dimension -> nothing."""

    root = CopyOp

    def match_and_rewrite(self, op: Operation, rewriter: PatternRewriter) -> bool:
        for v in op.operands:
            if isinstance(v.type, T.MemRefType) and 0 in v.type.shape:
                rewriter.erase_op(op)
                return True
        return False


class FoldSelfCopy(RewritePattern):
    """copy(%x, %x) -> nothing."""

    root = CopyOp

    def match_and_rewrite(self, op: Operation, rewriter: PatternRewriter) -> bool:
        if op.operand(0) is not op.operand(1):
            return False
        rewriter.erase_op(op)
        return True


class DimOfMemRefReshape(RewritePattern):
    """dim(reshape(%m, %shape), %i) -> load %shape[%i] (index_cast to index when the
    shape holds integers), when %i is known before the reshape."""

    root = DimOp

    def match_and_rewrite(self, op: Operation, rewriter: PatternRewriter) -> bool:
        reshape = defining(op.operand(0), "memref.reshape")
        if reshape is None:
            return False
        index = op.operand(1)
        index_block = index.parent_block
        if index_block is reshape.parent:
            producer = index.owner_op
            if producer is not None and reshape.is_before_in_block(producer):
                return False
        elif op.parent is not reshape.parent:
            region = index_block.parent if index_block is not None else None
            inner = reshape.parent.parent if reshape.parent is not None else None
            if (
                region is None
                or inner is None
                or region is inner
                or not region.is_ancestor_of(inner)
            ):
                return False
        rewriter.set_insertion_point_after(reshape)
        shape = reshape.operand(1)
        et = shape.type.element_type
        load = rewriter.create(LoadOp, [shape, index], [et], location=op.location)
        value = load.results[0]
        if et is not T.index:
            from mliropt.dialects.arith import IndexCastOp

            value = rewriter.create(IndexCastOp, [value], [T.index], location=op.location).results[
                0
            ]
        rewriter.replace_op(op, [value])
        return True


AllocOp.canonicalization_patterns = (
    specialized(SimplifyAllocConst, AllocOp),
    specialized(SimplifyDeadAlloc, AllocOp),
)
AllocaOp.canonicalization_patterns = (
    specialized(SimplifyAllocConst, AllocaOp),
    specialized(SimplifyDeadAlloc, AllocaOp),
)
ReallocOp.canonicalization_patterns = (specialized(SimplifyDeadAlloc, ReallocOp),)
AllocaScopeOp.canonicalization_patterns = (AllocaScopeInliner, AllocaScopeHoister)
CopyOp.canonicalization_patterns = (FoldEmptyCopy, FoldSelfCopy)
DimOp.canonicalization_patterns = (DimOfMemRefReshape,)
