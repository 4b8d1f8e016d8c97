"""`pymlir-runner`: the click command. It only translates flags into RunnerOptions."""

from __future__ import annotations

import sys

import click

from mliropt.runner.driver import ENTRY_RESULTS, RunnerOptions, run_runner

# Options LLVM's command line accepts with one dash too; all others get two.
_SHORT = {"-e", "-o", "-h"}
_OPT_LEVELS = {f"{dash}O{n}": n for dash in ("-", "--") for n in range(4)}


def normalize_argv(argv: list[str]) -> list[str]:
    """Spell arguments the way click expects: `-O2`/`--O2` become `--opt-level=2`,
    `-entry-point-result=void` becomes `--entry-point-result=void` (LLVM's cl accepts
    both); `-e NAME` and `-o FILE` stay, `-e=NAME` becomes `-e NAME`."""
    out = []
    for a in argv:
        if a in _OPT_LEVELS:
            out.append(f"--opt-level={_OPT_LEVELS[a]}")
            continue
        name, eq, value = a.partition("=")
        if eq and name in _SHORT:  # `-e=main`, as LLVM's cl spells it too
            out += [name, value]
            continue
        if a.startswith("-") and not a.startswith("--") and len(a) > 2 \
                and a.split("=")[0] not in _SHORT:
            a = "-" + a
        out.append(a)
    return out


@click.command(context_settings={"help_option_names": ["--help", "-h"]})
@click.argument("input", default="-", required=False)
@click.option("-e", "entry_point", default="main", metavar="NAME",
              help="The function to be called (default main).")
@click.option("--entry-point-result", type=click.Choice(ENTRY_RESULTS), default="f32",
              help="Textual description of the function type to be called (default f32).")
@click.option("--opt-level", type=click.IntRange(0, 3), default=0, metavar="N",
              help="-O0..-O3: run LLVM's optimization pipeline and codegen at this level.")
@click.option("--shared-libs", multiple=True, metavar="LIBS",
              help="Libraries to link dynamically (comma-separated); upstream's runner "
                   "utils are built in.")
@click.option("--emit", type=click.Choice(["asm", "obj", "llvm"]), default=None,
              help="Write target assembly, an object file or the optimized LLVM IR "
                   "instead of running (beyond upstream).")
@click.option("-o", "output", default="-", help="Output file of --emit (default stdout).")
@click.option("--dump-object-file", is_flag=True,
              help="Dump JITted-compiled object to file specified with -object-filename "
                   "(<input file>.o by default).")
@click.option("--object-filename", default=None, metavar="FILE",
              help="Dump JITted-compiled object to file <input file>.o")
@click.option("--march", default=None, metavar="ARCH",
              help="Architecture to generate code for (replaces the host triple's).")
@click.option("--mattr", multiple=True, metavar="A1,+A2,-A3",
              help="Target specific attributes, added to the host CPU's features.")
@click.option("--no-implicit-module", is_flag=True,
              help="Disable implicit addition of a top-level module op during parsing.")
@click.option("--mlir-disable-threading", is_flag=True,
              help="Accepted for compatibility; pymlir-runner is single-threaded.")
@click.option("--color", type=click.Choice(["auto", "always", "never"]), default="auto",
              help="Use colors in diagnostics (default: on a terminal).")
def command(input: str, entry_point: str, entry_point_result: str, opt_level: int,
            shared_libs: tuple[str, ...], emit: str | None, output: str,
            dump_object_file: bool, object_filename: str | None, march: str | None,
            mattr: tuple[str, ...], no_implicit_module: bool, mlir_disable_threading: bool,
            color: str) -> None:
    """MLIR CPU execution driver, in Python (JIT on llvmlite)."""
    libs = [p for v in shared_libs for p in v.split(",") if p]
    opts = RunnerOptions(
        input=input, entry_point=entry_point, entry_point_result=entry_point_result,
        opt_level=opt_level, shared_libs=libs, emit=emit, output=output,
        no_implicit_module=no_implicit_module, color=color,
        dump_object_file=dump_object_file, object_filename=object_filename,
        march=march, mattr=[a for v in mattr for a in v.split(",") if a],
    )
    sys.exit(run_runner(opts))


def main(argv: list[str] | None = None) -> None:
    """Console-script entry point."""
    args = normalize_argv(sys.argv[1:] if argv is None else argv)
    from mliropt.runner.runtime import default_c_buffering
    from mliropt.tools.cli_errors import run_command

    default_c_buffering()  # the program's output is buffered as upstream's is

    run_command(command, args, "pymlir-runner")


if __name__ == "__main__":
    main()
