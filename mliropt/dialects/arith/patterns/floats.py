"""Canonicalization patterns of arith's float ops: products and quotients of negations,
and float comparisons of converted integers with a constant (upstream's CmpFIntToFPConst,
itself InstCombine's foldFCmpIntToFPConst), one rewrite each."""

from __future__ import annotations

from typing import Any

from mliropt.dialects.arith.patterns.common import ArithPattern, constant, defining, same_type
from mliropt.dialects.arith.patterns.integer import drr_loc
from mliropt.ir import apfloat
from mliropt.ir import attributes as A
from mliropt.ir import types as T
from mliropt.rewrite.pattern import PatternRewriter


class _OfNegF(ArithPattern):
    """Base of op(negf(x), negf(y)) -> op(x, y): the two signs cancel."""

    benefit = 3

    def match_and_rewrite(self, op: Any, rw: PatternRewriter) -> bool:
        a, b = defining(op.lhs, "arith.negf"), defining(op.rhs, "arith.negf")
        if a is None or b is None or not same_type(a.operand_, b.operand_):
            return False
        loc = drr_loc(3, op, a, b)
        return self.replace(
            rw,
            op,
            [
                self.create(
                    rw,
                    op.name,
                    [a.operand_, b.operand_],
                    [op.result.type],
                    loc,
                    {"fastmath": op.properties["fastmath"]},
                )
            ],
        )


class MulFOfNegF(_OfNegF):
    """mulf(negf(x), negf(y)) -> mulf(x, y)."""

    root = "arith.mulf"


class DivFOfNegF(_OfNegF):
    """divf(negf(x), negf(y)) -> divf(x, y)."""

    root = "arith.divf"


# ----------------------------------------------------------------- cmpf of int-to-float

# cmpf predicate -> (cmpi predicate when signed, when unsigned); eq/ne and the orders.
_TO_CMPI = {
    1: (0, 0),
    8: (0, 0),  # oeq, ueq -> eq
    2: (4, 8),
    9: (4, 8),  # ogt, ugt -> sgt / ugt
    3: (5, 9),
    10: (5, 9),  # oge, uge -> sge / uge
    4: (2, 6),
    11: (2, 6),  # olt, ult -> slt / ult
    5: (3, 7),
    12: (3, 7),  # ole, ule -> sle / ule
    6: (1, 1),
    13: (1, 1),  # one, une -> ne
}
EQ, NE, SLT, SLE, SGT, SGE, ULT, ULE, UGT, UGE = range(10)
_ORD, _UNO = 7, 14
_IEK_INF = 2**31 - 1


def _ilogb(kind: str, bits: int) -> int:
    """APFloat's ilogb: the unbiased exponent of a finite non-zero value."""
    cat, _, sig, exp = apfloat._decode(apfloat._sem(kind), bits)
    if cat == "inf":
        return _IEK_INF
    if cat != "normal":
        return -(2**31) + 1  # IEK_Zero / IEK_NaN: below any exponent
    return exp + sig.bit_length() - 1


def _less(kind: str, a: int, b: int) -> bool:
    return apfloat.compare(kind, a, b) == "lt"


class CmpFIntToFPConst(ArithPattern):
    """cmpf(pred, [su]itofp(x), c) -> cmpi(pred', x, int(c)), or a constant, when the
    conversion of x cannot change the comparison's outcome."""

    root = "arith.cmpf"

    def match_and_rewrite(self, op: Any, rw: PatternRewriter) -> bool:
        flt = constant(op.rhs)
        if not isinstance(flt, A.FloatAttr):
            return False
        kind, rhs = flt.type.kind, flt.bits
        if apfloat.is_nan(kind, rhs):
            return False
        sem = apfloat.SEMANTICS[kind]
        mantissa = sem.precision
        conv = op.lhs.owner_op
        if conv is None or conv.name not in ("arith.sitofp", "arith.uitofp"):
            return False
        unsigned = conv.name == "arith.uitofp"
        x = conv.in_
        if not isinstance(x.type, T.IntegerType):
            return False
        width = x.type.width
        value_bits = width if unsigned else width - 1
        if width > mantissa:
            # The conversion rounds: give up when that can change the comparison.
            e = _ilogb(kind, rhs)
            if e == _IEK_INF:
                if sem.max_exponent < value_bits:
                    return False
            elif mantissa <= e <= value_bits:
                return False
        pred = op.properties["predicate"].value
        if pred == _ORD:
            return self._bool(rw, op, True)  # converted integers are never NaN
        if pred == _UNO:
            return self._bool(rw, op, False)
        if pred not in _TO_CMPI:
            return False  # false/true: upstream's conversion has no case for them
        ipred = _TO_CMPI[pred][unsigned]
        lo, hi = (
            (0, (1 << width) - 1) if unsigned else (-(1 << (width - 1)), (1 << (width - 1)) - 1)
        )
        # Beyond the integer range the comparison is decided.
        if _less(kind, apfloat.from_int(kind, hi), rhs):
            return self._bool(rw, op, ipred in (NE, SLT, SLE, ULT, ULE))
        if _less(kind, rhs, apfloat.from_int(kind, lo)):
            return self._bool(rw, op, ipred in (NE, SGT, SGE, UGT, UGE))
        rhs_int = apfloat.to_int(kind, rhs, width, not unsigned)
        if rhs_int is None:
            return False
        if (
            not apfloat.is_zero(kind, rhs)
            and apfloat.compare(kind, apfloat.from_int(kind, rhs_int), rhs) != "eq"
        ):
            # A fractional constant (rhs_int is rounded toward zero).
            negative = apfloat.is_negative(kind, rhs)
            decided = _fractional(ipred, negative)
            if isinstance(decided, bool):
                return self._bool(rw, op, decided)
            ipred = decided
        c = self.constant(rw, A.IntegerAttr(x.type, rhs_int), op.location)
        return self.replace(
            rw,
            op,
            [
                self.create(
                    rw,
                    "arith.cmpi",
                    [x, c],
                    [T.i1],
                    op.location,
                    {"predicate": A.IntegerAttr(T.i64, ipred)},
                )
            ],
        )

    def _bool(self, rw: PatternRewriter, op: Any, value: bool) -> bool:
        return self.replace(rw, op, [self.constant(rw, A.BoolAttr(value), op.location)])


def _fractional(pred: int, negative: bool) -> int | bool:
    """The comparison of an integer with a fractional constant, rounded toward zero: the
    predicate to use, or the decided outcome."""
    if pred == NE:
        return True
    if pred == EQ:
        return False
    if pred == ULE:
        return False if negative else ULE
    if pred == SLE:
        return SLT if negative else SLE
    if pred == ULT:
        return False if negative else ULE
    if pred == SLT:
        return SLT if negative else SLE
    if pred == UGT:
        return True if negative else UGT
    if pred == SGT:
        return SGE if negative else SGT
    if pred == UGE:
        return True if negative else UGT
    return SGE if negative else SGT  # SGE
