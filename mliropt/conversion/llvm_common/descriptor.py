"""Memref descriptors (upstream's MemRefBuilder.cpp): a struct value with the
allocated and aligned pointers, the offset, and the sizes and strides arrays
(`(size, ptr)` for an unranked memref), read and built with extractvalue and
insertvalue."""

from __future__ import annotations

from typing import Any

from mliropt.ir import attributes as A
from mliropt.ir import types as T


def position(indices: list[int]) -> A.DenseArrayAttr:
    """An insertvalue/extractvalue `position` property."""
    return A.DenseArrayAttr(T.IntegerType(64), tuple(indices))


def index_constant(builder: Any, loc: Any, index_type: Any, value: int) -> Any:
    """`llvm.mlir.constant(value : index) : iN` (upstream's createIndexAttrConstant)."""
    from mliropt.dialects.llvm import ConstantOp

    attr = A.IntegerAttr(T.IndexType(), value)
    return builder.create(
        ConstantOp, [], [index_type], None, {"value": attr}, location=loc
    ).results[0]


def poison(builder: Any, loc: Any, t: Any) -> Any:
    """`llvm.mlir.poison : t`."""
    from mliropt.dialects.llvm import PoisonOp

    return builder.create(PoisonOp, [], [t], location=loc).results[0]


class MemRefDescriptor:
    """Access to the fields of a (ranked or unranked) memref descriptor value."""

    def __init__(self, value: Any) -> None:
        self.value = value

    @property
    def struct_type(self) -> Any:
        """The descriptor's struct type."""
        return self.value.type

    def extract(self, builder: Any, loc: Any, pos: list[int]) -> Any:
        """`llvm.extractvalue` at `pos`."""
        from mliropt.dialects.llvm import ExtractValueOp

        t = self.struct_type
        for i in pos:
            t = t.body[i] if hasattr(t, "body") else t.element_type
        props = {"position": position(pos)}
        return builder.create(ExtractValueOp, [self.value], [t], None, props, location=loc).results[
            0
        ]

    def insert(self, builder: Any, loc: Any, pos: list[int], v: Any) -> None:
        """`llvm.insertvalue` at `pos` (the descriptor value becomes the result)."""
        from mliropt.dialects.llvm import InsertValueOp

        props = {"position": position(pos)}
        op = builder.create(
            InsertValueOp, [self.value, v], [self.struct_type], None, props, location=loc
        )
        self.value = op.results[0]

    def allocated_ptr(self, b: Any, loc: Any) -> Any:
        """Field 0."""
        return self.extract(b, loc, [0])

    def aligned_ptr(self, b: Any, loc: Any) -> Any:
        """Field 1."""
        return self.extract(b, loc, [1])

    def offset(self, b: Any, loc: Any) -> Any:
        """Field 2."""
        return self.extract(b, loc, [2])

    def size(self, b: Any, loc: Any, i: int) -> Any:
        """Size `i`."""
        return self.extract(b, loc, [3, i])

    def stride(self, b: Any, loc: Any, i: int) -> Any:
        """Stride `i`."""
        return self.extract(b, loc, [4, i])

    def unpack(self, b: Any, loc: Any, t: T.MemRefType) -> list:
        """The fields as separate values: pointers, offset, sizes, strides."""
        out = [self.allocated_ptr(b, loc), self.aligned_ptr(b, loc), self.offset(b, loc)]
        out.extend(self.size(b, loc, i) for i in range(len(t.shape)))
        out.extend(self.stride(b, loc, i) for i in range(len(t.shape)))
        return out

    def buffer_ptr(self, b: Any, loc: Any, converter: Any, t: T.MemRefType) -> Any:
        """The aligned pointer moved by the offset (when not a static 0)."""
        from mliropt.conversion.llvm_common.type_converter import strides_and_offset

        _, offset = strides_and_offset(t)  # type: ignore[misc]
        ptr = self.aligned_ptr(b, loc)
        if offset == 0:
            return ptr
        if offset == T.DYNAMIC:
            off = self.offset(b, loc)
        else:
            off = index_constant(b, loc, converter.index_type, offset)
        elem = converter.convert_type(t.element_type)
        return gep(b, loc, ptr.type, elem, ptr, [off])


def gep(
    b: Any, loc: Any, ptr_type: Any, elem: Any, base: Any, indices: list, flags: int = 0
) -> Any:
    """`llvm.getelementptr` with dynamic (Value) and constant (int) indices."""
    from mliropt.dialects.llvm import GEPOp

    dynamic = [i for i in indices if not isinstance(i, int)]
    raw = [GEP_DYNAMIC if not isinstance(i, int) else i for i in indices]
    props = {
        "rawConstantIndices": A.DenseArrayAttr(T.i32, tuple(raw)),
        "elem_type": A.TypeAttr(elem),
        "noWrapFlags": A.IntegerAttr(T.i32, flags),
    }
    return b.create(GEPOp, [base, *dynamic], [ptr_type], None, props, location=loc).results[0]


# The rawConstantIndices entry of a dynamic index (upstream's GEPOp::kDynamicIndex).
GEP_DYNAMIC = -2147483648


def pack_ranked(b: Any, loc: Any, converter: Any, t: T.MemRefType, inputs: list) -> Any:
    """A descriptor from its unpacked fields, or from a bare pointer of a static memref
    (upstream's packRankedMemRefDesc); None when the inputs do not fit."""
    from mliropt.dialects.llvm import types as LT

    struct = converter.convert_type(t)
    if struct is None:
        return None
    if len(inputs) == 1:
        if not isinstance(inputs[0].type, LT.LLVMPointerType):
            return None
        return from_static_shape(b, loc, converter, t, inputs[0])
    rank = len(t.shape)
    if len(inputs) != 3 + 2 * rank:
        return None
    d = MemRefDescriptor(poison(b, loc, struct))
    d.insert(b, loc, [0], inputs[0])
    d.insert(b, loc, [1], inputs[1])
    d.insert(b, loc, [2], inputs[2])
    for i in range(rank):
        d.insert(b, loc, [3, i], inputs[3 + i])
        d.insert(b, loc, [4, i], inputs[3 + rank + i])
    return d.value


def pack_unranked(b: Any, loc: Any, converter: Any, t: Any, inputs: list) -> Any:
    """An unranked descriptor from (rank, pointer) (upstream's packUnrankedMemRefDesc)."""
    struct = converter.convert_type(t)
    if struct is None or len(inputs) != 2:
        return None
    d = MemRefDescriptor(poison(b, loc, struct))
    d.insert(b, loc, [0], inputs[0])
    d.insert(b, loc, [1], inputs[1])
    return d.value


def from_static_shape(b: Any, loc: Any, converter: Any, t: T.MemRefType, ptr: Any) -> Any:
    """A descriptor of a static memref around a bare pointer."""
    from mliropt.conversion.llvm_common.type_converter import strides_and_offset

    strides, offset = strides_and_offset(t)  # type: ignore[misc]
    d = MemRefDescriptor(poison(b, loc, converter.convert_type(t)))
    idx = converter.index_type
    d.insert(b, loc, [0], ptr)
    d.insert(b, loc, [1], ptr)
    d.insert(b, loc, [2], index_constant(b, loc, idx, offset))
    for i, size in enumerate(t.shape):
        d.insert(b, loc, [3, i], index_constant(b, loc, idx, size))
        d.insert(b, loc, [4, i], index_constant(b, loc, idx, strides[i]))
    return d.value
