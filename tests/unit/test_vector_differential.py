"""Differential tests of vector.broadcast against upstream mlir-opt 22 (skipped when it is
not installed): a grid of edge-value scalar constants of every kind broadcast to fixed,
scalable and 0-d vectors, then through arith ops, canonicalizes to upstream's bytes; the
lit cases in tests/lit/dialects/vector round-trip and diagnose as upstream."""

from __future__ import annotations

from pathlib import Path

import pytest
from differential import requires_upstream, run_ours, run_upstream

LIT = Path(__file__).resolve().parents[1] / "lit" / "dialects" / "vector"

SCALARS = {
    "i1": ["true", "false"],
    "i8": ["0", "-1", "127", "-128"],
    "i64": ["0", "-9223372036854775808", "9223372036854775807"],
    "index": ["0", "-1", "42"],
    "f16": ["0.0", "-0.0", "65504.0", "0x7C00", "0x7E00"],
    "bf16": ["1.5", "0xFF80"],
    "f32": ["-2.5", "0x7FC00000", "0x00000001"],
    "f64": ["1.0e300", "0xFFF0000000000000"],
}
SHAPES = ["4", "[4]", "2x3", "1x[8]", ""]


def broadcast_grid() -> str:
    """One function per (element type, shape): each constant broadcast, and its sum
    with itself (folded by arith through the splat)."""
    out = []
    for (t, values), shape in [(kv, s) for kv in SCALARS.items() for s in SHAPES]:
        vt = f"vector<{shape}x{t}>" if shape else f"vector<{t}>"
        lines, results = [], []
        for i, v in enumerate(values):
            typed = v if t == "i1" else f"{v} : {t}"
            lines.append(f"%k{i} = arith.constant {typed}")
            lines.append(f"%b{i} = vector.broadcast %k{i} : {t} to {vt}")
            results.append(f"%b{i}")
            if t != "i1":
                add = "addf" if t.startswith(("f", "bf")) else "addi"
                lines.append(f"%s{i} = arith.{add} %b{i}, %b{i} : {vt}")
                results.append(f"%s{i}")
        name = f"{t}_{shape.replace('[', 's').replace(']', '') or 'rank0'}"
        body = "\n".join("  " + line for line in lines)
        types = ", ".join([vt] * len(results))
        out.append(
            f"func.func @{name}() -> ({types}) {{\n{body}\n"
            f"  return {', '.join(results)} : {types}\n}}\n"
        )
    return "".join(out)


@requires_upstream
def test_broadcast_folding_grid_matches_upstream(tmp_path: Path) -> None:
    """Broadcasts of constants fold to the splats upstream folds them to."""
    path = tmp_path / "grid.mlir"
    path.write_text(broadcast_grid())
    for passes in (["--canonicalize"], ["--canonicalize", "--cse"]):
        up = run_upstream(str(path), passes)
        ours = run_ours(str(path), passes)
        assert up[0] == 0, up[2]
        assert ours[0] == up[0], ours[2]
        assert ours[1] == up[1]


@requires_upstream
@pytest.mark.parametrize("name", ["ops.mlir", "canonicalize.mlir"])
@pytest.mark.parametrize("flags", [[], ["--mlir-print-op-generic"], ["--canonicalize"]])
def test_vector_lit_inputs_match_upstream(name: str, flags: list[str]) -> None:
    """The lit inputs print (and canonicalize) byte-identically to upstream."""
    path = str(LIT / name)
    up = run_upstream(path, ["--split-input-file", *flags])
    ours = run_ours(path, ["--split-input-file", *flags])
    assert ours[0] == up[0], ours[2]
    assert ours[1] == up[1]


@requires_upstream
def test_vector_diagnostics_match_upstream() -> None:
    """Every chunk of invalid IR gets upstream's diagnostics, byte for byte."""
    path = str(LIT / "invalid.mlir")
    flags = ["--split-input-file", "--verify-diagnostics"]
    up = run_upstream(path, flags)
    ours = run_ours(path, flags)
    assert up[0] == 0, up[2]
    assert ours[0] == up[0], ours[2]
    assert ours[2] == up[2]
