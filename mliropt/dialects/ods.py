"""The vocabulary of op definitions: ODS-style attribute constraints with their format
styles, re-exported part declarations, traits and type constraints.

Dialect modules import from here, so an op reads like its ODS definition.
"""

from __future__ import annotations

from typing import Any

from mliropt.ir import attributes as A
from mliropt.ir import types as T
from mliropt.ir.constraints import *  # noqa: F403 - the type constraints
from mliropt.ir.constraints import Constraint
from mliropt.ir.opdef import (  # noqa: F401 - re-exported
    OPTIONAL,
    SINGLE,
    VARIADIC,
    Attr,
    Op,
    Operand,
    RegionDef,
    Result,
    SuccessorDef,
    VerifyError,
)
from mliropt.ir.traits import *  # noqa: F403 - the traits
from mliropt.syntax import attr_formats as F


def _is(cls: Any) -> Any:
    return lambda a: isinstance(a, cls)


AnyAttr = Constraint("any attribute", lambda a: True)
TypedAttr = Constraint("TypedAttr instance", _is(A.TypedAttr))
UntypedAnyAttr = Constraint("any attribute", lambda a: True, format=F.UNTYPED)
StrAttr = Constraint(
    "string attribute", _is(A.StringAttr), format=F.StringFormat(), storage=_is(A.StringAttr)
)
SymbolNameAttr = Constraint(
    "string attribute", _is(A.StringAttr), format=F.SymbolNameFormat(),
    storage=_is(A.StringAttr),
)
FlatSymbolRefAttr = Constraint(
    "flat symbol reference attribute",
    lambda a: isinstance(a, A.SymbolRefAttr) and not a.nested,
    format=F.SymbolRefFormat(),
    storage=lambda a: isinstance(a, A.SymbolRefAttr) and not a.nested,
)
SymbolRefAttr = Constraint(
    "symbol reference attribute", _is(A.SymbolRefAttr), format=F.SymbolRefFormat(),
    storage=_is(A.SymbolRefAttr),
)
UnitAttr = Constraint(
    "unit attribute", _is(A.UnitAttr), is_unit=True, storage=_is(A.UnitAttr)
)
TypeAttr = Constraint(
    "any type attribute", _is(A.TypeAttr), format=F.TypeAttrFormat(), storage=_is(A.TypeAttr)
)
ArrayAttr = Constraint(
    "array attribute", _is(A.ArrayAttr), format=F.UNTYPED, storage=_is(A.ArrayAttr)
)
DictionaryAttr = Constraint(
    "dictionary of named attribute values", _is(A.DictionaryAttr), format=F.UNTYPED,
    storage=_is(A.DictionaryAttr),
)
DictArrayAttr = Constraint(
    "Array of dictionary attributes",
    lambda a: isinstance(a, A.ArrayAttr) and all(isinstance(x, A.DictionaryAttr) for x in a),
    format=F.UNTYPED,
    storage=_is(A.ArrayAttr),
)
ElementsAttr = Constraint(
    "constant vector/tensor attribute",
    _is((A.DenseElementsAttr, A.DenseResourceElementsAttr, A.SparseElementsAttr)),
)
AffineMapAttr = Constraint("AffineMap attribute", _is(A.AffineMapAttr), format=F.UNTYPED)


def int_attr(width: int, signedness: int = 0, description: str | None = None) -> Constraint:
    """An integer attribute of one integer type, written without its type (`I64Attr`)."""
    t = T.IntegerType(width, signedness)
    kind = ("signless", "signed", "unsigned")[signedness]
    return Constraint(
        description or f"{width}-bit {kind} integer attribute",
        lambda a: isinstance(a, A.IntegerAttr) and a.type is t,
        format=F.IntegerFormat(t),
        storage=_is(A.IntegerAttr),
    )


I1Attr = int_attr(1)
I32Attr = int_attr(32)
I64Attr = int_attr(64)
BoolAttr = Constraint(
    "bool attribute", lambda a: isinstance(a, A.IntegerAttr) and a.type is T.i1,
    format=F.IntegerFormat(T.i1),
    storage=lambda a: isinstance(a, A.IntegerAttr) and a.type is T.i1,  # BoolAttr's classof
)
IndexAttr = Constraint(
    "index attribute", lambda a: isinstance(a, A.IntegerAttr) and a.type is T.index,
    format=F.IntegerFormat(T.index),
    storage=_is(A.IntegerAttr),
)
F32Attr = Constraint(
    "32-bit float attribute", lambda a: isinstance(a, A.FloatAttr) and a.type is T.f32,
    format=F.FloatFormat(T.f32),
    storage=_is(A.FloatAttr),
)
F64Attr = Constraint(
    "64-bit float attribute", lambda a: isinstance(a, A.FloatAttr) and a.type is T.f64,
    format=F.FloatFormat(T.f64),
    storage=_is(A.FloatAttr),
)


def dense_array_attr(et: T.Type, description: str) -> Constraint:
    """`array<i64: ...>` written `[1, 2]` in formats."""
    return Constraint(
        description,
        lambda a: isinstance(a, A.DenseArrayAttr) and a.element_type is et,
        format=F.DenseArrayFormat(et),
        # DenseI64ArrayAttr's classof checks the element type too.
        storage=lambda a: isinstance(a, A.DenseArrayAttr) and a.element_type is et,
    )


DenseI32ArrayAttr = dense_array_attr(T.i32, "i32 dense array attribute")
DenseI64ArrayAttr = dense_array_attr(T.i64, "i64 dense array attribute")
DenseBoolArrayAttr = dense_array_attr(T.i1, "i1 dense array attribute")


def type_attr_of(pred: Constraint, description: str) -> Constraint:
    """A TypeAttr whose type satisfies `pred`, written as the type."""
    return Constraint(
        description, lambda a: isinstance(a, A.TypeAttr) and pred(a.value),
        format=F.TypeAttrFormat(),
        storage=_is(A.TypeAttr),
    )


def enum_attr(description: str, cases: dict[str, int], width: int = 64) -> Constraint:
    """An I64EnumAttr-style enum: an integer attribute written as its case keyword."""
    t = T.IntegerType(width)
    values = set(cases.values())
    return Constraint(
        description,
        lambda a: isinstance(a, A.IntegerAttr) and a.type is t and a.value in values,
        format=F.KeywordEnumFormat(cases, lambda v: A.IntegerAttr(t, v)),
        storage=_is(A.IntegerAttr),
    )


def dialect_attr(cls: type, description: str) -> Constraint:
    """A dialect attribute written without its `#dialect.` prefix (`fastmath<fast>`)."""
    return Constraint(
        description, _is(cls), format=F.DialectAttrFormat(cls), storage=_is(cls)
    )


def all_types_match(*names: str) -> tuple:
    """A type relation: the named operands/results have one type (ODS AllTypesMatch)."""
    return ("all_match", names)


def types_match_with(source: str, target: str, fn: Any) -> tuple:
    """A type relation: `target`'s type is `fn(source's type)` (ODS TypesMatchWith)."""
    return ("match_with", source, target, fn)


def types_match_with_list(source: str, target: str, fn: Any) -> tuple:
    """A type relation: a variadic `target`'s types are `fn(source's type)`."""
    return ("match_with_list", source, target, fn)
