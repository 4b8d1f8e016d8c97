"""The Python API: `compile_module(text_or_module)` and `run_function(text_or_module,
name, *args)`; every failure is a RunnerError whose message is the diagnostic text."""

from __future__ import annotations

import io
import warnings
from collections.abc import Sequence
from typing import Any

from mliropt.runner.program import Program, RunnerError


def _render(ctx: Any, sources: Any, diags: list[Any], fallback: str) -> str:
    from mliropt.diagnostics.renderer import DiagnosticRenderer

    out = io.StringIO()
    renderer = DiagnosticRenderer(sources, out)
    for d in diags:
        renderer(d)
    return out.getvalue().rstrip("\n") or fallback


def compile_module(module_or_text: Any, opt_level: int = 0,
                   shared_libs: Sequence[str] = (), filename: str = "<string>") -> Program:
    """Parse (when given text), lower to the LLVM dialect when needed, export and
    JIT-compile. A module op is copied first, so the caller's IR is left unchanged."""
    from mliropt.diagnostics.source_manager import SourceManager
    from mliropt.ir.context import Context
    from mliropt.ir.diagnostics import MLIRError
    from mliropt.passes.pass_base import PassFailure
    from mliropt.runner.calling import CallError
    from mliropt.runner.jit import JitError

    ctx = Context()
    sources = SourceManager()
    diags: list[Any] = []

    def collect(d: Any) -> bool:
        diags.append(d)
        return True  # handled: kept for the error message

    ctx.diagnostics.push_handler(collect)
    try:
        text = module_or_text
        if not isinstance(text, str):
            # A round trip through text (locations kept) gives a private copy that this
            # context has loaded the dialects of.
            from mliropt.syntax.printer import PrintOptions, print_operation

            text = print_operation(module_or_text, PrintOptions(generic=True, debuginfo=True))
        from mliropt.syntax.parser import parse_source
        from mliropt.tools.driver import verify_op

        sources.add(filename, text)
        module = parse_source(ctx, text, filename)
        errors = verify_op(module, ctx)
        if errors:
            raise MLIRError(errors[-1])
        program = Program(module, ctx, opt_level, shared_libs)
        for text in program.warnings:
            warnings.warn(text.rstrip(), RuntimeWarning, stacklevel=2)
        return program
    except MLIRError as e:
        diags.append(e.diagnostic)
        raise RunnerError(_render(ctx, sources, diags, "error: lowering failed")) from None
    except PassFailure:
        raise RunnerError(_render(ctx, sources, diags, "error: lowering failed")) from None
    except (JitError, CallError) as e:
        raise RunnerError(f"error: {e}") from None


def run_function(module_or_text: Any, name: str, *args: Any, opt_level: int = 0,
                 shared_libs: Sequence[str] = (), c_interface: bool = False) -> Any:
    """Compile the module and call function `name`: numpy arrays (C-contiguous) are
    passed as memref descriptors, scalars as the signature's i1/i8..i64/f32/f64; returns
    None, a scalar or numpy array (memref results are copied), or a tuple of them.
    `c_interface=True` calls the `_mlir_ciface_NAME` wrapper of a function with the
    `llvm.emit_c_interface` attribute."""
    program = compile_module(module_or_text, opt_level, shared_libs)
    result = program.call(name, *args, c_interface=c_interface)
    from mliropt.runner.jit import JitError

    try:
        program.close()
    except JitError as e:
        raise RunnerError(f"error: {e}") from None
    return result
