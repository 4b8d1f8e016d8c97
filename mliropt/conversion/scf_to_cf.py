"""`convert-scf-to-cf`: lower structured control flow to a CFG (upstream's
SCFToControlFlowPass): scf.for, scf.if, scf.while, scf.execute_region,
scf.index_switch, scf.parallel and scf.forall become blocks and cf branches."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from mliropt.passes.pass_base import Pass, option

ILLEGAL_OPS = (
    "scf.forall",
    "scf.for",
    "scf.if",
    "scf.index_switch",
    "scf.parallel",
    "scf.while",
    "scf.execute_region",
)


def populate_scf_to_cf_patterns(patterns: list) -> None:
    """Add the scf-to-cf patterns (upstream's populateSCFToControlFlowConversionPatterns)."""
    from mliropt.conversion.scf_to_cf_patterns import PATTERNS

    patterns.extend(p() for p in PATTERNS)


@dataclass
class SCFToControlFlowPass(Pass):
    """Convert SCF dialect to ControlFlow dialect, replacing structured control flow with a CFG

    Every scf loop and conditional becomes blocks of its parent region joined by cf
    branches; other ops are left as they are (a partial conversion).
    """

    argument: ClassVar[str] = "convert-scf-to-cf"
    dependent_dialects: ClassVar[tuple[str, ...]] = ("cf",)
    allow_pattern_rollback: bool = option(
        True, "Experimental performance flag to disallow pattern rollback"
    )

    def run(self, op: Any) -> None:
        """Lower every scf op nested in `op`."""
        from mliropt.rewrite.conversion import (
            ConversionConfig,
            ConversionTarget,
            apply_partial_conversion,
        )

        patterns: list = []
        populate_scf_to_cf_patterns(patterns)
        target = ConversionTarget(self.ctx)
        target.add_illegal_op(*ILLEGAL_OPS)
        target.mark_unknown_op_dynamically_legal(lambda o: True)
        config = ConversionConfig(allow_pattern_rollback=self.allow_pattern_rollback)
        if not apply_partial_conversion(op, target, patterns, self.ctx, config):
            raise self.signal_failure()
