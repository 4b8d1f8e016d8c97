"""MLIR types of the llvm dialect as LLVM IR type text, and LLVM's default data layout
(sizes and alignments, as an LLVM module without a `target datalayout` computes them)."""

from __future__ import annotations

from functools import cache
from typing import Any

from mliropt.dialects.llvm import types as LT
from mliropt.ir import types as T

_FLOAT_NAMES = {
    "f16": "half", "bf16": "bfloat", "f32": "float", "f64": "double", "f80": "x86_fp80",
    "f128": "fp128",
}


class TypeError_(Exception):
    """A type with no LLVM IR counterpart (the caller reports it at an op)."""


@cache
def lltype(t: Any) -> str:
    """The LLVM IR text of an MLIR type (`i32`, `ptr`, `{ i32, float }`, `<4 x float>`)."""
    if isinstance(t, T.IntegerType):
        return f"i{t.width}"
    if isinstance(t, T.FloatType):
        name = _FLOAT_NAMES.get(t.kind)
        if name is None:
            raise TypeError_(f"cannot convert type {t} to LLVM IR")
        return name
    if isinstance(t, T.VectorType):
        inner = f"{t.shape[0]} x {lltype(t.element_type)}"
        return f"<vscale x {inner}>" if t.scalable and t.scalable[0] else f"<{inner}>"
    if isinstance(t, LT.LLVMPointerType):
        return f"ptr addrspace({t.address_space})" if t.address_space else "ptr"
    if isinstance(t, LT.LLVMStructType):
        if t.identifier is not None:
            return "%" + struct_name(t.identifier)
        return literal_struct(t.body, t.packed)
    if isinstance(t, LT.LLVMArrayType):
        return f"[{t.num_elements} x {lltype(t.element_type)}]"
    if isinstance(t, LT.LLVMFunctionType):
        items = [lltype(x) for x in t.inputs] + (["..."] if t.vararg else [])
        return f"{lltype(t.result)} ({', '.join(items)})"
    simple = {
        LT.LLVMVoidType: "void", LT.LLVMTokenType: "token", LT.LLVMLabelType: "label",
        LT.LLVMMetadataType: "metadata", LT.LLVMPPCFP128Type: "ppc_fp128",
        LT.LLVMX86AMXType: "x86_amx",
    }
    for cls, text in simple.items():
        if isinstance(t, cls):
            return text
    if isinstance(t, LT.LLVMTargetExtType):
        items = [f'"{t.ext_name}"'] + [lltype(x) for x in t.type_params]
        items += [str(i) for i in t.int_params]
        return f"target({', '.join(items)})"
    raise TypeError_(f"cannot convert type {t} to LLVM IR")


def literal_struct(body: Any, packed: bool) -> str:
    """`{ i32, float }`, `<{ i8 }>`, `{}`."""
    if not body:
        return "<{}>" if packed else "{}"
    inner = "{ " + ", ".join(lltype(x) for x in body) + " }"
    return f"<{inner}>" if packed else inner


def struct_name(name: str) -> str:
    """An identified struct's name as LLVM prints it (quoted unless it is a plain id)."""
    return quote_name(name)


def quote_name(name: str) -> str:
    """An LLVM identifier after `@`/`%`: bare when `[-a-zA-Z$._][-a-zA-Z$._0-9]*`."""
    import re

    if name and re.fullmatch(r"[-a-zA-Z$._][-a-zA-Z$._0-9]*", name):
        return name
    out = []
    for ch in name.encode("utf-8"):
        c = chr(ch)
        if c == '"' or c == "\\" or ch < 32 or ch > 126:
            out.append(f"\\{ch:02X}")
        else:
            out.append(c)
    return '"' + "".join(out) + '"'


# ----------------------------------------------------------------- data layout
# LLVM's default layout (see datalayout.py; a module's own layout is a DataLayout).


def size_in_bits(t: Any) -> int:
    """The type's size in bits in the default layout."""
    from mliropt.target.llvmir.datalayout import DEFAULT

    return DEFAULT.size_in_bits(t)


def alloc_size(t: Any) -> int:
    """Bytes between array elements in the default layout."""
    from mliropt.target.llvmir.datalayout import DEFAULT

    return DEFAULT.alloc_size(t)


def abi_align(t: Any) -> int:
    """ABI alignment in the default layout."""
    from mliropt.target.llvmir.datalayout import DEFAULT

    return DEFAULT.abi_align(t)


def pref_align(t: Any) -> int:
    """Preferred alignment in the default layout."""
    from mliropt.target.llvmir.datalayout import DEFAULT

    return DEFAULT.pref_align(t)
