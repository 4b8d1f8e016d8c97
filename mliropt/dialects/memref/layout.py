"""Strided-layout arithmetic of memref types, as upstream's BuiltinTypes utilities.

`strides_and_offset` is upstream's `MemRefType::getStridesAndOffset` (None where
upstream fails: the layout is not strided); dynamic values are `DYNAMIC`. The
helpers below it are the pieces memref verifiers and folders share: the affine map of
a strided layout, `canonicalizeStridedLayout`, rank-reduction masks and saturated
arithmetic (`SaturatedInteger`).
"""

from __future__ import annotations

from collections.abc import Sequence

from mliropt.ir import affine as AF
from mliropt.ir import attributes as A
from mliropt.ir import types as T
from mliropt.ir.affine_simplify import simplify_affine_expr
from mliropt.ir.types import DYNAMIC


def is_dynamic(v: int) -> bool:
    """ShapedType::isDynamic."""
    return v == DYNAMIC


# ----------------------------------------------------------------- saturated arithmetic
# SaturatedInteger: DYNAMIC absorbs everything, except that a product with 0 is 0.


def sat_add(a: int, b: int) -> int:
    """`a + b`, DYNAMIC when either is."""
    if a == DYNAMIC or b == DYNAMIC:
        return DYNAMIC
    return a + b


def sat_mul(a: int, b: int) -> int:
    """`a * b`; 0 times anything is 0, otherwise DYNAMIC when either is."""
    if a == 0 or b == 0:
        return 0
    if a == DYNAMIC or b == DYNAMIC:
        return DYNAMIC
    return a * b


# ----------------------------------------------------------------- layout maps


def strided_linear_map(offset: int, strides: Sequence[int]) -> AF.AffineMap:
    """makeStridedLinearLayoutMap: `offset + sum(d_i * stride_i)`, one symbol per
    dynamic value (the offset's first)."""
    nsym = 0
    if offset == DYNAMIC:
        expr: AF.AffineExpr = AF.symbol(nsym)
        nsym += 1
    else:
        expr = AF.constant(offset)
    for i, s in enumerate(strides):
        if s == DYNAMIC:
            mult: AF.AffineExpr = AF.symbol(nsym)
            nsym += 1
        else:
            mult = AF.constant(s)
        expr = expr + AF.dim(i) * mult
    return AF.AffineMap(len(strides), nsym, [expr])


def layout_map(t: T.MemRefType) -> AF.AffineMap:
    """The affine map of a memref's layout (the identity for the default layout)."""
    layout = t.layout
    if layout is None:
        return AF.AffineMap.identity(len(t.shape))
    if isinstance(layout, A.StridedLayoutAttr):
        return strided_linear_map(layout.offset, layout.strides)
    if isinstance(layout, A.AffineMapAttr):
        return layout.value
    raise ValueError(f"unsupported memref layout {layout}")


def has_identity_layout(t: T.MemRefType) -> bool:
    """`getLayout().isIdentity()`: the layout's affine map is the identity."""
    if t.layout is None:
        return True
    try:
        return layout_map(t).is_identity()
    except ValueError:
        return False


def num_layout_symbols(t: T.MemRefType) -> int:
    """Symbols of the layout map, 0 for an identity layout."""
    if has_identity_layout(t):
        return 0
    return layout_map(t).num_symbols


# ----------------------------------------------------------------- strides and offset


def canonical_strides(shape: Sequence[int]) -> list[int]:
    """Row-major strides of a shape; a dynamic (or zero) size makes the strides of the
    dimensions before it dynamic (makeCanonicalStridedLayoutExpr)."""
    strides = [0] * len(shape)
    running = 1
    poisoned = False
    for i in range(len(shape) - 1, -1, -1):
        strides[i] = DYNAMIC if poisoned else running
        if shape[i] > 0:
            running *= shape[i]
        else:
            poisoned = True
    return strides


def canonical_strided_expr(shape: Sequence[int]) -> AF.AffineExpr:
    """makeCanonicalStridedLayoutExpr: the identity layout as a linear expression, a
    new symbol for every dynamic stride, simplified."""
    if not shape:
        return AF.constant(0)
    expr: AF.AffineExpr | None = None
    nsym = 0
    running = 1
    poisoned = False
    for i in range(len(shape) - 1, -1, -1):
        if poisoned:
            stride: AF.AffineExpr = AF.symbol(nsym)
            nsym += 1
        else:
            stride = AF.constant(running)
        term = AF.dim(i) * stride
        expr = term if expr is None else expr + term
        if shape[i] > 0:
            running *= shape[i]
        else:
            poisoned = True
    assert expr is not None
    return simplify_affine_expr(expr, len(shape), nsym)


def _extract(e: AF.AffineExpr, factor: AF.AffineExpr, strides: list, offset: list) -> bool:
    """Upstream's extractStrides: accumulate each dim's coefficient and the rest."""
    if isinstance(e, AF.AffineDimExpr):
        strides[e.position] = strides[e.position] + factor
        return True
    if isinstance(e, (AF.AffineSymbolExpr, AF.AffineConstantExpr)):
        offset[0] = offset[0] + e * factor
        return True
    assert isinstance(e, AF.AffineBinaryExpr)
    if e.kind is AF.ADD:
        return _extract(e.lhs, factor, strides, offset) and _extract(e.rhs, factor, strides, offset)
    if e.kind is AF.MUL:
        if isinstance(e.lhs, AF.AffineDimExpr):
            strides[e.lhs.position] = strides[e.lhs.position] + e.rhs * factor
            return True
        if e.lhs.is_symbolic_or_constant():
            return _extract(e.rhs, factor * e.lhs, strides, offset)
        return _extract(e.lhs, factor * e.rhs, strides, offset)
    return False


def _value(e: AF.AffineExpr) -> int:
    return e.value if isinstance(e, AF.AffineConstantExpr) else DYNAMIC


def strides_and_offset(t: T.Type) -> tuple[list[int], int] | None:
    """(strides, offset) of a ranked memref type, None when its layout is not strided."""
    if not isinstance(t, T.MemRefType):
        return None
    layout = t.layout
    if isinstance(layout, A.StridedLayoutAttr):
        return list(layout.strides), layout.offset
    if layout is None:
        return canonical_strides(t.shape), 0
    if not isinstance(layout, A.AffineMapAttr):
        return None
    m = layout.value
    if m.is_identity():
        return canonical_strides(t.shape), 0
    if len(m.results) != 1:
        return None
    zero = AF.constant(0)
    strides: list = [zero] * len(t.shape)
    offset = [zero]
    expr = simplify_affine_expr(m.results[0], m.num_dims, m.num_symbols)
    if not _extract(expr, AF.constant(1), strides, offset):
        return None
    nd, ns = m.num_dims, m.num_symbols
    return (
        [_value(simplify_affine_expr(s, nd, ns)) for s in strides],
        _value(simplify_affine_expr(offset[0], nd, ns)),
    )


def is_strided(t: T.Type) -> bool:
    """MemRefType::isStrided."""
    return strides_and_offset(t) is not None


def strided_layout(offset: int, strides: Sequence[int]) -> A.StridedLayoutAttr:
    """`strided<[...], offset: ...>`."""
    return A.StridedLayoutAttr(offset, tuple(strides))


def canonicalize_strided_layout(t: T.MemRefType) -> T.MemRefType:
    """MemRefType::canonicalizeStridedLayout: the identity layout when the layout is the
    canonical one of the shape, else the layout as a simplified affine map."""
    m = layout_map(t)
    if m.is_identity():
        return t
    if len(m.results) > 1:
        return t
    if m.num_dims == 0 and m.num_symbols == 0:
        r = m.results[0]
        if isinstance(r, AF.AffineConstantExpr) and r.value == 0:
            return T.MemRefType(t.shape, t.element_type, None, t.memory_space)
        return t
    if not t.shape:
        return t
    expr = canonical_strided_expr(t.shape)
    simplified = simplify_affine_expr(m.results[0], m.num_dims, m.num_symbols)
    if expr is not simplified:
        new_map = AF.AffineMap(m.num_dims, m.num_symbols, [simplified])
        return T.MemRefType(t.shape, t.element_type, A.AffineMapAttr(new_map), t.memory_space)
    return T.MemRefType(t.shape, t.element_type, None, t.memory_space)


def with_layout(t: T.MemRefType, layout: A.Attribute | None) -> T.MemRefType:
    """`t` with another layout."""
    return T.MemRefType(t.shape, t.element_type, layout, t.memory_space)


def with_shape(t: T.MemRefType, shape: Sequence[int], layout: A.Attribute | None) -> T.MemRefType:
    """`t` with another shape and layout."""
    return T.MemRefType(tuple(shape), t.element_type, layout, t.memory_space)


# ----------------------------------------------------------------- rank reduction


def rank_reduction_mask(original: Sequence[int], reduced: Sequence[int]) -> set[int] | None:
    """computeRankReductionMask: the dimensions of `original` dropped to get `reduced`
    (greedy, unit dimensions only), or None."""
    unused: set[int] = set()
    j = 0
    for i, size in enumerate(original):
        if j < len(reduced) and size == reduced[j]:
            j += 1
            continue
        unused.add(i)
        if size != 1:
            return None
    if j != len(reduced):
        return None
    return unused


def memref_rank_reduction_mask(
    original: T.MemRefType, reduced: T.MemRefType, sizes: Sequence[int]
) -> set[int] | None:
    """computeMemRefRankReductionMask: which dims of `original` are dropped, judged from
    the static unit `sizes` and, when ambiguous, from the strides."""
    rank = len(original.shape)
    if rank == len(reduced.shape):
        return set()
    unused = {i for i, s in enumerate(sizes) if s == 1}
    if len(unused) + len(reduced.shape) == rank:
        return unused
    so = strides_and_offset(original)
    sr = strides_and_offset(reduced)
    if so is None or sr is None:
        return None
    unaccounted: dict[int, int] = {}
    for s in so[0]:
        unaccounted[s] = unaccounted.get(s, 0) + 1
    candidate: dict[int, int] = {}
    for s in sr[0]:
        candidate[s] = candidate.get(s, 0) + 1
    for d in sorted(unused):
        stride = so[0][d]
        have, want = unaccounted.get(stride, 0), candidate.get(stride, 0)
        if have > want:
            unaccounted[stride] = have - 1
        elif have == want:
            unused.discard(d)
        else:
            return None
    if len(unused) + len(reduced.shape) != rank:
        return None
    return unused
