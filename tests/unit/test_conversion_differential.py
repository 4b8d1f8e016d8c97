"""Differential tests of the *-to-llvm conversions against upstream mlir-opt 22 (skipped
when it is not installed), on our own corpus tests/corpus/conversion:

- every program lowered by the pipelines below gives upstream's output, status and
  diagnostics, byte for byte;
- `errors*.mlir`: `// -----` chunks that fail to lower (illegal leftovers, unresolved
  materializations), whose diagnostics are upstream's, chunk by chunk.
"""

from __future__ import annotations

import pytest
from differential import corpus_cases, requires_upstream, run_ours, run_upstream

FILES, ERRORS = corpus_cases("conversion")
ALLOW = ["--allow-unregistered-dialect"]
LOWER = ["--convert-scf-to-cf", "--convert-to-llvm", "--reconcile-unrealized-casts"]
PIPELINES = {
    "lower": LOWER,
    "lower-debuginfo": [*LOWER, "--mlir-print-debuginfo"],
    "convert-to-llvm": ["--convert-scf-to-cf", "--convert-to-llvm"],
    "by-pass": [
        "--convert-scf-to-cf",
        "--convert-arith-to-llvm",
        "--convert-math-to-llvm",
        "--convert-index-to-llvm",
        "--finalize-memref-to-llvm",
        "--convert-func-to-llvm",
        "--convert-cf-to-llvm",
        "--reconcile-unrealized-casts",
    ],
}


def _same(path: object, flags: list[str]) -> None:
    up = run_upstream(str(path), flags)
    ours = run_ours(str(path), flags)
    assert ours[0] == up[0], ours[2]
    assert ours[2] == up[2]
    assert ours[1] == up[1]


@requires_upstream
@pytest.mark.parametrize("pipeline", sorted(PIPELINES))
@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_lowering_matches_upstream(path: object, pipeline: str) -> None:
    """Our programs lower to upstream's bytes."""
    _same(path, [*ALLOW, *PIPELINES[pipeline]])


@requires_upstream
@pytest.mark.parametrize("path", ERRORS, ids=lambda p: p.name)
def test_conversion_failures_match_upstream(path: object) -> None:
    """Every chunk that fails to lower gets upstream's diagnostics and status."""
    _same(path, [*ALLOW, "--split-input-file", *LOWER])
