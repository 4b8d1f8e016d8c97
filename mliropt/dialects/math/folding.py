"""Constant folders of the math dialect, bit-exact with upstream MLIR 22.

Upstream folds transcendental functions by calling the host C library (`sinf` for f32,
`sin` for f64) and leaves every other float type unfolded; rounding, `absf` and
`copysign` are exact APFloat operations on any float type; integer ops work on the
value's bits at the type's width (64 for `index`). A folder here takes the operands'
constant attributes and the result type and returns the folded attribute or None;
vectors and tensors fold element by element (all elements must fold).
"""

from __future__ import annotations

import struct
from collections.abc import Callable
from typing import Any

from mliropt.ir import apfloat
from mliropt.ir import attributes as A
from mliropt.ir import types as T

# ----------------------------------------------------------------------------- libm

_LIBM: Any = None


def _libm() -> Any:
    global _LIBM
    if _LIBM is None:
        import ctypes  # only when a math op folds (importing it costs 5 ms at start)

        try:
            _LIBM = ctypes.CDLL("libm.so.6")
        except OSError:
            import ctypes.util

            _LIBM = ctypes.CDLL(ctypes.util.find_library("m") or "libm.so.6")
    return _LIBM


_CFUNCS: dict[tuple[str, int, int], Any] = {}


def _cfunc(name: str, width: int, arity: int) -> Any:
    """The libm function `name` (`namef` for 32-bit floats) with C float/double types."""
    key = (name, width, arity)
    fn = _CFUNCS.get(key)
    if fn is None:
        import ctypes

        ctype = ctypes.c_double if width == 64 else ctypes.c_float
        fn = getattr(_libm(), name if width == 64 else name + "f")
        fn.restype = ctype
        fn.argtypes = [ctype] * arity
        _CFUNCS[key] = fn
    return fn


def _to_host(bits: int, width: int) -> float:
    if width == 64:
        return struct.unpack("<d", bits.to_bytes(8, "little"))[0]
    return struct.unpack("<f", bits.to_bytes(4, "little"))[0]


def _from_host(value: float, width: int) -> int:
    if width == 64:
        return int.from_bytes(struct.pack("<d", value), "little")
    return int.from_bytes(struct.pack("<f", value), "little")


def _host_width(kind: str) -> int | None:
    """64 or 32 for the float kinds upstream folds with the C library, else None."""
    if kind == "f64":
        return 64
    if kind == "f32":
        return 32
    return None


# ----------------------------------------------------------------------------- element-wise drivers


def _map_elements(
    attr: Any, result_type: Any, fn: Callable[[Any], Any], make: Callable[[Any], Any]
) -> Any:
    """Apply `fn` to a scalar constant or to each element of a dense constant.

    `fn(value)` returns the new element (bits or int) or None to refuse the fold;
    `make(element_type)` gives the scalar attribute constructor of the result."""
    if isinstance(attr, (A.FloatAttr, A.IntegerAttr)):
        out = fn(attr)
        return None if out is None else make(result_type)(out)
    if isinstance(attr, A.DenseElementsAttr) and isinstance(result_type, T.ShapedType):
        et = attr.type.element_type
        results = []
        for v in attr.values:  # one value when splat
            scalar = A.FloatAttr(et, v) if isinstance(et, T.FloatType) else A.IntegerAttr(et, v)
            out = fn(scalar)
            if out is None:
                return None
            results.append(out)
        return A.DenseElementsAttr(
            result_type, tuple(_dense_value(result_type, v) for v in results)
        )
    return None


def _dense_value(shaped: Any, v: Any) -> Any:
    """An element as DenseElementsAttr stores it: float bits, i1 as 0/1, other integers
    as the element type reads them."""
    et = shaped.element_type
    if isinstance(et, T.FloatType):
        return v
    if et is T.i1:
        return v & 1
    return A.IntegerAttr(et, v).value


def _float_result(t: Any) -> Callable[[int], A.Attribute]:
    et = t.element_type if isinstance(t, T.ShapedType) else t
    return lambda bits: A.FloatAttr(et, bits)


def _int_result(t: Any) -> Callable[[int], A.Attribute]:
    et = t.element_type if isinstance(t, T.ShapedType) else t
    return lambda v: A.IntegerAttr(et, v)


def _unary_float(fn: Callable[[str, int], int | None]) -> Callable[[list, Any], Any]:
    """A folder applying `fn(kind, bits)` to a float constant."""

    def folder(operands: list, result_type: Any) -> Any:
        attr = operands[0]
        if attr is None:
            return None

        def elem(a: Any) -> int | None:
            if not isinstance(a, A.FloatAttr):
                return None
            return fn(a.type.kind, a.bits)

        return _map_elements(attr, result_type, elem, _float_result)

    return folder


def _binary_float(fn: Callable[[str, int, int], int | None]) -> Callable[[list, Any], Any]:
    """A folder applying `fn(kind, a, b)` to two float constants of one shape."""

    def folder(operands: list, result_type: Any) -> Any:
        lhs, rhs = operands[0], operands[1]
        if lhs is None or rhs is None:
            return None
        if isinstance(lhs, A.FloatAttr) and isinstance(rhs, A.FloatAttr):
            if lhs.type is not rhs.type:
                return None
            out = fn(lhs.type.kind, lhs.bits, rhs.bits)
            return None if out is None else A.FloatAttr(lhs.type, out)
        if not (isinstance(lhs, A.DenseElementsAttr) and isinstance(rhs, A.DenseElementsAttr)):
            return None
        if lhs.type is not rhs.type or not isinstance(lhs.type.element_type, T.FloatType):
            return None
        kind = lhs.type.element_type.kind
        if lhs.splat and rhs.splat:
            pairs = [(lhs.values[0], rhs.values[0])]
        else:
            pairs = list(zip(lhs.elements(), rhs.elements()))
        results = []
        for a, b in pairs:
            out = fn(kind, a, b)
            if out is None:
                return None
            results.append(out)
        return A.DenseElementsAttr(result_type, tuple(results))

    return folder


# ----------------------------------------------------------------------------- float folders


def _no_negative(kind: str, bits: int) -> bool:
    # log, log2, log10 and sqrt leave negative operands (even -0 and -NaN) unfolded.
    return not apfloat.is_negative(kind, bits)


def _no_negative_plus_one(kind: str, bits: int) -> bool:
    # log1p leaves x unfolded when x + 1 is negative.
    return not apfloat.is_negative(kind, apfloat.add(kind, bits, apfloat.from_int(kind, 1)))


_GUARDS: dict[str, Callable[[str, int], bool]] = {
    "log": _no_negative,
    "log2": _no_negative,
    "log10": _no_negative,
    "sqrt": _no_negative,
    "log1p": _no_negative_plus_one,
}


def libm_unary(name: str) -> Callable[[list, Any], Any]:
    """Fold with the C library's `name`/`namef` on f64/f32 only."""
    guard = _GUARDS.get(name)

    def fn(kind: str, bits: int) -> int | None:
        width = _host_width(kind)
        if width is None or (guard is not None and not guard(kind, bits)):
            return None
        return _from_host(_cfunc(name, width, 1)(_to_host(bits, width)), width)

    return _unary_float(fn)


def libm_binary(name: str) -> Callable[[list, Any], Any]:
    """Fold with the C library's two-argument `name`/`namef` on f64/f32."""

    def fn(kind: str, a: int, b: int) -> int | None:
        # atan2(0, 0) folds to the default NaN, on every float type.
        if name == "atan2" and apfloat.is_zero(kind, a) and apfloat.is_zero(kind, b):
            return apfloat.default_nan(kind)
        width = _host_width(kind)
        if width is None:
            return None
        cfn = _cfunc(name, width, 2)
        return _from_host(cfn(_to_host(a, width), _to_host(b, width)), width)

    return _binary_float(fn)


_ROUNDING = {
    "ceil": "upward",
    "floor": "downward",
    "trunc": "toward_zero",
    "round": "to_nearest_away",
    "roundeven": "to_nearest_even",
}
# Upstream folds these two through the C library, so on f32/f64 only.
_HOST_ROUNDING = ("trunc", "round")


def _round_to_integral(kind: str, bits: int, mode: str) -> int:
    """APFloat::roundToIntegral: NaN and infinities unchanged (NaN quieted), signed zeros kept."""
    if apfloat.is_nan(kind, bits):
        return apfloat.add(kind, bits, bits)  # the NaN, made quiet
    if apfloat.is_inf(kind, bits) or apfloat.is_zero(kind, bits):
        return bits
    from fractions import Fraction  # (imported when used: 2 ms at start)

    value = apfloat.to_fraction(kind, bits)
    assert isinstance(value, Fraction)  # a finite value (the specials returned above)
    floor = value.numerator // value.denominator
    frac = value - floor
    if mode == "downward":
        n = floor
    elif mode == "upward":
        n = floor if frac == 0 else floor + 1
    elif mode == "toward_zero":
        n = floor if value >= 0 or frac == 0 else floor + 1
    elif mode == "to_nearest_away":
        if frac * 2 == 1:
            n = floor + 1 if value > 0 else floor
        else:
            n = floor + 1 if frac * 2 > 1 else floor
    else:
        if frac * 2 == 1:
            n = floor + (floor & 1)
        else:
            n = floor + 1 if frac * 2 > 1 else floor
    if n == 0:
        return (
            apfloat.neg(kind, apfloat.from_int(kind, 0)) if value < 0 else apfloat.from_int(kind, 0)
        )
    return apfloat.from_int(kind, n)


def rounding(op: str) -> Callable[[list, Any], Any]:
    """ceil/floor/roundeven: exact on every float type; trunc/round: on f32/f64."""
    mode = _ROUNDING[op]
    host_only = op in _HOST_ROUNDING

    def fn(kind: str, bits: int) -> int | None:
        if host_only and _host_width(kind) is None:
            return None
        return _round_to_integral(kind, bits, mode)

    return _unary_float(fn)


fold_absf = _unary_float(lambda kind, bits: apfloat.abs(kind, bits))


def _copysign(kind: str, a: int, b: int) -> int:
    a_neg = apfloat.is_negative(kind, a)
    return a if a_neg == apfloat.is_negative(kind, b) else apfloat.neg(kind, a)


fold_copysign = _binary_float(_copysign)


_CLASSIFY: dict[str, Callable[[str, int], bool]] = {
    "isnan": apfloat.is_nan,
    "isinf": apfloat.is_inf,
    "isfinite": lambda k, b: not apfloat.is_nan(k, b) and not apfloat.is_inf(k, b),
    "isnormal": lambda k, b: _is_normal(k, b),
}


def _is_normal(kind: str, bits: int) -> bool:
    if apfloat.is_nan(kind, bits) or apfloat.is_inf(kind, bits) or apfloat.is_zero(kind, bits):
        return False
    from fractions import Fraction

    value = apfloat.to_fraction(kind, bits)
    assert isinstance(value, Fraction)  # a finite value (the specials returned above)
    return abs(value) >= Fraction(2) ** apfloat.SEMANTICS[kind].min_exponent


def classification(op: str) -> Callable[[list, Any], Any]:
    """isnan/isinf/isfinite/isnormal of a float constant, as an i1 constant."""
    test = _CLASSIFY[op]

    def folder(operands: list, result_type: Any) -> Any:
        attr = operands[0]
        if isinstance(attr, A.FloatAttr):
            return A.BoolAttr(test(attr.type.kind, attr.bits))
        # Of a dense constant, only a splat folds.
        if (
            isinstance(attr, A.DenseElementsAttr)
            and attr.splat
            and isinstance(result_type, T.ShapedType)
        ):
            et = attr.type.element_type
            if isinstance(et, T.FloatType):
                return A.DenseElementsAttr(result_type, (int(test(et.kind, attr.values[0])),))
        return None

    return folder


# ----------------------------------------------------------------------------- integer folders


def _width(t: Any) -> int:
    return 64 if isinstance(t, T.IndexType) else t.width


def _unary_int(fn: Callable[[int, int], int | None]) -> Callable[[list, Any], Any]:
    """A folder applying `fn(unsigned bits, width)` to an integer constant."""

    def folder(operands: list, result_type: Any) -> Any:
        attr = operands[0]
        if attr is None:
            return None

        def elem(a: Any) -> int | None:
            if not isinstance(a, A.IntegerAttr):
                return None
            w = _width(a.type)
            return fn(a.value & ((1 << w) - 1), w)

        return _map_elements(attr, result_type, elem, _int_result)

    return folder


def _absi(v: int, w: int) -> int:
    # APInt::abs: the minimum signed value stays itself.
    return ((1 << w) - v) & ((1 << w) - 1) if v >> (w - 1) else v


fold_absi = _unary_int(_absi)
fold_ctlz = _unary_int(lambda v, w: w - v.bit_length())
fold_cttz = _unary_int(lambda v, w: w if v == 0 else (v & -v).bit_length() - 1)
fold_ctpop = _unary_int(lambda v, w: bin(v).count("1"))


def _ipowi(base: int, power: int, w: int) -> int | None:
    """Signed integer power, wrapping at the width; 0 to a negative power does not fold."""
    mask = (1 << w) - 1
    neg_power = w > 0 and power >> (w - 1)
    if power == 0:
        return 1 & mask
    if neg_power:
        one, minus_one = 1 & mask, mask
        if base == 0:
            return None
        if base == one:
            return one
        if base != minus_one:
            return 0
        return minus_one if power & 1 else one
    return pow(base, power, 1 << w)


def fold_ipowi(operands: list, result_type: Any) -> Any:
    """ipowi(base, power) on constants."""
    lhs, rhs = operands[0], operands[1]
    if isinstance(lhs, A.IntegerAttr) and isinstance(rhs, A.IntegerAttr):
        w = _width(lhs.type)
        mask = (1 << w) - 1
        out = _ipowi(lhs.value & mask, rhs.value & mask, w)
        return None if out is None else A.IntegerAttr(lhs.type, out)
    if isinstance(lhs, A.DenseElementsAttr) and isinstance(rhs, A.DenseElementsAttr):
        if lhs.type is not rhs.type:
            return None
        w = _width(lhs.type.element_type)
        mask = (1 << w) - 1
        pairs = (
            [(lhs.values[0], rhs.values[0])]
            if lhs.splat and rhs.splat
            else list(zip(lhs.elements(), rhs.elements()))
        )
        results = []
        for a, b in pairs:
            out = _ipowi(a & mask, b & mask, w)
            if out is None:
                return None
            results.append(out)
        return A.DenseElementsAttr(
            result_type, tuple(_dense_value(result_type, v) for v in results)
        )
    return None
