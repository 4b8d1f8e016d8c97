"""Canonicalization patterns of the memref view ops (upstream MLIR 22's names and
rewrites).

subview: the constant-argument folder, SubViewOpMemRefCastFolder,
TrivialSubViewOpFolder; view: ViewOpShapeFolder, ViewOpMemrefCastFolder;
reinterpret_cast: ReinterpretCastOpExtractStridedMetadataFolder,
ReinterpretCastOpConstantFolder; collapse_shape: ComposeReassociativeReshapeOps,
ComposeCollapseOfExpandOp, CollapseShapeOpMemRefCastFolder; expand_shape:
ComposeReassociativeReshapeOps, ComposeExpandOfCollapseOp (static shapes only).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar, cast

from mliropt.dialects.memref.fold import can_fold_into_consumer, defining
from mliropt.dialects.memref.layout import (
    has_identity_layout,
    memref_rank_reduction_mask,
    strides_and_offset,
    with_shape,
)
from mliropt.dialects.memref.metadata import ExtractStridedMetadataOp
from mliropt.dialects.memref.rewrites import (
    constant_int,
    create,
    fold_dynamic_index_list,
    replace_with_cast,
    specialized,
    split_mixed,
)
from mliropt.dialects.memref.slices import (
    collapsed_type,
    infer_subview_type,
    reassociation_attr,
    verify_in_bounds_slice,
)
from mliropt.dialects.memref.views import (
    CastOp,
    CollapseShapeOp,
    ExpandShapeOp,
    ReinterpretCastOp,
    SubViewOp,
    ViewOp,
)
from mliropt.ir import attributes as A
from mliropt.ir import types as T
from mliropt.ir.operation import Operation, Value
from mliropt.ir.types import DYNAMIC
from mliropt.rewrite.pattern import PatternRewriter, RewritePattern


def _ranked(v: Value) -> T.MemRefType:
    """The type of `v`, a ranked memref (the op's verifier checked it)."""
    return cast(T.MemRefType, v.type)


def _strided_layout(t: T.MemRefType) -> A.StridedLayoutAttr:
    """The layout of a type made by `infer_subview_type` (always a strided one)."""
    return cast(A.StridedLayoutAttr, t.layout)


# ----------------------------------------------------------------- subview


def subview_result_type(op: Operation, offsets: list, sizes: list, strides: list) -> Any:
    """SubViewReturnTypeCanonicalizer: the inferred type, rank-reduced as `op` is."""
    src = _ranked(op.operand(0))
    so, sz, st = (split_mixed(m)[1] for m in (offsets, sizes, strides))
    if any(v < 0 and v != DYNAMIC for v in so + sz):
        return None
    if any(v <= 0 and v != DYNAMIC for v in st):
        return None
    full = infer_subview_type(src, so, sz, st)
    dropped = op.dropped_dims()  # type: ignore[attr-defined]
    if not dropped:
        return full
    layout = _strided_layout(full)
    shape = [d for i, d in enumerate(full.shape) if i not in dropped]
    kept = tuple(s for i, s in enumerate(layout.strides) if i not in dropped)
    return T.MemRefType(
        tuple(shape), full.element_type, A.StridedLayoutAttr(layout.offset, kept), full.memory_space
    )


def build_subview(
    rewriter: PatternRewriter,
    op: Operation,
    source: Value,
    result_type: Any,
    offsets: list,
    sizes: list,
    strides: list,
) -> Operation:
    """A memref.subview of `source` with mixed offsets/sizes/strides, before `op`."""
    return build_offset_size_stride(
        rewriter, SubViewOp, op, source, result_type, offsets, sizes, strides
    )


def build_offset_size_stride(
    rewriter: PatternRewriter,
    cls: Any,
    op: Operation,
    source: Value,
    result_type: Any,
    offsets: list,
    sizes: list,
    strides: list,
) -> Operation:
    """A subview or reinterpret_cast of `source` with mixed offsets/sizes/strides (ints
    for static entries), before `op`."""
    (ov, os_), (sv, ss), (tv, ts) = (split_mixed(m) for m in (offsets, sizes, strides))
    props = {
        "operandSegmentSizes": A.DenseArrayAttr(T.i32, (1, len(ov), len(sv), len(tv))),
        "static_offsets": A.DenseArrayAttr(T.i64, tuple(os_)),
        "static_sizes": A.DenseArrayAttr(T.i64, tuple(ss)),
        "static_strides": A.DenseArrayAttr(T.i64, tuple(ts)),
    }
    new = create(rewriter, cls, op, [source, *ov, *sv, *tv], [result_type], props)
    new.attributes.clear()
    return new


class SubViewOpConstantArgumentFolder(RewritePattern):
    """OpWithOffsetSizesAndStridesConstantArgumentFolder<SubViewOp>: constant offsets,
    sizes and strides move into the static lists; a cast restores the old type."""

    root = SubViewOp
    label = "OpWithOffsetSizesAndStridesConstantArgumentFolder"

    def match_and_rewrite(self, op: Operation, rewriter: PatternRewriter) -> bool:
        offsets = op.mixed("offsets")  # type: ignore[attr-defined]
        sizes = op.mixed("sizes")  # type: ignore[attr-defined]
        strides = op.mixed("strides")  # type: ignore[attr-defined]
        changed = fold_dynamic_index_list(offsets, True)
        changed |= fold_dynamic_index_list(sizes, True)
        changed |= fold_dynamic_index_list(strides)
        if not changed:
            return False
        src_shape = _ranked(op.operand(0)).shape
        statics = [split_mixed(m)[1] for m in (offsets, sizes, strides)]
        if verify_in_bounds_slice(src_shape, *statics) is not None:
            return False
        rt = subview_result_type(op, offsets, sizes, strides)
        if rt is None:
            return False
        new = build_subview(rewriter, op, op.operand(0), rt, offsets, sizes, strides)
        replace_with_cast(rewriter, op, new)
        return True


class SubViewOpMemRefCastFolder(RewritePattern):
    """subview(cast(%x)) -> cast(subview(%x)) when the cast only erases static info."""

    root = SubViewOp

    def match_and_rewrite(self, op: Operation, rewriter: PatternRewriter) -> bool:
        if any(constant_int(v) is not None for v in op.operands if v.type is T.index):
            return False
        cast = defining(op.operand(0), "memref.cast")
        if cast is None or not can_fold_into_consumer(cast):
            return False
        src = cast.operand(0)
        mixed = op.mixed  # type: ignore[attr-defined]
        offsets, sizes, strides = (mixed(n) for n in ("offsets", "sizes", "strides"))
        full = infer_subview_type(
            _ranked(src), *(split_mixed(m)[1] for m in (offsets, sizes, strides))
        )
        dropped = memref_rank_reduction_mask(
            _ranked(op.operand(0)), _ranked(op.results[0]), split_mixed(sizes)[1]
        )
        if dropped is None:
            return False
        layout = _strided_layout(full)
        shape = tuple(d for i, d in enumerate(full.shape) if i not in dropped)
        kept = tuple(s for i, s in enumerate(layout.strides) if i not in dropped)
        rt = T.MemRefType(
            shape,
            full.element_type,
            A.StridedLayoutAttr(layout.offset, kept),
            full.memory_space,
        )
        new = build_subview(rewriter, op, src, rt, offsets, sizes, strides)
        replace_with_cast(rewriter, op, new)
        return True


class TrivialSubViewOpFolder(RewritePattern):
    """A subview of the whole source (zero offsets, unit strides) -> the source, or a
    cast of it when the types differ."""

    root = SubViewOp

    def match_and_rewrite(self, op: Operation, rewriter: PatternRewriter) -> bool:
        src = op.operand(0)
        src_shape = _ranked(src).shape
        if len(src_shape) != len(_ranked(op.results[0]).shape):
            return False
        if any(constant_int(v) != 0 for v in op.mixed("offsets")):  # type: ignore[attr-defined]
            return False
        if any(constant_int(v) != 1 for v in op.mixed("strides")):  # type: ignore[attr-defined]
            return False
        sizes = [constant_int(v) for v in op.mixed("sizes")]  # type: ignore[attr-defined]
        if any(s is None or s != d for s, d in zip(sizes, src_shape)):
            return False
        if src.type is op.results[0].type:
            rewriter.replace_op(op, [src])
            return True
        cast = create(rewriter, CastOp, op, [src], [op.results[0].type])
        cast.attributes.clear()
        rewriter.replace_op(op, cast.results)
        return True


# ----------------------------------------------------------------- view


class ViewOpShapeFolder(RewritePattern):
    """view with constant dynamic sizes -> cast(view with a more static type)."""

    root = ViewOp

    def match_and_rewrite(self, op: Operation, rewriter: PatternRewriter) -> bool:
        if not any(_constant_index_value(v) is not None for v in op.operands):
            return False
        t = _ranked(op.results[0])
        if strides_and_offset(t) is None:
            return False
        sizes = iter(op.sizes)  # type: ignore[attr-defined]
        shape: list[int] = []
        kept: list[Value] = []
        for d in t.shape:
            if d != DYNAMIC:
                shape.append(d)
                continue
            v = next(sizes)
            c = _constant_index_value(v)
            if c is not None:
                shape.append(c)
            else:
                shape.append(d)
                kept.append(v)
        new_type = with_shape(t, shape, t.layout)
        if new_type is t:
            return False
        new = create(rewriter, ViewOp, op, [op.operand(0), op.operand(1), *kept], [new_type])
        new.attributes.clear()
        replace_with_cast(rewriter, op, new)
        return True


def _constant_index_value(v: Value) -> int | None:
    """matchConstantIndex: an `arith.constant` of index type."""
    owner = v.owner_op
    if owner is None or owner.name != "arith.constant" or v.type is not T.index:
        return None
    return constant_int(v)


class ViewOpMemrefCastFolder(RewritePattern):
    """view(cast(alloc)) -> view(alloc)."""

    root = ViewOp

    def match_and_rewrite(self, op: Operation, rewriter: PatternRewriter) -> bool:
        cast = defining(op.operand(0), "memref.cast")
        if cast is None:
            return False
        alloc = defining(cast.operand(0), "memref.alloc")
        if alloc is None:
            return False
        operands = [alloc.results[0], op.operand(1), *op.sizes]  # type: ignore[attr-defined]
        new = create(rewriter, ViewOp, op, operands, [op.results[0].type])
        new.attributes.clear()
        rewriter.replace_op(op, new.results)
        return True


# ----------------------------------------------------------------- reinterpret_cast


def constified(values: list, statics: Sequence[int]) -> list:
    """constifyIndexValues: the static value where the type knows it, else the Value's
    constant, else the Value."""
    out = []
    for v, s in zip(values, statics):
        if s != DYNAMIC:
            out.append(s)
            continue
        c = constant_int(v)
        out.append(v if c is None else c)
    return out


def _same(a: list, b: list) -> bool:
    return len(a) == len(b) and all(
        x == y if isinstance(x, int) and isinstance(y, int) else x is y for x, y in zip(a, b)
    )


def reinterpret_constified(op: Operation) -> tuple[list, list, list]:
    """getConstifiedMixedOffset/Sizes/Strides of a reinterpret_cast."""
    t = _ranked(op.results[0])
    so = strides_and_offset(t)
    assert so is not None
    offsets = constified(op.mixed("offsets"), [so[1]])  # type: ignore[attr-defined]
    sizes = constified(op.mixed("sizes"), t.shape)  # type: ignore[attr-defined]
    strides = constified(op.mixed("strides"), so[0])  # type: ignore[attr-defined]
    return offsets, sizes, strides


def metadata_constified(op: Operation) -> tuple[list, list, list]:
    """getConstifiedMixedOffset/Sizes/Strides of an extract_strided_metadata."""
    t = _ranked(op.operand(0))
    so = strides_and_offset(t)
    assert so is not None
    n = len(t.shape)
    results = op.results
    offsets = constified([results[1]], [so[1]])
    sizes = constified(list(results[2 : 2 + n]), t.shape)
    strides = constified(list(results[2 + n :]), so[0])
    return offsets, sizes, strides


class ReinterpretCastOpExtractStridedMetadataFolder(RewritePattern):
    """reinterpret_cast(extract_strided_metadata(%x)) -> %x (or a cast of it) when it
    rebuilds the same metadata, else reinterpret_cast(%x)."""

    root = ReinterpretCastOp

    def match_and_rewrite(self, op: Operation, rewriter: PatternRewriter) -> bool:
        meta = defining(op.operand(0), ExtractStridedMetadataOp.name)
        if meta is None:
            return False
        mo, ms, mt = metadata_constified(meta)
        ro, rs, rt = reinterpret_constified(op)
        source = meta.operand(0)
        if not (_same(mt, rt) and _same(ms, rs) and _same(mo, ro)):
            rewriter.modify_op_in_place(op, lambda: op.op_operands[0].set(source))
            return True
        if source.type is op.results[0].type:
            rewriter.replace_op(op, [source])
        else:
            cast = create(rewriter, CastOp, op, [source], [op.results[0].type])
            cast.attributes.clear()
            rewriter.replace_op(op, cast.results)
        return True


class ReinterpretCastOpConstantFolder(RewritePattern):
    """reinterpret_cast with offsets/sizes/strides known statically -> a cast of the
    reinterpret_cast with them in its static lists (and its type)."""

    root = ReinterpretCastOp

    def match_and_rewrite(self, op: Operation, rewriter: PatternRewriter) -> bool:
        get = op.mixed  # type: ignore[attr-defined]
        mixed = [*get("offsets"), *get("sizes"), *get("strides")]
        before = sum(1 for v in mixed if isinstance(v, int))
        offsets, sizes, strides = reinterpret_constified(op)
        after = sum(1 for v in [*offsets, *sizes, *strides] if isinstance(v, int))
        if before == after:
            return False
        src = op.operand(0).type
        assert isinstance(src, (T.MemRefType, T.UnrankedMemRefType))
        _, os_ = split_mixed(offsets)
        _, ss = split_mixed(sizes)
        _, ts = split_mixed(strides)
        layout = A.StridedLayoutAttr(os_[0], tuple(ts))
        rt = T.MemRefType(tuple(ss), src.element_type, layout, src.memory_space)
        new = build_offset_size_stride(
            rewriter, ReinterpretCastOp, op, op.operand(0), rt, offsets, sizes, strides
        )
        replace_with_cast(rewriter, op, new)
        return True


# ----------------------------------------------------------------- expand/collapse


class CollapseShapeOpMemRefCastFolder(RewritePattern):
    """collapse_shape(cast(%x)) -> collapse_shape(%x) (and a cast when its type changes)."""

    root = CollapseShapeOp

    def match_and_rewrite(self, op: Operation, rewriter: PatternRewriter) -> bool:
        cast = defining(op.operand(0), "memref.cast")
        if cast is None or not can_fold_into_consumer(cast):
            return False
        src = cast.operand(0)
        groups = op.groups()  # type: ignore[attr-defined]
        new_type = collapsed_type(_ranked(src), groups)
        if new_type is op.results[0].type:
            rewriter.modify_op_in_place(op, lambda: op.op_operands[0].set(src))
            return True
        props = {"reassociation": reassociation_attr(groups)}
        new = create(rewriter, CollapseShapeOp, op, [src], [new_type], props)
        new.attributes.clear()
        replace_with_cast(rewriter, op, new)
        return True


def non_identity_layout(t: T.Type) -> bool:
    """hasNonIdentityLayout: a memref whose layout is not the identity."""
    return isinstance(t, T.MemRefType) and not has_identity_layout(t)


def compose_reassociations(
    producer: list[list[int]], consumer: list[list[int]]
) -> list[list[int]] | None:
    """composeReassociationIndices: the reassociation of two collapses (or expansions)
    in a row; None when they cannot compose."""
    if len(producer) == len(consumer):
        return None
    if len(producer) < len(consumer):
        producer, consumer = consumer, producer
    if not consumer:
        return []
    if len(producer) != sum(len(g) for g in consumer):
        return None
    return [[d for g in group for d in producer[g]] for group in consumer]


def reshape_layouts_are_identity(*values: Value) -> bool:
    """The reshape patterns apply only to memrefs with identity layouts."""
    return not any(non_identity_layout(v.type) for v in values)


class ComposeReassociativeReshapeOps(RewritePattern):
    """collapse(collapse(%x)) -> collapse(%x), expand(expand(%x)) -> expand(%x)."""

    root: ClassVar[Any] = None

    def match_and_rewrite(self, op: Operation, rewriter: PatternRewriter) -> bool:
        inner = defining(op.operand(0), op.name)
        if inner is None:
            return False
        src = inner.operand(0)
        if not reshape_layouts_are_identity(src, op.operand(0), op.results[0]):
            return False
        groups = compose_reassociations(inner.groups(), op.groups())  # type: ignore[attr-defined]
        if groups is None:
            return False
        rt = op.results[0].type
        props: dict[str, A.Attribute] = {"reassociation": reassociation_attr(groups)}
        if op.name == ExpandShapeOp.name:
            props["static_output_shape"] = op.properties["static_output_shape"]
        new = create(rewriter, type(op), op, [src, *op.operands[1:]], [rt], props)
        new.attributes.clear()
        rewriter.replace_op(op, new.results)
        return True


class ComposeCollapseOfExpandOp(RewritePattern):
    """collapse(expand(%x)) -> collapse(%x), a cast of %x, or (static result) expand(%x),
    when the expansion's groups tile the collapse's."""

    root = CollapseShapeOp

    def match_and_rewrite(self, op: Operation, rewriter: PatternRewriter) -> bool:
        expand = defining(op.operand(0), ExpandShapeOp.name)
        if expand is None:
            return False
        src = expand.operand(0)
        if not reshape_layouts_are_identity(op.operand(0), src, expand.results[0]):
            return False
        src_t, res_t = _ranked(src), _ranked(op.results[0])
        if src_t is res_t:
            return False
        higher, lower = expand.groups(), op.groups()  # type: ignore[attr-defined]
        if len(src_t.shape) < len(res_t.shape):
            higher, lower = lower, higher
        composed: list[list[int]] = []
        k = 0
        for indices in lower:
            group: list[int] = []
            while k < len(higher):
                right = higher[k][-1]
                if right > indices[-1]:
                    return False
                group.append(k)
                k += 1
                if right == indices[-1]:
                    break
            composed.append(group)
        props: dict[str, A.Attribute]
        if len(src_t.shape) > len(res_t.shape):
            props = {"reassociation": reassociation_attr(composed)}
            new = create(rewriter, CollapseShapeOp, op, [src], [res_t], props)
        elif len(src_t.shape) < len(res_t.shape):
            # Upstream infers the output shape (with memref.dim ops when it is dynamic);
            # only the static case is rewritten here.
            if not res_t.has_static_shape:
                return False
            props = {
                "reassociation": reassociation_attr(composed),
                "static_output_shape": A.DenseArrayAttr(T.i64, tuple(res_t.shape)),
            }
            new = create(rewriter, ExpandShapeOp, op, [src], [res_t], props)
        else:
            new = create(rewriter, CastOp, op, [src], [res_t])
        new.attributes.clear()
        rewriter.replace_op(op, new.results)
        return True


def reassociation_for_collapse(
    source: Sequence[int], target: Sequence[int]
) -> list[list[int]] | None:
    """getReassociationIndicesForCollapse, for static shapes: contiguous source groups
    whose products are the target sizes, trailing unit dims in the last group. None
    when there is none, or (not ported) when a size is dynamic."""
    if len(source) <= len(target) or DYNAMIC in source or DYNAMIC in target:
        return None
    groups: list[list[int]] = []
    current: list[int] = []
    product = 1
    dim = 0
    while dim < len(source) and len(groups) < len(target):
        want = target[len(groups)]
        while dim < len(source) and product * source[dim] < want:
            product *= source[dim]
            current.append(dim)
            dim += 1
        if dim >= len(source) or product * source[dim] != want:
            return None
        current.append(dim)
        dim += 1
        groups.append(current)
        current, product = [], 1
    if len(groups) != len(target):
        return None
    for d in range(dim, len(source)):
        if source[d] != 1:
            return None
        if groups:
            groups[-1].append(d)
    return groups


def find_collapsing_reassociation(
    src_groups: list[list[int]],
    res_groups: list[list[int]],
    src_shape: Sequence[int],
    res_shape: Sequence[int],
) -> list[list[int]] | None:
    """ComposeExpandOfCollapseOp::findCollapsingReassociation."""
    if not src_groups:
        return reassociation_for_collapse(src_shape, res_shape)
    composed: list[list[int]] = []
    for src_idx, res_idx in zip(src_groups, res_groups):
        src_sub = list(src_shape[src_idx[0] : src_idx[0] + len(src_idx)])
        res_sub = list(res_shape[res_idx[0] : res_idx[0] + len(res_idx)])
        if len(src_sub) == len(res_sub):
            # Groups of equal shapes stay as they are, one dimension a group.
            if src_sub != res_sub or src_sub.count(DYNAMIC) >= 2:
                return None
            composed += [[src_idx[0] + i] for i in range(len(src_sub))]
            continue
        sub = reassociation_for_collapse(src_sub, res_sub)
        if sub is None:
            return None
        composed += [[src_idx[0] + i for i in group] for group in sub]
    return composed


class ComposeExpandOfCollapseOp(RewritePattern):
    """expand(collapse(%x)) -> collapse(%x) or expand(%x) when the groups compose."""

    root = ExpandShapeOp

    def match_and_rewrite(self, op: Operation, rewriter: PatternRewriter) -> bool:
        collapse = defining(op.operand(0), CollapseShapeOp.name)
        if collapse is None:
            return False
        src = collapse.operand(0)
        if not reshape_layouts_are_identity(op.operand(0), src, collapse.results[0]):
            return False
        src_t, res_t = _ranked(src), _ranked(op.results[0])
        if src_t is res_t:
            return False
        src_groups, res_groups = collapse.groups(), op.groups()  # type: ignore[attr-defined]
        props: dict[str, A.Attribute]
        if len(src_t.shape) > len(res_t.shape):
            groups = find_collapsing_reassociation(src_groups, res_groups, src_t.shape, res_t.shape)
            if groups is None:
                return False
            props = {"reassociation": reassociation_attr(groups)}
            new = create(rewriter, CollapseShapeOp, op, [src], [res_t], props)
        else:
            groups = find_collapsing_reassociation(res_groups, src_groups, res_t.shape, src_t.shape)
            if groups is None:
                return False
            props = {
                "reassociation": reassociation_attr(groups),
                "static_output_shape": op.properties["static_output_shape"],
            }
            new = create(rewriter, ExpandShapeOp, op, [src, *op.operands[1:]], [res_t], props)
        new.attributes.clear()
        rewriter.replace_op(op, new.results)
        return True


SubViewOp.canonicalization_patterns = (
    SubViewOpConstantArgumentFolder,
    SubViewOpMemRefCastFolder,
    TrivialSubViewOpFolder,
)
ViewOp.canonicalization_patterns = (ViewOpShapeFolder, ViewOpMemrefCastFolder)
ReinterpretCastOp.canonicalization_patterns = (
    ReinterpretCastOpExtractStridedMetadataFolder,
    ReinterpretCastOpConstantFolder,
)
CollapseShapeOp.canonicalization_patterns = (
    specialized(ComposeReassociativeReshapeOps, CollapseShapeOp),
    ComposeCollapseOfExpandOp,
    CollapseShapeOpMemRefCastFolder,
)
ExpandShapeOp.canonicalization_patterns = (
    specialized(ComposeReassociativeReshapeOps, ExpandShapeOp),
    ComposeExpandOfCollapseOp,
)
