"""The arith dialect: integer and floating-point arithmetic, comparisons, casts and
constants on scalars, vectors and tensors (upstream MLIR's `arith`)."""

from __future__ import annotations

from typing import Any

from mliropt.dialects.arith.attributes import FastMathFlagsAttr, IntegerOverflowFlagsAttr
from mliropt.dialects.arith.ops_cast import *  # noqa: F403 - the op classes
from mliropt.dialects.arith.ops_cast import CAST_OPS
from mliropt.dialects.arith.ops_float import *  # noqa: F403
from mliropt.dialects.arith.ops_float import FLOAT_OPS
from mliropt.dialects.arith.ops_int import *  # noqa: F403
from mliropt.dialects.arith.ops_int import INT_OPS
from mliropt.dialects.arith.ops_other import *  # noqa: F403
from mliropt.dialects.arith.ops_other import OTHER_OPS, ConstantOp, is_buildable_with
from mliropt.ir.dialect import Dialect
from mliropt.rewrite.inlining import AlwaysLegalInliner


class ArithDialect(Dialect):
    """The arith dialect."""

    name = "arith"
    grammar_fragment = "arith.lark"
    ops = OTHER_OPS + INT_OPS + FLOAT_OPS + CAST_OPS
    attributes = (FastMathFlagsAttr, IntegerOverflowFlagsAttr)
    # Upstream's ArithInlinerInterface: every arith op may be inlined.
    inliner = AlwaysLegalInliner

    def materialize_constant(self, builder: Any, value: Any, type: Any, loc: Any) -> Any:
        """See `materialize_arith_constant`."""
        return materialize_arith_constant(builder, value, type, loc)


def materialize_arith_constant(builder: Any, value: Any, type: Any, loc: Any) -> Any:
    """An `arith.constant` of `value` when it is buildable with `type` (a `ub.poison`
    for `#ub.poison`, as upstream), else None; the materializer of arith and of the
    dialects that delegate to it (math, vector, complex, tensor).

    With a builder (an object with `insert(op)`), the op is inserted through it."""
    from mliropt.dialects.ub import PoisonAttr, PoisonOp

    if isinstance(value, PoisonAttr):
        op = PoisonOp.build([], [type], None, {"value": value}, location=loc)
    elif is_buildable_with(value, type):
        op = ConstantOp.build([], [type], None, {"value": value}, location=loc)
    else:
        return None
    if builder is not None:
        builder.insert(op)
    return op
