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

def _int_align(width: int) -> tuple[int, int]:
    """(ABI, preferred) alignment in bytes of iN in LLVM's default layout
    (i1/i8 1, i16 2, i32 4, i64 4/8; wider ones take i64's)."""
    if width <= 8:
        return 1, 1
    if width <= 16:
        return 2, 2
    if width <= 32:
        return 4, 4
    return 4, 8


def _pow2_ceil(n: int) -> int:
    p = 1
    while p < n:
        p <<= 1
    return p


@cache
def size_in_bits(t: Any) -> int:
    """The type's size in bits (DataLayout::getTypeSizeInBits; scalable: the minimum)."""
    if isinstance(t, T.IntegerType):
        return t.width
    if isinstance(t, T.FloatType):
        return {"f16": 16, "bf16": 16, "f32": 32, "f64": 64, "f80": 80, "f128": 128}[t.kind]
    if isinstance(t, LT.LLVMPPCFP128Type):
        return 128
    if isinstance(t, LT.LLVMPointerType):
        return 64
    if isinstance(t, T.VectorType):
        return t.shape[0] * size_in_bits(t.element_type)
    return alloc_size(t) * 8


def store_size(t: Any) -> int:
    """Bytes written by a store of the type."""
    return (size_in_bits(t) + 7) // 8


@cache
def alloc_size(t: Any) -> int:
    """Bytes between consecutive elements of an array of the type."""
    if isinstance(t, LT.LLVMStructType):
        return struct_layout(t)[0]
    if isinstance(t, LT.LLVMArrayType):
        return t.num_elements * alloc_size(t.element_type)
    a = abi_align(t)
    return (store_size(t) + a - 1) // a * a


@cache
def struct_layout(t: Any) -> tuple[int, tuple[int, ...], int]:
    """(size, field offsets, alignment) of a struct."""
    offsets = []
    off = 0
    align = 1
    for e in t.body:
        a = 1 if t.packed else abi_align(e)
        align = max(align, a)
        off = (off + a - 1) // a * a
        offsets.append(off)
        off += alloc_size(e)
    off = (off + align - 1) // align * align
    return off, tuple(offsets), align


@cache
def abi_align(t: Any) -> int:
    """ABI alignment in bytes (loads and stores without an explicit alignment)."""
    return _align(t, abi=True)


@cache
def pref_align(t: Any) -> int:
    """Preferred alignment in bytes (allocas without an explicit alignment)."""
    return _align(t, abi=False)


def _align(t: Any, abi: bool) -> int:
    if isinstance(t, T.IntegerType):
        return _int_align(t.width)[0 if abi else 1]
    if isinstance(t, T.FloatType):
        return {"f16": 2, "bf16": 2, "f32": 4, "f64": 8, "f80": 16, "f128": 16}[t.kind]
    if isinstance(t, LT.LLVMPPCFP128Type):
        return 16
    if isinstance(t, LT.LLVMPointerType):
        return 8
    if isinstance(t, T.VectorType):
        return _pow2_ceil(max(1, store_size(t)))
    if isinstance(t, LT.LLVMArrayType):
        return _align(t.element_type, abi)
    if isinstance(t, LT.LLVMStructType):
        if t.packed and abi:
            return 1
        layout_align = struct_layout(t)[2]
        return layout_align if abi else max(8, layout_align)
    return 1
