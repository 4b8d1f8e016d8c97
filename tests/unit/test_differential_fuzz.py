"""Differential mutation fuzzing: on mutated copies of the lit tests' inputs, pymlir-opt
accepts exactly what upstream mlir-opt 22 accepts, and prints the same output when both
accept. The mutants are fixed (a seeded generator), so a failure is reproducible."""

from __future__ import annotations

import random
import tempfile
from pathlib import Path

import pytest
from differential import requires_upstream, run_ours, run_upstream

LIT = Path(__file__).resolve().parents[1] / "lit"
TOKENS = ["%", "^", "{", "}", "(", ")", "<", ">", "[", "]", ":", ",", "=", '"', "#", "!",
          "->", "@", "-", "0", "x", "?", "*", "i0", "dense<", "loc("]
FLAGS = [
    ["--allow-unregistered-dialect"],
    ["--allow-unregistered-dialect", "--mlir-print-op-generic"],
    ["--allow-unregistered-dialect", "--canonicalize"],
    ["--allow-unregistered-dialect", "--cse"],
]
COUNT = 400


def _chunks() -> list[str]:
    """The `// -----` chunks of the lit inputs, without RUN lines."""
    chunks = []
    for path in sorted(LIT.rglob("*.mlir")):
        if "Output" in path.parts:
            continue
        for chunk in path.read_text().split("// -----"):
            lines = [ln for ln in chunk.splitlines() if not ln.lstrip().startswith("// RUN")]
            text = "\n".join(lines)
            if 20 < len(text) < 4000:
                chunks.append(text)
    return chunks


def _mutate(rng: random.Random, s: str) -> str:
    """One to three deletions, insertions, duplications or replacements."""
    for _ in range(rng.randint(1, 3)):
        i = rng.randrange(len(s) + 1)
        k = rng.random()
        if k < 0.3:
            s = s[:i] + s[min(len(s), i + rng.randint(1, 8)):]
        elif k < 0.6:
            s = s[:i] + rng.choice(TOKENS) + s[i:]
        elif k < 0.8:
            a, b = sorted((i, rng.randrange(len(s) + 1)))
            s = s[:i] + s[a:min(b, a + 40)] + s[i:]
        else:
            s = s[:i] + rng.choice(TOKENS) + s[i + 1:]
    return s


def _cases() -> list[tuple[int, str, list[str]]]:
    rng = random.Random(20261207)
    chunks = _chunks()
    return [(n, _mutate(rng, rng.choice(chunks)), rng.choice(FLAGS)) for n in range(COUNT)]


@requires_upstream
@pytest.mark.parametrize("n,text,flags", _cases(), ids=[f"mutant{n}" for n in range(COUNT)])
def test_mutant_agrees_with_upstream(n: int, text: str, flags: list[str]) -> None:
    """Same acceptance and, when accepted, the same output as upstream."""
    with tempfile.NamedTemporaryFile("w", suffix=".mlir", delete=False) as f:
        f.write(text)
    try:
        up = run_upstream(f.name, flags)
        if up[0] < 0:
            pytest.skip("upstream crashes on this input")
        ours = run_ours(f.name, flags)
    finally:
        Path(f.name).unlink()
    assert (ours[0] == 0) == (up[0] == 0), f"ours: {ours[2][:400]!r}\nupstream: {up[2][:400]!r}"
    if up[0] == 0:
        assert ours[1] == up[1]
