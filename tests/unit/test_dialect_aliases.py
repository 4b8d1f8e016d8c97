"""Alias names from dialect hooks (upstream's OpAsmDialectInterface::getAlias)."""

from __future__ import annotations

from mliropt.ir.context import Context
from mliropt.syntax.aliases import sanitize_alias
from mliropt.syntax.parser import parse_source
from mliropt.syntax.printer import PrintOptions, print_operation


def test_sanitize_alias_as_upstream() -> None:
    """Invalid characters become hex codes; a leading digit or symbol gets `_`."""
    assert sanitize_alias("map") == "map"
    assert sanitize_alias("test.alias") == "test2Ealias"
    assert sanitize_alias("0_test_alias") == "_0_test_alias"
    assert sanitize_alias("%test") == "_25test"
    assert sanitize_alias("a b") == "a_b"
    assert sanitize_alias("$x-y") == "$x-y"


def _print(text: str, options: PrintOptions | None = None) -> str:
    ctx = Context()
    ctx.print_options = options or PrintOptions()
    module = parse_source(ctx, text, "<test>", 0, len(text))
    return print_operation(module, ctx.print_options)


def test_loaded_dialect_names_builtin_attributes() -> None:
    """The test dialect, once loaded, names a builtin string attribute."""
    text = '"test.op"() {a = "alias_test:dot_in_name"} : () -> ()'
    out = _print(text)
    assert out.startswith('#test2Ealias = "alias_test:dot_in_name"\n')
    assert "a = #test2Ealias" in out


def test_no_hooks_without_the_context() -> None:
    """Options not linked to a context see the builtin names only."""
    ctx = Context()
    text = '"test.op"() {a = "alias_test:dot_in_name"} : () -> ()'
    module = parse_source(ctx, text, "<test>", 0, len(text))
    out = print_operation(module, PrintOptions())
    assert "#test2Ealias" not in out


def test_numbered_names_ending_in_a_digit() -> None:
    """The second of two attributes named `test_alias0` is `test_alias0_1`."""
    text = (
        '"test.op"() {a = "alias_test:trailing_digit", '
        'b = "alias_test:trailing_digit" : i32} : () -> ()'
    )
    out = _print(text)
    assert "a = #test_alias0, b = #test_alias0_1" in out
