"""The patterns of `convert-math-to-llvm` (upstream's MathToLLVM.cpp): math ops become
llvm intrinsics with their fast-math flags; ctlz/cttz/absi get a false poison flag;
expm1, log1p and rsqrt are expanded around a constant one."""

from __future__ import annotations

from typing import Any

from mliropt.conversion.arith_to_llvm_patterns import (
    FASTMATH,
    PASS_THROUGH,
    VectorConvertToLLVMPattern,
    converted_attrs,
)
from mliropt.conversion.llvm_common.pattern import ConvertOpToLLVMPattern, create_op, unroll_nd
from mliropt.dialects import llvm as L
from mliropt.dialects.llvm import types as LT
from mliropt.ir import attributes as A
from mliropt.ir import types as T

# math op -> (llvm intrinsic op class, attribute conversion)
ONE_TO_ONE = {
    "math.absf": (L.FAbsOp, FASTMATH),
    "math.ceil": (L.FCeilOp, FASTMATH),
    "math.copysign": (L.CopySignOp, FASTMATH),
    "math.cos": (L.CosOp, FASTMATH),
    "math.ctpop": (L.CtPopOp, PASS_THROUGH),
    "math.exp2": (L.Exp2Op, FASTMATH),
    "math.exp": (L.ExpOp, FASTMATH),
    "math.fpowi": (L.PowIOp, FASTMATH),
    "math.floor": (L.FFloorOp, FASTMATH),
    "math.fma": (L.FMAOp, FASTMATH),
    "math.log10": (L.Log10Op, FASTMATH),
    "math.log2": (L.Log2Op, FASTMATH),
    "math.log": (L.LogOp, FASTMATH),
    "math.powf": (L.PowOp, FASTMATH),
    "math.roundeven": (L.RoundEvenOp, FASTMATH),
    "math.round": (L.RoundOp, FASTMATH),
    "math.sin": (L.SinOp, FASTMATH),
    "math.sqrt": (L.SqrtOp, FASTMATH),
    "math.trunc": (L.FTruncOp, FASTMATH),
}


class IntOpWithFlagLowering(ConvertOpToLLVMPattern):
    """`math.ctlz/cttz/absi(a)` -> the intrinsic with its poison flag false."""

    def __init__(self, root: str, target: Any, flag: str, converter: Any) -> None:
        super().__init__(converter)
        self.root = root  # type: ignore[misc]
        self.target = target
        self.flag = flag

    def rewrite(self, op: Any, adaptor: Any, rw: Any) -> bool:
        value = adaptor.operands[0]
        if not LT.is_compatible_type(value.type) or isinstance(value.type, LT.LLVMArrayType):
            return False
        props = {self.flag: A.BoolAttr(False)}
        rw.replace_op_with_new(op, self.target, [value], [op.result.type], None, props)
        return True


def _one(rw: Any, loc: Any, operand_type: Any, result_type: Any) -> Any:
    """The constant 1.0 of a float or (splat) vector type."""
    element_type = T.element_type_or_self(result_type)
    assert isinstance(element_type, T.FloatType)  # upstream's cast<FloatType>
    one = A.FloatAttr.get(element_type, 1.0)
    value: Any = one
    if isinstance(operand_type, T.VectorType):
        value = A.DenseElementsAttr(result_type, (one.bits,))
    return rw.create(
        L.ConstantOp, [], [operand_type], None, {"value": value}, location=loc
    ).results[0]


class _ExpandedLowering(ConvertOpToLLVMPattern):
    """A math op expanded around a constant one; n-D vectors are unrolled into 1-D
    ones (upstream's handleMultidimensionalVectors)."""

    def expand(self, rw: Any, loc: Any, x: Any, one: Any, attrs: dict) -> Any:
        """The expansion of `x` (a scalar or 1-D vector) given the constant one."""
        raise NotImplementedError

    def rewrite(self, op: Any, adaptor: Any, rw: Any) -> bool:
        value = adaptor.operands[0]
        if not LT.is_compatible_type(value.type):
            return False
        loc = op.location
        attrs = converted_attrs(op, FASTMATH)
        if isinstance(value.type, LT.LLVMArrayType):
            if not isinstance(op.operands[0].type, T.VectorType):
                return False

            def build(inner: list, inner_t: Any) -> Any:
                one = _one(rw, loc, inner_t, inner_t)
                return self.expand(rw, loc, inner[0], one, attrs)

            return unroll_nd(rw, op, [value], self.type_converter, build)
        one = _one(rw, loc, value.type, op.result.type)
        rw.replace_op(op, [self.expand(rw, loc, value, one, attrs)])
        return True


class ExpM1OpLowering(_ExpandedLowering):
    """`math.expm1(x)` -> `exp(x) - 1`."""

    root = "math.expm1"

    def expand(self, rw: Any, loc: Any, x: Any, one: Any, attrs: dict) -> Any:
        t = x.type
        exp = create_op(rw, L.ExpOp, [x], [t], loc, attrs).results[0]
        return create_op(rw, L.FSubOp, [exp, one], [t], loc, attrs).results[0]


class Log1pOpLowering(_ExpandedLowering):
    """`math.log1p(x)` -> `log(1 + x)` (with approximate-log1p)."""

    root = "math.log1p"

    def expand(self, rw: Any, loc: Any, x: Any, one: Any, attrs: dict) -> Any:
        t = x.type
        add = create_op(rw, L.FAddOp, [one, x], [t], loc, attrs).results[0]
        return create_op(rw, L.LogOp, [add], [t], loc, attrs).results[0]


class RsqrtOpLowering(_ExpandedLowering):
    """`math.rsqrt(x)` -> `1 / sqrt(x)`."""

    root = "math.rsqrt"

    def expand(self, rw: Any, loc: Any, x: Any, one: Any, attrs: dict) -> Any:
        t = x.type
        sqrt = create_op(rw, L.SqrtOp, [x], [t], loc, attrs).results[0]
        return create_op(rw, L.FDivOp, [one, sqrt], [t], loc, attrs).results[0]


def math_to_llvm_patterns(converter: Any, approximate_log1p: bool = True) -> list:
    """The patterns (upstream's populateMathToLLVMConversionPatterns)."""
    out: list = []
    if approximate_log1p:
        out.append(Log1pOpLowering(converter))
    for root, (target, kind) in ONE_TO_ONE.items():
        out.append(VectorConvertToLLVMPattern(root, target, kind, converter))
    out.append(IntOpWithFlagLowering("math.absi", L.AbsOp, "is_int_min_poison", converter))
    out.append(
        IntOpWithFlagLowering("math.ctlz", L.CountLeadingZerosOp, "is_zero_poison", converter)
    )
    out.append(
        IntOpWithFlagLowering("math.cttz", L.CountTrailingZerosOp, "is_zero_poison", converter)
    )
    out.extend([ExpM1OpLowering(converter), RsqrtOpLowering(converter)])
    return out
