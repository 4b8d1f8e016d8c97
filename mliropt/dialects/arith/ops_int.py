"""Integer arithmetic, bitwise, shift, min/max and extended-result ops of arith."""

from __future__ import annotations

from collections.abc import Collection
from typing import Any, ClassVar

from mliropt.dialects.arith import folding as F
from mliropt.dialects.arith.attributes import (
    OVF_NSW,
    OVF_NUW,
    IntegerOverflowFlagsAttr,
    bit_enum_attr,
    overflow_none,
)
from mliropt.dialects.arith.base import ARITH_TRAITS, ArithOp, single
from mliropt.dialects.arith.patterns import integer as _pat
from mliropt.dialects.ods import (
    Attr,
    BoolLike,
    Commutative,
    Idempotent,
    Operand,
    Pure,
    Result,
    SameOperandsAndResultType,
    SignlessIntegerOrIndexLike,
    UnitAttr,
    all_types_match,
)
from mliropt.ir.traits import Trait

ConditionallySpeculatable = Trait("ConditionallySpeculatable")
InferIntRangeInterface = Trait("InferIntRangeInterface")
ArithIntegerOverflowFlagsInterface = Trait("ArithIntegerOverflowFlagsInterface")

OverflowFlagsAttr = bit_enum_attr(IntegerOverflowFlagsAttr, "Integer overflow arith flags")

_INT_BINARY = ARITH_TRAITS + (SameOperandsAndResultType, InferIntRangeInterface)
_TOTAL = _INT_BINARY + (Pure,)
_OVERFLOW = _INT_BINARY + (Pure, ArithIntegerOverflowFlagsInterface)


class IntBinaryOp(ArithOp):
    """Base of integer binary ops: `%r = arith.op %a, %b : type`."""

    __slots__ = ()
    traits: ClassVar[Collection[Trait]] = _TOTAL
    lhs = Operand(SignlessIntegerOrIndexLike)
    rhs = Operand(SignlessIntegerOrIndexLike)
    result = Result(SignlessIntegerOrIndexLike)
    assembly_format = "$lhs `,` $rhs attr-dict `:` type($result)"


class IntBinaryOverflowOp(IntBinaryOp):
    """Base of integer binary ops with `overflow<nsw, nuw>` flags."""

    __slots__ = ()
    traits: ClassVar[Collection[Trait]] = _OVERFLOW
    overflowFlags = Attr(OverflowFlagsAttr, default=overflow_none)  # noqa: N815 - upstream's name
    assembly_format = "$lhs `,` $rhs (`overflow` `` $overflowFlags^)? attr-dict `:` type($result)"


class IntBinaryExactOp(IntBinaryOp):
    """Base of integer binary ops with an `exact` flag."""

    __slots__ = ()
    isExact = Attr(UnitAttr, optional=True)  # noqa: N815 - upstream's name
    assembly_format = "$lhs `,` $rhs (`exact` $isExact^)? attr-dict `:` type($result)"


class AddIOp(IntBinaryOverflowOp):
    """Integer addition (modulo 2^n).

    Example: `%r = arith.addi %a, %b overflow<nsw> : i64`
    """

    name = "arith.addi"
    canonicalization_patterns = (
        _pat.AddIAddConstant,
        _pat.AddISubConstantRHS,
        _pat.AddISubConstantLHS,
        _pat.AddIMulNegativeOneRhs,
        _pat.AddIMulNegativeOneLhs,
    )
    traits = _OVERFLOW + (Commutative,)

    def fold_op(self, operands: list) -> list | None:
        lhs, rhs = self.lhs, self.rhs
        # addi(x, 0) -> x
        if F.m_zero(operands[1]):
            return [lhs]
        # addi(subi(a, b), b) -> a
        sub = lhs.owner_op
        if isinstance(sub, SubIOp) and rhs is sub.rhs:
            return [sub.lhs]
        # addi(b, subi(a, b)) -> a
        sub = rhs.owner_op
        if isinstance(sub, SubIOp) and lhs is sub.rhs:
            return [sub.lhs]
        return single(F.fold_binary(operands, lambda a, b, w: a + b))


class SubIOp(IntBinaryOverflowOp):
    """Integer subtraction (modulo 2^n).

    Example: `%r = arith.subi %a, %b : i64`
    """

    name = "arith.subi"
    canonicalization_patterns = (
        _pat.SubIRHSAddConstant,
        _pat.SubILHSAddConstant,
        _pat.SubIRHSSubConstantRHS,
        _pat.SubIRHSSubConstantLHS,
        _pat.SubILHSSubConstantRHS,
        _pat.SubILHSSubConstantLHS,
        _pat.SubISubILHSRHSLHS,
    )

    def fold_op(self, operands: list) -> list | None:
        lhs, rhs = self.lhs, self.rhs
        # subi(x, x) -> 0
        if lhs is rhs:
            zero = F.zero_attr(self.result.type)
            if zero is not None:
                return [zero]
        # subi(x, 0) -> x
        if F.m_zero(operands[1]):
            return [lhs]
        add = lhs.owner_op
        if isinstance(add, AddIOp):
            # subi(addi(a, b), b) -> a
            if rhs is add.rhs:
                return [add.lhs]
            # subi(addi(a, b), a) -> b
            if rhs is add.lhs:
                return [add.rhs]
        return single(F.fold_binary(operands, lambda a, b, w: a - b))


class MulIOp(IntBinaryOverflowOp):
    """Integer multiplication (modulo 2^n).

    Example: `%r = arith.muli %a, %b : vector<4xi32>`
    """

    name = "arith.muli"
    canonicalization_patterns = (_pat.MulIMulIConstant,)
    traits = _OVERFLOW + (Commutative,)

    def fold_op(self, operands: list) -> list | None:
        # muli(x, 0) -> 0
        if F.m_zero(operands[1]):
            return [self.rhs]
        # muli(x, 1) -> x
        if F.m_one(operands[1]):
            return [self.lhs]
        return single(F.fold_binary(operands, lambda a, b, w: a * b))

    def asm_result_names(self) -> list:
        """`%c4_vscale` for an index `constant * vector.vscale`, as upstream names it."""
        if not isinstance(self.result.type, type(_INDEX)):
            return []
        from mliropt.dialects.arith.ops_other import ConstantOp  # (a cycle: imported here)

        for a, b in ((self.lhs, self.rhs), (self.rhs, self.lhs)):
            const = a.owner_op
            scale = b.owner_op
            if (
                isinstance(const, ConstantOp)
                and scale is not None
                and scale.name == "vector.vscale"
            ):
                value = const.properties["value"]
                if hasattr(value, "value") and isinstance(value.value, int):
                    return [(self.result, f"c{value.value}_vscale")]
        return []


def _div_of_mul(lhs: Any, rhs: Any, flag: int) -> Any:
    """(a * b) / b -> a when the multiplication carries the overflow flag."""
    mul = lhs.owner_op
    if not isinstance(mul, MulIOp) or flag not in mul.overflowFlags:
        return None
    if mul.lhs is rhs:
        return mul.rhs
    if mul.rhs is rhs:
        return mul.lhs
    return None


class _Flag:
    """A flag set by an element calculation (upstream's captured `bool div0`)."""

    __slots__ = ("set",)

    def __init__(self) -> None:
        self.set = False


def _guarded(operands: list, calc: Any) -> Any:
    """Fold with `calc(a, b, w, flag)`; a raised flag discards the result."""
    flag = _Flag()
    result = F.fold_binary(operands, lambda a, b, w: calc(a, b, w, flag))
    return None if flag.set else result


def _divisor(op: Any) -> tuple[int, int] | None:
    """The constant divisor (bit pattern, width) of a division op, or None."""
    from mliropt.rewrite.folding import constant_value

    return F.const_int(constant_value(op.rhs.owner_op))


def _unsigned_division_speculatable(op: Any) -> bool:
    """Upstream's getSpeculatability: x / 0 is UB, so only a non-zero constant divisor."""
    c = _divisor(op)
    return c is not None and c[0] != 0


def _signed_division_speculatable(op: Any) -> bool:
    """x / 0 and INT_MIN / -1 are UB: only a constant divisor other than 0 and -1."""
    c = _divisor(op)
    return c is not None and c[0] != 0 and c[0] != F.mask(c[1])


class DivUIOp(IntBinaryExactOp):
    """Unsigned integer division, rounding toward zero.

    Example: `%r = arith.divui %a, %b exact : i64`
    """

    name = "arith.divui"
    traits = _INT_BINARY + (ConditionallySpeculatable,)

    def speculatability(self) -> bool:
        """ConditionallySpeculatable: see _unsigned_division_speculatable."""
        return _unsigned_division_speculatable(self)

    def fold_op(self, operands: list) -> list | None:
        # divui(x, 1) -> x
        if F.m_one(operands[1]):
            return [self.lhs]
        # divui(muli(a, b) overflow<nuw>, b) -> a
        v = _div_of_mul(self.lhs, self.rhs, OVF_NUW)
        if v is not None:
            return [v]

        def calc(a: int, b: int, w: int, flag: _Flag) -> int:
            if flag.set or not b:
                flag.set = True
                return a
            return a // b

        return single(_guarded(operands, calc))


class DivSIOp(IntBinaryExactOp):
    """Signed integer division, rounding toward zero.

    Example: `%r = arith.divsi %a, %b : i64`
    """

    name = "arith.divsi"
    traits = _INT_BINARY + (ConditionallySpeculatable,)

    def speculatability(self) -> bool:
        """ConditionallySpeculatable: see _signed_division_speculatable."""
        return _signed_division_speculatable(self)

    def fold_op(self, operands: list) -> list | None:
        # divsi(x, 1) -> x
        if F.m_one(operands[1]):
            return [self.lhs]
        # divsi(muli(a, b) overflow<nsw>, b) -> a
        v = _div_of_mul(self.lhs, self.rhs, OVF_NSW)
        if v is not None:
            return [v]

        def calc(a: int, b: int, w: int, flag: _Flag) -> int:
            if flag.set or not b:
                flag.set = True
                return a
            q, flag.set = F.sdiv_ov(a, b, w)
            return q

        return single(_guarded(operands, calc))


def _ceil_nonneg(a: int, b: int, w: int) -> tuple[int, bool]:
    """(a - 1) / b + 1 with APInt's overflow flag of the last step, as upstream."""
    x, _ = F.ssub_ov(a, 1, w)
    x, _ = F.sdiv_ov(x, b, w)
    return F.sadd_ov(x, 1, w)


class CeilDivUIOp(IntBinaryOp):
    """Unsigned integer division rounding toward positive infinity.

    Example: `%r = arith.ceildivui %a, %b : i64`
    """

    name = "arith.ceildivui"
    traits = _INT_BINARY + (ConditionallySpeculatable,)

    def speculatability(self) -> bool:
        """ConditionallySpeculatable: see _unsigned_division_speculatable."""
        return _unsigned_division_speculatable(self)

    def fold_op(self, operands: list) -> list | None:
        # ceildivui(x, 1) -> x
        if F.m_one(operands[1]):
            return [self.lhs]

        def calc(a: int, b: int, w: int, flag: _Flag) -> int:
            if flag.set or not b:
                flag.set = True
                return a
            q = a // b
            if a % b == 0:
                return q
            flag.set = q + 1 > F.mask(w)
            return (q + 1) & F.mask(w)

        return single(_guarded(operands, calc))


class CeilDivSIOp(IntBinaryOp):
    """Signed integer division rounding toward positive infinity.

    Example: `%r = arith.ceildivsi %a, %b : i64`
    """

    name = "arith.ceildivsi"
    traits = _INT_BINARY + (ConditionallySpeculatable,)

    def speculatability(self) -> bool:
        """ConditionallySpeculatable: see _signed_division_speculatable."""
        return _signed_division_speculatable(self)

    def fold_op(self, operands: list) -> list | None:
        # ceildivsi(x, 1) -> x
        if F.m_one(operands[1]):
            return [self.lhs]

        def calc(a: int, b: int, w: int, flag: _Flag) -> int:
            if flag.set or not b:
                flag.set = True
                return a
            if not a:
                return a
            a_pos, b_pos = F.sv(a, w) > 0, F.sv(b, w) > 0
            if a_pos and b_pos:
                r, flag.set = _ceil_nonneg(a, b, w)
                return r
            if not a_pos and not b_pos:
                # ceil(-a, -b)
                pa, ova = F.ssub_ov(0, a, w)
                pb, ovb = F.ssub_ov(0, b, w)
                r, ovd = _ceil_nonneg(pa, pb, w)
                flag.set = ova or ovb or ovd
                return r
            if not a_pos:
                # -(-a / b)
                pa, ova = F.ssub_ov(0, a, w)
                d, ovd = F.sdiv_ov(pa, b, w)
                r, ovr = F.ssub_ov(0, d, w)
                flag.set = ova or ovd or ovr
                return r
            # -(a / -b)
            pb, ovb = F.ssub_ov(0, b, w)
            d, ovd = F.sdiv_ov(a, pb, w)
            r, ovr = F.ssub_ov(0, d, w)
            flag.set = ovb or ovd or ovr
            return r

        return single(_guarded(operands, calc))


class FloorDivSIOp(IntBinaryOp):
    """Signed integer division rounding toward negative infinity.

    Example: `%r = arith.floordivsi %a, %b : i64`
    """

    name = "arith.floordivsi"

    def fold_op(self, operands: list) -> list | None:
        # floordivsi(x, 1) -> x
        if F.m_one(operands[1]):
            return [self.lhs]

        def calc(a: int, b: int, w: int, flag: _Flag) -> int:
            # Upstream assigns the flag per element (APInt::sfloordiv_ov).
            if not b:
                flag.set = True
                return a
            x, y = F.sv(a, w), F.sv(b, w)
            flag.set = F.is_min_signed(a, w) and b == F.mask(w)
            return (x // y) & F.mask(w)

        return single(_guarded(operands, calc))


class RemUIOp(IntBinaryOp):
    """Unsigned integer remainder.

    Example: `%r = arith.remui %a, %b : i64`
    """

    name = "arith.remui"

    def fold_op(self, operands: list) -> list | None:
        # remui(x, 1) -> 0
        if F.m_one(operands[1]):
            return single(F.zero_attr(self.result.type))

        def calc(a: int, b: int, w: int, flag: _Flag) -> int:
            if flag.set or not b:
                flag.set = True
                return a
            return a % b

        return single(_guarded(operands, calc))


class RemSIOp(IntBinaryOp):
    """Signed integer remainder (with the sign of the dividend).

    Example: `%r = arith.remsi %a, %b : i64`
    """

    name = "arith.remsi"

    def fold_op(self, operands: list) -> list | None:
        # remsi(x, 1) -> 0
        if F.m_one(operands[1]):
            return single(F.zero_attr(self.result.type))

        def calc(a: int, b: int, w: int, flag: _Flag) -> int:
            if flag.set or not b:
                flag.set = True
                return a
            return F.srem(a, b, w)

        return single(_guarded(operands, calc))


def _is_not_of(value: Any, x: Any) -> bool:
    """`value` is `xori(x, all-ones)`."""
    op = value.owner_op
    if not isinstance(op, XOrIOp) or op.lhs is not x:
        return False
    return F.m_all_ones(_constant_value(op.rhs))


def _constant_value(value: Any) -> Any:
    """The attribute of a value defined by a constant-like op (m_Constant), or None."""
    op = value.owner_op
    if op is None:
        return None
    from mliropt.dialects.arith.ops_other import ConstantOp

    if isinstance(op, ConstantOp):
        return op.properties.get("value")
    return None


class AndIOp(IntBinaryOp):
    """Bitwise and.

    Example: `%r = arith.andi %a, %b : i1`
    """

    name = "arith.andi"
    canonicalization_patterns = (
        _pat.AndOfExtUI,
        _pat.AndOfExtSI,
    )
    traits = _TOTAL + (Commutative, Idempotent)

    def fold_op(self, operands: list) -> list | None:
        # andi(x, 0) -> 0
        if F.m_zero(operands[1]):
            return [self.rhs]
        # andi(x, all-ones) -> x
        if F.m_all_ones(operands[1]):
            return [self.lhs]
        # andi(x, not(x)) -> 0 and andi(not(x), x) -> 0
        if _is_not_of(self.rhs, self.lhs) or _is_not_of(self.lhs, self.rhs):
            return single(F.zero_attr(self.result.type))
        # andi(a, andi(a, b)) -> andi(a, b)
        for prev_value, other in ((self.lhs, self.rhs), (self.rhs, self.lhs)):
            prev = prev_value.owner_op
            if isinstance(prev, AndIOp) and other in (prev.lhs, prev.rhs):
                return [prev.result]
        return single(F.fold_binary(operands, lambda a, b, w: a & b))


class OrIOp(IntBinaryOp):
    """Bitwise or.

    Example: `%r = arith.ori %a, %b : i1`
    """

    name = "arith.ori"
    canonicalization_patterns = (
        _pat.OrOfExtUI,
        _pat.OrOfExtSI,
    )
    traits = _TOTAL + (Commutative, Idempotent)

    def fold_op(self, operands: list) -> list | None:
        if F.m_zero(operands[1]):
            # ori(x, 0) -> x
            return [self.lhs]
        if F.m_all_ones(operands[1]):
            # ori(x, all-ones) -> all-ones
            return [operands[1]]
        # ori(x, xori(x, all-ones)) -> all-ones, and its mirror
        for value, x in ((self.rhs, self.lhs), (self.lhs, self.rhs)):
            if _is_not_of(value, x):
                return [value.owner_op.rhs]
        return single(F.fold_binary(operands, lambda a, b, w: a | b))


class XOrIOp(IntBinaryOp):
    """Bitwise exclusive or.

    Example: `%r = arith.xori %a, %b : i1`
    """

    name = "arith.xori"
    canonicalization_patterns = (
        _pat.XOrINotCmpI,
        _pat.XOrIOfExtUI,
        _pat.XOrIOfExtSI,
    )
    traits = _TOTAL + (Commutative,)

    def fold_op(self, operands: list) -> list | None:
        # xori(x, 0) -> x
        if F.m_zero(operands[1]):
            return [self.lhs]
        # xori(x, x) -> 0
        if self.lhs is self.rhs:
            return single(F.zero_attr(self.result.type))
        # xori(xori(x, a), a) -> x and xori(xori(a, x), a) -> x
        prev = self.lhs.owner_op
        if isinstance(prev, XOrIOp):
            if prev.rhs is self.rhs:
                return [prev.lhs]
            if prev.lhs is self.rhs:
                return [prev.rhs]
        # xori(a, xori(x, a)) -> x and xori(a, xori(a, x)) -> x
        prev = self.rhs.owner_op
        if isinstance(prev, XOrIOp):
            if prev.rhs is self.lhs:
                return [prev.lhs]
            if prev.lhs is self.lhs:
                return [prev.rhs]
        return single(F.fold_binary(operands, lambda a, b, w: a ^ b))


class ShLIOp(IntBinaryOverflowOp):
    """Left shift; shifting by the bit width or more is poison.

    Example: `%r = arith.shli %a, %b overflow<nuw> : i8`
    """

    name = "arith.shli"

    def fold_op(self, operands: list) -> list | None:
        # shli(x, 0) -> x
        if F.m_zero(operands[1]):
            return [self.lhs]
        return single(_shift(operands, F.shl))


def _shift(operands: list, fn: Any) -> Any:
    """Fold a shift unless the (last) shift amount is out of range, as upstream."""
    bounded = _Flag()

    def calc(a: int, b: int, w: int) -> int:
        bounded.set = b < w
        return fn(a, b, w)

    result = F.fold_binary(operands, calc)
    return result if bounded.set else None


class ShRUIOp(IntBinaryExactOp):
    """Logical right shift.

    Example: `%r = arith.shrui %a, %b exact : i8`
    """

    name = "arith.shrui"

    def fold_op(self, operands: list) -> list | None:
        # shrui(x, 0) -> x
        if F.m_zero(operands[1]):
            return [self.lhs]
        return single(_shift(operands, F.lshr))


class ShRSIOp(IntBinaryExactOp):
    """Arithmetic right shift.

    Example: `%r = arith.shrsi %a, %b : i8`
    """

    name = "arith.shrsi"

    def fold_op(self, operands: list) -> list | None:
        # shrsi(x, 0) -> x
        if F.m_zero(operands[1]):
            return [self.lhs]
        return single(_shift(operands, F.ashr))


class _MinMaxIOp(IntBinaryOp):
    """Base of integer min/max: `absorbing` and `identity` are the extreme constants."""

    __slots__ = ()
    traits = _TOTAL + (Commutative,)

    def _extremes(self, w: int) -> tuple[int, int]:
        raise NotImplementedError

    def _pick(self, a: int, b: int, w: int) -> int:
        raise NotImplementedError

    def fold_op(self, operands: list) -> list | None:
        # op(x, x) -> x
        if self.lhs is self.rhs:
            return [self.rhs]
        c = F.const_int(operands[1])
        if c is not None:
            absorbing, identity = self._extremes(c[1])
            # op(x, absorbing) -> absorbing; op(x, identity) -> x
            if c[0] == absorbing:
                return [self.rhs]
            if c[0] == identity:
                return [self.lhs]
        return single(F.fold_binary(operands, self._pick))


class MaxSIOp(_MinMaxIOp):
    """Signed integer maximum.

    Example: `%r = arith.maxsi %a, %b : i32`
    """

    name = "arith.maxsi"

    def _extremes(self, w: int) -> tuple[int, int]:
        return F.mask(w - 1), 1 << (w - 1)

    def _pick(self, a: int, b: int, w: int) -> int:
        return a if F.sv(a, w) >= F.sv(b, w) else b


class MaxUIOp(_MinMaxIOp):
    """Unsigned integer maximum.

    Example: `%r = arith.maxui %a, %b : i32`
    """

    name = "arith.maxui"

    def _extremes(self, w: int) -> tuple[int, int]:
        return F.mask(w), 0

    def _pick(self, a: int, b: int, w: int) -> int:
        return max(a, b)


class MinSIOp(_MinMaxIOp):
    """Signed integer minimum.

    Example: `%r = arith.minsi %a, %b : i32`
    """

    name = "arith.minsi"

    def _extremes(self, w: int) -> tuple[int, int]:
        return 1 << (w - 1), F.mask(w - 1)

    def _pick(self, a: int, b: int, w: int) -> int:
        return a if F.sv(a, w) <= F.sv(b, w) else b


class MinUIOp(_MinMaxIOp):
    """Unsigned integer minimum.

    Example: `%r = arith.minui %a, %b : i32`
    """

    name = "arith.minui"

    def _extremes(self, w: int) -> tuple[int, int]:
        return 0, F.mask(w)

    def _pick(self, a: int, b: int, w: int) -> int:
        return min(a, b)


# ----------------------------------------------------------------- extended results


class AddUIExtendedOp(ArithOp):
    """Unsigned addition returning the sum and the overflow bit.

    Example: `%sum, %overflow = arith.addui_extended %a, %b : i64, i1`
    """

    name = "arith.addui_extended"
    canonicalization_patterns = (_pat.AddUIExtendedToAddI,)
    traits = ARITH_TRAITS + (Pure, Commutative)
    lhs = Operand(SignlessIntegerOrIndexLike)
    rhs = Operand(SignlessIntegerOrIndexLike)
    sum = Result(SignlessIntegerOrIndexLike)
    overflow = Result(BoolLike)
    type_relations = (all_types_match("lhs", "rhs", "sum"),)
    assembly_format = "$lhs `,` $rhs attr-dict `:` type($sum) `,` type($overflow)"

    def asm_result_names(self) -> list:
        """`%sum, %overflow`."""
        return [(self.results[0], "sum"), (self.results[1], "overflow")]

    def fold_op(self, operands: list) -> list | None:
        # addui_extended(x, 0) -> x, false
        if F.m_zero(operands[1]):
            false = F.zero_attr(self.results[1].type)
            return None if false is None else [self.lhs, false]
        # Constant sum; the overflow bit is `sum < lhs` (unsigned).
        total = F.fold_binary(operands, lambda a, b, w: a + b)
        # A poison sum has no type to give the overflow bit (upstream crashes on it).
        if total is None or F.is_poison(total):
            return None
        overflow = F.fold_binary(
            [total, operands[0]],
            lambda s, a, w: int(s < a),
            result_type=F.i1_same_shape(total.type),
            poison=False,
        )
        return None if overflow is None else [total, overflow]


class _MulExtendedOp(ArithOp):
    """Base of the extended multiplications: `%low, %high = op %a, %b : type`."""

    __slots__ = ()
    traits = ARITH_TRAITS + (Pure, Commutative)
    lhs = Operand(SignlessIntegerOrIndexLike)
    rhs = Operand(SignlessIntegerOrIndexLike)
    low = Result(SignlessIntegerOrIndexLike)
    high = Result(SignlessIntegerOrIndexLike)
    type_relations = (all_types_match("lhs", "rhs", "low", "high"),)
    assembly_format = "$lhs `,` $rhs attr-dict `:` type($lhs)"

    def asm_result_names(self) -> list:
        """`%low, %high`."""
        return [(self.results[0], "low"), (self.results[1], "high")]

    def _high(self, a: int, b: int, w: int) -> int:
        raise NotImplementedError

    def _fold_product(self, operands: list) -> list | None:
        low = F.fold_binary(operands, lambda a, b, w: a * b)
        if low is None:
            return None
        return [low, F.fold_binary(operands, self._high)]


class MulSIExtendedOp(_MulExtendedOp):
    """Signed multiplication returning the low and high halves of the product.

    Example: `%low, %high = arith.mulsi_extended %a, %b : i32`
    """

    name = "arith.mulsi_extended"
    canonicalization_patterns = (
        _pat.MulSIExtendedToMulI,
        _pat.MulSIExtendedRHSOne,
    )

    def _high(self, a: int, b: int, w: int) -> int:
        return (F.sv(a, w) * F.sv(b, w)) >> w

    def fold_op(self, operands: list) -> list | None:
        # mulsi_extended(x, 0) -> 0, 0
        if F.m_zero(operands[1]):
            return [operands[1], operands[1]]
        return self._fold_product(operands)


class MulUIExtendedOp(_MulExtendedOp):
    """Unsigned multiplication returning the low and high halves of the product.

    Example: `%low, %high = arith.mului_extended %a, %b : i32`
    """

    name = "arith.mului_extended"
    canonicalization_patterns = (_pat.MulUIExtendedToMulI,)

    def _high(self, a: int, b: int, w: int) -> int:
        return (a * b) >> w

    def fold_op(self, operands: list) -> list | None:
        # mului_extended(x, 0) -> 0, 0
        if F.m_zero(operands[1]):
            return [operands[1], operands[1]]
        # mului_extended(x, 1) -> x, 0
        if F.m_one(operands[1]):
            zero = F.zero_attr(self.lhs.type)
            return None if zero is None else [self.lhs, zero]
        return self._fold_product(operands)


_INDEX = F.T.index

INT_OPS = (
    AddIOp,
    SubIOp,
    MulIOp,
    DivUIOp,
    DivSIOp,
    CeilDivUIOp,
    CeilDivSIOp,
    FloorDivSIOp,
    RemUIOp,
    RemSIOp,
    AndIOp,
    OrIOp,
    XOrIOp,
    ShLIOp,
    ShRUIOp,
    ShRSIOp,
    MaxSIOp,
    MaxUIOp,
    MinSIOp,
    MinUIOp,
    AddUIExtendedOp,
    MulSIExtendedOp,
    MulUIExtendedOp,
)
