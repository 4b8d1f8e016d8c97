"""Cast ops of arith: integer and float extension/truncation, int<->float conversions,
index casts, bitcast, and the OCP MX scaling casts."""

from __future__ import annotations

from collections.abc import Collection
from typing import Any, ClassVar

from mliropt.dialects.arith import folding as F
from mliropt.dialects.arith.attributes import (
    FM_CONTRACT,
    BitcastTypeConstraint,
    IndexCastTypeConstraint,
    RoundingModeAttr,
    SignlessFixedWidthIntegerLike,
    overflow_none,
)
from mliropt.dialects.arith.base import (
    ARITH_TRAITS,
    ArithOp,
    compatible_shapes,
    plain_error,
    quoted,
    single,
    verify_same_tensor_dims,
)
from mliropt.dialects.arith.ops_float import ArithFastMathInterface, FastMathAttr
from mliropt.dialects.arith.ops_int import (
    ArithIntegerOverflowFlagsInterface,
    InferIntRangeInterface,
    OverflowFlagsAttr,
)
from mliropt.dialects.arith.patterns import select_casts as _pat
from mliropt.dialects.ods import Attr, FloatLike, Operand, Pure, Result, SameOperandsAndResultShape
from mliropt.ir import apfloat
from mliropt.ir import attributes as A
from mliropt.ir import types as T
from mliropt.ir.traits import Trait

CastOpInterface = Trait("CastOpInterface")
ArithRoundingModeInterface = Trait("ArithRoundingModeInterface")

_CAST = ARITH_TRAITS + (Pure, SameOperandsAndResultShape, CastOpInterface)


# ----------------------------------------------------------------- cast compatibility


def _same_encoding(a: T.Type, b: T.Type) -> bool:
    if isinstance(a, T.RankedTensorType) and isinstance(b, T.RankedTensorType):
        return a.encoding is b.encoding
    return True


def _valid_cast(ins: list, outs: list) -> bool:
    """areValidCastInputsAndOutputs: one of each, same encoding, compatible shapes."""
    if len(ins) != 1 or len(outs) != 1:
        return False
    return _same_encoding(ins[0], outs[0]) and compatible_shapes(ins[0], outs[0])


def _underlying(t: T.Type, kinds: tuple, memref: bool = False) -> Any:
    """getTypeIfLike(OrMemRef): the element type of an allowed container, or None."""
    containers: tuple = (T.VectorType, T.RankedTensorType, T.UnrankedTensorType)
    if memref:
        containers += (T.MemRefType, T.UnrankedMemRefType)
    if isinstance(t, T.ShapedType) and not isinstance(t, containers):
        return None
    et = T.element_type_or_self(t)
    return et if isinstance(et, kinds) else None


def _width_change(ins: list, outs: list, kind: type, wider: bool) -> bool:
    """checkWidthChangeCast: the destination is strictly wider (narrower)."""
    if not _valid_cast(ins, outs):
        return False
    src, dst = _underlying(ins[0], (kind,)), _underlying(outs[0], (kind,))
    if src is None or dst is None:
        return False
    return dst.width > src.width if wider else dst.width < src.width


def _int_float(ins: list, outs: list, src_kind: type, dst_kind: type) -> bool:
    """checkIntFloatCast."""
    if not _valid_cast(ins, outs):
        return False
    return (
        _underlying(ins[0], (src_kind,)) is not None
        and _underlying(outs[-1], (dst_kind,)) is not None
    )


def _elem(t: T.Type) -> Any:
    return T.element_type_or_self(t)


# ----------------------------------------------------------------- float conversion


def convert_exact(src: str, dst: str, bits: int) -> int | None:
    """convertFloatValue: the value in `dst` when the conversion loses nothing, else None."""
    d = apfloat.SEMANTICS[dst]
    if apfloat.is_inf(src, bits) and not d.has_inf:
        return None
    if apfloat.is_nan(src, bits):
        if not d.has_nan or apfloat.is_signaling(src, bits):
            return None
        if d.encoding != apfloat.IEEE and apfloat.SEMANTICS[src].encoding == apfloat.IEEE:
            return None  # NaN-only formats lose the payload (losesInfo)
    out = apfloat.convert(src, dst, bits)
    if apfloat.is_nan(src, bits):
        back = apfloat.convert(dst, src, out)
        return out if back == bits else None
    if apfloat.is_nan(dst, out) or apfloat.convert(dst, src, out) != bits:
        return None
    return out


def verify_width_change(op: Any, widens: bool | None) -> None:
    """verifyExtOp / verifyTruncateOp: the element width must grow (shrink)."""
    if widens is None:
        return
    src, dst = _elem(op.operand(0).type), _elem(op.results[0].type)
    if widens and src.width >= dst.width:
        raise plain_error(
            op, f"result type {quoted(dst)} must be wider than operand type {quoted(src)}"
        )
    if not widens and src.width <= dst.width:
        raise plain_error(
            op, f"result type {quoted(dst)} must be shorter than operand type {quoted(src)}"
        )


class CastOp(ArithOp):
    """Base of cast ops: `%r = arith.op %in : type to type`."""

    __slots__ = ()
    traits: ClassVar[Collection[Trait]] = _CAST
    same_shape = True
    cast_op = True
    assembly_format = "$in attr-dict `:` type($in) `to` type($out)"
    # Whether the width must grow (True), shrink (False); None: not a width change.
    widens: ClassVar[bool | None] = None
    width_kind: ClassVar[type] = T.IntegerType

    def verify_predicates(self) -> None:
        super().verify_predicates()
        verify_same_tensor_dims(self, self.operand(0), self.results[0])

    @classmethod
    def are_cast_compatible(cls, ins: list, outs: list) -> bool:
        """CastOpInterface::areCastCompatible."""
        return _width_change(ins, outs, cls.width_kind, bool(cls.widens))

    def verify(self) -> None:
        verify_width_change(self, self.widens)


class _IntCastOp(CastOp):
    __slots__ = ()
    traits: ClassVar[Collection[Trait]] = _CAST + (InferIntRangeInterface,)
    in_ = Operand(SignlessFixedWidthIntegerLike)
    out = Result(SignlessFixedWidthIntegerLike)
    assembly_format = "$in_ attr-dict `:` type($in_) `to` type($out)"


def _ext_fold(op: Any, operands: list, extend: Any) -> list | None:
    # ext(ext(x)) -> ext(x), in place
    inner = op.in_.owner_op
    if type(inner) is type(op):
        op.set_operand(0, inner.in_)
        return list(op.results)
    w = F.width_of(op.out.type)
    return single(F.fold_cast(operands, op.out.type, lambda a, sw: extend(a, sw, w), False))


class ExtUIOp(_IntCastOp):
    """Zero extension to a wider integer type.

    Example: `%r = arith.extui %a : i3 to i6`
    """

    name = "arith.extui"
    widens = True

    def fold_op(self, operands: list) -> list | None:
        return _ext_fold(self, operands, lambda a, sw, w: a)


class ExtSIOp(_IntCastOp):
    """Sign extension to a wider integer type.

    Example: `%r = arith.extsi %a : vector<2xi32> to vector<2xi64>`
    """

    name = "arith.extsi"
    canonicalization_patterns = (_pat.ExtSIOfExtUI,)
    widens = True

    def fold_op(self, operands: list) -> list | None:
        return _ext_fold(self, operands, lambda a, sw, w: F.sv(a, sw) & F.mask(w))


class TruncIOp(_IntCastOp):
    """Integer truncation to a narrower type.

    Example: `%r = arith.trunci %a overflow<nsw> : i32 to i16`
    """

    name = "arith.trunci"
    canonicalization_patterns = (
        _pat.TruncIExtSIToExtSI,
        _pat.TruncIExtUIToExtUI,
        _pat.TruncIShrSIToTrunciShrUI,
    )
    traits = _CAST + (InferIntRangeInterface, ArithIntegerOverflowFlagsInterface)
    widens = False
    overflowFlags = Attr(OverflowFlagsAttr, default=overflow_none)  # noqa: N815 - upstream's name
    assembly_format = (
        "$in_ (`overflow` `` $overflowFlags^)? attr-dict `:` type($in_) `to` type($out)"
    )

    def fold_op(self, operands: list) -> list | None:
        inner = self.in_.owner_op
        if isinstance(inner, (ExtUIOp, ExtSIOp)):
            src = inner.in_
            sw, dw = F.width_of(src.type), F.width_of(self.out.type)
            # trunci(ext(a)) -> trunci(a), in place
            if sw > dw:
                self.set_operand(0, src)
                return list(self.results)
            # trunci(ext(a)) -> a
            if _elem(src.type) is _elem(self.out.type):
                return [src]
        # trunci(trunci(a)) -> trunci(a), in place
        if isinstance(inner, TruncIOp):
            self.set_operand(0, inner.in_)
            return list(self.results)
        w = F.width_of(self.out.type)
        return single(F.fold_cast(operands, self.out.type, lambda a, sw: a & F.mask(w), False))


class _FloatCastOp(CastOp):
    __slots__ = ()
    width_kind = T.FloatType
    in_ = Operand(FloatLike)
    out = Result(FloatLike)
    assembly_format = "$in_ attr-dict `:` type($in_) `to` type($out)"


def _fastmath_has(op: Any, flags: int) -> bool:
    fm = op.properties.get("fastmath")
    return fm is not None and flags in fm


class ExtFOp(_FloatCastOp):
    """Extension to a wider floating-point type.

    Example: `%r = arith.extf %a fastmath<contract> : f16 to f32`
    """

    name = "arith.extf"
    traits = _CAST + (ArithFastMathInterface,)
    widens = True
    fastmath = Attr(FastMathAttr, optional=True)
    assembly_format = "$in_ (`fastmath` `` $fastmath^)? attr-dict `:` type($in_) `to` type($out)"

    def fold_op(self, operands: list) -> list | None:
        # extf(truncf(a)) -> a when both carry `contract`
        trunc = self.in_.owner_op
        if (
            isinstance(trunc, TruncFOp)
            and trunc.in_.type is self.out.type
            and _fastmath_has(trunc, FM_CONTRACT)
            and _fastmath_has(self, FM_CONTRACT)
        ):
            return [trunc.in_]
        dst = _elem(self.out.type).kind
        return single(
            F.fold_cast(operands, self.out.type, lambda a, k: convert_exact(k, dst, a), True)
        )


def _representable(src: str, dst: str) -> bool:
    """APFloatBase::isRepresentableBy: every value of `src` exists in `dst`."""
    s, d = apfloat.SEMANTICS[src], apfloat.SEMANTICS[dst]
    return (
        s.max_exponent <= d.max_exponent
        and s.min_exponent >= d.min_exponent
        and s.precision <= d.precision
    )


class TruncFOp(_FloatCastOp):
    """Truncation to a narrower floating-point type.

    Example: `%r = arith.truncf %a to_nearest_even : f32 to f16`
    """

    name = "arith.truncf"
    canonicalization_patterns = (
        _pat.TruncFSIToFPToSIToFP,
        _pat.TruncFUIToFPToUIToFP,
    )
    traits = _CAST + (ArithRoundingModeInterface, ArithFastMathInterface)
    widens = False
    roundingmode = Attr(RoundingModeAttr, optional=True)
    fastmath = Attr(FastMathAttr, optional=True)
    assembly_format = (
        "$in_ ($roundingmode^)? (`fastmath` `` $fastmath^)? attr-dict `:` type($in_) "
        "`to` type($out)"
    )

    def fold_op(self, operands: list) -> list | None:
        dst = _elem(self.out.type)
        ext = self.in_.owner_op
        if isinstance(ext, ExtFOp):
            src = ext.in_
            s, mid = _elem(src.type), _elem(ext.out.type)
            if _representable(s.kind, mid.kind):
                # truncf(extf(a)) -> truncf(a), in place
                if s.width > dst.width:
                    self.set_operand(0, src)
                    return list(self.results)
                # truncf(extf(a)) -> a
                if s is dst:
                    return [src]
        # Only exact conversions fold, so the rounding mode never matters.
        return single(
            F.fold_cast(operands, self.out.type, lambda a, k: convert_exact(k, dst.kind, a), True)
        )


class UIToFPOp(CastOp):
    """Unsigned integer to floating-point conversion (nearest-even).

    Example: `%r = arith.uitofp %a : i32 to f32`
    """

    name = "arith.uitofp"
    in_ = Operand(SignlessFixedWidthIntegerLike)
    out = Result(FloatLike)
    assembly_format = "$in_ attr-dict `:` type($in_) `to` type($out)"

    @classmethod
    def are_cast_compatible(cls, ins: list, outs: list) -> bool:
        return _int_float(ins, outs, T.IntegerType, T.FloatType)

    def fold_op(self, operands: list) -> list | None:
        k = _elem(self.out.type).kind
        return single(
            F.fold_cast(operands, self.out.type, lambda a, w: apfloat.from_int(k, a), False)
        )


class SIToFPOp(UIToFPOp):
    """Signed integer to floating-point conversion (nearest-even).

    Example: `%r = arith.sitofp %a : i32 to f32`
    """

    name = "arith.sitofp"

    def fold_op(self, operands: list) -> list | None:
        k = _elem(self.out.type).kind
        return single(
            F.fold_cast(
                operands, self.out.type, lambda a, w: apfloat.from_int(k, F.sv(a, w)), False
            )
        )


class FPToUIOp(CastOp):
    """Floating-point to unsigned integer conversion, rounding toward zero.

    Example: `%r = arith.fptoui %a : f32 to i32`
    """

    name = "arith.fptoui"
    in_ = Operand(FloatLike)
    out = Result(SignlessFixedWidthIntegerLike)
    assembly_format = "$in_ attr-dict `:` type($in_) `to` type($out)"
    signed: ClassVar[bool] = False

    @classmethod
    def are_cast_compatible(cls, ins: list, outs: list) -> bool:
        return _int_float(ins, outs, T.FloatType, T.IntegerType)

    def fold_op(self, operands: list) -> list | None:
        w = F.width_of(self.out.type)
        signed = self.signed
        return single(
            F.fold_cast(operands, self.out.type, lambda a, k: apfloat.to_int(k, a, w, signed), True)
        )


class FPToSIOp(FPToUIOp):
    """Floating-point to signed integer conversion, rounding toward zero.

    Example: `%r = arith.fptosi %a : f32 to i32`
    """

    name = "arith.fptosi"
    signed = True


def _index_cast_width(t: T.Type) -> int:
    et = _elem(t)
    return et.width if isinstance(et, T.IntegerType) else F.INDEX_WIDTH


class IndexCastOp(CastOp):
    """Cast between index and a signless integer type (sign-extending).

    Example: `%r = arith.index_cast %a : i32 to index`
    """

    name = "arith.index_cast"
    canonicalization_patterns = (
        _pat.IndexCastOfIndexCast,
        _pat.IndexCastOfExtSI,
    )
    traits = _CAST + (InferIntRangeInterface,)
    in_ = Operand(IndexCastTypeConstraint)
    out = Result(IndexCastTypeConstraint)
    assembly_format = "$in_ attr-dict `:` type($in_) `to` type($out)"
    signed: ClassVar[bool] = True

    @classmethod
    def are_cast_compatible(cls, ins: list, outs: list) -> bool:
        if not _valid_cast(ins, outs):
            return False
        kinds = (T.IntegerType, T.IndexType)
        src, dst = _underlying(ins[0], kinds, True), _underlying(outs[0], kinds, True)
        if src is None or dst is None:
            return False
        index, signless = (
            T.IndexType,
            (lambda t: isinstance(t, T.IntegerType) and t.signedness == 0),
        )
        return (isinstance(src, index) and signless(dst)) or (
            signless(src) and isinstance(dst, index)
        )

    def fold_op(self, operands: list) -> list | None:
        # index_cast(constant) -> constant (sign- or zero-extended, or truncated)
        w = _index_cast_width(self.out.type)
        signed = self.signed

        def calc(a: int, sw: int) -> int:
            return (F.sv(a, sw) if signed else a) & F.mask(w)

        folded = F.fold_cast(operands, self.out.type, calc, False)
        if folded is not None:
            return [folded]
        # index_cast(index_cast(x : A) : B) : A -> x when B is at least as wide as A
        inner = self.in_.owner_op
        if type(inner) is type(self):
            x = inner.in_
            if x.type is self.out.type and _index_cast_width(inner.out.type) >= _index_cast_width(
                x.type
            ):
                return [x]
        return None


class IndexCastUIOp(IndexCastOp):
    """Cast between index and a signless integer type (zero-extending).

    Example: `%r = arith.index_castui %a : i32 to index`
    """

    name = "arith.index_castui"
    canonicalization_patterns = (  # type: ignore[assignment]
        _pat.IndexCastUIOfIndexCastUI,
        _pat.IndexCastUIOfExtUI,
    )
    signed = False


class BitcastOp(CastOp):
    """Reinterpret the bits of an integer or float as another type of equal width.

    Example: `%r = arith.bitcast %a : f32 to i32`
    """

    name = "arith.bitcast"
    canonicalization_patterns = (_pat.BitcastOfBitcast,)
    in_ = Operand(BitcastTypeConstraint)
    out = Result(BitcastTypeConstraint)
    assembly_format = "$in_ attr-dict `:` type($in_) `to` type($out)"

    @classmethod
    def are_cast_compatible(cls, ins: list, outs: list) -> bool:
        if not _valid_cast(ins, outs):
            return False
        kinds = (T.IntegerType, T.FloatType)
        src, dst = _underlying(ins[0], kinds, True), _underlying(outs[0], kinds, True)
        return src is not None and dst is not None and src.width == dst.width

    def fold_op(self, operands: list) -> list | None:
        value = operands[0]
        res = self.out.type
        if value is None:
            return None
        # Bitcast dense elements: the same bits under the new element type.
        if isinstance(value, A.DenseElementsAttr):
            if not isinstance(res, T.ShapedType):
                return None
            m = F.mask(F.width_of(value.type.element_type))
            elems = [int(v) & m for v in value.values]
            return [F.dense(_with_element(value.type, res.element_type), elems)]
        if isinstance(res, T.ShapedType):
            return None
        # Bitcast of a scalar poison is poison.
        if F.is_poison(value):
            return [value]
        if isinstance(value, A.FloatAttr):
            bits = value.bits
        elif isinstance(value, A.IntegerAttr):
            bits = F.int_value(value)
        else:
            return None
        return [F.scalar(res, bits)]


def _with_element(t: T.ShapedType, et: T.Type) -> T.Type:
    """`t` with element type `et` (ShapedType::cloneWith)."""
    if isinstance(t, T.VectorType):
        return T.VectorType(t.shape, et, t.scalable)
    if isinstance(t, T.RankedTensorType):
        return T.RankedTensorType(t.shape, et, t.encoding)
    raise TypeError(f"cannot bitcast elements of {t}")


class ScalingExtFOp(ArithOp):
    """Upcast floats multiplied by per-element scales (OCP MX).

    Example: `%r = arith.scaling_extf %a, %s : f4E2M1FN, f8E8M0FNU to f32`
    """

    name = "arith.scaling_extf"
    traits: ClassVar[Collection[Trait]] = ARITH_TRAITS + (
        Pure, ArithFastMathInterface, CastOpInterface,
    )
    cast_op = True
    in_ = Operand(FloatLike)
    scale = Operand(FloatLike)
    out = Result(FloatLike)
    fastmath = Attr(FastMathAttr, optional=True)
    assembly_format = (
        "$in_ `,` $scale (`fastmath` `` $fastmath^)? attr-dict `:` type($in_) `,` type($scale) "
        "`to` type($out)"
    )
    widens: ClassVar[bool] = True

    def verify_predicates(self) -> None:
        super().verify_predicates()
        verify_same_tensor_dims(self, self.operand(0), self.results[0])

    @classmethod
    def are_cast_compatible(cls, ins: list, outs: list) -> bool:
        return _width_change(ins[:1], outs, T.FloatType, cls.widens)

    def verify(self) -> None:
        verify_width_change(self, self.widens)


class ScalingTruncFOp(ScalingExtFOp):
    """Downcast floats divided by per-element scales (OCP MX).

    Example: `%r = arith.scaling_truncf %a, %s : f32, f8E8M0FNU to f4E2M1FN`
    """

    name = "arith.scaling_truncf"
    traits = ARITH_TRAITS + (
        Pure,
        ArithRoundingModeInterface,
        ArithFastMathInterface,
        CastOpInterface,
    )
    roundingmode = Attr(RoundingModeAttr, optional=True)
    assembly_format = (
        "$in_ `,` $scale ($roundingmode^)? (`fastmath` `` $fastmath^)? attr-dict `:` "
        "type($in_) `,` type($scale) `to` type($out)"
    )
    widens = False


CAST_OPS = (
    ExtUIOp,
    ExtSIOp,
    ExtFOp,
    TruncIOp,
    TruncFOp,
    UIToFPOp,
    SIToFPOp,
    FPToUIOp,
    FPToSIOp,
    IndexCastOp,
    IndexCastUIOp,
    BitcastOp,
    ScalingExtFOp,
    ScalingTruncFOp,
)
