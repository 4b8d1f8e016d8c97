"""Differential mutation fuzzing of pymlir-opt's diagnostics against upstream mlir-opt.

Mutates corpus files (as tests/unit/test_fuzz.py does: insertions of syntax fragments,
deletions, duplications), runs upstream mlir-opt and pymlir-opt (in process) on each
mutant and reports the mutants where the exit status, the first error line
(`FILE:LINE:COL: error: MESSAGE`) or the output differ. Mismatching mutants are kept in
the output directory for reduction by hand.
Run: python3 tools/diff_fuzz.py [-n 200] [--seed 1] [--out DIR] CORPUS_DIR...
"""

from __future__ import annotations

import argparse
import io
import json
import random
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from mliropt.tools.driver import OptOptions, run_opt  # noqa: E402

UPSTREAM = "/usr/lib/llvm-22/bin/mlir-opt"


def fragments() -> list[str]:
    """The mutation fragments of the fuzz test (one list for both tools)."""
    src = (ROOT / "tests" / "unit" / "test_fuzz.py").read_text()
    m = re.search(r"FRAGMENTS = (\[.*?\n\])", src, re.S)
    assert m is not None, "FRAGMENTS not found in test_fuzz.py"
    return list(eval(m.group(1)))  # a literal list of strings


def mutate(rnd: random.Random, text: str, frags: list[str]) -> str:
    """One or two random insertions, deletions or duplications."""
    chars = list(text)
    for _ in range(rnd.randint(1, 2)):
        i = rnd.randint(0, len(chars))
        kind = rnd.randint(0, 2)
        if kind == 0 and chars:
            del chars[min(i, len(chars) - 1)]
        elif kind == 1:
            chars.insert(i, rnd.choice(frags))
        else:
            j = min(len(chars), i + rnd.randint(1, 20))
            k = rnd.randint(0, len(chars))
            chars[k:k] = chars[i:j]
    return "".join(chars)


def first_error(stderr: str) -> list[str]:
    """The first `error:` line of a tool's diagnostics (none when it succeeded)."""
    return [line for line in stderr.splitlines() if ": error: " in line][:1]


def main() -> int:
    """Run the fuzzer; the exit status is 0 (mismatches are reported, not failures)."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="+", help="directories of .mlir seed files")
    ap.add_argument("-n", type=int, default=200, help="number of mutants")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", default=None, help="where mismatching mutants are kept")
    args = ap.parse_args()
    seeds = [p.read_text() for d in args.corpus for p in sorted(Path(d).rglob("*.mlir"))]
    if not seeds:
        print("no .mlir files in the corpus directories", file=sys.stderr)
        return 1
    out_dir = Path(args.out or tempfile.mkdtemp(prefix="diff-fuzz-"))
    out_dir.mkdir(parents=True, exist_ok=True)
    rnd = random.Random(args.seed)
    frags = fragments()
    case = out_dir / "case.mlir"
    report = []
    for n in range(args.n):
        case.write_text(mutate(rnd, rnd.choice(seeds), frags), errors="surrogateescape")
        flags = ["--allow-unregistered-dialect"] if rnd.random() < 0.5 else []
        try:
            up = subprocess.run(
                [UPSTREAM, str(case), "--split-input-file", *flags],
                capture_output=True, text=True, errors="replace", timeout=10,
            )
        except subprocess.TimeoutExpired:
            continue
        if up.returncode not in (0, 1):
            continue  # upstream crashed: nothing to compare with
        out, err = io.StringIO(), io.StringIO()
        opts = OptOptions(
            input=str(case), allow_unregistered_dialect=bool(flags),
            split_input_file="// -----",
        )
        status = run_opt(opts, stdout=out, stderr=err)
        same = (
            status == up.returncode
            and first_error(err.getvalue()) == first_error(up.stderr)
            and (status == 1 or out.getvalue() == up.stdout)
        )
        if not same:
            kept = out_dir / f"mismatch_{args.seed}_{n}.mlir"
            case.rename(kept)
            report.append({
                "file": str(kept), "flags": flags,
                "upstream": [up.returncode, first_error(up.stderr)],
                "ours": [status, first_error(err.getvalue())],
            })
    (out_dir / f"report_{args.seed}.json").write_text(json.dumps(report, indent=1))
    print(f"{len(report)} mismatches of {args.n} mutants; report in {out_dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
