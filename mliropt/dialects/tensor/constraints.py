"""Type constraints of the tensor dialect, with upstream's descriptions and storage
classes (a `type($x)` of a ranked-tensor part parses only a ranked tensor)."""

from __future__ import annotations

from typing import Any

from mliropt.dialects.ods import Constraint
from mliropt.ir import types as T


def _ranked(t: Any) -> bool:
    return isinstance(t, T.RankedTensorType)


def _tensor(t: Any) -> bool:
    return isinstance(t, (T.RankedTensorType, T.UnrankedTensorType))


# ODS cppTypes: RankedTensorType (named in upstream's message) and TensorType (not named).
RANKED_TENSOR = ("builtin.tensor", _ranked)
TENSOR = ("", _tensor)

AnyTensor = Constraint("tensor of any type values", _tensor, kind=TENSOR)
AnyRankedTensor = Constraint("ranked tensor of any type values", _ranked, kind=RANKED_TENSOR)
AnyNon0RankedOrUnrankedTensor = Constraint(
    "non-0-ranked or unranked tensor",
    lambda t: isinstance(t, T.UnrankedTensorType) or (_ranked(t) and len(t.shape) > 0),
    kind=TENSOR,
)
AnyStaticShapeTensor = Constraint(
    "statically shaped tensor of any type values",
    lambda t: _ranked(t) and T.DYNAMIC not in t.shape,
    kind=RANKED_TENSOR,
)
