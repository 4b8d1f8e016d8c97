"""Custom directives of the affine ops' assembly formats.

- `custom<AffineMapApplication>($map, $operands)`: `#map(%d, ...)[%s, ...]`, a map
  attribute and its dim and symbol operands (affine.apply, affine.min, affine.max).
- `custom<AffineSubscripts>($indices, $map)`: `[%i + 1, symbol(%n)]`, an affine map of
  SSA ids (affine.load, affine.store).
"""

from __future__ import annotations

from typing import Any

from mliropt.dialects.affine.subscripts import (
    parse_subscripts,
    print_subscripts,
    scan_subscripts,
)
from mliropt.dialects.scf.syntax import Header
from mliropt.ir import attributes as A
from mliropt.syntax.custom_directives import Directive, register_directive
from mliropt.syntax.errors import ParseError
from mliropt.syntax.scanners import register_scanner, scan_attr, scan_balanced, skip_ws


def _op_name(sp: Any) -> str:
    return sp.op_stack[-1][0].name if sp.op_stack else ""


def _name_pos(sp: Any, before: int) -> int:
    """The position of the op name (upstream's getNameLoc): its last whole-word
    occurrence before `before`, where the op's own tokens start."""
    name = _op_name(sp)
    found = sp.text.rfind(name, max(0, before - 4096), before)
    return found if found >= 0 else before


def scan_map_application(text: str, pos: int, end: int) -> int:
    """End of `#map(%d, ...)[%s, ...]` (both lists optional, for the parser to report)."""
    i = scan_attr(text, pos, end)
    j = skip_ws(text, i, end)
    if j < end and text[j] == "(":
        i = scan_balanced(text, j, end)
        j = skip_ws(text, i, end)
    if j < end and text[j] == "[":
        i = scan_balanced(text, j, end)
    return i


class AffineMapApplication(Directive):
    """`custom<AffineMapApplication>($map, $operands)`: upstream's parseAttribute then
    parseDimAndSymbolList; with `check_counts` (affine.apply) the map's dim and symbol
    counts must match the lists, as AffineApplyOp::parse checks."""

    def __init__(self, check_counts: bool) -> None:
        self.check_counts = check_counts

    def symbols(self, fmt: Any, element: Any) -> list[str]:
        return ["AFFINE_MAP_APPLICATION"]

    def parse(self, sp: Any, texts: list, positions: list, element: Any, state: dict) -> None:
        map_name, operands = element.args[0].part.name, element.args[1].part.name
        text, pos = texts[0], positions[0]
        h = Header(sp, _op_name(sp), text, pos)
        attr = h.parse_attribute(typed=False)
        if not isinstance(attr, A.AffineMapAttr):
            raise h.custom_error("invalid kind of attribute specified", pos)
        refs = h.operand_list()
        num_dims = len(refs)
        if h.parse_optional_punct("[") and not h.parse_optional_punct("]"):
            while True:
                refs.append(h.ssa_use())
                if not h.parse_optional_punct(","):
                    break
            h.expect("]", "expected ']' in operand list")
        if not h.at_end():
            raise ParseError(h.pos, "unexpected trailing characters")  # pragma: no cover
        amap = attr.value
        if self.check_counts and (
            amap.num_dims != num_dims or amap.num_inputs != len(refs)
        ):
            raise h.custom_error("dimension or symbol index mismatch", _name_pos(sp, pos))
        state["props"][map_name] = attr
        state["operands"][operands] = refs

    def print(self, P: Any, op: Any, element: Any) -> str:
        attr = op.properties[element.args[0].part.name]
        i = type(op).operand_defs.index(element.args[1].part)
        values = op.operand_group(i)
        num_dims = attr.value.num_dims
        out = P.attr(attr) + "(" + ", ".join(P.value(v) for v in values[:num_dims]) + ")"
        if len(values) > num_dims:
            out += "[" + ", ".join(P.value(v) for v in values[num_dims:]) + "]"
        return out


class AffineSubscripts(Directive):
    """`custom<AffineSubscripts>($indices, $map)`: `[%i + 1, symbol(%n)]`."""

    def symbols(self, fmt: Any, element: Any) -> list[str]:
        return ["AFFINE_SUBSCRIPTS"]

    def parse(self, sp: Any, texts: list, positions: list, element: Any, state: dict) -> None:
        indices, map_name = element.args[0].part.name, element.args[1].part.name
        text, pos = texts[0], positions[0]
        amap, refs = parse_subscripts(sp.text, pos, pos + len(text))
        state["props"][map_name] = A.AffineMapAttr(amap)
        state["operands"][indices] = refs

    def print(self, P: Any, op: Any, element: Any) -> str:
        i = type(op).operand_defs.index(element.args[0].part)
        attr = op.properties[element.args[1].part.name]
        return print_subscripts(P, attr.value, op.operand_group(i))


register_scanner("AFFINE_MAP_APPLICATION", scan_map_application)
register_scanner("AFFINE_SUBSCRIPTS", scan_subscripts)
register_directive("AffineMapApplication", AffineMapApplication(check_counts=False))
register_directive("AffineApplyMapApplication", AffineMapApplication(check_counts=True))
register_directive("AffineSubscripts", AffineSubscripts())
