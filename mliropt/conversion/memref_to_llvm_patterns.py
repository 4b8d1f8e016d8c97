"""The patterns of `finalize-memref-to-llvm` (upstream's MemRefToLLVM.cpp): alloc
calls malloc (or aligned_alloc, or the generic allocation functions) and builds the
descriptor, alloca becomes llvm.alloca, dealloc calls free, load/store address the
element through the strides, dim reads the descriptor, cast keeps, promotes or loads it."""

from __future__ import annotations

from typing import Any

from mliropt.conversion.llvm_common.descriptor import MemRefDescriptor, index_constant, poison
from mliropt.conversion.llvm_common.pattern import (
    GEP_INBOUNDS,
    GEP_NUW,
    ConvertOpToLLVMPattern,
    call,
    get_strided_element_ptr,
    lookup_or_create_fn,
    memref_descriptor_sizes,
)
from mliropt.conversion.llvm_common.type_converter import memory_space_of
from mliropt.dialects import llvm as L
from mliropt.dialects.llvm import types as LT
from mliropt.ir import attributes as A
from mliropt.ir import types as T
from mliropt.rewrite.folding import constant_value


def _identity(t: Any) -> bool:
    return isinstance(t, T.MemRefType) and t.layout is None


def _elem_size(converter: Any, t: T.MemRefType) -> int:
    return max(1, LT.primitive_size_in_bits(converter.convert_type(t.element_type)) // 8)


def create_descriptor(
    rw: Any,
    loc: Any,
    converter: Any,
    t: Any,
    allocated: Any,
    aligned: Any,
    sizes: list,
    strides: list,
) -> Any:
    """A descriptor with offset 0 (upstream's createMemRefDescriptor)."""
    d = MemRefDescriptor(poison(rw, loc, converter.convert_type(t)))
    d.insert(rw, loc, [0], allocated)
    d.insert(rw, loc, [1], aligned)
    d.insert(rw, loc, [2], index_constant(rw, loc, converter.index_type, 0))
    for i, s in enumerate(sizes):
        d.insert(rw, loc, [3, i], s)
    for i, s in enumerate(strides):
        d.insert(rw, loc, [4, i], s)
    return d.value


def _aligned(rw: Any, loc: Any, idx_t: Any, value: Any, alignment: Any) -> Any:
    """`value` rounded up to a multiple of `alignment` (upstream's createAligned)."""
    ovf: dict[str, A.Attribute] = {}
    one = index_constant(rw, loc, idx_t, 1)
    bump = rw.create(L.SubOp, [alignment, one], [idx_t], None, ovf, location=loc).results[0]
    bumped = rw.create(L.AddOp, [value, bump], [idx_t], None, ovf, location=loc).results[0]
    mod = rw.create(L.URemOp, [bumped, alignment], [idx_t], location=loc).results[0]
    return rw.create(L.SubOp, [bumped, mod], [idx_t], None, ovf, location=loc).results[0]


class AllocOpLowering(ConvertOpToLLVMPattern):
    """`memref.alloc` -> a call to the allocation function and a descriptor."""

    root = "memref.alloc"

    def __init__(self, converter: Any, aligned_alloc: bool = False, generic: bool = False) -> None:
        super().__init__(converter)
        self.aligned_alloc = aligned_alloc
        self.generic = generic

    def rewrite(self, op: Any, adaptor: Any, rw: Any) -> bool:
        t = op.result.type
        converter = self.type_converter
        if not _identity(t) or converter.convert_type(t) is None:
            return False
        loc = op.location
        sizes, strides, size = memref_descriptor_sizes(rw, loc, converter, t, adaptor.operands)
        space = memory_space_of(t)
        ptr = LT.LLVMPointerType(space or 0)
        idx_t = converter.index_type
        alignment_attr = op.properties.get("alignment")
        if self.aligned_alloc:
            if alignment_attr is not None:
                alignment = alignment_attr.value
            else:
                elem = _elem_size(converter, t)
                alignment = max(16, 1 << (elem - 1).bit_length())
            align_v = index_constant(rw, loc, idx_t, alignment)
            # The size is a multiple of the element size times the static sizes.
            divisor = _elem_size(converter, t)
            for d in t.shape:
                if d != T.DYNAMIC:
                    divisor *= d
            if divisor % alignment:
                size = _aligned(rw, loc, idx_t, size, align_v)
            name = "_mlir_memref_to_llvm_aligned_alloc" if self.generic else "aligned_alloc"
            fn = lookup_or_create_fn(rw, op, name, [idx_t, idx_t], LT.LLVMPointerType())
            allocated = call(rw, loc, fn, [align_v, size]).results[0]
            aligned = allocated
        else:
            align_v = None
            if alignment_attr is not None:
                align_v = index_constant(rw, loc, idx_t, alignment_attr.value)
            elif not _int_index_or_float(t.element_type):
                from mliropt.conversion.llvm_common.pattern import size_in_bytes

                align_v = size_in_bytes(rw, loc, converter, t.element_type)
            if align_v is not None:
                size = rw.create(L.AddOp, [size, align_v], [idx_t], location=loc).results[0]
            name = "_mlir_memref_to_llvm_alloc" if self.generic else "malloc"
            fn = lookup_or_create_fn(rw, op, name, [idx_t], LT.LLVMPointerType())
            allocated = call(rw, loc, fn, [size]).results[0]
            aligned = allocated
            if align_v is not None:
                as_int = rw.create(L.PtrToIntOp, [allocated], [idx_t], location=loc).results[0]
                rounded = _aligned(rw, loc, idx_t, as_int, align_v)
                aligned = rw.create(L.IntToPtrOp, [rounded], [ptr], location=loc).results[0]
        desc = create_descriptor(rw, loc, converter, t, allocated, aligned, sizes, strides)
        rw.replace_op(op, [desc])
        return True


def _int_index_or_float(t: Any) -> bool:
    return (isinstance(t, T.IntegerType) and t.signedness == 0) or isinstance(
        t, (T.IndexType, T.FloatType)
    )


class AllocaOpLowering(ConvertOpToLLVMPattern):
    """`memref.alloca` -> `llvm.alloca` of the element count and a descriptor."""

    root = "memref.alloca"

    def rewrite(self, op: Any, adaptor: Any, rw: Any) -> bool:
        t = op.result.type
        converter = self.type_converter
        if not _identity(t) or converter.convert_type(t) is None:
            return False
        loc = op.location
        sizes, strides, count = memref_descriptor_sizes(
            rw, loc, converter, t, adaptor.operands, size_in_bytes=False
        )
        elem = converter.convert_type(t.element_type)
        ptr = LT.LLVMPointerType(memory_space_of(t) or 0)
        alignment = op.properties.get("alignment")
        props: dict = {"elem_type": A.TypeAttr(elem)}
        if alignment is not None and alignment.value:
            props["alignment"] = A.IntegerAttr(T.IntegerType(64), alignment.value)
        allocated = rw.create(L.AllocaOp, [count], [ptr], None, props, location=loc).results[0]
        desc = create_descriptor(rw, loc, converter, t, allocated, allocated, sizes, strides)
        rw.replace_op(op, [desc])
        return True


class DeallocOpLowering(ConvertOpToLLVMPattern):
    """`memref.dealloc` -> `free(allocated pointer)`."""

    root = "memref.dealloc"

    def __init__(self, converter: Any, generic: bool = False) -> None:
        super().__init__(converter)
        self.generic = generic

    def rewrite(self, op: Any, adaptor: Any, rw: Any) -> bool:
        name = "_mlir_memref_to_llvm_free" if self.generic else "free"
        fn = lookup_or_create_fn(rw, op, name, [LT.LLVMPointerType()], LT.LLVMVoidType())
        loc = op.location
        desc = MemRefDescriptor(adaptor.operands[0])
        if isinstance(op.operands[0].type, T.UnrankedMemRefType):
            return False
        ptr = desc.allocated_ptr(rw, loc)
        new = call(rw, loc, fn, [ptr])
        rw.replace_op(op, new.results)
        return True


class LoadOpLowering(ConvertOpToLLVMPattern):
    """`memref.load` -> `llvm.load` of the element's address (inbounds, nuw)."""

    root = "memref.load"

    def rewrite(self, op: Any, adaptor: Any, rw: Any) -> bool:
        t = op.operands[0].type
        converter = self.type_converter
        loc = op.location
        ptr = get_strided_element_ptr(
            rw, loc, converter, t, adaptor.memref, adaptor.indices, GEP_INBOUNDS | GEP_NUW
        )
        props = _access_props(op)
        elem = converter.convert_type(t.element_type)
        rw.replace_op_with_new(op, L.LoadOp, [ptr], [elem], None, props)
        return True


def _access_props(op: Any) -> dict:
    props: dict = {}
    alignment = op.properties.get("alignment")
    if alignment is not None and alignment.value:
        props["alignment"] = A.IntegerAttr(T.IntegerType(64), alignment.value)
    nt = op.properties.get("nontemporal")
    if nt is not None and nt.value:
        props["nontemporal"] = A.UnitAttr()
    return props


class StoreOpLowering(ConvertOpToLLVMPattern):
    """`memref.store` -> `llvm.store` to the element's address (inbounds, nuw)."""

    root = "memref.store"

    def rewrite(self, op: Any, adaptor: Any, rw: Any) -> bool:
        t = op.operands[1].type
        loc = op.location
        ptr = get_strided_element_ptr(
            rw,
            loc,
            self.type_converter,
            t,
            adaptor.memref,
            adaptor.indices,
            GEP_INBOUNDS | GEP_NUW,
        )
        rw.replace_op_with_new(op, L.StoreOp, [adaptor.value, ptr], [], None, _access_props(op))
        return True


class DimOpLowering(ConvertOpToLLVMPattern):
    """`memref.dim` with a constant index -> the static size or the descriptor's."""

    root = "memref.dim"

    def rewrite(self, op: Any, adaptor: Any, rw: Any) -> bool:
        t = op.operands[0].type
        if not isinstance(t, T.MemRefType):
            return False
        owner = op.operands[1].owner_op
        cst = constant_value(owner) if owner is not None else None
        if not isinstance(cst, A.IntegerAttr):
            return False
        i = cst.value
        if not 0 <= i < len(t.shape):
            return False
        loc = op.location
        if t.shape[i] == T.DYNAMIC:
            value = MemRefDescriptor(adaptor.operands[0]).size(rw, loc, i)
        else:
            value = index_constant(rw, loc, self.type_converter.index_type, t.shape[i])
        rw.replace_op(op, [value])
        return True


class MemRefCastOpLowering(ConvertOpToLLVMPattern):
    """`memref.cast`: ranked to ranked keeps the descriptor; ranked to unranked stores
    the descriptor in an alloca and builds `(rank, ptr)`; unranked to ranked loads it
    (upstream's MemRefCastOpLowering)."""

    root = "memref.cast"

    def rewrite(self, op: Any, adaptor: Any, rw: Any) -> bool:
        src_t = op.operands[0].type
        dst_t = op.result.type
        converter = self.type_converter
        source = adaptor.operands[0]
        loc = op.location
        src_ranked = isinstance(src_t, T.MemRefType)
        dst_ranked = isinstance(dst_t, T.MemRefType)
        if src_ranked and dst_ranked:
            if converter.convert_type(src_t) != converter.convert_type(dst_t):
                return False
            rw.replace_op(op, [source])
            return True
        target = converter.convert_type(dst_t)
        if target is None:
            return False
        if src_ranked:
            # promoteOneMemRefDescriptor: alloca one descriptor, store the source in it.
            # Upstream's promoteOneMemRefDescriptor counts the alloca in i64.
            one = index_constant(rw, loc, T.i64, 1)
            ptr_t = LT.LLVMPointerType()
            props = {"elem_type": A.TypeAttr(source.type)}
            ptr = rw.create(L.AllocaOp, [one], [ptr_t], None, props, location=loc).results[0]
            rw.create(L.StoreOp, [source, ptr], [], location=loc)
            rank = index_constant(rw, loc, converter.index_type, len(src_t.shape))
            d = MemRefDescriptor(poison(rw, loc, target))
            d.insert(rw, loc, [0], rank)
            d.insert(rw, loc, [1], ptr)
            rw.replace_op(op, [d.value])
            return True
        if dst_ranked:
            ptr = MemRefDescriptor(source).extract(rw, loc, [1])
            rw.replace_op_with_new(op, L.LoadOp, [ptr], [target])
            return True
        return False


def memref_to_llvm_patterns(
    converter: Any, aligned_alloc: bool = False, generic: bool = False
) -> list:
    """The patterns (upstream's populateFinalizeMemRefToLLVMConversionPatterns, the
    allocation, access and dim lowerings)."""
    from mliropt.conversion.memref_to_llvm_views import memref_view_patterns

    return [
        *memref_view_patterns(converter),
        AllocOpLowering(converter, aligned_alloc, generic),
        AllocaOpLowering(converter),
        DeallocOpLowering(converter, generic),
        MemRefCastOpLowering(converter),
        DimOpLowering(converter),
        LoadOpLowering(converter),
        StoreOpLowering(converter),
    ]
