"""Verifying beside printing (tools/overlap.py): same output, diagnostics and status as
the sequential run, and a forked verifier only where it is allowed."""

from __future__ import annotations

import io
import os
import sys
import tempfile

import pytest

from mliropt.tools import overlap
from mliropt.tools.driver import OptOptions, run_opt

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="the overlap runs on Linux only"
)

_FUNC = """func.func @f{i}(%a: i32, %b: i32) -> i32 {{
  %0 = arith.addi %a, %b : i32
  %1 = arith.muli %0, %b : i32
  return %1 : i32
}}
"""


def _big(extra: str = "") -> str:
    """A module above overlap.MIN_TEXT, with `extra` at its end."""
    funcs: list[str] = []
    size = 0
    while size <= overlap.MIN_TEXT:
        funcs.append(_FUNC.format(i=len(funcs)))
        size += len(funcs[-1])
    return "".join(funcs) + extra


def _run(text: str, *, threading: bool = True, output: str = "-") -> tuple[int, str, str]:
    with tempfile.NamedTemporaryFile("w", suffix=".mlir", delete=False) as f:
        f.write(text)
    try:
        opts = OptOptions(input=f.name, output=output, disable_threading=not threading)
        out, err = io.StringIO(), io.StringIO()
        status = run_opt(opts, stdout=out, stderr=err)
        return status, out.getvalue(), err.getvalue().replace(f.name, "FILE")
    finally:
        os.unlink(f.name)


@pytest.fixture
def forks(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The pids of the verifier children started."""
    started: list[int] = []
    real = os.fork

    def fork() -> int:
        pid = real()
        if pid:
            started.append(pid)
        return pid

    monkeypatch.setattr(overlap.os, "fork", fork)
    return started


def test_valid_module_prints_as_the_sequential_run(forks: list[int]) -> None:
    text = _big()
    parallel = _run(text)
    assert forks, "a large plain round trip verifies in a child"
    assert parallel == _run(text, threading=False)
    assert parallel[0] == 0 and parallel[1].count("func.func") == text.count("func.func")


def test_disable_threading_forks_no_verifier(forks: list[int]) -> None:
    _run(_big(), threading=False)
    assert not forks


def test_small_input_forks_no_verifier(forks: list[int]) -> None:
    status, out, _ = _run(_FUNC.format(i=0))
    assert status == 0 and "arith.muli" in out
    assert not forks


@pytest.mark.parametrize(
    "bad",
    [
        # A verifier error (operand type), then an error in another function.
        "func.func @g(%a: i32) -> i64 {\n  return %a : i32\n}\n",
        # Dominance: a use in the entry block of a value of the next block.
        "func.func @g() -> i32 {\n  %1 = arith.addi %0, %0 : i32\n  cf.br ^bb1\n^bb1:\n"
        "  %0 = arith.constant 1 : i32\n  return %0 : i32\n}\n",
        "func.func @h() {\n  func.call @missing() : () -> ()\n  return\n}\n",
    ],
)
def test_invalid_module_reports_as_the_sequential_run(bad: str, forks: list[int]) -> None:
    text = _big(bad)
    parallel = _run(text)
    sequential = _run(text, threading=False)
    assert parallel == sequential
    assert parallel[0] == 1 and parallel[1] == "" and "error:" in parallel[2]


def test_invalid_module_writes_no_output_file(forks: list[int]) -> None:
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, "out.mlir")
        status, _, err = _run(_big("func.func @g(%a: i32) -> i64 {\n  return %a : i32\n}\n"),
                              output=path)
        assert status == 1 and "error:" in err
        assert forks
        assert not os.path.exists(path)


def test_failed_child_falls_back_to_verifying_here(monkeypatch: pytest.MonkeyPatch) -> None:
    """A child that cannot run (or dies) leaves the verification to the parent."""
    def no_fork() -> int:
        raise OSError("no processes left")

    monkeypatch.setattr(overlap.os, "fork", no_fork)
    text = _big()
    assert _run(text) == _run(text, threading=False)
    bad = _big("func.func @g(%a: i32) -> i64 {\n  return %a : i32\n}\n")
    assert _run(bad) == _run(bad, threading=False)


def test_usable_conditions() -> None:
    assert overlap.usable(overlap.MIN_TEXT, False)
    assert not overlap.usable(overlap.MIN_TEXT - 1, False)
    assert not overlap.usable(overlap.MIN_TEXT, True)
