"""llvm arithmetic: integer and float binary ops, fneg, icmp/fcmp, select, freeze, casts.

Each op names the LLVM IR instruction it becomes in `llvm_instruction`; flags are
properties (`overflowFlags`, `isExact`, `isDisjoint`, `nonNeg`, `fastmathFlags`).
"""

from __future__ import annotations

from typing import Any, ClassVar

from mliropt.dialects.llvm import attributes as LA
from mliropt.dialects.llvm import constraints as C
from mliropt.dialects.llvm.constraints import LLVMOp
from mliropt.dialects.ods import (
    AlwaysSpeculatable,
    Attr,
    Commutative,
    NoMemoryEffect,
    Operand,
    Pure,
    Result,
    SameOperandsAndResultType,
    SameTypeOperands,
    UnitAttr,
    VerifyError,
)
from mliropt.ir import attributes as A
from mliropt.ir import types as T
from mliropt.ir.diagnostics import Diagnostic, MLIRError, Severity
from mliropt.syntax.attr_formats import AttrFormat, custom_op_prefix
from mliropt.syntax.errors import ParseError

_OVERFLOW = "$lhs `,` $rhs (`overflow` `` $overflowFlags^)? attr-dict `:` type($res)"


def _no_flags() -> A.IntegerAttr:
    return LA.i32_flags(0)


# ----------------------------------------------------------------- integer binary ops


class _IntBinaryOp(LLVMOp):
    """Base of integer binary ops: same type for both operands and the result."""

    traits: ClassVar[Any] = (Pure, SameOperandsAndResultType)
    lhs = Operand(C.IntOrVec)
    rhs = Operand(C.IntOrVec)
    res = Result(C.IntOrVec)
    assembly_format = "$lhs `,` $rhs attr-dict `:` type($res)"


class _OverflowOp(_IntBinaryOp):
    """Base of integer ops with nsw/nuw flags."""

    overflowFlags = Attr(LA.OverflowFlagsProp, default=_no_flags)
    assembly_format = _OVERFLOW


class _ExactOp(_IntBinaryOp):
    """Base of integer ops with the `exact` flag."""

    isExact = Attr(UnitAttr, optional=True)
    assembly_format = "(`exact` $isExact^)? $lhs `,` $rhs attr-dict `:` type($res)"


class AddOp(_OverflowOp):
    """Integer addition.

    Example: `%r = llvm.add %a, %b overflow<nsw> : i32`
    """

    name = "llvm.add"
    traits = (Pure, Commutative, SameOperandsAndResultType)  # type: ignore[assignment]
    llvm_instruction = "add"


class SubOp(_OverflowOp):
    """Integer subtraction.

    Example: `%r = llvm.sub %a, %b : i32`
    """

    name = "llvm.sub"
    llvm_instruction = "sub"


class MulOp(_OverflowOp):
    """Integer multiplication.

    Example: `%r = llvm.mul %a, %b overflow<nsw, nuw> : i64`
    """

    name = "llvm.mul"
    traits = (Pure, Commutative, SameOperandsAndResultType)  # type: ignore[assignment]
    llvm_instruction = "mul"


class ShlOp(_OverflowOp):
    """Shift left.

    Example: `%r = llvm.shl %a, %b : i32`
    """

    name = "llvm.shl"
    llvm_instruction = "shl"

    def fold(self, operands: list) -> list | None:
        """shl(c1, c2) -> c1 << c2 for a shift below the bit width (scalars only)."""
        a, b = operands
        if not isinstance(a, A.IntegerAttr) or not isinstance(b, A.IntegerAttr):
            return None
        width = a.type.width  # type: ignore[attr-defined]
        shift = b.value & ((1 << width) - 1)
        if shift >= width:
            return None
        return [A.IntegerAttr(a.type, a.value << shift)]


class UDivOp(_ExactOp):
    """Unsigned division.

    Example: `%r = llvm.udiv exact %a, %b : i32`
    """

    name = "llvm.udiv"
    llvm_instruction = "udiv"


class SDivOp(_ExactOp):
    """Signed division.

    Example: `%r = llvm.sdiv %a, %b : i32`
    """

    name = "llvm.sdiv"
    llvm_instruction = "sdiv"


class LShrOp(_ExactOp):
    """Logical shift right.

    Example: `%r = llvm.lshr exact %a, %b : i32`
    """

    name = "llvm.lshr"
    llvm_instruction = "lshr"


class AShrOp(_ExactOp):
    """Arithmetic shift right.

    Example: `%r = llvm.ashr %a, %b : i32`
    """

    name = "llvm.ashr"
    llvm_instruction = "ashr"


class URemOp(_IntBinaryOp):
    """Unsigned remainder.

    Example: `%r = llvm.urem %a, %b : i32`
    """

    name = "llvm.urem"
    llvm_instruction = "urem"


class SRemOp(_IntBinaryOp):
    """Signed remainder.

    Example: `%r = llvm.srem %a, %b : i32`
    """

    name = "llvm.srem"
    llvm_instruction = "srem"


class AndOp(_IntBinaryOp):
    """Bitwise and.

    Example: `%r = llvm.and %a, %b : i32`
    """

    name = "llvm.and"
    llvm_instruction = "and"


class OrOp(_IntBinaryOp):
    """Bitwise or, optionally `disjoint`.

    Example: `%r = llvm.or disjoint %a, %b : i32`
    """

    name = "llvm.or"
    llvm_instruction = "or"

    def fold(self, operands: list) -> list | None:
        """or(c1, c2) -> c1 | c2 (scalars only)."""
        a, b = operands
        if not isinstance(a, A.IntegerAttr) or not isinstance(b, A.IntegerAttr):
            return None
        return [A.IntegerAttr(a.type, a.value | b.value)]

    isDisjoint = Attr(UnitAttr, optional=True)
    assembly_format = "(`disjoint` $isDisjoint^)? $lhs `,` $rhs attr-dict `:` type($res)"


class XOrOp(_IntBinaryOp):
    """Bitwise exclusive or.

    Example: `%r = llvm.xor %a, %b : i32`
    """

    name = "llvm.xor"
    llvm_instruction = "xor"


# ----------------------------------------------------------------- float ops


def _no_fastmath() -> LA.FastmathFlagsAttr:
    return LA.NONE_FASTMATH


class _FloatBinaryOp(LLVMOp):
    """Base of float binary ops, with fast-math flags."""

    traits = (Pure, SameOperandsAndResultType)
    lhs = Operand(C.FloatOrVec)
    rhs = Operand(C.FloatOrVec)
    res = Result(C.FloatOrVec)
    fastmathFlags = Attr(LA.FastmathFlags, default=_no_fastmath)
    assembly_format = "$lhs `,` $rhs attr-dict `:` type($res)"


class FAddOp(_FloatBinaryOp):
    """Float addition.

    Example: `%r = llvm.fadd %a, %b {fastmathFlags = #llvm.fastmath<fast>} : f32`
    """

    name = "llvm.fadd"
    llvm_instruction = "fadd"


class FSubOp(_FloatBinaryOp):
    """Float subtraction.

    Example: `%r = llvm.fsub %a, %b : f32`
    """

    name = "llvm.fsub"
    llvm_instruction = "fsub"


class FMulOp(_FloatBinaryOp):
    """Float multiplication.

    Example: `%r = llvm.fmul %a, %b : f64`
    """

    name = "llvm.fmul"
    llvm_instruction = "fmul"


class FDivOp(_FloatBinaryOp):
    """Float division.

    Example: `%r = llvm.fdiv %a, %b : f32`
    """

    name = "llvm.fdiv"
    llvm_instruction = "fdiv"


class FRemOp(_FloatBinaryOp):
    """Float remainder.

    Example: `%r = llvm.frem %a, %b : f32`
    """

    name = "llvm.frem"
    llvm_instruction = "frem"


class FNegOp(LLVMOp):
    """Float negation.

    Example: `%r = llvm.fneg %a : f32`
    """

    name = "llvm.fneg"
    traits = (Pure, SameOperandsAndResultType)
    llvm_instruction = "fneg"
    operand = Operand(C.FloatOrVec)
    res = Result(C.FloatOrVec)
    fastmathFlags = Attr(LA.FastmathFlags, default=_no_fastmath)
    assembly_format = "$operand attr-dict `:` type($res)"


# ----------------------------------------------------------------- comparisons


class PredicateFormat(AttrFormat):
    """A comparison predicate written as a string (`"slt"`), stored as an i64 enum."""

    terminal = "ATTR"

    def __init__(self, cases: dict[str, int]) -> None:
        self.cases = cases
        self.names = {v: k for k, v in cases.items()}

    def parse(self, sp: Any, text: str, pos: int) -> A.Attribute:
        attr = sp.attr_of(text, pos)
        if not isinstance(attr, A.StringAttr) or attr.type is not None:
            raise ParseError(
                pos,
                f"{custom_op_prefix(sp)}expected string or keyword containing one of the "
                "following enum values for attribute 'predicate'",
            )
        word = attr.value
        value = self.cases.get(word)
        if value is None:
            raise ParseError(
                pos,
                f"{custom_op_prefix(sp)}'{word}' is an incorrect value of the 'predicate' "
                "attribute",
            )
        return LA.i64_enum(value)

    def print(self, p: Any, attr: A.Attribute) -> str:
        return f'"{self.names[attr.value]}"'  # type: ignore[attr-defined]


def _predicate(cases: dict[str, int], description: str) -> C.Constraint:
    values = set(cases.values())
    return C.Constraint(
        description,
        lambda a: isinstance(a, A.IntegerAttr) and a.type is T.i64 and a.value in values,
        format=PredicateFormat(cases),
    )


_I1_SAME_SHAPE = "result type has i1 element type and same shape as operands"


def _bool_attr(t: T.Type, value: bool) -> A.Attribute:
    """getBoolAttribute: an i1 attribute, or a splat of one for a vector."""
    if isinstance(t, T.VectorType):
        return A.DenseElementsAttr(t, (1 if value else 0,))
    return A.BoolAttr(value)


class ICmpOp(LLVMOp):
    """Integer or pointer comparison.

    Example: `%r = llvm.icmp "slt" %a, %b : i32`
    """

    name = "llvm.icmp"
    traits = (Pure, SameTypeOperands)
    llvm_instruction = "icmp"
    predicate = Attr(_predicate(LA.ICMP_PREDICATES, "llvm.icmp comparison predicate"))
    lhs = Operand(C.IntOrPtrOrVec)
    rhs = Operand(C.IntOrPtrOrVec)
    res = Result(C.I1OrVec)
    # Upstream parses comparisons by hand: the result type is inferred, not checked then.
    type_relations = (C.all_match("lhs", "rhs"),)
    assembly_format = "$predicate $lhs `,` $rhs attr-dict `:` type($lhs)"

    @classmethod
    def infer_result_types(
        cls, sp: Any, operands: list, props: Any, attrs: Any, regions: Any
    ) -> list:
        """i1 of the operands' shape."""
        return [C.i1_same_shape(operands[0].type)]

    def verify_op(self) -> None:
        if self.results[0].type is not C.i1_same_shape(self.operand(0).type):
            raise VerifyError(self, f"failed to verify that {_I1_SAME_SHAPE}")

    def fold(self, operands: list) -> list | None:
        """icmp eq/ne of one value with itself, or of an alloca with null."""
        pred = self.predicate_name
        if pred not in ("eq", "ne"):
            return None
        lhs, rhs = self.operand(0), self.operand(1)
        if lhs is rhs:
            return [_bool_attr(self.results[0].type, pred == "eq")]
        from mliropt.dialects.llvm.ops_memory import AllocaOp
        from mliropt.dialects.llvm.ops_module import ZeroOp

        lhs_op, rhs_op = getattr(lhs, "owner", None), getattr(rhs, "owner", None)
        if isinstance(lhs_op, AllocaOp) and isinstance(rhs_op, ZeroOp):
            return [_bool_attr(self.results[0].type, pred == "ne")]
        if isinstance(lhs_op, ZeroOp) and isinstance(rhs_op, AllocaOp):
            # Canonical order: the alloca first (folded on the next attempt).
            self.set_operands([rhs, lhs])
            return [self.results[0]]
        return None

    @property
    def predicate_name(self) -> str:
        """The predicate keyword (`slt`)."""
        values = {v: k for k, v in LA.ICMP_PREDICATES.items()}
        return values[self.properties["predicate"].value]  # type: ignore[attr-defined]


class FCmpOp(LLVMOp):
    """Float comparison, with fast-math flags.

    Example: `%r = llvm.fcmp "olt" %a, %b : f32`
    """

    name = "llvm.fcmp"
    traits = (Pure, SameTypeOperands)
    llvm_instruction = "fcmp"
    predicate = Attr(_predicate(LA.FCMP_PREDICATES, "llvm.fcmp comparison predicate"))
    lhs = Operand(C.FloatOrVec)
    rhs = Operand(C.FloatOrVec)
    fastmathFlags = Attr(LA.FastmathFlags, default=_no_fastmath)
    res = Result(C.I1OrVec)
    # Upstream parses comparisons by hand: the result type is inferred, not checked then.
    type_relations = (C.all_match("lhs", "rhs"),)
    assembly_format = "$predicate $lhs `,` $rhs attr-dict `:` type($lhs)"

    @classmethod
    def infer_result_types(
        cls, sp: Any, operands: list, props: Any, attrs: Any, regions: Any
    ) -> list:
        """i1 of the operands' shape."""
        return [C.i1_same_shape(operands[0].type)]

    def verify_op(self) -> None:
        if self.results[0].type is not C.i1_same_shape(self.operand(0).type):
            raise VerifyError(self, f"failed to verify that {_I1_SAME_SHAPE}")

    @property
    def predicate_name(self) -> str:
        """The predicate keyword (`olt`, `_true`)."""
        values = {v: k for k, v in LA.FCMP_PREDICATES.items()}
        return values[self.properties["predicate"].value]  # type: ignore[attr-defined]


class SelectOp(LLVMOp):
    """Choose between two values on a condition.

    Example: `%r = llvm.select %c, %a, %b : i1, i32`
    """

    name = "llvm.select"
    traits = (Pure,)
    llvm_instruction = "select"
    condition = Operand(C.I1OrVec)
    trueValue = Operand(C.LLVMType)
    falseValue = Operand(C.LLVMType)
    fastmathFlags = Attr(LA.FastmathFlags, default=_no_fastmath)
    res = Result(C.LLVMType)
    type_relations = (C.all_match("trueValue", "falseValue", "res"),)
    assembly_format = (
        "$condition `,` $trueValue `,` $falseValue attr-dict `:` type($condition) `,` type($res)"
    )


class FreezeOp(LLVMOp):
    """Stop the propagation of undef and poison.

    Example: `%r = llvm.freeze %a : i32`
    """

    name = "llvm.freeze"
    traits = (Pure, SameOperandsAndResultType)
    llvm_instruction = "freeze"
    val = Operand(C.LLVMType)
    res = Result(C.LLVMType)
    assembly_format = "$val attr-dict `:` type($val)"


# ----------------------------------------------------------------- casts


class _CastOp(LLVMOp):
    """Base of casts: `%r = llvm.<cast> %x : T to U`."""

    traits = (NoMemoryEffect, AlwaysSpeculatable)
    arg = Operand(C.LLVMType)
    res = Result(C.LLVMType)
    assembly_format = "$arg attr-dict `:` type($arg) `to` type($res)"


def plain_error(op: Any, message: str) -> MLIRError:
    """An error at the op without the `'name' op ` prefix (upstream's `emitError`)."""
    return MLIRError(Diagnostic(op.location, Severity.ERROR, message))


def _width(t: T.Type) -> int:
    e = t.element_type if isinstance(t, T.VectorType) else t
    return e.width if isinstance(e, T.IntegerType) else 0


class _ExtOp(_CastOp):
    """Base of integer extensions: the result must be wider."""

    arg = Operand(C.IntOrVec)
    res = Result(C.IntOrVec)

    def verify_op(self) -> None:
        if _width(self.results[0].type) <= _width(self.operand(0).type):
            raise plain_error(
                self,
                "integer width of the output type is smaller or equal to the integer width of "
                "the input type",
            )


class TruncOp(_CastOp):
    """Integer truncation, optionally with nsw/nuw.

    Example: `%r = llvm.trunc %a : i64 to i32`
    """

    name = "llvm.trunc"
    llvm_instruction = "trunc"
    arg = Operand(C.IntOrVec)
    res = Result(C.IntOrVec)
    overflowFlags = Attr(LA.OverflowFlagsProp, default=_no_flags)
    assembly_format = (
        "$arg (`overflow` `` $overflowFlags^)? attr-dict `:` type($arg) `to` type($res)"
    )


class ZExtOp(_ExtOp):
    """Zero extension, optionally `nneg`.

    Example: `%r = llvm.zext nneg %a : i32 to i64`
    """

    name = "llvm.zext"
    llvm_instruction = "zext"
    nonNeg = Attr(UnitAttr, optional=True)
    assembly_format = "(`nneg` $nonNeg^)? $arg attr-dict `:` type($arg) `to` type($res)"


class SExtOp(_ExtOp):
    """Sign extension.

    Example: `%r = llvm.sext %a : i32 to i64`
    """

    name = "llvm.sext"
    llvm_instruction = "sext"


class FPTruncOp(_CastOp):
    """Float truncation.

    Example: `%r = llvm.fptrunc %a : f64 to f32`
    """

    name = "llvm.fptrunc"
    llvm_instruction = "fptrunc"
    arg = Operand(C.FloatOrVec)
    res = Result(C.FloatOrVec)


class FPExtOp(_CastOp):
    """Float extension.

    Example: `%r = llvm.fpext %a : f32 to f64`
    """

    name = "llvm.fpext"
    llvm_instruction = "fpext"
    arg = Operand(C.FloatOrVec)
    res = Result(C.FloatOrVec)


class FPToUIOp(_CastOp):
    """Float to unsigned integer.

    Example: `%r = llvm.fptoui %a : f32 to i32`
    """

    name = "llvm.fptoui"
    llvm_instruction = "fptoui"
    arg = Operand(C.FloatOrVec)
    res = Result(C.IntOrVec)


class FPToSIOp(_CastOp):
    """Float to signed integer.

    Example: `%r = llvm.fptosi %a : f32 to i32`
    """

    name = "llvm.fptosi"
    llvm_instruction = "fptosi"
    arg = Operand(C.FloatOrVec)
    res = Result(C.IntOrVec)


class UIToFPOp(_CastOp):
    """Unsigned integer to float, optionally `nneg`.

    Example: `%r = llvm.uitofp %a : i32 to f32`
    """

    name = "llvm.uitofp"
    llvm_instruction = "uitofp"
    arg = Operand(C.IntOrVec)
    res = Result(C.FloatOrVec)
    nonNeg = Attr(UnitAttr, optional=True)
    assembly_format = "(`nneg` $nonNeg^)? $arg attr-dict `:` type($arg) `to` type($res)"


class SIToFPOp(_CastOp):
    """Signed integer to float.

    Example: `%r = llvm.sitofp %a : i32 to f32`
    """

    name = "llvm.sitofp"
    llvm_instruction = "sitofp"
    arg = Operand(C.IntOrVec)
    res = Result(C.FloatOrVec)


class PtrToIntOp(_CastOp):
    """Pointer to integer.

    Example: `%r = llvm.ptrtoint %p : !llvm.ptr to i64`
    """

    name = "llvm.ptrtoint"
    llvm_instruction = "ptrtoint"
    arg = Operand(C.PtrOrVec)
    res = Result(C.IntOrVec)


class IntToPtrOp(_CastOp):
    """Integer to pointer.

    Example: `%p = llvm.inttoptr %a : i64 to !llvm.ptr`
    """

    name = "llvm.inttoptr"
    llvm_instruction = "inttoptr"
    arg = Operand(C.IntOrVec)
    res = Result(C.PtrOrVec)
    dereferenceable = Attr(LA.Dereferenceable, optional=True)
    assembly_format = (
        "$arg (`dereferenceable` `` $dereferenceable^)? attr-dict `:` type($arg) `to` type($res)"
    )


class BitcastOp(_CastOp):
    """Reinterpret the bits of a value as another type of the same size.

    Example: `%r = llvm.bitcast %a : f32 to i32`
    """

    name = "llvm.bitcast"
    llvm_instruction = "bitcast"
    arg = Operand(C.NonAggregate)
    res = Result(C.NonAggregate)

    def fold(self, operands: list) -> list | None:
        """bitcast(x : T to T) -> x; bitcast(bitcast(x : T to U) : U to T) -> x."""
        return _fold_cast_chain(self)


class AddrSpaceCastOp(_CastOp):
    """Cast a pointer to another address space.

    Example: `%q = llvm.addrspacecast %p : !llvm.ptr to !llvm.ptr<1>`
    """

    name = "llvm.addrspacecast"
    llvm_instruction = "addrspacecast"
    arg = Operand(C.PtrOrVec)
    res = Result(C.PtrOrVec)

    def fold(self, operands: list) -> list | None:
        """A cast to the same address space, or back through another cast, is its source."""
        return _fold_cast_chain(self)


def _fold_cast_chain(op: Any) -> list | None:
    """foldChainableCast: the source when the cast (or a cast of a cast of the same
    kind) gives back its type."""
    arg = op.operand(0)
    t = op.results[0].type
    if arg.type is t:
        return [arg]
    prev: Any = getattr(arg, "owner", None)
    if type(prev) is type(op) and prev.operand(0).type is t:
        return [prev.operand(0)]
    return None


ARITH_OPS = (
    AddOp,
    SubOp,
    MulOp,
    UDivOp,
    SDivOp,
    URemOp,
    SRemOp,
    AndOp,
    OrOp,
    XOrOp,
    ShlOp,
    LShrOp,
    AShrOp,
    FAddOp,
    FSubOp,
    FMulOp,
    FDivOp,
    FRemOp,
    FNegOp,
    ICmpOp,
    FCmpOp,
    SelectOp,
    FreezeOp,
    TruncOp,
    ZExtOp,
    SExtOp,
    FPTruncOp,
    FPExtOp,
    FPToUIOp,
    FPToSIOp,
    UIToFPOp,
    SIToFPOp,
    PtrToIntOp,
    IntToPtrOp,
    BitcastOp,
    AddrSpaceCastOp,
)
