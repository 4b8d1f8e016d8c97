"""The patterns of `convert-cf-to-llvm` (upstream's ControlFlowToLLVM.cpp): branches
become llvm branches, their destination blocks getting converted argument types;
cf.assert branches to a block that prints the message and aborts."""

from __future__ import annotations

import itertools
from typing import Any

from mliropt.conversion.builders import segments
from mliropt.conversion.llvm_common.pattern import ConvertOpToLLVMPattern, call, lookup_or_create_fn
from mliropt.dialects import llvm as L
from mliropt.dialects.llvm import types as LT
from mliropt.ir import attributes as A
from mliropt.ir import types as T


def _flatten(groups: list) -> list:
    return [v for g in groups for v in g]


def converted_block(rw: Any, converter: Any, block: Any, expected: list) -> Any:
    """`block` with argument types `expected` (its signature converted when needed);
    None when the converted signature differs (upstream's getConvertedBlock)."""
    if block.arg_types == expected:
        return block
    conversion = converter.convert_block_signature(block)
    if conversion is None or conversion.converted_types != expected:
        return None
    return rw.apply_signature_conversion(block, conversion, converter)


class BranchOpLowering(ConvertOpToLLVMPattern):
    """`cf.br` -> `llvm.br` (attributes forwarded)."""

    root = "cf.br"
    one_to_n = True

    def rewrite(self, op: Any, adaptor: Any, rw: Any) -> bool:
        operands = _flatten(adaptor.operands)
        dest = converted_block(
            rw, self.type_converter, op.successor_blocks[0], [v.type for v in operands]
        )
        if dest is None:
            return False
        attrs = dict(op.attributes)
        new = rw.create(L.BrOp, operands, [], successors=[dest], location=op.location)
        new.attributes.update(attrs)
        rw.replace_op(op, new.results)
        return True


class CondBranchOpLowering(ConvertOpToLLVMPattern):
    """`cf.cond_br` -> `llvm.cond_br` (branch weights and attributes kept)."""

    root = "cf.cond_br"
    one_to_n = True

    def rewrite(self, op: Any, adaptor: Any, rw: Any) -> bool:
        cond = adaptor.condition
        if len(cond) != 1:
            return False
        t_ops = _flatten(adaptor.trueDestOperands)
        f_ops = _flatten(adaptor.falseDestOperands)
        succ = op.successor_blocks
        t = converted_block(rw, self.type_converter, succ[0], [v.type for v in t_ops])
        if t is None:
            return False
        f = converted_block(rw, self.type_converter, succ[1], [v.type for v in f_ops])
        if f is None:
            return False
        props: dict = {"operandSegmentSizes": segments(1, len(t_ops), len(f_ops))}
        weights = op.properties.get("branch_weights")
        if weights is not None:
            props["branch_weights"] = weights
        new = rw.create(
            L.CondBrOp,
            [cond[0], *t_ops, *f_ops],
            [],
            None,
            props,
            successors=[t, f],
            location=op.location,
        )
        new.attributes.update(op.attributes)
        rw.replace_op(op, new.results)
        return True


class SwitchOpLowering(ConvertOpToLLVMPattern):
    """`cf.switch` -> `llvm.switch`."""

    root = "cf.switch"
    one_to_n = True

    def rewrite(self, op: Any, adaptor: Any, rw: Any) -> bool:
        flag = adaptor.flag
        if len(flag) != 1:
            return False
        default_ops = _flatten(adaptor.defaultOperands)
        blocks = op.successor_blocks
        default = converted_block(rw, self.type_converter, blocks[0], [v.type for v in default_ops])
        if default is None:
            return False
        case_groups = []
        flat = _flatten(adaptor.caseOperands)
        pos = 0
        for n in op.properties["case_operand_segments"].values:
            case_groups.append(flat[pos : pos + n])
            pos += n
        dests = []
        for block, group in zip(blocks[1:], case_groups):
            d = converted_block(rw, self.type_converter, block, [v.type for v in group])
            if d is None:
                return False
            dests.append(d)
        props = {
            name: op.properties[name]
            for name in ("case_values", "case_operand_segments", "branch_weights")
            if name in op.properties
        }
        props["operandSegmentSizes"] = segments(1, len(default_ops), len(flat))
        new = rw.create(
            L.SwitchOp,
            [flag[0], *default_ops, *flat],
            [],
            None,
            props,
            successors=[default, *dests],
            location=op.location,
        )
        rw.replace_op(op, new.results)
        return True


# Upstream's ensureSymbolNameIsUnique keeps one counter for the whole process.
_UNIQUE = itertools.count()


def _unique_name(module: Any, name: str) -> str:
    taken = {
        o.properties.get("sym_name").value  # type: ignore[union-attr]
        for o in module.regions[0].blocks[0].ops
        if isinstance(o.properties.get("sym_name"), A.StringAttr)
    }
    unique = name
    while unique in taken:
        unique = f"{name}_{next(_UNIQUE)}"
    return unique


def print_str_call(rw: Any, loc: Any, module: Any, symbol: str, text: str, fn_name: str) -> bool:
    """A private global with the zero-terminated string and a call printing it
    (upstream's createPrintStrCall)."""
    data = text.encode("utf-8", "surrogateescape") + b"\0"
    array = LT.LLVMArrayType(len(data), T.IntegerType(8))
    saved = rw.save()
    rw.set_insertion_point_to_start(module.regions[0].blocks[0])
    i8 = T.IntegerType(8)
    value = A.DenseElementsAttr(T.RankedTensorType((len(data),), i8), tuple(data))
    props = {
        "global_type": A.TypeAttr(array),
        "constant": A.UnitAttr(),
        "sym_name": A.StringAttr(_unique_name(module, symbol)),
        "linkage": _private(),
        "value": value,
    }
    glob = rw.create(L.GlobalOp, [], [], None, props, location=loc)
    rw.restore(saved)
    ptr = LT.LLVMPointerType()
    addr = rw.create(
        L.AddressOfOp,
        [],
        [ptr],
        None,
        {"global_name": A.FlatSymbolRefAttr(props["sym_name"].value)},
        location=loc,
    ).results[0]
    from mliropt.conversion.llvm_common.descriptor import gep

    g = gep(rw, loc, ptr, array, addr, [0])
    fn = lookup_or_create_fn(rw, glob, fn_name, [ptr], LT.LLVMVoidType())
    call(rw, loc, fn, [g])
    return True


def _private() -> Any:
    from mliropt.dialects.llvm import attributes as LA

    return LA.linkage("private")


class AssertOpLowering(ConvertOpToLLVMPattern):
    """`cf.assert %c, "msg"` -> a branch to a block printing the message with `puts`
    and calling `abort` (upstream's AssertOpLowering)."""

    root = "cf.assert"

    def rewrite(self, op: Any, adaptor: Any, rw: Any) -> bool:
        loc = op.location
        module = op.parent_op
        while module is not None and module.name != "builtin.module":
            module = module.parent_op
        if module is None:
            return False
        block = rw.block
        cont = rw.split_block(block, rw.before)
        region = block.parent
        failure = rw.create_block(region)
        print_str_call(rw, loc, module, "assert_msg", op.properties["msg"].value, "puts")
        body = module.regions[0].blocks[0]
        abort = None
        for o in body.ops:
            sym = o.properties.get("sym_name")
            if o.name == "llvm.func" and isinstance(sym, A.StringAttr) and sym.value == "abort":
                abort = o
        if abort is None:
            from mliropt.ir.location import unknown_loc

            saved = rw.save()
            rw.set_insertion_point_to_start(body)
            fn_props = {
                "sym_name": A.StringAttr("abort"),
                "function_type": A.TypeAttr(LT.LLVMFunctionType(LT.LLVMVoidType(), [])),
            }
            abort = rw.create(L.LLVMFuncOp, [], [], None, fn_props, location=unknown_loc)
            rw.restore(saved)
        call(rw, loc, abort, [])
        rw.create(L.UnreachableOp, [], [], location=loc)
        rw.set_insertion_point_to_end(block)
        props = {"operandSegmentSizes": segments(1, 0, 0)}
        new = rw.create(
            L.CondBrOp,
            [adaptor.operands[0]],
            [],
            None,
            props,
            successors=[cont, failure],
            location=loc,
        )
        rw.replace_op(op, new.results)
        return True


def cf_to_llvm_patterns(converter: Any) -> list:
    """The patterns (upstream's populateControlFlowToLLVMConversionPatterns and
    populateAssertToLLVMConversionPattern)."""
    return [
        BranchOpLowering(converter),
        CondBranchOpLowering(converter),
        SwitchOpLowering(converter),
        AssertOpLowering(converter),
    ]
