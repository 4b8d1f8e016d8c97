"""Constant bounds, trip counts and speculatability used by scf verifiers and patterns."""

from __future__ import annotations

from typing import Any

from mliropt.ir import attributes as A
from mliropt.ir import types as T
from mliropt.ir.operation import Operation, Value


def constant_attr(value: Any) -> Any:
    """The constant attribute behind a Value (an Attribute passes through), or None."""
    if isinstance(value, A.Attribute):
        return value
    from mliropt.rewrite.folding import constant_value

    owner = getattr(value, "owner", None)
    return constant_value(owner) if isinstance(owner, Operation) else None


def constant_int(value: Any) -> int | None:
    """The integer a Value (or IntegerAttr) is known to hold, or None."""
    attr = constant_attr(value)
    if isinstance(attr, A.IntegerAttr) and isinstance(attr.type, (T.IntegerType, T.IndexType)):
        return attr.value
    return None


def _width(value: Any) -> int:
    t = value.type if isinstance(value, (Value, A.IntegerAttr)) else T.index
    return t.width if isinstance(t, T.IntegerType) else 64


def _as(v: int, width: int, signed: bool) -> int:
    mask = (1 << width) - 1
    v &= mask
    if signed and v >> (width - 1):
        v -= 1 << width
    return v


def constant_trip_count(lb: Any, ub: Any, step: Any, signed: bool = True) -> int | None:
    """Upstream's constantTripCount: the iterations of `for i = lb to ub step s` when
    known (0 when ub <= lb), None otherwise; bounds compare signed unless `signed` is
    False, the distance is computed at the bounds' width."""
    if lb is ub and isinstance(lb, Value):
        return 0
    lo, hi, st = constant_int(lb), constant_int(ub), constant_int(step)
    if lo is None or hi is None:
        return None
    width = _width(lb)
    lo, hi = _as(lo, width, signed), _as(hi, width, signed)
    if hi <= lo:
        return 0
    if st is None:
        return None
    st = _as(st, width, signed)
    if st <= 0:
        return None
    return -(-(hi - lo) // st)
