"""Intrinsic calls: LLVM's overloaded-name mangling, the immediate operands upstream
makes from op attributes, and each intrinsic's declaration attributes (LLVM 22's,
recorded from upstream mlir-translate's output in `intrinsic_table.py`)."""

from __future__ import annotations

from typing import Any

from mliropt.dialects.llvm import types as LT
from mliropt.ir import types as T


def mangle(t: Any) -> str:
    """The overload suffix of a type (`f32`, `i64`, `p0`, `v4f32`, `nxv4i32`, `a2i32`)."""
    if isinstance(t, T.IntegerType):
        return f"i{t.width}"
    if isinstance(t, T.FloatType):
        return t.kind
    if isinstance(t, LT.LLVMPointerType):
        return f"p{t.address_space}"
    if isinstance(t, T.VectorType):
        pre = "nx" if t.scalable and t.scalable[0] else ""
        return f"{pre}v{t.shape[0]}{mangle(t.element_type)}"
    if isinstance(t, LT.LLVMArrayType):
        return f"a{t.num_elements}{mangle(t.element_type)}"
    if isinstance(t, LT.LLVMStructType):
        if t.identifier is not None:
            return "s_" + t.identifier
        return "sl_" + "".join(mangle(e) for e in t.body) + "s"
    if isinstance(t, LT.LLVMPPCFP128Type):
        return "ppcf128"
    return "x"


# Ops upstream 22 registers but does not translate ("LLVM Translation failed").
UNTRANSLATED = frozenset(("llvm.intr.canonicalize",))

# Intrinsics whose LLVM name differs from the op's `llvm_instruction`.
LLVM_NAMES = {"llvm.vastart": "llvm.va_start", "llvm.vaend": "llvm.va_end",
              "llvm.vacopy": "llvm.va_copy"}

# Attributes that become immediate arguments: (property, LLVM type, index in the call's
# argument list; None appends).
IMMARGS: dict[str, tuple[tuple[str, str, int | None], ...]] = {
    "llvm.intr.ctlz": (("is_zero_poison", "i1", None),),
    "llvm.intr.cttz": (("is_zero_poison", "i1", None),),
    "llvm.intr.abs": (("is_int_min_poison", "i1", None),),
    "llvm.intr.memcpy": (("isVolatile", "i1", None),),
    "llvm.intr.memmove": (("isVolatile", "i1", None),),
    "llvm.intr.memset": (("isVolatile", "i1", None),),
    "llvm.intr.memcpy.inline": (("len", "", 2), ("isVolatile", "i1", None)),
    "llvm.intr.memset.inline": (("len", "", 2), ("isVolatile", "i1", None)),
    "llvm.intr.is.fpclass": (("bit", "i32", None),),
    "llvm.intr.expect.with.probability": (("prob", "double", None),),
    "llvm.intr.ubsantrap": (("failureKind", "i8", None),),
    "llvm.intr.prefetch": (("rw", "i32", None), ("hint", "i32", None), ("cache", "i32", None)),
    "llvm.intr.invariant.start": (("size", "i64", 0),),
    "llvm.intr.invariant.end": (("size", "i64", 1),),
}
