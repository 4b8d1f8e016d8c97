"""Metadata ops of the memref dialect: dim, rank, extract_strided_metadata and
extract_aligned_pointer_as_index."""

from __future__ import annotations

from mliropt.dialects.memref.constraints import (
    AnyNon0RankedOrUnrankedMemRef,
    AnyRankedOrUnrankedMemRef,
    AnyStridedMemRef,
    AnyStridedMemRefOfRank0,
)
from mliropt.dialects.memref.fold import fold_memref_cast
from mliropt.dialects.memref.layout import strides_and_offset
from mliropt.dialects.memref.views import NamedResultOp
from mliropt.dialects.ods import (
    VARIADIC,
    Index,
    MemRefsNormalizable,
    NoMemoryEffect,
    Op,
    Operand,
    Pure,
    Result,
    Trait,
    VerifyError,
)
from mliropt.ir import attributes as A
from mliropt.ir import types as T
from mliropt.ir.interfaces import ShapedDimOpInterface
from mliropt.ir.types import DYNAMIC

# ODS's SameVariadicResultSize: the variadic results split evenly (sizes, strides).
SameVariadicResultSize = Trait("SameVariadicResultSize")


def index_attr(v: int) -> A.IntegerAttr:
    """An `index` integer attribute."""
    return A.IntegerAttr(T.index, v)


class DimOp(ShapedDimOpInterface, NamedResultOp):
    """The size of one dimension of a memref.

    Example: `%d = memref.dim %A, %c1 : memref<4x?xf32>`
    """

    name = "memref.dim"
    asm_name = "dim"
    ranked_type = T.MemRefType
    traits = (MemRefsNormalizable, NoMemoryEffect)
    source = Operand(AnyNon0RankedOrUnrankedMemRef)
    index = Operand(Index)
    result = Result(Index)
    assembly_format = "attr-dict $source `,` $index `:` type($source)"

    def fold(self, operands: list) -> list | None:
        """dim of a static size -> constant; of a dynamic size -> the size operand of
        the alloc/alloca/view/subview defining the memref; dim(cast) -> dim."""
        index = operands[1]
        t = self.source.type
        if not isinstance(index, A.IntegerAttr) or not isinstance(t, T.MemRefType):
            return None
        i = index.value
        if i < 0 or i >= len(t.shape):
            return None
        if t.shape[i] != DYNAMIC:
            return [index_attr(t.shape[i])]
        dyn_index = sum(1 for d in t.shape[:i] if d == DYNAMIC)
        producer = self.source.owner_op
        name = producer.name if producer is not None else ""
        if name in ("memref.alloc", "memref.alloca"):
            return [producer.dynamicSizes[dyn_index]]
        if name == "memref.view":
            return [producer.sizes[dyn_index]]
        if name == "memref.subview":
            dropped = producer.dropped_dims()
            kept = [d for d in range(len(producer.source.type.shape)) if d not in dropped]
            return [producer.mixed("sizes")[kept[i]]]
        return [self.result] if fold_memref_cast(self) else None


class RankOp(Op):
    """The rank of a memref.

    Example: `%r = memref.rank %A : memref<*xf32>`
    """

    name = "memref.rank"
    traits = (Pure,)
    memref = Operand(AnyRankedOrUnrankedMemRef)
    result = Result(Index)
    assembly_format = "$memref attr-dict `:` type($memref)"

    def fold(self, operands: list) -> list | None:
        """rank of a ranked memref -> constant."""
        t = self.memref.type
        return [index_attr(len(t.shape))] if isinstance(t, T.MemRefType) else None


class ExtractAlignedPointerAsIndexOp(NamedResultOp):
    """The aligned pointer of a memref, as an index.

    Example: `%p = memref.extract_aligned_pointer_as_index %m : memref<4xf32> -> index`
    """

    name = "memref.extract_aligned_pointer_as_index"
    asm_name = "intptr"
    traits = (Pure,)
    source = Operand(AnyRankedOrUnrankedMemRef)
    aligned_pointer = Result(Index)
    assembly_format = "$source `:` type($source) `->` type(results) attr-dict"


def metadata_types(t: T.Type) -> list[T.Type] | None:
    """ExtractStridedMetadataOp::inferReturnTypes."""
    if not isinstance(t, T.MemRefType):
        return None
    base = T.MemRefType((), t.element_type, None, t.memory_space)
    return [base, T.index] + [T.index] * (2 * len(t.shape))


class ExtractStridedMetadataOp(Op):
    """The base buffer, offset, sizes and strides of a strided memref.

    Example: `%b, %o, %s, %t = memref.extract_strided_metadata %m : memref<4xf32> -> ...`
    """

    name = "memref.extract_strided_metadata"
    traits = (Pure, SameVariadicResultSize)
    source = Operand(AnyStridedMemRef)
    base_buffer = Result(AnyStridedMemRefOfRank0)
    offset = Result(Index)
    sizes = Result(Index, VARIADIC)
    strides = Result(Index, VARIADIC)
    assembly_format = "$source `:` type($source) `->` type(results) attr-dict"

    def asm_result_names(self) -> list:
        """`%base_buffer, %offset, %sizes:N, %strides:N`."""
        names = [(self.results[0], "base_buffer"), (self.results[1], "offset")]
        if len(self.results) > 2:
            n = (len(self.results) - 2) // 2
            names += [(self.results[2], "sizes"), (self.results[2 + n], "strides")]
        return names

    def verify(self) -> None:
        inferred = metadata_types(self.source.type)
        actual = [r.type for r in self.results]
        if inferred is not None and inferred != actual:
            raise VerifyError(
                self,
                "inferred type(s) "
                + ", ".join(f"'{t}'" for t in inferred)
                + " are incompatible with return type(s) of operation "
                + ", ".join(f"'{t}'" for t in actual),
            )

    def fold(self, operands: list) -> list | None:
        """Uses of an offset/size/stride that the source type knows statically get a
        constant; extract_strided_metadata(cast(x)) -> extract_strided_metadata(x)."""
        from mliropt.dialects.memref.rewrites import replace_constant_uses

        t = self.source.type
        so = strides_and_offset(t)
        assert so is not None
        n = len(t.shape)
        changed = replace_constant_uses(self, [self.results[1]], [so[1]])
        changed |= replace_constant_uses(self, self.results[2 : 2 + n], list(t.shape))
        changed |= replace_constant_uses(self, self.results[2 + n :], so[0])
        cast = self.source.owner_op
        if (
            cast is not None
            and cast.name == "memref.cast"
            and isinstance(cast.operand(0).type, T.MemRefType)
        ):
            self.op_operands[0].set(cast.operand(0))
            changed = True
        return list(self.results) if changed else None


METADATA_OPS = (DimOp, RankOp, ExtractAlignedPointerAsIndexOp, ExtractStridedMetadataOp)
