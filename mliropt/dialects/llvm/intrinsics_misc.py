"""llvm intrinsics beyond plain math: bit counts with poison flags, overflow arithmetic,
fp classification, memory intrinsics, vector reductions, assumptions and expectations,
traps, stack and lifetime markers, pointer masks and varargs.

Intrinsics upstream declares without an assembly format print in the generic form.
"""

from __future__ import annotations

from typing import Any

from mliropt.dialects.llvm import attributes as LA
from mliropt.dialects.llvm import constraints as C
from mliropt.dialects.llvm import types as LT
from mliropt.dialects.llvm.call_syntax import parse_bundles, print_bundles
from mliropt.dialects.llvm.intrinsics_math import OPERANDS_FORMAT, IntrOp, _no_fastmath
from mliropt.dialects.llvm.syntax import split_checked_attrs
from mliropt.dialects.ods import (
    VARIADIC,
    ArrayAttr,
    Attr,
    BoolAttr,
    DenseI32ArrayAttr,
    F64Attr,
    I32Attr,
    I64Attr,
    Operand,
    Pure,
    Result,
    SameOperandsAndResultType,
    int_attr,
)
from mliropt.ir import attributes as A
from mliropt.ir import types as T
from mliropt.ir.effects import READ, WRITE
from mliropt.syntax.custom_syntax import CustomSyntax

_PTR = C.Constraint("LLVM pointer type", C.LLVMPointer.predicate, buildable=LT.ptr)


class _PoisonFlagIntrOp(IntrOp):
    """Base of ctlz/cttz/abs: an integer operation with a poison flag (generic form)."""

    traits = (Pure, SameOperandsAndResultType)
    in_ = Operand(C.IntOrVec)
    res = Result(C.IntOrVec)


class CountLeadingZerosOp(_PoisonFlagIntrOp):
    """Count leading zero bits.

    Example: `%r = "llvm.intr.ctlz"(%x) <{is_zero_poison = false}> : (i32) -> i32`
    """

    name = "llvm.intr.ctlz"
    is_zero_poison = Attr(BoolAttr)


class CountTrailingZerosOp(_PoisonFlagIntrOp):
    """Count trailing zero bits.

    Example: `%r = "llvm.intr.cttz"(%x) <{is_zero_poison = true}> : (i32) -> i32`
    """

    name = "llvm.intr.cttz"
    is_zero_poison = Attr(BoolAttr)


class AbsOp(_PoisonFlagIntrOp):
    """Integer absolute value.

    Example: `%r = "llvm.intr.abs"(%x) <{is_int_min_poison = false}> : (i32) -> i32`
    """

    name = "llvm.intr.abs"
    is_int_min_poison = Attr(BoolAttr)


class _FloatIntExpIntrOp(IntrOp):
    """Base of powi/ldexp: a float and an integer exponent."""

    traits = (Pure,)
    llvm_overloads = ("res", "power")
    val = Operand(C.FloatOrVec)
    power = Operand(C.IntOrVec)
    fastmathFlags = Attr(LA.FastmathFlags, default=_no_fastmath)
    res = Result(C.FloatOrVec)
    type_relations = (C.all_match("val", "res"),)
    assembly_format = OPERANDS_FORMAT


class PowIOp(_FloatIntExpIntrOp):
    """A float raised to an integer power.

    Example: `%r = llvm.intr.powi(%x, %n) : (f32, i32) -> f32`
    """

    name = "llvm.intr.powi"


class LoadExpOp(_FloatIntExpIntrOp):
    """A float times 2 raised to an integer.

    Example: `%r = llvm.intr.ldexp(%x, %n) : (f32, i32) -> f32`
    """

    name = "llvm.intr.ldexp"


class FractionExpOp(IntrOp):
    """Split a float into fraction and exponent.

    Example: `%r = llvm.intr.frexp(%x) : (f32) -> !llvm.struct<(f32, i32)>`
    """

    name = "llvm.intr.frexp"
    traits = (Pure,)
    val = Operand(C.FloatOrVec)
    fastmathFlags = Attr(LA.FastmathFlags, default=_no_fastmath)
    res = Result(C.LLVMType)
    assembly_format = OPERANDS_FORMAT


class CanonicalizeOp(IntrOp):
    """The canonical encoding of a float.

    Example: `%r = "llvm.intr.canonicalize"(%x) <{fastmathFlags = #llvm.fastmath<nnan>}> : ...`
    """

    name = "llvm.intr.canonicalize"
    traits = (Pure, SameOperandsAndResultType)
    in_ = Operand(C.FloatOrVec)
    fastmathFlags = Attr(LA.FastmathFlags, optional=True)  # not materialized, as upstream
    res = Result(C.FloatOrVec)


class IsFPClass(IntrOp):
    """Test a float against a mask of fp classes (`bit`).

    Example: `%r = "llvm.intr.is.fpclass"(%x) <{bit = 3 : i32}> : (f32) -> i1`
    """

    name = "llvm.intr.is.fpclass"
    traits = (Pure,)
    llvm_overloads = ("in_",)
    in_ = Operand(C.FloatOrVec)
    bit = Attr(I32Attr)
    res = Result(C.I1OrVec)


class _WithOverflowIntrOp(IntrOp):
    """Base of arithmetic returning `{result, overflow bit}` (generic form)."""

    traits = (Pure,)
    llvm_overloads = ("lhs",)
    lhs = Operand(C.IntOrVec)
    rhs = Operand(C.IntOrVec)
    res = Result(C.LLVMStruct)
    type_relations = (C.all_match("lhs", "rhs"),)


class SAddWithOverflowOp(_WithOverflowIntrOp):
    """Signed addition with an overflow bit.

    Example: `%r = "llvm.intr.sadd.with.overflow"(%a, %b) : (i32, i32) -> !llvm.struct<(i32, i1)>`
    """

    name = "llvm.intr.sadd.with.overflow"


class UAddWithOverflowOp(_WithOverflowIntrOp):
    """Unsigned addition with an overflow bit.

    Example: `%r = "llvm.intr.uadd.with.overflow"(%a, %b) : (i32, i32) -> !llvm.struct<(i32, i1)>`
    """

    name = "llvm.intr.uadd.with.overflow"


class SSubWithOverflowOp(_WithOverflowIntrOp):
    """Signed subtraction with an overflow bit.

    Example: `%r = "llvm.intr.ssub.with.overflow"(%a, %b) : (i32, i32) -> !llvm.struct<(i32, i1)>`
    """

    name = "llvm.intr.ssub.with.overflow"


class USubWithOverflowOp(_WithOverflowIntrOp):
    """Unsigned subtraction with an overflow bit.

    Example: `%r = "llvm.intr.usub.with.overflow"(%a, %b) : (i32, i32) -> !llvm.struct<(i32, i1)>`
    """

    name = "llvm.intr.usub.with.overflow"


class SMulWithOverflowOp(_WithOverflowIntrOp):
    """Signed multiplication with an overflow bit.

    Example: `%r = "llvm.intr.smul.with.overflow"(%a, %b) : (i32, i32) -> !llvm.struct<(i32, i1)>`
    """

    name = "llvm.intr.smul.with.overflow"


class UMulWithOverflowOp(_WithOverflowIntrOp):
    """Unsigned multiplication with an overflow bit.

    Example: `%r = "llvm.intr.umul.with.overflow"(%a, %b) : (i32, i32) -> !llvm.struct<(i32, i1)>`
    """

    name = "llvm.intr.umul.with.overflow"


# ----------------------------------------------------------------- memory intrinsics


class _MemIntrOp(IntrOp):
    """Base of memcpy/memmove/memset: a volatile flag and aliasing attributes."""

    isVolatile = Attr(BoolAttr)
    access_groups = Attr(ArrayAttr, optional=True)
    alias_scopes = Attr(ArrayAttr, optional=True)
    noalias_scopes = Attr(ArrayAttr, optional=True)
    tbaa = Attr(ArrayAttr, optional=True)
    arg_attrs = Attr(ArrayAttr, optional=True)


class _MemTransferOp(_MemIntrOp):
    """Base of memcpy/memmove."""

    llvm_overloads = ("dst", "src", "len")
    dst = Operand(C.LLVMPointer)
    src = Operand(C.LLVMPointer)
    len = Operand(C.SignlessInteger)

    def memory_effects(self) -> list:
        """Reads the source and writes the destination."""
        return [(READ, self.operand(1)), (WRITE, self.operand(0))]


class MemcpyOp(_MemTransferOp):
    """Copy `len` bytes between non-overlapping buffers.

    Example: `"llvm.intr.memcpy"(%d, %s, %n) <{isVolatile = false}> : ...`
    """

    name = "llvm.intr.memcpy"


class MemmoveOp(_MemTransferOp):
    """Copy `len` bytes between possibly overlapping buffers.

    Example: `"llvm.intr.memmove"(%d, %s, %n) <{isVolatile = false}> : ...`
    """

    name = "llvm.intr.memmove"


class MemsetOp(_MemIntrOp):
    """Fill `len` bytes with a byte value.

    Example: `"llvm.intr.memset"(%d, %v, %n) <{isVolatile = false}> : ...`
    """

    name = "llvm.intr.memset"
    llvm_overloads = ("dst", "len")
    dst = Operand(C.LLVMPointer)
    val = Operand(C.Constraint("8-bit signless integer", lambda t: t is T.i8))
    len = Operand(C.SignlessInteger)

    def memory_effects(self) -> list:
        """Writes the destination."""
        return [(WRITE, self.operand(0))]


_APInt = C.Constraint("arbitrary integer attribute", lambda a: isinstance(a, A.IntegerAttr))


class MemcpyInlineOp(_MemIntrOp):
    """Copy a constant number of bytes, never as a library call.

    Example: `"llvm.intr.memcpy.inline"(%d, %s) <{isVolatile = false, len = 8 : i64}> : ...`
    """

    name = "llvm.intr.memcpy.inline"
    llvm_overloads = ("dst", "src", "len")
    dst = Operand(C.LLVMPointer)
    src = Operand(C.LLVMPointer)
    len = Attr(_APInt)

    def memory_effects(self) -> list:
        """Reads the source and writes the destination."""
        return [(READ, self.operand(1)), (WRITE, self.operand(0))]


class MemsetInlineOp(_MemIntrOp):
    """Fill a constant number of bytes, never as a library call.

    Example: `"llvm.intr.memset.inline"(%d, %v) <{isVolatile = false, len = 8 : i64}> : ...`
    """

    name = "llvm.intr.memset.inline"
    llvm_overloads = ("dst", "len")
    dst = Operand(C.LLVMPointer)
    val = Operand(C.Constraint("8-bit signless integer", lambda t: t is T.i8))
    len = Attr(_APInt)

    def memory_effects(self) -> list:
        """Writes the destination."""
        return [(WRITE, self.operand(0))]


# ----------------------------------------------------------------- hints and traps


class AssumeOp(IntrOp):
    """Tell the optimizer a condition holds, with optional operand bundles.

    Example: `llvm.intr.assume %c ["align"(%p, %n : !llvm.ptr, i64)] : i1`
    """

    name = "llvm.intr.assume"
    llvm_overloads = ()
    cond = Operand(C.I1)
    op_bundle_operands = Operand(C.LLVMType, VARIADIC)
    op_bundle_sizes = Attr(DenseI32ArrayAttr, default=lambda: A.DenseArrayAttr(T.i32, ()))
    op_bundle_tags = Attr(ArrayAttr, optional=True)

    @classmethod
    def custom_syntax(cls) -> CustomSyntax:
        """`%cond [bundles] : i1 {attrs}` (upstream's declarative format)."""
        return CustomSyntax(
            cls, [("VALUE [SQUARE] COLON_TYPE [ATTR_DICT]", _parse_assume)], _print_assume
        )


def _parse_assume(sp: Any, c: list, p: list) -> Any:
    # OPSTART OP VALUE [SQUARE] COLON_TYPE [ATTR_DICT]
    tags, sizes, operands = parse_bundles(sp, c[3], p[3])
    cond_type = sp.colon_type(c[4], p[4])
    attrs, given = split_checked_attrs(sp, AssumeOp, c[5], p[5])
    cond = sp.resolve_text(c[2], p[2], cond_type)
    props: dict[str, Any] = {"op_bundle_sizes": A.DenseArrayAttr(T.i32, tuple(sizes))}
    if tags:
        props["op_bundle_tags"] = A.ArrayAttr(tuple(A.StringAttr(t) for t in tags))
    props.update(given)  # the dictionary's entries win, as upstream's
    values = [cond] + [sp.resolve_text(r, q, t) for r, q, t in operands]
    return sp.finish_op(AssumeOp, values, [], attrs, props, [], [], c[0], p[0])


_ASSUME_ELIDED = frozenset(("op_bundle_sizes", "op_bundle_tags"))


def _print_assume(P: Any, op: Any) -> str:
    cond = op.operand(0)
    bundles = print_bundles(P, op, op.operands[1:])
    return f" {P.value(cond)}{bundles} : {P.type(cond.type)}{P.attr_dict(op, _ASSUME_ELIDED)}"


class ExpectOp(IntrOp):
    """Tell the optimizer the expected value of an integer.

    Example: `%r = llvm.intr.expect %x, %c : i32`
    """

    name = "llvm.intr.expect"
    traits = (Pure, SameOperandsAndResultType)
    val = Operand(C.SignlessInteger)
    expected = Operand(C.SignlessInteger)
    res = Result(C.SignlessInteger)
    assembly_format = "$val `,` $expected attr-dict `:` type($val)"


class ExpectWithProbabilityOp(IntrOp):
    """Tell the optimizer the expected value of an integer, with a probability.

    Example: `%r = llvm.intr.expect.with.probability %x, %c, 5.000000e-01 : i32`
    """

    name = "llvm.intr.expect.with.probability"
    traits = (Pure, SameOperandsAndResultType)
    val = Operand(C.SignlessInteger)
    expected = Operand(C.SignlessInteger)
    prob = Attr(F64Attr)
    res = Result(C.SignlessInteger)
    assembly_format = "$val `,` $expected `,` $prob attr-dict `:` type($val)"


class Trap(IntrOp):
    """Abort execution.

    Example: `llvm.intr.trap`
    """

    name = "llvm.intr.trap"
    llvm_overloads = ()
    assembly_format = "attr-dict"


class DebugTrap(IntrOp):
    """Stop in a debugger.

    Example: `llvm.intr.debugtrap`
    """

    name = "llvm.intr.debugtrap"
    llvm_overloads = ()
    assembly_format = "attr-dict"


class UBSanTrap(IntrOp):
    """Abort execution with a sanitizer failure kind.

    Example: `llvm.intr.ubsantrap <{failureKind = 1 : i8}>`
    """

    name = "llvm.intr.ubsantrap"
    llvm_overloads = ()
    failureKind = Attr(int_attr(8))
    assembly_format = "prop-dict attr-dict"
    # prop-dict prints the property; the attribute dictionary then leaves it out.
    format_elided_attrs = ("failureKind",)


# ----------------------------------------------------------------- stack, lifetimes, pointers


class StackSaveOp(IntrOp):
    """Save the stack pointer.

    Example: `%sp = llvm.intr.stacksave : !llvm.ptr`
    """

    name = "llvm.intr.stacksave"
    res = Result(C.LLVMPointer)
    assembly_format = "attr-dict `:` qualified(type($res))"


class StackRestoreOp(IntrOp):
    """Restore a saved stack pointer.

    Example: `llvm.intr.stackrestore %sp : !llvm.ptr`
    """

    name = "llvm.intr.stackrestore"
    llvm_overloads = ("ptr",)
    ptr = Operand(C.LLVMPointer)
    assembly_format = "$ptr attr-dict `:` qualified(type($ptr))"


class _LifetimeOp(IntrOp):
    """Base of lifetime markers of a stack object."""

    llvm_overloads = ("ptr",)
    ptr = Operand(C.LLVMPointer)
    assembly_format = "$ptr attr-dict `:` qualified(type($ptr))"


class LifetimeStartOp(_LifetimeOp):
    """The start of a stack object's lifetime.

    Example: `llvm.intr.lifetime.start %p : !llvm.ptr`
    """

    name = "llvm.intr.lifetime.start"


class LifetimeEndOp(_LifetimeOp):
    """The end of a stack object's lifetime.

    Example: `llvm.intr.lifetime.end %p : !llvm.ptr`
    """

    name = "llvm.intr.lifetime.end"


class InvariantStartOp(IntrOp):
    """Mark memory as invariant.

    Example: `%d = llvm.intr.invariant.start 8, %p : !llvm.ptr`
    """

    name = "llvm.intr.invariant.start"
    llvm_overloads = ("ptr",)
    size = Attr(I64Attr)
    ptr = Operand(C.LLVMPointer)
    res = Result(_PTR)
    assembly_format = "$size `,` $ptr attr-dict `:` qualified(type($ptr))"


class InvariantEndOp(IntrOp):
    """End an invariant region.

    Example: `llvm.intr.invariant.end %d, 8, %p : !llvm.ptr`
    """

    name = "llvm.intr.invariant.end"
    llvm_overloads = ("ptr",)
    start = Operand(_PTR)
    size = Attr(I64Attr)
    ptr = Operand(C.LLVMPointer)
    assembly_format = "$start `,` $size `,` $ptr attr-dict `:` qualified(type($ptr))"


class PtrMaskOp(IntrOp):
    """Mask the bits of a pointer.

    Example: `%q = llvm.intr.ptrmask %p, %m : (!llvm.ptr, i64) -> !llvm.ptr`
    """

    name = "llvm.intr.ptrmask"
    traits = (Pure,)
    llvm_overloads = ("res", "mask")
    ptr = Operand(C.PtrOrVec)
    mask = Operand(C.IntOrVec)
    res = Result(C.PtrOrVec)
    assembly_format = "$ptr `,` $mask attr-dict `:` functional-type(operands, results)"


class ThreadlocalAddressOp(IntrOp):
    """The address of a thread-local global in the current thread.

    Example: `%q = "llvm.intr.threadlocal.address"(%g) : (!llvm.ptr) -> !llvm.ptr`
    """

    name = "llvm.intr.threadlocal.address"
    traits = (Pure,)
    global_ = Operand(C.LLVMPointer)
    res = Result(C.LLVMPointer)


class IsConstantOp(IntrOp):
    """Whether a value is known to be a compile-time constant.

    Example: `%b = "llvm.intr.is.constant"(%x) : (i32) -> i1`
    """

    name = "llvm.intr.is.constant"
    traits = (Pure,)
    llvm_overloads = ("val",)
    val = Operand(C.LLVMType)
    res = Result(C.I1)


class VScaleOp(IntrOp):
    """The vscale of scalable vectors.

    Example: `%n = "llvm.intr.vscale"() : () -> i64`
    """

    name = "llvm.intr.vscale"
    traits = (Pure,)
    res = Result(C.SignlessInteger)


class Prefetch(IntrOp):
    """Prefetch memory (`rw`, locality `hint`, `cache` kind).

    Example: `"llvm.intr.prefetch"(%p) <{cache = 1 : i32, hint = 3 : i32, rw = 0 : i32}> : ...`
    """

    name = "llvm.intr.prefetch"
    llvm_overloads = ("addr",)
    addr = Operand(C.LLVMPointer)
    rw = Attr(I32Attr)
    hint = Attr(I32Attr)
    cache = Attr(I32Attr)


class GetActiveLaneMaskOp(IntrOp):
    """The mask of the lanes below a trip count.

    Example: `%m = llvm.intr.get.active.lane.mask %i, %n : i64, i64 to vector<4xi1>`
    """

    name = "llvm.intr.get.active.lane.mask"
    traits = (Pure,)
    llvm_overloads = ("res", "base")
    base = Operand(C.SignlessInteger)
    n = Operand(C.SignlessInteger)
    res = Result(C.LLVMVector)
    assembly_format = "$base `,` $n attr-dict `:` type($base) `,` type($n) `to` type($res)"


class _VaListOp(IntrOp):
    """Base of va_start/va_end."""

    llvm_overloads = ("arg_list",)
    arg_list = Operand(C.LLVMPointer)
    assembly_format = "$arg_list attr-dict `:` qualified(type($arg_list))"


class VaStartOp(_VaListOp):
    """Initialize a va_list.

    Example: `llvm.intr.vastart %list : !llvm.ptr`
    """

    name = "llvm.intr.vastart"


class VaEndOp(_VaListOp):
    """Destroy a va_list.

    Example: `llvm.intr.vaend %list : !llvm.ptr`
    """

    name = "llvm.intr.vaend"


class VaCopyOp(IntrOp):
    """Copy a va_list.

    Example: `llvm.intr.vacopy %src to %dst : !llvm.ptr, !llvm.ptr`
    """

    name = "llvm.intr.vacopy"
    llvm_overloads = ("dest_list",)
    dest_list = Operand(C.LLVMPointer)
    src_list = Operand(C.LLVMPointer)
    assembly_format = "$src_list `to` $dest_list attr-dict `:` type(operands)"


MISC_INTRINSICS = (
    CountLeadingZerosOp,
    CountTrailingZerosOp,
    AbsOp,
    PowIOp,
    LoadExpOp,
    FractionExpOp,
    CanonicalizeOp,
    IsFPClass,
    SAddWithOverflowOp,
    UAddWithOverflowOp,
    SSubWithOverflowOp,
    USubWithOverflowOp,
    SMulWithOverflowOp,
    UMulWithOverflowOp,
    MemcpyOp,
    MemmoveOp,
    MemsetOp,
    MemcpyInlineOp,
    MemsetInlineOp,
    AssumeOp,
    ExpectOp,
    ExpectWithProbabilityOp,
    Trap,
    DebugTrap,
    UBSanTrap,
    StackSaveOp,
    StackRestoreOp,
    LifetimeStartOp,
    LifetimeEndOp,
    InvariantStartOp,
    InvariantEndOp,
    PtrMaskOp,
    ThreadlocalAddressOp,
    IsConstantOp,
    VScaleOp,
    Prefetch,
    GetActiveLaneMaskOp,
    VaStartOp,
    VaEndOp,
    VaCopyOp,
)
