"""`test.constant` (upstream's TestOpConstant): a constant of any attribute and type."""

from __future__ import annotations

from mliropt.dialects.ods import AnyAttr, AnyType, Attr, ConstantLike, NoMemoryEffect, Op, Result


class ConstantOp(Op):
    """A constant holding any attribute (ConstantLike, folds to its value).

    Example: `%0 = "test.constant"() <{value = 42 : i32}> : () -> i32`
    """

    name = "test.constant"
    traits = (ConstantLike, NoMemoryEffect)
    value = Attr(AnyAttr)
    result = Result(AnyType)

    def fold(self, operands: list) -> list:
        """The value attribute."""
        return [self.properties["value"]]


CONSTANT_OPS: tuple = (ConstantOp,)

__all__ = ["CONSTANT_OPS"]
