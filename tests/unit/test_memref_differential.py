"""Differential tests of the memref dialect against upstream mlir-opt 22 (skipped when
it is not installed), on our own corpora:

- tests/corpus/memref: every op, printed in custom form, generic form and with
  locations, byte-identical to upstream, and upstream's output parsed back;
- tests/corpus/memref_canonicalize: `--canonicalize` and `--cse` outputs (folders,
  canonicalization patterns, memory effects) byte-identical to upstream's;
- tests/corpus/memref_invalid: the diagnostics (stderr) of invalid IR, chunk by chunk,
  byte-identical to upstream's.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from differential import assert_round_trips_like_upstream, requires_upstream, run_ours, run_upstream

ROOT = Path(__file__).resolve().parents[1] / "corpus"
CORPUS = sorted((ROOT / "memref").glob("*.mlir"))
CANON = sorted((ROOT / "memref_canonicalize").glob("*.mlir"))
INVALID = sorted((ROOT / "memref_invalid").glob("*.mlir"))
ALLOW = ["--allow-unregistered-dialect"]
FLAGS = [[], ["--mlir-print-op-generic"], ["--mlir-print-debuginfo"]]
PASSES = [["--canonicalize"], ["--cse"], ["--canonicalize", "--cse"]]


@requires_upstream
@pytest.mark.parametrize("flags", FLAGS, ids=lambda f: " ".join(f) or "custom")
@pytest.mark.parametrize("path", CORPUS, ids=lambda p: p.name)
def test_memref_corpus_matches_upstream(path: Path, flags: list[str], tmp_path: Path) -> None:
    """pymlir-opt prints the same bytes as upstream, and parses upstream's output back."""
    assert_round_trips_like_upstream(path, [*ALLOW, *flags], tmp_path)


@requires_upstream
@pytest.mark.parametrize("passes", PASSES, ids=" ".join)
@pytest.mark.parametrize("path", CANON, ids=lambda p: p.name)
def test_memref_passes_match_upstream(path: Path, passes: list[str]) -> None:
    """Folders, patterns and memory effects rewrite the IR exactly as upstream's."""
    up = run_upstream(str(path), [*ALLOW, *passes])
    ours = run_ours(str(path), [*ALLOW, *passes])
    assert ours[0] == up[0], ours[2]
    assert ours[1] == up[1]


@requires_upstream
@pytest.mark.parametrize("path", INVALID, ids=lambda p: p.name)
def test_memref_diagnostics_match_upstream(path: Path) -> None:
    """Every chunk of invalid IR gets upstream's diagnostics, byte for byte."""
    flags = [*ALLOW, "--split-input-file"]
    up = run_upstream(str(path), flags)
    ours = run_ours(str(path), flags)
    assert ours[0] == up[0]
    assert ours[2] == up[2]
    assert ours[1] == up[1]
