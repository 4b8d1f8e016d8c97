"""Test call and callable ops and the test dialect's inliner interface (upstream's
TestOps.td ConversionCallOp, ConversionFuncOp, FunctionalRegionOp, TestReturnOp,
TestCastOp, TestTypeChangerOp and TestDialectInterfaces.cpp TestInlinerInterface).

The inliner interface applies to every op of the test dialect, registered or not, as
upstream's dialect interfaces do: test ops may be inlined (a call carrying `noinline`
may not), `test.return` gives the call's results, i16/i32 mismatches between a call
and its callee are bridged by `test.cast`, arguments and results marked
`test.handle_argument` / `test.handle_result` go through `test.type_changer`, and ops
inlined for a `test.conversion_call_op` are tagged `inlined_conversion`.
"""

from __future__ import annotations

from typing import Any

from mliropt.dialects.func import FunctionLikeOp, parse_function_like, print_function_like
from mliropt.dialects.ods import (
    VARIADIC,
    AnyType,
    Attr,
    DictArrayAttr,
    FunctionTypeC,
    IsTerminator,
    Op,
    Operand,
    Pure,
    RegionDef,
    Result,
    ReturnLike,
    StrAttr,
    Symbol,
    SymbolNameAttr,
    SymbolRefAttr,
    VerifyError,
    type_attr_of,
)
from mliropt.ir import attributes as A
from mliropt.ir import types as T
from mliropt.ir.operation import Block, Operation, Region, Value
from mliropt.rewrite.inlining import AlwaysLegalInliner
from mliropt.syntax.custom_syntax import CustomSyntax


class ReturnOp(Op):
    """Returns values from a test callable region.

    Example: `"test.return"(%x) : (i32) -> ()`
    """

    name = "test.return"
    traits = (Pure, ReturnLike, IsTerminator)
    operands_ = Operand(AnyType, VARIADIC)


class CastOp(Op):
    """A cast of any values to one value of any type (no semantics).

    Example: `%1 = "test.cast"(%0) : (i16) -> i32`
    """

    name = "test.cast"
    operands_ = Operand(AnyType, VARIADIC)
    result = Result(AnyType)


class TypeChangerOp(Op):
    """One value to one value of any type (no semantics).

    Example: `%1 = "test.type_changer"(%0) : (i32) -> i32`
    """

    name = "test.type_changer"
    operand_ = Operand(AnyType)
    result = Result(AnyType)


class ConversionCallOp(Op):
    """A call of a symbol (CallOpInterface) whose inlining converts i16/i32 mismatches.

    Example: `%r = "test.conversion_call_op"(%a) {callee = @f} : (i16) -> i16`
    """

    name = "test.conversion_call_op"
    arg_operands_ = Operand(AnyType, VARIADIC)
    callee = Attr(SymbolRefAttr)
    arg_attrs = Attr(DictArrayAttr, optional=True)
    res_attrs = Attr(DictArrayAttr, optional=True)
    results_ = Result(AnyType, VARIADIC)

    def callable_for_callee(self) -> Any:
        """The callee symbol."""
        return self.properties["callee"]

    def set_callable_for_callee(self, callee: Any) -> None:
        """Call another symbol."""
        self.properties["callee"] = callee

    def arg_operands(self) -> list:
        """Every operand goes to the callee."""
        return self.operands


_FUNC_RULE = '[FUNC_VISIBILITY] SYMBOL_REF FUNC_SIGNATURE ["attributes" ATTR_DICT] [region]'


class ConversionFuncOp(FunctionLikeOp, Op):
    """A function (FunctionOpInterface) written like `func.func`.

    Example: `test.conversion_func_op @f(%a: i32 {test.handle_argument}) -> i32 { ... }`
    """

    name = "test.conversion_func_op"
    traits = (Symbol,)
    # Its syntax uses the func dialect's signature terminals.
    grammar_fragment = "func.lark"
    sym_name = Attr(SymbolNameAttr)
    function_type = Attr(type_attr_of(FunctionTypeC, "type attribute of function type"))
    arg_attrs = Attr(DictArrayAttr, optional=True)
    res_attrs = Attr(DictArrayAttr, optional=True)
    sym_visibility = Attr(StrAttr, optional=True)
    body = RegionDef()

    @classmethod
    def custom_syntax(cls) -> CustomSyntax:
        """`test.conversion_func_op [visibility] @name(signature) [attributes {..}] [{ body }]`."""
        return CustomSyntax(cls, [(_FUNC_RULE, _parse_conversion_func)], _print_conversion_func)

    def verify(self) -> None:
        # FunctionOpInterface's verifyBody: the entry block matches the signature.
        if self.is_declaration():
            return
        inputs = self.type.inputs
        args = self.regions[0].blocks[0].args
        if len(args) != len(inputs):
            raise VerifyError(
                self,
                f"entry block must have {len(inputs)} arguments to match function signature",
            )
        for i, (arg, t) in enumerate(zip(args, inputs)):
            if arg.type is not t:
                raise VerifyError(
                    self,
                    f"type of entry block argument #{i}('{arg.type}') must match the type of the "
                    f"corresponding argument in function signature('{t}')",
                )


def _parse_conversion_func(sp: Any, c: list, p: list) -> Any:
    # OPSTART OP [vis] SYMBOL_REF FUNC_SIGNATURE ["attributes" ATTR_DICT] [region]
    region = c[7] if c[7] is not None else Region()
    return parse_function_like(sp, c, p, ConversionFuncOp, region)


def _print_conversion_func(P: Any, op: ConversionFuncOp) -> str:
    return print_function_like(P, op)


class FunctionalRegionOp(Op):
    """A region as a function value (CallableOpInterface); its result is the function.

    Example: `%f = "test.functional_region_op"() ({ ... }) : () -> ((i32) -> i32)`
    """

    name = "test.functional_region_op"
    arg_attrs = Attr(DictArrayAttr, optional=True)
    res_attrs = Attr(DictArrayAttr, optional=True)
    body = RegionDef()
    result = Result(FunctionTypeC)

    def callable_region(self) -> Region | None:
        """The body."""
        return self.regions[0]

    def callable_results(self) -> list:
        """The result types of the function type."""
        return list(self.results[0].type.results)  # type: ignore[attr-defined]

    def callable_arg_attrs(self) -> Any:
        """The argument attribute dictionaries (or None)."""
        return self.properties.get("arg_attrs")

    def callable_res_attrs(self) -> Any:
        """The result attribute dictionaries (or None)."""
        return self.properties.get("res_attrs")


def _is_i16_or_i32(t: Any) -> bool:
    return t is T.i16 or t is T.i32


class TestInliner(AlwaysLegalInliner):
    """Upstream's TestInlinerInterface (see the module docstring): any test op, into
    any test region, by any call not marked `noinline`."""

    def is_legal_to_inline_call(
        self, call: Operation, callable_op: Operation, would_be_cloned: bool
    ) -> bool:
        """Unless the call is marked `noinline`."""
        return "noinline" not in call.attributes and "noinline" not in call.properties

    def should_analyze_recursively(self, op: Operation) -> bool:
        """Not into a test.functional_region_op (a separate functional scope)."""
        return not isinstance(op, FunctionalRegionOp)

    def handle_terminator_values(self, op: Operation, values: list[Value]) -> None:
        """`test.return`'s operands replace the call's results."""
        if not isinstance(op, ReturnOp):
            return
        for v, new in zip(values, op.operands):
            v.replace_all_uses_with(new)

    def materialize_call_conversion(self, builder: Any, value: Value, type: Any, loc: Any) -> Any:
        """A `test.cast` between i16 and i32 values, else None."""
        if not (_is_i16_or_i32(type) and _is_i16_or_i32(value.type)):
            return None
        return builder.create(CastOp, [value], [type], location=loc)

    def handle_argument(
        self, builder: Any, call: Operation, callable_op: Operation, argument: Value, attrs: Any
    ) -> Value:
        """Through a `test.type_changer` when the argument is marked `test.handle_argument`."""
        if attrs is None or attrs.get("test.handle_argument") is None:
            return argument
        op = builder.create(TypeChangerOp, [argument], [argument.type], location=call.location)
        return op.results[0]

    def handle_result(
        self, builder: Any, call: Operation, callable_op: Operation, result: Value, attrs: Any
    ) -> Value:
        """Through a `test.type_changer` when the result is marked `test.handle_result`."""
        if attrs is None or attrs.get("test.handle_result") is None:
            return result
        op = builder.create(TypeChangerOp, [result], [result.type], location=call.location)
        return op.results[0]

    def process_inlined_call_blocks(self, call: Operation, blocks: list[Block]) -> None:
        """Tag every op inlined for a test.conversion_call_op `inlined_conversion`."""
        if not isinstance(call, ConversionCallOp):
            return
        for block in blocks:
            for op in list(block.ops):
                for nested in list(op.walk()):
                    nested.attributes["inlined_conversion"] = A.UnitAttr()


CALL_OPS: tuple = (
    ReturnOp,
    CastOp,
    TypeChangerOp,
    ConversionCallOp,
    ConversionFuncOp,
    FunctionalRegionOp,
)

__all__ = ["CALL_OPS", "TestInliner"]
