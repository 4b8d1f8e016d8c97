"""The dialect scan reads only the start of a large input: a dialect whose first custom
op comes later is found when that op is parsed, and the result (or the error) is the
same as with a scan of the whole text."""

import pytest

import mliropt.syntax.grammar as grammar
from mliropt.ir.context import Context
from mliropt.ir.diagnostics import MLIRError
from mliropt.syntax.parser import parse_source
from mliropt.syntax.printer import PrintOptions, print_operation

# Padding first (only arith), then memref, scf and math ops far past a small window.
LATE_DIALECTS = (
    "func.func @f(%a: i32, %m: memref<4xf32>, %i: index) -> f32 {\n"
    + "".join(f"  %c{i} = arith.constant {i} : i32\n" for i in range(40))
    + "  %x = memref.load %m[%i] : memref<4xf32>\n"
    "  %y = scf.if %true -> (f32) {\n"
    "    %z = math.sqrt %x : f32\n"
    "    scf.yield %z : f32\n"
    "  } else {\n"
    "    scf.yield %x : f32\n"
    "  }\n"
    "  return %y : f32\n"
    "}\n"
).replace("%true", "%t").replace("-> f32 {\n", "-> f32 {\n  %t = arith.constant true\n", 1)


def _print(text: str) -> str:
    module = parse_source(Context(), text, "t.mlir")
    return print_operation(module, PrintOptions())


def _error(text: str) -> str:
    with pytest.raises(MLIRError) as e:
        parse_source(Context(), text, "t.mlir")
    return str(e.value.diagnostic.message)


@pytest.fixture
def small_window(monkeypatch):
    monkeypatch.setattr(grammar, "SCAN_WINDOW", 64)


def test_dialects_past_the_window_parse_as_with_a_whole_scan(small_window, monkeypatch):
    windowed = _print(LATE_DIALECTS)
    monkeypatch.setattr(grammar, "SCAN_WINDOW", 1 << 30)
    assert windowed == _print(LATE_DIALECTS)
    assert "memref.load" in windowed and "math.sqrt" in windowed and "scf.if" in windowed


def test_an_unknown_op_past_the_window_reports_as_with_a_whole_scan(small_window, monkeypatch):
    text = LATE_DIALECTS.replace("memref.load", "memref.lood")
    windowed = _error(text)
    monkeypatch.setattr(grammar, "SCAN_WINDOW", 1 << 30)
    assert windowed == _error(text) == "custom op 'memref.lood' is unknown"


def test_the_scan_reads_only_its_window(small_window):
    names = grammar.parser_for(Context(), LATE_DIALECTS, 0, len(LATE_DIALECTS)).dialects
    assert "memref" not in names and "func" in names
