"""The ops of the complex dialect (upstream MLIR 22 registers 29).

Every op is Pure; the arithmetic and unary ops are Elementwise and carry an
`#arith.fastmath` flag property that defaults to `none` (elided in the custom form,
printed in the generic form), except `powi`, whose flag is optional (absent by default).
Folders are upstream's ComplexOps.cpp ones; canonicalization patterns are in patterns.py.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any, ClassVar

from mliropt.dialects.arith.attributes import FastMathFlagsAttr, bit_enum_attr, fastmath_none
from mliropt.dialects.complex import patterns as P
from mliropt.dialects.complex.attributes import (
    AnyComplex,
    AnySignlessInteger,
    ArrayAttr,
    ComplexFloat,
    element_type,
)
from mliropt.dialects.ods import (
    I1,
    AnyFloat,
    AnyType,
    Attr,
    ConstantLike,
    Elementwise,
    Op,
    OpAsmOpInterface,
    Operand,
    Pure,
    Result,
    SameOperandsAndResultShape,
    SameOperandsAndResultType,
    VerifyError,
    all_types_match,
    types_match_with,
)
from mliropt.ir import attributes as A
from mliropt.ir import types as T
from mliropt.ir.operation import OpResult
from mliropt.ir.traits import Trait

ArithFastMathInterface = Trait("ArithFastMathInterface")
FastMathAttr = bit_enum_attr(FastMathFlagsAttr, "Floating point fast math flags")

_ELEMENT_MATCHES_RESULT = "complex element type matches result type"


def defining(value: Any, cls: type) -> Any:
    """The op defining `value` when it is a `cls` op, else None."""
    if value.__class__ is OpResult and isinstance(value.owner, cls):
        return value.owner
    return None


def match_with(op: Op, actual: Any, expected: Any, what: str) -> None:
    """A TypesMatchWith trait's check: `failed to verify that <what>`."""
    if actual is not expected:
        raise VerifyError(op, f"failed to verify that {what}")


def _parts(attr: Any) -> tuple[float, float] | None:
    """The (real, imaginary) floats of a two-element array of float attributes."""
    if not isinstance(attr, A.ArrayAttr) or len(attr.value) != 2:
        return None
    re, im = attr.value
    if not isinstance(re, A.FloatAttr) or not isinstance(im, A.FloatAttr):
        return None
    return re.value, im.value


def _constant_parts(value: Any) -> tuple[float, float] | None:
    """The parts of a `complex.constant` defining `value`, else None."""
    const = defining(value, ConstantOp)
    return None if const is None else _parts(const.properties["value"])


# ----------------------------------------------------------------------------- op families


class ComplexArithmeticOp(Op):
    """Base of binary ops on complex floats: `%r = complex.add %a, %b : complex<f32>`."""

    traits: ClassVar[Collection[Trait]] = (
        Pure, SameOperandsAndResultType, Elementwise, ArithFastMathInterface,
    )
    lhs = Operand(ComplexFloat)
    rhs = Operand(ComplexFloat)
    fastmath = Attr(FastMathAttr, default=fastmath_none)
    result = Result(ComplexFloat)
    assembly_format = "$lhs `,` $rhs (`fastmath` `` $fastmath^)? attr-dict `:` type($result)"


class ComplexUnaryOp(Op):
    """Base of unary ops on a complex float: `%r = complex.exp %a : complex<f32>`."""

    traits: ClassVar[Collection[Trait]] = (
        Pure, SameOperandsAndResultType, Elementwise, ArithFastMathInterface,
    )
    complex = Operand(ComplexFloat)
    fastmath = Attr(FastMathAttr, default=fastmath_none)
    result = Result(ComplexFloat)
    assembly_format = "$complex (`fastmath` `` $fastmath^)? attr-dict `:` type($complex)"


class ComplexToFloatOp(Op):
    """Base of unary ops from a complex float to its element type:
    `%r = complex.abs %a : complex<f32>` gives an `f32`."""

    traits: ClassVar[Collection[Trait]] = (Pure, Elementwise, ArithFastMathInterface)
    complex = Operand(ComplexFloat)
    fastmath = Attr(FastMathAttr, default=fastmath_none)
    result = Result(AnyFloat)
    type_relations = (types_match_with("complex", "result", element_type),)
    assembly_format = "$complex (`fastmath` `` $fastmath^)? attr-dict `:` type($complex)"

    def verify(self) -> None:
        match_with(
            self, self.results[0].type, element_type(self.complex.type), _ELEMENT_MATCHES_RESULT
        )


class ComplexCompareOp(Op):
    """Base of comparisons: `%r = complex.eq %a, %b : complex<f32>` gives an `i1`."""

    traits: ClassVar[Collection[Trait]] = (Pure, Elementwise)
    lhs = Operand(ComplexFloat)
    rhs = Operand(ComplexFloat)
    result = Result(I1)
    type_relations = (all_types_match("lhs", "rhs"),)
    assembly_format = "$lhs `,` $rhs  attr-dict `:` type($lhs)"

    def verify(self) -> None:
        if self.lhs.type is not self.rhs.type:
            raise VerifyError(self, "failed to verify that all of {lhs, rhs} have same type")


# ----------------------------------------------------------------------------- ops


class AbsOp(ComplexToFloatOp):
    """The absolute value of a complex number.

    Example: `%a = complex.abs %b : complex<f32>`
    """

    name = "complex.abs"


class AddOp(ComplexArithmeticOp):
    """Complex addition.

    Example: `%a = complex.add %b, %c : complex<f32>`
    """

    name = "complex.add"

    def fold(self, operands: list) -> list | None:
        lhs, rhs = self.lhs, self.rhs
        # add(sub(a, b), b) -> a
        sub = defining(lhs, SubOp)
        if sub is not None and sub.rhs is rhs:
            return [sub.lhs]
        # add(b, sub(a, b)) -> a
        sub = defining(rhs, SubOp)
        if sub is not None and sub.rhs is lhs:
            return [sub.lhs]
        # add(a, constant [0.0, 0.0]) -> a (either zero's sign)
        if _constant_parts(rhs) == (0.0, 0.0):
            return [lhs]
        return None


class AngleOp(ComplexToFloatOp):
    """The argument of a complex number (branch cut along the negative real axis).

    Example: `%a = complex.angle %b : complex<f32>`
    """

    name = "complex.angle"


class Atan2Op(ComplexArithmeticOp):
    """The complex 2-argument arctangent.

    Example: `%a = complex.atan2 %b, %c : complex<f32>`
    """

    name = "complex.atan2"


class BitcastOp(Op):
    """A bitcast between a complex number and an integer or float of its bit width.

    Example: `%a = complex.bitcast %b : complex<f32> to i64`
    """

    name = "complex.bitcast"
    traits = (Pure,)
    operand = Operand(AnyType)
    result = Result(AnyType)
    assembly_format = "$operand attr-dict `:` type($operand) `to` type($result)"
    canonicalization_patterns = (P.MergeComplexBitcast, P.MergeArithBitcast)

    def verify(self) -> None:
        src, dst = self.operand.type, self.result.type
        # Allowed: it folds away.
        if src is dst:
            return
        if not _int_or_float(src) and not isinstance(src, T.ComplexType):
            raise VerifyError(self, "operand must be int/float/complex")
        if not _int_or_float(dst) and not isinstance(dst, T.ComplexType):
            raise VerifyError(self, "result must be int/float/complex")
        if isinstance(src, T.ComplexType) == isinstance(dst, T.ComplexType):
            raise VerifyError(self, "requires that either input or output has a complex type")
        if isinstance(dst, T.ComplexType):
            src, dst = dst, src
        if 2 * _bit_width(src.element_type) != _bit_width(dst):  # type: ignore[attr-defined]
            raise VerifyError(self, "casting bitwidths do not match")

    def fold(self, operands: list) -> list | None:
        # bitcast(x : T to T) -> x
        if self.operand.type is self.result.type:
            return [self.operand]
        return None


def _int_or_float(t: Any) -> bool:
    """Type::isIntOrFloat (not index)."""
    return isinstance(t, (T.IntegerType, T.FloatType))


def _bit_width(t: Any) -> int:
    """Type::getIntOrFloatBitWidth (0 for other element types, which never match)."""
    return t.width if isinstance(t, (T.IntegerType, T.FloatType)) else 0


class ConjOp(ComplexUnaryOp):
    """The complex conjugate.

    Example: `%a = complex.conj %b : complex<f32>`
    """

    name = "complex.conj"

    def fold(self, operands: list) -> list | None:
        # conj(conj(a)) -> a
        inner = defining(self.complex, ConjOp)
        return None if inner is None else [inner.complex]


class ConstantOp(Op):
    """A complex constant from an array of its real and imaginary parts.

    Example: `%a = complex.constant [0.1, -1.0] : complex<f64>`
    """

    name = "complex.constant"
    traits = (ConstantLike, Pure, OpAsmOpInterface)
    value = Attr(ArrayAttr)
    complex = Result(AnyComplex)
    assembly_format = "$value attr-dict `:` type($complex)"

    def asm_result_names(self) -> list:
        """`%cst`, as upstream."""
        return [(self.results[0], "cst")]

    def verify(self) -> None:
        parts: tuple = self.properties["value"].value  # type: ignore[attr-defined]
        if len(parts) != 2:
            raise VerifyError(
                self,
                "requires 'value' to be a complex constant, represented as array of two values",
            )
        if not all(isinstance(a, (A.IntegerAttr, A.FloatAttr)) for a in parts):
            raise VerifyError(
                self, "requires attribute's elements to be float or integer attributes"
            )
        et = element_type(self.results[0].type)
        re, im = parts[0].type, parts[1].type
        if re is not et or im is not et:
            raise VerifyError(
                self,
                f"requires attribute's element types ('{re}', '{im}') to match the element "
                f"type of the op's return type ('{et}')",
            )

    def fold(self, operands: list) -> list | None:
        return [self.properties["value"]]


def is_buildable_with(value: Any, type: Any) -> bool:
    """ConstantOp::isBuildableWith: two float (or two integer) attributes of the
    element type of a complex type."""
    if not isinstance(value, A.ArrayAttr) or not isinstance(type, T.ComplexType):
        return False
    if len(value.value) != 2:
        return False
    re, im = value.value
    et = type.element_type
    for kind in (A.FloatAttr, A.IntegerAttr):
        if isinstance(re, kind):
            return isinstance(im, kind) and re.type is et and im.type is et
    return False


class CosOp(ComplexUnaryOp):
    """The cosine of a complex number.

    Example: `%a = complex.cos %b : complex<f32>`
    """

    name = "complex.cos"


class CreateOp(Op):
    """A complex number from its real and imaginary parts.

    Example: `%a = complex.create %b, %c : complex<f32>`
    """

    name = "complex.create"
    traits = (Pure,)
    real = Operand(AnyFloat)
    imaginary = Operand(AnyFloat)
    complex = Result(ComplexFloat)
    type_relations = (
        all_types_match("real", "imaginary"),
        types_match_with("complex", "real", element_type),
        types_match_with("complex", "imaginary", element_type),
    )
    assembly_format = "$real `,` $imaginary attr-dict `:` type($complex)"

    def verify(self) -> None:
        if self.real.type is not self.imaginary.type:
            raise VerifyError(
                self, "failed to verify that all of {real, imaginary} have same type"
            )
        et = element_type(self.complex.type)
        match_with(self, self.real.type, et, "complex element type matches real operand type")
        match_with(
            self, self.imaginary.type, et, "complex element type matches imaginary operand type"
        )

    def fold(self, operands: list) -> list | None:
        # create(re(x), im(x)) -> x
        re, im = defining(self.real, ReOp), defining(self.imaginary, ImOp)
        if re is not None and im is not None and re.complex is im.complex:
            return [re.complex]
        return None


class DivOp(ComplexArithmeticOp):
    """Complex division.

    Example: `%a = complex.div %b, %c : complex<f32>`
    """

    name = "complex.div"

    def fold(self, operands: list) -> list | None:
        # div(a, constant [1.0, 0.0]) -> a
        if _parts(operands[1]) == (1.0, 0.0):
            return [self.lhs]
        return None


class EqualOp(ComplexCompareOp):
    """Whether two complex numbers are equal.

    Example: `%a = complex.eq %b, %c : complex<f32>`
    """

    name = "complex.eq"


class ExpOp(ComplexUnaryOp):
    """The exponential of a complex number.

    Example: `%a = complex.exp %b : complex<f32>`
    """

    name = "complex.exp"

    def fold(self, operands: list) -> list | None:
        # exp(log(a)) -> a
        inner = defining(self.complex, LogOp)
        return None if inner is None else [inner.complex]


class Expm1Op(ComplexUnaryOp):
    """`exp(x) - 1` of a complex number.

    Example: `%a = complex.expm1 %b : complex<f32>`
    """

    name = "complex.expm1"


class ImOp(ComplexToFloatOp):
    """The imaginary part of a complex number.

    Example: `%a = complex.im %b : complex<f32>`
    """

    name = "complex.im"
    canonicalization_patterns = (P.ImOfNegCreate,)

    def fold(self, operands: list) -> list | None:
        return _fold_part(self, operands[0], 1)


class LogOp(ComplexUnaryOp):
    """The natural logarithm of a complex number.

    Example: `%a = complex.log %b : complex<f32>`
    """

    name = "complex.log"

    def fold(self, operands: list) -> list | None:
        # log(exp(a)) -> a
        inner = defining(self.complex, ExpOp)
        return None if inner is None else [inner.complex]


class Log1pOp(ComplexUnaryOp):
    """`log(1 + x)` of a complex number.

    Example: `%a = complex.log1p %b : complex<f32>`
    """

    name = "complex.log1p"


class MulOp(ComplexArithmeticOp):
    """Complex multiplication.

    Example: `%a = complex.mul %b, %c : complex<f32>`
    """

    name = "complex.mul"

    def fold(self, operands: list) -> list | None:
        # mul(a, constant [1.0, 0.0]) -> a
        if _constant_parts(self.rhs) == (1.0, 0.0):
            return [self.lhs]
        return None


class NegOp(ComplexUnaryOp):
    """The negation of a complex number.

    Example: `%a = complex.neg %b : complex<f32>`
    """

    name = "complex.neg"

    def fold(self, operands: list) -> list | None:
        # neg(neg(a)) -> a
        inner = defining(self.complex, NegOp)
        return None if inner is None else [inner.complex]


class NotEqualOp(ComplexCompareOp):
    """Whether two complex numbers differ.

    Example: `%a = complex.neq %b, %c : complex<f32>`
    """

    name = "complex.neq"


class PowOp(ComplexArithmeticOp):
    """A complex number raised to a complex power.

    Example: `%a = complex.pow %b, %c : complex<f32>`
    """

    name = "complex.pow"


class PowiOp(Op):
    """A complex number raised to a signless integer power.

    Example: `%a = complex.powi %b, %c : complex<f32>, i32`
    """

    name = "complex.powi"
    traits = (Pure, Elementwise, SameOperandsAndResultShape, ArithFastMathInterface)
    lhs = Operand(ComplexFloat)
    rhs = Operand(AnySignlessInteger)
    fastmath = Attr(FastMathAttr, optional=True)
    result = Result(ComplexFloat)
    type_relations = (all_types_match("lhs", "result"),)
    assembly_format = (
        "$lhs `,` $rhs (`fastmath` `` $fastmath^)? attr-dict `:` type($result) `,` type($rhs)"
    )

    def verify(self) -> None:
        if self.lhs.type is not self.result.type:
            raise VerifyError(self, "failed to verify that all of {lhs, result} have same type")


class ReOp(ComplexToFloatOp):
    """The real part of a complex number.

    Example: `%a = complex.re %b : complex<f32>`
    """

    name = "complex.re"
    canonicalization_patterns = (P.ReOfNegCreate,)

    def fold(self, operands: list) -> list | None:
        return _fold_part(self, operands[0], 0)


def _fold_part(op: Op, value: Any, index: int) -> list | None:
    """re/im of a constant -> its part; re/im(create(a, b)) -> a/b."""
    if isinstance(value, A.ArrayAttr) and len(value.value) == 2:
        return [value.value[index]]
    create = defining(op.operands[0], CreateOp)
    if create is not None:
        return [create.operands[index]]
    return None


class RsqrtOp(ComplexUnaryOp):
    """The reciprocal of the square root of a complex number.

    Example: `%a = complex.rsqrt %b : complex<f32>`
    """

    name = "complex.rsqrt"


class SignOp(ComplexUnaryOp):
    """The sign of a complex number (`x / |x|`, or 0).

    Example: `%a = complex.sign %b : complex<f32>`
    """

    name = "complex.sign"


class SinOp(ComplexUnaryOp):
    """The sine of a complex number.

    Example: `%a = complex.sin %b : complex<f32>`
    """

    name = "complex.sin"


class SqrtOp(ComplexUnaryOp):
    """The square root of a complex number.

    Example: `%a = complex.sqrt %b : complex<f32>`
    """

    name = "complex.sqrt"


class SubOp(ComplexArithmeticOp):
    """Complex subtraction.

    Example: `%a = complex.sub %b, %c : complex<f32>`
    """

    name = "complex.sub"

    def fold(self, operands: list) -> list | None:
        # sub(add(a, b), b) -> a
        add = defining(self.lhs, AddOp)
        if add is not None and add.rhs is self.rhs:
            return [add.lhs]
        # sub(a, constant [0.0, 0.0]) -> a (either zero's sign)
        if _constant_parts(self.rhs) == (0.0, 0.0):
            return [self.lhs]
        return None


class TanOp(ComplexUnaryOp):
    """The tangent of a complex number.

    Example: `%a = complex.tan %b : complex<f32>`
    """

    name = "complex.tan"


class TanhOp(ComplexUnaryOp):
    """The hyperbolic tangent of a complex number.

    Example: `%a = complex.tanh %b : complex<f32>`
    """

    name = "complex.tanh"


ALL_OPS = (
    AbsOp, AddOp, AngleOp, Atan2Op, BitcastOp, ConjOp, ConstantOp, CosOp, CreateOp, DivOp,
    EqualOp, ExpOp, Expm1Op, ImOp, LogOp, Log1pOp, MulOp, NegOp, NotEqualOp, PowOp, PowiOp,
    ReOp, RsqrtOp, SignOp, SinOp, SqrtOp, SubOp, TanOp, TanhOp,
)
