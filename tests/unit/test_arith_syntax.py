"""The arith grammar fragment: its enum terminals accept exactly the enums' cases (the
keyword lists are written out in arith.lark, so they are checked against the Python
enums here), and a string in their place names a case."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from mliropt.dialects.arith import attributes as AA

_FRAGMENT = Path(AA.__file__).parents[2] / "syntax" / "grammar" / "arith.lark"
_TERMINALS = {
    "ARITH_CMPI_PREDICATE": AA.CMPI_PREDICATES,
    "ARITH_CMPF_PREDICATE": AA.CMPF_PREDICATES,
    "ARITH_ROUNDING_MODE": AA.ROUNDING_MODES,
}


def _pattern(terminal: str) -> re.Pattern[str]:
    for line in _FRAGMENT.read_text().splitlines():
        if line.startswith(terminal + ":"):
            return re.compile(line.split(":", 1)[1].strip()[1:-1])
    raise AssertionError(f"{terminal} not declared in arith.lark")


@pytest.mark.parametrize("terminal", sorted(_TERMINALS))
def test_terminal_matches_exactly_the_cases(terminal: str) -> None:
    """Every case keyword matches whole; prefixes, extensions and other words do not."""
    pattern = _pattern(terminal)
    cases = _TERMINALS[terminal]
    for case in cases:
        m = pattern.match(case + ", %x")
        assert m is not None and m.group() == case
        assert pattern.match(case + ".x") is None
        assert pattern.match(case + "_") is None
    words = {w for case in cases for w in (case[:-1], "x" + case)} - set(cases)
    for word in words:
        m = pattern.match(word + " ")
        assert m is None or m.group() != word, word
    assert pattern.match('"any string", %x').group() == '"any string"'  # type: ignore[union-attr]
    assert pattern.match("%x") is None


def test_string_cases_parse() -> None:
    """A quoted case (with escapes) parses to that case; another string is upstream's
    error, prefixed with the op."""
    fmt = AA.CmpFPredicateAttr.format
    assert fmt.parse(None, '"o\\65q"', 0).value == AA.CMPF_PREDICATES["oeq"]

    class Frame:
        name = "arith.cmpf"

    class Sp:
        op_stack = [(Frame(), 0)]

    with pytest.raises(AA.ParseError) as err:
        fmt.parse(Sp(), '"foo"', 7)
    assert err.value.message == (
        "custom op 'arith.cmpf' invalid predicate attribute specification: \"foo\""
    )
    assert err.value.pos == 7
