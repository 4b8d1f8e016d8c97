"""`reconcile-unrealized-casts`: fold `builtin.unrealized_conversion_cast` chains that
cancel out and erase unused casts (upstream's ReconcileUnrealizedCastsPass)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from mliropt.passes.pass_base import Pass


@dataclass
class ReconcileUnrealizedCastsPass(Pass):
    """Simplify and eliminate unrealized conversion casts

    A cast whose inputs come, through a chain of casts, from values of its result
    types is replaced by those values; casts left without users are erased.
    """

    argument: ClassVar[str] = "reconcile-unrealized-casts"
    display_name: ClassVar[str] = "ReconcileUnrealizedCastsPass"

    def run(self, op: Any) -> None:
        """Reconcile every cast nested in `op`."""
        from mliropt.rewrite.conversion import reconcile_unrealized_casts

        casts = [o for o in op.walk() if o.name == "builtin.unrealized_conversion_cast"]
        reconcile_unrealized_casts(casts)
