"""Integer arithmetic behind the index folders: each op is computed on unsigned bit
patterns at 64 and at 32 bits (the widths index may lower to), and folds only when both
agree in their low 32 bits (upstream's foldBinaryOpChecked); comparisons of a min/max
with a constant are decided by the min/max's value range (upstream's intrange)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from mliropt.ir import attributes as A
from mliropt.ir import types as T
from mliropt.ir.traits import ConstantLike

M64 = (1 << 64) - 1
M32 = (1 << 32) - 1


def signed(v: int, width: int) -> int:
    v &= (1 << width) - 1
    return v - (1 << width) if v >> (width - 1) else v


def int_value(attr: Any) -> int | None:
    return attr.value if isinstance(attr, A.IntegerAttr) else None


def fold_binary(operands: list, calc: Callable[[int, int, int], int | None]) -> list | None:
    """Fold with `calc(lhs, rhs, width)` (unsigned bit patterns) at 64 and 32 bits; the
    64-bit result when both agree on the low 32 bits (upstream's foldBinaryOpChecked)."""
    lhs, rhs = int_value(operands[0]), int_value(operands[1])
    if lhs is None or rhs is None:
        return None
    r64 = calc(lhs & M64, rhs & M64, 64)
    if r64 is None:
        return None
    r32 = calc(lhs & M32, rhs & M32, 32)
    if r32 is None or (r64 & M32) != (r32 & M32):
        return None
    return [A.IntegerAttr(T.index, r64)]


def sdiv(a: int, b: int, w: int) -> int:
    """APInt::sdiv: truncating signed division, wrapping on overflow."""
    sa, sb = signed(a, w), signed(b, w)
    q = abs(sa) // abs(sb)
    return (-q if (sa < 0) != (sb < 0) else q) & ((1 << w) - 1)


def srem(a: int, b: int, w: int) -> int:
    sa, sb = signed(a, w), signed(b, w)
    r = abs(sa) % abs(sb)
    return (-r if sa < 0 else r) & ((1 << w) - 1)


def divs(a: int, b: int, w: int) -> int | None:
    return None if b == 0 else sdiv(a, b, w)


def divu(a: int, b: int, w: int) -> int | None:
    return None if b == 0 else a // b


def ceildivs(n: int, m: int, w: int) -> int | None:
    # ceil(n / m): truncation when the signs differ, else `(n -/+ 1) / m + 1`.
    if m == 0:
        return None
    if n == 0:
        return 0
    mask = (1 << w) - 1
    m_pos = signed(m, w) > 0
    if (signed(n, w) > 0) != m_pos:
        return -sdiv(-n & mask, m, w) & mask
    x = -1 if m_pos else 1
    return (sdiv((n + x) & mask, m, w) + 1) & mask


def ceildivu(n: int, m: int, w: int) -> int | None:
    # ceil(n / m) = (n - 1) / m + 1 for n != 0.
    if m == 0:
        return None
    if n == 0:
        return 0
    return ((n - 1) // m + 1) & ((1 << w) - 1)


def floordivs(n: int, m: int, w: int) -> int | None:
    # floor(n / m): truncation when the signs agree, else `-1 - (x - n) / m`.
    if m == 0:
        return None
    if n == 0:
        return 0
    mask = (1 << w) - 1
    m_neg = signed(m, w) < 0
    if (signed(n, w) < 0) == m_neg:
        return sdiv(n, m, w)
    x = 1 if m_neg else -1
    return (-1 - signed(sdiv((x - n) & mask, m, w), w)) & mask


def rems(a: int, b: int, w: int) -> int | None:
    return None if b == 0 else srem(a, b, w)


def remu(a: int, b: int, w: int) -> int | None:
    return None if b == 0 else a % b


def shl(a: int, b: int, w: int) -> int | None:
    return None if b >= w else (a << b) & ((1 << w) - 1)


def shrs(a: int, b: int, w: int) -> int | None:
    return None if b >= w else (signed(a, w) >> b) & ((1 << w) - 1)


def shru(a: int, b: int, w: int) -> int | None:
    return None if b >= w else a >> b


def is_const(attr: Any, value: int) -> bool:
    return isinstance(attr, A.IntegerAttr) and attr.value == value


def compare(pred: str, a: int, b: int, w: int) -> bool:
    if pred in ("eq", "ne"):
        return (a == b) == (pred == "eq")
    if pred[0] == "s":
        a, b = signed(a, w), signed(b, w)
    rel = pred[1:]
    if rel == "lt":
        return a < b
    if rel == "le":
        return a <= b
    if rel == "gt":
        return a > b
    return a >= b


def constant_of(value: Any) -> Any:
    """The attribute of a value defined by a constant-like op (upstream's m_Constant)."""
    op = value.owner_op
    if op is None or ConstantLike not in op.traits or not hasattr(op, "fold"):
        return None
    folded = op.fold([None] * len(op.op_operands))
    return folded[0] if folded else None


class Range:
    """A ConstantIntRanges of `width`-bit values: signed and unsigned bounds."""

    def __init__(self, smin: int, smax: int, umin: int, umax: int) -> None:
        self.smin, self.smax, self.umin, self.umax = smin, smax, umin, umax

    @classmethod
    def from_signed(cls, smin: int, smax: int, w: int) -> Range:
        # The unsigned bounds are exact only when the range does not cross the sign change.
        if (smin < 0) == (smax < 0):
            return cls(smin, smax, smin & ((1 << w) - 1), smax & ((1 << w) - 1))
        return cls(smin, smax, 0, (1 << w) - 1)

    @classmethod
    def from_unsigned(cls, umin: int, umax: int, w: int) -> Range:
        if (umin >> (w - 1)) == (umax >> (w - 1)):
            return cls(signed(umin, w), signed(umax, w), umin, umax)
        return cls(-(1 << (w - 1)), (1 << (w - 1)) - 1, umin, umax)

    def constant(self) -> int | None:
        if self.umin == self.umax:
            return self.umin
        if self.smin == self.smax:
            return self.smin
        return None


INVERSE = {
    "eq": "ne",
    "ne": "eq",
    "slt": "sge",
    "sge": "slt",
    "sle": "sgt",
    "sgt": "sle",
    "ult": "uge",
    "uge": "ult",
    "ule": "ugt",
    "ugt": "ule",
}


def statically_true(pred: str, lhs: Range, rhs: Range, w: int) -> bool:
    """intrange's isStaticallyTrue: `pred` holds for every pair of values of the ranges."""
    if pred == "sle":
        return lhs.smax <= rhs.smin
    if pred == "slt":
        return lhs.smax < rhs.smin
    if pred == "ule":
        return lhs.umax <= rhs.umin
    if pred == "ult":
        return lhs.umax < rhs.umin
    if pred == "sge":
        return lhs.smin >= rhs.smax
    if pred == "sgt":
        return lhs.smin > rhs.smax
    if pred == "uge":
        return lhs.umin >= rhs.umax
    if pred == "ugt":
        return lhs.umin > rhs.umax
    if pred == "eq":
        a, b = lhs.constant(), rhs.constant()
        return a is not None and b is not None and (a - b) % (1 << w) == 0
    # ne: disjoint both as signed and as unsigned ranges.
    sne = statically_true("slt", lhs, rhs, w) or statically_true("sgt", lhs, rhs, w)
    une = statically_true("ult", lhs, rhs, w) or statically_true("ugt", lhs, rhs, w)
    return sne and une


def cmp_of_min_max(bound: str, cst_a: int, cst_b: int, w: int, pred: str) -> bool | None:
    """The value of `cmp(bound(x, cstA), cstB)` for every x, if there is one; `bound` is
    `mins`, `minu`, `maxs` or `maxu`."""
    smin, smax, umax = -(1 << (w - 1)), (1 << (w - 1)) - 1, (1 << w) - 1
    if bound == "mins":
        lhs = Range.from_signed(smin, signed(cst_a, w), w)
    elif bound == "minu":
        lhs = Range.from_unsigned(0, cst_a, w)
    elif bound == "maxs":
        lhs = Range.from_signed(signed(cst_a, w), smax, w)
    else:
        lhs = Range.from_unsigned(cst_a, umax, w)
    rhs = Range(signed(cst_b, w), signed(cst_b, w), cst_b, cst_b)
    if statically_true(pred, lhs, rhs, w):
        return True
    if statically_true(INVERSE[pred], lhs, rhs, w):
        return False
    return None
