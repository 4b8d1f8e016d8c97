"""LLVM data layouts: the default one (a module without `target datalayout`) and the one
a `llvm.data_layout` string describes (LLVM's LangRef syntax: `e-i64:64-f80:128-...`).
Sizes and alignments in bytes."""

from __future__ import annotations

from typing import Any

from mliropt.dialects.llvm import types as LT
from mliropt.ir import types as T

_FLOAT_BITS = {"f16": 16, "bf16": 16, "f32": 32, "f64": 64, "f80": 80, "f128": 128}


class DataLayoutError(Exception):
    """A malformed data layout string."""


def _pow2_ceil(n: int) -> int:
    p = 1
    while p < n:
        p <<= 1
    return p


class DataLayout:
    """Alignment tables (bit width -> (ABI, preferred) bytes) and the queries that
    IRBuilder and the GEP folder make."""

    def __init__(self, spec: str = "") -> None:
        self.spec = spec
        self.ints = {1: (1, 1), 8: (1, 1), 16: (2, 2), 32: (4, 4), 64: (4, 8)}
        self.floats = {16: (2, 2), 32: (4, 4), 64: (8, 8), 128: (16, 16)}
        self.vectors = {64: (8, 8), 128: (16, 16)}
        self.pointers = {0: (64, 8, 8)}  # address space -> (size bits, abi, pref)
        self.aggregate = (1, 8)
        self._cache: dict[tuple, int] = {}
        for part in spec.split("-") if spec else []:
            self._parse(part)

    def _parse(self, part: str) -> None:
        def align(bits: str) -> int:
            v = int(bits)
            if v % 8:
                raise DataLayoutError(f"invalid alignment in data layout: {part}")
            return v // 8

        kind = part[0]
        fields = part[1:].split(":")
        try:
            if kind in "ifv" and fields[0]:
                size = int(fields[0])
                abi = align(fields[1])
                pref = align(fields[2]) if len(fields) > 2 else abi
                table = {"i": self.ints, "f": self.floats, "v": self.vectors}[kind]
                table[size] = (abi, pref)
            elif kind == "p":
                space = int(fields[0]) if fields[0] else 0
                size = int(fields[1])
                abi = align(fields[2])
                pref = align(fields[3]) if len(fields) > 3 else abi
                self.pointers[space] = (size, abi, pref)
            elif kind == "a":
                abi = align(fields[1]) if len(fields) > 1 and fields[1] else 1
                pref = align(fields[2]) if len(fields) > 2 else abi
                self.aggregate = (max(abi, 1), pref)
        except (ValueError, IndexError):
            raise DataLayoutError(f"malformed data layout component '{part}'") from None

    # ------------------------------------------------------------- queries

    def _pointer(self, t: Any) -> tuple[int, int, int]:
        return self.pointers.get(t.address_space, self.pointers[0])

    def size_in_bits(self, t: Any) -> int:
        """DataLayout::getTypeSizeInBits (scalable vectors: the minimum)."""
        if isinstance(t, T.IntegerType):
            return t.width
        if isinstance(t, T.FloatType):
            return _FLOAT_BITS[t.kind]
        if isinstance(t, LT.LLVMPPCFP128Type):
            return 128
        if isinstance(t, LT.LLVMPointerType):
            return self._pointer(t)[0]
        if isinstance(t, T.VectorType):
            return t.shape[0] * self.size_in_bits(t.element_type)
        return self.alloc_size(t) * 8

    def store_size(self, t: Any) -> int:
        """Bytes a store of the type writes."""
        return (self.size_in_bits(t) + 7) // 8

    def alloc_size(self, t: Any) -> int:
        """Bytes between consecutive array elements of the type."""
        if isinstance(t, LT.LLVMStructType):
            return self.struct_layout(t)[0]
        if isinstance(t, LT.LLVMArrayType):
            return t.num_elements * self.alloc_size(t.element_type)
        a = self.abi_align(t)
        return (self.store_size(t) + a - 1) // a * a

    def struct_layout(self, t: Any) -> tuple[int, tuple[int, ...], int]:
        """(size, field offsets, alignment) of a struct."""
        offsets = []
        off = 0
        align = 1
        for e in t.body:
            a = 1 if t.packed else self.abi_align(e)
            align = max(align, a)
            off = (off + a - 1) // a * a
            offsets.append(off)
            off += self.alloc_size(e)
        off = (off + align - 1) // align * align
        return off, tuple(offsets), align

    def abi_align(self, t: Any) -> int:
        """ABI alignment (loads and stores without an explicit one)."""
        return self._align(t, True)

    def pref_align(self, t: Any) -> int:
        """Preferred alignment (allocas without an explicit one)."""
        return self._align(t, False)

    def _align(self, t: Any, abi: bool) -> int:
        key = (t, abi)
        hit = self._cache.get(key)
        if hit is None:
            hit = self._cache[key] = self._compute_align(t, abi)
        return hit

    def _compute_align(self, t: Any, abi: bool) -> int:
        k = 0 if abi else 1
        if isinstance(t, T.IntegerType):
            # An exact entry, else the next wider integer's, else the widest one's.
            wider = [w for w in sorted(self.ints) if w >= t.width]
            w = wider[0] if wider else max(self.ints)
            return self.ints[w][k]
        if isinstance(t, T.FloatType | LT.LLVMPPCFP128Type):
            bits = 128 if isinstance(t, LT.LLVMPPCFP128Type) else _FLOAT_BITS[t.kind]
            if bits in self.floats:
                return self.floats[bits][k]
            return _pow2_ceil(self.store_size(t))
        if isinstance(t, LT.LLVMPointerType):
            return self._pointer(t)[1 + k]
        if isinstance(t, T.VectorType):
            bits = self.size_in_bits(t)
            if bits in self.vectors:
                return self.vectors[bits][k]
            return _pow2_ceil(max(1, self.store_size(t)))
        if isinstance(t, LT.LLVMArrayType):
            return self._align(t.element_type, abi)
        if isinstance(t, LT.LLVMStructType):
            if t.packed and abi:
                return 1
            layout_align = self.struct_layout(t)[2]
            return max(self.aggregate[k], layout_align)
        return 1


DEFAULT = DataLayout()
