"""Type and attribute constraints with upstream's descriptions (used in verifier messages)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from mliropt.ir import types as T


class Constraint:
    """A predicate with the description upstream prints when it fails."""

    __slots__ = ("description", "predicate", "format", "buildable", "is_unit", "kind", "storage")

    def __init__(
        self, description: str, predicate: Callable[[Any], bool], format: Any = None,
        buildable: Any = None, is_unit: bool = False, kind: Any = None,
        storage: Callable[[Any], bool] | None = None,
    ) -> None:
        # The C++ storage class of a type constraint, as (name, predicate): a `type($x)`
        # directive parses only that kind of type (ODS's `parseType<MemRefType>`); the
        # name is "" for a class upstream's message does not name (BaseMemRefType).
        self.kind = kind
        # A unit attribute is written as its presence (a keyword in an optional group).
        self.is_unit = is_unit
        self.description = description
        self.predicate = predicate
        # How an attribute of this constraint is written in a custom format
        # (syntax.attr_formats); None means the full attribute syntax.
        self.format = format
        # The type a value of this constraint always has (ODS BuildableType), if any.
        self.buildable = buildable
        # Of an attribute constraint: whether a value is of its C++ storage class (the
        # property's `dyn_cast`), which can be looser than the constraint (`I64Attr`
        # stores any IntegerAttr); None when unknown.
        self.storage = storage

    def __call__(self, value: Any) -> bool:
        return self.predicate(value)

    def __or__(self, other: Constraint) -> Constraint:
        return Constraint(
            f"{self.description} or {other.description}", lambda v: self(v) or other(v)
        )

    def __repr__(self) -> str:
        return f"Constraint({self.description!r})"


def _signless_int(t: Any) -> bool:
    return isinstance(t, T.IntegerType) and t.signedness == 0


def _scalar_or_container(pred: Callable[[Any], bool]) -> Callable[[Any], bool]:
    """`pred` on a scalar, or on the element type of a vector or tensor."""

    def check(t: Any) -> bool:
        if isinstance(t, (T.VectorType, T.RankedTensorType, T.UnrankedTensorType)):
            return pred(t.element_type)
        return pred(t)

    return check


def _float(t: Any) -> bool:
    return isinstance(t, T.FloatType)


def _index(t: Any) -> bool:
    return isinstance(t, T.IndexType)


def _int_or_index(t: Any) -> bool:
    return _signless_int(t) or _index(t)


AnyType = Constraint("any type", lambda t: True)
AnyInteger = Constraint("integer", lambda t: isinstance(t, T.IntegerType))
AnySignlessInteger = Constraint("signless integer", _signless_int)
I1 = Constraint("1-bit signless integer", lambda t: t is T.i1, buildable=T.i1)
I32 = Constraint("32-bit signless integer", lambda t: t is T.i32, buildable=T.i32)
I64 = Constraint("64-bit signless integer", lambda t: t is T.i64, buildable=T.i64)
Index = Constraint("index", _index, buildable=T.index)
AnyFloat = Constraint("floating-point", _float)
SignlessIntegerOrIndex = Constraint("signless integer or index", _int_or_index)
SignlessIntegerLike = Constraint(
    "signless-integer-like", _scalar_or_container(_int_or_index)
)
SignlessIntegerOrIndexLike = SignlessIntegerLike
FloatLike = Constraint("floating-point-like", _scalar_or_container(_float))
BoolLike = Constraint(
    "bool-like", _scalar_or_container(lambda t: t is T.i1)
)
# Upstream's AnyMemRef is ranked only; AnyRankedOrUnrankedMemRef admits both.
AnyMemRef = Constraint("memref of any type values", lambda t: isinstance(t, T.MemRefType))
AnyRankedOrUnrankedMemRef = Constraint(
    "ranked or unranked memref of any type values",
    lambda t: isinstance(t, (T.MemRefType, T.UnrankedMemRefType)),
)
AnyRankedMemRef = Constraint(
    "ranked memref of any type values", lambda t: isinstance(t, T.MemRefType)
)
AnyTensor = Constraint(
    "tensor of any type values",
    lambda t: isinstance(t, (T.RankedTensorType, T.UnrankedTensorType)),
)
AnyRankedTensor = Constraint(
    "ranked tensor of any type values", lambda t: isinstance(t, T.RankedTensorType)
)
AnyVector = Constraint("vector of any type values", lambda t: isinstance(t, T.VectorType))
AnyShaped = Constraint("shaped of any type values", lambda t: isinstance(t, T.ShapedType))
FunctionTypeC = Constraint("function type", lambda t: isinstance(t, T.FunctionType))
AnyComplex = Constraint("complex-type", lambda t: isinstance(t, T.ComplexType))
