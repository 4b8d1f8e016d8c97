"""canonicalize and cse against upstream mlir-opt 22 (skipped without it): our own
corpus (tests/corpus/passes) byte for byte, and gen_mlir.py output after normalising
both results with upstream's generic printer, as issue 4 measures it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from differential import UPSTREAM, requires_upstream, run_ours, run_upstream

CORPUS = sorted((Path(__file__).resolve().parents[1] / "corpus" / "passes").glob("*.mlir"))
GEN_MLIR = Path(__file__).resolve().parents[3] / "shared" / "bench" / "gen_mlir.py"

FLAGS = [
    ["--canonicalize"],
    ["--cse"],
    ["--canonicalize", "--cse"],
    ["--canonicalize=region-simplify=aggressive"],
    ["--canonicalize=top-down=false"],
    ["--pass-pipeline=builtin.module(func.func(cse,canonicalize{max-iterations=1}))"],
    ["--canonicalize", "--cse", "--mlir-print-debuginfo", "--mlir-print-local-scope"],
]


@requires_upstream
@pytest.mark.parametrize("flags", FLAGS, ids=lambda f: " ".join(f))
@pytest.mark.parametrize("path", CORPUS, ids=lambda p: p.name)
def test_corpus_matches_upstream(path: Path, flags: list[str]) -> None:
    """Same status, output and diagnostics as upstream."""
    up = run_upstream(str(path), flags)
    ours = run_ours(str(path), flags)
    assert ours[0] == up[0], ours[2]
    assert ours[1] == up[1]
    assert ours[2] == up[2]


def _generic(text: str) -> str:
    r = subprocess.run(
        [UPSTREAM, "--mlir-print-op-generic", "--allow-unregistered-dialect", "-"],
        input=text,
        capture_output=True,
        text=True,
    )
    assert r.returncode == 0, r.stderr
    return r.stdout


@requires_upstream
@pytest.mark.skipif(not GEN_MLIR.exists(), reason="gen_mlir.py not found")
@pytest.mark.parametrize("seed", [1, 2, 3, 4, 5, 9, 14, 20])
def test_gen_mlir_canonicalize_cse_matches_upstream(seed: int, tmp_path: Path) -> None:
    """gen_mlir.py 200 | --canonicalize --cse: equal after upstream's generic printer."""
    src = _generate(tmp_path, ["200", "--seed", str(seed)])
    flags = ["--canonicalize", "--cse"]
    up = run_upstream(str(src), flags)
    ours = run_ours(str(src), flags)
    assert up[0] == 0, up[2]
    assert ours[0] == 0, ours[2]
    assert _generic(ours[1]) == _generic(up[1])


@requires_upstream
@pytest.mark.skipif(not GEN_MLIR.exists(), reason="gen_mlir.py not found")
@pytest.mark.parametrize("seed", [3, 11])
def test_gen_mlir_locations_match_upstream(seed: int, tmp_path: Path) -> None:
    """gen_mlir.py 60 --with-locs | --canonicalize --cse --mlir-print-debuginfo: the same
    bytes, so folded, uniqued and hoisted constants carry upstream's locations."""
    src = _generate(tmp_path, ["60", "--seed", str(seed), "--with-locs"])
    flags = ["--canonicalize", "--cse", "--mlir-print-debuginfo"]
    up = run_upstream(str(src), flags)
    ours = run_ours(str(src), flags)
    assert up[0] == 0, up[2]
    assert ours[0] == 0, ours[2]
    assert ours[1] == up[1]


def _generate(tmp_path: Path, args: list[str]) -> Path:
    src = tmp_path / "gen.mlir"
    r = subprocess.run(
        [sys.executable, str(GEN_MLIR), *args], capture_output=True, text=True, check=True
    )
    src.write_text(r.stdout)
    return src
