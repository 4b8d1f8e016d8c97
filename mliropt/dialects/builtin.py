"""The builtin dialect: `builtin.module` and `builtin.unrealized_conversion_cast`."""

from __future__ import annotations

from typing import Any

from mliropt.dialects.ods import (
    VARIADIC,
    AnyType,
    Attr,
    IsolatedFromAbove,
    NoTerminator,
    Op,
    Operand,
    Pure,
    RegionDef,
    Result,
    SingleBlock,
    StrAttr,
    SymbolNameAttr,
    SymbolTable,
)
from mliropt.ir.dialect import Dialect
from mliropt.ir.operation import Block, Region


class ModuleOp(Op):
    """A top-level container of operations with a symbol table.

    Example: `module @m attributes {foo} { func.func private @f() }`
    """

    __slots__ = ("resources",)
    name = "builtin.module"
    traits = (IsolatedFromAbove, NoTerminator, SymbolTable, SingleBlock)
    default_dialect = "builtin"
    sym_name = Attr(SymbolNameAttr, optional=True)
    sym_visibility = Attr(StrAttr, optional=True)
    bodyRegion = RegionDef()
    assembly_format = "($sym_name^)? attr-dict-with-keyword $bodyRegion"

    @classmethod
    def build(cls, operands: Any = (), result_types: Any = (), attributes: Any = None,
              properties: Any = None, regions: Any = None, successors: Any = (),
              location: Any = None) -> Any:
        """A module; its body always has exactly one block (as upstream's builder ensures)."""
        if regions is None or not regions:
            regions = [Region([Block()])]
        elif not regions[0].blocks:
            regions[0].add_block(Block())
        op = super().build(operands, result_types, attributes, properties, regions, successors, location)
        op.resources = {}
        return op

    @property
    def body(self) -> Block:
        """The single block of the module."""
        return self.regions[0].blocks[0]


class UnrealizedConversionCastOp(Op):
    """A cast between types of different type systems during a partial conversion.

    Example: `%1 = builtin.unrealized_conversion_cast %0 : i32 to !llvm.ptr`
    """

    name = "builtin.unrealized_conversion_cast"
    traits = (Pure,)
    inputs = Operand(AnyType, VARIADIC)
    outputs = Result(AnyType, VARIADIC)
    assembly_format = "($inputs^ `:` type($inputs))? `to` type($outputs) attr-dict"


class BuiltinDialect(Dialect):
    """The builtin dialect."""

    name = "builtin"
    ops = (ModuleOp, UnrealizedConversionCastOp)
