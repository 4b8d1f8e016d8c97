"""The ub dialect: undefined behaviour markers (`ub.poison`, `ub.unreachable`), as
upstream MLIR 22 registers them."""

from __future__ import annotations

from typing import Any

from mliropt.dialects.ods import (
    AnyType,
    Attr,
    ConstantLike,
    Constraint,
    IsTerminator,
    NoMemoryEffect,
    Op,
    Pure,
    Result,
)
from mliropt.ir import attributes as A
from mliropt.ir.dialect import Dialect
from mliropt.rewrite.inlining import AlwaysLegalInliner
from mliropt.syntax import attr_formats as F


class PoisonAttr(A.DialectAttr):
    """`#ub.poison`: a poison value of any type."""

    __slots__ = ()
    _fields = ()
    dialect = "ub"
    name = "poison"

    @classmethod
    def parse_params(cls, body: Any) -> PoisonAttr:
        """No parameters."""
        return cls()


def poison() -> PoisonAttr:
    """The default `#ub.poison` attribute."""
    return PoisonAttr()


# Upstream's PoisonAttrInterface constraint, written as a whole attribute (`<#ub.poison>`).
PoisonAttrC = Constraint(
    "PoisonAttrInterface instance", lambda a: isinstance(a, PoisonAttr), format=F.UNTYPED
)


class PoisonOp(Op):
    """A poison value of any type (reading it is undefined behaviour).

    Example: `%0 = ub.poison : i32`
    """

    name = "ub.poison"
    traits = (ConstantLike, Pure)
    value = Attr(PoisonAttrC, default=poison)
    result = Result(AnyType)
    assembly_format = "attr-dict (`<` $value^ `>`)? `:` type($result)"

    def fold(self, operands: list) -> list:
        """The poison attribute."""
        return [self.properties["value"]]


class UnreachableOp(Op):
    """Marks a point control flow never reaches.

    Example: `ub.unreachable`
    """

    name = "ub.unreachable"
    traits = (IsTerminator, NoMemoryEffect)
    assembly_format = "attr-dict"


class UBDialect(Dialect):
    """The ub dialect."""

    name = "ub"
    ops = (PoisonOp, UnreachableOp)
    attributes = (PoisonAttr,)
    # Upstream's UBInlinerInterface: every ub op may be inlined.
    inliner = AlwaysLegalInliner

    def materialize_constant(self, builder: Any, value: Any, type: Any, loc: Any) -> Any:
        """A `ub.poison` for a poison attribute, else None."""
        if not isinstance(value, PoisonAttr):
            return None
        op = PoisonOp.build([], [type], None, {"value": value}, location=loc)
        if builder is not None:
            builder.insert(op)
        return op
