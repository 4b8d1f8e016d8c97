"""Canonicalization patterns of the tensor ops (upstream MLIR 22's names and rewrites).

cast: ChainedTensorCast; generate: StaticTensorGenerate, ExtractFromTensorGenerate;
empty: ReplaceEmptyTensorStaticShapeDims, FoldEmptyTensorWithCastOp,
FoldEmptyTensorWithDimOp; dim: DimOfCastOp, DimOfDestStyleOp; extract:
ExtractFromTensorCast; from_elements: ExtractElementFromIndexCast; extract_slice:
ExtractSliceOpConstantArgumentFolder. Each op class
lists the patterns it roots in `canonicalization_patterns` (set at the end of the
module).
"""

from __future__ import annotations

from typing import Any

from mliropt.dialects.tensor.generate import GenerateOp
from mliropt.dialects.tensor.ops import (
    CastOp,
    DimOp,
    EmptyOp,
    ExtractOp,
    InsertOp,
    preserves_static_information,
)
from mliropt.dialects.tensor.slices import ExtractSliceOp, infer_slice_type
from mliropt.ir import attributes as A
from mliropt.ir import types as T
from mliropt.ir.effects import would_be_trivially_dead
from mliropt.ir.operation import Operation, Value
from mliropt.ir.types import DYNAMIC
from mliropt.rewrite.pattern import PatternRewriter, RewritePattern


def defining(value: Value, name: str) -> Any:
    """The op named `name` defining `value`, or None."""
    op = value.owner_op
    return op if op is not None and op.name == name else None


def constant_int(value: Value) -> int | None:
    """getConstantIntValue of a Value."""
    from mliropt.rewrite.folding import constant_value

    attr = constant_value(value.owner_op)
    return attr.value if isinstance(attr, A.IntegerAttr) else None


def join_shapes(one: Any, two: Any) -> Any:
    """joinShapes: the most static type both tensor types describe (no encoding), or
    None when they conflict."""
    if isinstance(one, T.UnrankedTensorType):
        return two
    if isinstance(two, T.UnrankedTensorType):
        return one
    if len(one.shape) != len(two.shape):
        return None
    join = []
    for a, b in zip(one.shape, two.shape):
        if a != DYNAMIC and b != DYNAMIC and a != b:
            return None
        join.append(b if a == DYNAMIC else a)
    return T.RankedTensorType(tuple(join), one.element_type)


def replace_with_new(
    rewriter: PatternRewriter, op: Operation, cls: Any, operands: list, types: list
) -> Operation:
    """replaceOpWithNewOp<cls>(op, types, operands), at `op`'s location."""
    return rewriter.replace_op_with_new(op, cls, operands, types, location=op.location)


class ChainedTensorCast(RewritePattern):
    """cast(cast(x)) -> cast(x) when dropping the middle type loses no runtime check."""

    root = CastOp

    def match_and_rewrite(self, op: Operation, rewriter: PatternRewriter) -> bool:
        inner = defining(op.operand(0), "tensor.cast")
        if inner is None:
            return False
        source = inner.operand(0)
        middle, result = inner.results[0].type, op.results[0].type
        first = join_shapes(join_shapes(source.type, middle), result)
        if first is None or first != join_shapes(source.type, result):
            return False
        replace_with_new(rewriter, op, CastOp, [source], [result])
        return True


def fold_dynamic_to_static(t: Any, sizes: list[Value]) -> tuple[Any, list[Value]]:
    """foldDynamicToStaticDimSizes: constant non-negative dynamic sizes become static;
    the new type and the sizes left dynamic."""
    it = iter(sizes)
    shape: list[int] = []
    kept: list[Value] = []
    for d in t.shape:
        if d != DYNAMIC:
            shape.append(d)
            continue
        v = next(it)
        c = constant_int(v)
        if c is not None and c >= 0:
            shape.append(c)
        else:
            shape.append(DYNAMIC)
            kept.append(v)
    return T.RankedTensorType(tuple(shape), t.element_type, t.encoding), kept


class ReplaceEmptyTensorStaticShapeDims(RewritePattern):
    """empty(%c) with a constant non-negative size -> cast(empty() of the static shape)."""

    root = EmptyOp

    def match_and_rewrite(self, op: Operation, rewriter: PatternRewriter) -> bool:
        t: Any = op.results[0].type
        new_type, kept = fold_dynamic_to_static(t, list(op.operands))
        if new_type is t:
            return False
        rewriter.set_insertion_point(op)
        new = rewriter.create(EmptyOp, kept, [new_type], location=op.location)
        replace_with_new(rewriter, op, CastOp, [new.results[0]], [t])
        return True


class StaticTensorGenerate(RewritePattern):
    """generate(%c) with a constant non-negative extent -> cast(generate of the static
    shape), the body moved over."""

    root = GenerateOp

    def match_and_rewrite(self, op: Operation, rewriter: PatternRewriter) -> bool:
        t: Any = op.results[0].type
        new_type, kept = fold_dynamic_to_static(t, list(op.operands))
        if new_type is t:
            return False
        rewriter.set_insertion_point(op)
        new = rewriter.create(GenerateOp, kept, [new_type], location=op.location)
        rewriter.inline_region_before(op.regions[0], new.regions[0], 0)
        replace_with_new(rewriter, op, CastOp, [new.results[0]], [t])
        return True


class ExtractFromTensorGenerate(RewritePattern):
    """extract(generate)[%i...] -> the body computed at %i... (a side-effect-free
    generate)."""

    root = ExtractOp

    def match_and_rewrite(self, op: Operation, rewriter: PatternRewriter) -> bool:
        gen = defining(op.operand(0), "tensor.generate")
        if gen is None or not would_be_trivially_dead(gen):
            return False
        block = gen.regions[0].blocks[0]
        mapping: dict = dict(zip(block.args, op.operands[1:]))
        rewriter.set_insertion_point(op)
        term = block.last
        for child in list(block.ops):
            if child is term:
                break
            rewriter.insert(child.clone(mapping))
        value = term.operands[0]
        rewriter.replace_op(op, [mapping.get(value, value)])
        return True


class FoldEmptyTensorWithCastOp(RewritePattern):
    """cast(empty) to a more static type -> empty of that type (its encoding dropped)."""

    root = CastOp

    def match_and_rewrite(self, op: Operation, rewriter: PatternRewriter) -> bool:
        source, result = op.operand(0), op.results[0].type
        src: Any = source.type
        if not isinstance(result, T.RankedTensorType):
            return False
        if not preserves_static_information(src, result):
            return False
        empty = defining(source, "tensor.empty")
        if empty is None:
            return False
        sizes: list[Value] = []
        for i, (new, cur) in enumerate(zip(result.shape, src.shape)):
            if cur != DYNAMIC:
                if new != cur:
                    return False
            elif new == DYNAMIC:
                sizes.append(empty.dynamic_size(i))
        new_type = T.RankedTensorType(result.shape, result.element_type)
        replace_with_new(rewriter, op, EmptyOp, sizes, [new_type])
        return True


class FoldEmptyTensorWithDimOp(RewritePattern):
    """dim(empty(... %s ...), constant i) -> %s for a dynamic dimension i."""

    root = DimOp

    def match_and_rewrite(self, op: Operation, rewriter: PatternRewriter) -> bool:
        empty = defining(op.operand(0), "tensor.empty")
        i = op.constant_index()  # type: ignore[attr-defined]
        if empty is None or i is None:
            return False
        shape = empty.results[0].type.shape
        if i < 0 or i >= len(shape) or shape[i] != DYNAMIC:
            return False
        rewriter.replace_op(op, [empty.dynamic_size(i)])
        return True


class DimOfCastOp(RewritePattern):
    """dim(cast(x), i) -> dim(x, i)."""

    root = DimOp

    def match_and_rewrite(self, op: Operation, rewriter: PatternRewriter) -> bool:
        cast = defining(op.operand(0), "tensor.cast")
        if cast is None:
            return False
        replace_with_new(rewriter, op, DimOp, [cast.operand(0), op.operand(1)], [T.index])
        return True


class DimOfDestStyleOp(RewritePattern):
    """dim(a destination-style op's result, i) -> dim(its init operand, i)."""

    root = DimOp

    def match_and_rewrite(self, op: Operation, rewriter: PatternRewriter) -> bool:
        producer = op.operand(0).owner_op
        if not isinstance(producer, InsertOp):
            return False  # tensor.insert is the only destination-style op so far
        init = producer.dest
        rewriter.modify_op_in_place(op, lambda: op.op_operands[0].set(init))
        return True


class ExtractFromTensorCast(RewritePattern):
    """extract(cast(x)) -> extract(x) for a ranked x."""

    root = ExtractOp

    def match_and_rewrite(self, op: Operation, rewriter: PatternRewriter) -> bool:
        cast = defining(op.operand(0), "tensor.cast")
        if cast is None or not isinstance(cast.operand(0).type, T.RankedTensorType):
            return False
        operands = [cast.operand(0), *op.operands[1:]]
        replace_with_new(rewriter, op, ExtractOp, operands, [op.results[0].type])
        return True


class ExtractElementFromIndexCast(RewritePattern):
    """extract(index_cast(x)) -> index_cast(extract(x))."""

    root = ExtractOp

    def match_and_rewrite(self, op: Operation, rewriter: PatternRewriter) -> bool:
        from mliropt.dialects.arith import IndexCastOp

        cast = defining(op.operand(0), "arith.index_cast")
        if cast is None:
            return False
        source = cast.operand(0)
        rewriter.set_insertion_point(op)
        new = rewriter.create(
            ExtractOp, [source, *op.operands[1:]], [source.type.element_type],
            location=op.location,
        )
        replace_with_new(rewriter, op, IndexCastOp, [new.results[0]], [op.results[0].type])
        return True


def fold_index_list(mixed: list, only_non_negative: bool = False) -> bool:
    """foldDynamicIndexList: constant Values become ints (negative ones stay Values when
    `only_non_negative`); True when one was folded."""
    changed = False
    for i, v in enumerate(mixed):
        if isinstance(v, int):
            continue
        c = constant_int(v)
        if c is None or (only_non_negative and c < 0):
            continue
        mixed[i] = c
        changed = True
    return changed


def split_mixed(mixed: list) -> tuple[list, tuple[int, ...]]:
    """dispatchIndexOpFoldResults: the Values and the static list."""
    values = [v for v in mixed if not isinstance(v, int)]
    return values, tuple(v if isinstance(v, int) else DYNAMIC for v in mixed)


class ExtractSliceOpConstantArgumentFolder(RewritePattern):
    """OpWithOffsetSizesAndStridesConstantArgumentFolder<ExtractSliceOp>: constant
    offsets (else sizes, else strides, as upstream's short-circuit) move into the static
    lists; a cast restores the old type."""

    root = ExtractSliceOp
    label = "OpWithOffsetSizesAndStridesConstantArgumentFolder"

    def match_and_rewrite(self, op: Operation, rewriter: PatternRewriter) -> bool:
        from mliropt.dialects.memref.slices import verify_in_bounds_slice

        mixed = [op.mixed(n) for n in ("offsets", "sizes", "strides")]  # type: ignore[attr-defined]
        if not (
            fold_index_list(mixed[0], True)
            or fold_index_list(mixed[1], True)
            or fold_index_list(mixed[2])
        ):
            return False
        source: Any = op.operand(0).type
        (ov, os_), (sv, ss), (tv, ts) = (split_mixed(m) for m in mixed)
        if verify_in_bounds_slice(source.shape, os_, ss, ts) is not None:
            return False
        full = infer_slice_type(source, ss)
        dropped = op.dropped_dims()  # type: ignore[attr-defined]
        shape = tuple(d for i, d in enumerate(full.shape) if i not in dropped)
        new_type = T.RankedTensorType(shape, full.element_type, full.encoding)
        props = {
            "operandSegmentSizes": A.DenseArrayAttr(T.i32, (1, len(ov), len(sv), len(tv))),
            "static_offsets": A.DenseArrayAttr(T.i64, os_),
            "static_sizes": A.DenseArrayAttr(T.i64, ss),
            "static_strides": A.DenseArrayAttr(T.i64, ts),
        }
        rewriter.set_insertion_point(op)
        new = rewriter.create(
            ExtractSliceOp, [op.operand(0), *ov, *sv, *tv], [new_type], None, props,
            location=op.location,
        )
        old_type = op.results[0].type
        if new_type is old_type:
            rewriter.replace_op(op, new.results)
        else:
            replace_with_new(rewriter, op, CastOp, [new.results[0]], [old_type])
        return True


CastOp.canonicalization_patterns = (ChainedTensorCast, FoldEmptyTensorWithCastOp)
EmptyOp.canonicalization_patterns = (ReplaceEmptyTensorStaticShapeDims,)
DimOp.canonicalization_patterns = (DimOfCastOp, DimOfDestStyleOp, FoldEmptyTensorWithDimOp)
ExtractOp.canonicalization_patterns = (
    ExtractFromTensorCast,
    ExtractElementFromIndexCast,
    ExtractFromTensorGenerate,
)
GenerateOp.canonicalization_patterns = (StaticTensorGenerate,)
ExtractSliceOp.canonicalization_patterns = (ExtractSliceOpConstantArgumentFolder,)
