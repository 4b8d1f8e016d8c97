"""The text of instruction flags: fast-math, overflow, exact/disjoint/nneg, GEP no-wrap,
predicates and atomic orderings."""

from __future__ import annotations

from typing import Any

# MLIR's FastmathFlags bits (nnan=1 ... reassoc=64) in LLVM's printing order.
_FMF_ORDER = (("reassoc", 64), ("nnan", 1), ("ninf", 2), ("nsz", 4), ("arcp", 8),
              ("contract", 16), ("afn", 32))


def _prop(op: Any, name: str) -> Any:
    # Only the op's declared properties count: upstream ignores a discardable attribute
    # of the same name (`llvm.fptrunc %x {fastmathFlags = ...}` gets no flags).
    return op.properties.get(name)


def fmf(op: Any) -> str:
    """` fast` / ` nnan ninf` (leading space) or ``."""
    a = _prop(op, "fastmathFlags")
    bits = getattr(a, "value", 0) if a is not None else 0
    if not isinstance(bits, int):
        bits = int(bits)
    if bits & 127 == 127:
        return " fast"
    return "".join(f" {n}" for n, b in _FMF_ORDER if bits & b)


def overflow(op: Any) -> str:
    """` nuw nsw` from `overflowFlags` (nsw=1, nuw=2), printed nuw first as LLVM does."""
    a = _prop(op, "overflowFlags")
    bits = a.value if a is not None else 0
    return (" nuw" if bits & 2 else "") + (" nsw" if bits & 1 else "")


def unit(op: Any, name: str, text: str) -> str:
    """` text` when the unit property `name` is set."""
    return f" {text}" if _prop(op, name) is not None else ""


def gep_flags(op: Any) -> str:
    """` inbounds nuw`, ` nusw`, ... from `noWrapFlags` (inbounds=3, nusw=2, nuw=4)."""
    a = _prop(op, "noWrapFlags")
    bits = a.value if a is not None else 0
    out = ""
    if bits & 1:
        out += " inbounds"
    elif bits & 2:
        out += " nusw"
    if bits & 4:
        out += " nuw"
    return out


def alignment(op: Any) -> int | None:
    """The `alignment` property, if any (0 means none)."""
    a = _prop(op, "alignment")
    return a.value if a is not None and a.value else None
