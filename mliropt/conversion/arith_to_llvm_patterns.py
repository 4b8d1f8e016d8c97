"""The patterns of `convert-arith-to-llvm` (upstream's ArithToLLVM.cpp): most arith
ops map one-to-one to an llvm op, their attributes copied (fast-math flags and
overflow flags translated), comparisons map their predicate, index casts become
trunc/sext/zext or vanish, and constants become `llvm.mlir.constant` keeping their
attribute."""

from __future__ import annotations

from typing import Any

from mliropt.conversion.llvm_common.pattern import (
    ConvertOpToLLVMPattern,
    fastmath_to_llvm,
    overflow_to_llvm,
    unroll_nd,
    vector_one_to_one,
)
from mliropt.dialects import llvm as L
from mliropt.dialects.llvm import types as LT
from mliropt.ir import attributes as A
from mliropt.ir import types as T

PASS_THROUGH, FASTMATH, OVERFLOW = "pass", "fastmath", "overflow"


def _source_attrs(op: Any) -> dict:
    """The op's inherent and discardable attributes, sorted by name (getAttrs)."""
    attrs = {**op.properties, **op.attributes} if op.attributes else dict(op.properties)
    attrs.pop("operandSegmentSizes", None)
    return dict(sorted(attrs.items())) if len(attrs) > 1 else attrs


def converted_attrs(op: Any, kind: str) -> dict:
    """The target op's attributes (upstream's AttrConvert* classes)."""
    attrs = _source_attrs(op)
    if kind == FASTMATH:
        if "fastmath" in attrs:
            attrs["fastmathFlags"] = fastmath_to_llvm(attrs.pop("fastmath"))
    elif kind == OVERFLOW:
        attrs["overflowFlags"] = overflow_to_llvm(attrs.pop("overflowFlags", None))
    return attrs


class VectorConvertToLLVMPattern(ConvertOpToLLVMPattern):
    """One arith op to one llvm op, elementwise over n-D vectors."""

    target: Any = None
    attr_kind = PASS_THROUGH

    def __init__(self, root: str, target: Any, attr_kind: str, converter: Any) -> None:
        super().__init__(converter)
        self.root = root  # type: ignore[misc]
        self.target = target
        self.attr_kind = attr_kind

    def rewrite(self, op: Any, adaptor: Any, rw: Any) -> bool:
        attrs = converted_attrs(op, self.attr_kind)
        return vector_one_to_one(rw, op, self.target, adaptor.operands, self.type_converter, attrs)


# arith op -> (llvm op class, attribute conversion)
ONE_TO_ONE = {
    "arith.addf": (L.FAddOp, FASTMATH),
    "arith.addi": (L.AddOp, OVERFLOW),
    "arith.andi": (L.AndOp, PASS_THROUGH),
    "arith.bitcast": (L.BitcastOp, PASS_THROUGH),
    "arith.divf": (L.FDivOp, FASTMATH),
    "arith.divsi": (L.SDivOp, PASS_THROUGH),
    "arith.divui": (L.UDivOp, PASS_THROUGH),
    "arith.extf": (L.FPExtOp, FASTMATH),
    "arith.extsi": (L.SExtOp, PASS_THROUGH),
    "arith.extui": (L.ZExtOp, PASS_THROUGH),
    "arith.fptosi": (L.FPToSIOp, PASS_THROUGH),
    "arith.fptoui": (L.FPToUIOp, PASS_THROUGH),
    "arith.maximumf": (L.MaximumOp, FASTMATH),
    "arith.maxnumf": (L.MaxNumOp, FASTMATH),
    "arith.maxsi": (L.SMaxOp, PASS_THROUGH),
    "arith.maxui": (L.UMaxOp, PASS_THROUGH),
    "arith.minimumf": (L.MinimumOp, FASTMATH),
    "arith.minnumf": (L.MinNumOp, FASTMATH),
    "arith.minsi": (L.SMinOp, PASS_THROUGH),
    "arith.minui": (L.UMinOp, PASS_THROUGH),
    "arith.mulf": (L.FMulOp, FASTMATH),
    "arith.muli": (L.MulOp, OVERFLOW),
    "arith.negf": (L.FNegOp, FASTMATH),
    "arith.ori": (L.OrOp, PASS_THROUGH),
    "arith.remf": (L.FRemOp, FASTMATH),
    "arith.remsi": (L.SRemOp, PASS_THROUGH),
    "arith.remui": (L.URemOp, PASS_THROUGH),
    "arith.select": (L.SelectOp, PASS_THROUGH),
    "arith.shli": (L.ShlOp, OVERFLOW),
    "arith.shrsi": (L.AShrOp, PASS_THROUGH),
    "arith.shrui": (L.LShrOp, PASS_THROUGH),
    "arith.sitofp": (L.SIToFPOp, PASS_THROUGH),
    "arith.subf": (L.FSubOp, FASTMATH),
    "arith.subi": (L.SubOp, OVERFLOW),
    "arith.trunci": (L.TruncOp, OVERFLOW),
    "arith.uitofp": (L.UIToFPOp, PASS_THROUGH),
    "arith.xori": (L.XOrOp, PASS_THROUGH),
}


class ConstantOpLowering(ConvertOpToLLVMPattern):
    """`arith.constant v : T` -> `llvm.mlir.constant(v) : T'` (the attribute kept)."""

    root = "arith.constant"

    def rewrite(self, op: Any, adaptor: Any, rw: Any) -> bool:
        from mliropt.conversion.llvm_common.pattern import one_to_one

        return one_to_one(rw, op, L.ConstantOp, [], self.type_converter, _source_attrs(op))


def _scalar_or_1d(t: Any) -> bool:
    return not isinstance(t, LT.LLVMArrayType)


def _compare(pattern: Any, op: Any, adaptor: Any, rw: Any, cls: Any, props: dict) -> bool:
    """A comparison of scalars or 1-D vectors, or unrolled over n-D vectors."""
    lhs, rhs = adaptor.operands
    if isinstance(lhs.type, LT.LLVMArrayType):
        if not isinstance(op.result.type, T.VectorType):
            return False

        def build(inner: list, inner_t: Any) -> Any:
            return rw.create(cls, inner, [inner_t], None, props, location=op.location).results[0]

        return unroll_nd(rw, op, [lhs, rhs], pattern.type_converter, build)
    if not _scalar_or_1d(lhs.type):
        return False
    t = pattern.type_converter.convert_type(op.result.type)
    rw.replace_op_with_new(op, cls, [lhs, rhs], [t], None, props)
    return True


class CmpIOpLowering(ConvertOpToLLVMPattern):
    """`arith.cmpi p, a, b` -> `llvm.icmp "p" a, b`."""

    root = "arith.cmpi"

    def rewrite(self, op: Any, adaptor: Any, rw: Any) -> bool:
        props = {"predicate": A.IntegerAttr(T.IntegerType(64), op.properties["predicate"].value)}
        return _compare(self, op, adaptor, rw, L.ICmpOp, props)


class CmpFOpLowering(ConvertOpToLLVMPattern):
    """`arith.cmpf p, a, b` -> `llvm.fcmp "p" a, b` with the fast-math flags."""

    root = "arith.cmpf"

    def rewrite(self, op: Any, adaptor: Any, rw: Any) -> bool:
        props = {
            "predicate": A.IntegerAttr(T.IntegerType(64), op.properties["predicate"].value),
            "fastmathFlags": fastmath_to_llvm(op.properties.get("fastmath")),
        }
        return _compare(self, op, adaptor, rw, L.FCmpOp, props)


class IndexCastOpLowering(ConvertOpToLLVMPattern):
    """`arith.index_cast(ui)` -> trunc, sext (zext) or nothing at equal widths."""

    def __init__(self, root: str, ext: Any, converter: Any) -> None:
        super().__init__(converter)
        self.root = root  # type: ignore[misc]
        self.ext = ext

    def rewrite(self, op: Any, adaptor: Any, rw: Any) -> bool:
        value = adaptor.operands[0]
        convert = self.type_converter.convert_type
        # Upstream compares the widths of the converted element types (index -> iN);
        # they are integers (its cast<IntegerType>), n-D vectors included.
        target_et = convert(T.element_type_or_self(op.result.type))
        source_et = convert(T.element_type_or_self(op.operand(0).type))
        assert isinstance(target_et, T.IntegerType) and isinstance(source_et, T.IntegerType)
        if target_et.width == source_et.width:
            rw.replace_op(op, [value])
            return True
        cls = L.TruncOp if target_et.width < source_et.width else self.ext
        if _scalar_or_1d(value.type):
            target = convert(op.result.type)
            rw.replace_op_with_new(op, cls, [value], [target], location=op.location)
            return True
        if not isinstance(op.result.type, T.VectorType):
            return False

        def build(inner: list, inner_t: Any) -> Any:
            return rw.create(cls, inner, [inner_t], location=op.location).results[0]

        return unroll_nd(rw, op, [value], self.type_converter, build)


def arith_to_llvm_patterns(converter: Any) -> list:
    """The patterns (upstream's populateArithToLLVMConversionPatterns)."""
    out: list = [
        ConstantOpLowering(converter),
        CmpIOpLowering(converter),
        CmpFOpLowering(converter),
    ]
    out.append(IndexCastOpLowering("arith.index_cast", L.SExtOp, converter))
    out.append(IndexCastOpLowering("arith.index_castui", L.ZExtOp, converter))
    for root, (target, kind) in ONE_TO_ONE.items():
        out.append(VectorConvertToLLVMPattern(root, target, kind, converter))
    return out
