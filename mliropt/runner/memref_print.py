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


def data(d: Descriptor, kind: str) -> str:
    """The elements as upstream's MemRefDataPrinter nests them. Like upstream, a memref
    with a zero-sized dimension still prints one element per level (read past the end)."""
    size, read = ELEMENTS[kind]
    rank = d.rank
    out: list[str] = []

    def element(index: int) -> None:
        out.append(read(d.aligned + index * size))

    def print_(dim: int, offset: int, level: int) -> None:
        if dim == 0:
            element(offset)
            return
        n = d.sizes[level]
        stride = d.strides[level]
        out.append("[")
        print_(dim - 1, offset, level + 1)
        if n <= 1:
            out.append("]")
            return
        out.append(", \n" if dim > 1 else ", ")
        pad = " " * (rank - dim + 1)
        for i in range(1, n - 1):
            out.append(pad)
            print_(dim - 1, offset + i * stride, level + 1)
            out.append(", \n" if dim > 1 else ", ")
        out.append(pad)
        print_(dim - 1, offset + (n - 1) * stride, level + 1)
        out.append("]")

    if rank == 0:
        out.append("[")
    print_(rank, d.offset, 0)
    if rank == 0:
        out.append("]")
    return "".join(out)


def print_memref(d: Descriptor, kind: str, unranked: bool) -> str:
    """The whole `printMemref*` text, ending with a newline."""
    prefix = "Unranked Memref " if unranked else "Memref "
    return f"{prefix}{metadata(d)} data = \n{data(d, kind)}\n"


def print_shape(d: Descriptor) -> str:
    """`printMemrefShape*`: the metadata line only."""
    return f"Unranked Memref {metadata(d)}\n"
