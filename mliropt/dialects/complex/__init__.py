"""The complex dialect: arithmetic and elementary functions on `complex<T>` values
(upstream MLIR's `complex`).

Ops are declared in `ops.py`, the `#complex.number` attribute and the type constraints
in `attributes.py`, canonicalization patterns in `patterns.py`.
"""

from __future__ import annotations

from typing import Any

from mliropt.dialects.complex.attributes import NumberAttr
from mliropt.dialects.complex.ops import *  # noqa: F403 - the op classes
from mliropt.dialects.complex.ops import ALL_OPS, ConstantOp, is_buildable_with
from mliropt.ir.dialect import Dialect
from mliropt.rewrite.inlining import AlwaysLegalInliner


class ComplexDialect(Dialect):
    """The complex dialect."""

    name = "complex"
    ops = ALL_OPS
    attributes = (NumberAttr,)
    dependent_dialects = ("arith",)
    # Upstream's ComplexInlinerInterface: every complex op may be inlined.
    inliner = AlwaysLegalInliner

    def materialize_constant(self, builder: Any, value: Any, type: Any, loc: Any) -> Any:
        """A `complex.constant` for an array of two parts of a complex type, else what
        arith materializes (upstream's ComplexDialect::materializeConstant)."""
        if not is_buildable_with(value, type):
            from mliropt.dialects.arith import materialize_arith_constant

            return materialize_arith_constant(builder, value, type, loc)
        op = ConstantOp.build([], [type], None, {"value": value}, location=loc)
        if builder is not None:
            builder.insert(op)
        return op
