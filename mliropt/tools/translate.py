"""`pymlir-translate`: upstream mlir-translate's `--mlir-to-llvmir` (a module of the llvm
dialect to LLVM IR text, verified by llvmlite before it is written). The click command
only builds an `OptOptions` for the shared driver, with the translation as its output
step and upstream mlir-translate's dialects (builtin, func, llvm) for parsing."""

from __future__ import annotations

import sys
from typing import Any

import click

from mliropt.tools.driver import DEFAULT_SPLIT_MARKER, OptOptions, run_opt
from mliropt.tools.opt import normalize_argv

# The dialects upstream mlir-translate registers that pymlir-opt has.
TRANSLATE_DIALECTS = ("builtin", "func", "llvm")
# Upstream's cl error without a translation flag (printed once per registered
# translation, as mlir-translate 22 does).
_NO_TRANSLATION = "Translations to perform option: must be specified at least once!\n" * 12


def translation_registry() -> Any:
    """A registry of the dialects mlir-translate knows (others fail to parse as there)."""
    from mliropt.dialects.registry import DIALECTS
    from mliropt.ir.dialect import DialectRegistry

    return DialectRegistry({k: DIALECTS[k] for k in TRANSLATE_DIALECTS})


def emit_llvmir(module: Any, op_notes: bool = True) -> str:
    """Translate and verify; the text to write (errors are MLIRErrors)."""
    from mliropt.target.llvmir import translate_to_llvmir, verify_llvmir

    text = translate_to_llvmir(module, op_notes)
    verify_llvmir(text, module.location)
    return text


@click.command(context_settings={"help_option_names": ["--help", "-h"]})
@click.argument("input", default="-", required=False)
@click.option("-o", "output", default="-", help="Output filename (written only on success).")
@click.option("--mlir-to-llvmir", is_flag=True, help="Translate MLIR (llvm dialect) to LLVMIR.")
@click.option(
    "--split-input-file", is_flag=False, flag_value=DEFAULT_SPLIT_MARKER, default=None,
    help="Split the input file into chunks using the given or default marker and process "
    "each chunk independently.",
)
@click.option("--output-split-marker", default="",
              help="Split marker to use for merging the output (default: none, as upstream).")
@click.option("--allow-unregistered-dialect", is_flag=True,
              help="Allow operations with no registered dialects.")
@click.option("--no-implicit-module", is_flag=True,
              help="Disable the parsing of an implicit top-level module op.")
@click.option(
    "--verify-diagnostics", is_flag=False, flag_value="all", default=None,
    type=click.Choice(["all", "only-expected"]),
    help="Check that emitted diagnostics match expected-* lines on the corresponding line.",
)
@click.option("--color", type=click.Choice(["auto", "always", "never"]), default="auto",
              is_flag=False, flag_value="always",
              help="Use colors in diagnostics (default: on a terminal).")
def command(input: str, output: str, mlir_to_llvmir: bool, split_input_file: str | None,
            output_split_marker: str, allow_unregistered_dialect: bool,
            no_implicit_module: bool, verify_diagnostics: str | None, color: str) -> None:
    """MLIR translation driver (pymlir-opt's mlir-translate)."""
    if not mlir_to_llvmir:
        sys.stderr.write(_NO_TRANSLATION)
        sys.exit(1)
    opts = OptOptions(
        input=input, output=output, split_input_file=split_input_file,
        output_split_marker=output_split_marker,
        allow_unregistered_dialect=allow_unregistered_dialect,
        no_implicit_module=no_implicit_module, verify_diagnostics=verify_diagnostics,
        color=color, registry=translation_registry(),
        # As upstream, no "see current operation" notes under --verify-diagnostics.
        emit=lambda m: emit_llvmir(m, verify_diagnostics is None),
        report_unchecked_expectations=False, split_relative_locations=True,
        stream_chunks=True,
    )
    sys.exit(run_opt(opts))


def main(argv: list[str] | None = None) -> None:
    """Console-script entry point."""
    args = normalize_argv(sys.argv[1:] if argv is None else argv)
    from mliropt.tools.cli_errors import run_command

    run_command(command, args, "pymlir-translate")


if __name__ == "__main__":
    main()
