"""Differential tests of the affine dialect's ops (affine.for, affine.if, affine.yield)
against upstream mlir-opt 22 (skipped when it is not installed): the lit inputs in
tests/lit/dialects/affine print byte-identically in custom and generic form, and each
chunk of invalid IR gets upstream's diagnostics."""

from __future__ import annotations

from pathlib import Path

import pytest
from differential import requires_upstream, run_ours, run_upstream

LIT = Path(__file__).resolve().parents[1] / "lit" / "dialects" / "affine"
ALLOW = ["--allow-unregistered-dialect"]


@requires_upstream
@pytest.mark.parametrize("flags", [[], ["--mlir-print-op-generic"], ["--mlir-print-debuginfo"]])
def test_affine_ops_print_like_upstream(flags: list[str]) -> None:
    """Bounds, steps, iter_args, integer sets and implicit terminators print as upstream's."""
    path = str(LIT / "ops.mlir")
    up = run_upstream(path, [*ALLOW, *flags])
    ours = run_ours(path, [*ALLOW, *flags])
    assert up[0] == 0, up[2]
    assert ours[0] == 0, ours[2]
    assert ours[1] == up[1]


@requires_upstream
def test_affine_diagnostics_match_upstream() -> None:
    """Parse and verification errors of every invalid chunk, byte for byte (the chunks'
    expectations are checked too)."""
    path = str(LIT / "invalid.mlir")
    flags = ["--split-input-file", "--verify-diagnostics"]
    up = run_upstream(path, flags)
    ours = run_ours(path, flags)
    assert up[0] == 0, up[2]
    assert ours[0] == 0, ours[2]
    # Without --verify-diagnostics, the messages themselves (before upstream's own list
    # of unmet expectations, which pymlir-opt does not print) are identical.
    up = run_upstream(path, ["--split-input-file"])
    ours = run_ours(path, ["--split-input-file"])
    assert up[2].startswith(ours[2])
