"""Type and attribute constraints of the memref dialect, with upstream's descriptions."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from mliropt.dialects.memref.layout import is_strided
from mliropt.dialects.ods import Constraint, enum_attr, type_attr_of
from mliropt.ir import attributes as A
from mliropt.ir import types as T
from mliropt.syntax import attr_formats as F


def _memref_of(pred: Callable[[Any], bool]) -> Callable[[Any], bool]:
    return lambda t: isinstance(t, T.MemRefType) and pred(t.element_type)


def _is_memref(t: Any) -> bool:
    return isinstance(t, T.MemRefType)


# The storage classes of the constraints (ODS cppType): a `type($x)` of such a part
# parses only a memref (a ranked one for MemRefType).
MEMREF = ("builtin.memref", _is_memref)
BASE_MEMREF = ("", lambda t: isinstance(t, (T.MemRefType, T.UnrankedMemRefType)))


def _int_or_float(t: Any) -> bool:
    return (isinstance(t, T.IntegerType) and t.signedness == 0) or isinstance(t, T.FloatType)


AnyMemRef = Constraint(
    "memref of any type values", lambda t: isinstance(t, T.MemRefType), kind=MEMREF
)
AnyRankedOrUnrankedMemRef = Constraint(
    "ranked or unranked memref of any type values",
    lambda t: isinstance(t, (T.MemRefType, T.UnrankedMemRefType)),
    kind=BASE_MEMREF,
)
AnyNon0RankedOrUnrankedMemRef = Constraint(
    "unranked.memref of any type values or non-0-ranked.memref of any type values",
    lambda t: (
        isinstance(t, T.UnrankedMemRefType) or (isinstance(t, T.MemRefType) and len(t.shape) > 0)
    ),
)
AnyStridedMemRef = Constraint(
    "strided memref of any type values",
    lambda t: isinstance(t, T.MemRefType) and is_strided(t),
    kind=MEMREF,
)
AnyStridedMemRefOfRank0 = Constraint(
    "strided memref of any type values of ranks 0",
    lambda t: isinstance(t, T.MemRefType) and is_strided(t) and len(t.shape) == 0,
    kind=MEMREF,
)
AnyStaticShapeMemRef = Constraint(
    "statically shaped memref of any type values",
    lambda t: isinstance(t, T.MemRefType) and t.has_static_shape,
    kind=MEMREF,
)
MemRef1D = Constraint(
    "1D memref of any type values",
    lambda t: isinstance(t, T.MemRefType) and len(t.shape) == 1,
    kind=MEMREF,
)
MemRef1DOfI8 = Constraint(
    "1D memref of 8-bit signless integer values",
    lambda t: isinstance(t, T.MemRefType) and len(t.shape) == 1 and t.element_type is T.i8,
    kind=MEMREF,
)
MemRef1DOfIntOrIndex = Constraint(
    "1D memref of signless integer or index values",
    lambda t: (
        isinstance(t, T.MemRefType)
        and len(t.shape) == 1
        and (
            isinstance(t.element_type, T.IndexType)
            or (isinstance(t.element_type, T.IntegerType) and t.element_type.signedness == 0)
        )
    ),
    kind=MEMREF,
)
MemRefOfIntOrFloat = Constraint(
    "memref of signless integer or floating-point values", _memref_of(_int_or_float), kind=MEMREF
)
SignlessIntOrFloat = Constraint("signless integer or floating-point", _int_or_float)


def _int_attr(width: int, description: str, pred: Callable[[int], bool]) -> Constraint:
    t = T.IntegerType(width)
    return Constraint(
        description,
        lambda a: isinstance(a, A.IntegerAttr) and a.type is t and pred(a.value),
        format=F.IntegerFormat(t),
    )


# ConfinedAttr<I64Attr, [IntMinValue<0>]> and friends.
PositiveI32Attr = _int_attr(
    32, "32-bit signless integer attribute whose value is positive", lambda v: v > 0
)
PosPow2I64Attr = _int_attr(
    64,
    "64-bit signless integer attribute whose value is positive and whose value is a power "
    "of two > 0",
    lambda v: v > 0 and v & (v - 1) == 0,
)
LocalityHintAttr = _int_attr(
    32,
    "32-bit signless integer attribute whose minimum value is 0 whose maximum value is 3",
    lambda v: 0 <= v <= 3,
)
MemRefTypeAttr = type_attr_of(
    Constraint("memref type", lambda t: isinstance(t, T.MemRefType)), "memref type attribute"
)
IndexListArrayAttr = Constraint(
    "Array of 64-bit integer array attributes",
    lambda a: (
        isinstance(a, A.ArrayAttr)
        and all(
            isinstance(x, A.ArrayAttr)
            and all(isinstance(i, A.IntegerAttr) and i.type is T.i64 for i in x)
            for x in a
        )
    ),
    format=F.UNTYPED,
)

# arith::AtomicRMWKind, an I64EnumAttr.
ATOMIC_RMW_KINDS = {
    "addf": 0,
    "addi": 1,
    "andi": 2,
    "assign": 3,
    "maximumf": 4,
    "maxnumf": 5,
    "maxs": 6,
    "maxu": 7,
    "minimumf": 8,
    "minnumf": 9,
    "mins": 10,
    "minu": 11,
    "mulf": 12,
    "muli": 13,
    "ori": 14,
    "xori": 15,
}


class NamedEnumFormat(F.KeywordEnumFormat):
    """An enum keyword whose unknown cases get ODS's message, naming the attribute."""

    def __init__(self, cases: dict[str, int], attr_name: str) -> None:
        super().__init__(cases)
        self.attr_name = attr_name

    def parse(self, sp: Any, text: str, pos: int) -> A.Attribute:
        if text in self.cases:
            return super().parse(sp, text, pos)
        from mliropt.dialects.memref.directives import op_error

        raise op_error(
            sp,
            pos,
            "expected string or keyword containing one of the following enum values "
            f"for attribute '{self.attr_name}' [{', '.join(self.cases)}]",
        )


AtomicRMWKindAttr = enum_attr(
    "allowed 64-bit signless integer cases: "
    + ", ".join(str(v) for v in ATOMIC_RMW_KINDS.values()),
    ATOMIC_RMW_KINDS,
)
AtomicRMWKindAttr.format = NamedEnumFormat(ATOMIC_RMW_KINDS, "kind")
