"""`pymlir-opt`: the click command. It only translates flags into OptOptions."""

from __future__ import annotations

import sys

import click

from mliropt.tools.driver import DEFAULT_SPLIT_MARKER, OptOptions, run_opt

# Options that upstream's LLVM command line accepts with a single dash too.
_SHORT = {"-o", "-p", "-h"}
# Options whose value is optional: LLVM takes a value only after `=`.
_OPTIONAL_VALUE = {
    "--split-input-file": DEFAULT_SPLIT_MARKER,
    "--verify-diagnostics": "all",
    "--color": "always",
}


_PLUGIN_FLAGS = {"--load-dialect-plugin": "dialect", "--load-pass-plugin": "pass"}


def load_plugin_flags(argv: list[str]) -> list[str]:
    """Load the `--load-dialect-plugin=M` / `--load-pass-plugin=M` modules first (their
    passes may be named by flags anywhere on the line); returns the other arguments."""
    rest: list[str] = []
    i = 0
    while i < len(argv):
        name, eq, value = argv[i].partition("=")
        kind = _PLUGIN_FLAGS.get(name)
        if kind is None:
            rest.append(argv[i])
            i += 1
            continue
        if not eq and i + 1 < len(argv):  # `--load-pass-plugin M`, as LLVM's cl allows
            value = argv[i + 1]
            i += 1
        i += 1
        from mliropt.plugins import load_plugin

        failure = load_plugin(value, kind)
        if failure is not None:
            sys.stderr.write(failure + "\n")
    return rest


def split_pass_flags(argv: list[str]) -> tuple[list[str], list[tuple[str, str | None]]]:
    """Take the registered-pass flags (`--cse`, `--canonicalize=max-iterations=3`) out of
    argv, in command-line order; click handles the rest. A flag that is neither an option
    nor a built-in pass may name a plugin's pass (an entry point, looked up then)."""
    from mliropt.passes.registry import PASSES, lookup_pass

    argv = load_plugin_flags(argv)
    options = {o for p in command.params for o in p.opts}
    rest: list[str] = []
    passes: list[tuple[str, str | None]] = []
    for a in argv:
        if a.startswith("--"):
            name, eq, value = a[2:].partition("=")
            if name in PASSES or (a.split("=")[0] not in options and lookup_pass(name)):
                passes.append((name, value if eq else None))
                continue
        rest.append(a)
    return rest, passes


def normalize_argv(argv: list[str]) -> list[str]:
    """Spell arguments the way click expects: `-split-input-file` becomes
    `--split-input-file` (LLVM's cl accepts both), and an optional-value flag without
    `=value` gets its default value explicitly."""
    out = []
    for a in argv:
        short = a.startswith("-") and not a.startswith("--") and len(a) > 2
        if short and a.split("=")[0] not in _SHORT:
            a = "-" + a
        if a in _OPTIONAL_VALUE:
            a = f"{a}={_OPTIONAL_VALUE[a]}"
        out.append(a)
    return out


@click.command(context_settings={"help_option_names": ["--help", "-h"]})
@click.argument("input", default="-", required=False)
@click.option("-o", "output", default="-", help="Output filename (written only on success).")
@click.option(
    "--split-input-file", is_flag=False, flag_value=DEFAULT_SPLIT_MARKER, default=None,
    help=(
        "Split the input file into chunks using the given or default marker and process each "
        "chunk independently."
    ),
)
@click.option(
    "--output-split-marker",
    default=DEFAULT_SPLIT_MARKER,
    help="Split marker to use for merging the output.",
)
@click.option(
    "--allow-unregistered-dialect",
    is_flag=True,
    help="Allow operations with no registered dialects.",
)
@click.option(
    "--no-implicit-module",
    is_flag=True,
    help="Disable implicit addition of a top-level module op during parsing.",
)
@click.option("--mlir-print-op-generic", is_flag=True, help="Print the generic op form.")
@click.option("--mlir-print-debuginfo", is_flag=True, help="Print debug info in MLIR output.")
@click.option(
    "--mlir-pretty-debuginfo",
    is_flag=True,
    help="Print pretty debug info in MLIR output.",
)
@click.option(
    "--mlir-print-local-scope",
    is_flag=True,
    help="Print with local scope and inline information (eliding aliases).",
)
@click.option(
    "--mlir-elide-elementsattrs-if-larger",
    type=int,
    default=None,
    help="Elide ElementsAttrs that have more elements than the given upper limit.",
)
@click.option(
    "--verify-diagnostics", is_flag=False, flag_value="all", default=None,
    type=click.Choice(["all", "only-expected"]),
    help="Check that emitted diagnostics match expected-* lines on the corresponding line.",
)
@click.option(
    "--load-dialect-plugin",
    multiple=True,
    expose_value=False,
    help=(
        "Load dialects from a plugin module (a module name or a .py file; read before the "
        "other options)."
    ),
)
@click.option(
    "--load-pass-plugin",
    multiple=True,
    expose_value=False,
    help=(
        "Load passes from a plugin module (a module name or a .py file; read before the other"
        " options)."
    ),
)
@click.option(
    "--show-dialects",
    is_flag=True,
    help="Print the list of registered dialects and exit.",
)
@click.option(
    "--mlir-disable-threading",
    is_flag=True,
    help="Accepted for compatibility; pymlir-opt is single-threaded.",
)
@click.option(
    "--color",
    type=click.Choice(["auto", "always", "never"]),
    default="auto",
    is_flag=False,
    flag_value="always",
    help="Use colors in diagnostics (default: on a terminal).",
)
@click.option(
    "--pass-pipeline",
    "-p",
    "pass_pipeline",
    default=None,
    help="Textual description of the pass pipeline to run, e.g. 'builtin.module(func.func(cse))'.",
)
@click.option("--list-passes", is_flag=True, help="Print the list of registered passes and exit.")
@click.option(
    "--dump-pass-pipeline",
    is_flag=True,
    help="Print the pipeline that will be run (on stderr).",
)
@click.option(
    "--verify-each",
    type=click.BOOL,
    default=True,
    is_flag=False,
    flag_value=True,
    help="Run the verifier after each transformation pass (default true).",
)
@click.option(
    "--mlir-print-ir-before",
    "print_ir_before",
    multiple=True,
    help="Print IR before the given passes (pass arguments, comma-separated).",
)
@click.option(
    "--mlir-print-ir-after",
    "print_ir_after",
    multiple=True,
    help="Print IR after the given passes.",
)
@click.option("--mlir-print-ir-before-all", is_flag=True, help="Print IR before each pass.")
@click.option("--mlir-print-ir-after-all", is_flag=True, help="Print IR after each pass.")
@click.option(
    "--mlir-print-ir-after-change",
    is_flag=True,
    help="When printing the IR after a pass, only print if the IR changed.",
)
@click.option(
    "--mlir-print-ir-after-failure",
    is_flag=True,
    help="When printing the IR after a pass, only print if the pass failed.",
)
@click.option(
    "--mlir-print-ir-module-scope",
    is_flag=True,
    help="Always print the top-level operation when printing IR around passes.",
)
@click.option(
    "--mlir-print-ir-tree-dir",
    default=None,
    help="Print IR around passes into a file tree rooted at this directory.",
)
@click.option(
    "--mlir-print-ir-diff",
    is_flag=True,
    help="Print a unified diff of the IR after each pass that changed it.",
)
@click.option("--mlir-timing", is_flag=True, help="Display execution times of passes.")
@click.option(
    "--mlir-timing-display",
    type=click.Choice(["list", "tree"]),
    default="tree",
    help="Display method for timing data.",
)
@click.option("--mlir-pass-statistics", is_flag=True, help="Display the statistics of each pass.")
@click.option(
    "--mlir-pass-statistics-display",
    type=click.Choice(["list", "pipeline"]),
    default="pipeline",
    help="Display method for pass statistics.",
)
def command(input: str, output: str, split_input_file: str | None, output_split_marker: str,
            allow_unregistered_dialect: bool, no_implicit_module: bool, mlir_print_op_generic: bool,
            mlir_print_debuginfo: bool, mlir_pretty_debuginfo: bool, mlir_print_local_scope: bool,
            mlir_elide_elementsattrs_if_larger: int | None, verify_diagnostics: str | None,
            show_dialects: bool, mlir_disable_threading: bool, color: str,
            pass_pipeline: str | None,
            list_passes: bool, dump_pass_pipeline: bool, verify_each: bool,
            print_ir_before: tuple[str, ...], print_ir_after: tuple[str, ...],
            mlir_print_ir_before_all: bool, mlir_print_ir_after_all: bool,
            mlir_print_ir_after_change: bool, mlir_print_ir_after_failure: bool,
            mlir_print_ir_module_scope: bool, mlir_print_ir_tree_dir: str | None,
            mlir_print_ir_diff: bool, mlir_timing: bool, mlir_timing_display: str,
            mlir_pass_statistics: bool, mlir_pass_statistics_display: str) -> None:
    """MLIR modular optimizer driver, in Python."""
    if show_dialects or list_passes:
        from mliropt.plugins import register_all_entry_points

        register_all_entry_points()  # listings name the plugins' dialects and passes too
    if show_dialects:
        from mliropt.dialects.registry import default_registry

        click.echo("Available Dialects: " + ",".join(default_registry().names))
        return
    if list_passes:
        from mliropt.passes.listing import list_passes as _list

        click.echo(_list(), nl=False)
        return
    from mliropt.passes.pass_manager import Instrumentation

    instr = Instrumentation(
        print_before={n for v in print_ir_before for n in v.split(",")},
        print_after={n for v in print_ir_after for n in v.split(",")},
        print_before_all=mlir_print_ir_before_all, print_after_all=mlir_print_ir_after_all,
        print_after_change=mlir_print_ir_after_change,
        print_after_failure=mlir_print_ir_after_failure,
        print_module_scope=mlir_print_ir_module_scope, tree_dir=mlir_print_ir_tree_dir,
        print_diff=mlir_print_ir_diff, timing=mlir_timing, timing_display=mlir_timing_display,
        statistics=mlir_pass_statistics, statistics_display=mlir_pass_statistics_display,
        color=color,
    )
    opts = OptOptions(
        input=input, output=output, split_input_file=split_input_file,
        output_split_marker=output_split_marker,
        allow_unregistered_dialect=allow_unregistered_dialect,
        no_implicit_module=no_implicit_module, print_op_generic=mlir_print_op_generic,
        print_debuginfo=mlir_print_debuginfo, pretty_debuginfo=mlir_pretty_debuginfo,
        print_local_scope=mlir_print_local_scope,
        elide_elementsattrs_if_larger=mlir_elide_elementsattrs_if_larger,
        verify_diagnostics=verify_diagnostics, color=color,
        pass_pipeline=pass_pipeline, pass_flags=_PASS_FLAGS, dump_pass_pipeline=dump_pass_pipeline,
        verify_each=verify_each, instrumentation=instr, disable_threading=mlir_disable_threading,
    )
    sys.exit(run_opt(opts))


_PASS_FLAGS: list[tuple[str, str | None]] = []


def main(argv: list[str] | None = None) -> None:
    """Console-script entry point."""
    args, passes = split_pass_flags(normalize_argv(sys.argv[1:] if argv is None else argv))
    _PASS_FLAGS[:] = passes
    from mliropt.tools.cli_errors import run_command

    run_command(command, args, "pymlir-opt")
