"""The math dialect: mathematical functions on scalars, vectors and tensors.

Ops are declared in `ops.py`; constant folders (bit-exact with upstream, which folds
transcendental functions with the host's libm for f32/f64 only) in `folding.py`.
"""

from __future__ import annotations

from mliropt.dialects.math.ops import ALL_OPS, MathDialect

__all__ = ["ALL_OPS", "MathDialect"]
