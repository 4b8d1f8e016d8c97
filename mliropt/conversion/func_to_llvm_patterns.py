"""The patterns of `convert-func-to-llvm` (upstream's FuncToLLVM.cpp): func.func
becomes llvm.func with the calling-convention signature (memref arguments expanded
into descriptor fields, several results packed into a struct), optionally with a
`_mlir_ciface_` wrapper; calls unpack memref descriptors and extract packed results;
returns pack several values into a struct."""

from __future__ import annotations

from typing import Any

from mliropt.conversion.llvm_common.descriptor import (
    MemRefDescriptor,
    index_constant,
    poison,
    position,
)
from mliropt.conversion.llvm_common.pattern import ConvertOpToLLVMPattern
from mliropt.dialects import llvm as L
from mliropt.dialects.llvm import types as LT
from mliropt.ir import attributes as A
from mliropt.ir import types as T
from mliropt.rewrite.conversion import SignatureConversion

VARARGS, LINKAGE, BAREPTR, READNONE = (
    "func.varargs",
    "llvm.linkage",
    "llvm.bareptr",
    "llvm.readnone",
)
EMIT_C_INTERFACE = "llvm.emit_c_interface"


def _bare(op: Any, converter: Any) -> bool:
    return (op is not None and BAREPTR in op.attributes) or converter.options.use_bare_ptr_call_conv


def _filtered_attrs(func: Any) -> dict:
    """The function's discardable attributes LLVMFuncOp's builder does not make."""
    return {k: v for k, v in func.attributes.items() if k not in (LINKAGE, VARARGS, READNONE)}


def _create_llvm_func(rw: Any, loc: Any, name: str, fn_type: Any, linkage: Any, attrs: dict) -> Any:
    from mliropt.conversion.llvm_common.pattern import create_op

    base = {
        "sym_name": A.StringAttr(name),
        "function_type": A.TypeAttr(fn_type),
        "linkage": linkage,
    }
    op = create_op(rw, L.LLVMFuncOp, [], [], loc, {**attrs, **base})
    return op


def _set_visibility(new: Any, func: Any) -> None:
    vis = func.properties.get("sym_visibility") or func.attributes.get("sym_visibility")
    if isinstance(vis, A.StringAttr) and vis.value != "public":
        new.properties["sym_visibility"] = vis
    else:
        new.properties.pop("sym_visibility", None)


def c_wrapper_type(converter: Any, fn_type: T.FunctionType) -> tuple[Any, Any]:
    """The C interface's function type and the packed result struct when results go
    through a pointer argument (upstream's convertFunctionTypeCWrapper)."""
    ptr = LT.LLVMPointerType()
    res: Any = (
        LT.LLVMVoidType()
        if not fn_type.results
        else converter.pack_function_results(list(fn_type.results))
    )
    if res is None:
        return None, None
    inputs: list = []
    struct = res if isinstance(res, LT.LLVMStructType) else None
    if struct is not None:
        inputs.append(ptr)
        res = LT.LLVMVoidType()
    for t in fn_type.inputs:
        converted = converter.convert_type(t)
        if converted is None or not LT.is_compatible_type(converted):
            return None, None
        inputs.append(ptr if isinstance(t, (T.MemRefType, T.UnrankedMemRefType)) else converted)
    return LT.LLVMFunctionType(res, inputs), struct


def _entry_block(rw: Any, fn: Any) -> Any:
    fn_type = fn.properties["function_type"].value
    return rw.create_block(fn.regions[0], list(fn_type.inputs), [fn.location] * len(fn_type.inputs))


def _call(rw: Any, loc: Any, fn: Any, args: list) -> Any:
    from mliropt.conversion.llvm_common.pattern import call

    return call(rw, loc, fn, args)


def _return(rw: Any, loc: Any, values: list) -> None:
    rw.create(L.ReturnOp, values, [], location=loc)


def wrap_for_external_callers(rw: Any, loc: Any, converter: Any, func: Any, new: Any) -> None:
    """`_mlir_ciface_<name>` taking memrefs by pointer and calling the function."""
    fn_type = func.properties["function_type"].value
    wrapper_type, struct = c_wrapper_type(converter, fn_type)
    name = "_mlir_ciface_" + func.properties["sym_name"].value
    from mliropt.dialects.llvm import attributes as LA

    wrapper = _create_llvm_func(rw, loc, name, wrapper_type, LA.EXTERNAL, _filtered_attrs(func))
    _propagate_arg_res_attrs(func, wrapper, struct is not None)
    saved = rw.save()
    block = _entry_block(rw, wrapper)
    rw.set_insertion_point_to_start(block)
    offset = 1 if struct is not None else 0
    args: list = []
    for i, t in enumerate(fn_type.inputs):
        arg = block.args[i + offset]
        if isinstance(t, (T.MemRefType, T.UnrankedMemRefType)):
            loaded = rw.create(L.LoadOp, [arg], [converter.convert_type(t)], location=loc).results[
                0
            ]
            desc = MemRefDescriptor(loaded)
            if isinstance(t, T.MemRefType):
                args.extend(desc.unpack(rw, loc, t))
            else:
                args.extend([desc.extract(rw, loc, [0]), desc.extract(rw, loc, [1])])
            continue
        args.append(arg)
    c = _call(rw, loc, new, args)
    if struct is not None:
        rw.create(L.StoreOp, [c.results[0], block.args[0]], [], location=loc)
        _return(rw, loc, [])
    else:
        _return(rw, loc, list(c.results))
    rw.restore(saved)


def wrap_external_function(rw: Any, loc: Any, converter: Any, func: Any, new: Any) -> None:
    """For an external function: a body packing descriptors on the stack and calling
    the external `_mlir_ciface_<name>` (upstream's wrapExternalFunction)."""
    from mliropt.dialects.llvm import attributes as LA

    fn_type = func.properties["function_type"].value
    wrapper_type, struct = c_wrapper_type(converter, fn_type)
    name = "_mlir_ciface_" + func.properties["sym_name"].value
    wrapper = _create_llvm_func(rw, loc, name, wrapper_type, LA.EXTERNAL, _filtered_attrs(func))
    _propagate_arg_res_attrs(func, wrapper, struct is not None)
    new.properties["linkage"] = LA.linkage("private")
    saved = rw.save()
    block = _entry_block(rw, new)
    rw.set_insertion_point_to_start(block)
    args: list = []
    ptr = LT.LLVMPointerType()
    idx_t = converter.index_type
    if struct is not None:
        one = index_constant(rw, loc, idx_t, 1)
        args.append(_alloca(rw, loc, wrapper_type.inputs[0], struct, one))
    rest = list(block.args)
    from mliropt.conversion.llvm_common import descriptor as D

    for t in fn_type.inputs:
        if isinstance(t, (T.MemRefType, T.UnrankedMemRefType)):
            if isinstance(t, T.MemRefType):
                n = 3 + 2 * len(t.shape)
                packed = D.pack_ranked(rw, loc, converter, t, rest[:n])
            else:
                n = 2
                packed = D.pack_unranked(rw, loc, converter, t, rest[:n])
            one = index_constant(rw, loc, idx_t, 1)
            allocated = _alloca(rw, loc, ptr, packed.type, one)
            rw.create(L.StoreOp, [packed, allocated], [], location=loc)
            args.append(allocated)
            rest = rest[n:]
        else:
            args.append(rest[0])
            rest = rest[1:]
    c = _call(rw, loc, wrapper, args)
    if struct is not None:
        result = rw.create(L.LoadOp, [args[0]], [struct], location=loc).results[0]
        _return(rw, loc, [result])
    else:
        _return(rw, loc, list(c.results))
    rw.restore(saved)


def _alloca(rw: Any, loc: Any, ptr: Any, elem: Any, count: Any) -> Any:
    props = {"elem_type": A.TypeAttr(elem)}
    return rw.create(L.AllocaOp, [count], [ptr], None, props, location=loc).results[0]


def _propagate_arg_res_attrs(func: Any, wrapper: Any, result_struct: bool) -> None:
    arg_attrs = func.properties.get("arg_attrs")
    if not result_struct:
        res_attrs = func.properties.get("res_attrs")
        if res_attrs is not None:
            wrapper.properties["res_attrs"] = res_attrs
        if arg_attrs is not None:
            wrapper.properties["arg_attrs"] = arg_attrs
    elif arg_attrs is not None:
        wrapper.properties["arg_attrs"] = A.ArrayAttr((A.DictionaryAttr({}), *arg_attrs.value))
    _set_visibility(wrapper, func)


def _arg_attrs(func: Any, fn_type: Any, result: SignatureConversion) -> Any:
    """The converted functions' argument attributes (upstream: only 1:1 mappings keep
    theirs, expanded arguments get empty dictionaries)."""
    arg_attrs = func.properties.get("arg_attrs")
    if arg_attrs is None:
        return None
    new: list = [None] * len(fn_type.inputs)
    for i, d in enumerate(arg_attrs.value):
        m = result.get_input_mapping(i)
        if m is None:
            continue
        if m.size == 1:
            new[m.input_no] = d
            continue
        for j in range(m.size):
            new[m.input_no + j] = A.DictionaryAttr({})
    if not new:
        return None
    return A.ArrayAttr(tuple(x if x is not None else A.DictionaryAttr({}) for x in new))


def _static_shape(t: Any) -> bool:
    """False for a ranked memref of a dynamic shape."""
    return not isinstance(t, T.MemRefType) or all(d != T.DYNAMIC for d in t.shape)


class FuncOpConversion(ConvertOpToLLVMPattern):
    """`func.func` -> `llvm.func` (upstream's FuncOpConversion)."""

    root = "func.func"

    def rewrite(self, op: Any, adaptor: Any, rw: Any) -> bool:
        from mliropt.dialects.llvm import attributes as LA

        converter = self.type_converter
        fn_type = op.properties["function_type"].value
        varargs = op.attributes.get(VARARGS)
        vararg = isinstance(varargs, A.IntegerAttr) and bool(varargs.value)
        result = SignatureConversion(len(fn_type.inputs))
        bare = _bare(op, converter)
        if bare and not all(
            _static_shape(t) for t in (*fn_type.inputs, *fn_type.results)
        ):
            # As upstream: bare pointers only for memrefs of static shape.
            return False
        llvm_type = converter.convert_function_signature(fn_type, vararg, bare, result)
        if llvm_type is None:
            return False
        linkage = LA.EXTERNAL
        if LINKAGE in op.attributes:
            attr = op.attributes[LINKAGE]
            if not isinstance(attr, LA.LinkageAttr):
                return False
            linkage = attr
        new = _create_llvm_func(
            rw,
            op.location,
            op.properties["sym_name"].value,
            llvm_type,
            linkage,
            _filtered_attrs(op),
        )
        _set_visibility(new, op)
        if READNONE in op.attributes:
            new.properties["memory_effects"] = _no_memory_effects()
        res_attrs = op.properties.get("res_attrs")
        if res_attrs is not None and len(fn_type.results) == 1:
            new.properties["res_attrs"] = res_attrs
        arg_attrs = _arg_attrs(op, llvm_type, result)
        if arg_attrs is not None:
            new.properties["arg_attrs"] = arg_attrs
        rw.inline_region_before(op.regions[0], new.regions[0], len(new.regions[0].blocks))
        if new.regions[0].blocks:
            rw.apply_signature_conversion(new.regions[0].blocks[0], result, converter)
        if not _bare(op, converter) and EMIT_C_INTERFACE in op.attributes:
            if new.regions[0].blocks:
                wrap_for_external_callers(rw, op.location, converter, op, new)
            else:
                wrap_external_function(rw, op.location, converter, op, new)
        rw.erase_op(op)
        return True


def _no_memory_effects() -> Any:
    """`#llvm.memory_effects<...>` with no access of any kind (llvm.readnone)."""
    from mliropt.dialects.llvm import attributes as LA

    fields = len(LA._MEMORY_FIELDS)
    return LA.MemoryEffectsAttr(("none",) * fields)


class CallOpLowering(ConvertOpToLLVMPattern):
    """`func.call` -> `llvm.call`, memref descriptors unpacked, packed results
    extracted (upstream's CallOpInterfaceLowering)."""

    root = "func.call"
    one_to_n = True

    def __init__(self, converter: Any) -> None:
        super().__init__(converter)
        # Functions by name per module, looked up once (upstream's SymbolTableCollection).
        self._symbols: dict = {}

    def _callee_bare(self, op: Any) -> bool:
        if self.type_converter.options.use_bare_ptr_call_conv:
            return True
        table = op.parent_op
        while table is not None and table.name != "builtin.module":
            table = table.parent_op
        if table is None:
            return False
        cache = self._symbols.get(table)
        if cache is None:
            cache = {}
            for o in table.regions[0].blocks[0].ops:
                sym = o.properties.get("sym_name")
                if isinstance(sym, A.StringAttr):
                    cache.setdefault(sym.value, o)
            self._symbols[table] = cache
        callee = cache.get(op.properties["callee"].root)
        return callee is not None and BAREPTR in callee.attributes

    def rewrite(self, op: Any, adaptor: Any, rw: Any) -> bool:
        from mliropt.conversion.llvm_common.pattern import create_op

        converter = self.type_converter
        bare = self._callee_bare(op)
        grouped: list = []
        packed = None
        if op.results:
            packed = converter.pack_function_results(op.result_types, bare, grouped)
            if packed is None:
                return False
        if bare and any(isinstance(v.type, T.UnrankedMemRefType) for v in op.operands):
            return False
        loc = op.location
        promoted = converter.promote_operands(loc, op.operands, adaptor.operands, rw, bare)
        from mliropt.conversion.builders import segments

        attrs = {**op.properties, **op.attributes}
        attrs["operandSegmentSizes"] = segments(len(promoted), 0)
        attrs["op_bundle_sizes"] = A.DenseArrayAttr(T.i32, ())
        new = create_op(rw, L.CallOp, promoted, [packed] if packed is not None else [], loc, attrs)
        n_converted = sum(len(g) for g in grouped)
        results: list = []
        counter = 0
        for group in grouped:
            values = []
            for _ in group:
                if n_converted == 1:
                    values.append(new.results[0])
                else:
                    values.append(MemRefDescriptor(new.results[0]).extract(rw, loc, [counter]))
                counter += 1
            results.append(values)
        for i, t in enumerate(op.result_types):
            if bare and isinstance(t, T.MemRefType):
                from mliropt.conversion.llvm_common.descriptor import from_static_shape

                results[i] = [from_static_shape(rw, loc, converter, t, results[i][0])]
        if not bare and any(isinstance(t, T.UnrankedMemRefType) for t in op.result_types):
            from mliropt.conversion.llvm_common.pattern import copy_unranked_descriptors

            # The callee's unranked descriptors move to the stack (theirs are freed).
            flat = [v for values in results for v in values]
            types = [t for t, values in zip(op.result_types, results) for _ in values]
            if not copy_unranked_descriptors(rw, loc, converter, op, types, flat, False):
                return False
            it = iter(flat)
            results = [[next(it) for _ in values] for values in results]
        rw.replace_op_with_multiple(op, results)
        return True


class ReturnOpLowering(ConvertOpToLLVMPattern):
    """`func.return` -> `llvm.return`, several values packed into a struct."""

    root = "func.return"
    one_to_n = True

    def rewrite(self, op: Any, adaptor: Any, rw: Any) -> bool:
        from mliropt.conversion.llvm_common.pattern import create_op

        loc = op.location
        fn = op.parent_op
        bare = _bare(fn, self.type_converter)
        updated: list = []
        for old, values in zip(op.operands, adaptor.operands):
            if (
                isinstance(old.type, T.MemRefType)
                and bare
                and self.type_converter.can_convert_to_bare_ptr(old.type)
            ):
                updated.append(MemRefDescriptor(values[0]).allocated_ptr(rw, loc))
                continue
            if isinstance(old.type, T.UnrankedMemRefType) and bare:
                return False
            updated.extend(values)
        if not bare:
            from mliropt.conversion.llvm_common.pattern import copy_unranked_descriptors

            types = []
            for old, values in zip(op.operands, adaptor.operands):
                types.extend([old.type] * len(values))
            if not copy_unranked_descriptors(
                rw, loc, self.type_converter, op, types, updated, True
            ):
                return False
        attrs = {**op.properties, **op.attributes}
        if len(updated) <= 1:
            new = create_op(rw, L.ReturnOp, updated, [], loc, attrs)
            rw.replace_op(op, new.results)
            return True
        packed_type = self.type_converter.pack_function_results(op.operand_types, bare)
        if packed_type is None:
            return False
        packed = poison(rw, loc, packed_type)
        for i, v in enumerate(updated):
            packed = rw.create(
                L.InsertValueOp,
                [packed, v],
                [packed_type],
                None,
                {"position": position([i])},
                location=loc,
            ).results[0]
        new = create_op(rw, L.ReturnOp, [packed], [], loc, attrs)
        rw.replace_op(op, new.results)
        return True


class ConstantOpLowering(ConvertOpToLLVMPattern):
    """`func.constant @f` -> `llvm.mlir.addressof @f`."""

    root = "func.constant"

    def rewrite(self, op: Any, adaptor: Any, rw: Any) -> bool:
        t = self.type_converter.convert_type(op.result.type)
        if t is None or not LT.is_compatible_type(t):
            return False
        props = {"global_name": op.properties["value"]}
        new = rw.create(L.AddressOfOp, [], [t], None, props, location=op.location)
        for k, v in op.attributes.items():
            new.attributes[k] = v
        rw.replace_op(op, new.results)
        return True


def func_to_llvm_patterns(converter: Any) -> list:
    """The patterns (upstream's populateFuncToLLVMConversionPatterns)."""
    return [
        FuncOpConversion(converter),
        CallOpLowering(converter),
        ConstantOpLowering(converter),
        ReturnOpLowering(converter),
    ]
