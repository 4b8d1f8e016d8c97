"""`canonicalize`: the greedy rewrite driver with every folder and canonicalization
pattern of the loaded dialects (upstream's Canonicalizer).

Patterns come from each loaded dialect's `canonicalization_patterns` and from the
`canonicalization_patterns` of each of its op classes: a tuple of RewritePattern
subclasses (instantiated without arguments) or instances. Folding uses the ops' `fold`
methods (see mliropt/rewrite/folding.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from mliropt.ir.operation import Operation
from mliropt.passes.pass_base import Pass, long, option
from mliropt.rewrite.greedy import GreedyConfig, apply_patterns_greedily
from mliropt.rewrite.pattern import RewritePattern

_REGION_SIMPLIFY = (
    ("disabled", "Don't run any control-flow simplification."),
    ("normal", "Perform simple control-flow simplifications (e.g. dead args elimination)."),
    ("aggressive", "Perform aggressive control-flow simplification (e.g. block merging)."),
)


def _instances(entries: Any) -> list[RewritePattern]:
    return [e() if isinstance(e, type) else e for e in entries or ()]


def collect_canonicalization_patterns(ctx: Any) -> list[RewritePattern]:
    """The canonicalization patterns of every loaded dialect: the dialects' own first,
    then those of their ops in op-name order (upstream's getRegisteredOperations)."""
    dialects = list(ctx.dialects.values())
    patterns: list[RewritePattern] = []
    for dialect in dialects:
        patterns.extend(_instances(getattr(dialect, "canonicalization_patterns", ())))
    ops = sorted((cls for d in dialects for cls in d.ops), key=lambda cls: cls.name)
    for cls in ops:
        patterns.extend(_instances(getattr(cls, "canonicalization_patterns", ())))
    return patterns


def _labels(pattern: RewritePattern) -> set[str]:
    """The names a pattern can be enabled or disabled by: its debug name, its class
    name and its debug labels."""
    names = {pattern.debug_name(), type(pattern).__name__}
    names.update(getattr(pattern, "debug_labels", ()))
    return names


def filter_patterns(
    patterns: list[RewritePattern], disabled: list[str], enabled: list[str]
) -> list[RewritePattern]:
    """Upstream's FrozenRewritePatternSet filtering by enabled/disabled labels."""
    out = []
    for p in patterns:
        labels = _labels(p)
        if enabled and not labels & set(enabled):
            continue
        if disabled and labels & set(disabled):
            continue
        out.append(p)
    return out


@dataclass
class CanonicalizePass(Pass):
    """Canonicalize operations

    Applies the folders and canonicalization patterns of the loaded dialects with the
    greedy driver until a fixpoint (or the iteration limit), simplifying the regions'
    control flow on the way. Non-convergence fails the pass only with test-convergence.
    """

    argument: ClassVar[str] = "canonicalize"
    display_name: ClassVar[str] = "Canonicalizer"

    top_down: bool = option(True, "Seed the worklist in general top-down order")
    region_simplify: str = option(
        "normal", "Perform control flow optimizations to the region tree", choices=_REGION_SIMPLIFY
    )
    max_iterations: long = option(
        10, "Max. iterations between applying patterns / simplifying regions"
    )
    max_num_rewrites: long = option(-1, "Max. number of pattern rewrites within an iteration")
    test_convergence: bool = option(
        False, "Test only: Fail pass on non-convergence to detect cyclic pattern"
    )
    disable_patterns: list[str] = option(
        [], "Labels of patterns that should be filtered out during application", list_=True
    )
    enable_patterns: list[str] = option(
        [],
        "Labels of patterns that should be used during application, all other patterns are "
        "filtered out",
        list_=True,
    )

    def __post_init__(self) -> None:
        super().__post_init__()
        self._patterns: list[RewritePattern] | None = None
        self._pattern_key: tuple = ()

    def config(self) -> GreedyConfig:
        """The greedy driver's configuration from the options."""
        return GreedyConfig(
            top_down=self.top_down,
            max_iterations=self.max_iterations,
            max_num_rewrites=self.max_num_rewrites,
            region_simplify=self.region_simplify,
        )

    def patterns(self) -> list[RewritePattern]:
        """The filtered patterns (collected again only when more dialects got loaded)."""
        key = (id(self.ctx), tuple(self.ctx.dialects))
        if self._patterns is None or key != self._pattern_key:
            self._patterns = filter_patterns(
                collect_canonicalization_patterns(self.ctx),
                self.disable_patterns,
                self.enable_patterns,
            )
            self._pattern_key = key
        return self._patterns

    def run(self, op: Operation) -> None:
        """Rewrite every region of `op` to a fixpoint."""
        converged = apply_patterns_greedily(op, self.patterns(), self.ctx, self.config())
        # Canonicalization is best-effort: non-convergence fails only when tested.
        if self.test_convergence and not converged:
            raise self.signal_failure()
