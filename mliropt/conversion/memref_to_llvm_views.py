"""More patterns of `finalize-memref-to-llvm` (upstream's MemRefToLLVM.cpp): globals and
get_global, rank, copy, atomic_rmw, reinterpret_cast, extract_strided_metadata,
extract_aligned_pointer_as_index, memory_space_cast, view, transpose, prefetch,
assume_alignment, alloca_scope and generic_atomic_rmw."""

from __future__ import annotations

from typing import Any

from mliropt.conversion.llvm_common.descriptor import (
    MemRefDescriptor,
    gep,
    index_constant,
    poison,
)
from mliropt.conversion.llvm_common.pattern import (
    ConvertOpToLLVMPattern,
    call,
    get_strided_element_ptr,
    lookup_or_create_fn,
    memref_descriptor_sizes,
    size_in_bytes,
)
from mliropt.conversion.llvm_common.type_converter import memory_space_of, strides_and_offset
from mliropt.dialects import llvm as L
from mliropt.dialects.llvm import attributes as LA
from mliropt.dialects.llvm import types as LT
from mliropt.ir import attributes as A
from mliropt.ir import types as T


def global_type(converter: Any, t: T.MemRefType) -> Any:
    """The LLVM type of a memref.global: nested arrays of the element type
    (upstream's convertGlobalMemrefTypeToLLVM)."""
    out = converter.convert_type(t.element_type)
    for d in reversed(t.shape):
        out = LT.LLVMArrayType(d, out)
    return out


def _convertible_identity(converter: Any, t: Any) -> bool:
    """Upstream's isConvertibleAndHasIdentityMaps."""
    return (
        isinstance(t, T.MemRefType)
        and converter.convert_type(t) is not None
        and (t.layout is None or getattr(t.layout, "is_identity", lambda: False)())
    )


class GlobalMemrefOpLowering(ConvertOpToLLVMPattern):
    """`memref.global` -> `llvm.mlir.global` of nested arrays (a scalar for rank 0);
    uninitialized globals get an undef initializer region."""

    root = "memref.global"

    def rewrite(self, op: Any, adaptor: Any, rw: Any) -> bool:
        t = op.properties["type"].value
        converter = self.type_converter
        if not _convertible_identity(converter, t):
            return False
        space = memory_space_of(t)
        if space is None:
            return False
        array_t = global_type(converter, t)
        visibility = op.properties.get("sym_visibility")
        public = visibility is None or visibility.value == "public"
        init = op.properties.get("initial_value")
        external = init is None
        uninitialized = isinstance(init, A.UnitAttr)
        props: dict = {
            "global_type": A.TypeAttr(array_t),
            "sym_name": op.properties["sym_name"],
            "linkage": LA.EXTERNAL if public else LA.LinkageAttr("private"),
            "addr_space": A.IntegerAttr(T.i32, space),
        }
        if op.properties.get("constant") is not None:
            props["constant"] = A.UnitAttr()
        if not external and not uninitialized:
            value = init
            if not t.shape:
                value = _splat_value(init)
                if value is None:
                    return False
            props["value"] = value
        alignment = op.properties.get("alignment")
        if alignment is not None and alignment.value:
            props["alignment"] = alignment
        new = rw.replace_op_with_new(op, L.GlobalOp, [], [], None, props)
        if not external and uninitialized:
            rw.create_block(new.regions[0])
            loc = new.location
            undef = rw.create(L.UndefOp, [], [array_t], location=loc).results[0]
            rw.create(L.ReturnOp, [undef], [], location=loc)
        return True


def _splat_value(attr: Any) -> Any:
    """The single element of a rank-0 dense elements attribute, as an attribute."""
    if not isinstance(attr, A.DenseElementsAttr) or not attr.values:
        return None
    et = attr.type.element_type
    v = attr.values[0]
    if isinstance(et, T.FloatType):
        return A.FloatAttr(et, v)
    if isinstance(et, (T.IntegerType, T.IndexType)):
        return A.IntegerAttr(et, v)
    return None


class GetGlobalMemrefOpLowering(ConvertOpToLLVMPattern):
    """`memref.get_global` -> a descriptor around the global's first element, its
    allocated pointer a known bad value (0xdeadbeef)."""

    root = "memref.get_global"

    def rewrite(self, op: Any, adaptor: Any, rw: Any) -> bool:
        from mliropt.conversion.memref_to_llvm_patterns import create_descriptor

        t = op.result.type
        converter = self.type_converter
        if not _convertible_identity(converter, t):
            return False
        space = memory_space_of(t)
        if space is None:
            return False
        loc = op.location
        sizes, strides, _ = memref_descriptor_sizes(rw, loc, converter, t, [])
        array_t = global_type(converter, t)
        ptr_t = LT.LLVMPointerType(space)
        name = A.FlatSymbolRefAttr(op.properties["name"].root)
        addr = rw.create(
            L.AddressOfOp, [], [ptr_t], None, {"global_name": name}, location=loc
        ).results[0]
        first = gep(rw, loc, ptr_t, array_t, addr, [0] * (len(t.shape) + 1))
        # An integer of the pointer's width (the data layout's 64 bits, upstream's
        # getIntPtrType), whatever the index bitwidth.
        dead = index_constant(rw, loc, T.i64, 0xDEADBEEF)
        dead_ptr = rw.create(L.IntToPtrOp, [dead], [ptr_t], location=loc).results[0]
        desc = create_descriptor(rw, loc, converter, t, dead_ptr, first, sizes, strides)
        rw.replace_op(op, [desc])
        return True


class RankOpLowering(ConvertOpToLLVMPattern):
    """`memref.rank` -> the static rank, or the unranked descriptor's rank field."""

    root = "memref.rank"

    def rewrite(self, op: Any, adaptor: Any, rw: Any) -> bool:
        t = op.operands[0].type
        loc = op.location
        if isinstance(t, T.UnrankedMemRefType):
            rank = MemRefDescriptor(adaptor.operands[0]).extract(rw, loc, [0])
            rw.replace_op(op, [rank])
            return True
        if not isinstance(t, T.MemRefType):
            return False
        value = index_constant(rw, loc, self.type_converter.index_type, len(t.shape))
        rw.replace_op(op, [value])
        return True


def _contiguous(t: Any) -> bool:
    """Upstream's isContiguousMemrefType: an identity layout, or a non-empty static
    shape with row-major contiguous strides (unit dimensions skipped)."""
    if not isinstance(t, T.MemRefType):
        return False
    if t.layout is None:
        return True
    if any(d == T.DYNAMIC for d in t.shape):
        return False
    n = 1
    for d in t.shape:
        n *= d
    so = strides_and_offset(t)
    if n == 0 or so is None:
        return False
    running = 1
    for size, stride in zip(reversed(t.shape), reversed(so[0])):
        if size == 1:
            continue
        if stride != running:
            return False
        running *= size
    return True


class MemRefCopyOpLowering(ConvertOpToLLVMPattern):
    """`memref.copy`: contiguous memrefs -> `llvm.intr.memcpy` of the element count
    times the element size; otherwise a call to `memrefCopy` with unranked
    descriptors on the stack."""

    root = "memref.copy"

    def rewrite(self, op: Any, adaptor: Any, rw: Any) -> bool:
        src_t = op.operands[0].type
        dst_t = op.operands[1].type
        if _contiguous(src_t) and _contiguous(dst_t):
            return self._memcpy(op, adaptor, rw, src_t)
        return self._function(op, adaptor, rw, src_t, dst_t)

    def _memcpy(self, op: Any, adaptor: Any, rw: Any, t: T.MemRefType) -> bool:
        converter = self.type_converter
        loc = op.location
        idx_t = converter.index_type
        src = MemRefDescriptor(adaptor.operands[0])
        n = index_constant(rw, loc, idx_t, 1)
        for i in range(len(t.shape)):
            size = src.size(rw, loc, i)
            n = rw.create(L.MulOp, [n, size], [idx_t], location=loc).results[0]
        elem_size = size_in_bytes(rw, loc, converter, t.element_type)
        total = rw.create(L.MulOp, [n, elem_size], [idx_t], location=loc).results[0]
        elem = converter.convert_type(t.element_type)
        ptrs = []
        for value in (adaptor.operands[0], adaptor.operands[1]):
            d = MemRefDescriptor(value)
            base = d.aligned_ptr(rw, loc)
            offset = d.offset(rw, loc)
            ptrs.append(gep(rw, loc, base.type, elem, base, [offset]))
        props = {"isVolatile": A.BoolAttr(False)}
        rw.create(L.MemcpyOp, [ptrs[1], ptrs[0], total], [], None, props, location=loc)
        rw.erase_op(op)
        return True

    def _function(self, op: Any, adaptor: Any, rw: Any, src_t: Any, dst_t: Any) -> bool:
        converter = self.type_converter
        loc = op.location
        idx_t = converter.index_type
        ptr_t = LT.LLVMPointerType()
        saved = rw.create(L.StackSaveOp, [], [ptr_t], location=loc).results[0]
        unranked = []
        for value, t in ((adaptor.operands[0], src_t), (adaptor.operands[1], dst_t)):
            if not isinstance(t, T.MemRefType):
                unranked.append(value)
                continue
            rank = rw.create(
                L.ConstantOp, [], [idx_t], None,
                {"value": A.IntegerAttr(idx_t, len(t.shape))}, location=loc,
            ).results[0]
            # Upstream's promoteOneMemRefDescriptor counts the alloca in i64.
            one = index_constant(rw, loc, T.i64, 1)
            props = {"elem_type": A.TypeAttr(value.type)}
            slot = rw.create(L.AllocaOp, [one], [ptr_t], None, props, location=loc).results[0]
            rw.create(L.StoreOp, [value, slot], [], location=loc)
            struct = LT.LLVMStructType.literal((idx_t, ptr_t))
            d = MemRefDescriptor(poison(rw, loc, struct))
            d.insert(rw, loc, [0], rank)
            d.insert(rw, loc, [1], slot)
            unranked.append(d.value)
        one = index_constant(rw, loc, idx_t, 1)
        slots = []
        for value in unranked:
            props = {"elem_type": A.TypeAttr(value.type)}
            slot = rw.create(L.AllocaOp, [one], [ptr_t], None, props, location=loc).results[0]
            rw.create(L.StoreOp, [value, slot], [], location=loc)
            slots.append(slot)
        elem_size = size_in_bytes(rw, loc, converter, src_t.element_type)
        fn = lookup_or_create_fn(
            rw, op, "memrefCopy", [idx_t, ptr_t, ptr_t], LT.LLVMVoidType()
        )
        call(rw, loc, fn, [elem_size, *slots])
        rw.create(L.StackRestoreOp, [saved], [], location=loc)
        rw.erase_op(op)
        return True


# memref.atomic_rmw kind -> llvm.atomicrmw bin_op (upstream's matchSimpleAtomicOp).
ATOMIC_KINDS = {
    "addf": "fadd",
    "maximumf": "fmaximum",
    "minimumf": "fminimum",
    "maxnumf": "fmax",
    "minnumf": "fmin",
    "addi": "add",
    "assign": "xchg",
    "maxs": "max",
    "mins": "min",
    "maxu": "umax",
    "minu": "umin",
    "ori": "_or",
    "xori": "_xor",
    "andi": "_and",
}


class AtomicRMWOpLowering(ConvertOpToLLVMPattern):
    """`memref.atomic_rmw kind` -> `llvm.atomicrmw` (acq_rel) at the element's address."""

    root = "memref.atomic_rmw"

    def rewrite(self, op: Any, adaptor: Any, rw: Any) -> bool:
        from mliropt.dialects.memref.access import _KIND_NAMES

        kind = ATOMIC_KINDS.get(_KIND_NAMES.get(op.properties["kind"].value, ""))
        t = op.operands[1].type
        if kind is None or strides_and_offset(t) is None:
            return False
        loc = op.location
        ptr = get_strided_element_ptr(
            rw, loc, self.type_converter, t, adaptor.memref, adaptor.indices
        )
        props = {
            "bin_op": LA.i64_enum(LA.ATOMIC_BIN_OPS[kind]),
            "ordering": LA.i64_enum(LA.ATOMIC_ORDERINGS["acq_rel"]),
        }
        value = adaptor.value
        rw.replace_op_with_new(op, L.AtomicRMWOp, [ptr, value], [value.type], None, props)
        return True


class ReinterpretCastOpLowering(ConvertOpToLLVMPattern):
    """`memref.reinterpret_cast` of a ranked memref -> a descriptor with the source's
    pointers and the given offset, sizes and strides."""

    root = "memref.reinterpret_cast"

    def rewrite(self, op: Any, adaptor: Any, rw: Any) -> bool:
        converter = self.type_converter
        t = op.result.type
        struct = converter.convert_type(t)
        if not isinstance(op.operands[0].type, T.MemRefType) or struct is None:
            return False
        loc = op.location
        idx_t = converter.index_type
        desc = MemRefDescriptor(poison(rw, loc, struct))
        source = MemRefDescriptor(adaptor.source)
        allocated = source.allocated_ptr(rw, loc)
        aligned = source.aligned_ptr(rw, loc)
        desc.insert(rw, loc, [0], allocated)
        desc.insert(rw, loc, [1], aligned)
        offsets = op.properties["static_offsets"].values
        sizes = op.properties["static_sizes"].values
        strides = op.properties["static_strides"].values
        dyn = {"offsets": iter(adaptor.offsets), "sizes": iter(adaptor.sizes),
               "strides": iter(adaptor.strides)}

        def value(static: int, kind: str) -> Any:
            if static == T.DYNAMIC:
                return next(dyn[kind])
            return index_constant(rw, loc, idx_t, static)

        desc.insert(rw, loc, [2], value(offsets[0], "offsets"))
        for i in range(len(t.shape)):
            desc.insert(rw, loc, [3, i], value(sizes[i], "sizes"))
            desc.insert(rw, loc, [4, i], value(strides[i], "strides"))
        rw.replace_op(op, [desc.value])
        return True


class ExtractStridedMetadataOpLowering(ConvertOpToLLVMPattern):
    """`memref.extract_strided_metadata` -> a rank-0 descriptor of the base buffer, and
    the offset, sizes and strides fields."""

    root = "memref.extract_strided_metadata"

    def rewrite(self, op: Any, adaptor: Any, rw: Any) -> bool:
        source_value = adaptor.operands[0]
        t = op.operands[0].type
        if not LT.is_compatible_type(source_value.type) or not isinstance(t, T.MemRefType):
            return False
        converter = self.type_converter
        loc = op.location
        source = MemRefDescriptor(source_value)
        allocated = source.allocated_ptr(rw, loc)
        aligned = source.aligned_ptr(rw, loc)
        base_t = op.results[0].type
        base = MemRefDescriptor(poison(rw, loc, converter.convert_type(base_t)))
        base.insert(rw, loc, [0], allocated)
        base.insert(rw, loc, [1], aligned)
        base.insert(rw, loc, [2], index_constant(rw, loc, converter.index_type, 0))
        rank = len(t.shape)
        results = [base.value, source.offset(rw, loc)]
        results += [source.size(rw, loc, i) for i in range(rank)]
        results += [source.stride(rw, loc, i) for i in range(rank)]
        rw.replace_op(op, results)
        return True


class ExtractAlignedPointerAsIndexOpLowering(ConvertOpToLLVMPattern):
    """`memref.extract_aligned_pointer_as_index` -> `llvm.ptrtoint` of the aligned
    pointer (of a ranked memref)."""

    root = "memref.extract_aligned_pointer_as_index"

    def rewrite(self, op: Any, adaptor: Any, rw: Any) -> bool:
        if not isinstance(op.operands[0].type, T.MemRefType):
            return False
        ptr = MemRefDescriptor(adaptor.operands[0]).aligned_ptr(rw, op.location)
        rw.replace_op_with_new(op, L.PtrToIntOp, [ptr], [self.type_converter.index_type])
        return True


class MemorySpaceCastOpLowering(ConvertOpToLLVMPattern):
    """`memref.memory_space_cast` of a ranked memref -> the descriptor with both
    pointers address-space cast."""

    root = "memref.memory_space_cast"

    def rewrite(self, op: Any, adaptor: Any, rw: Any) -> bool:
        src_t = op.operands[0].type
        dst_t = op.result.type
        converter = self.type_converter
        struct = converter.convert_type(dst_t)
        if not isinstance(src_t, T.MemRefType) or struct is None:
            return False
        space = memory_space_of(dst_t)
        if space is None:
            return False
        loc = op.location
        ptr_t = LT.LLVMPointerType(space)
        # Upstream unpacks the source, casts both pointers, then packs the result.
        fields = MemRefDescriptor(adaptor.operands[0]).unpack(rw, loc, src_t)
        for i in (0, 1):
            fields[i] = rw.create(L.AddrSpaceCastOp, [fields[i]], [ptr_t], location=loc).results[0]
        rank = len(src_t.shape)
        desc = MemRefDescriptor(poison(rw, loc, struct))
        for i in range(3):
            desc.insert(rw, loc, [i], fields[i])
        for i in range(rank):
            desc.insert(rw, loc, [3, i], fields[3 + i])
            desc.insert(rw, loc, [4, i], fields[3 + rank + i])
        rw.replace_op(op, [desc.value])
        return True


class ViewOpLowering(ConvertOpToLLVMPattern):
    """`memref.view` -> a descriptor over the source's aligned pointer moved by the
    byte shift, offset 0, contiguous row-major strides."""

    root = "memref.view"

    def rewrite(self, op: Any, adaptor: Any, rw: Any) -> bool:
        converter = self.type_converter
        t = op.result.type
        elem = converter.convert_type(t.element_type)
        struct = converter.convert_type(t)
        so = strides_and_offset(t)
        if elem is None or struct is None or so is None:
            return False
        strides, _ = so
        if strides and strides[-1] not in (0, 1):
            return False
        loc = op.location
        idx_t = converter.index_type
        source = MemRefDescriptor(adaptor.source)
        desc = MemRefDescriptor(poison(rw, loc, struct))
        desc.insert(rw, loc, [0], source.allocated_ptr(rw, loc))
        aligned = source.aligned_ptr(rw, loc)
        src_elem = converter.convert_type(op.operands[0].type.element_type)
        aligned = gep(rw, loc, aligned.type, src_elem, aligned, [adaptor.byte_shift])
        desc.insert(rw, loc, [1], aligned)
        desc.insert(rw, loc, [2], index_constant(rw, loc, idx_t, 0))
        dynamic = list(adaptor.sizes)
        stride = next_size = None
        for i in range(len(t.shape) - 1, -1, -1):
            if t.shape[i] == T.DYNAMIC:
                size = dynamic[sum(1 for d in t.shape[:i] if d == T.DYNAMIC)]
            else:
                size = index_constant(rw, loc, idx_t, t.shape[i])
            desc.insert(rw, loc, [3, i], size)
            if strides[i] != T.DYNAMIC:
                stride = index_constant(rw, loc, idx_t, strides[i])
            elif next_size is not None:
                if stride is not None:
                    stride = rw.create(
                        L.MulOp, [stride, next_size], [idx_t], location=loc
                    ).results[0]
                else:
                    stride = next_size
            else:
                stride = index_constant(rw, loc, idx_t, 1)
            desc.insert(rw, loc, [4, i], stride)
            next_size = size
        rw.replace_op(op, [desc.value])
        return True


class TransposeOpLowering(ConvertOpToLLVMPattern):
    """`memref.transpose` -> the descriptor with sizes and strides permuted."""

    root = "memref.transpose"

    def rewrite(self, op: Any, adaptor: Any, rw: Any) -> bool:
        source = MemRefDescriptor(adaptor.operands[0])
        perm = op.properties["permutation"].value
        if perm.is_identity():
            rw.replace_op(op, [source.value])
            return True
        loc = op.location
        struct = self.type_converter.convert_type(op.operands[0].type)
        desc = MemRefDescriptor(poison(rw, loc, struct))
        desc.insert(rw, loc, [0], source.allocated_ptr(rw, loc))
        desc.insert(rw, loc, [1], source.aligned_ptr(rw, loc))
        desc.insert(rw, loc, [2], source.offset(rw, loc))
        for target, expr in enumerate(perm.results):
            desc.insert(rw, loc, [3, target], source.size(rw, loc, expr.position))
            desc.insert(rw, loc, [4, target], source.stride(rw, loc, expr.position))
        rw.replace_op(op, [desc.value])
        return True


class PrefetchOpLowering(ConvertOpToLLVMPattern):
    """`memref.prefetch` -> `llvm.intr.prefetch` of the element's address."""

    root = "memref.prefetch"

    def rewrite(self, op: Any, adaptor: Any, rw: Any) -> bool:
        t = op.operands[0].type
        ptr = get_strided_element_ptr(
            rw, op.location, self.type_converter, t, adaptor.memref, adaptor.indices
        )
        props = {
            "rw": A.IntegerAttr(T.i32, 1 if op.properties["isWrite"].value else 0),
            "hint": op.properties["localityHint"],
            "cache": A.IntegerAttr(T.i32, 1 if op.properties["isDataCache"].value else 0),
        }
        rw.replace_op_with_new(op, L.Prefetch, [ptr], [], None, props)
        return True


class AssumeAlignmentOpLowering(ConvertOpToLLVMPattern):
    """`memref.assume_alignment` -> `llvm.intr.assume true ["align"(ptr, n)]`; the
    result is the source memref."""

    root = "memref.assume_alignment"

    def rewrite(self, op: Any, adaptor: Any, rw: Any) -> bool:
        converter = self.type_converter
        t = op.operands[0].type
        loc = op.location
        memref = adaptor.memref
        ptr = get_strided_element_ptr(rw, loc, converter, t, memref, [])
        true = rw.create(
            L.ConstantOp, [], [T.IntegerType(1)], None,
            {"value": A.BoolAttr(True)}, location=loc,
        ).results[0]
        alignment = index_constant(rw, loc, converter.index_type, op.properties["alignment"].value)
        props = {
            "op_bundle_sizes": A.DenseArrayAttr(T.i32, (2,)),
            "op_bundle_tags": A.ArrayAttr((A.StringAttr("align"),)),
        }
        rw.create(L.AssumeOp, [true, ptr, alignment], [], None, props, location=loc)
        rw.replace_op(op, [memref])
        return True


class AllocaScopeOpLowering(ConvertOpToLLVMPattern):
    """`memref.alloca_scope` -> its body inlined between `llvm.intr.stacksave` and
    `llvm.intr.stackrestore`, the results passed to a continuation block."""

    root = "memref.alloca_scope"

    def rewrite(self, op: Any, adaptor: Any, rw: Any) -> bool:
        loc = op.location
        current = rw.block
        remaining = rw.split_block(current, rw.before)
        region = current.parent
        if not op.results:
            cont = remaining
        else:
            index = region.blocks.index(remaining)
            types = list(op.result_types)
            cont = rw.create_block(region, types, [loc] * len(types), index)
            rw.create(L.BrOp, [], [], successors=[remaining], location=loc)
        body = op.regions[0]
        before, after = body.blocks[0], body.blocks[-1]
        rw.inline_region_before(body, region, region.blocks.index(cont))
        rw.set_insertion_point_to_end(current)
        ptr_t = LT.LLVMPointerType()
        saved = rw.create(L.StackSaveOp, [], [ptr_t], location=loc).results[0]
        rw.create(L.BrOp, [], [], successors=[before], location=loc)
        ret = after.last
        rw.set_insertion_point(ret)
        branch = rw.replace_op_with_new(
            ret, L.BrOp, list(ret.operands), [], successors=[cont]
        )
        rw.set_insertion_point(branch)
        rw.create(L.StackRestoreOp, [saved], [], location=loc)
        rw.replace_op(op, list(cont.args))
        return True


class GenericAtomicRMWOpLowering(ConvertOpToLLVMPattern):
    """`memref.generic_atomic_rmw` -> a load, then a loop running the cloned body and
    an `llvm.cmpxchg` (acq_rel, monotonic) until it succeeds."""

    root = "memref.generic_atomic_rmw"

    def rewrite(self, op: Any, adaptor: Any, rw: Any) -> bool:
        from mliropt.conversion.builders import segments

        converter = self.type_converter
        value_t = converter.convert_type(op.result.type)
        t = op.operands[0].type
        if value_t is None or not isinstance(t, T.MemRefType):
            return False
        loc = op.location
        init = rw.block
        loop = rw.split_block(init, op)
        loop_arg = loop.add_argument(value_t, loc)
        end = rw.split_block(loop, op.next)
        rw.set_insertion_point_to_end(init)
        ptr = get_strided_element_ptr(rw, loc, converter, t, adaptor.memref, adaptor.indices)
        elem = converter.convert_type(t.element_type)
        first = rw.create(L.LoadOp, [ptr], [elem], location=loc).results[0]
        rw.create(L.BrOp, [first], [], successors=[loop], location=loc)
        rw.set_insertion_point(op)
        body = op.regions[0].blocks[0]
        mapping: dict = {body.args[0]: loop_arg}
        for nested in list(body.ops)[:-1]:
            rw.insert(nested.clone(mapping))
        result = body.last.operands[0]
        result = mapping.get(result, result)
        pair_t = LT.LLVMStructType.literal((value_t, T.IntegerType(1)))
        props = {
            "success_ordering": LA.i64_enum(LA.ATOMIC_ORDERINGS["acq_rel"]),
            "failure_ordering": LA.i64_enum(LA.ATOMIC_ORDERINGS["monotonic"]),
        }
        pair = MemRefDescriptor(
            rw.create(
                L.AtomicCmpXchgOp, [ptr, loop_arg, result], [pair_t], None, props, location=loc
            ).results[0]
        )
        loaded = pair.extract(rw, loc, [0])
        ok = pair.extract(rw, loc, [1])
        rw.create(
            L.CondBrOp, [ok, loaded], [], None, {"operandSegmentSizes": segments(1, 0, 1)},
            successors=[end, loop], location=loc,
        )
        rw.set_insertion_point_to_end(end)
        rw.replace_op(op, [loaded])
        return True


def memref_view_patterns(converter: Any) -> list:
    """The patterns of this module."""
    return [
        AllocaScopeOpLowering(converter),
        AssumeAlignmentOpLowering(converter),
        AtomicRMWOpLowering(converter),
        ExtractAlignedPointerAsIndexOpLowering(converter),
        ExtractStridedMetadataOpLowering(converter),
        GenericAtomicRMWOpLowering(converter),
        GetGlobalMemrefOpLowering(converter),
        GlobalMemrefOpLowering(converter),
        MemRefCopyOpLowering(converter),
        MemorySpaceCastOpLowering(converter),
        PrefetchOpLowering(converter),
        RankOpLowering(converter),
        ReinterpretCastOpLowering(converter),
        TransposeOpLowering(converter),
        ViewOpLowering(converter),
    ]
