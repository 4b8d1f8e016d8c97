"""Conversion patterns: patterns that see their op's operands already converted.

    class AddIOpLowering(OpConversionPattern):
        root = AddIOp

        def rewrite(self, op, adaptor, rewriter):
            rewriter.replace_op_with_new(op, AddOp, [adaptor.lhs, adaptor.rhs], ...)
            return True

The driver remaps the operands through the conversion value mapping (with the
pattern's type converter: operands whose mapped type is not the converted type get a
target materialization). A 1:1 pattern receives one value per operand; a pattern with
`one_to_n = True` receives a list of values per operand.
"""

from __future__ import annotations

from typing import Any, ClassVar

from mliropt.ir.operation import Operation
from mliropt.rewrite.pattern import RewritePattern


class ConversionPattern(RewritePattern):
    """Base of conversion patterns; `convert(op, operands, rewriter)` does the work."""

    # Op names (or classes) the pattern may create (upstream's generatedOps), used to
    # order patterns by legalization depth.
    generated_ops: ClassVar[tuple] = ()
    # Patterns of 1:N conversions get a list of values per operand.
    one_to_n: ClassVar[bool] = False
    # Whether the pattern may apply to the ops it creates (upstream's
    # hasBoundedRewriteRecursion).
    bounded_recursion: ClassVar[bool] = False

    def __init__(self, type_converter: Any = None, benefit: int | None = None) -> None:
        self.type_converter = type_converter
        if benefit is not None:
            self.benefit = benefit  # type: ignore[misc]

    def matches_root(self, op: Operation) -> bool:
        """Whether a pattern without a root op applies to `op` (interface patterns)."""
        return True

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        """Remap the operands, then `convert`."""
        impl = rewriter.impl
        saved = impl.current_type_converter
        impl.current_type_converter = self.type_converter
        try:
            remapped = impl.remap_values(op.operands, op)
            if remapped is None:
                return False
            if self.one_to_n:
                return self.convert(op, [list(v) for v in remapped], rewriter)
            operands = []
            for values in remapped:
                if len(values) != 1:
                    raise RuntimeError(
                        f"pattern '{self.debug_name()}' does not support 1:N conversion"
                    )
                operands.append(values[0])
            return self.convert(op, operands, rewriter)
        finally:
            impl.current_type_converter = saved

    def convert(self, op: Operation, operands: list, rewriter: Any) -> bool:
        """Rewrite `op` given its converted operands; return whether it did."""
        raise NotImplementedError


class OpAdaptor:
    """An op's converted operands by the names of its declared operands."""

    __slots__ = ("op", "operands")

    def __init__(self, op: Operation, operands: list) -> None:
        self.op = op
        self.operands = operands

    def __getattr__(self, name: str) -> Any:
        op = object.__getattribute__(self, "op")
        defs = getattr(type(op), "operand_defs", ())
        for i, d in enumerate(defs):
            if d.py_name == name or d.name == name:
                start, n = op._segment("operand", i)
                values = object.__getattribute__(self, "operands")[start : start + n]
                if d.is_single:
                    return values[0]
                if d.optional:
                    return values[0] if values else None
                return values
        raise AttributeError(name)


class OpConversionPattern(ConversionPattern):
    """A conversion pattern of one op class: `rewrite(op, adaptor, rewriter)`."""

    def convert(self, op: Operation, operands: list, rewriter: Any) -> bool:
        """Wrap the operands in an OpAdaptor and call `rewrite`."""
        return self.rewrite(op, OpAdaptor(op, operands), rewriter)

    def rewrite(self, op: Any, adaptor: OpAdaptor, rewriter: Any) -> bool:
        """Rewrite `op`; return whether it did."""
        raise NotImplementedError


def _convert_function_types(op: Any, converter: Any, rewriter: Any) -> bool:
    """Convert a FunctionType-typed function's signature and body block types in place
    (upstream's convertFuncOpTypes)."""
    from mliropt.ir.attributes import TypeAttr
    from mliropt.ir.types import FunctionType

    fn_attr = op.properties.get("function_type")
    fn_type = fn_attr.value if isinstance(fn_attr, TypeAttr) else None
    if not isinstance(fn_type, FunctionType):
        return False
    from mliropt.rewrite.conversion.type_converter import SignatureConversion

    result = SignatureConversion(len(fn_type.inputs))
    if not converter.convert_signature_args(list(fn_type.inputs), result):
        return False
    new_results = converter.convert_types(list(fn_type.results))
    if new_results is None:
        return False
    if rewriter.convert_region_types(op.regions[0], converter, result) is False:
        return False
    new_type = FunctionType(tuple(result.converted_types), tuple(new_results))

    def set_type() -> None:
        op.properties["function_type"] = TypeAttr(new_type)

    rewriter.modify_op_in_place(op, set_type)
    return True


class FunctionSignatureConversion(ConversionPattern):
    """Convert the signature of the function ops named `root` (upstream's
    populateFunctionOpInterfaceTypeConversionPattern)."""

    def __init__(self, root: str, type_converter: Any) -> None:
        super().__init__(type_converter)
        self.root = root  # type: ignore[misc]

    def convert(self, op: Operation, operands: list, rewriter: Any) -> bool:
        return _convert_function_types(op, self.type_converter, rewriter)


class AnyFunctionSignatureConversion(ConversionPattern):
    """Convert the signature of any function op (one with a `function_type`)."""

    def matches_root(self, op: Operation) -> bool:
        return "function_type" in op.properties and bool(op.regions)

    def convert(self, op: Operation, operands: list, rewriter: Any) -> bool:
        return _convert_function_types(op, self.type_converter, rewriter)
