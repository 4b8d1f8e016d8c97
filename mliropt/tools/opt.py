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


def normalize_argv(argv: list[str]) -> list[str]:
    """Spell arguments the way click expects: `-split-input-file` becomes
    `--split-input-file` (LLVM's cl accepts both), and an optional-value flag without
    `=value` gets its default value explicitly."""
    out = []
    for a in argv:
        if a.startswith("-") and not a.startswith("--") and len(a) > 2 and a.split("=")[0] not in _SHORT:
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
    help="Split the input file into chunks using the given or default marker and process each chunk independently.",
)
@click.option("--output-split-marker", default=DEFAULT_SPLIT_MARKER, help="Split marker to use for merging the output.")
@click.option("--allow-unregistered-dialect", is_flag=True, help="Allow operations with no registered dialects.")
@click.option("--no-implicit-module", is_flag=True, help="Disable implicit addition of a top-level module op during parsing.")
@click.option("--mlir-print-op-generic", is_flag=True, help="Print the generic op form.")
@click.option("--mlir-print-debuginfo", is_flag=True, help="Print debug info in MLIR output.")
@click.option("--mlir-pretty-debuginfo", is_flag=True, help="Print pretty debug info in MLIR output.")
@click.option("--mlir-print-local-scope", is_flag=True, help="Print with local scope and inline information (eliding aliases).")
@click.option("--mlir-elide-elementsattrs-if-larger", type=int, default=None, help="Elide ElementsAttrs that have more elements than the given upper limit.")
@click.option(
    "--verify-diagnostics", is_flag=False, flag_value="all", default=None,
    type=click.Choice(["all", "only-expected"]),
    help="Check that emitted diagnostics match expected-* lines on the corresponding line.",
)
@click.option("--show-dialects", is_flag=True, help="Print the list of registered dialects and exit.")
@click.option("--mlir-disable-threading", is_flag=True, help="Accepted for compatibility; pymlir-opt is single-threaded.")
@click.option("--color", type=click.Choice(["auto", "always", "never"]), default="auto", is_flag=False, flag_value="always", help="Use colors in diagnostics (default: on a terminal).")
def command(input: str, output: str, split_input_file: str | None, output_split_marker: str,
            allow_unregistered_dialect: bool, no_implicit_module: bool, mlir_print_op_generic: bool,
            mlir_print_debuginfo: bool, mlir_pretty_debuginfo: bool, mlir_print_local_scope: bool,
            mlir_elide_elementsattrs_if_larger: int | None, verify_diagnostics: str | None,
            show_dialects: bool, mlir_disable_threading: bool, color: str) -> None:
    """MLIR modular optimizer driver, in Python."""
    if show_dialects:
        from mliropt.dialects.registry import default_registry

        click.echo("Available Dialects: " + ",".join(default_registry().names))
        return
    opts = OptOptions(
        input=input, output=output, split_input_file=split_input_file,
        output_split_marker=output_split_marker,
        allow_unregistered_dialect=allow_unregistered_dialect,
        no_implicit_module=no_implicit_module, print_op_generic=mlir_print_op_generic,
        print_debuginfo=mlir_print_debuginfo, pretty_debuginfo=mlir_pretty_debuginfo,
        print_local_scope=mlir_print_local_scope,
        elide_elementsattrs_if_larger=mlir_elide_elementsattrs_if_larger,
        verify_diagnostics=verify_diagnostics, color=color,
    )
    sys.exit(run_opt(opts))


def main() -> None:
    """Console-script entry point."""
    command.main(args=normalize_argv(sys.argv[1:]), prog_name="pymlir-opt")
