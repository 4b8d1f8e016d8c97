"""The trivial constant trip count of an affine.for (upstream's
getTrivialConstantTripCount in AffineOps.cpp): known only for constant bounds.
"""

from __future__ import annotations

from typing import Any


def constant_trip_count(op: Any) -> int | None:
    """ceildiv(max(ub - lb, 0), step) when both bounds are single constants and the
    step is positive, else None."""
    lb, ub = op.lower_bound_map(), op.upper_bound_map()
    step = op.properties["step"].value
    if step <= 0 or not lb.is_single_constant() or not ub.is_single_constant():
        return None
    span = ub.constant_results()[0] - lb.constant_results()[0]
    return 0 if span <= 0 else -(-span // step)
