"""llvm memory ops: alloca, load, store, getelementptr, atomicrmw, cmpxchg, fence, va_arg.

Load, store and the atomics declare upstream's memory effects (read/write of their
pointer operand); `llvm.alloca` allocates in the automatic allocation scope.
"""

from __future__ import annotations

from typing import Any

from mliropt.dialects.llvm import attributes as LA
from mliropt.dialects.llvm import constraints as C
from mliropt.dialects.llvm import types as LT
from mliropt.dialects.llvm.constraints import LLVMOp
from mliropt.dialects.llvm.syntax import gep_custom_syntax
from mliropt.dialects.ods import (
    VARIADIC,
    ArrayAttr,
    Attr,
    DenseI32ArrayAttr,
    I64Attr,
    Operand,
    Pure,
    Result,
    StrAttr,
    TypeAttr,
    UnitAttr,
    VerifyError,
)
from mliropt.ir import attributes as A
from mliropt.ir import types as T
from mliropt.ir.effects import ALLOCATE, READ, WRITE


def _not_atomic() -> A.IntegerAttr:
    return LA.i64_enum(0)


def _ordering_name(value: int) -> str:
    return {v: k for k, v in LA.ATOMIC_ORDERINGS.items()}[value]


def _atomic_type_ok(t: T.Type) -> bool:
    """isTypeCompatibleWithAtomicOp: pointers, and ints/floats of a power-of-two size >= 8."""
    if isinstance(t, LT.LLVMPointerType):
        return True
    bits = t.width if isinstance(t, (T.IntegerType, T.FloatType)) else 0
    return bits >= 8 and bits & (bits - 1) == 0


class _MemAccessOp(LLVMOp):
    """Base of memory accesses: the aliasing attributes (upstream's LLVM_MemAccessOpBase)."""

    access_groups = Attr(ArrayAttr, optional=True)
    alias_scopes = Attr(ArrayAttr, optional=True)
    noalias_scopes = Attr(ArrayAttr, optional=True)
    tbaa = Attr(ArrayAttr, optional=True)


def _synchronization_effects(op: Any) -> list:
    """Upstream's extra effects of a volatile access, or of an atomic one that is
    monotonic or stricter: it may read and write any memory."""
    volatile = op.properties.get("volatile_") is not None
    if volatile or op.properties["ordering"].value not in (0, 1):  # not_atomic, unordered
        return [(WRITE, None), (READ, None)]
    return []


def verify_atomic_access(op: Any, value_type: T.Type, banned: tuple[str, ...]) -> None:
    """verifyAtomicMemOp: a non-atomic access has no syncscope; an atomic one has a
    suitable type and ordering and an alignment."""
    ordering = op.properties["ordering"].value
    if ordering == 0:
        if "syncscope" in op.properties:
            raise VerifyError(op, "expected syncscope to be null for non-atomic access")
        return
    if not _atomic_type_ok(value_type):
        raise VerifyError(op, f"unsupported type '{value_type}' for atomic access")
    name = _ordering_name(ordering)
    if name in banned:
        raise VerifyError(op, f"unsupported ordering '{name}'")
    if "alignment" not in op.properties:
        raise VerifyError(op, "expected alignment for atomic access")


class AllocaOp(LLVMOp):
    """Allocate stack memory for `arraySize` elements.

    Example: `%p = llvm.alloca %n x f32 {alignment = 16 : i64} : (i64) -> !llvm.ptr`
    """

    name = "llvm.alloca"
    llvm_instruction = "alloca"
    arraySize = Operand(C.SignlessInteger)
    alignment = Attr(I64Attr, optional=True)
    elem_type = Attr(TypeAttr)
    inalloca = Attr(UnitAttr, optional=True)
    res = Result(C.LLVMPointer)
    assembly_format = (
        "(`inalloca` $inalloca^)? $arraySize `x` $elem_type attr-dict `:` "
        "functional-type($arraySize, $res)"
    )

    def memory_effects(self) -> list:
        """Allocates its result."""
        return [(ALLOCATE, self.results[0])]


class LoadOp(_MemAccessOp):
    """Load a value from memory, optionally volatile or atomic.

    Example: `%v = llvm.load %p atomic monotonic {alignment = 4 : i64} : !llvm.ptr -> i32`
    """

    name = "llvm.load"
    llvm_instruction = "load"
    addr = Operand(C.LLVMPointer)
    alignment = Attr(I64Attr, optional=True)
    volatile_ = Attr(UnitAttr, optional=True)
    nontemporal = Attr(UnitAttr, optional=True)
    invariant = Attr(UnitAttr, optional=True)
    invariantGroup = Attr(UnitAttr, optional=True)
    ordering = Attr(LA.AtomicOrderingAttr, default=_not_atomic)
    syncscope = Attr(StrAttr, optional=True)
    dereferenceable = Attr(LA.Dereferenceable, optional=True)
    res = Result(C.LLVMLoadable)
    assembly_format = (
        "(`volatile` $volatile_^)? $addr"
        " (`atomic` (`syncscope` `(` $syncscope^ `)`)? $ordering^)?"
        " (`invariant` $invariant^)? (`invariant_group` $invariantGroup^)?"
        " (`dereferenceable` `` $dereferenceable^)?"
        " attr-dict `:` qualified(type($addr)) `->` type($res)"
    )

    def verify_op(self) -> None:
        verify_atomic_access(self, self.results[0].type, ("release", "acq_rel"))

    def memory_effects(self) -> list:
        """Reads its address (and, volatile or synchronizing, any memory)."""
        return [(READ, self.operand(0)), *_synchronization_effects(self)]


class StoreOp(_MemAccessOp):
    """Store a value to memory, optionally volatile or atomic.

    Example: `llvm.store %v, %p {alignment = 8 : i64} : f32, !llvm.ptr`
    """

    name = "llvm.store"
    llvm_instruction = "store"
    value = Operand(C.LLVMLoadable)
    addr = Operand(C.LLVMPointer)
    alignment = Attr(I64Attr, optional=True)
    volatile_ = Attr(UnitAttr, optional=True)
    nontemporal = Attr(UnitAttr, optional=True)
    invariantGroup = Attr(UnitAttr, optional=True)
    ordering = Attr(LA.AtomicOrderingAttr, default=_not_atomic)
    syncscope = Attr(StrAttr, optional=True)
    assembly_format = (
        "(`volatile` $volatile_^)? $value `,` $addr"
        " (`atomic` (`syncscope` `(` $syncscope^ `)`)? $ordering^)?"
        " (`invariant_group` $invariantGroup^)?"
        " attr-dict `:` type($value) `,` qualified(type($addr))"
    )

    def verify_op(self) -> None:
        verify_atomic_access(self, self.operand(0).type, ("acquire", "acq_rel"))

    def memory_effects(self) -> list:
        """Writes its address (and, volatile or synchronizing, any memory)."""
        return [(WRITE, self.operand(1)), *_synchronization_effects(self)]


class GEPOp(LLVMOp):
    """Address arithmetic: `base` offset by constant and dynamic indices into `elem_type`.

    Example: `%q = llvm.getelementptr inbounds %p[%i] : (!llvm.ptr, i64) -> !llvm.ptr, f32`
    """

    name = "llvm.getelementptr"
    traits = (Pure,)
    llvm_instruction = "getelementptr"
    # The marker of a dynamic index in `rawConstantIndices` (upstream's kDynamicIndex).
    DYNAMIC_INDEX = -(1 << 31)
    base = Operand(C.PtrOrVec)
    dynamicIndices = Operand(C.IntOrVec, VARIADIC)
    rawConstantIndices = Attr(DenseI32ArrayAttr)
    elem_type = Attr(TypeAttr)
    noWrapFlags = Attr(
        C.Constraint(
            "GEP no-wrap flags", lambda a: isinstance(a, A.IntegerAttr) and a.type is T.i32
        ),
        default=lambda: LA.i32_flags(0),
    )
    res = Result(C.PtrOrVec)

    @classmethod
    def custom_syntax(cls) -> Any:
        """`llvm.getelementptr [flags] %base[indices] {attrs} : (types) -> type, elem`."""
        return gep_custom_syntax(cls)

    def indices(self) -> list:
        """The indices in order: ints for constants, Values for dynamic ones."""
        dynamic = iter(self.operands[1:])
        raw = self.properties["rawConstantIndices"].values  # type: ignore[attr-defined]
        return [next(dynamic) if i == self.DYNAMIC_INDEX else i for i in raw]

    def fold(self, operands: list) -> list | None:
        """gep %x[0] -> %x (same type); constant dynamic indices that fit in i32 become
        constant indices (in place)."""
        raw = list(self.properties["rawConstantIndices"].values)  # type: ignore[attr-defined]
        constants = iter(operands[1:])
        indices = [
            next(constants) if i == self.DYNAMIC_INDEX else A.IntegerAttr(T.i32, i) for i in raw
        ]
        base = self.operand(0)
        if base.type is self.results[0].type and len(indices) == 1:
            first = indices[0]
            if isinstance(first, A.IntegerAttr) and first.value == 0:
                return [base]
        dynamic = iter(self.operands[1:])
        new_raw: list[int] = []
        new_dynamic: list = []
        changed = False
        for i, index in zip(raw, indices):
            if i != self.DYNAMIC_INDEX:
                new_raw.append(i)
                continue
            value = next(dynamic)
            if isinstance(index, A.IntegerAttr) and -(1 << 31) <= index.value < (1 << 31):
                new_raw.append(index.value)
                changed = True
            else:
                new_raw.append(i)
                new_dynamic.append(value)
        if not changed:
            return None
        self.set_operands([base, *new_dynamic])
        self.properties["rawConstantIndices"] = A.DenseArrayAttr(T.i32, tuple(new_raw))
        return [self.results[0]]

    def verify_op(self) -> None:
        flags = self.properties["noWrapFlags"].value  # type: ignore[attr-defined]
        if flags & LA.GEP_INBOUNDS == LA.GEP_INBOUNDS_FLAG:
            raise VerifyError(self, "'inbounds_flag' cannot be used directly.")
        raw = self.properties["rawConstantIndices"].values  # type: ignore[attr-defined]
        if sum(1 for i in raw if i == self.DYNAMIC_INDEX) != len(self.operands) - 1:
            raise VerifyError(
                self, "expected as many dynamic indices as specified in 'rawConstantIndices'"
            )
        t = self.properties["elem_type"].value  # type: ignore[attr-defined]
        for k, index in enumerate(self.indices()[1:], start=1):
            if isinstance(t, LT.LLVMStructType):
                if not isinstance(index, int):
                    raise VerifyError(self, f"expected index {k} indexing a struct to be constant")
                if not 0 <= index < len(t.body):
                    raise VerifyError(self, f"index {k} indexing a struct is out of bounds")
                t = t.body[index]
            elif isinstance(t, (LT.LLVMArrayType, T.VectorType)):
                t = t.element_type
            else:
                raise VerifyError(self, f"type '{t}' cannot be indexed (index #{k})")


class AtomicRMWOp(_MemAccessOp):
    """Atomic read-modify-write.

    Example: `%old = llvm.atomicrmw add %p, %v seq_cst : !llvm.ptr, i32`
    """

    name = "llvm.atomicrmw"
    llvm_instruction = "atomicrmw"
    bin_op = Attr(LA.AtomicBinOpAttr)
    ptr = Operand(C.LLVMPointer)
    val = Operand(
        C.Constraint(
            "floating point LLVM type or LLVM pointer type or signless integer or LLVM "
            "dialect-compatible fixed-length vector type",
            lambda t: (
                LT.is_compatible_float(t)
                or isinstance(t, LT.LLVMPointerType)
                or (isinstance(t, T.IntegerType) and t.signedness == 0)
                or (LT.is_compatible_vector(t) and not any(t.scalable))
            ),
        )
    )
    ordering = Attr(LA.AtomicOrderingAttr)
    syncscope = Attr(StrAttr, optional=True)
    alignment = Attr(I64Attr, optional=True)
    volatile_ = Attr(UnitAttr, optional=True)
    res = Result(C.LLVMType)
    type_relations = (C.all_match("val", "res"),)
    assembly_format = (
        "(`volatile` $volatile_^)? $bin_op $ptr `,` $val"
        " (`syncscope` `(` $syncscope^ `)`)? $ordering attr-dict `:`"
        " qualified(type($ptr)) `,` type($val)"
    )

    def verify_op(self) -> None:
        op = {v: k for k, v in LA.ATOMIC_BIN_OPS.items()}[self.properties["bin_op"].value]  # type: ignore[attr-defined]
        t = self.operand(1).type
        if op in ("fadd", "fsub", "fmax", "fmin", "fmaximum", "fminimum"):
            e = t.element_type if isinstance(t, T.VectorType) else t
            if not LT.is_compatible_float(e):
                raise VerifyError(self, "expected LLVM IR floating point type")
        elif op == "xchg":
            if not _atomic_type_ok(t):
                raise VerifyError(self, "unexpected LLVM IR type for 'xchg' bin_op")
        elif not isinstance(t, T.IntegerType):
            raise VerifyError(self, "expected LLVM IR integer type")
        if self.properties["ordering"].value < LA.ATOMIC_ORDERINGS["monotonic"]:  # type: ignore[attr-defined]
            raise VerifyError(self, "expected at least 'monotonic' ordering")

    def memory_effects(self) -> list:
        """Reads and writes its pointer."""
        return [(READ, self.operand(0)), (WRITE, self.operand(0))]


class AtomicCmpXchgOp(_MemAccessOp):
    """Atomic compare-and-exchange; the result is `{old value, success}`.

    Example: `%r = llvm.cmpxchg %p, %cmp, %new acq_rel monotonic : !llvm.ptr, i32`
    """

    name = "llvm.cmpxchg"
    llvm_instruction = "cmpxchg"
    ptr = Operand(C.LLVMPointer)
    cmp = Operand(
        C.Constraint(
            "signless integer or LLVM pointer type",
            lambda t: C.SignlessInteger(t) or C.LLVMPointer(t),
        )
    )
    val = Operand(
        C.Constraint(
            "signless integer or LLVM pointer type",
            lambda t: C.SignlessInteger(t) or C.LLVMPointer(t),
        )
    )
    success_ordering = Attr(LA.AtomicOrderingAttr)
    failure_ordering = Attr(LA.AtomicOrderingAttr)
    syncscope = Attr(StrAttr, optional=True)
    alignment = Attr(I64Attr, optional=True)
    weak = Attr(UnitAttr, optional=True)
    volatile_ = Attr(UnitAttr, optional=True)
    res = Result(C.LLVMStruct)
    type_relations = (
        C.match_with("val", "cmp", lambda t: t, "operand #1 and operand #2 have the same type"),
    )
    assembly_format = (
        "(`weak` $weak^)? (`volatile` $volatile_^)? $ptr `,` $cmp `,` $val"
        " (`syncscope` `(` $syncscope^ `)`)? $success_ordering $failure_ordering"
        " attr-dict `:` qualified(type($ptr)) `,` type($val)"
    )

    @classmethod
    def infer_result_types(
        cls, sp: Any, operands: list, props: Any, attrs: Any, regions: Any
    ) -> list:
        """`!llvm.struct<(T, i1)>` of the value type."""
        return [LT.LLVMStructType.literal([operands[2].type, T.i1])]

    def verify_op(self) -> None:
        t = self.operand(2).type
        if not _atomic_type_ok(t):
            raise VerifyError(self, "unexpected LLVM IR type")
        success = self.properties["success_ordering"].value  # type: ignore[attr-defined]
        failure = self.properties["failure_ordering"].value  # type: ignore[attr-defined]
        if success < LA.ATOMIC_ORDERINGS["monotonic"] or failure < LA.ATOMIC_ORDERINGS["monotonic"]:
            raise VerifyError(self, "ordering must be at least 'monotonic'")
        if _ordering_name(failure) in ("release", "acq_rel"):
            raise VerifyError(self, "failure ordering cannot be 'release' or 'acq_rel'")

    def memory_effects(self) -> list:
        """Reads and writes its pointer."""
        return [(READ, self.operand(0)), (WRITE, self.operand(0))]


class FenceOp(LLVMOp):
    """A memory fence.

    Example: `llvm.fence syncscope("agent") seq_cst`
    """

    name = "llvm.fence"
    llvm_instruction = "fence"
    ordering = Attr(LA.AtomicOrderingAttr)
    syncscope = Attr(StrAttr, optional=True)
    assembly_format = "(`syncscope` `(` $syncscope^ `)`)? $ordering attr-dict"

    def verify_op(self) -> None:
        if _ordering_name(self.properties["ordering"].value) in (  # type: ignore[attr-defined]
            "not_atomic",
            "unordered",
            "monotonic",
        ):
            raise VerifyError(
                self, "can be given only acquire, release, acq_rel, and seq_cst orderings"
            )


class VaArgOp(LLVMOp):
    """The next variadic argument of a `va_list`.

    Example: `%v = llvm.va_arg %list : (!llvm.ptr) -> i32`
    """

    name = "llvm.va_arg"
    llvm_instruction = "va_arg"
    arg = Operand(C.LLVMPointer)
    res = Result(C.LLVMType)
    assembly_format = "$arg attr-dict `:` functional-type($arg, $res)"


MEMORY_OPS = (
    AllocaOp,
    LoadOp,
    StoreOp,
    GEPOp,
    AtomicRMWOp,
    AtomicCmpXchgOp,
    FenceOp,
    VaArgOp,
)
