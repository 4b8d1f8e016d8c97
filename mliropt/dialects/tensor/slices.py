"""The slice ops of the tensor dialect: extract_slice and insert_slice, with the
offsets/sizes/strides syntax and checks memref.subview shares (OffsetSizeAndStride-
OpInterface, `custom<DynamicIndexList>`), upstream MLIR 22's verifiers and messages.
They have no folders or canonicalization patterns yet."""

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
from mliropt.ir import types as T
from mliropt.ir.types import DYNAMIC

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


SLICE_OPS = (ExtractSliceOp, InsertSliceOp)
