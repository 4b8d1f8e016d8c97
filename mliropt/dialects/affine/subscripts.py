"""Affine maps of SSA ids: `[%i + 1, symbol(%n) * 2]`, the subscripts of affine.load and
affine.store (upstream's parseAffineMapOfSSAIds and printAffineMapOfSSAIds).

Each `%v` becomes the next dimension and each `symbol(%v)` the next symbol, in the
order first seen; a name seen again reuses its expression. The operands are the dims
first, then the symbols.
"""

from __future__ import annotations

import re
from typing import Any

from mliropt.ir import affine as AF
from mliropt.syntax.affine_parser import AffineParser, _Failed


class SSAIdAffineParser(AffineParser):
    """Upstream's AffineParser with SSA ids allowed (allowParsingSSAIds)."""

    def __init__(self, text: str, pos: int, end: int) -> None:
        super().__init__(text, pos, end)
        self.dim_refs: list[tuple[str, int]] = []
        self.symbol_refs: list[tuple[str, int]] = []
        self.last_end = pos

    def consume(self) -> Any:
        """Move to the next token, remembering where the consumed one ends."""
        self.last_end = self.tok.end
        return super().consume()

    def parse_affine_operand_expr(self, lhs: Any) -> Any:
        """An SSA id or `symbol(%id)` as well as the usual operands."""
        if self.tok.kind == "percent_identifier":
            return self.parse_ssa_id_expr(False)
        if self.tok.kind == "kw_symbol":
            return self.parse_symbol_ssa_id_expr()
        return super().parse_affine_operand_expr(lhs)

    def parse_ssa_id_expr(self, is_symbol: bool) -> Any:
        """`%id`: the expression given to that name before, else a new dim or symbol."""
        if self.tok.kind != "percent_identifier":
            self.emit_wrong_token_error("expected ssa identifier")
        name = self.spelling()
        for entry_name, expr in self.dims_and_symbols:
            if entry_name == name:
                self.consume()
                return expr
        # parseOperand: `%id` with an optional result number `#N`.
        start = self.tok.start
        tok = self.consume()
        ref = name
        if self.tok.kind == "hash_identifier" and self.tok.start == tok.end:
            number = self.spelling()
            if number[1:].isdigit():
                ref += number
                self.consume()
        if is_symbol:
            expr = AF.symbol(len(self.symbol_refs))
            self.symbol_refs.append((ref, start))
        else:
            expr = AF.dim(len(self.dim_refs))
            self.dim_refs.append((ref, start))
        self.dims_and_symbols.append((name, expr))
        return expr

    def parse_symbol_ssa_id_expr(self) -> Any:
        """`symbol(%id)`."""
        self.parse_token("kw_symbol", "expected symbol keyword")
        self.parse_token("l_paren", "expected '(' at start of SSA symbol")
        expr = self.parse_ssa_id_expr(True)
        self.parse_token("r_paren", "expected ')' at end of SSA symbol")
        return expr

    def parse_affine_map_of_ssa_ids(self) -> AF.AffineMap:
        """`[expr, ...]` (possibly empty) as a map over the SSA ids seen."""
        exprs: list[Any] = []

        def element() -> Any:
            e = self.parse_affine_expr()
            exprs.append(e)
            return e

        self.parse_comma_separated_list("l_square", element, " in affine map")
        num_dims = len(self.dim_refs)
        return AF.AffineMap(num_dims, len(self.dims_and_symbols) - num_dims, exprs)


def parse_subscripts(text: str, pos: int, end: int) -> tuple[AF.AffineMap, list]:
    """The map of `[...]` at `pos` and its operand references (dims, then symbols);
    raises ParseError with upstream's diagnostics."""
    p = SSAIdAffineParser(text, pos, end)
    try:
        amap = p.parse_affine_map_of_ssa_ids()
    except _Failed:
        p.raise_errors()
    if p.errors:
        p.raise_errors()
    return amap, p.dim_refs + p.symbol_refs


def scan_subscripts(text: str, pos: int, end: int) -> int:
    """End of the subscripts at `pos`; malformed ones raise upstream's error here, where
    it goes wrong (the op's later tokens are never reached)."""
    p = SSAIdAffineParser(text, pos, end)
    try:
        p.parse_affine_map_of_ssa_ids()
    except _Failed:
        p.raise_errors()
    if p.errors:
        p.raise_errors()
    return p.last_end


_LEAF = re.compile(r"\b([ds])(\d+)\b")


def print_subscripts(P: Any, amap: AF.AffineMap, operands: list) -> str:
    """`[%i + 1, symbol(%n)]`: the map's results with its dims and symbols replaced by
    the operands' names (printAffineMapOfSSAIds)."""
    names = [P.value(v) for v in operands]

    def leaf(m: re.Match) -> str:
        # A printed affine expression has no identifiers but dN and sN (keywords like
        # floordiv do not match `[ds]\d+`).
        i = int(m.group(2))
        if m.group(1) == "d":
            return names[i] if i < len(names) else m.group()
        j = amap.num_dims + i
        return f"symbol({names[j]})" if j < len(names) else m.group()

    return "[" + ", ".join(_LEAF.sub(leaf, str(e)) for e in amap.results) + "]"
