"""Differential test: the core corpus (builtin types, attributes, locations, structure in
generic form) prints byte-identically to upstream mlir-opt, with each printing flag."""

from __future__ import annotations

from pathlib import Path

import pytest
from differential import requires_upstream, run_ours, run_upstream

CORPUS = sorted((Path(__file__).resolve().parents[1] / "corpus" / "core").glob("*.mlir"))
FLAGS = [[], ["--mlir-print-op-generic"], ["--mlir-print-debuginfo"], ["--mlir-print-local-scope"]]


@requires_upstream
@pytest.mark.parametrize("flags", FLAGS, ids=lambda f: " ".join(f) or "default")
@pytest.mark.parametrize("path", CORPUS, ids=lambda p: p.name)
def test_core_corpus_matches_upstream(path: Path, flags: list[str]) -> None:
    """pymlir-opt prints the same bytes as upstream for the same input and flags."""
    args = ["--allow-unregistered-dialect", *flags]
    up = run_upstream(str(path), args)
    ours = run_ours(str(path), args)
    assert ours[0] == up[0], ours[2]
    assert ours[1] == up[1]
