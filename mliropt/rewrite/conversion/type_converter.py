"""TypeConverter and SignatureConversion (upstream's).

A conversion callback takes a type and returns None (not handled: the next callback is
tried), FAILURE (the type cannot be converted), a type, or a list of types (1:N; an
empty list drops the value). Callbacks registered later are tried first. Source and
target materializations build IR converting values between the original and the
converted types; they return None when they do not apply.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

# A conversion callback's "cannot convert" answer (upstream's failure()).
FAILURE = object()

ConversionFn = Callable[[Any], Any]
SourceMaterializationFn = Callable[[Any, Any, list, Any], Any]
TargetMaterializationFn = Callable[[Any, list, list, Any, Any], Any]


@dataclass
class InputMapping:
    """Where an original block argument went: `size` new arguments from `input_no`, or
    (size 0) the given replacement values."""

    input_no: int
    size: int
    replacement_values: list = field(default_factory=list)

    @property
    def replaced_with_values(self) -> bool:
        """True when the argument is replaced by existing values."""
        return bool(self.replacement_values)


class SignatureConversion:
    """The new argument types of a block or function and how the old ones map to them."""

    def __init__(self, num_orig_inputs: int) -> None:
        self.remapped_inputs: list[InputMapping | None] = [None] * num_orig_inputs
        self.arg_types: list[Any] = []

    @property
    def converted_types(self) -> list[Any]:
        """The new argument types."""
        return self.arg_types

    def add_inputs(self, orig_input_no: int | None, types: Sequence[Any]) -> None:
        """Append `types`; when `orig_input_no` is given, that input maps to them."""
        if orig_input_no is not None:
            self.remap_input(orig_input_no, len(self.arg_types), len(types))
        self.arg_types.extend(types)

    def remap_input(self, orig_input_no: int, new_input_no: int, count: int) -> None:
        """Map an original input to `count` new inputs starting at `new_input_no`."""
        self.remapped_inputs[orig_input_no] = InputMapping(new_input_no, count)

    def remap_input_to_values(self, orig_input_no: int, values: Sequence[Any]) -> None:
        """Replace an original input with existing values."""
        self.remapped_inputs[orig_input_no] = InputMapping(orig_input_no, 0, list(values))

    def get_input_mapping(self, i: int) -> InputMapping | None:
        """The mapping of original input `i` (None: dropped)."""
        return self.remapped_inputs[i]


class TypeConverter:
    """Converts types, signatures and values between type systems."""

    def __init__(self) -> None:
        self.conversions: list[ConversionFn] = []
        self.source_materializations: list[SourceMaterializationFn] = []
        self.target_materializations: list[TargetMaterializationFn] = []
        self._cache: dict[Any, Any] = {}

    # ----------------------------------------------------------------- registering

    def add_conversion(self, fn: ConversionFn) -> None:
        """Register a conversion callback (tried before the earlier ones)."""
        self.conversions.append(fn)
        self._cache.clear()

    def add_source_materialization(self, fn: SourceMaterializationFn) -> None:
        """Register `fn(builder, result_type, inputs, loc) -> Value | None`."""
        self.source_materializations.append(fn)

    def add_target_materialization(self, fn: TargetMaterializationFn) -> None:
        """Register `fn(builder, result_types, inputs, loc, original_type)` returning a
        Value, a list of Values, or None."""
        self.target_materializations.append(fn)

    # ----------------------------------------------------------------- converting types

    def convert_type_list(self, t: Any) -> list[Any] | None:
        """The types `t` converts to (possibly none), or None when it cannot convert."""
        cached = self._cache.get(t, self)
        if cached is not self:
            return cached
        result: list[Any] | None = None
        for fn in reversed(self.conversions):
            r = fn(t)
            if r is None:
                continue
            if r is FAILURE:
                result = None
            elif isinstance(r, (list, tuple)):
                result = list(r)
            else:
                result = [r]
            break
        self._cache[t] = result
        return result

    def convert_type(self, t: Any) -> Any:
        """The single type `t` converts to, or None."""
        r = self.convert_type_list(t)
        return r[0] if r is not None and len(r) == 1 else None

    def convert_types(self, types: Sequence[Any]) -> list[Any] | None:
        """The concatenated conversions of `types`, or None when one fails."""
        out: list[Any] = []
        for t in types:
            r = self.convert_type_list(t)
            if r is None:
                return None
            out.extend(r)
        return out

    def is_legal(self, what: Any) -> bool:
        """Whether a type (or every type of a list, or an op's operands and results) is
        left unchanged by the conversion."""
        from mliropt.ir.operation import Operation

        if isinstance(what, Operation):
            return self.is_legal(what.operand_types) and self.is_legal(what.result_types)
        if isinstance(what, (list, tuple)):
            return all(self.is_legal(t) for t in what)
        return self.convert_type(what) is what

    def is_legal_region(self, region: Any) -> bool:
        """Whether the argument types of every block of `region` are legal."""
        return all(self.is_legal(b.arg_types) for b in region.blocks)

    def is_signature_legal(self, fn_type: Any) -> bool:
        """Whether a FunctionType's inputs and results are legal."""
        return self.is_legal(list(fn_type.inputs)) and self.is_legal(list(fn_type.results))

    # ----------------------------------------------------------------- signatures

    def convert_signature_arg(self, input_no: int, t: Any, result: SignatureConversion) -> bool:
        """Convert one input into `result`; False when it cannot be converted."""
        converted = self.convert_type_list(t)
        if converted is None:
            return False
        if converted:
            result.add_inputs(input_no, converted)
        return True

    def convert_signature_args(
        self, types: Sequence[Any], result: SignatureConversion, offset: int = 0
    ) -> bool:
        """Convert inputs `offset...` into `result`."""
        return all(self.convert_signature_arg(offset + i, t, result) for i, t in enumerate(types))

    def convert_block_signature(self, block: Any) -> SignatureConversion | None:
        """The conversion of a block's argument types, or None."""
        conversion = SignatureConversion(len(block.args))
        if not self.convert_signature_args(block.arg_types, conversion):
            return None
        return conversion

    # ----------------------------------------------------------------- materializations

    def materialize_source_conversion(
        self, builder: Any, loc: Any, result_type: Any, inputs: list
    ) -> Any:
        """A value of `result_type` built from `inputs`, or None."""
        for fn in reversed(self.source_materializations):
            v = fn(builder, result_type, inputs, loc)
            if v is not None:
                return v
        return None

    def materialize_target_conversion(
        self, builder: Any, loc: Any, result_types: list, inputs: list, original_type: Any = None
    ) -> list | None:
        """Values of `result_types` built from `inputs`, or None."""
        for fn in reversed(self.target_materializations):
            v = fn(builder, result_types, inputs, loc, original_type)
            if v is None:
                continue
            values = list(v) if isinstance(v, (list, tuple)) else [v]
            if values:
                return values
        return None
