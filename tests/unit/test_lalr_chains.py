"""The parser's chains (several tokens lexed by one regex) change nothing: the small
whole-token patterns they use match what the lexer's fast patterns match, and every lit
input parses to the same IR, or fails with the same diagnostic, with chains on and off."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from mliropt.ir.context import Context
from mliropt.ir.diagnostics import MLIRError
from mliropt.syntax import grammar, lalr, scanners
from mliropt.syntax.parser import parse_source
from mliropt.syntax.printer import PrintOptions, print_operation
from mliropt.syntax.scanners import FAST, LIGHT

_LIT = Path(__file__).resolve().parents[1] / "lit"
_INPUTS = sorted(_LIT.rglob("*.mlir"))
# Where a token may start: after a blank, a bracket or a comma, and at each `:`.
_TOKEN_START = re.compile(r"(?<=[\s(\[{<,=])\S|:")
_EXTRA = [
    "%a = arith.addi %x, %y : memref<4x?xf32, strided<[1], offset: ?>>",
    ": (i32, memref<4xf32>) -> (i32, f32)", ": (i32) -> i32", ": () -> ()", ": i32 -> i32",
    ": tensor<4xf32>, i32", "{a = 1, b = {c = [1, 2]}}", "<{a = #x<b<c>>}>", "^bb1(%a : i32)",
    "^bb0(%a: memref<?xf32, 1>):", "7 : i32", "7 : i32 :", "dense<1> : tensor<2xi32>",
    '"s" : !t.x<y>', "loc(\"f\":1:2)", "loc(fused[loc(\"a\":1:1), unknown])", ": !llvm.ptr",
    ": vector<[4]xf32>", ": complex<f32>", "{a}>", ": i32,", ": (i32)",
]


def _samples() -> Iterator[tuple[str, int]]:
    for path in _INPUTS:
        text = path.read_text()
        for m in _TOKEN_START.finditer(text):
            yield text, m.start()
    for text in _EXTRA:
        for i in range(len(text)):
            yield text, i


@pytest.mark.parametrize("terminal", sorted(LIGHT))
def test_light_pattern_matches_as_the_fast_one(terminal: str) -> None:
    """Where a LIGHT pattern matches, the FAST one matches with the same extent."""
    light = re.compile(LIGHT[terminal]).match
    fast = re.compile(FAST[terminal]).match
    matched = 0
    for text, pos in _samples():
        m = light(text, pos)
        if m is None:
            continue
        matched += 1
        f = fast(text, pos)
        assert f is not None and f.end() == m.end(), (terminal, text[pos:pos + 80])
    assert matched > 0, terminal


# The bracketed-body piece before plain characters were matched by possessive runs.
_PER_CHAR_ATOM = r'(?:[^<>()\[\]{}"\-]|->|-(?=\d)|"(?:[^"\\\n]|\\.)*")'


# The core's compound tokens (dialects register fast patterns of their own, tested there).
_CORE_FAST = sorted(scanners._whole_token_patterns("", "", ""))


@pytest.mark.parametrize("terminal", _CORE_FAST)
def test_fast_pattern_matches_as_per_character_bodies(terminal: str) -> None:
    """The FAST patterns match what they matched with one character per step."""
    g = scanners._groups(2, _PER_CHAR_ATOM)
    reference = re.compile(scanners._whole_token_patterns(g, g, scanners._simple_type(g))[terminal])
    fast = re.compile(FAST[terminal])
    matched = 0
    for text, pos in _samples():
        m = fast.match(text, pos)
        r = reference.match(text, pos)
        assert (m and m.end()) == (r and r.end()), (terminal, text[pos:pos + 80])
        matched += m is not None
    assert matched > 0, terminal


def _chunks() -> Iterator[tuple[str, str]]:
    for path in _INPUTS:
        for i, chunk in enumerate(re.split(r"^// -----.*$", path.read_text(), flags=re.M)):
            yield f"{path.relative_to(_LIT)}#{i}", chunk


def _outcome(text: str) -> str:
    """The generic form with locations of what `text` parses to, or its diagnostic."""
    ctx = Context(None)
    try:
        module = parse_source(ctx, text, "in.mlir")
    except MLIRError as e:
        d = e.diagnostic
        return f"error {d.location}: {d.message}"
    return print_operation(module, PrintOptions(generic=True, debuginfo=True))


def _set_chains(hot: int) -> None:
    lalr._CHAIN_HOT = hot
    for bundle in grammar._BUNDLES.values():
        bundle.parser._chains = [0] * len(bundle.parser._chains)
        bundle.parser._chain_seen = {}


def _chains_used() -> int:
    return sum(
        isinstance(c, lalr._Chain) for b in grammar._BUNDLES.values() for c in b.parser._chains
    )


def test_chains_parse_as_the_token_loop(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every chunk of every lit input: the same output or error with chains never used,
    with a chain built on a state's first visit (from that visit's tokens) in each chunk,
    and with the chains of the first chunks kept for all the others."""
    monkeypatch.setattr(lalr, "_CHAIN_HOT", lalr._CHAIN_HOT)
    chunks = list(_chunks())
    assert len(chunks) > 100
    _set_chains(1 << 30)
    without = [_outcome(text) for _, text in chunks]
    fresh = []
    for _, text in chunks:
        _set_chains(0)
        fresh.append(_outcome(text))
    _set_chains(0)
    kept = [_outcome(text) for _, text in chunks]
    used = _chains_used()
    _set_chains(1 << 30)
    assert used > 10
    for (name, _), a, b, c in zip(chunks, without, fresh, kept):
        assert a == b, name
        assert a == c, name
