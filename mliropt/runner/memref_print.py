"""Upstream's `printMemref*` output (mlir/ExecutionEngine/RunnerUtils.h), read from memref
descriptors in memory: `Unranked Memref base@ = 0x... rank = 2 offset = 0 sizes = [2, 3]
strides = [3, 1] data = ` and the nested, space-aligned element lists."""

from __future__ import annotations

import ctypes
import struct
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from mliropt.runner.cformat import format_g


@dataclass(frozen=True)
class Descriptor:
    """A strided memref descriptor read from memory (`StridedMemRefType<T, N>`)."""

    allocated: int
    aligned: int
    offset: int
    sizes: tuple[int, ...]
    strides: tuple[int, ...]

    @property
    def rank(self) -> int:
        """The number of dimensions."""
        return len(self.sizes)


def read_descriptor(address: int, rank: int) -> Descriptor:
    """Read `{ptr allocated, ptr aligned, i64 offset, i64 sizes[rank], i64 strides[rank]}`."""
    words = (ctypes.c_int64 * (3 + 2 * rank)).from_address(address)
    values = list(words)
    return Descriptor(
        values[0] & 0xFFFFFFFFFFFFFFFF, values[1] & 0xFFFFFFFFFFFFFFFF, values[2],
        tuple(values[3:3 + rank]), tuple(values[3 + rank:]),
    )


def read_unranked(address: int) -> tuple[int, int]:
    """Read `UnrankedMemRefType` `{i64 rank, ptr descriptor}`: (rank, descriptor address)."""
    rank, desc = (ctypes.c_int64 * 2).from_address(address)
    return rank, desc & 0xFFFFFFFFFFFFFFFF


def _float_reader(ctype: type[ctypes._SimpleCData[Any]]) -> Callable[[int], str]:
    return lambda addr: format_g(ctype.from_address(addr).value)


def _int_reader(ctype: type[ctypes._SimpleCData[Any]]) -> Callable[[int], str]:
    return lambda addr: str(ctype.from_address(addr).value)


def _f16(addr: int) -> str:
    return format_g(struct.unpack("<e", ctypes.string_at(addr, 2))[0])


def _bf16(addr: int) -> str:
    bits = ctypes.c_uint16.from_address(addr).value
    return format_g(struct.unpack("<f", struct.pack("<I", bits << 16))[0])


def _char(addr: int) -> str:
    # int8_t goes through `ostream << char`: the raw byte (kept as a surrogate escape).
    return bytes([ctypes.c_uint8.from_address(addr).value]).decode("utf-8", "surrogateescape")


def _complex(ctype: type[ctypes._SimpleCData[Any]]) -> Callable[[int], str]:
    size = ctypes.sizeof(ctype)

    def read(addr: int) -> str:
        re = ctype.from_address(addr).value
        im = ctype.from_address(addr + size).value
        return f"({format_g(re)},{format_g(im)})"  # std::complex's operator<<

    return read


# Element kinds upstream's runner utils print: suffix -> (element size, reader).
ELEMENTS: dict[str, tuple[int, Callable[[int], str]]] = {
    "F32": (4, _float_reader(ctypes.c_float)),
    "F64": (8, _float_reader(ctypes.c_double)),
    "F16": (2, _f16),
    "BF16": (2, _bf16),
    "I8": (1, _char),
    "I16": (2, _int_reader(ctypes.c_int16)),
    "I32": (4, _int_reader(ctypes.c_int32)),
    "I64": (8, _int_reader(ctypes.c_int64)),
    "Ind": (8, _int_reader(ctypes.c_int64)),
    "C32": (8, _complex(ctypes.c_float)),
    "C64": (16, _complex(ctypes.c_double)),
}


def metadata(d: Descriptor) -> str:
    """`base@ = 0x... rank = R offset = O sizes = [..] strides = [..]` (std::hex with
    showbase prints a null pointer as `0`)."""
    base = hex(d.aligned) if d.aligned else "0"
    sizes = ", ".join(map(str, d.sizes))
    strides = ", ".join(map(str, d.strides))
    return (f"base@ = {base} rank = {d.rank} offset = {d.offset} sizes = [{sizes}] "
            f"strides = [{strides}]")


# suffix -> (numpy dtype read from memory, formatter of one Python value).
def _format_char(v: int) -> str:
    return bytes([v & 0xFF]).decode("utf-8", "surrogateescape")


def _format_complex(v: complex) -> str:
    return f"({format_g(v.real)},{format_g(v.imag)})"  # std::complex's operator<<


_VECTOR: dict[str, tuple[str, Callable[[Any], str]]] = {
    "F32": ("float32", format_g), "F64": ("float64", format_g), "F16": ("float16", format_g),
    "BF16": ("uint16", format_g), "I8": ("int8", _format_char), "I16": ("int16", str),
    "I32": ("int32", str), "I64": ("int64", str), "Ind": ("int64", str),
    "C32": ("complex64", _format_complex), "C64": ("complex128", _format_complex),
}


def _element_texts(d: Descriptor, kind: str, sizes: tuple[int, ...]) -> list[str] | None:
    """The formatted elements of the grid `sizes` (row-major), read with one copy of the
    memory they span; None when that span is much larger than the elements."""
    import numpy as np

    size = ELEMENTS[kind][0]
    index = np.full(sizes, d.offset, dtype=np.int64)
    for axis, (n, stride) in enumerate(zip(sizes, d.strides)):
        shape = [1] * len(sizes)
        shape[axis] = n
        index = index + (np.arange(n, dtype=np.int64) * stride).reshape(shape)
    flat = index.reshape(-1)
    lo, hi = int(flat.min()), int(flat.max())
    if hi - lo + 1 > 16 * flat.size + 4096:
        return None
    dtype, fmt = _VECTOR[kind]
    raw = (ctypes.c_uint8 * ((hi - lo + 1) * size)).from_address(d.aligned + lo * size)
    values = np.frombuffer(memoryview(raw), dtype=dtype)[flat - lo]
    if kind == "BF16":
        values = (values.astype(np.uint32) << 16).view(np.float32)
    return [fmt(v) for v in values.tolist()]


def data(d: Descriptor, kind: str) -> str:
    """The elements as upstream's MemRefDataPrinter nests them: `[a,  b]` with one more
    space per level, rows separated by a comma and a newline. Like upstream, a zero-sized
    dimension still prints its first element (read past the end of the buffer)."""
    rank = d.rank
    sizes = tuple(max(n, 1) for n in d.sizes)  # upstream prints index 0 of an empty dim
    texts = _element_texts(d, kind, sizes)
    if texts is None:  # sparse strides: read element by element
        elem_size, read = ELEMENTS[kind]
        texts = []
        for i in range(_count(sizes)):
            offset = d.offset
            for n, stride in zip(reversed(sizes), reversed(d.strides)):
                offset += (i % n) * stride
                i //= n
            texts.append(read(d.aligned + offset * elem_size))
    if rank == 0:
        return f"[{texts[0]}]"
    pos = 0

    def block(level: int) -> str:
        nonlocal pos
        pad = " " * (level + 1)
        if level == rank - 1:
            n = sizes[level]
            inner = (", " + pad).join(texts[pos:pos + n])
            pos += n
            return f"[{inner}]"
        parts = [block(level + 1) for _ in range(sizes[level])]
        return "[" + (", \n" + pad).join(parts) + "]"

    return block(0)


def _count(sizes: tuple[int, ...]) -> int:
    out = 1
    for n in sizes:
        out *= n
    return out


def print_memref(d: Descriptor, kind: str, unranked: bool) -> str:
    """The whole `printMemref*` text, ending with a newline."""
    prefix = "Unranked Memref " if unranked else "Memref "
    return f"{prefix}{metadata(d)} data = \n{data(d, kind)}\n"


def print_shape(d: Descriptor) -> str:
    """`printMemrefShape*`: the metadata line only."""
    return f"Unranked Memref {metadata(d)}\n"
