"""Differential test: the scf corpus (tests/corpus/scf) prints byte-identically to
upstream mlir-opt, in custom and generic form (and with locations), and each tool's
output re-parses to the same bytes."""

from __future__ import annotations

from pathlib import Path

import pytest
from differential import assert_round_trips_like_upstream, requires_upstream

CORPUS = sorted((Path(__file__).resolve().parents[1] / "corpus" / "scf").glob("*.mlir"))
FLAGS = [[], ["--mlir-print-op-generic"], ["--mlir-print-debuginfo"]]


@requires_upstream
@pytest.mark.parametrize("flags", FLAGS, ids=lambda f: " ".join(f) or "custom")
@pytest.mark.parametrize("path", CORPUS, ids=lambda p: p.name)
def test_scf_corpus_matches_upstream(path: Path, flags: list[str], tmp_path: Path) -> None:
    """pymlir-opt prints the same bytes as upstream, and parses upstream's output back."""
    assert_round_trips_like_upstream(path, flags, tmp_path)
