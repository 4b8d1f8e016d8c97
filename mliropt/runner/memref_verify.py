"""Upstream's `verifyMemRef*` (mlir/ExecutionEngine/RunnerUtils.h): compare two memrefs
element by element and return the number of mismatches (-1 when their layouts differ),
printing the first ten mismatches (`actual != expected offset = N`) to stderr."""

from __future__ import annotations

import ctypes
import math
from collections.abc import Callable
from typing import Any

import numpy as np

from mliropt.runner import memref_print as mp

# The most mismatches printed (MemRefDataVerifier::printLimit).
PRINT_LIMIT = 10


def _scalar(ctype: type[ctypes._SimpleCData[Any]]) -> Callable[[int], Any]:
    return lambda addr: ctype.from_address(addr).value


def _complex(ctype: type[ctypes._SimpleCData[Any]]) -> Callable[[int], Any]:
    size = ctypes.sizeof(ctype)
    return lambda addr: complex(ctype.from_address(addr).value,
                                ctype.from_address(addr + size).value)


def _close(epsilon: Any, kind: Any) -> Callable[[Any, Any], bool]:
    """verifyRelErrorSmallerThan in the element type's arithmetic: both finite and
    |actual - expected| <= epsilon * |expected|."""
    eps = kind(epsilon)

    def close(actual: Any, expected: Any) -> bool:
        a, e = kind(actual), kind(expected)
        if not (math.isfinite(a) and math.isfinite(e)):
            return False
        return bool(abs(a - e) <= eps * abs(e))

    return close


def _equal(actual: Any, expected: Any) -> bool:
    return bool(actual == expected)


# suffix -> (element reader, element comparison); integers and complex numbers compare
# exactly, f32 within 1e-6 and f64 within 1e-12 relative error, as upstream's verifyElem.
KINDS: dict[str, tuple[Callable[[int], Any], Callable[[Any, Any], bool]]] = {
    "I8": (_scalar(ctypes.c_int8), _equal),
    "I16": (_scalar(ctypes.c_int16), _equal),
    "I32": (_scalar(ctypes.c_int32), _equal),
    "I64": (_scalar(ctypes.c_int64), _equal),
    "Ind": (_scalar(ctypes.c_int64), _equal),
    "F32": (_scalar(ctypes.c_float), _close(1e-6, np.float32)),
    "F64": (_scalar(ctypes.c_double), _close(1e-12, float)),
    "C32": (_complex(ctypes.c_float), _equal),
    "C64": (_complex(ctypes.c_double), _equal),
}


def verify(actual: mp.Descriptor, expected: mp.Descriptor, kind: str) -> tuple[int, str]:
    """(number of errors or -1, the text upstream writes to stderr)."""
    for i in range(actual.rank):  # upstream checks nothing more for rank 0
        if (
            expected.rank != actual.rank or actual.offset != expected.offset
            or actual.sizes[i] != expected.sizes[i] or actual.strides[i] != expected.strides[i]
        ):
            return -1, mp.metadata(actual) + mp.metadata(expected)
    read, same = KINDS[kind]
    size, text_of = mp.ELEMENTS[kind]
    errors = 0
    lines: list[str] = []
    index = [0] * actual.rank
    count = math.prod(actual.sizes)
    for _ in range(count):
        offset = actual.offset + sum(i * s for i, s in zip(index, actual.strides))
        a_addr = actual.aligned + offset * size
        e_addr = expected.aligned + offset * size
        if not same(read(a_addr), read(e_addr)):
            if len(lines) < PRINT_LIMIT:
                lines.append(f"{text_of(a_addr)} != {text_of(e_addr)} offset = {offset}\n")
            errors += 1
        for axis in range(actual.rank - 1, -1, -1):
            index[axis] += 1
            if index[axis] < actual.sizes[axis]:
                break
            index[axis] = 0
    return errors, "".join(lines)
