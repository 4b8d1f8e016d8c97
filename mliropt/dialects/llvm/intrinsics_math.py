"""llvm math intrinsics (`llvm.intr.*`): float math with fast-math flags, integer bit
manipulation, min/max and saturating arithmetic, funnel shifts, float-to-int rounding.

Every intrinsic op names its LLVM intrinsic in `llvm_instruction` (`llvm.sqrt`) and the
parts whose types LLVM mangles into the overloaded name in `llvm_overloads`
(`("res",)`: `llvm.sqrt.f32`), for table-driven export.
"""

from __future__ import annotations

from typing import Any, ClassVar

from mliropt.dialects.llvm import attributes as LA
from mliropt.dialects.llvm import constraints as C
from mliropt.dialects.llvm.constraints import LLVMOp
from mliropt.dialects.ods import Attr, Operand, Pure, Result, SameOperandsAndResultType

_INTR = "llvm.intr."
# The generic `(operands) attr-dict : (types) -> types` syntax of most intrinsics.
OPERANDS_FORMAT = "`(` operands `)` attr-dict `:` functional-type(operands, results)"


class IntrOp(LLVMOp):
    """Base of intrinsic ops: `llvm_instruction` is the intrinsic's LLVM name."""

    traits: ClassVar[Any] = frozenset()
    # The operand/result names whose types are the intrinsic's overload suffixes, in order.
    llvm_overloads: ClassVar[tuple[str, ...]] = ("res",)

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if cls.name.startswith(_INTR) and "llvm_instruction" not in cls.__dict__:
            cls.llvm_instruction = "llvm." + cls.name[len(_INTR) :]


def _no_fastmath() -> LA.FastmathFlagsAttr:
    return LA.NONE_FASTMATH


class _FloatIntrOp(IntrOp):
    """Base of float intrinsics: one type for operands and result, fast-math flags."""

    traits = (Pure, SameOperandsAndResultType)
    fastmathFlags = Attr(LA.FastmathFlags, default=_no_fastmath)
    res = Result(C.LLVMType)
    assembly_format = OPERANDS_FORMAT


class _UnaryFloatIntrOp(_FloatIntrOp):
    """Base of unary float intrinsics."""

    in_ = Operand(C.FloatOrVec)


class _BinaryFloatIntrOp(_FloatIntrOp):
    """Base of binary float intrinsics."""

    a = Operand(C.FloatOrVec)
    b = Operand(C.FloatOrVec)


class _TernaryFloatIntrOp(_FloatIntrOp):
    """Base of ternary float intrinsics."""

    a = Operand(C.FloatOrVec)
    b = Operand(C.FloatOrVec)
    c = Operand(C.FloatOrVec)


class _IntIntrOp(IntrOp):
    """Base of integer intrinsics: one type for operands and result."""

    traits = (Pure, SameOperandsAndResultType)
    res = Result(C.LLVMType)
    assembly_format = OPERANDS_FORMAT


class _UnaryIntIntrOp(_IntIntrOp):
    """Base of unary integer intrinsics."""

    in_ = Operand(C.IntOrVec)


class _BinaryIntIntrOp(_IntIntrOp):
    """Base of binary integer intrinsics."""

    a = Operand(C.IntOrVec)
    b = Operand(C.IntOrVec)


class _TernaryIntIntrOp(_IntIntrOp):
    """Base of ternary integer intrinsics."""

    a = Operand(C.IntOrVec)
    b = Operand(C.IntOrVec)
    c = Operand(C.IntOrVec)


class _CmpIntrOp(IntrOp):
    """Base of three-way comparisons: -1, 0 or 1 in the result's integer type."""

    traits = (Pure,)
    llvm_overloads = ("res", "a")
    a = Operand(C.IntOrVec)
    b = Operand(C.IntOrVec)
    res = Result(C.IntOrVec)
    type_relations = (C.all_match("a", "b"),)
    assembly_format = OPERANDS_FORMAT


class _FloatToIntIntrOp(IntrOp):
    """Base of float-to-integer rounding intrinsics."""

    traits = (Pure,)
    llvm_overloads = ("res", "val")
    val = Operand(C.FloatOrVec)
    res = Result(C.IntOrVec)
    assembly_format = OPERANDS_FORMAT


class SqrtOp(_UnaryFloatIntrOp):
    """Square root.

    Example: `%r = llvm.intr.sqrt(%x) : (f32) -> f32`
    """

    name = "llvm.intr.sqrt"


class FAbsOp(_UnaryFloatIntrOp):
    """Absolute value.

    Example: `%r = llvm.intr.fabs(%x) : (f32) -> f32`
    """

    name = "llvm.intr.fabs"


class ExpOp(_UnaryFloatIntrOp):
    """e raised to a power.

    Example: `%r = llvm.intr.exp(%x) : (f32) -> f32`
    """

    name = "llvm.intr.exp"


class Exp2Op(_UnaryFloatIntrOp):
    """2 raised to a power.

    Example: `%r = llvm.intr.exp2(%x) : (f32) -> f32`
    """

    name = "llvm.intr.exp2"


class Exp10Op(_UnaryFloatIntrOp):
    """10 raised to a power.

    Example: `%r = llvm.intr.exp10(%x) : (f32) -> f32`
    """

    name = "llvm.intr.exp10"


class LogOp(_UnaryFloatIntrOp):
    """Natural logarithm.

    Example: `%r = llvm.intr.log(%x) : (f32) -> f32`
    """

    name = "llvm.intr.log"


class Log2Op(_UnaryFloatIntrOp):
    """Base-2 logarithm.

    Example: `%r = llvm.intr.log2(%x) : (f32) -> f32`
    """

    name = "llvm.intr.log2"


class Log10Op(_UnaryFloatIntrOp):
    """Base-10 logarithm.

    Example: `%r = llvm.intr.log10(%x) : (f32) -> f32`
    """

    name = "llvm.intr.log10"


class SinOp(_UnaryFloatIntrOp):
    """Sine.

    Example: `%r = llvm.intr.sin(%x) : (f32) -> f32`
    """

    name = "llvm.intr.sin"


class CosOp(_UnaryFloatIntrOp):
    """Cosine.

    Example: `%r = llvm.intr.cos(%x) : (f32) -> f32`
    """

    name = "llvm.intr.cos"


class TanOp(_UnaryFloatIntrOp):
    """Tangent.

    Example: `%r = llvm.intr.tan(%x) : (f32) -> f32`
    """

    name = "llvm.intr.tan"


class ASinOp(_UnaryFloatIntrOp):
    """Arc sine.

    Example: `%r = llvm.intr.asin(%x) : (f32) -> f32`
    """

    name = "llvm.intr.asin"


class ACosOp(_UnaryFloatIntrOp):
    """Arc cosine.

    Example: `%r = llvm.intr.acos(%x) : (f32) -> f32`
    """

    name = "llvm.intr.acos"


class ATanOp(_UnaryFloatIntrOp):
    """Arc tangent.

    Example: `%r = llvm.intr.atan(%x) : (f32) -> f32`
    """

    name = "llvm.intr.atan"


class SinhOp(_UnaryFloatIntrOp):
    """Hyperbolic sine.

    Example: `%r = llvm.intr.sinh(%x) : (f32) -> f32`
    """

    name = "llvm.intr.sinh"


class CoshOp(_UnaryFloatIntrOp):
    """Hyperbolic cosine.

    Example: `%r = llvm.intr.cosh(%x) : (f32) -> f32`
    """

    name = "llvm.intr.cosh"


class TanhOp(_UnaryFloatIntrOp):
    """Hyperbolic tangent.

    Example: `%r = llvm.intr.tanh(%x) : (f32) -> f32`
    """

    name = "llvm.intr.tanh"


class FFloorOp(_UnaryFloatIntrOp):
    """Round down.

    Example: `%r = llvm.intr.floor(%x) : (f32) -> f32`
    """

    name = "llvm.intr.floor"


class FCeilOp(_UnaryFloatIntrOp):
    """Round up.

    Example: `%r = llvm.intr.ceil(%x) : (f32) -> f32`
    """

    name = "llvm.intr.ceil"


class FTruncOp(_UnaryFloatIntrOp):
    """Round toward zero.

    Example: `%r = llvm.intr.trunc(%x) : (f32) -> f32`
    """

    name = "llvm.intr.trunc"


class RoundOp(_UnaryFloatIntrOp):
    """Round half away from zero.

    Example: `%r = llvm.intr.round(%x) : (f32) -> f32`
    """

    name = "llvm.intr.round"


class RoundEvenOp(_UnaryFloatIntrOp):
    """Round half to even.

    Example: `%r = llvm.intr.roundeven(%x) : (f32) -> f32`
    """

    name = "llvm.intr.roundeven"


class RintOp(_UnaryFloatIntrOp):
    """Round in the current mode (may raise inexact).

    Example: `%r = llvm.intr.rint(%x) : (f32) -> f32`
    """

    name = "llvm.intr.rint"


class NearbyintOp(_UnaryFloatIntrOp):
    """Round in the current mode.

    Example: `%r = llvm.intr.nearbyint(%x) : (f32) -> f32`
    """

    name = "llvm.intr.nearbyint"


class PowOp(_BinaryFloatIntrOp):
    """Power.

    Example: `%r = llvm.intr.pow(%x, %y) : (f32, f32) -> f32`
    """

    name = "llvm.intr.pow"


class CopySignOp(_BinaryFloatIntrOp):
    """Magnitude of the first, sign of the second.

    Example: `%r = llvm.intr.copysign(%x, %y) : (f32, f32) -> f32`
    """

    name = "llvm.intr.copysign"


class MinNumOp(_BinaryFloatIntrOp):
    """IEEE minNum.

    Example: `%r = llvm.intr.minnum(%x, %y) : (f32, f32) -> f32`
    """

    name = "llvm.intr.minnum"


class MaxNumOp(_BinaryFloatIntrOp):
    """IEEE maxNum.

    Example: `%r = llvm.intr.maxnum(%x, %y) : (f32, f32) -> f32`
    """

    name = "llvm.intr.maxnum"


class MinimumOp(_BinaryFloatIntrOp):
    """Minimum propagating NaN.

    Example: `%r = llvm.intr.minimum(%x, %y) : (f32, f32) -> f32`
    """

    name = "llvm.intr.minimum"


class MaximumOp(_BinaryFloatIntrOp):
    """Maximum propagating NaN.

    Example: `%r = llvm.intr.maximum(%x, %y) : (f32, f32) -> f32`
    """

    name = "llvm.intr.maximum"


class ATan2Op(_BinaryFloatIntrOp):
    """Arc tangent of y/x.

    Example: `%r = llvm.intr.atan2(%x, %y) : (f32, f32) -> f32`
    """

    name = "llvm.intr.atan2"


class FMAOp(_TernaryFloatIntrOp):
    """Fused multiply-add.

    Example: `%r = llvm.intr.fma(%a, %b, %c) : (f32, f32, f32) -> f32`
    """

    name = "llvm.intr.fma"


class FMulAddOp(_TernaryFloatIntrOp):
    """Multiply-add, fused when profitable.

    Example: `%r = llvm.intr.fmuladd(%a, %b, %c) : (f32, f32, f32) -> f32`
    """

    name = "llvm.intr.fmuladd"


class CtPopOp(_UnaryIntIntrOp):
    """Population count.

    Example: `%r = llvm.intr.ctpop(%x) : (i32) -> i32`
    """

    name = "llvm.intr.ctpop"


class BitReverseOp(_UnaryIntIntrOp):
    """Reverse the bits.

    Example: `%r = llvm.intr.bitreverse(%x) : (i32) -> i32`
    """

    name = "llvm.intr.bitreverse"


class ByteSwapOp(_UnaryIntIntrOp):
    """Swap the bytes.

    Example: `%r = llvm.intr.bswap(%x) : (i32) -> i32`
    """

    name = "llvm.intr.bswap"


class SMaxOp(_BinaryIntIntrOp):
    """Signed maximum.

    Example: `%r = llvm.intr.smax(%x, %y) : (i32, i32) -> i32`
    """

    name = "llvm.intr.smax"


class SMinOp(_BinaryIntIntrOp):
    """Signed minimum.

    Example: `%r = llvm.intr.smin(%x, %y) : (i32, i32) -> i32`
    """

    name = "llvm.intr.smin"


class UMaxOp(_BinaryIntIntrOp):
    """Unsigned maximum.

    Example: `%r = llvm.intr.umax(%x, %y) : (i32, i32) -> i32`
    """

    name = "llvm.intr.umax"


class UMinOp(_BinaryIntIntrOp):
    """Unsigned minimum.

    Example: `%r = llvm.intr.umin(%x, %y) : (i32, i32) -> i32`
    """

    name = "llvm.intr.umin"


class SAddSatOp(_BinaryIntIntrOp):
    """Signed saturating addition.

    Example: `%r = llvm.intr.sadd.sat(%x, %y) : (i32, i32) -> i32`
    """

    name = "llvm.intr.sadd.sat"


class UAddSatOp(_BinaryIntIntrOp):
    """Unsigned saturating addition.

    Example: `%r = llvm.intr.uadd.sat(%x, %y) : (i32, i32) -> i32`
    """

    name = "llvm.intr.uadd.sat"


class SSubSatOp(_BinaryIntIntrOp):
    """Signed saturating subtraction.

    Example: `%r = llvm.intr.ssub.sat(%x, %y) : (i32, i32) -> i32`
    """

    name = "llvm.intr.ssub.sat"


class USubSatOp(_BinaryIntIntrOp):
    """Unsigned saturating subtraction.

    Example: `%r = llvm.intr.usub.sat(%x, %y) : (i32, i32) -> i32`
    """

    name = "llvm.intr.usub.sat"


class SSHLSatOp(_BinaryIntIntrOp):
    """Signed saturating shift left.

    Example: `%r = llvm.intr.sshl.sat(%x, %y) : (i32, i32) -> i32`
    """

    name = "llvm.intr.sshl.sat"


class USHLSatOp(_BinaryIntIntrOp):
    """Unsigned saturating shift left.

    Example: `%r = llvm.intr.ushl.sat(%x, %y) : (i32, i32) -> i32`
    """

    name = "llvm.intr.ushl.sat"


class FshlOp(_TernaryIntIntrOp):
    """Funnel shift left.

    Example: `%r = llvm.intr.fshl(%a, %b, %c) : (i32, i32, i32) -> i32`
    """

    name = "llvm.intr.fshl"


class FshrOp(_TernaryIntIntrOp):
    """Funnel shift right.

    Example: `%r = llvm.intr.fshr(%a, %b, %c) : (i32, i32, i32) -> i32`
    """

    name = "llvm.intr.fshr"


class UCmpOp(_CmpIntrOp):
    """Unsigned three-way comparison.

    Example: `%r = llvm.intr.ucmp(%x, %y) : (i32, i32) -> i8`
    """

    name = "llvm.intr.ucmp"


class SCmpOp(_CmpIntrOp):
    """Signed three-way comparison.

    Example: `%r = llvm.intr.scmp(%x, %y) : (i32, i32) -> i8`
    """

    name = "llvm.intr.scmp"


class LroundOp(_FloatToIntIntrOp):
    """Round to a long integer.

    Example: `%r = llvm.intr.lround(%x) : (f32) -> i64`
    """

    name = "llvm.intr.lround"


class LlroundOp(_FloatToIntIntrOp):
    """Round to a long long integer.

    Example: `%r = llvm.intr.llround(%x) : (f32) -> i64`
    """

    name = "llvm.intr.llround"


class LrintOp(_FloatToIntIntrOp):
    """Round to a long integer in the current mode.

    Example: `%r = llvm.intr.lrint(%x) : (f32) -> i64`
    """

    name = "llvm.intr.lrint"


class LlrintOp(_FloatToIntIntrOp):
    """Round to a long long integer in the current mode.

    Example: `%r = llvm.intr.llrint(%x) : (f32) -> i64`
    """

    name = "llvm.intr.llrint"


MATH_INTRINSICS = (
    SqrtOp,
    FAbsOp,
    ExpOp,
    Exp2Op,
    Exp10Op,
    LogOp,
    Log2Op,
    Log10Op,
    SinOp,
    CosOp,
    TanOp,
    ASinOp,
    ACosOp,
    ATanOp,
    SinhOp,
    CoshOp,
    TanhOp,
    FFloorOp,
    FCeilOp,
    FTruncOp,
    RoundOp,
    RoundEvenOp,
    RintOp,
    NearbyintOp,
    PowOp,
    CopySignOp,
    MinNumOp,
    MaxNumOp,
    MinimumOp,
    MaximumOp,
    ATan2Op,
    FMAOp,
    FMulAddOp,
    CtPopOp,
    BitReverseOp,
    ByteSwapOp,
    SMaxOp,
    SMinOp,
    UMaxOp,
    UMinOp,
    SAddSatOp,
    UAddSatOp,
    SSubSatOp,
    USubSatOp,
    SSHLSatOp,
    USHLSatOp,
    FshlOp,
    FshrOp,
    UCmpOp,
    SCmpOp,
    LroundOp,
    LlroundOp,
    LrintOp,
    LlrintOp,
)
