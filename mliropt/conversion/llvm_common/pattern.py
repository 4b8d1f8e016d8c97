"""The base of *-to-llvm patterns (upstream's ConvertOpToLLVMPattern) and the helpers
lowerings share: one-to-one op rewrites, attribute conversion, strided element
addresses, memref descriptor sizes, and runtime function declarations."""

from __future__ import annotations

from typing import Any

from mliropt.conversion.llvm_common.descriptor import MemRefDescriptor, gep, index_constant
from mliropt.dialects.llvm import types as LT
from mliropt.ir import attributes as A
from mliropt.ir import types as T
from mliropt.rewrite.conversion import OpConversionPattern

# GEP no-wrap flags (upstream's GEPNoWrapFlags).
GEP_INBOUNDS, GEP_NUSW, GEP_NUW = 3, 2, 4
OVF_NSW, OVF_NUW = 1, 2


class ConvertOpToLLVMPattern(OpConversionPattern):
    """A conversion pattern with an LLVMTypeConverter."""

    @property
    def index_type(self) -> Any:
        """The converted index type."""
        return self.type_converter.index_type


def create_op(
    rw: Any, cls: Any, operands: list, result_types: list, loc: Any, attrs: dict | None = None
) -> Any:
    """Create an op, named attributes going to its properties when it declares them
    (upstream's OperationState with attributes on an op with properties)."""
    props: dict = {}
    discardable: dict = {}
    declared = getattr(cls, "attr_defs_by_name", {})
    for name, value in (attrs or {}).items():
        inherent = name in declared or name in ("operandSegmentSizes", "resultSegmentSizes")
        (props if inherent else discardable)[name] = value
    return rw.create(cls, operands, result_types, discardable, props, location=loc)


def same_location(new: Any, op: Any) -> None:
    """Give `new` the location of `op`; the location of a parsed op stays a source
    offset until something asks for it (most runs never do)."""
    new._loc = op._loc
    new._src = op._src


def one_to_one(
    rw: Any, op: Any, cls: Any, operands: list, converter: Any, attrs: dict | None = None
) -> bool:
    """Replace `op` by one `cls` op on the converted operands and result type
    (upstream's oneToOneRewrite); n-D vectors are not supported here."""
    result_types = []
    if op.results:
        packed = converter.pack_operation_results(op.result_types)
        if packed is None:
            return False
        result_types.append(packed)
    new = create_op(rw, cls, operands, result_types, None, attrs)
    same_location(new, op)
    if not op.results:
        rw.erase_op(op)
    else:
        rw.replace_op(op, new.results)
    return True


def vector_one_to_one(
    rw: Any, op: Any, cls: Any, operands: list, converter: Any, attrs: dict | None = None
) -> bool:
    """Upstream's vectorOneToOneRewrite: operands must be LLVM-compatible; n-D vectors
    (LLVM arrays of vectors) are unrolled."""
    if not all(LT.is_compatible_type(v.type) for v in operands):
        return False
    if operands and isinstance(operands[0].type, LT.LLVMArrayType):
        return _unroll_nd(rw, op, cls, operands, converter, attrs)
    return one_to_one(rw, op, cls, operands, converter, attrs)


def _unroll_nd(rw: Any, op: Any, cls: Any, operands: list, converter: Any, attrs: Any) -> bool:
    """Apply `cls` to each 1-D vector of n-D vector operands."""

    def build(inner: list, inner_result: Any) -> Any:
        return create_op(rw, cls, inner, [inner_result], op.location, attrs).results[0]

    return unroll_nd(rw, op, operands, converter, build)


def unroll_nd(rw: Any, op: Any, operands: list, converter: Any, build: Any) -> bool:
    """Build `build(1-D operands, 1-D result type)` for each 1-D vector of n-D vector
    operands (LLVM arrays of vectors) and insert the results into an array (upstream's
    handleMultidimensionalVectors)."""
    from mliropt.conversion.llvm_common.descriptor import poison, position
    from mliropt.dialects.llvm import ExtractValueOp, InsertValueOp

    result_type = converter.convert_type(op.result_types[0])
    if result_type is None:
        return False
    loc = op.location
    shape = []
    t = result_type
    while isinstance(t, LT.LLVMArrayType):
        shape.append(t.num_elements)
        t = t.element_type
    inner_result = t
    desc = poison(rw, loc, result_type)
    for pos in _positions(shape):
        inner = []
        for v in operands:
            et = v.type
            for _ in pos:
                et = et.element_type
            props = {"position": position(pos)}
            inner.append(rw.create(ExtractValueOp, [v], [et], None, props, location=loc).results[0])
        new = build(inner, inner_result)
        desc = rw.create(
            InsertValueOp,
            [desc, new],
            [result_type],
            None,
            {"position": position(pos)},
            location=loc,
        ).results[0]
    rw.replace_op(op, [desc])
    return True


def _positions(shape: list[int]) -> list[list[int]]:
    out: list[list[int]] = [[]]
    for n in shape:
        out = [p + [i] for p in out for i in range(n)]
    return out


def fastmath_to_llvm(attr: Any) -> Any:
    """Arith's fast-math flags as the llvm dialect's (upstream's
    convertArithFastMathFlagsToLLVM)."""
    value = attr.value if attr is not None else 0
    known = _FASTMATH.get(value)
    if known is not None:
        return known
    from mliropt.dialects.arith import attributes as AA
    from mliropt.dialects.llvm import attributes as LA

    pairs = (
        (AA.FM_NNAN, LA.FM_NNAN),
        (AA.FM_NINF, LA.FM_NINF),
        (AA.FM_NSZ, LA.FM_NSZ),
        (AA.FM_ARCP, LA.FM_ARCP),
        (AA.FM_CONTRACT, LA.FM_CONTRACT),
        (AA.FM_AFN, LA.FM_AFN),
        (AA.FM_REASSOC, LA.FM_REASSOC),
    )
    bits = 0
    for a, b in pairs:
        if value & a:
            bits |= b
    known = _FASTMATH[value] = LA.fastmath(bits)
    return known


def overflow_to_llvm(attr: Any) -> A.IntegerAttr:
    """Arith's overflow flags as the llvm ops' `overflowFlags` property (same bits)."""
    value = attr.value if attr is not None else 0
    known = _OVERFLOW.get(value)
    if known is None:
        known = _OVERFLOW[value] = A.IntegerAttr(T.i32, value)
    return known


# The converted flag attributes by the bits of the source flags (attributes are
# immutable values: one object serves every op).
_FASTMATH: dict[int, Any] = {}
_OVERFLOW: dict[int, A.IntegerAttr] = {}


def get_strided_element_ptr(
    rw: Any,
    loc: Any,
    converter: Any,
    t: T.MemRefType,
    desc_value: Any,
    indices: list,
    flags: int = 0,
) -> Any:
    """The address of an element (upstream's getStridedElementPtr): the buffer pointer
    plus sum(index * stride) elements."""
    from mliropt.conversion.llvm_common.type_converter import strides_and_offset
    from mliropt.dialects.llvm import AddOp, ConstantOp, MulOp

    strides, _ = strides_and_offset(t)  # type: ignore[misc]
    desc = MemRefDescriptor(desc_value)
    base = desc.buffer_ptr(rw, loc, converter, t)
    ovf = 0
    if flags & GEP_NUSW:
        ovf |= OVF_NSW
    if flags & GEP_NUW:
        ovf |= OVF_NUW
    ovf_attr = {"overflowFlags": A.IntegerAttr(T.i32, ovf)}
    idx_t = converter.index_type
    index = None
    for i, increment in enumerate(indices):
        if strides[i] != 1:
            if strides[i] == T.DYNAMIC:
                stride = desc.stride(rw, loc, i)
            else:
                attr = A.IntegerAttr(T.IndexType(), strides[i])
                stride = rw.create(
                    ConstantOp, [], [idx_t], None, {"value": attr}, location=loc
                ).results[0]
            increment = rw.create(
                MulOp, [increment, stride], [idx_t], None, ovf_attr, location=loc
            ).results[0]
        if index is None:
            index = increment
        else:
            index = rw.create(
                AddOp, [index, increment], [idx_t], None, ovf_attr, location=loc
            ).results[0]
    if index is None:
        return base
    elem = converter.convert_type(t.element_type)
    return gep(rw, loc, base.type, elem, base, [index], flags)


def memref_descriptor_sizes(
    rw: Any, loc: Any, converter: Any, t: T.MemRefType, dynamic: list, size_in_bytes: bool = True
) -> tuple[list, list, Any]:
    """(sizes, strides, total size) of an identity-layout memref (upstream's
    getMemRefDescriptorSizes): the size in bytes through a GEP on null."""
    from mliropt.dialects.llvm import MulOp, PtrToIntOp, ZeroOp

    idx_t = converter.index_type
    it = iter(dynamic)
    sizes = [next(it) if d == T.DYNAMIC else index_constant(rw, loc, idx_t, d) for d in t.shape]
    stride = 1
    running = index_constant(rw, loc, idx_t, 1)
    strides: list = [None] * len(t.shape)
    for i in range(len(t.shape) - 1, -1, -1):
        strides[i] = running
        static = t.shape[i]
        use_size = stride == 1
        if static == T.DYNAMIC:
            stride = T.DYNAMIC
        if stride != T.DYNAMIC:
            stride *= static
        if use_size:
            running = sizes[i]
        elif stride == T.DYNAMIC:
            running = rw.create(MulOp, [running, sizes[i]], [idx_t], location=loc).results[0]
        else:
            running = index_constant(rw, loc, idx_t, stride)
    if not size_in_bytes:
        return sizes, strides, running
    ptr = LT.LLVMPointerType()
    null = rw.create(ZeroOp, [], [ptr], location=loc).results[0]
    elem = converter.convert_type(t.element_type)
    g = gep(rw, loc, ptr, elem, null, [running])
    size = rw.create(PtrToIntOp, [g], [idx_t], location=loc).results[0]
    return sizes, strides, size


def size_in_bytes(rw: Any, loc: Any, converter: Any, t: Any) -> Any:
    """The size of a type in bytes, as `ptrtoint (gep null[1])` (upstream's
    getSizeInBytes)."""
    from mliropt.dialects.llvm import PtrToIntOp, ZeroOp

    ptr = LT.LLVMPointerType()
    null = rw.create(ZeroOp, [], [ptr], location=loc).results[0]
    g = gep(rw, loc, ptr, converter.convert_type(t), null, [1])
    return rw.create(PtrToIntOp, [g], [converter.index_type], location=loc).results[0]


def lookup_or_create_fn(
    rw: Any, op: Any, name: str, params: list, result: Any, vararg: bool = False
) -> Any:
    """The `llvm.func` `name` of the symbol table enclosing `op`, declared at the start
    of its body when missing (upstream's lookupOrCreateFn)."""
    from mliropt.dialects.llvm import LLVMFuncOp
    from mliropt.ir.traits import SymbolTable

    table = op.parent_op
    while table is not None and SymbolTable not in table.traits:
        table = table.parent_op
    if table is None:
        return None
    body = table.regions[0].blocks[0]
    fn_type = LT.LLVMFunctionType(result, params, vararg)
    for existing in body.ops:
        sym = existing.properties.get("sym_name") or existing.attributes.get("sym_name")
        if isinstance(sym, A.StringAttr) and sym.value == name and existing.name == "llvm.func":
            return existing
    saved = rw.save()
    rw.set_insertion_point_to_start(body)
    props = {"sym_name": A.StringAttr(name), "function_type": A.TypeAttr(fn_type)}
    fn = rw.create(LLVMFuncOp, [], [], None, props, location=table.location)
    rw.restore(saved)
    return fn


def call(rw: Any, loc: Any, fn: Any, args: list) -> Any:
    """`llvm.call @fn(args)`."""
    from mliropt.conversion.builders import segments
    from mliropt.dialects.llvm import CallOp

    fn_type = fn.properties["function_type"].value
    results = [] if isinstance(fn_type.result, LT.LLVMVoidType) else [fn_type.result]
    props = {
        "callee": A.FlatSymbolRefAttr(fn.properties["sym_name"].value),
        "operandSegmentSizes": segments(len(args), 0),
    }
    return rw.create(CallOp, list(args), results, None, props, location=loc)


def copy_unranked_descriptors(
    rw: Any, loc: Any, converter: Any, op: Any, types: list, values: list, to_dynamic: bool
) -> bool:
    """Copy the descriptors that unranked memref values point to, to the heap
    (`to_dynamic`, for returns: malloc) or to the stack (for call results: alloca, the
    source freed), and point new descriptors at the copies (upstream's
    copyUnrankedDescriptors); `values` is updated in place."""
    from mliropt.conversion.llvm_common.descriptor import MemRefDescriptor, poison
    from mliropt.conversion.llvm_common.type_converter import memory_space_of
    from mliropt.dialects import llvm as L

    positions = [i for i, t in enumerate(types) if isinstance(t, T.UnrankedMemRefType)]
    if not positions:
        return True
    if any(memory_space_of(types[i]) is None for i in positions):
        return False
    idx_t = converter.index_type
    ptr_t = LT.LLVMPointerType()
    if to_dynamic:
        fn = lookup_or_create_fn(rw, op, "malloc", [idx_t], ptr_t)
    else:
        fn = lookup_or_create_fn(rw, op, "free", [ptr_t], LT.LLVMVoidType())
    for i in positions:
        # 2 * sizeof(pointer) + (1 + 2 * rank) * sizeof(index), densely packed (the
        # constants are made again for each descriptor, as upstream does).
        one = index_constant(rw, loc, idx_t, 1)
        two = index_constant(rw, loc, idx_t, 2)
        index_size = index_constant(rw, loc, idx_t, (idx_t.width + 7) // 8)
        ptr_size = index_constant(rw, loc, idx_t, 8)
        double_ptr = rw.create(L.MulOp, [two, ptr_size], [idx_t], location=loc).results[0]
        desc = MemRefDescriptor(values[i])
        rank = desc.extract(rw, loc, [0])
        double_rank = rw.create(L.MulOp, [two, rank], [idx_t], location=loc).results[0]
        inc = rw.create(L.AddOp, [double_rank, one], [idx_t], location=loc).results[0]
        rank_size = rw.create(L.MulOp, [inc, index_size], [idx_t], location=loc).results[0]
        size = rw.create(L.AddOp, [double_ptr, rank_size], [idx_t], location=loc).results[0]
        if to_dynamic:
            memory = call(rw, loc, fn, [size]).results[0]
        else:
            props = {"elem_type": A.TypeAttr(T.IntegerType(8))}
            memory = rw.create(L.AllocaOp, [size], [ptr_t], None, props, location=loc).results[0]
        source = desc.extract(rw, loc, [1])
        rw.create(
            L.MemcpyOp, [memory, source, size], [], None,
            {"isVolatile": A.BoolAttr(False)}, location=loc,
        )
        if not to_dynamic:
            call(rw, loc, fn, [source])
        updated = MemRefDescriptor(poison(rw, loc, converter.convert_type(types[i])))
        updated.insert(rw, loc, [0], desc.extract(rw, loc, [0]))
        updated.insert(rw, loc, [1], memory)
        values[i] = updated.value
    return True
