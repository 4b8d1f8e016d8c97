"""Differential tests of arith and math against upstream mlir-opt: each dialect's corpus
(tests/corpus/<dialect>) prints byte-identically in custom and generic form and re-parses
to the same bytes; its canonicalize corpus and generated grids of edge-value constants
canonicalize to the same bytes (folders and patterns, with and without debug locations)."""

from __future__ import annotations

from pathlib import Path

import pytest
from canonicalize_grids import ARITH_GRIDS, MATH_GRIDS
from differential import assert_round_trips_like_upstream, assert_same_output, requires_upstream

CORPUS_ROOT = Path(__file__).resolve().parents[1] / "corpus"
DIALECTS = ("arith", "math")
GRIDS = {"arith": ARITH_GRIDS, "math": MATH_GRIDS}
CORPUS = [p for d in DIALECTS for p in sorted((CORPUS_ROOT / d).glob("*.mlir"))]
CANONICALIZE = [
    p for d in DIALECTS for p in sorted((CORPUS_ROOT / d / "canonicalize").glob("*.mlir"))
]
GRID_CASES = [(d, name) for d in DIALECTS for name in GRIDS[d]]
FLAGS = [[], ["--mlir-print-op-generic"]]
CANON_FLAGS = [["--canonicalize"], ["--canonicalize", "--mlir-print-debuginfo"]]


def _case_id(path: Path) -> str:
    return f"{path.relative_to(CORPUS_ROOT)}"


@requires_upstream
@pytest.mark.parametrize("flags", FLAGS, ids=lambda f: " ".join(f) or "custom")
@pytest.mark.parametrize("path", CORPUS, ids=_case_id)
def test_corpus_matches_upstream(path: Path, flags: list[str], tmp_path: Path) -> None:
    """pymlir-opt prints the same bytes as upstream, and parses upstream's output back."""
    assert_round_trips_like_upstream(path, flags, tmp_path)


@requires_upstream
@pytest.mark.parametrize("flags", CANON_FLAGS, ids=" ".join)
@pytest.mark.parametrize("path", CANONICALIZE, ids=_case_id)
def test_canonicalize_matches_upstream(path: Path, flags: list[str]) -> None:
    """Canonicalization (folders and patterns) gives upstream's bytes."""
    assert_same_output(path, flags)


@requires_upstream
@pytest.mark.parametrize(("dialect", "name"), GRID_CASES, ids=lambda v: str(v))
def test_folding_grid_matches_upstream(dialect: str, name: str, tmp_path: Path) -> None:
    """Every op on every pair of edge constants folds (or not) as upstream."""
    path = tmp_path / f"{name}.mlir"
    path.write_text(GRIDS[dialect][name]())
    assert_same_output(path, ["--canonicalize"])
