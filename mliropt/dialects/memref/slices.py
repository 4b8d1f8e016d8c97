"""Shapes of views: the offsets/sizes/strides interface, subview type inference and
rank reduction, and the reassociation rules of expand_shape/collapse_shape.

Each function mirrors the upstream utility named in its docstring; failures are
reported as upstream's messages (a string) or None.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from mliropt.dialects.memref.layout import (
    has_identity_layout,
    rank_reduction_mask,
    sat_add,
    sat_mul,
    strides_and_offset,
)
from mliropt.ir import attributes as A
from mliropt.ir import types as T
from mliropt.ir.types import DYNAMIC

# ----------------------------------------------------------------- offsets, sizes, strides


def statics(op: Any, name: str) -> tuple[int, ...]:
    """The `static_<name>` dense array of an op (empty when absent or malformed)."""
    attr = op.properties.get(name)
    return attr.values if isinstance(attr, A.DenseArrayAttr) else ()


def verify_offset_size_stride(op: Any, max_ranks: Sequence[int]) -> str | None:
    """verifyOffsetSizeAndStrideOp (OffsetSizeAndStrideOpInterface), or its message."""
    offsets, sizes, strides = (statics(op, f"static_{n}") for n in ("offsets", "sizes", "strides"))
    counts = {"offsets": op.offsets, "sizes": op.sizes, "strides": op.strides}
    for name, values in (("sizes", sizes), ("strides", strides), ("offsets", offsets)):
        dyn = sum(1 for v in values if v == DYNAMIC)
        got = len(counts[name])
        if got != dyn:
            return (
                f"expected the number of '{name}' to match the number of dynamic entries in "
                f"'static_{name}' ({got} vs {dyn})"
            )
    if not (len(offsets) == 1 and max_ranks[0] == 1) and len(offsets) != len(sizes):
        return (
            f"expected mixed offsets rank to match mixed sizes rank ({len(offsets)} vs "
            f"{len(sizes)}) so the rank of the result type is well-formed."
        )
    if len(sizes) != len(strides):
        return (
            f"expected mixed sizes rank to match mixed strides rank ({len(sizes)} vs "
            f"{len(strides)}) so the rank of the result type is well-formed."
        )
    for name, values, n in (
        ("offset", offsets, max_ranks[0]),
        ("size", sizes, max_ranks[1]),
        ("stride", strides, max_ranks[2]),
    ):
        if len(values) != n:
            return f"expected {n} {name} values, got {len(values)}"
    for v in offsets:
        if v < 0 and v != DYNAMIC:
            return f"expected offsets to be non-negative, but got {v}"
    for v in sizes:
        if v < 0 and v != DYNAMIC:
            return f"expected sizes to be non-negative, but got {v}"
    return None


def verify_in_bounds_slice(
    shape: Sequence[int], offsets: Sequence[int], sizes: Sequence[int], strides: Sequence[int]
) -> str | None:
    """verifyInBoundsSlice: static offsets and last positions inside a static shape."""
    for i, dim in enumerate(shape):
        if dim == DYNAMIC or offsets[i] == DYNAMIC:
            continue
        if offsets[i] >= dim:
            return f"offset {i} is out-of-bounds: {offsets[i]} >= {dim}"
        if sizes[i] == DYNAMIC or strides[i] == DYNAMIC:
            continue
        last = offsets[i] + (sizes[i] - 1) * strides[i]
        if last >= dim:
            return f"slice along dimension {i} runs out-of-bounds: {last} >= {dim}"
    return None


# ----------------------------------------------------------------- subview


def infer_subview_type(
    source: T.MemRefType, offsets: Sequence[int], sizes: Sequence[int], strides: Sequence[int]
) -> T.MemRefType:
    """SubViewOp::inferResultType: the strided result type without rank reduction."""
    so = strides_and_offset(source)
    assert so is not None
    src_strides, offset = so
    for o, s in zip(offsets, src_strides):
        offset = sat_add(offset, sat_mul(o, s))
    out_strides = [sat_mul(s, k) for s, k in zip(src_strides, strides)]
    layout = A.StridedLayoutAttr(offset, tuple(out_strides))
    return T.MemRefType(tuple(sizes), source.element_type, layout, source.memory_space)


def rank_reduced_slice_error(expected: T.MemRefType, got: T.MemRefType) -> str | None:
    """isRankReducedType with produceSubViewErrorMsg's wording, for the shape and
    element type; None when `got` is `expected` or a rank reduction of it."""
    if expected is got:
        return None
    if len(got.shape) > len(expected.shape):
        return f"expected result rank to be smaller or equal to the source rank, but got '{got}'"
    if rank_reduction_mask(expected.shape, got.shape) is None:
        return (
            f"expected result type to be '{expected}' or a rank-reduced version. (mismatch of "
            f"result sizes), but got '{got}'"
        )
    if expected.element_type is not got.element_type:
        return f"expected result element type to be '{expected.element_type}', but got '{got}'"
    return None


def layout_mismatch(expected: T.MemRefType, got: T.MemRefType) -> str:
    """produceSubViewErrorMsg for LayoutMismatch."""
    return (
        f"expected result type to be '{expected}' or a rank-reduced version. (mismatch of "
        f"result layout), but got '{got}'"
    )


def compatible_strides(t1: T.MemRefType, t2: T.MemRefType, dropped: set[int]) -> bool:
    """haveCompatibleStrides: the kept strides of `t1` equal those of `t2`."""
    s1, s2 = strides_and_offset(t1), strides_and_offset(t2)
    if s1 is None or s2 is None:
        return False
    kept = [s for i, s in enumerate(s1[0]) if i not in dropped]
    return kept == list(s2[0])


def compatible_offsets(t1: T.MemRefType, t2: T.MemRefType) -> bool:
    """haveCompatibleOffsets: equal offsets (both dynamic or the same value)."""
    s1, s2 = strides_and_offset(t1), strides_and_offset(t2)
    return s1 is not None and s2 is not None and s1[1] == s2[1]


# ----------------------------------------------------------------- reassociation


def reassociation_groups(attr: Any) -> list[list[int]] | None:
    """The index groups of a `reassociation` array attribute (None when malformed)."""
    if not isinstance(attr, A.ArrayAttr):
        return None
    out = []
    for group in attr:
        if not isinstance(group, A.ArrayAttr):
            return None
        out.append([i.value for i in group])  # type: ignore[attr-defined]
    return out


def reassociation_attr(groups: Sequence[Sequence[int]]) -> A.ArrayAttr:
    """getReassociationIndicesAttribute."""
    return A.ArrayAttr(
        tuple(A.ArrayAttr(tuple(A.IntegerAttr(T.i64, i) for i in g)) for g in groups)
    )


def verify_collapsed_shape(
    collapsed: Sequence[int], expanded: Sequence[int], groups: Sequence[Sequence[int]]
) -> str | None:
    """verifyCollapsedShape (several dynamic dims per group allowed)."""
    if len(collapsed) != len(groups):
        return (
            f"invalid number of reassociation groups: found {len(groups)}, expected "
            f"{len(collapsed)}"
        )
    next_dim = 0
    for cdim, group in enumerate(groups):
        found_dynamic = False
        for edim in group:
            if edim != next_dim:
                return "reassociation indices must be contiguous"
            next_dim += 1
            if edim >= len(expanded):
                return f"reassociation index {edim} is out of bounds"
            if expanded[edim] == DYNAMIC:
                found_dynamic = True
        if (collapsed[cdim] == DYNAMIC) != found_dynamic:
            return (
                f"collapsed dim ({cdim}) must be dynamic if and only if reassociation group is "
                "dynamic"
            )
        if not found_dynamic:
            size = 1
            for edim in group:
                size *= expanded[edim]
            if size != collapsed[cdim]:
                return (
                    f"collapsed dim size ({collapsed[cdim]}) must equal reassociation group "
                    f"size ({size})"
                )
    if not collapsed:
        if any(d != 1 for d in expanded):
            return "rank 0 memrefs can only be extended/collapsed with/from ones"
    elif next_dim != len(expanded):
        return (
            f"expanded rank ({len(expanded)}) inconsistent with number of reassociation indices "
            f"({next_dim})"
        )
    return None


def expanded_type(
    src: T.MemRefType, shape: Sequence[int], groups: Sequence[Sequence[int]]
) -> T.MemRefType | None:
    """ExpandShapeOp::computeExpandedType (None for a non-strided source)."""
    if has_identity_layout(src):
        return T.MemRefType(tuple(shape), src.element_type, None, src.memory_space)
    so = strides_and_offset(src)
    if so is None:
        return None
    src_strides, offset = so
    # Each source stride is the stride of its group's last dim; the others multiply
    # it by the sizes after them.
    reverse: list[int] = []
    index = len(shape) - 1
    for group, stride in reversed(list(zip(groups, src_strides))):
        for _ in group:
            reverse.append(stride)
            stride = sat_mul(stride, shape[index])
            index -= 1
    strides = list(reversed(reverse))
    strides += [1] * (len(shape) - len(strides))
    layout = A.StridedLayoutAttr(offset, tuple(strides[: len(shape)]))
    return T.MemRefType(tuple(shape), src.element_type, layout, src.memory_space)


def collapsed_layout(
    src: T.MemRefType, groups: Sequence[Sequence[int]], strict: bool = False
) -> A.StridedLayoutAttr | None:
    """computeCollapsedLayoutMap: None for a non-strided source or non-contiguous groups."""
    so = strides_and_offset(src)
    if so is None:
        return None
    src_strides, offset = so
    shape = src.shape
    result: list[int] = []
    for group in groups:
        ref = list(group)
        while shape[ref[-1]] == 1 and len(ref) > 1:
            ref.pop()
        if shape[ref[-1]] != DYNAMIC or len(ref) == 1:
            result.append(src_strides[ref[-1]])
        else:
            result.append(DYNAMIC)
    k = len(result) - 1
    for group in reversed(groups):
        stride = result[k]
        k -= 1
        for idx in reversed(group[1:]):
            stride = sat_mul(stride, shape[idx])
            if shape[idx - 1] == 1:
                continue
            src_stride = src_strides[idx - 1]
            if strict and (stride == DYNAMIC or src_stride == DYNAMIC):
                return None
            if stride != DYNAMIC and src_stride != DYNAMIC and stride != src_stride:
                return None
    return A.StridedLayoutAttr(offset, tuple(result))


def collapsed_type(src: T.MemRefType, groups: Sequence[Sequence[int]]) -> T.MemRefType | None:
    """CollapseShapeOp::computeCollapsedType (None when the layout cannot be collapsed)."""
    shape = []
    for group in groups:
        size = 1
        for d in group:
            size = sat_mul(size, src.shape[d])
        shape.append(size)
    if has_identity_layout(src):
        return T.MemRefType(tuple(shape), src.element_type, None, src.memory_space)
    layout = collapsed_layout(src, groups)
    if layout is None:
        return None
    return T.MemRefType(tuple(shape), src.element_type, layout, src.memory_space)
