"""Canonicalization patterns of arith.select, the comparisons of extensions and the cast
chains (upstream's ArithCanonicalization.td and ArithOps.cpp), one rewrite each."""

from __future__ import annotations

from typing import Any

from mliropt.dialects.arith import folding as F
from mliropt.dialects.arith.patterns.common import (
    ArithPattern,
    constant,
    defining,
    int_constant,
    is_all_ones,
    same_type,
)
from mliropt.dialects.arith.patterns.integer import drr_loc
from mliropt.ir import attributes as A
from mliropt.ir import types as T
from mliropt.rewrite.pattern import PatternRewriter

# ----------------------------------------------------------------- select


class RedundantSelectTrue(ArithPattern):
    """select(p, select(p, a, b), c) -> select(p, a, c)."""

    root = "arith.select"
    benefit = 2

    def match_and_rewrite(self, op: Any, rw: PatternRewriter) -> bool:
        inner = defining(op.true_value, "arith.select")
        if inner is None or inner.condition is not op.condition:
            return False
        loc = drr_loc(2, op, inner)
        return self.replace(
            rw,
            op,
            [
                self.create(
                    rw,
                    "arith.select",
                    [op.condition, inner.true_value, op.false_value],
                    [op.result.type],
                    loc,
                )
            ],
        )


class RedundantSelectFalse(ArithPattern):
    """select(p, a, select(p, b, c)) -> select(p, a, c)."""

    root = "arith.select"
    benefit = 2

    def match_and_rewrite(self, op: Any, rw: PatternRewriter) -> bool:
        inner = defining(op.false_value, "arith.select")
        if inner is None or inner.condition is not op.condition:
            return False
        loc = drr_loc(2, op, inner)
        return self.replace(
            rw,
            op,
            [
                self.create(
                    rw,
                    "arith.select",
                    [op.condition, op.true_value, inner.false_value],
                    [op.result.type],
                    loc,
                )
            ],
        )


class SelectNotCond(ArithPattern):
    """select(xori(p, -1), a, b) -> select(p, b, a), for a scalar condition."""

    root = "arith.select"
    benefit = 2

    def match_and_rewrite(self, op: Any, rw: PatternRewriter) -> bool:
        xor = defining(op.condition, "arith.xori")
        if xor is None or int_constant(xor.rhs) is None or not is_all_ones(xor.rhs):
            return False
        loc = drr_loc(2, op, xor.rhs.owner_op, xor)
        return self.replace(
            rw,
            op,
            [
                self.create(
                    rw,
                    "arith.select",
                    [xor.lhs, op.false_value, op.true_value],
                    [op.result.type],
                    loc,
                )
            ],
        )


class SelectI1ToNot(ArithPattern):
    """select(p, false, true) : i1 -> xori(p, true)."""

    root = "arith.select"

    def match_and_rewrite(self, op: Any, rw: PatternRewriter) -> bool:
        if op.result.type is not T.i1:
            return False
        if not (F.m_zero(constant(op.true_value)) and F.m_one(constant(op.false_value))):
            return False
        return self.replace(
            rw,
            op,
            [self.create(rw, "arith.xori", [op.condition, op.false_value], [T.i1], op.location)],
        )


class SelectToExtUI(ArithPattern):
    """select(p, 1, 0) -> extui(p) and select(p, 0, 1) -> extui(xori(p, true)) for a
    scalar integer wider than i1."""

    root = "arith.select"

    def match_and_rewrite(self, op: Any, rw: PatternRewriter) -> bool:
        t = op.result.type
        if not isinstance(t, T.IntegerType) or t.width == 1:
            return False
        true, false = constant(op.true_value), constant(op.false_value)
        loc = op.location
        if F.m_one(true) and F.m_zero(false):
            return self.replace(rw, op, [self.create(rw, "arith.extui", [op.condition], [t], loc)])
        if F.m_zero(true) and F.m_one(false):
            one = self.constant(rw, A.IntegerAttr(op.condition.type, 1), loc)
            inv = self.create(rw, "arith.xori", [op.condition, one], [op.condition.type], loc)
            return self.replace(rw, op, [self.create(rw, "arith.extui", [inv], [t], loc)])
        return False


# ----------------------------------------------------------------- comparisons


class _CmpIOfExt(ArithPattern):
    """Base of cmpi(eq/ne, ext(a), ext(b)) -> cmpi(eq/ne, a, b)."""

    root = "arith.cmpi"
    benefit = 3
    ext = ""

    def match_and_rewrite(self, op: Any, rw: PatternRewriter) -> bool:
        if op.properties["predicate"].value not in (0, 1):
            return False
        a, b = defining(op.lhs, self.ext), defining(op.rhs, self.ext)
        if a is None or b is None or not same_type(a.in_, b.in_):
            return False
        loc = drr_loc(3, op, a, b)
        return self.replace(
            rw,
            op,
            [
                self.create(
                    rw,
                    "arith.cmpi",
                    [a.in_, b.in_],
                    [F.i1_same_shape(a.in_.type)],
                    loc,
                    {"predicate": op.properties["predicate"]},
                )
            ],
        )


class CmpIExtSI(_CmpIOfExt):
    """cmpi(eq/ne, extsi(a), extsi(b)) -> cmpi(eq/ne, a, b)."""

    ext = "arith.extsi"


class CmpIExtUI(_CmpIOfExt):
    """cmpi(eq/ne, extui(a), extui(b)) -> cmpi(eq/ne, a, b)."""

    ext = "arith.extui"


# ----------------------------------------------------------------- cast chains


def _width(t: T.Type) -> int:
    return F.width_of(t)


class _CastOfCast(ArithPattern):
    """Base of cast(inner(x)) -> cast(x) (`result` names the op made, default the root)."""

    benefit = 2
    inner = ""
    result = ""

    def applies(self, op: Any, inner: Any) -> bool:
        """The pattern's extra constraint."""
        return True

    def match_and_rewrite(self, op: Any, rw: PatternRewriter) -> bool:
        inner = defining(op.in_, self.inner)
        if inner is None or not self.applies(op, inner):
            return False
        loc = drr_loc(2, op, inner)
        return self.replace(
            rw, op, [self.create(rw, self.result or op.name, [inner.in_], [op.out.type], loc)]
        )


class ExtSIOfExtUI(_CastOfCast):
    """extsi(extui(x)) -> extui(x): the zero-extended value is non-negative."""

    root = "arith.extsi"
    inner = "arith.extui"
    result = "arith.extui"


class TruncIExtSIToExtSI(_CastOfCast):
    """trunci(extsi(x)) -> extsi(x) when the truncation keeps more than x's bits."""

    root = "arith.trunci"
    inner = "arith.extsi"
    result = "arith.extsi"

    def applies(self, op: Any, inner: Any) -> bool:
        return _width(inner.out.type) > _width(op.out.type) > _width(inner.in_.type)


class TruncIExtUIToExtUI(TruncIExtSIToExtSI):
    """trunci(extui(x)) -> extui(x) when the truncation keeps more than x's bits."""

    inner = "arith.extui"
    result = "arith.extui"


class TruncFSIToFPToSIToFP(_CastOfCast):
    """truncf(sitofp(x)) -> sitofp(x) when truncf has no explicit rounding mode."""

    root = "arith.truncf"
    inner = "arith.sitofp"
    result = "arith.sitofp"

    def applies(self, op: Any, inner: Any) -> bool:
        return op.properties.get("roundingmode") is None


class TruncFUIToFPToUIToFP(TruncFSIToFPToSIToFP):
    """truncf(uitofp(x)) -> uitofp(x) when truncf has no explicit rounding mode."""

    inner = "arith.uitofp"
    result = "arith.uitofp"


class IndexCastOfExtSI(_CastOfCast):
    """index_cast(extsi(x)) -> index_cast(x)."""

    root = "arith.index_cast"
    inner = "arith.extsi"


class IndexCastUIOfExtUI(_CastOfCast):
    """index_castui(extui(x)) -> index_castui(x)."""

    root = "arith.index_castui"
    inner = "arith.extui"


class BitcastOfBitcast(_CastOfCast):
    """bitcast(bitcast(x)) -> bitcast(x)."""

    root = "arith.bitcast"
    inner = "arith.bitcast"


class _CastRoundTrip(ArithPattern):
    """Base of cast(cast(x)) -> x when the result has x's type."""

    benefit = 2

    def match_and_rewrite(self, op: Any, rw: PatternRewriter) -> bool:
        inner = defining(op.in_, op.name)
        if inner is None or inner.in_.type is not op.out.type:
            return False
        return self.replace(rw, op, [inner.in_])


class IndexCastOfIndexCast(_CastRoundTrip):
    """index_cast(index_cast(x)) -> x when the types round-trip."""

    root = "arith.index_cast"


class IndexCastUIOfIndexCastUI(_CastRoundTrip):
    """index_castui(index_castui(x)) -> x when the types round-trip."""

    root = "arith.index_castui"


class TruncIShrSIToTrunciShrUI(ArithPattern):
    """trunci(shrsi(x, c)) -> trunci(shrui(x, c)) when c is exactly the number of bits
    truncated (upstream's constraint; a larger amount would do too, but is left alone)."""

    root = "arith.trunci"
    benefit = 2

    def match_and_rewrite(self, op: Any, rw: PatternRewriter) -> bool:
        shr = defining(op.in_, "arith.shrsi")
        if shr is None:
            return False
        c = constant(shr.rhs)
        if not isinstance(c, (A.IntegerAttr, A.DenseElementsAttr)):
            return False
        amount = F.const_int(c)
        if amount is None:
            return False
        if amount[0] != _width(shr.lhs.type) - _width(op.out.type):
            return False
        loc = drr_loc(2, op, shr.rhs.owner_op, shr)
        k = self.constant(rw, c, loc)
        props = {"isExact": shr.properties["isExact"]} if shr.properties.get("isExact") else {}
        new_shr = self.create(rw, "arith.shrui", [shr.lhs, k], [shr.lhs.type], loc, props)
        return self.replace(
            rw,
            op,
            [
                self.create(
                    rw,
                    "arith.trunci",
                    [new_shr],
                    [op.out.type],
                    loc,
                    {"overflowFlags": op.properties["overflowFlags"]},
                )
            ],
        )
