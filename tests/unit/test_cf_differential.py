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


def random_cfg(seed: int) -> str:
    """A function of random blocks (arguments, adds, calls) ending in return, cf.br,
    cf.cond_br (on arguments or constants) and cf.switch (on an argument or a constant)."""
    import random

    r = random.Random(seed)
    nblocks = r.randint(2, 7)
    args = [[f"%b{i}a{k}" for k in range(r.randint(0, 2))] if i else [] for i in range(nblocks)]
    lines = [f"func.func @f{seed}(%c0: i1, %c1: i1, %x: i32, %y: i32, %s: i8) -> i32 {{"]
    for i in range(nblocks):
        if i > 0:
            sig = ", ".join(f"{a}: i32" for a in args[i])
            lines.append(f"^bb{i}" + (f"({sig})" if sig else "") + ":")
        avail = ["%x", "%y", *args[i]]
        if r.random() < 0.4:
            lines.append(f"  %v{i} = arith.addi {r.choice(avail)}, {r.choice(avail)} : i32")
            avail.append(f"%v{i}")
        if r.random() < 0.3:
            lines.append("  func.call @use(%c0) : (i1) -> ()")

        def target(avail: list[str] = avail) -> str:
            j = r.randint(1, nblocks - 1)
            ops = [r.choice(avail) for _ in args[j]]
            if not ops:
                return f"^bb{j}"
            return f"^bb{j}(" + ", ".join(ops) + " : " + ", ".join("i32" for _ in ops) + ")"

        k = r.random()
        if i == nblocks - 1 or k < 0.15:
            lines.append(f"  return {r.choice(avail)} : i32")
        elif k < 0.45:
            lines.append(f"  cf.br {target()}")
        elif k < 0.8:
            cond = r.choice(["%c0", "%c1", "true", "false"])
            if cond in ("true", "false"):
                lines.append(f"  %t{i} = arith.constant {cond}")
                cond = f"%t{i}"
            lines.append(f"  cf.cond_br {cond}, {target()}, {target()}")
        else:
            values = r.sample([0, 1, 2, 3, -1, 7], r.randint(0, 3))
            flag = "%s"
            if r.random() < 0.3:
                lines.append(f"  %k{i} = arith.constant {r.choice([0, 1, 2, 7, 5])} : i8")
                flag = f"%k{i}"
            cases = [f"default: {target()}"] + [f"{v}: {target()}" for v in values]
            lines.append(f"  cf.switch {flag} : i8, [" + ", ".join(cases) + "]")
    lines.append("}")
    return "func.func private @use(i1)\n" + "\n".join(lines) + "\n"


@requires_upstream
@pytest.mark.parametrize("passes", [["--canonicalize"], ["--canonicalize=top-down=false"]])
def test_random_cfgs_canonicalize_like_upstream(passes: list[str], tmp_path: Path) -> None:
    """120 random CFGs (fixed seeds) canonicalize to upstream's bytes: the cf patterns
    together with the greedy driver's region simplification."""
    path = tmp_path / "cfgs.mlir"
    path.write_text("// -----\n".join(random_cfg(seed) for seed in range(120)))
    up = run_upstream(str(path), ["--split-input-file", *passes])
    ours = run_ours(str(path), ["--split-input-file", *passes])
    assert up[0] == 0, up[2]
    assert ours[0] == 0, ours[2]
    assert ours[1] == up[1]
