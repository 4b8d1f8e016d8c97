"""`pymlir-runner` and its Python API: JIT execution of MLIR on llvmlite, with
upstream's runner utilities (print*, printMemref*) built in.

    >>> from mliropt.runner import run_function
    >>> run_function(text, "add", 2, 3)

Submodules load lazily: importing this package does not import llvmlite or numpy."""

from __future__ import annotations

from typing import Any

__all__ = ["RunnerError", "compile_module", "run_function"]


def __getattr__(name: str) -> Any:
    if name in ("compile_module", "run_function"):
        from mliropt.runner import api

        return getattr(api, name)
    if name == "RunnerError":
        from mliropt.runner.program import RunnerError

        return RunnerError
    raise AttributeError(name)
