"""Type constraints of llvm ops, with upstream's descriptions (used in verifier messages),
and the base class of llvm ops (the ODS type relations verified in declaration order)."""

from __future__ import annotations

from typing import Any, ClassVar

from mliropt.dialects.llvm import types as LT
from mliropt.dialects.ods import Constraint, Op, VerifyError
from mliropt.ir import types as T


def _signless(t: Any) -> bool:
    return isinstance(t, T.IntegerType) and t.signedness == 0


def _ptr(t: Any) -> bool:
    return isinstance(t, LT.LLVMPointerType)


def scalar_or_vector(pred: Any, description: str) -> Constraint:
    """LLVM_ScalarOrVectorOf<T>: `T`, or a 1-D LLVM-compatible vector of `T`."""
    return Constraint(
        f"{description} or LLVM dialect-compatible vector of {description}",
        lambda t: (
            pred(t)
            or (isinstance(t, T.VectorType) and LT.is_compatible_vector(t) and pred(t.element_type))
        ),
    )


def _aggregate(t: Any) -> bool:
    return isinstance(t, (LT.LLVMStructType, LT.LLVMArrayType))


def _primitive(t: Any) -> bool:
    return LT.is_compatible_type(t) and not isinstance(t, (LT.LLVMVoidType, LT.LLVMFunctionType))


def _sized(t: Any) -> bool:
    """isTypeSized for the types a load or store may use."""
    if isinstance(t, (LT.LLVMVoidType, LT.LLVMFunctionType, LT.LLVMLabelType)):
        return False
    if isinstance(t, (LT.LLVMMetadataType, LT.LLVMTokenType)):
        return False
    if isinstance(t, LT.LLVMStructType):
        return not t.opaque and all(_sized(e) for e in t.body)
    if isinstance(t, LT.LLVMArrayType):
        return _sized(t.element_type)
    return not isinstance(t, LT.LLVMTargetExtType)


LLVMType = Constraint("LLVM dialect-compatible type", LT.is_compatible_type)
LLVMPrimitive = Constraint("primitive LLVM type", _primitive)
LLVMLoadable = Constraint("LLVM type with size", lambda t: _primitive(t) and _sized(t))
LLVMPointer = Constraint("LLVM pointer type", _ptr)
LLVMToken = Constraint("LLVM token type", lambda t: isinstance(t, LT.LLVMTokenType))
LLVMStruct = Constraint("LLVM structure type", lambda t: isinstance(t, LT.LLVMStructType))
LLVMAggregate = Constraint("LLVM aggregate type", _aggregate)
LLVMVector = Constraint("LLVM dialect-compatible vector type", LT.is_compatible_vector)
SignlessInteger = Constraint("signless integer", _signless)
I1 = Constraint("1-bit signless integer", lambda t: t is T.i1, buildable=T.i1)
LLVMFloat = Constraint("floating point LLVM type", LT.is_compatible_float)
IntOrVec = scalar_or_vector(_signless, "signless integer")
FloatOrVec = scalar_or_vector(LT.is_compatible_float, "floating point LLVM type")
PtrOrVec = scalar_or_vector(_ptr, "LLVM pointer type")
I1OrVec = scalar_or_vector(lambda t: t is T.i1, "1-bit signless integer")
IntOrPtrOrVec = Constraint(
    f"{IntOrVec.description} or {PtrOrVec.description}", lambda t: IntOrVec(t) or PtrOrVec(t)
)
NonAggregate = Constraint(
    "LLVM-compatible non-aggregate type", lambda t: LT.is_compatible_type(t) and not _aggregate(t)
)


def i1_same_shape(t: T.Type) -> T.Type:
    """getI1SameShape: i1, or a vector of i1 of the same shape."""
    if isinstance(t, T.VectorType):
        return T.VectorType(t.shape, T.i1, t.scalable)
    return T.i1


def match_with(source: str, target: str, fn: Any, summary: str) -> tuple:
    """ODS TypesMatchWith: `target`'s type is `fn(source's type)`; `summary` is its
    message (`failed to verify that <summary>`)."""
    return ("match_with", source, target, fn, summary)


def all_match(*names: str) -> tuple:
    """ODS AllTypesMatch."""
    return ("all_match", names)


class LLVMOp(Op):
    """Base of llvm ops: verifies the declared type relations, then `verify_op`."""

    __slots__ = ()
    traits: ClassVar[Any] = frozenset()
    type_relations: ClassVar[tuple] = ()
    # The LLVM IR instruction an op translates to (`add`, `getelementptr`, ...), or its
    # intrinsic's name (`llvm.sqrt`) for table-driven export; "" when not one-to-one.
    llvm_instruction: ClassVar[str] = ""

    def _types_of(self, name: str) -> list[T.Type]:
        for i, d in enumerate(self.operand_defs):
            if d.name == name:
                return [v.type for v in self.operand_group(i)]
        for rd in self.result_defs:
            if rd.name == name:
                r = getattr(self, rd.py_name)
                if r is None:
                    return []
                return [x.type for x in r] if isinstance(r, list) else [r.type]
        return []

    def _type_getter(self, name: str) -> Any:
        """A function giving the types of the named part of ops of this class: direct
        indexing when every operand and result is single (computed once per class)."""
        cls = type(self)
        getters = cls.__dict__.get("_type_getters")
        if getters is None:
            getters = {}
            cls._type_getters = getters  # type: ignore[attr-defined]
        getter = getters.get(name)
        if getter is None:
            getter = getters[name] = _type_getter(cls, name)
        return getter

    def verify(self) -> None:
        rels = self.type_relations
        if rels:
            self._verify_type_relations(rels)
        self.verify_op()

    def _verify_type_relations(self, rels: tuple) -> None:
        for rel in rels:
            if rel[0] == "all_match":
                types = [self._type_getter(n)(self) for n in rel[1]]
                flat = [t[0] for t in types if t]
                if any(t is not flat[0] for t in flat):
                    raise VerifyError(
                        self,
                        "failed to verify that all of {" + ", ".join(rel[1]) + "} have same type",
                    )
            elif rel[0] == "match_with":
                src, dst = self._type_getter(rel[1])(self), self._type_getter(rel[2])(self)
                if src and dst and rel[3](src[0]) is not dst[0]:
                    raise VerifyError(self, f"failed to verify that {rel[4]}")

    def verify_op(self) -> None:
        """The op's own checks (upstream's hand-written verifier)."""


def _type_getter(cls: Any, name: str) -> Any:
    """`_types_of(name)` for ops of `cls`, indexing directly when every operand and
    result is single."""
    fixed = all(d.is_single for d in cls.operand_defs) and all(
        d.is_single for d in cls.result_defs
    )
    if fixed:
        for i, d in enumerate(cls.operand_defs):
            if d.name == name:
                return lambda op, i=i: [op.op_operands[i].value.type]
        for i, rd in enumerate(cls.result_defs):
            if rd.name == name:
                return lambda op, i=i: [op.results[i].type]
    return lambda op: op._types_of(name)
