"""Floating-point arithmetic ops of arith, folded bit-exactly with mliropt.ir.apfloat."""

from __future__ import annotations

from collections.abc import Collection
from typing import Any, ClassVar

from mliropt.dialects.arith import folding as F
from mliropt.dialects.arith.attributes import (
    FM_NNAN,
    FM_NSZ,
    FastMathFlagsAttr,
    bit_enum_attr,
    fastmath_none,
)
from mliropt.dialects.arith.base import ARITH_TRAITS, ArithOp, single
from mliropt.dialects.arith.patterns import floats as _floats
from mliropt.dialects.ods import (
    Attr,
    Commutative,
    FloatLike,
    Operand,
    Pure,
    Result,
    SameOperandsAndResultType,
)
from mliropt.ir import apfloat
from mliropt.ir.traits import Trait

ArithFastMathInterface = Trait("ArithFastMathInterface")
FastMathAttr = bit_enum_attr(FastMathFlagsAttr, "Floating point fast math flags")

_FLOAT_OP = ARITH_TRAITS + (SameOperandsAndResultType, Pure, ArithFastMathInterface)


class FloatUnaryOp(ArithOp):
    """Base of float unary ops: `%r = arith.op %a fastmath<...> : type`."""

    __slots__ = ()
    traits = _FLOAT_OP
    operand_ = Operand(FloatLike)
    result = Result(FloatLike)
    fastmath = Attr(FastMathAttr, default=fastmath_none)
    assembly_format = "$operand_ (`fastmath` `` $fastmath^)? attr-dict `:` type($result)"


class FloatBinaryOp(ArithOp):
    """Base of float binary ops: `%r = arith.op %a, %b fastmath<...> : type`."""

    __slots__ = ()
    traits: ClassVar[Collection[Trait]] = _FLOAT_OP
    lhs = Operand(FloatLike)
    rhs = Operand(FloatLike)
    result = Result(FloatLike)
    fastmath = Attr(FastMathAttr, default=fastmath_none)
    assembly_format = "$lhs `,` $rhs (`fastmath` `` $fastmath^)? attr-dict `:` type($result)"

    def _fold_const(self, operands: list, fn: Any) -> list | None:
        return single(F.fold_binary(operands, fn, is_float=True))


class NegFOp(FloatUnaryOp):
    """Floating-point negation.

    Example: `%r = arith.negf %a : f64`
    """

    name = "arith.negf"

    def fold_op(self, operands: list) -> list | None:
        # negf(negf(x)) -> x
        inner = self.operand_.owner_op
        if isinstance(inner, NegFOp):
            return [inner.operand_]
        return single(F.fold_unary(operands, lambda a, k: apfloat.neg(k, a), is_float=True))


class AddFOp(FloatBinaryOp):
    """Floating-point addition.

    Example: `%r = arith.addf %a, %b fastmath<fast> : f32`
    """

    name = "arith.addf"
    traits = _FLOAT_OP + (Commutative,)

    def fold_op(self, operands: list) -> list | None:
        # addf(x, -0.0) -> x
        if F.m_neg_zero_float(operands[1]):
            return [self.lhs]
        return self._fold_const(operands, lambda a, b, k: apfloat.add(k, a, b))


class SubFOp(FloatBinaryOp):
    """Floating-point subtraction.

    Example: `%r = arith.subf %a, %b : f32`
    """

    name = "arith.subf"

    def fold_op(self, operands: list) -> list | None:
        # subf(x, +0.0) -> x
        if F.m_pos_zero_float(operands[1]):
            return [self.lhs]
        return self._fold_const(operands, lambda a, b, k: apfloat.sub(k, a, b))


class MulFOp(FloatBinaryOp):
    """Floating-point multiplication.

    Example: `%r = arith.mulf %a, %b : vector<4xf32>`
    """

    name = "arith.mulf"
    canonicalization_patterns = (_floats.MulFOfNegF,)
    traits = _FLOAT_OP + (Commutative,)

    def fold_op(self, operands: list) -> list | None:
        # mulf(x, 1.0) -> x
        if F.m_one_float(operands[1]):
            return [self.lhs]
        # mulf(x, 0.0) -> 0.0 when NaNs and signed zeros may be ignored
        if FM_NNAN | FM_NSZ in self.fastmath and F.m_any_zero_float(operands[1]):
            return [self.rhs]
        return self._fold_const(operands, lambda a, b, k: apfloat.mul(k, a, b))


class DivFOp(FloatBinaryOp):
    """Floating-point division.

    Example: `%r = arith.divf %a, %b : f32`
    """

    name = "arith.divf"
    canonicalization_patterns = (_floats.DivFOfNegF,)

    def fold_op(self, operands: list) -> list | None:
        # divf(x, 1.0) -> x
        if F.m_one_float(operands[1]):
            return [self.lhs]
        return self._fold_const(operands, lambda a, b, k: apfloat.div(k, a, b))


class RemFOp(FloatBinaryOp):
    """Floating-point remainder with the sign of the dividend (fmod).

    Example: `%r = arith.remf %a, %b : f32`
    """

    name = "arith.remf"

    def fold_op(self, operands: list) -> list | None:
        return self._fold_const(operands, lambda a, b, k: apfloat.rem(k, a, b))


class _MinMaxFOp(FloatBinaryOp):
    """Base of float min/max: `op(x, x) -> x`, `op(x, identity) -> x`, constants."""

    __slots__ = ()
    traits = _FLOAT_OP + (Commutative,)

    def _identity(self, attr: Any) -> bool:
        raise NotImplementedError

    def _pick(self, a: int, b: int, k: str) -> int:
        raise NotImplementedError

    def fold_op(self, operands: list) -> list | None:
        # op(x, x) -> x
        if self.lhs is self.rhs:
            return [self.rhs]
        # op(x, identity) -> x
        if self._identity(operands[1]):
            return [self.lhs]
        return self._fold_const(operands, self._pick)


class MaximumFOp(_MinMaxFOp):
    """Maximum, NaN-propagating, -0.0 < +0.0.

    Example: `%r = arith.maximumf %a, %b : f64`
    """

    name = "arith.maximumf"

    def _identity(self, attr: Any) -> bool:
        return F.m_neg_inf_float(attr)

    def _pick(self, a: int, b: int, k: str) -> int:
        return apfloat.maximum(k, a, b)


class MaxNumFOp(_MinMaxFOp):
    """Maximum; a NaN operand yields the other operand.

    Example: `%r = arith.maxnumf %a, %b : f64`
    """

    name = "arith.maxnumf"

    def _identity(self, attr: Any) -> bool:
        return F.m_nan_float(attr)

    def _pick(self, a: int, b: int, k: str) -> int:
        return apfloat.maxnum(k, a, b)


class MinimumFOp(_MinMaxFOp):
    """Minimum, NaN-propagating, -0.0 < +0.0.

    Example: `%r = arith.minimumf %a, %b : f64`
    """

    name = "arith.minimumf"

    def _identity(self, attr: Any) -> bool:
        return F.m_pos_inf_float(attr)

    def _pick(self, a: int, b: int, k: str) -> int:
        return apfloat.minimum(k, a, b)


class MinNumFOp(_MinMaxFOp):
    """Minimum; a NaN operand yields the other operand.

    Example: `%r = arith.minnumf %a, %b : f64`
    """

    name = "arith.minnumf"

    def _identity(self, attr: Any) -> bool:
        return F.m_nan_float(attr)

    def _pick(self, a: int, b: int, k: str) -> int:
        return apfloat.minnum(k, a, b)


FLOAT_OPS = (
    NegFOp,
    AddFOp,
    SubFOp,
    MulFOp,
    DivFOp,
    RemFOp,
    MaximumFOp,
    MaxNumFOp,
    MinimumFOp,
    MinNumFOp,
)
