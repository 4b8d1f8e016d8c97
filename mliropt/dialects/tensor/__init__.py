"""The tensor dialect (upstream MLIR's `tensor`): so far empty, cast, dim, rank,
extract, insert, from_elements, splat, generate and yield, with their folders and
canonicalization patterns, and extract_slice/insert_slice (syntax, verifiers, part of
their folders and extract_slice's constant-argument folder). Not registered yet:
reshapes, pad, concat, gather/scatter, bitcast and the other upstream ops (they are
rejected as unknown ops of the dialect).

`ops.py` declares the element and shape ops, `slices.py` the slice ops, `generate.py`
generate and yield, `constraints.py` their type constraints, `canonicalize.py` the
canonicalization patterns.
"""

from __future__ import annotations

from typing import Any

from mliropt.dialects.tensor import canonicalize as _canonicalize  # noqa: F401 - attaches patterns
from mliropt.dialects.tensor.generate import *  # noqa: F403
from mliropt.dialects.tensor.generate import GENERATE_OPS
from mliropt.dialects.tensor.ops import *  # noqa: F403 - the op classes
from mliropt.dialects.tensor.ops import TENSOR_OPS
from mliropt.dialects.tensor.slices import *  # noqa: F403
from mliropt.dialects.tensor.slices import SLICE_OPS
from mliropt.ir.dialect import Dialect
from mliropt.rewrite.inlining import AlwaysLegalInliner


class TensorDialect(Dialect):
    """The tensor dialect."""

    name = "tensor"
    ops = TENSOR_OPS + SLICE_OPS + GENERATE_OPS
    dependent_dialects = ("arith",)
    # Upstream's TensorInlinerInterface: every tensor op may be inlined.
    inliner = AlwaysLegalInliner

    def materialize_constant(self, builder: Any, value: Any, type: Any, loc: Any) -> Any:
        """Folded constants are arith.constant ops, complex numbers (arrays of their two
        parts) complex.constant ops (upstream's materializeConstant)."""
        from mliropt.dialects.arith import materialize_arith_constant
        from mliropt.dialects.complex import ComplexDialect, is_buildable_with

        if is_buildable_with(value, type):
            return ComplexDialect().materialize_constant(builder, value, type, loc)
        return materialize_arith_constant(builder, value, type, loc)
