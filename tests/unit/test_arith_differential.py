"""Differential tests of arith against upstream mlir-opt: the corpus (tests/corpus/arith)
prints byte-identically in custom and generic form and re-parses to the same bytes; the
canonicalize corpus and generated grids of edge-value constants canonicalize to the same
bytes (folders and patterns, with and without debug locations)."""

from __future__ import annotations

from pathlib import Path

import pytest
from canonicalize_grids import ARITH_GRIDS
from differential import assert_round_trips_like_upstream, requires_upstream, run_ours, run_upstream

ROOT = Path(__file__).resolve().parents[1] / "corpus" / "arith"
CORPUS = sorted(ROOT.glob("*.mlir"))
CANONICALIZE = sorted((ROOT / "canonicalize").glob("*.mlir"))
FLAGS = [[], ["--mlir-print-op-generic"]]
CANON_FLAGS = [["--canonicalize"], ["--canonicalize", "--mlir-print-debuginfo"]]


@requires_upstream
@pytest.mark.parametrize("flags", FLAGS, ids=lambda f: " ".join(f) or "custom")
@pytest.mark.parametrize("path", CORPUS, ids=lambda p: p.name)
def test_arith_corpus_matches_upstream(path: Path, flags: list[str], tmp_path: Path) -> None:
    """pymlir-opt prints the same bytes as upstream, and parses upstream's output back."""
    assert_round_trips_like_upstream(path, flags, tmp_path)


def assert_same_output(path: Path, flags: list[str]) -> None:
    """Both tools give the same status and output for `path` with `flags`."""
    up = run_upstream(str(path), flags)
    ours = run_ours(str(path), flags)
    assert ours[0] == up[0], ours[2]
    assert ours[1] == up[1]


@requires_upstream
@pytest.mark.parametrize("flags", CANON_FLAGS, ids=" ".join)
@pytest.mark.parametrize("path", CANONICALIZE, ids=lambda p: p.name)
def test_arith_canonicalize_matches_upstream(path: Path, flags: list[str]) -> None:
    """Canonicalization (folders and patterns) gives upstream's bytes."""
    assert_same_output(path, flags)


@requires_upstream
@pytest.mark.parametrize("name", list(ARITH_GRIDS))
def test_arith_folding_grid_matches_upstream(name: str, tmp_path: Path) -> None:
    """Every op on every pair of edge constants folds (or not) as upstream."""
    path = tmp_path / f"{name}.mlir"
    path.write_text(ARITH_GRIDS[name]())
    assert_same_output(path, ["--canonicalize"])
