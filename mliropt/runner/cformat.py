"""C's printf conversions as glibc prints them (`%g`, `%e`), where Python's differ."""

from __future__ import annotations

import math


def format_g(x: float) -> str:
    """`printf("%g", x)`: Python's `%g` except that a NaN keeps its sign (`-nan`)."""
    if math.isnan(x):
        return "-nan" if math.copysign(1.0, x) < 0 else "nan"
    return f"{x:g}"


def format_llvm_e(x: float) -> str:
    """`llvm::raw_ostream << double` (llvm::write_double, exponent style): `%e`, with
    `nan` for every NaN and `INF` / `-INF` for infinities."""
    if math.isnan(x):
        return "nan"
    if math.isinf(x):
        return "-INF" if x < 0 else "INF"
    return f"{x:e}"
