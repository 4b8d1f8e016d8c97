"""Differential tests of loop-invariant-code-motion, control-flow-sink, strip-debuginfo,
snapshot-op-locations, topological-sort, print-op-stats and view-op-graph: our own
inputs through both tools, stdout, stderr and exit status compared byte for byte."""

from __future__ import annotations

import random

import pytest
from differential import requires_upstream, run_ours, run_upstream

pytestmark = requires_upstream

LOOPS = """
func.func @loops(%a: i32, %b: i32, %c: i1, %n: index, %m: memref<?xi32>) -> i32 {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c3 = arith.constant 3 : index
  %k = arith.constant 9 : i32
  %r = scf.for %i = %c0 to %n step %c1 iter_args(%acc = %a) -> i32 {
    %x = arith.addi %a, %b : i32
    %y = arith.divui %x, %k : i32
    %z = arith.divsi %y, %b : i32
    %u1 = arith.muli %x, %y : i32
    %u2 = arith.subi %x, %y : i32
    %v = scf.if %c -> i32 {
      %w = arith.xori %u1, %u2 : i32
      scf.yield %w : i32
    } else {
      scf.yield %acc : i32
    }
    %inner = scf.for %j = %c0 to %n step %c3 iter_args(%s = %u1) -> i32 {
      %t = arith.addi %s, %u2 : i32
      %ji = arith.index_cast %j : index to i32
      %q = arith.addi %x, %ji : i32
      memref.store %q, %m[%j] : memref<?xi32>
      scf.yield %t : i32
    }
    %e = arith.addi %v, %inner : i32
    %f = arith.addi %e, %z : i32
    scf.yield %f : i32
  }
  %w = scf.while (%x = %r) : (i32) -> i32 {
    %lim = arith.muli %b, %b : i32
    %cond = arith.cmpi slt, %x, %lim : i32
    scf.condition(%cond) %x : i32
  } do {
  ^bb0(%y: i32):
    %inc = arith.addi %a, %k : i32
    %next = arith.addi %y, %inc : i32
    scf.yield %next : i32
  }
  scf.parallel (%i, %j) = (%c0, %c0) to (%n, %n) step (%c1, %c1) {
    %p = arith.addi %a, %w : i32
    %ii = arith.index_cast %i : index to i32
    %s = arith.addi %p, %ii : i32
    memref.store %s, %m[%j] : memref<?xi32>
  }
  scf.forall (%i) in (%n) {
    %p = arith.muli %a, %w : i32
    memref.store %p, %m[%i] : memref<?xi32>
  }
  return %w : i32
}
"""

BRANCHES = """
func.func @branches(%c: i1, %d: i1, %i: index, %a: i32) -> i32 {
  %x = arith.addi %a, %a : i32
  %y = arith.muli %x, %a : i32
  %z = arith.subi %a, %a : i32
  %both = arith.xori %a, %a : i32
  %eff = "test.effect"() : () -> i32
  %deep = arith.andi %a, %a : i32
  %r = scf.if %c -> i32 {
    %s = scf.if %d -> i32 {
      %t = arith.addi %y, %both : i32
      scf.yield %t : i32
    } else {
      scf.yield %eff : i32
    }
    scf.yield %s : i32
  } else {
    %u = arith.addi %z, %both : i32
    scf.execute_region {
      "test.use"(%deep) : (i32) -> ()
      scf.yield
    }
    scf.yield %u : i32
  }
  %m = arith.ori %a, %a : i32
  %n = arith.maxsi %a, %a : i32
  %sw = scf.index_switch %i -> i32
  case 2 {
    scf.yield %m : i32
  }
  case 5 {
    scf.yield %n : i32
  }
  default {
    scf.yield %m : i32
  }
  %true = arith.constant true
  %k = arith.minsi %a, %a : i32
  scf.if %true {
    "test.use"(%k) : (i32) -> ()
  }
  %q = arith.addi %r, %sw : i32
  return %q : i32
}
"""

LOCATIONS = """
#map = affine_map<(d0) -> (d0 * 2)>
func.func @locs(%a: i32 loc("arg"), %c: i1) -> i32 attributes {m = #map} {
  %0 = arith.addi %a, %a : i32 loc("named")
  %1 = "foo.region"(%0) ({
  ^bb0(%x: i32 loc("x")):
    "foo.inner"(%x) : (i32) -> () loc(callsite("callee" at "caller"))
  }) : (i32) -> i32 loc(fused["a", "b"])
  scf.if %c {
    "foo.then"() : () -> ()
  }
  cf.br ^bb1(%1 : i32)
^bb1(%b: i32 loc("b")):
  return %b : i32
} loc("f")
func.func @other() {
  return
}
"""

GRAPH = """
func.func @graph(%a: i32, %c: i1, %t: tensor<4x5x6xf32>) -> i32 {
  %k = arith.constant dense<[1, 2, 3, 4]> : tensor<4xi32>
  %s = arith.constant dense<2.5> : tensor<8x8xf32>
  %big = arith.constant dense<[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17]>
    : tensor<17xi32>
  %0 = arith.addi %a, %a : i32
  %1:2 = "foo.op"(%0, %t) {arr = [1, 2, 3],
    longarr = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17],
    str = "a \\"quoted\\" {x|y} <z>", "odd name|" = unit}
    : (i32, tensor<4x5x6xf32>) -> (i32, tensor<4x5x6xf32>)
  %r = scf.if %c -> i32 {
    scf.yield %1#0 : i32
  } else {
    %f = "foo.f"(%a) : (i32) -> i32
    scf.yield %f : i32
  }
  cf.br ^bb1(%r : i32)
^bb1(%x: i32):
  return %x : i32
}
%fwd = "foo.forward"(%later) : (i32) -> i32
%later = "foo.def"() : () -> i32
"""

CASES = [
    ("licm", LOOPS, ["--loop-invariant-code-motion"]),
    (
        "licm-pipeline",
        LOOPS,
        ["--pass-pipeline=builtin.module(func.func(loop-invariant-code-motion))"],
    ),
    ("licm-generic", LOOPS, ["--loop-invariant-code-motion", "--mlir-print-op-generic"]),
    ("cfs", BRANCHES, ["--control-flow-sink"]),
    ("cfs-twice", BRANCHES, ["--control-flow-sink", "--control-flow-sink"]),
    ("cfs-then-licm", LOOPS, ["--control-flow-sink", "--loop-invariant-code-motion"]),
    ("strip", LOCATIONS, ["--strip-debuginfo", "--mlir-print-debuginfo"]),
    (
        "strip-nested",
        LOCATIONS,
        [
            "--pass-pipeline=builtin.module(func.func(strip-debuginfo))",
            "--mlir-print-debuginfo",
            "--mlir-disable-threading",
        ],
    ),
    ("stats", BRANCHES, ["--print-op-stats", "-o", "/dev/null"]),
    ("stats-json", LOOPS, ["--print-op-stats=json", "-o", "/dev/null"]),
    (
        "stats-nested",
        LOOPS,
        [
            "--pass-pipeline=builtin.module(func.func(print-op-stats))",
            "--mlir-disable-threading",
            "-o",
            "/dev/null",
        ],
    ),
    ("graph", GRAPH, ["--view-op-graph", "-o", "/dev/null"]),
    (
        "graph-elided",
        GRAPH,
        [
            "--view-op-graph=max-label-len=8",
            "--mlir-elide-elementsattrs-if-larger=3",
            "-o",
            "/dev/null",
        ],
    ),
    (
        "graph-cfg",
        GRAPH,
        ["--view-op-graph=print-control-flow-edges print-data-flow-edges=false", "-o", "/dev/null"],
    ),
    (
        "graph-bare",
        LOCATIONS,
        ["--view-op-graph=print-attrs=false print-result-types=false", "-o", "/dev/null"],
    ),
    ("graph-generic", BRANCHES, ["--view-op-graph", "--mlir-print-op-generic", "-o", "/dev/null"]),
    (
        "graph-nested",
        LOCATIONS,
        [
            "--pass-pipeline=builtin.module(func.func(view-op-graph))",
            "--mlir-disable-threading",
            "-o",
            "/dev/null",
        ],
    ),
    ("graph-loops", LOOPS, ["--view-op-graph", "-o", "/dev/null"]),
    ("topo-func", LOOPS, ["--topological-sort"]),
]


def _compare(tmp_path: object, text: str, flags: list[str]) -> None:
    from pathlib import Path

    path = Path(str(tmp_path)) / "input.mlir"
    path.write_text(text)
    flags = ["--allow-unregistered-dialect", *flags]
    up = run_upstream(str(path), flags)
    assert up[0] == 0, up[2]
    ours = run_ours(str(path), flags)
    assert (ours[0], ours[2], ours[1]) == (up[0], up[2], up[1])


@pytest.mark.parametrize("name,text,flags", CASES, ids=[c[0] for c in CASES])
def test_pass_like_upstream(name: str, text: str, flags: list[str], tmp_path: object) -> None:
    """Same output, diagnostics and status as upstream."""
    _compare(tmp_path, text, flags)


SNAPSHOT_OPTIONS = [
    "",
    "tag=snap",
    "print-debuginfo",
    "print-op-generic",
    "print-local-scope",
    "print-debuginfo print-local-scope tag=t",
]


@pytest.mark.parametrize("options", SNAPSHOT_OPTIONS)
@pytest.mark.parametrize(
    "global_flags", [[], ["--mlir-print-local-scope"]], ids=["aliases", "local"]
)
def test_snapshot_like_upstream(options: str, global_flags: list[str], tmp_path: object) -> None:
    """The snapshot file and the relocated IR are upstream's."""
    from pathlib import Path

    path = Path(str(tmp_path)) / "input.mlir"
    path.write_text(LOCATIONS)
    snap = Path(str(tmp_path)) / "snap.mlir"
    flags = [
        "--allow-unregistered-dialect",
        f"--snapshot-op-locations=filename={snap} {options}",
        "--mlir-print-debuginfo",
        *global_flags,
    ]
    up = run_upstream(str(path), flags)
    assert up[0] == 0, up[2]
    up_file = snap.read_text()
    snap.unlink()
    ours = run_ours(str(path), flags)
    assert (ours[0], ours[2], ours[1]) == (up[0], up[2], up[1])
    assert snap.read_text() == up_file


def _random_graph(seed: int) -> str:
    """Module-level ops in random order with random operands (cycles included), some
    used inside a nested region."""
    rng = random.Random(seed)
    n = rng.randint(3, 14)
    lines = []
    for i in range(n):
        k = rng.randint(0, 3)
        operands = [f"%v{rng.randrange(n)}" for _ in range(k)]
        types = ", ".join(["i32"] * k)
        # A use of the op's own result inside its region is left out: whether the
        # verifier accepts it is not this pass's business.
        if rng.random() < 0.2 and operands and f"%v{i}" not in operands:
            use = f'"t.use"({", ".join(operands)}) : ({types}) -> ()'
            lines.append(f'%v{i} = "t.r{i}"() ({{\n  {use}\n}}) : () -> i32')
        else:
            lines.append(f'%v{i} = "t.o{i}"({", ".join(operands)}) : ({types}) -> i32')
    rng.shuffle(lines)
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("seed", range(40))
def test_topological_sort_random(seed: int, tmp_path: object) -> None:
    """Random use-def graphs (with cycles) sort exactly as upstream's sweeps do."""
    _compare(tmp_path, _random_graph(seed), ["--topological-sort"])
