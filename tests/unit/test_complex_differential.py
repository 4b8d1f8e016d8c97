"""Differential test: the complex corpus (tests/corpus/complex) prints byte-identically to
upstream mlir-opt, in custom and generic form, each tool's output re-parses to the same
bytes, and its invalid IR gets upstream's diagnostics; the `--canonicalize` output of
tests/corpus/complex_canonicalize and of random complex expressions is byte-identical to
upstream's."""

from __future__ import annotations

import random
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

CORPUS, ERRORS = corpus_cases("complex")
CANON = sorted(
    (Path(__file__).resolve().parents[1] / "corpus" / "complex_canonicalize").glob("*.mlir")
)
FLAGS = [
    ["--allow-unregistered-dialect"],
    ["--allow-unregistered-dialect", "--mlir-print-op-generic"],
    ["--allow-unregistered-dialect", "--mlir-print-debuginfo"],
]
CANON_FLAGS = [
    ["--split-input-file", "--canonicalize"],
    ["--split-input-file", "--canonicalize", "--mlir-print-debuginfo"],
]


@requires_upstream
@pytest.mark.parametrize("flags", FLAGS, ids=lambda f: " ".join(f[1:]) or "custom")
@pytest.mark.parametrize("path", CORPUS, ids=lambda p: p.name)
def test_complex_corpus_matches_upstream(path: Path, flags: list[str], tmp_path: Path) -> None:
    """pymlir-opt prints the same bytes as upstream, and parses upstream's output back."""
    assert_round_trips_like_upstream(path, flags, tmp_path)


@requires_upstream
@pytest.mark.parametrize("path", ERRORS, ids=lambda p: p.name)
def test_complex_diagnostics_match_upstream(path: Path) -> None:
    """Each chunk of invalid IR gets upstream's diagnostics, at the same positions."""
    assert_diagnoses_like_upstream(path, ["--split-input-file", "--allow-unregistered-dialect"])


@requires_upstream
@pytest.mark.parametrize("flags", CANON_FLAGS, ids=lambda f: " ".join(f[2:]) or "plain")
@pytest.mark.parametrize("path", CANON, ids=lambda p: p.name)
def test_complex_canonicalize_matches_upstream(path: Path, flags: list[str]) -> None:
    """The complex folders and patterns rewrite the IR exactly as upstream's."""
    up = run_upstream(str(path), flags)
    ours = run_ours(str(path), flags)
    assert ours[0] == up[0], ours[2]
    assert ours[1] == up[1]


_UNARY = ("neg", "conj", "exp", "log", "sqrt", "sin")
_BINARY = ("add", "sub", "mul", "div")
_PARTS = ("0.0", "-0.0", "1.0", "2.5")


def random_function(r: random.Random, index: int) -> str:
    """A function building complex values from its arguments, constants and create, and
    combining them with arithmetic, re/im, neg/conj/exp/log chains and bitcasts: the
    shapes that upstream's folders and patterns look for, mixed at random."""
    lines: list[str] = []
    cplx = ["%a", "%b"]
    reals = ["%x", "%y"]

    def new(text: str, into: list[str]) -> None:
        name = f"%v{len(lines)}"
        lines.append(f"  {name} = {text}")
        into.append(name)

    for _ in range(r.randint(6, 14)):
        kind = r.randrange(7)
        if kind == 0:
            re, im = r.choice(_PARTS), r.choice(_PARTS)
            new(f"complex.constant [{re} : f32, {im} : f32] : complex<f32>", cplx)
        elif kind == 1:
            new(f"complex.create {r.choice(reals)}, {r.choice(reals)} : complex<f32>", cplx)
        elif kind == 2:
            op = r.choice(("re", "im"))
            new(f"complex.{op} {r.choice(cplx)} : complex<f32>", reals)
        elif kind == 3:
            new(f"complex.{r.choice(_UNARY)} {r.choice(cplx)} : complex<f32>", cplx)
        elif kind == 4:
            lhs, rhs = r.choice(cplx), r.choice(cplx)
            new(f"complex.{r.choice(_BINARY)} {lhs}, {rhs} : complex<f32>", cplx)
        elif kind == 5:
            mid: list[str] = []
            new(f"complex.bitcast {r.choice(cplx)} : complex<f32> to i64", mid)
            cast = r.choice(("arith.bitcast", "complex.bitcast"))
            if cast == "arith.bitcast":
                new(f"arith.bitcast {mid[0]} : i64 to f64", mid)
                new(f"complex.bitcast {mid[1]} : f64 to complex<f32>", cplx)
            else:
                new(f"complex.bitcast {mid[0]} : i64 to complex<f32>", cplx)
        else:
            new(f"complex.eq {r.choice(cplx)}, {r.choice(cplx)} : complex<f32>", [])
    results = [cplx[-1], reals[-1]]
    return (
        f"func.func @f{index}(%a: complex<f32>, %b: complex<f32>, %x: f32, %y: f32)"
        " -> (complex<f32>, f32) {\n"
        + "\n".join(lines)
        + f"\n  return {results[0]}, {results[1]} : complex<f32>, f32\n}}\n"
    )


@requires_upstream
@pytest.mark.parametrize("seed", range(4))
def test_random_complex_canonicalize_matches_upstream(seed: int, tmp_path: Path) -> None:
    """Random complex expressions canonicalize to upstream's bytes (25 functions a file)."""
    r = random.Random(seed)
    path = tmp_path / "random.mlir"
    path.write_text("// -----\n".join(random_function(r, i) for i in range(25)))
    for flags in CANON_FLAGS:
        up = run_upstream(str(path), flags)
        ours = run_ours(str(path), flags)
        assert ours[0] == up[0], ours[2]
        assert ours[1] == up[1], path.read_text()
