"""The ops of the math dialect (upstream MLIR 22 registers 46).

Every op is Pure and ElementwiseMappable; float ops carry an `#arith.fastmath` flag
property that defaults to `none` (elided in the custom form, printed in the generic form).
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any, ClassVar

from mliropt.dialects.arith.attributes import FastMathFlagsAttr, bit_enum_attr, fastmath_none
from mliropt.dialects.arith.base import verify_elementwise, verify_same_shape
from mliropt.dialects.arith.folding import is_poison
from mliropt.dialects.math import folding as F
from mliropt.dialects.ods import (
    Attr,
    BoolLike,
    Constraint,
    Elementwise,
    FloatLike,
    Op,
    Operand,
    Pure,
    Result,
    SameOperandsAndResultType,
    Scalarizable,
    SignlessIntegerLike,
    Tensorizable,
    Vectorizable,
    VerifyError,
    all_types_match,
    types_match_with,
)
from mliropt.ir import types as T
from mliropt.ir.dialect import Dialect
from mliropt.ir.opdef import verify_inferred_result_types
from mliropt.ir.traits import Trait
from mliropt.rewrite.inlining import AlwaysLegalInliner

FastMathAttr = bit_enum_attr(FastMathFlagsAttr, "Floating point fast math flags")
SignlessIntegerOrIndexLike = Constraint("signless-integer-like", SignlessIntegerLike.predicate)

_ELEMENTWISE = (Pure, Elementwise, Scalarizable, Vectorizable, Tensorizable)


def i1_same_shape(t: Any) -> Any:
    """`i1`, or a vector/tensor of `i1` of the shape of `t` (upstream's getI1SameShape)."""
    if isinstance(t, T.VectorType):
        return T.VectorType(t.shape, T.i1, t.scalable)
    if isinstance(t, T.RankedTensorType):
        return T.RankedTensorType(t.shape, T.i1, t.encoding)
    if isinstance(t, T.UnrankedTensorType):
        return T.UnrankedTensorType(T.i1)
    return T.i1


# ----------------------------------------------------------------------------- op families


class MathOp(Op):
    """Base of math ops: pure and elementwise-mappable."""

    traits: ClassVar[Collection[Trait]] = _ELEMENTWISE
    # fold(self, operands) computes with `folder(operand attrs, result type)` when set.
    folder: Any = None
    # Upstream's folders are CommonFolders' (constFoldUnaryOp, constFoldBinaryOp), which
    # return a poison operand as the result; the classification folders are not.
    folds_poison = True

    def verify(self) -> None:
        verify_elementwise(self)
        if SameOperandsAndResultType in type(self).traits and self.operands:
            # ODS gives these ops InferTypeOpInterface: results are the first operand's type.
            verify_inferred_result_types(self, [self.operands[0].type] * len(self.results))

    def fold(self, operands: list) -> list | None:
        folder = type(self).folder
        if folder is None:
            return None
        if type(self).folds_poison:
            poison = next((a for a in operands if is_poison(a)), None)
            if poison is not None:
                return [poison]
        value = folder(operands, self.results[0].type)
        return None if value is None else [value]


class FloatUnaryOp(MathOp):
    """Base of unary float ops: `%r = math.sin %x fastmath<fast> : f32`."""

    traits = (*_ELEMENTWISE, SameOperandsAndResultType)
    operand = Operand(FloatLike)
    fastmath = Attr(FastMathAttr, default=fastmath_none)
    result = Result(FloatLike)
    assembly_format = "$operand (`fastmath` `` $fastmath^)? attr-dict `:` type($result)"


class FloatBinaryOp(MathOp):
    """Base of binary float ops: `%r = math.powf %a, %b : f32`."""

    traits = (*_ELEMENTWISE, SameOperandsAndResultType)
    lhs = Operand(FloatLike)
    rhs = Operand(FloatLike)
    fastmath = Attr(FastMathAttr, default=fastmath_none)
    result = Result(FloatLike)
    assembly_format = "$lhs `,` $rhs (`fastmath` `` $fastmath^)? attr-dict `:` type($result)"


class FloatTernaryOp(MathOp):
    """Base of ternary float ops: `%r = math.fma %a, %b, %c : f32`."""

    traits = (*_ELEMENTWISE, SameOperandsAndResultType)
    a = Operand(FloatLike)
    b = Operand(FloatLike)
    c = Operand(FloatLike)
    fastmath = Attr(FastMathAttr, default=fastmath_none)
    result = Result(FloatLike)
    assembly_format = "$a `,` $b `,` $c (`fastmath` `` $fastmath^)? attr-dict `:` type($result)"


class IntegerUnaryOp(MathOp):
    """Base of unary integer ops: `%r = math.ctlz %x : i32`."""

    traits = (*_ELEMENTWISE, SameOperandsAndResultType)
    operand = Operand(SignlessIntegerOrIndexLike)
    result = Result(SignlessIntegerOrIndexLike)
    assembly_format = "$operand attr-dict `:` type($result)"


class IntegerBinaryOp(MathOp):
    """Base of binary integer ops: `%r = math.ipowi %a, %b : i32`."""

    traits = (*_ELEMENTWISE, SameOperandsAndResultType)
    lhs = Operand(SignlessIntegerOrIndexLike)
    rhs = Operand(SignlessIntegerOrIndexLike)
    result = Result(SignlessIntegerOrIndexLike)
    assembly_format = "$lhs `,` $rhs attr-dict `:` type($result)"


class FloatClassificationOp(MathOp):
    """Base of float classification ops: `%r = math.isnan %x : f32` gives an `i1`."""

    folds_poison = False

    operand = Operand(FloatLike)
    fastmath = Attr(FastMathAttr, default=fastmath_none)
    result = Result(BoolLike)
    type_relations = (types_match_with("operand", "result", i1_same_shape),)
    assembly_format = "$operand attr-dict `:` type($operand)"

    def verify(self) -> None:
        if self.results[0].type is not i1_same_shape(self.operand.type):
            raise VerifyError(
                self,
                "failed to verify that result type has i1 element type and same shape as operands",
            )
        verify_elementwise(self)


# ----------------------------------------------------------------------------- ops


class AbsFOp(FloatUnaryOp):
    """Floating point absolute value.

    Example: `%a = math.absf %b : f64`
    """

    name = "math.absf"
    folder = staticmethod(F.fold_absf)


class AbsIOp(IntegerUnaryOp):
    """Integer absolute value.

    Example: `%a = math.absi %b : i64`
    """

    name = "math.absi"
    folder = staticmethod(F.fold_absi)


class AcosOp(FloatUnaryOp):
    """Arcus cosine.

    Example: `%a = math.acos %b : f64`
    """

    name = "math.acos"
    folder = staticmethod(F.libm_unary("acos"))


class AcoshOp(FloatUnaryOp):
    """Hyperbolic arcus cosine.

    Example: `%a = math.acosh %b : f64`
    """

    name = "math.acosh"
    folder = staticmethod(F.libm_unary("acosh"))


class AsinOp(FloatUnaryOp):
    """Arcus sine.

    Example: `%a = math.asin %b : f64`
    """

    name = "math.asin"
    folder = staticmethod(F.libm_unary("asin"))


class AsinhOp(FloatUnaryOp):
    """Hyperbolic arcus sine.

    Example: `%a = math.asinh %b : f64`
    """

    name = "math.asinh"
    folder = staticmethod(F.libm_unary("asinh"))


class AtanOp(FloatUnaryOp):
    """Arcus tangent.

    Example: `%a = math.atan %b : f64`
    """

    name = "math.atan"
    folder = staticmethod(F.libm_unary("atan"))


class AtanhOp(FloatUnaryOp):
    """Hyperbolic arcus tangent.

    Example: `%a = math.atanh %b : f64`
    """

    name = "math.atanh"
    folder = staticmethod(F.libm_unary("atanh"))


class Atan2Op(FloatBinaryOp):
    """2-argument arcus tangent `atan2(y, x)`.

    Example: `%a = math.atan2 %y, %x : f32`
    """

    name = "math.atan2"
    folder = staticmethod(F.libm_binary("atan2"))


class CbrtOp(FloatUnaryOp):
    """Cube root.

    Example: `%a = math.cbrt %b : f64`
    """

    name = "math.cbrt"


class CeilOp(FloatUnaryOp):
    """Ceiling.

    Example: `%a = math.ceil %b : f64`
    """

    name = "math.ceil"
    folder = staticmethod(F.rounding("ceil"))


class ClampFOp(MathOp):
    """Clamp a value to `[min, max]`.

    Example: `%d = math.clampf %value to [%min, %max] : f64`
    """

    name = "math.clampf"
    traits = (*_ELEMENTWISE, SameOperandsAndResultType)
    value = Operand(FloatLike)
    min = Operand(FloatLike)
    max = Operand(FloatLike)
    fastmath = Attr(FastMathAttr, default=fastmath_none)
    result = Result(FloatLike)
    assembly_format = (
        "$value `to` ` ` `[` $min `,` $max `]` (`fastmath` `` $fastmath^)? attr-dict "
        "`:` type($result)"
    )


class CopySignOp(FloatBinaryOp):
    """Magnitude of the first operand with the sign of the second.

    Example: `%a = math.copysign %b, %c : f64`
    """

    name = "math.copysign"
    folder = staticmethod(F.fold_copysign)


class CosOp(FloatUnaryOp):
    """Cosine.

    Example: `%a = math.cos %b : f64`
    """

    name = "math.cos"
    folder = staticmethod(F.libm_unary("cos"))


class CoshOp(FloatUnaryOp):
    """Hyperbolic cosine.

    Example: `%a = math.cosh %b : f64`
    """

    name = "math.cosh"
    folder = staticmethod(F.libm_unary("cosh"))


class CountLeadingZerosOp(IntegerUnaryOp):
    """Number of leading zero bits.

    Example: `%a = math.ctlz %b : i32`
    """

    name = "math.ctlz"
    folder = staticmethod(F.fold_ctlz)


class CountTrailingZerosOp(IntegerUnaryOp):
    """Number of trailing zero bits.

    Example: `%a = math.cttz %b : i32`
    """

    name = "math.cttz"
    folder = staticmethod(F.fold_cttz)


class CtPopOp(IntegerUnaryOp):
    """Number of set bits.

    Example: `%a = math.ctpop %b : i32`
    """

    name = "math.ctpop"
    folder = staticmethod(F.fold_ctpop)


class ErfOp(FloatUnaryOp):
    """Error function.

    Example: `%a = math.erf %b : f64`
    """

    name = "math.erf"
    folder = staticmethod(F.libm_unary("erf"))


class ErfcOp(FloatUnaryOp):
    """Complementary error function `1 - erf(x)`.

    Example: `%a = math.erfc %b : f64`
    """

    name = "math.erfc"
    folder = staticmethod(F.libm_unary("erfc"))


class ExpOp(FloatUnaryOp):
    """Base-e exponential.

    Example: `%a = math.exp %b : f64`
    """

    name = "math.exp"
    folder = staticmethod(F.libm_unary("exp"))


class Exp2Op(FloatUnaryOp):
    """Base-2 exponential.

    Example: `%a = math.exp2 %b : f64`
    """

    name = "math.exp2"
    folder = staticmethod(F.libm_unary("exp2"))


class ExpM1Op(FloatUnaryOp):
    """Base-e exponential minus 1.

    Example: `%a = math.expm1 %b : f64`
    """

    name = "math.expm1"
    folder = staticmethod(F.libm_unary("expm1"))


class FloorOp(FloatUnaryOp):
    """Floor.

    Example: `%a = math.floor %b : f64`
    """

    name = "math.floor"
    folder = staticmethod(F.rounding("floor"))


class FmaOp(FloatTernaryOp):
    """Fused multiply-add `a * b + c`.

    Example: `%d = math.fma %a, %b, %c : f64`
    """

    name = "math.fma"


class FPowIOp(MathOp):
    """A float raised to a signed integer power.

    Example: `%a = math.fpowi %base, %power : f64, i32`
    """

    name = "math.fpowi"
    lhs = Operand(FloatLike)
    rhs = Operand(SignlessIntegerOrIndexLike)
    fastmath = Attr(FastMathAttr, default=fastmath_none)
    result = Result(FloatLike)
    type_relations = (all_types_match("lhs", "result"),)
    assembly_format = (
        "$lhs `,` $rhs (`fastmath` `` $fastmath^)? attr-dict `:` type($lhs) `,` type($rhs)"
    )

    def verify(self) -> None:
        if self.lhs.type is not self.results[0].type:
            raise VerifyError(self, "failed to verify that all of {lhs, result} have same type")
        verify_same_shape(self)
        verify_elementwise(self)


class IPowIOp(IntegerBinaryOp):
    """A signed integer raised to an integer power.

    Example: `%a = math.ipowi %b, %c : i32`
    """

    name = "math.ipowi"
    folder = staticmethod(F.fold_ipowi)


class IsFiniteOp(FloatClassificationOp):
    """True when the operand is finite (normal, subnormal or zero).

    Example: `%f = math.isfinite %a : f32`
    """

    name = "math.isfinite"
    folder = staticmethod(F.classification("isfinite"))


class IsInfOp(FloatClassificationOp):
    """True when the operand is an infinity.

    Example: `%f = math.isinf %a : f32`
    """

    name = "math.isinf"
    folder = staticmethod(F.classification("isinf"))


class IsNaNOp(FloatClassificationOp):
    """True when the operand is a NaN.

    Example: `%f = math.isnan %a : f32`
    """

    name = "math.isnan"
    folder = staticmethod(F.classification("isnan"))


class IsNormalOp(FloatClassificationOp):
    """True when the operand is normal (not zero, subnormal, infinite or NaN).

    Example: `%f = math.isnormal %a : f32`
    """

    name = "math.isnormal"
    folder = staticmethod(F.classification("isnormal"))


class LogOp(FloatUnaryOp):
    """Base-e logarithm.

    Example: `%y = math.log %x : f64`
    """

    name = "math.log"
    folder = staticmethod(F.libm_unary("log"))


class Log10Op(FloatUnaryOp):
    """Base-10 logarithm.

    Example: `%y = math.log10 %x : f64`
    """

    name = "math.log10"
    folder = staticmethod(F.libm_unary("log10"))


class Log1pOp(FloatUnaryOp):
    """Base-e logarithm of one plus the operand.

    Example: `%y = math.log1p %x : f64`
    """

    name = "math.log1p"
    folder = staticmethod(F.libm_unary("log1p"))


class Log2Op(FloatUnaryOp):
    """Base-2 logarithm.

    Example: `%y = math.log2 %x : f64`
    """

    name = "math.log2"
    folder = staticmethod(F.libm_unary("log2"))


class PowFOp(FloatBinaryOp):
    """A float raised to a float power.

    Example: `%a = math.powf %b, %c : f64`
    """

    name = "math.powf"
    folder = staticmethod(F.libm_binary("pow"))


class RoundOp(FloatUnaryOp):
    """Round to the nearest integer, halfway cases away from zero.

    Example: `%a = math.round %b : f64`
    """

    name = "math.round"
    folder = staticmethod(F.rounding("round"))


class RoundEvenOp(FloatUnaryOp):
    """Round to the nearest integer, halfway cases to even.

    Example: `%a = math.roundeven %b : f64`
    """

    name = "math.roundeven"
    folder = staticmethod(F.rounding("roundeven"))


class RsqrtOp(FloatUnaryOp):
    """Reciprocal of the square root.

    Example: `%a = math.rsqrt %b : f64`
    """

    name = "math.rsqrt"


class SinOp(FloatUnaryOp):
    """Sine.

    Example: `%a = math.sin %b : f64`
    """

    name = "math.sin"
    folder = staticmethod(F.libm_unary("sin"))


class SincosOp(MathOp):
    """Sine and cosine of one value.

    Example: `%sin, %cos = math.sincos %x : f64`
    """

    name = "math.sincos"
    operand = Operand(FloatLike)
    fastmath = Attr(FastMathAttr, default=fastmath_none)
    sin = Result(FloatLike)
    cos = Result(FloatLike)
    type_relations = (all_types_match("operand", "sin", "cos"),)
    assembly_format = "$operand (`fastmath` `` $fastmath^)? attr-dict `:` type($operand)"

    def asm_result_names(self) -> list:
        """Upstream names the results `%sin` and `%cos`."""
        return [(self.results[0], "sin"), (self.results[1], "cos")]

    def verify(self) -> None:
        t = self.operand.type
        if any(r.type is not t for r in self.results):
            raise VerifyError(
                self, "failed to verify that all of {operand, sin, cos} have same type"
            )
        verify_same_shape(self)
        verify_elementwise(self)


class SinhOp(FloatUnaryOp):
    """Hyperbolic sine.

    Example: `%a = math.sinh %b : f64`
    """

    name = "math.sinh"
    folder = staticmethod(F.libm_unary("sinh"))


class SqrtOp(FloatUnaryOp):
    """Square root.

    Example: `%a = math.sqrt %b : f64`
    """

    name = "math.sqrt"
    folder = staticmethod(F.libm_unary("sqrt"))


class TanOp(FloatUnaryOp):
    """Tangent.

    Example: `%a = math.tan %b : f64`
    """

    name = "math.tan"
    folder = staticmethod(F.libm_unary("tan"))


class TanhOp(FloatUnaryOp):
    """Hyperbolic tangent.

    Example: `%a = math.tanh %b : f64`
    """

    name = "math.tanh"
    folder = staticmethod(F.libm_unary("tanh"))


class TruncOp(FloatUnaryOp):
    """Round towards zero.

    Example: `%a = math.trunc %b : f64`
    """

    name = "math.trunc"
    folder = staticmethod(F.rounding("trunc"))


ALL_OPS = (
    AbsFOp,
    AbsIOp,
    AcosOp,
    AcoshOp,
    AsinOp,
    AsinhOp,
    AtanOp,
    Atan2Op,
    AtanhOp,
    CbrtOp,
    CeilOp,
    ClampFOp,
    CopySignOp,
    CosOp,
    CoshOp,
    CountLeadingZerosOp,
    CountTrailingZerosOp,
    CtPopOp,
    ErfOp,
    ErfcOp,
    ExpOp,
    Exp2Op,
    ExpM1Op,
    FloorOp,
    FmaOp,
    FPowIOp,
    IPowIOp,
    IsFiniteOp,
    IsInfOp,
    IsNaNOp,
    IsNormalOp,
    LogOp,
    Log10Op,
    Log1pOp,
    Log2Op,
    PowFOp,
    RoundOp,
    RoundEvenOp,
    RsqrtOp,
    SinOp,
    SincosOp,
    SinhOp,
    SqrtOp,
    TanOp,
    TanhOp,
    TruncOp,
)


class MathDialect(Dialect):
    """The math dialect."""

    name = "math"
    ops = ALL_OPS
    dependent_dialects = ("arith",)
    # Upstream's MathInlinerInterface: every math op may be inlined.
    inliner = AlwaysLegalInliner

    def materialize_constant(self, builder: Any, value: Any, type: Any, loc: Any) -> Any:
        """Folded values become `arith.constant` ops, as upstream's math dialect does."""
        from mliropt.dialects.arith import materialize_arith_constant

        return materialize_arith_constant(builder, value, type, loc)
