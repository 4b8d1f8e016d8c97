"""The index dialect: integer arithmetic on the target-width `index` type.

Folders follow upstream's rule for a type whose width is unknown until lowering: an op
folds only when computing it on 64-bit and on 32-bit integers gives the same low 32
bits, and the folded value is the 64-bit result (`folding.py`). `index.cmp` has one
canonicalization pattern (`canonicalize.py`).
"""

from __future__ import annotations

from typing import Any

from mliropt.dialects.index import canonicalize as _canonicalize  # noqa: F401 - attaches the patterns
from mliropt.dialects.index.attributes import IndexCmpPredicateAttr
from mliropt.dialects.index.ops import *  # noqa: F403 - the op classes
from mliropt.dialects.index.ops import (
    AddOp,
    AndOp,
    BoolConstantOp,
    CastSOp,
    CastUOp,
    CeilDivSOp,
    CeilDivUOp,
    CmpOp,
    ConstantOp,
    DivSOp,
    DivUOp,
    FloorDivSOp,
    MaxSOp,
    MaxUOp,
    MinSOp,
    MinUOp,
    MulOp,
    OrOp,
    RemSOp,
    RemUOp,
    ShlOp,
    ShrSOp,
    ShrUOp,
    SizeOfOp,
    SubOp,
    XOrOp,
)
from mliropt.ir import attributes as A
from mliropt.ir import types as T
from mliropt.ir.dialect import Dialect
from mliropt.rewrite.inlining import AlwaysLegalInliner


class IndexDialect(Dialect):
    """The index dialect."""

    name = "index"
    # Upstream's IndexInlinerInterface: every index op may be inlined.
    inliner = AlwaysLegalInliner
    ops = (
        AddOp,
        SubOp,
        MulOp,
        DivSOp,
        DivUOp,
        CeilDivSOp,
        CeilDivUOp,
        FloorDivSOp,
        RemSOp,
        RemUOp,
        MaxSOp,
        MaxUOp,
        MinSOp,
        MinUOp,
        ShlOp,
        ShrSOp,
        ShrUOp,
        AndOp,
        OrOp,
        XOrOp,
        CastSOp,
        CastUOp,
        CmpOp,
        SizeOfOp,
        ConstantOp,
        BoolConstantOp,
    )
    attributes = (IndexCmpPredicateAttr,)

    def materialize_constant(self, builder: Any, value: Any, type: Any, loc: Any) -> Any:
        """`index.bool.constant` for an i1 bool, `index.constant` for an index integer."""
        if not isinstance(value, A.IntegerAttr):
            return None
        if value.type is T.i1:
            if type is not T.i1:
                return None
            op = BoolConstantOp.build(
                result_types=[type], properties={"value": value}, location=loc
            )
        elif value.type is T.index and type is T.index:
            op = ConstantOp.build(result_types=[type], properties={"value": value}, location=loc)
        else:
            return None
        if builder is not None:
            builder.insert(op)
        return op
