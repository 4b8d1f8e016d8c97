"""Canonicalization patterns of the gpu memory ops (upstream MLIR 22's names and
rewrites): alloc: SimplifyDimOfAllocOp; memcpy: EraseTrivialCopyOp; wait:
EraseRedundantGpuWaitOpPairs, SimplifyGpuWaitOp. Each op class lists its patterns in
`canonicalization_patterns` (set at the end of the module)."""

from __future__ import annotations

from typing import Any, ClassVar

from mliropt.dialects.gpu.directives import has_async_token
from mliropt.dialects.gpu.memory import AllocOp, MemcpyOp, WaitOp
from mliropt.dialects.memref.metadata import DimOp
from mliropt.dialects.memref.rewrites import constant_int
from mliropt.ir import types as T
from mliropt.ir.effects import ALLOCATE, FREE, effects_of
from mliropt.ir.operation import Operation, Value
from mliropt.rewrite.pattern import PatternRewriter, RewritePattern


def has_single_effect(op: Operation, kind: str, value: Value) -> bool:
    """hasSingleEffect<kind>(op, value): the op declares effects, has some on `value`,
    and all of them are of `kind`."""
    effects = effects_of(op)
    if effects is None:
        return False
    found = False
    for k, v in effects:
        if v is not value:
            continue
        if k != kind:
            return False
        found = True
    return found


class SimplifyDimOfAllocOp(RewritePattern):
    """memref.dim(gpu.alloc(..%d..), i) of a dynamic size i -> %d."""

    root: ClassVar[Any] = DimOp

    def match_and_rewrite(self, op: Operation, rewriter: PatternRewriter) -> bool:
        index = constant_int(op.operand(1))
        t = op.operand(0).type
        if index is None or not isinstance(t, T.MemRefType):
            return False
        if not 0 <= index < len(t.shape) or t.shape[index] != T.DYNAMIC:
            return False
        alloc = op.operand(0).owner_op
        if not isinstance(alloc, AllocOp):
            return False
        dyn_index = sum(1 for d in t.shape[:index] if d == T.DYNAMIC)
        rewriter.replace_op(op, [alloc.dynamicSizes[dyn_index]])
        return True


class EraseTrivialCopyOp(RewritePattern):
    """A memcpy into a fresh allocation used only by it and deallocations is erased
    (its token replaced by its one dependency)."""

    root: ClassVar[Any] = MemcpyOp

    def match_and_rewrite(self, op: Operation, rewriter: PatternRewriter) -> bool:
        dest = op.dst  # type: ignore[attr-defined]
        producer = dest.owner_op
        if producer is None or not has_single_effect(producer, ALLOCATE, dest):
            return False
        if any(u is not op and not has_single_effect(u, FREE, dest) for u in dest.users):
            return False
        deps = list(op.asyncDependencies)  # type: ignore[attr-defined]
        # Only `memcpy async [%t]` (its token becomes %t) or a synchronous memcpy
        # without dependencies.
        if len(deps) > 1 or bool(deps) != has_async_token(op):
            return False
        rewriter.replace_op(op, deps)
        return True


def _is_empty_wait(value: Value) -> bool:
    """The value is the token of a gpu.wait without operands."""
    producer = value.owner_op
    return isinstance(producer, WaitOp) and not producer.operands


class EraseRedundantGpuWaitOpPairs(RewritePattern):
    """A token of `gpu.wait async` without dependencies is dropped from a wait's
    dependencies (it is already complete)."""

    root: ClassVar[Any] = WaitOp

    def match_and_rewrite(self, op: Operation, rewriter: PatternRewriter) -> bool:
        if not any(_is_empty_wait(v) for v in op.operands):
            return False
        kept = [v for v in op.operands if not _is_empty_wait(v)]
        rewriter.modify_op_in_place(op, lambda: op.set_operands(kept))
        return True


class SimplifyGpuWaitOp(RewritePattern):
    """`gpu.wait` without dependencies or token -> erased; `%t1 = gpu.wait async [%t0]`
    -> %t0; an unused `gpu.wait async` -> erased."""

    root: ClassVar[Any] = WaitOp

    def match_and_rewrite(self, op: Operation, rewriter: PatternRewriter) -> bool:
        token = has_async_token(op)
        if not op.operands and not token:
            rewriter.erase_op(op)
            return True
        if len(op.operands) == 1 and token:
            rewriter.replace_op(op, [op.operand(0)])
            return True
        if token and not op.results[0].has_uses:
            rewriter.erase_op(op)
            return True
        return False


AllocOp.canonicalization_patterns = (SimplifyDimOfAllocOp,)
MemcpyOp.canonicalization_patterns = (EraseTrivialCopyOp,)
WaitOp.canonicalization_patterns = (EraseRedundantGpuWaitOpPairs, SimplifyGpuWaitOp)
