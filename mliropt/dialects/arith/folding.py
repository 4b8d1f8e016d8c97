"""Constant-folding helpers of the arith dialect, after upstream's CommonFolders.h and
Matchers.h: element-wise folding of scalars, splats and dense elements, the constant
matchers (`m_Zero`, `m_One`, `m_NegZeroFloat`, ...), integers as two's-complement bit
vectors of their type's width (APInt), floats as bit patterns (mliropt.ir.apfloat).

A calculation returns the element result, or None to give up the whole fold (upstream's
conditional folders); folders that upstream guards with a flag (`div0`) pass a state list.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

from mliropt.ir import apfloat
from mliropt.ir import attributes as A
from mliropt.ir import types as T

# IndexType::kInternalStorageBitWidth: index constants fold as 64-bit integers.
INDEX_WIDTH = 64


def width_of(t: T.Type) -> int:
    """The bit width of an integer or index type (of a shaped type's elements)."""
    t = T.element_type_or_self(t)
    if isinstance(t, T.IntegerType):
        return t.width
    if isinstance(t, (T.IndexType,)):
        return INDEX_WIDTH
    return t.width  # type: ignore[attr-defined]


# ----------------------------------------------------------------- APInt on Python ints
# Values are unsigned bit patterns `0 <= v < 2**w`; `sv` reads one as signed.


def mask(w: int) -> int:
    """All ones of width `w`."""
    return (1 << w) - 1


def sv(v: int, w: int) -> int:
    """The signed value of the bit pattern `v` of width `w`."""
    v &= mask(w)
    return v - (1 << w) if w and v >> (w - 1) else v


def is_min_signed(v: int, w: int) -> bool:
    """APInt::isMinSignedValue."""
    return w > 0 and v & mask(w) == 1 << (w - 1)


def is_max_signed(v: int, w: int) -> bool:
    """APInt::isMaxSignedValue."""
    return w > 0 and v & mask(w) == mask(w - 1)


def sdiv(a: int, b: int, w: int) -> int:
    """Signed division rounding toward zero (APInt::sdiv)."""
    x, y = sv(a, w), sv(b, w)
    q = abs(x) // abs(y)
    return (-q if (x < 0) != (y < 0) else q) & mask(w)


def sdiv_ov(a: int, b: int, w: int) -> tuple[int, bool]:
    """APInt::sdiv_ov: the quotient, and whether it overflowed (MIN / -1)."""
    return sdiv(a, b, w), is_min_signed(a, w) and b & mask(w) == mask(w)


def srem(a: int, b: int, w: int) -> int:
    """Signed remainder with the dividend's sign (APInt::srem)."""
    x, y = sv(a, w), sv(b, w)
    r = abs(x) % abs(y)
    return (-r if x < 0 else r) & mask(w)


def sadd_ov(a: int, b: int, w: int) -> tuple[int, bool]:
    """APInt::sadd_ov."""
    r = sv(a, w) + sv(b, w)
    return r & mask(w), not -(1 << (w - 1)) <= r < 1 << (w - 1)


def ssub_ov(a: int, b: int, w: int) -> tuple[int, bool]:
    """APInt::ssub_ov."""
    r = sv(a, w) - sv(b, w)
    return r & mask(w), not -(1 << (w - 1)) <= r < 1 << (w - 1)


def shl(a: int, b: int, w: int) -> int:
    """APInt::shl: zero when shifting by the width or more."""
    return (a << b) & mask(w) if b < w else 0


def lshr(a: int, b: int, w: int) -> int:
    """APInt::lshr."""
    return a >> b if b < w else 0


def ashr(a: int, b: int, w: int) -> int:
    """APInt::ashr: copies of the sign bit fill the top."""
    return (sv(a, w) >> min(b, w)) & mask(w)


# ----------------------------------------------------------------- attribute values


def int_value(attr: A.Attribute) -> int:
    """The unsigned bit pattern of an IntegerAttr."""
    return attr.value & mask(width_of(attr.type))  # type: ignore[attr-defined]


def make_int(t: T.Type, v: int) -> A.IntegerAttr:
    """An IntegerAttr of type `t` from a bit pattern (wrapped to the width)."""
    return A.IntegerAttr(t, v)


def _element_values(attr: A.DenseElementsAttr, is_float: bool) -> tuple | None:
    """The elements as bit patterns (ints unsigned), or None when of another kind."""
    et = attr.type.element_type
    if is_float:
        return attr.elements() if isinstance(et, T.FloatType) else None
    if not isinstance(et, (T.IntegerType, T.IndexType)):
        return None
    m = mask(width_of(et))
    return tuple(int(v) & m for v in attr.elements())


def _splat_value(attr: A.DenseElementsAttr, is_float: bool) -> Any:
    et = attr.type.element_type
    v = attr.values[0]
    if is_float:
        return v if isinstance(et, T.FloatType) else None
    if not isinstance(et, (T.IntegerType, T.IndexType)):
        return None
    return int(v) & mask(width_of(et))


def _is_splat(attr: Any) -> bool:
    return isinstance(attr, A.DenseElementsAttr) and attr.splat


def _scalar_cls(is_float: bool) -> type[A.FloatAttr] | type[A.IntegerAttr]:
    return A.FloatAttr if is_float else A.IntegerAttr


def _scalar_value(attr: Any, is_float: bool) -> int:
    return attr.bits if is_float else int_value(attr)


def scalar(t: T.Type, v: Any) -> A.Attribute:
    """A scalar attribute of type `t` holding the bit pattern `v` (float or integer)."""
    if isinstance(t, T.FloatType):
        return A.FloatAttr(t, v)
    return A.IntegerAttr(t, v)


def dense(t: T.Type, values: list | tuple) -> A.DenseElementsAttr:
    """A DenseElementsAttr of shaped type `t` from bit patterns (ints are normalised)."""
    et = t.element_type  # type: ignore[attr-defined]
    if et is T.i1:
        values = tuple(int(v) & 1 for v in values)  # as the parser stores `true`/`false`
    elif isinstance(et, (T.IntegerType, T.IndexType)):
        values = tuple(A.IntegerAttr(et, v).value for v in values)
    return A.DenseElementsAttr(t, tuple(values))  # type: ignore[arg-type]


def attr_type(attr: Any) -> T.Type | None:
    """The type of a typed attribute, or None."""
    return attr.type if isinstance(attr, A.TypedAttr) else None


# ----------------------------------------------------------------- folders (CommonFolders.h)

Calc = Callable[..., Any]


_POISON: list[type] = []  # ub's PoisonAttr, imported on first use


def is_poison(attr: Any) -> bool:
    """Whether a constant operand is `#ub.poison`."""
    if attr is None:
        return False
    if not _POISON:
        from mliropt.dialects.ub import PoisonAttr

        _POISON.append(PoisonAttr)
    return isinstance(attr, _POISON[0])


def fold_binary(
    operands: list,
    calc: Calc,
    is_float: bool = False,
    result_type: T.Type | None = None,
    poison: bool = True,
) -> Any:
    """constFoldBinaryOp: `calc(a, b, w)` per element (w: the operands' element width).

    With `poison` (upstream's default PoisonAttr = ub::PoisonAttr), a poison operand is
    the result, whatever the other operand is."""
    lhs, rhs = operands
    if lhs is None or rhs is None:
        # A non-constant operand (the common case): only the other can be poison.
        other = rhs if lhs is None else lhs
        return other if poison and other is not None and is_poison(other) else None
    if poison:
        for operand in operands:
            if is_poison(operand):
                return operand
    if result_type is None:
        result_type = attr_type(lhs)
        if result_type is None:
            return None
    cls = _scalar_cls(is_float)
    if isinstance(lhs, cls) and isinstance(rhs, cls):
        if lhs.type is not rhs.type:
            return None
        w = _width_or_kind(lhs.type, is_float)
        r = calc(_scalar_value(lhs, is_float), _scalar_value(rhs, is_float), w)
        return None if r is None else scalar(result_type, r)
    if not isinstance(lhs, A.DenseElementsAttr) or not isinstance(rhs, A.DenseElementsAttr):
        return None
    if lhs.type is not rhs.type:
        return None
    w = _width_or_kind(lhs.type, is_float)
    if lhs.splat and rhs.splat:
        a, b = _splat_value(lhs, is_float), _splat_value(rhs, is_float)
        if a is None or b is None:
            return None
        r = calc(a, b, w)
        return None if r is None else dense(result_type, (r,))
    xs, ys = _element_values(lhs, is_float), _element_values(rhs, is_float)
    if xs is None or ys is None:
        return None
    out = []
    for a, b in zip(xs, ys):
        r = calc(a, b, w)
        if r is None:
            return None
        out.append(r)
    return dense(result_type, out)


def fold_unary(operands: list, calc: Calc, is_float: bool = False) -> Any:
    """constFoldUnaryOp: `calc(a, w)` per element, same result type; poison stays poison."""
    (operand,) = operands
    if operand is None or is_poison(operand):
        return operand
    cls = _scalar_cls(is_float)
    if isinstance(operand, cls):
        r = calc(_scalar_value(operand, is_float), _width_or_kind(operand.type, is_float))
        return None if r is None else scalar(operand.type, r)
    if not isinstance(operand, A.DenseElementsAttr):
        return None
    w = _width_or_kind(operand.type, is_float)
    if operand.splat:
        a = _splat_value(operand, is_float)
        if a is None:
            return None
        r = calc(a, w)
        return None if r is None else dense(operand.type, (r,))
    xs = _element_values(operand, is_float)
    if xs is None:
        return None
    out = []
    for a in xs:
        r = calc(a, w)
        if r is None:
            return None
        out.append(r)
    return dense(operand.type, out)


def fold_cast(operands: list, result_type: T.Type, calc: Calc, from_float: bool) -> Any:
    """constFoldCastOp: `calc(a, w_or_kind)` per element, None is a failed cast; poison
    stays poison."""
    (operand,) = operands
    if operand is None or is_poison(operand):
        return operand
    res_et = T.element_type_or_self(result_type)
    cls = _scalar_cls(from_float)
    if isinstance(operand, cls):
        r = calc(_scalar_value(operand, from_float), _width_or_kind(operand.type, from_float))
        return (
            None
            if r is None
            else scalar(res_et if not isinstance(result_type, T.ShapedType) else result_type, r)
        )
    if not isinstance(operand, A.DenseElementsAttr) or not isinstance(result_type, T.ShapedType):
        return None
    w = _width_or_kind(operand.type, from_float)
    if operand.splat:
        a = _splat_value(operand, from_float)
        if a is None:
            return None
        r = calc(a, w)
        return None if r is None else dense(result_type, (r,))
    xs = _element_values(operand, from_float)
    if xs is None:
        return None
    out = []
    for a in xs:
        r = calc(a, w)
        if r is None:
            return None
        out.append(r)
    return dense(result_type, out)


def _width_or_kind(t: T.Type, is_float: bool) -> Any:
    et = T.element_type_or_self(t)
    if is_float:
        return et.kind if isinstance(et, T.FloatType) else None  # type: ignore[attr-defined]
    return width_of(et)


# ----------------------------------------------------------------- matchers (Matchers.h)


def const_int(attr: Any) -> tuple[int, int] | None:
    """m_ConstantInt: (bit pattern, width) of an integer or integer splat attribute."""
    if attr is None:
        return None
    if isinstance(attr, A.IntegerAttr):
        return int_value(attr), width_of(attr.type)
    if _is_splat(attr):
        et = attr.type.element_type
        if isinstance(et, (T.IntegerType, T.IndexType)):
            w = width_of(et)
            return int(attr.values[0]) & mask(w), w
    return None


def const_float(attr: Any) -> tuple[int, str] | None:
    """(bit pattern, kind) of a float or float splat attribute."""
    if attr is None:
        return None
    if isinstance(attr, A.FloatAttr):
        return attr.bits, attr.type.kind
    if _is_splat(attr):
        et = attr.type.element_type
        if isinstance(et, T.FloatType):
            return attr.values[0], et.kind
    return None


def m_zero(attr: Any) -> bool:
    """An integer zero (or a splat of it)."""
    if attr is None:  # not a constant (the common case)
        return False
    c = const_int(attr)
    return c is not None and c[0] == 0


def m_one(attr: Any) -> bool:
    """An integer one."""
    if attr is None:  # not a constant (the common case)
        return False
    c = const_int(attr)
    return c is not None and c[0] == 1


def m_all_ones(attr: Any) -> bool:
    """An integer with every bit set."""
    if attr is None:  # not a constant (the common case)
        return False
    c = const_int(attr)
    return c is not None and c[0] == mask(c[1])


def _float_pred(attr: Any, pred: Callable[[str, int], bool]) -> bool:
    c = const_float(attr)
    return c is not None and pred(c[1], c[0])


def m_pos_zero_float(attr: Any) -> bool:
    """+0.0."""
    if attr is None:  # not a constant (the common case)
        return False
    return _float_pred(attr, lambda k, b: apfloat.is_zero(k, b) and not apfloat.is_negative(k, b))


def m_neg_zero_float(attr: Any) -> bool:
    """-0.0."""
    if attr is None:  # not a constant (the common case)
        return False
    return _float_pred(attr, lambda k, b: apfloat.is_zero(k, b) and apfloat.is_negative(k, b))


def m_any_zero_float(attr: Any) -> bool:
    """+0.0 or -0.0."""
    if attr is None:  # not a constant (the common case)
        return False
    return _float_pred(attr, apfloat.is_zero)


def m_one_float(attr: Any) -> bool:
    """Exactly 1.0."""
    if attr is None:  # not a constant (the common case)
        return False
    return _float_pred(attr, lambda k, b: b == _float_one(k))


@functools.cache
def _float_one(kind: str) -> int:
    # The bit pattern of 1.0 in a float kind (made once per kind).
    return apfloat.from_int(kind, 1)


def m_nan_float(attr: Any) -> bool:
    """Any NaN."""
    if attr is None:  # not a constant (the common case)
        return False
    return _float_pred(attr, apfloat.is_nan)


def m_pos_inf_float(attr: Any) -> bool:
    """+inf."""
    if attr is None:  # not a constant (the common case)
        return False
    return _float_pred(attr, lambda k, b: apfloat.is_inf(k, b) and not apfloat.is_negative(k, b))


def m_neg_inf_float(attr: Any) -> bool:
    """-inf."""
    if attr is None:  # not a constant (the common case)
        return False
    return _float_pred(attr, lambda k, b: apfloat.is_inf(k, b) and apfloat.is_negative(k, b))


# ----------------------------------------------------------------- builders


def zero_attr(t: T.Type) -> A.Attribute | None:
    """Builder::getZeroAttr; None for a dynamically shaped type."""
    if isinstance(t, T.FloatType):
        return A.FloatAttr(t, 0)
    if isinstance(t, (T.IntegerType, T.IndexType)):
        return A.IntegerAttr(t, 0)
    if isinstance(t, (T.VectorType, T.RankedTensorType)) and t.has_static_shape:
        et = t.element_type
        if isinstance(et, (T.FloatType, T.IntegerType, T.IndexType)):
            return A.DenseElementsAttr(t, (0,))
    return None


def bool_attr(t: T.Type, value: bool) -> A.Attribute | None:
    """getBoolAttribute: i1, or a splat of it for a statically shaped type."""
    if isinstance(t, T.ShapedType):
        if not t.has_rank or not t.has_static_shape:
            return None
        return A.DenseElementsAttr(t, (int(value),))
    return A.BoolAttr(value)


def i1_same_shape(t: T.Type) -> T.Type:
    """getI1SameShape: i1 with the shape of `t`."""
    if isinstance(t, T.VectorType):
        return T.VectorType(t.shape, T.i1, t.scalable)
    if isinstance(t, T.RankedTensorType):
        return T.RankedTensorType(t.shape, T.i1, t.encoding)
    if isinstance(t, T.UnrankedTensorType):
        return T.UnrankedTensorType(T.i1)
    if isinstance(t, T.MemRefType):
        return T.MemRefType(t.shape, T.i1, t.layout, t.memory_space)
    if isinstance(t, T.UnrankedMemRefType):
        return T.UnrankedMemRefType(T.i1, t.memory_space)
    return T.i1


def defining_op(value: Any) -> Any:
    """The op defining `value`, or None for a block argument."""
    return value.owner_op
