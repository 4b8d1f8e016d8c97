"""Command-line errors worded as LLVM's option parser words them, with exit status 1."""

from __future__ import annotations

import gc
import sys
from typing import Any

import click


def run_command(command: click.Command, args: list[str], prog: str) -> None:
    """Run a click command; a usage error is printed as upstream's tools print it
    (`mlir-opt: Unknown command line argument '--x'.  Try: 'mlir-opt --help'`) and
    exits with status 1, as every failure of upstream's tools does."""
    try:
        code = command.main(args=args, prog_name=prog, standalone_mode=False)
    except click.UsageError as e:
        sys.stderr.write(usage_message(e, prog))
        sys.exit(1)
    except click.ClickException as e:
        sys.stderr.write(f"{prog}: {e.format_message()}\n")
        sys.exit(1)
    except click.exceptions.Abort:
        sys.exit(1)
    finally:
        # The process ends now: the IR it built (a large cyclic graph) is left to the OS
        # instead of the interpreter's last collection at exit (clang's -disable-free).
        gc.freeze()
    sys.exit(code if isinstance(code, int) else 0)


def usage_message(e: click.UsageError, prog: str) -> str:
    """Upstream's wording of a command-line usage error."""
    if isinstance(e, click.NoSuchOption):
        return (
            f"{prog}: Unknown command line argument '{e.option_name}'.  "
            f"Try: '{prog} --help'\n"
        )
    if isinstance(e, click.BadParameter) and e.param is not None:
        return f"{prog}: for the {_option_name(e.param)} option: {_bad_value(e)}\n"
    if isinstance(e, click.BadOptionUsage):
        return f"{prog}: for the {e.option_name} option: {e.format_message()}\n"
    if "unexpected extra argument" in e.format_message():
        return (
            f"{prog}: Too many positional arguments specified!\n"
            f"Can specify at most 1 positional arguments: See: {prog} --help\n"
        )
    return f"{prog}: {e.format_message()}\n"


def _option_name(param: Any) -> str:
    opts = getattr(param, "opts", None) or [param.name or "?"]
    return max(opts, key=len)


def _bad_value(e: click.BadParameter) -> str:
    """The value part of upstream's message, by the option's type."""
    param = e.param
    value = _value_of(e)
    kind = getattr(param, "type", None)
    if isinstance(kind, click.types.BoolParamType):
        return f"'{value}' is invalid value for boolean argument! Try 0 or 1"
    if isinstance(kind, click.types.IntParamType):
        return f"'{value}' value invalid for uint argument!"
    if isinstance(kind, click.Choice):
        return f"Cannot find option named '{value}'!"
    return e.format_message()


def _value_of(e: click.BadParameter) -> str:
    """The offending value quoted in click's message (`'maybe' is not ...`)."""
    message = e.message  # without click's "Invalid value for '--x': " prefix
    start = message.find("'")
    if start != -1:
        end = message.find("'", start + 1)
        if end != -1:
            return message[start + 1:end]
    return message
