"""arith.constant, the comparisons and arith.select."""

from __future__ import annotations

from typing import Any

from mliropt.dialects.arith import folding as F
from mliropt.dialects.arith.attributes import (
    CmpFPredicateAttr,
    CmpIPredicateAttr,
    TypedAttrInterface,
    fastmath_none,
)
from mliropt.dialects.arith.base import ARITH_TRAITS, ArithOp, quoted
from mliropt.dialects.arith.ops_cast import ExtSIOp, ExtUIOp
from mliropt.dialects.arith.ops_float import ArithFastMathInterface, FastMathAttr
from mliropt.dialects.arith.ops_int import InferIntRangeInterface
from mliropt.dialects.arith.patterns import floats as _floats
from mliropt.dialects.arith.patterns import select_casts as _pat
from mliropt.dialects.ods import (
    AnyType,
    Attr,
    BoolLike,
    ConstantLike,
    FloatLike,
    Op,
    OpAsmOpInterface,
    Operand,
    Pure,
    Result,
    SameTypeOperands,
    SignlessIntegerOrIndexLike,
    VerifyError,
    types_match_with,
)
from mliropt.ir import apfloat
from mliropt.ir import attributes as A
from mliropt.ir import types as T
from mliropt.ir.opdef import signature_verify
from mliropt.syntax.custom_syntax import CustomSyntax
from mliropt.syntax.errors import ParseError


class ConstantOp(Op):
    """An integer, floating-point or elements constant.

    Example: `%c42_i32 = arith.constant 42 : i32`
    """

    name = "arith.constant"
    traits = (ConstantLike, Pure, OpAsmOpInterface, InferIntRangeInterface)
    value = Attr(TypedAttrInterface)
    result = Result(AnyType)
    assembly_format = "attr-dict $value"

    @classmethod
    def infer_result_types(
        cls, sp: Any, operands: list, props: Any, attrs: Any, regions: Any
    ) -> list:
        """The type of the value attribute."""
        value = props.get("value")
        t = getattr(value, "type", None)
        return [T.none if t is None else t]

    def asm_result_names(self) -> list:
        """`%c42_i32`, `%c0` (index), `%true`/`%false` (i1), `%cst` otherwise."""
        value = self.properties.get("value")
        t = self.result.type
        if isinstance(value, A.IntegerAttr):
            if isinstance(t, T.IntegerType) and t.width == 1:
                return [(self.result, "true" if value.value else "false")]
            name = f"c{value.value}"
            if isinstance(t, T.IntegerType):
                name += f"_{t}"
            return [(self.result, name)]
        return [(self.result, "cst")]

    def verify_type_invariants(self) -> None:
        from mliropt.ir import opdef

        opdef._verify_parts(type(self), self)
        value = self.properties["value"]
        vt = value.type if value.type is not None else T.none  # type: ignore[attr-defined]
        if vt is not self.result.type:
            raise VerifyError(self, "failed to verify that all of {value, result} have same type")

    @signature_verify
    def verify(self) -> None:
        t = self.result.type
        if isinstance(t, T.IntegerType) and t.signedness != 0:
            raise VerifyError(self, "integer return type must be signless")
        value = self.properties["value"]
        if not isinstance(
            value,
            (
                A.IntegerAttr,
                A.FloatAttr,
                A.DenseElementsAttr,
                A.DenseResourceElementsAttr,
                A.SparseElementsAttr,
            ),
        ):
            raise VerifyError(self, "value must be an integer, float, or elements attribute")
        if (
            isinstance(t, T.VectorType)
            and any(t.scalable)
            and not (isinstance(value, A.DenseElementsAttr) and value.splat)
        ):
            # "intializing" (sic) is upstream's spelling.
            raise VerifyError(
                self,
                "intializing scalable vectors with elements attribute is not supported unless "
                "it's a vector splat",
            )

    def fold(self, operands: list) -> list:
        """A constant folds to its value."""
        return [self.properties["value"]]


def is_buildable_with(value: Any, t: T.Type) -> bool:
    """ConstantOp::isBuildableWith: a typed integer, float or elements attribute of `t`."""
    if not isinstance(value, A.TypedAttr) or value.type is not t:
        return False
    et = T.element_type_or_self(t)
    if isinstance(et, T.IntegerType) and et.signedness != 0:
        return False
    return isinstance(
        value,
        (
            A.IntegerAttr,
            A.FloatAttr,
            A.DenseElementsAttr,
            A.DenseResourceElementsAttr,
            A.SparseElementsAttr,
        ),
    )


# ----------------------------------------------------------------- comparisons


class _CompareOp(ArithOp):
    """Base of comparisons: `%r = arith.cmpX pred, %a, %b : type`, `%r` is i1-like."""

    __slots__ = ()
    result = Result(BoolLike)
    type_relations = (types_match_with("lhs", "result", F.i1_same_shape),)

    def verify_predicates(self) -> None:
        if F.i1_same_shape(self.operand(0).type) is not self.result.type:
            raise VerifyError(
                self,
                "failed to verify that result type has i1 element type and same shape as operands",
            )


_CMPI_SWAPPED = {0: 0, 1: 1, 2: 4, 4: 2, 3: 5, 5: 3, 6: 8, 8: 6, 7: 9, 9: 7}


def cmpi(pred: int, a: int, b: int, w: int) -> bool:
    """applyCmpPredicate on bit patterns of width `w`."""
    if pred == 0:
        return a == b
    if pred == 1:
        return a != b
    if pred in (2, 3, 4, 5):
        a, b = F.sv(a, w), F.sv(b, w)
    if pred in (2, 6):
        return a < b
    if pred in (3, 7):
        return a <= b
    if pred in (4, 8):
        return a > b
    return a >= b


# Predicates true when both operands are the same value.
_CMPI_REFLEXIVE = frozenset((0, 3, 5, 7, 9))


def _i1_width(t: T.Type) -> int | None:
    """getIntegerWidth: of an integer or a vector of integers."""
    if isinstance(t, T.IntegerType):
        return t.width
    if isinstance(t, T.VectorType) and isinstance(t.element_type, T.IntegerType):
        return t.element_type.width
    return None


class CmpIOp(_CompareOp):
    """Integer comparison.

    Example: `%r = arith.cmpi slt, %a, %b : i32`
    """

    name = "arith.cmpi"
    canonicalization_patterns = (
        _pat.CmpIExtSI,
        _pat.CmpIExtUI,
    )
    traits = ARITH_TRAITS + (InferIntRangeInterface, Pure, SameTypeOperands)
    predicate = Attr(CmpIPredicateAttr)
    lhs = Operand(SignlessIntegerOrIndexLike)
    rhs = Operand(SignlessIntegerOrIndexLike)
    assembly_format = "$predicate `,` $lhs `,` $rhs attr-dict `:` type($lhs)"

    def fold_op(self, operands: list) -> list | None:
        pred = self.properties["predicate"].value  # type: ignore[attr-defined]
        # cmpi(pred, x, x)
        if self.lhs is self.rhs:
            b = F.bool_attr(self.result.type, pred in _CMPI_REFLEXIVE)
            return None if b is None else [b]
        is_i1 = T.element_type_or_self(self.lhs.type) is T.i1
        if F.m_zero(operands[1]):
            # extsi/extui(%x : i1) != 0 -> %x
            ext = self.lhs.owner_op
            if isinstance(ext, (ExtSIOp, ExtUIOp)) and _i1_width(ext.in_.type) == 1 and pred == 1:
                return [ext.in_]
            # cmpi ne, %x, false : i1 -> %x
            if is_i1 and pred == 1:
                return [self.lhs]
        # cmpi eq, %x, true : i1 -> %x
        if F.m_one(operands[1]) and is_i1 and pred == 0:
            return [self.lhs]
        # Move a constant to the right side, swapping the predicate (in place).
        if operands[0] is not None and operands[1] is None:
            self.properties["predicate"] = A.IntegerAttr(T.i64, _CMPI_SWAPPED[pred])
            self.set_operands([self.rhs, self.lhs])
            return list(self.results)
        lhs = operands[0]
        if isinstance(lhs, A.TypedAttr):
            r = F.fold_binary(
                operands,
                lambda a, b, w: int(cmpi(pred, a, b, w)),
                result_type=F.i1_same_shape(lhs.type),
                poison=False,  # upstream's constFoldBinaryOp with a result type
            )
            return None if r is None else [r]
        return None


def cmpf(pred: int, order: str) -> bool:
    """applyCmpPredicate from APFloat::compare's result ('lt', 'eq', 'gt', 'unordered')."""
    unordered = order == "unordered"
    if pred in (0, 15):
        return pred == 15
    if pred == 7:
        return not unordered
    if pred == 14:
        return unordered
    if pred == 6:
        return not unordered and order != "eq"
    if pred == 13:
        return order != "eq"
    ordered_holds = {1: ("eq",), 2: ("gt",), 3: ("gt", "eq"), 4: ("lt",), 5: ("lt", "eq")}
    if pred <= 5:
        return order in ordered_holds[pred]
    return unordered or order in ordered_holds[pred - 7]


class CmpFOp(_CompareOp):
    """Floating-point comparison (`o` ordered, `u` unordered predicates).

    Example: `%r = arith.cmpf olt, %a, %b : f32`
    """

    name = "arith.cmpf"
    canonicalization_patterns = (_floats.CmpFIntToFPConst,)
    traits = ARITH_TRAITS + (ArithFastMathInterface, Pure, SameTypeOperands)
    predicate = Attr(CmpFPredicateAttr)
    lhs = Operand(FloatLike)
    rhs = Operand(FloatLike)
    fastmath = Attr(FastMathAttr, default=fastmath_none)
    assembly_format = (
        "$predicate `,` $lhs `,` $rhs (`fastmath` `` $fastmath^)? attr-dict `:` type($lhs)"
    )

    def fold_op(self, operands: list) -> list | None:
        lhs, rhs = operands
        lhs = lhs if isinstance(lhs, A.FloatAttr) else None
        rhs = rhs if isinstance(rhs, A.FloatAttr) else None
        # With one NaN operand, the other does not matter.
        if lhs is not None and apfloat.is_nan(lhs.type.kind, lhs.bits):
            rhs = lhs
        if rhs is not None and apfloat.is_nan(rhs.type.kind, rhs.bits):
            lhs = rhs
        if lhs is None or rhs is None:
            return None
        order = apfloat.compare(lhs.type.kind, lhs.bits, rhs.bits)
        pred = self.properties["predicate"].value  # type: ignore[attr-defined]
        return [A.BoolAttr(cmpf(pred, order))]


# ----------------------------------------------------------------- select


class SelectOp(ArithOp):
    """Choose between two values by a condition (element-wise for an i1 vector/tensor).

    Example: `%r = arith.select %cond, %a, %b : vector<4xi1>, vector<4xf32>`
    """

    name = "arith.select"
    canonicalization_patterns = (
        _pat.RedundantSelectFalse,
        _pat.RedundantSelectTrue,
        _pat.SelectNotCond,
        _pat.SelectI1ToNot,
        _pat.SelectToExtUI,
    )
    traits = ARITH_TRAITS + (Pure, InferIntRangeInterface)
    condition = Operand(BoolLike)
    true_value = Operand(AnyType)
    false_value = Operand(AnyType)
    result = Result(AnyType)

    @classmethod
    def custom_syntax(cls) -> CustomSyntax:
        """`%c, %t, %f [attr-dict] : [condition-type,] type`."""
        return CustomSyntax(cls, [("VALUES [ATTR_DICT] COLON_TYPES", _parse_select)], _print_select)

    def verify_predicates(self) -> None:
        # AllTypesMatch<[true_value, false_value, result]>
        t = self.result.type
        if self.true_value.type is not t or self.false_value.type is not t:
            raise VerifyError(
                self,
                "failed to verify that all of {true_value, false_value, result} have same type",
            )
        # BooleanConditionOrMatchingShape<condition, result>
        c = self.condition.type
        if c is T.i1:
            return
        if not (isinstance(c, T.ShapedType) and isinstance(t, T.ShapedType) and _same_shape(c, t)):
            raise VerifyError(
                self, "failed to verify that condition is signless i1 or has matching shape"
            )

    def verify(self) -> None:
        c = self.condition.type
        if c is T.i1:
            return
        t = self.result.type
        if not isinstance(t, (T.VectorType, T.RankedTensorType, T.UnrankedTensorType)):
            raise VerifyError(self, f"expected condition to be a signless i1, but got {quoted(c)}")
        expected = F.i1_same_shape(t)
        if c is not expected:
            raise VerifyError(
                self,
                "expected condition type to have the same shape as the result type, expected "
                f"{quoted(expected)}, but got {quoted(c)}",
            )

    def fold_op(self, operands: list) -> list | None:
        cond_attr, true_attr, false_attr = operands
        t, f = self.true_value, self.false_value
        # select(c, x, x) -> x
        if t is f:
            return [t]
        # select(true, x, y) -> x; select(false, x, y) -> y
        if F.m_one(cond_attr):
            return [t]
        if F.m_zero(cond_attr):
            return [f]
        # select(c, poison, y) -> y; select(c, x, poison) -> x
        if F.is_poison(true_attr):
            return [f]
        if F.is_poison(false_attr):
            return [t]
        # select(%c, true, false) -> %c
        if self.result.type is T.i1 and F.m_one(true_attr) and F.m_zero(false_attr):
            return [self.condition]
        # select(cmpi eq/ne %a, %b, %a, %b) -> %b / %a
        cmp = self.condition.owner_op
        if isinstance(cmp, CmpIOp):
            pred = cmp.properties["predicate"].value  # type: ignore[attr-defined]
            if pred in (0, 1) and (
                (cmp.lhs is t and cmp.rhs is f) or (cmp.rhs is t and cmp.lhs is f)
            ):
                return [t if pred == 1 else f]
        # Element-wise over a non-splat constant condition.
        if (
            isinstance(cond_attr, A.DenseElementsAttr)
            and isinstance(true_attr, A.DenseElementsAttr)
            and isinstance(false_attr, A.DenseElementsAttr)
        ):
            picks = zip(cond_attr.elements(), true_attr.elements(), false_attr.elements())
            return [A.DenseElementsAttr(true_attr.type, tuple(x if c else y for c, x, y in picks))]
        return None


def _same_shape(a: T.ShapedType, b: T.ShapedType) -> bool:
    """AllShapesMatch on two shaped types (unranked ones match anything ranked as unknown)."""
    if not a.has_rank or not b.has_rank:
        return a.has_rank == b.has_rank
    return a.shape == b.shape


def _parse_select(sp: Any, c: list, p: list) -> Any:
    # OPSTART OP_ARITH_SELECT VALUES [ATTR_DICT] COLON_TYPES
    refs = sp.value_refs(c[2], p[2], 3, False)
    types = sp.colon_types(c[4], p[4])
    if len(types) > 2:
        raise ParseError(p[4] + len(c[4]), "expected operation name in quotes")
    cond_type = types[0] if len(types) == 2 else T.i1
    res_type = types[-1]
    attrs = None
    if c[3] is not None:
        attrs = sp.dict_of(c[3], p[3])
    operands = sp.resolve_group(refs, [cond_type, res_type, res_type])
    return sp.finish_op(SelectOp, operands, [res_type], attrs, {}, [], [], c[0], p[0])


def _print_select(P: Any, op: SelectOp) -> str:
    text = " " + ", ".join(P.value(v) for v in op.operands)
    text += P.attr_dict(op)
    text += " : "
    cond = op.condition.type
    if isinstance(cond, T.ShapedType):
        text += P.type(cond) + ", "
    return text + P.type(op.result.type)


OTHER_OPS = (ConstantOp, CmpIOp, CmpFOp, SelectOp)
