"""Differential tests of the affine dialect's ops (affine.for/if/yield/apply/min/max/
load/store) against upstream mlir-opt 22 (skipped when it is not installed): the lit
inputs in tests/lit/dialects/affine print byte-identically in custom and generic form,
each chunk of invalid IR gets upstream's diagnostics, and canonicalize (folders) and
sccp (region branches) give upstream's output."""

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


@requires_upstream
@pytest.mark.parametrize(
    ("name", "flags"),
    [
        ("canonicalize.mlir", ["--canonicalize", "--split-input-file"]),
        ("locations.mlir", ["--mlir-print-debuginfo"]),
    ],
)
def test_affine_passes_like_upstream(name: str, flags: list[str]) -> None:
    """Constant folding of apply/min/max, cast folding of load/store, and induction
    variable locations, byte for byte."""
    path = str(LIT / name)
    up = run_upstream(path, flags)
    ours = run_ours(path, flags)
    assert up[0] == 0, up[2]
    assert ours[0] == 0, ours[2]
    assert ours[1] == up[1]


@requires_upstream
def test_affine_sccp_like_upstream() -> None:
    """SCCP through affine.for (constant trip counts) and affine.if, byte for byte."""
    path = str(LIT.parents[1] / "transforms" / "sccp-affine.mlir")
    flags = ["--split-input-file", "--pass-pipeline=builtin.module(func.func(sccp))"]
    up = run_upstream(path, flags)
    ours = run_ours(path, flags)
    assert up[0] == 0, up[2]
    assert ours[0] == 0, ours[2]
    assert ours[1] == up[1]
