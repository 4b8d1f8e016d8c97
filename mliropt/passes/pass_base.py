"""The base of passes: a dataclass whose fields are the pass's typed options.

    @dataclass
    class CanonicalizePass(Pass):
        '''Canonicalize operations.'''

        argument: ClassVar[str] = "canonicalize"
        max_iterations: int = option(10, "Max. iterations between applying patterns")

        def run(self, op): ...

A field's option name is its name in kebab-case (`max-iterations`) unless given.
The docstring's first line is the pass summary in `--list-passes` and `--help`.
"""

from __future__ import annotations

import dataclasses
from typing import Any, ClassVar

from mliropt.ir.diagnostics import Diagnostic, MLIRError, Severity

# The annotation of an unsigned option (LLVM's `unsigned`): an int that must not be
# negative, listed as `<uint>`.
uint = int
# The annotation of a 64-bit option (LLVM's `int64_t`), listed as `<long>`; a plain
# `int` option is LLVM's 32-bit `int`, listed as `<int>`.
long = int

# LLVM's cl::parser<T> for the integer annotations: (range, name in its error message).
_INT_KINDS = {
    "int": (-(1 << 31), (1 << 31) - 1, "integer"),
    "long": (-(1 << 63), (1 << 63) - 1, "long"),
    "uint": (0, (1 << 32) - 1, "uint"),
}


class PassFailure(Exception):
    """Raised by a pass to signal failure (after emitting its diagnostics)."""


def option(
    default: Any,
    help: str = "",
    name: str | None = None,
    list_: bool = False,
    choices: tuple[tuple[str, str], ...] | None = None,
) -> Any:
    """Declare a pass option (a dataclass field with its command-line name and help);
    `choices` lists `(value, description)` pairs of an enumerated option (LLVM's
    `cl::values`), whose value is then one of those strings."""
    meta = {"help": help, "name": name, "list": list_, "choices": choices}
    if list_ or isinstance(default, (list, dict)):
        return dataclasses.field(default_factory=lambda: list(default), metadata=meta)
    return dataclasses.field(default=default, metadata=meta)


class Pass:
    """Base of all passes. Subclasses are dataclasses; `run(op)` transforms `op`."""

    argument: ClassVar[str] = ""
    # The op name the pass runs on (None: any op), e.g. "func.func" or "builtin.module".
    op_name: ClassVar[str | None] = None
    # Shown in pass-manager output (`IR Dump After CSE (cse)`): upstream's pass name.
    display_name: ClassVar[str] = ""
    # Dialects the pass may create ops of, loaded before the pipeline runs (upstream's
    # getDependentDialects): a later pass sees them loaded even if no op was created.
    dependent_dialects: ClassVar[tuple[str, ...]] = ()

    def __post_init__(self) -> None:
        self.statistics: dict[str, int] = {}
        # What stays valid after `run` (upstream's markAnalysesPreserved): None for
        # nothing, "all", or a set of analysis names; reset before each run.
        self.preserved_analyses: Any = None
        self.ctx: Any = None

    # ----------------------------------------------------------------- options

    @classmethod
    def options(cls) -> list[tuple[str, dataclasses.Field]]:
        """(command-line name, field) of each option, sorted by name as upstream prints them."""
        out = []
        for f in dataclasses.fields(cls):  # type: ignore[arg-type]
            if f.name in ("statistics", "ctx"):
                continue
            name = f.metadata.get("name") or f.name.replace("_", "-")
            out.append((name, f))
        return sorted(out, key=lambda x: x[0])

    @classmethod
    def summary(cls) -> str:
        """The first line of the docstring."""
        return (cls.__doc__ or "").strip().splitlines()[0] if cls.__doc__ else ""

    @classmethod
    def pass_name(cls) -> str:
        """The name upstream prints in IR dumps and timing (e.g. `CSE`)."""
        return cls.display_name or cls.__name__.removesuffix("Pass")

    def options_text(self) -> str:
        """`{opt=value ...}` as upstream's pipeline printer writes it ('' without options)."""
        opts = self.options()
        if not opts:
            return ""
        parts = []
        for name, f in opts:
            value = getattr(self, f.name)
            if f.metadata.get("list") or isinstance(value, list):
                items = ",".join(_format_value(v) for v in value)
                parts.append(f"{name}={{{items}}}" if value else "")
            else:
                parts.append(f"{name}={_format_value(value)}")
        return "{" + " ".join(parts) + "}"

    def pipeline_text(self) -> str:
        """This pass in pipeline syntax."""
        return self.argument + self.options_text()

    # ----------------------------------------------------------------- running

    def run(self, op: Any) -> None:
        """Transform `op` (raise PassFailure after emitting errors to fail)."""
        raise NotImplementedError

    def can_schedule_on(self, op_cls: Any) -> bool:
        """Whether the pass may run on ops of the registered class `op_cls` (upstream's
        canScheduleOn(RegisteredOperationName)); the pass manager also checks `op_name`."""
        return True

    def analysis_timer(self, name: str) -> Any:
        """The timer of an analysis this pass computes (`(A) name` under the pass in the
        `--mlir-timing` report); `with timer.measure(): ...` adds to it."""
        manager = getattr(self, "pass_manager", None)
        if manager is None:
            from mliropt.passes.reports import Timer

            return Timer(name)
        return manager.analysis_timer(name)

    def emit_error(self, location: Any, message: str) -> PassFailure:
        """Emit an error and return the PassFailure to raise."""
        self.ctx.diagnostics.emit(Diagnostic(location, Severity.ERROR, message))
        return PassFailure(message)

    def emit_op_error(self, op: Any, message: str) -> PassFailure:
        """Emit an error at `op` as upstream's `op->emitError()` does under mlir-opt: with
        a "see current operation" note (unless the context turned those off)."""
        diag = Diagnostic(op.location, Severity.ERROR, message)
        if self.ctx.print_op_on_diagnostic:
            from mliropt.tools.driver import current_op_text

            text = current_op_text(op, self.ctx)
            text = "\n" + text if "\n" in text else text
            diag.attach_note("see current operation: " + text, op.location)
        self.ctx.diagnostics.emit(diag)
        return PassFailure(message)

    def signal_failure(self) -> PassFailure:
        """A PassFailure to raise when diagnostics were already emitted."""
        return PassFailure("pass failed")

    def add_statistic(self, name: str, amount: int = 1) -> None:
        """Increase a statistic counter (`--mlir-pass-statistics`)."""
        self.statistics[name] = self.statistics.get(name, 0) + amount


def _format_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        # Upstream wraps a string in braces when a space comes before any quote or brace.
        space = value.find(" ")
        marks = [i for i in (value.find("{"), value.find("'"), value.find('"')) if i >= 0]
        if space >= 0 and (not marks or space < min(marks)):
            return "{" + value + "}"
    return str(value)


def parse_option_value(f: dataclasses.Field, text: str) -> Any:
    """Convert an option's text to the field's type (bool, int, float, str, list)."""
    t = f.type if isinstance(f.type, str) else getattr(f.type, "__name__", str(f.type))
    choices = f.metadata.get("choices")
    if choices:
        if text not in {value for value, _ in choices}:
            raise ValueError(f"Cannot find option named '{text}'!")
        return text
    if f.metadata.get("list") or t.startswith("list"):
        return [x for x in _split_list(text)] if text else []
    if t == "bool":
        # LLVM's cl::parser<bool> spellings.
        if text in ("", "true", "TRUE", "True", "1"):
            return True
        if text in ("false", "FALSE", "False", "0"):
            return False
        raise ValueError(f"'{text}' is invalid value for boolean argument! Try 0 or 1")
    if t in _INT_KINDS:
        low, high, kind = _INT_KINDS[t]
        value = _parse_llvm_integer(text)
        if value is None or not low <= value <= high:
            raise ValueError(f"'{text}' value invalid for {kind} argument!")
        return value
    if t == "float":
        return float(text)
    return text


def _parse_llvm_integer(text: str) -> int | None:
    """StringRef::getAsInteger with radix 0: 0x/0b/0o prefixes, a leading 0 is octal."""
    body = text[1:] if text[:1] == "-" else text
    low = body.lower()
    base = 10
    if low.startswith(("0x", "0b", "0o")):
        base = {"x": 16, "b": 2, "o": 8}[low[1]]
        body = body[2:]
    elif len(body) > 1 and body[0] == "0":
        base = 8
        body = body[1:]
    if not body or not all(c.isalnum() for c in body):
        return None
    try:
        value = int(body, base)
    except ValueError:
        return None
    return -value if text[:1] == "-" else value


def _split_list(text: str) -> list[str]:
    out = []
    depth = 0
    cur = ""
    for ch in text:
        if ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
        if ch == "," and depth == 0:
            out.append(cur)
            cur = ""
        else:
            cur += ch
    out.append(cur)
    return out


__all__ = ["Pass", "PassFailure", "option", "parse_option_value", "MLIRError", "long", "uint"]
