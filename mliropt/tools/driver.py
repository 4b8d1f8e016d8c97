"""What `pymlir-opt` does, as a plain function: read, split, parse, verify, run passes,
print. The click command in `opt.py` only builds an `OptOptions` and calls `run_opt`."""

from __future__ import annotations

import os
import sys
from typing import Any, TextIO

from mliropt.ir.diagnostics import Diagnostic, MLIRError, Severity
from mliropt.ir.location import FileLineColLoc

DEFAULT_SPLIT_MARKER = "// -----"


class OptOptions:
    """Every option of the driver (mirrors mlir-opt's command line), given by keyword;
    the class attributes are the defaults. (Not a dataclass: generating its methods
    cost 1.5 ms at every start.)"""

    def __init__(self, **options: Any) -> None:
        for name, value in options.items():
            if name not in _OPTION_NAMES:
                raise TypeError(f"OptOptions got an unknown option {name!r}")
            setattr(self, name, value)
        if "pass_flags" not in options:
            self.pass_flags = []

    input: str = "-"
    output: str = "-"
    split_input_file: str | None = None
    output_split_marker: str = DEFAULT_SPLIT_MARKER
    allow_unregistered_dialect: bool = False
    no_implicit_module: bool = False
    print_op_generic: bool = False
    print_debuginfo: bool = False
    pretty_debuginfo: bool = False
    print_local_scope: bool = False
    elide_elementsattrs_if_larger: int | None = None
    verify_diagnostics: str | None = None  # None, "all" or "only-expected"
    verify_each: bool = True
    color: str = "auto"
    pass_pipeline: str | None = None  # `--pass-pipeline` text
    pass_flags: list[tuple[str, str | None]]  # `--cse`, ... (a new list by default)
    dump_pass_pipeline: bool = False
    disable_threading: bool = False  # `--mlir-disable-threading`: no verifying beside printing
    instrumentation: Any = None
    pipeline: Any = None  # the OpPassManager built from the two above
    # pymlir-translate: the dialect registry to parse with (None: all), and the
    # translation (module -> text, raising MLIRError) that replaces passes and printing.
    registry: Any = None
    emit: Any = None
    # mlir-opt's end-of-run report of `expected-*` comments without --verify-diagnostics
    # (mlir-translate has none), and mlir-translate's split-file locations
    # (`within split at FILE:N offset :L:C`, L counted from the chunk's first line N).
    report_unchecked_expectations: bool = True
    split_relative_locations: bool = False
    # mlir-translate writes each chunk's output to stdout as soon as it is done (so it
    # comes before the next chunk's diagnostics); mlir-opt writes everything at the end.
    stream_chunks: bool = False


_OPTION_NAMES = frozenset(OptOptions.__annotations__)


def _chunks(text: str, marker: str | None) -> list[tuple[int, int]]:
    """(start, end) of each chunk; split exactly at the marker text, as upstream does."""
    if marker is None:
        return [(0, len(text))]
    out = []
    start = 0
    while True:
        i = text.find(marker, start)
        if i < 0:
            out.append((start, len(text)))
            return out
        out.append((start, i))
        start = i + len(marker)


def use_color(color: str, stream: TextIO) -> bool:
    """Whether diagnostics on `stream` are coloured (`--color`, NO_COLOR, a terminal)."""
    if color == "always":
        return True
    if color == "never" or os.environ.get("NO_COLOR"):
        return False
    return stream.isatty()


def read_input(path: str, stderr: TextIO) -> tuple[str, str] | None:
    """(file name for diagnostics, text) of INPUT (`-`: standard input), or None after
    upstream's 'cannot open input file' message."""
    filename = "<stdin>" if path == "-" else path
    try:
        if path == "-":
            return filename, sys.stdin.read()
        with open(path, encoding="utf-8", errors="surrogateescape") as f:
            return filename, f.read()
    except OSError as e:
        stderr.write(f"cannot open input file '{path}': {e.strerror}\n")
        return None


def run_opt(opts: OptOptions, stdout: TextIO | None = None, stderr: TextIO | None = None) -> int:
    """Run the driver; returns the exit status (0 success, 1 any failure)."""
    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    from mliropt.diagnostics.renderer import DiagnosticRenderer
    from mliropt.diagnostics.source_manager import SourceManager

    read = read_input(opts.input, stderr)
    if read is None:
        return 1
    filename, text = read
    sources = SourceManager()
    sources.add(filename, text)
    renderer = DiagnosticRenderer(sources, stderr, color=use_color(opts.color, stderr))
    outputs: list[str] = []
    ok = True
    streaming = opts.stream_chunks and opts.output == "-"
    pending = ""
    separator = opts.output_split_marker + "\n"
    for index, (start, end) in enumerate(_chunks(text, opts.split_input_file)):
        if opts.split_relative_locations and opts.split_input_file is not None:
            renderer.split_at = (filename, text.count("\n", 0, start) + 1)
        out, chunk_ok = _process_chunk(
            opts, text, filename, start, end, index, sources, renderer, stderr
        )
        outputs.append(out)
        ok = ok and chunk_ok
        if streaming:
            # A translated module is flushed when written; the separators before it
            # wait for it (upstream's order when stderr is the same pipe).
            pending += separator + out if index else out
            if out:
                stdout.write(pending)
                stdout.flush()
                pending = ""
    if opts.verify_diagnostics is None and opts.report_unchecked_expectations and (
        "expected-" in text
    ):
        _report_unchecked_expectations(opts, sources, filename, text, stderr)
    if opts.split_input_file is not None:
        result = separator.join(outputs)
    else:
        result = outputs[0]
    if streaming:
        stdout.write(pending)
    if not ok:
        if opts.output == "-" and not streaming:
            stdout.write(result)
        return 1
    if opts.output == "-":
        if not streaming:
            stdout.write(result)
    else:
        try:
            with open(opts.output, "w", encoding="utf-8") as f:
                f.write(result)
        except OSError as e:
            stderr.write(f"error: cannot write '{opts.output}': {e.strerror}\n")
            return 1
    return 0


def _report_unchecked_expectations(
    opts: OptOptions, sources: Any, filename: str, text: str, stderr: TextIO
) -> None:
    """Without --verify-diagnostics, upstream's mlir-opt 22 still reads the file's
    `expected-*` comments and, at the end of the run, reports each as not produced
    (diagnostics are not matched against them; the exit status is unchanged)."""
    from mliropt.diagnostics.verifier import DiagnosticVerifier

    color = use_color(opts.color, stderr)
    DiagnosticVerifier(sources, filename, text, stream=stderr, color=color).finish(
        verifying=False
    )


def _build_pipeline(opts: OptOptions, stderr: TextIO, root: str) -> Any:
    """The OpPassManager of `--pass-pipeline` or of the pass flags (anchored on the
    top-level op's name), or None without passes. As upstream's mlir-opt, this happens
    for each input chunk once it is parsed; errors are printed and raise _Failed."""
    from mliropt.passes.pipeline import (
        OpPassManager,
        PipelineError,
        parse_pass_flag,
        parse_pipeline,
    )

    if opts.pass_pipeline is None and not opts.pass_flags:
        if opts.dump_pass_pipeline:
            stderr.write("Pass Manager with 0 passes:\n" + OpPassManager(root).dump() + "\n\n")
        return None
    try:
        if opts.pass_pipeline is not None and opts.pass_flags:
            raise PipelineError(
                "'-pass-pipeline' option can't be used with individual pass options"
            )
        if opts.pass_pipeline is not None:
            pm = parse_pipeline(opts.pass_pipeline)
        else:
            pm = OpPassManager(root)
            for name, value in opts.pass_flags:
                pm.add(parse_pass_flag(name, value), nest_implicitly=True)
    except PipelineError as e:
        stderr.write(e.render())
        raise _Failed() from None
    if opts.dump_pass_pipeline:
        stderr.write(f"Pass Manager with {pm.count()} passes:\n" + pm.dump() + "\n\n")
    return pm


def _process_chunk(
    opts: OptOptions, text: str, filename: str, start: int, end: int, index: int,
    sources: Any, renderer: Any, stderr: TextIO,
) -> tuple[str, bool]:
    """Parse, verify, transform and print one chunk; returns (output, success)."""
    from mliropt.ir.context import Context

    ctx = Context(opts.registry, allow_unregistered=opts.allow_unregistered_dialect)
    verifier = None
    if opts.verify_diagnostics is not None:
        from mliropt.diagnostics.verifier import DiagnosticVerifier

        verifier = DiagnosticVerifier(
            sources, filename, text, start, end,
            only_expected=opts.verify_diagnostics == "only-expected", stream=stderr,
        )
        verifier.renderer.split_at = renderer.split_at
        ctx.diagnostics.push_handler(verifier)
        ctx.print_op_on_diagnostic = False  # as upstream's mlir-opt does
    else:
        ctx.diagnostics.push_handler(renderer)
    failed = False
    output = ""
    try:
        output = _transform(ctx, opts, text, filename, start, end, index, stderr)
    except MLIRError as e:
        ctx.diagnostics.emit(e.diagnostic)
        failed = True
    except _Failed:
        failed = True
    except RecursionError:
        ctx.diagnostics.emit(Diagnostic(
            _chunk_location(text, filename, start, 1), Severity.ERROR, "input nesting is too deep"
        ))
        failed = True
    except Exception as e:  # a bug in pymlir-opt: still a diagnostic, never a traceback
        ctx.diagnostics.emit(Diagnostic(
            _chunk_location(text, filename, start, 1), Severity.ERROR,
            f"internal error: {type(e).__name__}: {e} (please report this input)",
        ))
        failed = True
    if ctx.diagnostics.error_count and not failed:
        failed = True
        output = ""
    if verifier is not None:
        return ("" if failed else output), verifier.finish()
    return ("" if failed else output), not failed


class _Failed(Exception):
    """A pass failed after emitting its diagnostics."""


def _chunk_location(text: str, filename: str, start: int, index: int) -> FileLineColLoc:
    """The implicit module's location: `0:0` for a whole file, else where the chunk starts."""
    if index == 0:
        return FileLineColLoc(filename, 0, 0)
    line = text.count("\n", 0, start) + 1
    col = start - (text.rfind("\n", 0, start) + 1) + 1
    return FileLineColLoc(filename, line, col)


def _transform(
    ctx: Any, opts: OptOptions, text: str, filename: str, start: int, end: int, index: int,
    stderr: TextIO,
) -> str:
    import gc
    import time

    from mliropt.syntax.parser import parse_source
    from mliropt.syntax.printer import PrintOptions, print_operation
    from mliropt.tools import overlap

    gc.disable()  # the IR is a large cyclic graph; collection passes cost more than they free
    instr = opts.instrumentation
    if instr is not None:
        instr.start_chunk()
    clock = time.perf_counter
    t0 = clock()
    popts = PrintOptions(
        generic=opts.print_op_generic,
        debuginfo=opts.print_debuginfo,
        local_scope=opts.print_local_scope,
        pretty_debuginfo=opts.pretty_debuginfo,
        elide_elements_above=opts.elide_elementsattrs_if_larger,
    )
    # The command line's printing defaults: passes that print and the "see current
    # operation" notes (with locations under --mlir-print-debuginfo) start from them.
    ctx.print_options = popts
    module = parse_source(
        ctx, text, filename, start, end, implicit_module=not opts.no_implicit_module,
        chunk_loc=_chunk_location(text, filename, start, index),
    )
    if (
        opts.emit is None and opts.pass_pipeline is None
        and (instr is None or not (instr.timing or instr.statistics or instr.print_module_scope))
        and not opts.pass_flags and not opts.dump_pass_pipeline
        and overlap.usable(end - start, opts.disable_threading)
    ):
        # A plain round trip: the module is printed while a child process verifies it.
        def render() -> str:
            return print_operation(module, popts) + "\n"

        out, valid = overlap.verify_while(module, ctx, verify_op, render)
        if not valid:
            _raise_errors(ctx, verify_op(module, ctx))
        return out if out is not None else render()
    _raise_errors(ctx, verify_op(module, ctx))
    t1 = clock()
    if opts.emit is not None:
        return opts.emit(module)
    # Timing and statistics are reported for the chunk even when it fails (upstream).
    try:
        if instr is not None and instr.print_module_scope and not opts.disable_threading:
            # Upstream's applyPassManagerCLOptions refuses it on a threaded context.
            stderr.write(
                "<unknown>:0: error: IR print for module scope can't be setup on a "
                "pass-manager without disabling multi-threading first.\n\n"
            )
            raise _Failed()
        pipeline = _build_pipeline(opts, stderr, module.name)
        if pipeline is not None:
            from mliropt.passes.pass_base import PassFailure
            from mliropt.passes.pass_manager import Instrumentation, PassManager

            if instr is None:
                instr = opts.instrumentation = Instrumentation()
                instr.start_chunk()
            instr.print_options = popts
            try:
                PassManager(pipeline, ctx, opts.verify_each, instr).run(module)
            except PassFailure:
                raise _Failed() from None
            except MLIRError as e:
                ctx.diagnostics.emit(e.diagnostic)
                raise _Failed() from None
        t2 = clock()
        out = print_operation(module, popts) + "\n"
        if instr is not None:
            instr.output_time = clock() - t2
        return out
    finally:
        if instr is not None and (instr.timing or instr.statistics):
            from mliropt.passes.reports import print_reports

            instr.parse_time = t1 - t0
            instr.total_time = clock() - t0
            print_reports(instr)


def _raise_errors(ctx: Any, errors: list[Diagnostic]) -> None:
    """Emit the verifier's errors but the last, and raise that one."""
    if errors:
        for d in errors[:-1]:
            ctx.diagnostics.emit(d)
        raise MLIRError(errors[-1])


def verify_op(op: Any, ctx: Any = None) -> list[Diagnostic]:
    """Verify with the "see current operation" notes upstream's mlir-opt attaches (unless
    the context turned them off)."""
    from mliropt.ir.verifier import verify

    notes = ctx is None or ctx.print_op_on_diagnostic
    return verify(op, lambda o: current_op_text(o, ctx), notes, ctx)


def current_op_text(op: Any, ctx: Any = None) -> str:
    """The generic form of an op, numbered within its nearest isolated ancestor (with
    its locations when the command line prints debug info)."""
    from mliropt.ir.traits import IsolatedFromAbove
    from mliropt.syntax.asm_names import SSANames
    from mliropt.syntax.printer import OpPrinter, PrintOptions

    # Upstream numbers from the first op, going up from this one, isolated from above.
    root = op
    while not (IsolatedFromAbove in root.traits and root.registered) and root.parent_op is not None:
        root = root.parent_op
    flags = getattr(ctx, "print_options", None)
    options = PrintOptions(generic=True, local_scope=True)
    if flags is not None:
        options.debuginfo = flags.debuginfo
        options.pretty_debuginfo = flags.pretty_debuginfo
    printer = OpPrinter(op, options, names=SSANames(root, True))
    return printer.number_distinct(printer.op(op))
