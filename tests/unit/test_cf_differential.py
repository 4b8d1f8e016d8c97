"""Differential test: the cf corpus (tests/corpus/cf) prints byte-identically to upstream
mlir-opt, in custom and generic form, each tool's output re-parses to the same bytes, and
its invalid IR gets upstream's diagnostics; the `--canonicalize` (and `--cse`) output of
tests/corpus/cf_canonicalize is byte-identical to upstream's."""

from __future__ import annotations

from pathlib import Path

import pytest
from differential import (
    assert_diagnoses_like_upstream,
    assert_round_trips_like_upstream,
    corpus_cases,
    requires_upstream,
    run_ours,
    run_upstream,
)

CORPUS, ERRORS = corpus_cases("cf")
CANON = sorted((Path(__file__).resolve().parents[1] / "corpus" / "cf_canonicalize").glob("*.mlir"))
PASSES = [["--canonicalize"], ["--canonicalize", "--cse"]]
FLAGS = [
    ["--allow-unregistered-dialect"],
    ["--allow-unregistered-dialect", "--mlir-print-op-generic"],
]


@requires_upstream
@pytest.mark.parametrize("flags", FLAGS, ids=lambda f: " ".join(f[1:]) or "custom")
@pytest.mark.parametrize("path", CORPUS, ids=lambda p: p.name)
def test_cf_corpus_matches_upstream(path: Path, flags: list[str], tmp_path: Path) -> None:
    """pymlir-opt prints the same bytes as upstream, and parses upstream's output back."""
    assert_round_trips_like_upstream(path, flags, tmp_path)


@requires_upstream
@pytest.mark.parametrize("path", ERRORS, ids=lambda p: p.name)
def test_cf_diagnostics_match_upstream(path: Path) -> None:
    """Each chunk of invalid IR gets upstream's diagnostics, at the same positions."""
    assert_diagnoses_like_upstream(path, ["--split-input-file"])


@requires_upstream
@pytest.mark.parametrize("passes", PASSES, ids=" ".join)
@pytest.mark.parametrize("path", CANON, ids=lambda p: p.name)
def test_cf_canonicalize_matches_upstream(path: Path, passes: list[str]) -> None:
    """The cf canonicalization patterns rewrite the IR exactly as upstream's."""
    up = run_upstream(str(path), passes)
    ours = run_ours(str(path), passes)
    assert ours[0] == up[0], ours[2]
    assert ours[1] == up[1]
