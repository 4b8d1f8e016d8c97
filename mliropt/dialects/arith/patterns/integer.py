"""Canonicalization patterns of arith's integer arithmetic (upstream's
ArithCanonicalization.td and the C++ patterns of ArithOps.cpp), one rewrite each.

Constants are matched only as scalars (`APIntAttr`), as upstream's patterns do. New ops
get the fused location of the matched ops the way DRR computes it: the root, then what
each nested matcher saw in match order, cut to the number of op nodes of the pattern.
"""

from __future__ import annotations

from typing import Any

from mliropt.dialects.arith import folding as F
from mliropt.dialects.arith.patterns.common import (
    ArithPattern,
    constant,
    defining,
    flags,
    int_constant,
    int_result,
    is_all_ones,
    overflow,
    same_type,
)
from mliropt.ir import attributes as A
from mliropt.ir import types as T
from mliropt.ir.location import fuse
from mliropt.rewrite.pattern import PatternRewriter


def drr_loc(count: int, *ops: Any) -> Any:
    """DRR's odsLoc: the first `count` matched ops (in DRR's push order), fused."""
    return fuse([op.location for op in ops[:count]])


def _add(a: int, b: int) -> int:
    return a + b


def _sub(a: int, b: int) -> int:
    return a - b


def _mul(a: int, b: int) -> int:
    return a * b


class _ConstChain(ArithPattern):
    """Base of `outer(inner(..), c1)`-style folds of two constants into one.

    `inner` names the inner op; `inner_const_rhs` tells whether its constant is its rhs
    (`inner(x, c0)`) or lhs (`inner(c0, x)`); `outer_const_rhs` likewise for the root."""

    inner = ""
    inner_const_rhs = True
    outer_const_rhs = True
    benefit = 2
    # Upstream's MergeOverflow: the new op keeps the flags both ops had (all but
    # SubIRHSAddConstant, whose result has none).
    merge_flags = True

    def rewrite(
        self,
        rw: PatternRewriter,
        op: Any,
        x: Any,
        c0: A.IntegerAttr,
        c1: A.IntegerAttr,
        inner: Any,
        loc: Any,
    ) -> bool:
        raise NotImplementedError

    def emit(
        self, rw: PatternRewriter, op: Any, inner: Any, name: str, operands: list, loc: Any
    ) -> bool:
        """Replace `op` by `name(operands)`, with the merged flags when the pattern has them."""
        props = {"overflowFlags": overflow(flags(inner) & flags(op))} if self.merge_flags else {}
        return self.replace(rw, op, [self.create(rw, name, operands, [op.result.type], loc, props)])

    def match_and_rewrite(self, op: Any, rw: PatternRewriter) -> bool:
        # Both ops are binary: lhs and rhs are operands 0 and 1 (read directly, hot).
        uses = op.op_operands
        nested, other = (
            (uses[0].value, uses[1].value) if self.outer_const_rhs
            else (uses[1].value, uses[0].value)
        )
        inner = defining(nested, self.inner)
        if inner is None:
            return False
        x, k = (inner.lhs, inner.rhs) if self.inner_const_rhs else (inner.rhs, inner.lhs)
        c0, c1 = int_constant(k), int_constant(other)
        if c0 is None or c1 is None:
            return False
        if self.outer_const_rhs:
            loc = drr_loc(2, op, k.owner_op, inner, other.owner_op)
        else:
            loc = drr_loc(2, op, other.owner_op, k.owner_op, inner)
        return self.rewrite(rw, op, x, c0, c1, inner, loc)


class AddIAddConstant(_ConstChain):
    """addi(addi(x, c0), c1) -> addi(x, c0 + c1)."""

    root = "arith.addi"
    inner = "arith.addi"

    def rewrite(self, rw, op, x, c0, c1, inner, loc):  # type: ignore[no-untyped-def]
        c = self.constant(rw, int_result(op.result, _add, c0, c1), loc)
        return self.emit(rw, op, inner, "arith.addi", [x, c], loc)


class AddISubConstantRHS(_ConstChain):
    """addi(subi(x, c0), c1) -> addi(x, c1 - c0)."""

    root = "arith.addi"
    inner = "arith.subi"

    def rewrite(self, rw, op, x, c0, c1, inner, loc):  # type: ignore[no-untyped-def]
        c = self.constant(rw, int_result(op.result, _sub, c1, c0), loc)
        return self.emit(rw, op, inner, "arith.addi", [x, c], loc)


class AddISubConstantLHS(_ConstChain):
    """addi(subi(c0, x), c1) -> subi(c0 + c1, x)."""

    root = "arith.addi"
    inner = "arith.subi"
    inner_const_rhs = False

    def rewrite(self, rw, op, x, c0, c1, inner, loc):  # type: ignore[no-untyped-def]
        c = self.constant(rw, int_result(op.result, _add, c0, c1), loc)
        return self.emit(rw, op, inner, "arith.subi", [c, x], loc)


class SubIRHSAddConstant(_ConstChain):
    """subi(addi(x, c0), c1) -> addi(x, c0 - c1)."""

    root = "arith.subi"
    inner = "arith.addi"
    merge_flags = False

    def rewrite(self, rw, op, x, c0, c1, inner, loc):  # type: ignore[no-untyped-def]
        c = self.constant(rw, int_result(op.result, _sub, c0, c1), loc)
        return self.emit(rw, op, inner, "arith.addi", [x, c], loc)


class SubILHSAddConstant(_ConstChain):
    """subi(c1, addi(x, c0)) -> subi(c1 - c0, x)."""

    root = "arith.subi"
    inner = "arith.addi"
    outer_const_rhs = False

    def rewrite(self, rw, op, x, c0, c1, inner, loc):  # type: ignore[no-untyped-def]
        c = self.constant(rw, int_result(op.result, _sub, c1, c0), loc)
        return self.emit(rw, op, inner, "arith.subi", [c, x], loc)


class SubIRHSSubConstantRHS(_ConstChain):
    """subi(subi(x, c0), c1) -> subi(x, c0 + c1)."""

    root = "arith.subi"
    inner = "arith.subi"

    def rewrite(self, rw, op, x, c0, c1, inner, loc):  # type: ignore[no-untyped-def]
        c = self.constant(rw, int_result(op.result, _add, c0, c1), loc)
        return self.emit(rw, op, inner, "arith.subi", [x, c], loc)


class SubIRHSSubConstantLHS(_ConstChain):
    """subi(subi(c0, x), c1) -> subi(c0 - c1, x)."""

    root = "arith.subi"
    inner = "arith.subi"
    inner_const_rhs = False

    def rewrite(self, rw, op, x, c0, c1, inner, loc):  # type: ignore[no-untyped-def]
        c = self.constant(rw, int_result(op.result, _sub, c0, c1), loc)
        return self.emit(rw, op, inner, "arith.subi", [c, x], loc)


class SubILHSSubConstantRHS(_ConstChain):
    """subi(c1, subi(x, c0)) -> subi(c0 + c1, x)."""

    root = "arith.subi"
    inner = "arith.subi"
    outer_const_rhs = False

    def rewrite(self, rw, op, x, c0, c1, inner, loc):  # type: ignore[no-untyped-def]
        c = self.constant(rw, int_result(op.result, _add, c0, c1), loc)
        return self.emit(rw, op, inner, "arith.subi", [c, x], loc)


class SubILHSSubConstantLHS(_ConstChain):
    """subi(c1, subi(c0, x)) -> addi(x, c1 - c0)."""

    root = "arith.subi"
    inner = "arith.subi"
    inner_const_rhs = False
    outer_const_rhs = False

    def rewrite(self, rw, op, x, c0, c1, inner, loc):  # type: ignore[no-untyped-def]
        c = self.constant(rw, int_result(op.result, _sub, c1, c0), loc)
        return self.emit(rw, op, inner, "arith.addi", [x, c], loc)


class MulIMulIConstant(_ConstChain):
    """muli(muli(x, c0), c1) -> muli(x, c0 * c1), when both constants have the result's
    type (upstream's constraint since llvm-project#136093; a `test.constant` may not)."""

    root = "arith.muli"
    inner = "arith.muli"

    def rewrite(self, rw, op, x, c0, c1, inner, loc):  # type: ignore[no-untyped-def]
        if c0.type is not op.result.type or c1.type is not op.result.type:
            return False
        c = self.constant(rw, int_result(op.result, _mul, c0, c1), loc)
        return self.emit(rw, op, inner, "arith.muli", [x, c], loc)


class SubISubILHSRHSLHS(ArithPattern):
    """subi(subi(a, b), a) -> subi(0, b), keeping the flags both had."""

    root = "arith.subi"
    benefit = 2

    def match_and_rewrite(self, op: Any, rw: PatternRewriter) -> bool:
        inner = defining(op.lhs, "arith.subi")
        if inner is None or inner.lhs is not op.rhs:
            return False
        zero = F.zero_attr(inner.rhs.type)
        if zero is None:
            return False
        loc = drr_loc(2, op, inner)
        c = self.constant(rw, zero, loc)
        ovf = {"overflowFlags": overflow(flags(inner) & flags(op))}  # MergeOverflow
        return self.replace(
            rw, op, [self.create(rw, "arith.subi", [c, inner.rhs], [op.result.type], loc, ovf)]
        )


class _AddIMulNegativeOne(ArithPattern):
    """Base of addi(x, muli(y, -1)) -> subi(x, y) and its mirror."""

    root = "arith.addi"
    benefit = 2
    mul_on_rhs = True

    def match_and_rewrite(self, op: Any, rw: PatternRewriter) -> bool:
        uses = op.op_operands  # addi's lhs and rhs (read directly, hot)
        other, nested = (
            (uses[0].value, uses[1].value) if self.mul_on_rhs
            else (uses[1].value, uses[0].value)
        )
        mul = defining(nested, "arith.muli")
        if mul is None or constant(mul.rhs) is None or not is_all_ones(mul.rhs):
            return False
        loc = drr_loc(2, op, mul.rhs.owner_op, mul)
        return self.replace(
            rw, op, [self.create(rw, "arith.subi", [other, mul.lhs], [op.result.type], loc)]
        )


class AddIMulNegativeOneRhs(_AddIMulNegativeOne):
    """addi(x, muli(y, -1)) -> subi(x, y)."""


class AddIMulNegativeOneLhs(_AddIMulNegativeOne):
    """addi(muli(x, -1), y) -> subi(y, x)."""

    mul_on_rhs = False


# ----------------------------------------------------------------- extended results


class AddUIExtendedToAddI(ArithPattern):
    """addui_extended(x, y) whose overflow bit is unused -> addi(x, y)."""

    root = "arith.addui_extended"

    def match_and_rewrite(self, op: Any, rw: PatternRewriter) -> bool:
        if op.results[1].has_uses:
            return False
        rw.set_insertion_point(op)
        add = self.create(rw, "arith.addi", [op.lhs, op.rhs], [op.results[0].type], op.location)
        return self.replace(rw, op, [add, op.results[1]])


class _MulExtendedToMulI(ArithPattern):
    """Base of mul*_extended(x, y) whose high half is unused -> muli(x, y)."""

    def match_and_rewrite(self, op: Any, rw: PatternRewriter) -> bool:
        if op.results[1].has_uses:
            return False
        rw.set_insertion_point(op)
        mul = self.create(rw, "arith.muli", [op.lhs, op.rhs], [op.results[0].type], op.location)
        return self.replace(rw, op, [mul, op.results[1]])


class MulSIExtendedToMulI(_MulExtendedToMulI):
    """mulsi_extended(x, y) with an unused high half -> muli(x, y)."""

    root = "arith.mulsi_extended"


class MulUIExtendedToMulI(_MulExtendedToMulI):
    """mului_extended(x, y) with an unused high half -> muli(x, y)."""

    root = "arith.mului_extended"


class MulSIExtendedRHSOne(ArithPattern):
    """mulsi_extended(x, 1) -> [x, extsi(cmpi slt, x, 0)]: the high half is the sign."""

    root = "arith.mulsi_extended"

    def match_and_rewrite(self, op: Any, rw: PatternRewriter) -> bool:
        # One as a signed value: an i1 `true` is -1, and upstream leaves it alone.
        if not F.m_one(constant(op.rhs)) or F.width_of(op.lhs.type) == 1:
            return False
        t = op.lhs.type
        zero = F.zero_attr(t)
        if zero is None:
            return False
        loc = drr_loc(1, op)
        rw.set_insertion_point(op)
        c = self.constant(rw, zero, loc)
        cmp = self.create(
            rw,
            "arith.cmpi",
            [op.lhs, c],
            [F.i1_same_shape(t)],
            loc,
            {"predicate": A.IntegerAttr(T.i64, 2)},
        )
        ext = self.create(rw, "arith.extsi", [cmp], [t], loc)
        return self.replace(rw, op, [op.lhs, ext])


# ----------------------------------------------------------------- bitwise


# Predicate of `not cmpi(pred, ...)` (arith::invertPredicate).
_INVERTED = {0: 1, 1: 0, 2: 5, 5: 2, 3: 4, 4: 3, 6: 9, 9: 6, 7: 8, 8: 7}


class XOrINotCmpI(ArithPattern):
    """xori(cmpi(pred, a, b), 1) -> cmpi(~pred, a, b)."""

    root = "arith.xori"
    benefit = 2

    def match_and_rewrite(self, op: Any, rw: PatternRewriter) -> bool:
        cmp = defining(op.lhs, "arith.cmpi")
        one = int_constant(op.rhs)
        if cmp is None or one is None or F.int_value(one) != 1:
            return False
        loc = drr_loc(2, op, cmp, op.rhs.owner_op)
        pred = _INVERTED[cmp.properties["predicate"].value]
        return self.replace(
            rw,
            op,
            [
                self.create(
                    rw,
                    "arith.cmpi",
                    [cmp.lhs, cmp.rhs],
                    [op.result.type],
                    loc,
                    {"predicate": A.IntegerAttr(T.i64, pred)},
                )
            ],
        )


class _BitwiseOfExt(ArithPattern):
    """Base of op(ext(x), ext(y)) -> ext(op(x, y)) when x and y have one type."""

    benefit = 3
    ext = ""

    def match_and_rewrite(self, op: Any, rw: PatternRewriter) -> bool:
        a, b = defining(op.lhs, self.ext), defining(op.rhs, self.ext)
        if a is None or b is None or not same_type(a.in_, b.in_):
            return False
        loc = drr_loc(3, op, a, b)
        inner = self.create(rw, op.name, [a.in_, b.in_], [a.in_.type], loc)
        return self.replace(rw, op, [self.create(rw, self.ext, [inner], [op.result.type], loc)])


class AndOfExtUI(_BitwiseOfExt):
    """andi(extui(x), extui(y)) -> extui(andi(x, y))."""

    root = "arith.andi"
    ext = "arith.extui"


class AndOfExtSI(_BitwiseOfExt):
    """andi(extsi(x), extsi(y)) -> extsi(andi(x, y))."""

    root = "arith.andi"
    ext = "arith.extsi"


class OrOfExtUI(_BitwiseOfExt):
    """ori(extui(x), extui(y)) -> extui(ori(x, y))."""

    root = "arith.ori"
    ext = "arith.extui"


class OrOfExtSI(_BitwiseOfExt):
    """ori(extsi(x), extsi(y)) -> extsi(ori(x, y))."""

    root = "arith.ori"
    ext = "arith.extsi"


class XOrIOfExtUI(_BitwiseOfExt):
    """xori(extui(x), extui(y)) -> extui(xori(x, y))."""

    root = "arith.xori"
    ext = "arith.extui"


class XOrIOfExtSI(_BitwiseOfExt):
    """xori(extsi(x), extsi(y)) -> extsi(xori(x, y))."""

    root = "arith.xori"
    ext = "arith.extsi"
