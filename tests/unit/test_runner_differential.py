"""pymlir-runner against upstream mlir-runner 22 (skipped when it is not installed): 20
programs of gen_mlir.py --with-main, lowered by pymlir-opt and run by pymlir-runner (both
in process), vs
upstream mlir-opt's lowering run by upstream mlir-runner with its runtime libraries;
stdout must be identical."""

from __future__ import annotations

import contextlib
import io
import subprocess
import sys
from pathlib import Path

import pytest
from differential import run_ours

LLVM = Path("/usr/lib/llvm-22")
UPSTREAM_OPT = LLVM / "bin/mlir-opt"
UPSTREAM_RUNNER = LLVM / "bin/mlir-runner"
RUNTIME_LIBS = [LLVM / "lib/libmlir_c_runner_utils.so.22.1",
                LLVM / "lib/libmlir_runner_utils.so.22.1"]
GEN = Path("/work/shared/bench/gen_mlir.py")
LOWERING = ["--convert-scf-to-cf", "--convert-to-llvm", "--reconcile-unrealized-casts"]

pytestmark = pytest.mark.skipif(
    not (UPSTREAM_RUNNER.exists() and UPSTREAM_OPT.exists() and GEN.exists()
         and all(p.exists() for p in RUNTIME_LIBS)),
    reason="needs upstream mlir-opt/mlir-runner 22, its runtime libraries and gen_mlir.py",
)


def _run_runner(path: str) -> str:
    """pymlir-runner -e main --entry-point-result=void, in process."""
    from mliropt.runner.driver import RunnerOptions, run_runner

    out, err = io.StringIO(), io.StringIO()
    opts = RunnerOptions(input=path, entry_point="main", entry_point_result="void")
    with contextlib.redirect_stdout(out):
        status = run_runner(opts, stderr=err)
    assert status == 0, err.getvalue()
    return out.getvalue()


def _run(cmd: list[str], stdin: str | None = None) -> str:
    r = subprocess.run(cmd, input=stdin, capture_output=True, text=True)
    assert r.returncode == 0, f"{cmd[:3]} failed:\n{r.stderr}"
    return r.stdout


@pytest.mark.parametrize("seed", range(1, 21))
def test_gen_mlir_program_output(seed: int, tmp_path: Path) -> None:
    """Same stdout as upstream for `gen_mlir.py 30 --seed S --with-main`."""
    src = tmp_path / "prog.mlir"
    src.write_text(_run([sys.executable, str(GEN), "30", "--seed", str(seed), "--with-main"]))
    upstream_llvm = _run([str(UPSTREAM_OPT), *LOWERING, str(src)])
    libs = ",".join(map(str, RUNTIME_LIBS))
    expected = _run([str(UPSTREAM_RUNNER), "-e", "main", "--entry-point-result=void",
                     f"--shared-libs={libs}"], upstream_llvm)
    status, ours_llvm, err = run_ours(str(src), LOWERING)
    assert status == 0, err
    lowered = tmp_path / "lowered.mlir"
    lowered.write_text(ours_llvm)
    got = _run_runner(str(lowered))
    assert expected.count("\n") == 3  # the program prints three lines
    assert got == expected
