"""What `pymlir-runner` does, as a plain function: read, parse, verify, lower to the LLVM
dialect when needed, export, JIT-compile and call the entry point (or emit assembly or
an object file). The click command in `mliropt/tools/runner.py` only builds the options."""

from __future__ import annotations

import contextlib
import os
import sys
from dataclasses import dataclass, field
from typing import Any, TextIO

from mliropt.ir.diagnostics import Diagnostic, MLIRError, Severity

ENTRY_RESULTS = ("void", "i32", "i64", "f32")


@dataclass
class RunnerOptions:
    """Every option of the runner (mirrors mlir-runner's command line)."""

    input: str = "-"
    entry_point: str = "main"
    entry_point_result: str = "f32"  # upstream's default
    opt_level: int = 0
    shared_libs: list[str] = field(default_factory=list)
    emit: str | None = None  # "asm", "obj" or "llvm": write instead of running
    output: str = "-"
    no_implicit_module: bool = False
    color: str = "auto"
    dump_object_file: bool = False  # also write the JIT's object file
    object_filename: str | None = None  # default: `<input file>.o`, as upstream
    march: str | None = None  # the triple's architecture instead of the host's
    mattr: list[str] = field(default_factory=list)  # target features added to the host's


class _Failed(Exception):
    """Diagnostics were printed; exit 1."""


def _format_result(kind: str, value: Any) -> str:
    from mliropt.runner.cformat import format_llvm_e

    # upstream: llvm::outs() << result << '\n' (a float as llvm::write_double's %e).
    return (format_llvm_e(value) if kind == "f32" else str(value)) + "\n"


def run_runner(opts: RunnerOptions, stdout: TextIO | None = None,
               stderr: TextIO | None = None) -> int:
    """Run the runner; returns the exit status (0 success, 1 any failure)."""
    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    from mliropt.diagnostics.renderer import DiagnosticRenderer
    from mliropt.diagnostics.source_manager import SourceManager
    from mliropt.ir.context import Context
    from mliropt.tools.driver import read_input, use_color

    read = read_input(opts.input, stderr)
    if read is None:
        return 1
    filename, text = read
    sources = SourceManager()
    sources.add(filename, text)
    ctx = Context()
    ctx.diagnostics.push_handler(
        DiagnosticRenderer(sources, stderr, color=use_color(opts.color, stderr)))
    from mliropt.runner import runtime

    # The process's own stdout: write like upstream's runtime, through libc's stdio.
    runtime.use_c_stdio(_is_process_stdout(stdout))
    try:
        _run(ctx, opts, text, filename, stdout, stderr)
    except MLIRError as e:
        ctx.diagnostics.emit(e.diagnostic)
        return 1
    except _Failed:
        return 1
    except BrokenPipeError:
        _silence_stdout()
        return 1
    except RecursionError:
        ctx.diagnostics.emit(Diagnostic(_file_loc(filename), Severity.ERROR,
                                        "input nesting is too deep"))
        return 1
    except Exception as e:  # a bug: still a diagnostic, never a traceback
        ctx.diagnostics.emit(Diagnostic(
            _file_loc(filename), Severity.ERROR,
            f"internal error: {type(e).__name__}: {e} (please report this input)"))
        return 1
    finally:
        runtime.flush_c()  # what upstream's exit flushes, after the printed result
        runtime.use_c_stdio(False)
    return 1 if ctx.diagnostics.error_count else 0


def _is_process_stdout(stream: TextIO) -> bool:
    try:
        return stream is sys.stdout and stream.fileno() == 1
    except (AttributeError, ValueError, OSError):
        return False


def _file_loc(filename: str) -> Any:
    from mliropt.ir.location import FileLineColLoc

    return FileLineColLoc(filename, 0, 0)


def _silence_stdout() -> None:
    """After a closed pipe: point stdout at /dev/null so exit does not complain."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def _error(stderr: TextIO, message: str) -> _Failed:
    """A diagnostic without a location: `error: MESSAGE`."""
    stderr.write(f"error: {message}\n")
    return _Failed()


def _run(ctx: Any, opts: RunnerOptions, text: str, filename: str, stdout: TextIO,
         stderr: TextIO) -> None:
    from mliropt.passes.pass_base import PassFailure
    from mliropt.runner.calling import CallError, check_entry_point, ctype_of
    from mliropt.runner.jit import JitError, TargetError
    from mliropt.runner.program import Program
    from mliropt.syntax.parser import parse_source
    from mliropt.tools.driver import verify_op

    module = parse_source(ctx, text, filename, implicit_module=not opts.no_implicit_module)
    errors = verify_op(module, ctx)
    if errors:
        for d in errors[:-1]:
            ctx.diagnostics.emit(d)
        raise MLIRError(errors[-1])
    try:
        program = Program(module, ctx, opts.opt_level, opts.shared_libs,
                          jit=opts.emit is None, march=opts.march, mattr=opts.mattr)
    except PassFailure:
        raise _Failed() from None
    except TargetError as e:
        stderr.write(f"{e}\n")  # upstream's text, without an `error:` prefix
        raise _Failed() from None
    except JitError as e:
        raise _error(stderr, str(e)) from None
    for warning in program.warnings:
        stderr.write(warning)
    if opts.emit is not None:
        _emit(program, opts, stdout, stderr)
        return
    if opts.dump_object_file:
        _dump_object(program, opts, filename, stderr)
    try:
        func = check_entry_point(program.module, opts.entry_point, opts.entry_point_result)
        restype = ctype_of(func.get_attr("function_type").value.result)
        result = program.invoke(opts.entry_point, restype, [], [])
        program.close()
    except CallError as e:
        if e.location is None:
            raise _error(stderr, str(e)) from None
        raise MLIRError(Diagnostic(e.location, Severity.ERROR, str(e))) from None
    except JitError as e:
        raise _error(stderr, str(e)) from None
    if opts.entry_point_result != "void":
        stdout.write(_format_result(opts.entry_point_result, result))
        stdout.flush()


def _dump_object(program: Any, opts: RunnerOptions, filename: str, stderr: TextIO) -> None:
    """`--dump-object-file`: the compiled object to `--object-filename` (`<input>.o`)."""
    _write_file(opts.object_filename or f"{filename}.o", program.jit.emit("obj"), stderr)


def _write_file(path: str, data: bytes, stderr: TextIO) -> None:
    """Write through a temporary file renamed into place: never a partial file."""
    tmp = f"{path}.tmp{os.getpid()}"
    try:
        with open(tmp, "wb") as f:
            f.write(data)
        os.replace(tmp, path)
    except OSError as e:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise _error(stderr, f"cannot write '{path}': {e.strerror}") from None


def _emit(program: Any, opts: RunnerOptions, stdout: TextIO, stderr: TextIO) -> None:
    """`--emit=asm|obj|llvm`: the compiled module instead of a run."""
    if opts.emit == "llvm":
        data = program.jit.optimized_ir().encode()
    else:
        data = program.jit.emit(opts.emit)
    if opts.output == "-":
        buffer = getattr(stdout, "buffer", None)
        if buffer is not None:
            stdout.flush()
            buffer.write(data)
            buffer.flush()
        else:
            stdout.write(data.decode("latin-1"))
        return
    _write_file(opts.output, data, stderr)
