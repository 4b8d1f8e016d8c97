"""The builtin dialect: `builtin.module` and `builtin.unrealized_conversion_cast`."""

from __future__ import annotations

from typing import Any

from mliropt.dialects.ods import (
    VARIADIC,
    AffineScope,
    AnyType,
    Attr,
    GraphRegion,
    IsolatedFromAbove,
    NoTerminator,
    Op,
    OpAsmOpInterface,
    Operand,
    Pure,
    RegionDef,
    Result,
    SingleBlock,
    StrAttr,
    Symbol,
    SymbolNameAttr,
    SymbolTable,
    VerifyError,
)
from mliropt.ir.dialect import Dialect
from mliropt.ir.operation import Block, Region

_SYMBOL_ATTRS = ("sym_name", "sym_visibility")


class ModuleOp(Op):
    """A top-level container of operations with a symbol table.

    Example: `module @m attributes {foo} { func.func private @f() }`
    """

    __slots__ = ("resources",)
    name = "builtin.module"
    # Upstream: AffineScope, IsolatedFromAbove, NoRegionArguments, SymbolTable, Symbol
    # (optional), OpAsmOpInterface and GraphRegionNoTerminator.
    traits = (
        AffineScope,
        IsolatedFromAbove,
        SymbolTable,
        Symbol,
        OpAsmOpInterface,
        NoTerminator,
        SingleBlock,
        GraphRegion,
    )
    default_dialect = "builtin"
    sym_name = Attr(SymbolNameAttr, optional=True)
    sym_visibility = Attr(StrAttr, optional=True)
    bodyRegion = RegionDef(single_block=True)
    assembly_format = "($sym_name^)? attr-dict-with-keyword $bodyRegion"

    @classmethod
    def build(
        cls,
        operands: Any = (),
        result_types: Any = (),
        attributes: Any = None,
        properties: Any = None,
        regions: Any = None,
        successors: Any = (),
        location: Any = None,
    ) -> Any:
        """A module; built without regions, its body gets its one block (as upstream's
        builder does); a parsed generic module keeps the region it was given."""
        if regions is None or not regions:
            regions = [Region([Block()])]
        op = super().build(
            operands, result_types, attributes, properties, regions, successors, location
        )
        op.resources = {}
        return op

    @property
    def body(self) -> Block:
        """The single block of the module."""
        return self.regions[0].blocks[0]

    def verify(self) -> None:
        # NoRegionArguments.
        region = self.regions[0]
        if region.blocks and region.blocks[0].args:
            raise VerifyError(self, "region should have no arguments")
        # Discardable attributes must be dialect attributes.
        for name in self.attributes:
            if "." not in name and name not in _SYMBOL_ATTRS:
                raise VerifyError(
                    self,
                    f"can only contain attributes with dialect-prefixed names, found: '{name}'",
                )


class UnrealizedConversionCastOp(Op):
    """A cast between types of different type systems during a partial conversion.

    Example: `%1 = builtin.unrealized_conversion_cast %0 : i32 to !llvm.ptr`
    """

    name = "builtin.unrealized_conversion_cast"
    traits = (Pure,)
    inputs = Operand(AnyType, VARIADIC)
    outputs = Result(AnyType, VARIADIC)
    assembly_format = "($inputs^ `:` type($inputs))? `to` type($outputs) attr-dict"

    def verify(self) -> None:
        # CastOpInterface (any types are cast-compatible here).
        if not self.results:
            raise VerifyError(self, "expected at least one result for cast operation")

    def fold(self, operands: list) -> list | None:
        inputs = self.operands
        # cast(x : T to T) -> x
        if [v.type for v in inputs] == [r.type for r in self.results]:
            return list(inputs)
        if not inputs:
            return None
        # cast(cast(x : A to B) : B to A) -> x, when the inner cast's results are exactly
        # this cast's inputs.
        inner = inputs[0].owner_op
        if not isinstance(inner, UnrealizedConversionCastOp) or list(inner.results) != inputs:
            return None
        if [v.type for v in inner.operands] != [r.type for r in self.results]:
            return None
        return list(inner.operands)


class BuiltinDialect(Dialect):
    """The builtin dialect."""

    name = "builtin"
    ops = (ModuleOp, UnrealizedConversionCastOp)
