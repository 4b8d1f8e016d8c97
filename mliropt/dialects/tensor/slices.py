"""The slice ops of the tensor dialect: extract_slice and insert_slice, with the
offsets/sizes/strides syntax and checks memref.subview shares (OffsetSizeAndStride-
OpInterface, `custom<DynamicIndexList>`), upstream MLIR 22's verifiers and messages,
and part of their folders (identity slices, slices of splat constants, empty inserts;
not yet the insert-after-insert/extract folders)."""

from __future__ import annotations

from typing import Any

from mliropt.dialects.memref import directives as _directives  # noqa: F401 - custom<...>
from mliropt.dialects.memref.layout import rank_reduction_mask
from mliropt.dialects.memref.slices import (
    statics,
    verify_in_bounds_slice,
    verify_offset_size_stride,
)
from mliropt.dialects.memref.verify import error
from mliropt.dialects.ods import (
    VARIADIC,
    Attr,
    AttrSizedOperandSegments,
    DenseI64ArrayAttr,
    Index,
    Op,
    Operand,
    Pure,
    Result,
    types_match_with,
)
from mliropt.dialects.tensor.constraints import AnyRankedTensor
from mliropt.dialects.tensor.ops import DestinationStyleOpInterface, match_with
from mliropt.ir import attributes as A
from mliropt.ir import types as T
from mliropt.ir.types import DYNAMIC


def constant_int(value: Any) -> int | None:
    """getConstantIntValue of an int or a constant-defined Value."""
    if isinstance(value, int):
        return value
    from mliropt.rewrite.folding import constant_value

    attr = constant_value(value.owner_op)
    return attr.value if isinstance(attr, A.IntegerAttr) else None

_FORMAT_LISTS = (
    "custom<DynamicIndexList>($offsets, $static_offsets) "
    "custom<DynamicIndexList>($sizes, $static_sizes) "
    "custom<DynamicIndexList>($strides, $static_strides) "
)


def infer_slice_type(source: T.RankedTensorType, sizes: tuple[int, ...]) -> T.RankedTensorType:
    """ExtractSliceOp::inferResultType: the static sizes, the source's element type and
    encoding."""
    return T.RankedTensorType(tuple(sizes), source.element_type, source.encoding)


def slice_type_error(expected: T.RankedTensorType, got: Any) -> str | None:
    """isRankReducedType with produceSliceErrorMsg's wording, or None when `got` is
    `expected` or a rank reduction of it."""
    if expected is got:
        return None
    if len(got.shape) > len(expected.shape):
        return "expected rank to be smaller or equal to the other rank. "
    if rank_reduction_mask(expected.shape, got.shape) is None:
        return f"expected type to be '{expected}' or a rank-reduced version. (size mismatch) "
    if expected.element_type is not got.element_type:
        return f"expected element type to be '{expected.element_type}'"
    return None


class SliceOp(Op):
    """Base of extract_slice and insert_slice (OffsetSizeAndStrideOpInterface)."""

    asm_name = ""
    # custom<DynamicIndexList>'s terminal is declared with memref's syntax.
    grammar_fragment = "memref.lark"

    def asm_result_names(self) -> list:
        """Upstream's getAsmResultNames."""
        return [(self.results[0], self.asm_name)]

    def mixed(self, name: str) -> list:
        """getMixedOffsets/Sizes/Strides: an int for a static entry, else its Value."""
        values = iter(getattr(self, name))
        return [next(values) if v == DYNAMIC else v for v in statics(self, "static_" + name)]

    def is_identity(self, t: Any) -> bool:
        """foldIdentityOffsetSizeAndStrideOpInterface: zero offsets, unit strides and the
        leading sizes of `t`, all known constants."""
        if any(constant_int(v) != 0 for v in self.mixed("offsets")):
            return False
        if any(constant_int(v) != d for v, d in zip(self.mixed("sizes"), t.shape)):
            return False
        return all(constant_int(v) == 1 for v in self.mixed("strides"))

    def dropped_dims(self) -> set[int]:
        """ExtractSliceOp::getDroppedDims: the unit sizes the result type does not keep."""
        shape = self.results[0].type.shape  # type: ignore[attr-defined]
        dropped: set[int] = set()
        pos = 0
        for i, size in enumerate(self.mixed("sizes")):
            c = constant_int(size)
            if c != 1 or (pos < len(shape) and shape[pos] == 1):
                pos += 1
                continue
            dropped.add(i)
        return dropped

    def verify_slice(self, full: Any, part: Any) -> None:
        """The interface verifier, then `part` against the slice of `full`, then bounds."""
        rank = len(full.shape)
        msg = verify_offset_size_stride(self, (rank, rank, rank))
        if msg is None:
            offsets, sizes, strides = (
                statics(self, n) for n in ("static_offsets", "static_sizes", "static_strides")
            )
            msg = slice_type_error(infer_slice_type(full, sizes), part)
            if msg is None:
                msg = verify_in_bounds_slice(full.shape, offsets, sizes, strides)
        if msg is not None:
            raise error(self, msg)


class ExtractSliceOp(SliceOp):
    """A slice of a ranked tensor, possibly dropping unit dimensions.

    Example: `%s = tensor.extract_slice %t[0, %i] [4, 1] [1, 1] : tensor<8x?xf32> to tensor<4xf32>`
    """

    name = "tensor.extract_slice"
    asm_name = "extracted_slice"
    traits = (AttrSizedOperandSegments, Pure)
    source = Operand(AnyRankedTensor)
    offsets = Operand(Index, VARIADIC)
    sizes = Operand(Index, VARIADIC)
    strides = Operand(Index, VARIADIC)
    static_offsets = Attr(DenseI64ArrayAttr)
    static_sizes = Attr(DenseI64ArrayAttr)
    static_strides = Attr(DenseI64ArrayAttr)
    result = Result(AnyRankedTensor)
    assembly_format = (
        "$source `` " + _FORMAT_LISTS + "attr-dict `:` type($source) `to` type($result)"
    )

    def verify(self) -> None:
        self.verify_slice(self.source.type, self.result.type)

    def fold(self, operands: list) -> list | None:
        """extract_slice of a splat constant -> the splat of the result's static shape;
        an identity slice of the source's own type -> the source."""
        source, t = operands[0], self.result.type
        if isinstance(source, A.DenseElementsAttr) and source.splat and DYNAMIC not in t.shape:
            return [A.DenseElementsAttr(t, source.values)]
        if self.source.type is t and self.is_identity(t):
            return [self.source]
        return None


class InsertSliceOp(SliceOp):
    """A copy of a ranked tensor with a slice replaced by another tensor.

    Example:
    `%r = tensor.insert_slice %s into %t[0, %i] [4, 1] [1, 1] : tensor<4xf32> into tensor<8x?xf32>`
    """

    name = "tensor.insert_slice"
    asm_name = "inserted_slice"
    traits = (AttrSizedOperandSegments, DestinationStyleOpInterface, Pure)
    source = Operand(AnyRankedTensor)
    dest = Operand(AnyRankedTensor)
    offsets = Operand(Index, VARIADIC)
    sizes = Operand(Index, VARIADIC)
    strides = Operand(Index, VARIADIC)
    static_offsets = Attr(DenseI64ArrayAttr)
    static_sizes = Attr(DenseI64ArrayAttr)
    static_strides = Attr(DenseI64ArrayAttr)
    result = Result(AnyRankedTensor)
    type_relations = (types_match_with("dest", "result", lambda t: t),)
    assembly_format = (
        "$source `into` $dest `` "
        + _FORMAT_LISTS
        + "attr-dict `:` type($source) `into` type($dest)"
    )

    def verify(self) -> None:
        what = "expected result type to match dest type"
        match_with(self, self.result.type, self.dest.type, what)
        self.verify_slice(self.dest.type, self.source.type)

    def fold(self, operands: list) -> list | None:
        """An identity insert of a static tensor of the dest's type -> the source; an
        insert with a zero size -> the dest."""
        src, t = self.source.type, self.result.type
        if src is t and DYNAMIC not in t.shape and self.is_identity(t):
            return [self.source]
        if any(constant_int(v) == 0 for v in self.mixed("sizes")):
            return [self.dest]
        return None


SLICE_OPS = (ExtractSliceOp, InsertSliceOp)
