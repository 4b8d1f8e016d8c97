"""Differential tests of the llvm dialect against upstream mlir-opt 22 (skipped when it
is not installed), on our own corpora:

- tests/corpus/llvm: every op and type, printed in custom form, generic form and with
  locations, byte-identical to upstream, and upstream's output parsed back;
  `errors*.mlir`: the diagnostics of invalid IR, chunk by chunk, byte-identical;
- tests/corpus/llvm_lowering: func/arith/math/cf/scf/memref/index programs lowered by
  upstream (`--convert-scf-to-cf --convert-to-llvm --reconcile-unrealized-casts`): the
  llvm dialect IR the conversions produce round-trips through pymlir-opt byte for byte.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from differential import (
    UPSTREAM,
    assert_round_trips_like_upstream,
    corpus_cases,
    requires_upstream,
    run_ours,
    run_upstream,
)

FILES, ERRORS = corpus_cases("llvm")
LOWERING = sorted((Path(__file__).resolve().parents[1] / "corpus" / "llvm_lowering").glob("*.mlir"))
ALLOW = ["--allow-unregistered-dialect"]
FLAGS = [[], ["--mlir-print-op-generic"], ["--mlir-print-debuginfo"]]
LOWER = ["--convert-scf-to-cf", "--convert-to-llvm", "--reconcile-unrealized-casts"]


@requires_upstream
@pytest.mark.parametrize("flags", FLAGS, ids=lambda f: " ".join(f) or "custom")
@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_llvm_corpus_matches_upstream(path: Path, flags: list[str], tmp_path: Path) -> None:
    """pymlir-opt prints the same bytes as upstream, and parses upstream's output back."""
    assert_round_trips_like_upstream(path, [*ALLOW, *flags], tmp_path)


@requires_upstream
@pytest.mark.parametrize("path", ERRORS, ids=lambda p: p.name)
def test_llvm_diagnostics_match_upstream(path: Path) -> None:
    """Every chunk of invalid IR gets upstream's diagnostics, byte for byte."""
    flags = [*ALLOW, "--split-input-file"]
    up = run_upstream(str(path), flags)
    ours = run_ours(str(path), flags)
    assert ours[0] == up[0]
    assert ours[2] == up[2]
    assert ours[1] == up[1]


@requires_upstream
@pytest.mark.parametrize("flags", FLAGS[:2], ids=lambda f: " ".join(f) or "custom")
@pytest.mark.parametrize("path", LOWERING, ids=lambda p: p.name)
def test_lowered_programs_round_trip(path: Path, flags: list[str], tmp_path: Path) -> None:
    """Upstream's lowering of our programs to the llvm dialect round-trips exactly."""
    lowered = tmp_path / "lowered.mlir"
    r = subprocess.run(
        [UPSTREAM, *LOWER, str(path), "-o", str(lowered)], capture_output=True, text=True
    )
    assert r.returncode == 0, r.stderr
    assert_round_trips_like_upstream(lowered, flags, tmp_path)


CANON = sorted(
    (Path(__file__).resolve().parents[1] / "corpus" / "llvm_canonicalize").glob("*.mlir")
)
PASSES = [["--canonicalize"], ["--cse"], ["--canonicalize", "--cse"]]


@requires_upstream
@pytest.mark.parametrize("passes", PASSES, ids=" ".join)
@pytest.mark.parametrize("path", CANON, ids=lambda p: p.name)
def test_llvm_folds_match_upstream(path: Path, passes: list[str]) -> None:
    """Folders, constant materialization and memory effects rewrite as upstream's."""
    up = run_upstream(str(path), passes)
    ours = run_ours(str(path), passes)
    assert ours[0] == up[0], ours[2]
    assert ours[1] == up[1]


@requires_upstream
@pytest.mark.parametrize("path", LOWERING, ids=lambda p: p.name)
def test_lowered_programs_canonicalize_like_upstream(path: Path, tmp_path: Path) -> None:
    """Canonicalizing upstream's lowering of our programs gives upstream's result."""
    lowered = tmp_path / "lowered.mlir"
    r = subprocess.run(
        [UPSTREAM, *LOWER, str(path), "-o", str(lowered)], capture_output=True, text=True
    )
    assert r.returncode == 0, r.stderr
    up = run_upstream(str(lowered), ["--canonicalize"])
    ours = run_ours(str(lowered), ["--canonicalize"])
    assert ours[0] == up[0], ours[2]
    assert ours[1] == up[1]
