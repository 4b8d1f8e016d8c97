"""Affine maps and integer sets: `affine_map<(d0)[s0] -> (d0 + s0)>`, `affine_set<...>`.

A port of upstream's AffineParser (mlir/lib/AsmParser/AffineParser.cpp), with its
structure and names: a recursive descent over upstream's tokens (`lexer.lex`), two
precedence levels parsed left-associatively by `parse_low_prec_op_expr` and
`parse_high_prec_op_expr`, and upstream's diagnostics at upstream's positions
(including its habit of reporting two errors for one mistake, `-()`). Affine bodies
are short and converted once per distinct text, so a hand-written parser costs
nothing on the hot path, and it reproduces what an LALR table cannot: which
identifiers are allowed (any keyword), and the wording of each failure.
"""

from __future__ import annotations

from typing import Any

from mliropt.ir import affine
from mliropt.syntax.errors import ParseError
from mliropt.syntax.lalr import wrong_token_position
from mliropt.syntax.lexer import Token, lex

_INT64_MIN_MAGNITUDE = 1 << 63
_LOW_PREC = {"plus": "add", "minus": "sub"}
_HIGH_PREC = {"star": "mul", "kw_floordiv": "floordiv", "kw_ceildiv": "ceildiv", "kw_mod": "mod"}


class _Failed(Exception):
    """Unwinds the descent after the diagnostics were recorded."""


class RecursiveParser:
    """Upstream's Parser basics over text[pos:end]: one token of lookahead, `parse_token`
    and the two error placements (`emit_error` at the current token,
    `emit_wrong_token_error` after the previous token)."""

    def __init__(self, text: str, pos: int, end: int) -> None:
        self.text = text
        self.end = end
        self.errors: list[tuple[int, str]] = []
        self.tok: Token = self._lex(pos)

    def _lex(self, pos: int) -> Token:
        try:
            return lex(self.text, pos, self.end)
        except ParseError as e:  # a lexer error is reported first, and alone
            self.errors.append((e.pos, e.message))
            raise _Failed() from None

    def consume(self) -> Token:
        """Move to the next token; returns the consumed one."""
        tok = self.tok
        self.tok = self._lex(tok.end)
        return tok

    def consume_if(self, kind: str) -> bool:
        """Consume the current token when it has this kind."""
        if self.tok.kind != kind:
            return False
        self.consume()
        return True

    def parse_token(self, kind: str, message: str) -> None:
        """Consume a token of this kind or fail with `message` (a wrong-token error)."""
        if not self.consume_if(kind):
            self.emit_wrong_token_error(message)

    def emit_error(self, message: str, pos: int | None = None) -> None:
        """Record an error at `pos` (default: the current token) and keep going."""
        self.errors.append((self.tok.start if pos is None else pos, message))

    def emit_wrong_token_error(self, message: str) -> None:
        """Fail with `message` placed as upstream's emitWrongTokenError places it."""
        self.errors.append(
            (wrong_token_position(self.text, self.tok.start, len(self.text)), message)
        )
        raise _Failed()

    def fail(self, message: str, pos: int | None = None) -> None:
        """Record an error and unwind."""
        self.emit_error(message, pos)
        raise _Failed()

    def raise_errors(self) -> None:
        """Raise the recorded errors as one ParseError (the later ones as `more`)."""
        (pos, message), *rest = self.errors
        err = ParseError(pos, message)
        err.more = rest
        raise err

    def spelling(self, tok: Token | None = None) -> str:
        """The text of a token (default: the current one)."""
        tok = tok or self.tok
        return self.text[tok.start : tok.end]


def _is_identifier(tok: Token) -> bool:
    # Upstream accepts bare identifiers, integer types and every keyword as names.
    return tok.kind in ("bare_identifier", "inttype") or tok.is_keyword()


class AffineParser(RecursiveParser):
    """Parses an affine map or an integer set (upstream's AffineParser)."""

    def __init__(self, text: str, pos: int, end: int) -> None:
        super().__init__(text, pos, end)
        self.dims_and_symbols: list[tuple[str, affine.AffineExpr]] = []

    # ---------------------------------------------------------------- binary ops

    def high_prec_binary(self, op: str, lhs: Any, rhs: Any, op_pos: int) -> Any:
        """`lhs op rhs` for mul/floordiv/ceildiv/mod, rejecting non-affine forms."""
        if op == "mul":
            if not lhs.is_symbolic_or_constant() and not rhs.is_symbolic_or_constant():
                self.fail(
                    "non-affine expression: at least one of the multiply operands has to be "
                    "either a constant or symbolic",
                    op_pos,
                )
            return affine.mul(lhs, rhs)
        if not rhs.is_symbolic_or_constant():
            self.fail(
                f"non-affine expression: right operand of {op} has to be either a constant "
                "or symbolic",
                op_pos,
            )
        return getattr(affine, op)(lhs, rhs)

    @staticmethod
    def low_prec_binary(op: str, lhs: Any, rhs: Any) -> Any:
        """`lhs + rhs` or `lhs - rhs`."""
        return affine.add(lhs, rhs) if op == "add" else affine.sub(lhs, rhs)

    def consume_if_low_prec_op(self) -> str | None:
        """`+` or `-` when it is the current token."""
        op = _LOW_PREC.get(self.tok.kind)
        if op is not None:
            self.consume()
        return op

    def consume_if_high_prec_op(self) -> str | None:
        """`*`, `floordiv`, `ceildiv` or `mod` when it is the current token."""
        op = _HIGH_PREC.get(self.tok.kind)
        if op is not None:
            self.consume()
        return op

    # ---------------------------------------------------------------- expressions

    def parse_high_prec_op_expr(self, llhs: Any, llhs_op: str | None, llhs_op_pos: int) -> Any:
        """`e1 op e2 op ...` for the high-precedence ops, left-associative."""
        lhs = self.parse_affine_operand_expr(llhs)
        if lhs is None:
            return None
        op_pos = self.tok.start
        op = self.consume_if_high_prec_op()
        if op is not None:
            if llhs is not None:
                expr = self.high_prec_binary(llhs_op, llhs, lhs, op_pos)  # type: ignore[arg-type]
                return self.parse_high_prec_op_expr(expr, op, op_pos)
            return self.parse_high_prec_op_expr(lhs, op, op_pos)
        if llhs is not None:
            return self.high_prec_binary(llhs_op, llhs, lhs, llhs_op_pos)  # type: ignore[arg-type]
        return lhs

    def parse_parenthetical_expr(self) -> Any:
        """`( expr )`."""
        self.parse_token("l_paren", "expected '('")
        if self.tok.kind == "r_paren":
            self.emit_error("no expression inside parentheses")
            return None
        expr = self.parse_affine_expr()
        if expr is None:
            return None
        self.parse_token("r_paren", "expected ')'")
        return expr

    def parse_negate_expression(self, lhs: Any) -> Any:
        """`- operand` (negation binds tighter than every binary op)."""
        self.parse_token("minus", "expected '-'")
        operand = self.parse_affine_operand_expr(lhs)
        if operand is None:
            # Upstream adds this second error after the operand's own.
            self.fail("missing operand of negation")
        return affine.neg(operand)

    def parse_bare_id_expr(self) -> Any:
        """A dimension or symbol name."""
        if not _is_identifier(self.tok):
            self.emit_wrong_token_error("expected bare identifier")
        name = self.spelling()
        for entry_name, expr in self.dims_and_symbols:
            if entry_name == name:
                self.consume()
                return expr
        self.emit_wrong_token_error("use of undeclared identifier")
        return None

    def parse_integer_expr(self) -> Any:
        """A non-negative integer constant."""
        value = int(self.spelling(), 0)
        if value >= 1 << 64 or (value >= _INT64_MIN_MAGNITUDE and value != _INT64_MIN_MAGNITUDE):
            self.fail("constant too large for index")
        self.consume()
        if value == _INT64_MIN_MAGNITUDE:
            value = -value  # upstream prints INT64_MIN as "- 9223372036854775808"
        return affine.AffineConstantExpr(value)

    def parse_affine_operand_expr(self, lhs: Any) -> Any:
        """An operand: a name, a constant, `( expr )` or `- operand`; `lhs` is the left
        operand of the binary op whose right operand this is (None at the start)."""
        kind = self.tok.kind
        if kind == "percent_identifier":
            self.emit_wrong_token_error("unexpected ssa identifier")
        if kind == "kw_symbol":
            self.consume()
            self.parse_token("l_paren", "expected '(' at start of SSA symbol")
            self.emit_wrong_token_error("unexpected ssa identifier")
        if kind == "integer":
            return self.parse_integer_expr()
        if kind == "l_paren":
            return self.parse_parenthetical_expr()
        if kind == "minus":
            return self.parse_negate_expression(lhs)
        if kind in ("plus", "star"):
            side = "right" if lhs is not None else "left"
            self.emit_error(f"missing {side} operand of binary operator")
            return None
        if _is_identifier(self.tok):
            return self.parse_bare_id_expr()
        self.emit_error(
            "missing right operand of binary operator"
            if lhs is not None
            else "expected affine expression"
        )
        return None

    def parse_low_prec_op_expr(self, llhs: Any, llhs_op: str | None) -> Any:
        """`e1 + e2 - ...` where each term may be a high-precedence expression."""
        lhs = self.parse_affine_operand_expr(llhs)
        if lhs is None:
            return None
        op = self.consume_if_low_prec_op()
        if op is not None:
            if llhs is not None:
                return self.parse_low_prec_op_expr(self.low_prec_binary(llhs_op, llhs, lhs), op)  # type: ignore[arg-type]
            return self.parse_low_prec_op_expr(lhs, op)
        op_pos = self.tok.start
        high = self.consume_if_high_prec_op()
        if high is not None:
            high_res = self.parse_high_prec_op_expr(lhs, high, op_pos)
            if high_res is None:
                return None
            expr = self.low_prec_binary(llhs_op, llhs, high_res) if llhs is not None else high_res  # type: ignore[arg-type]
            next_op = self.consume_if_low_prec_op()
            if next_op is not None:
                return self.parse_low_prec_op_expr(expr, next_op)
            return expr
        if llhs is not None:
            return self.low_prec_binary(llhs_op, llhs, lhs)  # type: ignore[arg-type]
        return lhs

    def parse_affine_expr(self) -> Any:
        """One affine expression."""
        return self.parse_low_prec_op_expr(None, None)

    # ---------------------------------------------------------------- lists

    def parse_comma_separated_list(
        self, open_kind: str | None, parse_element: Any, context: str = ""
    ) -> None:
        """Upstream's parseCommaSeparatedList with a Paren, Square or no delimiter."""
        close_kind = {"l_paren": "r_paren", "l_square": "r_square"}.get(open_kind or "")
        if open_kind is not None:
            spell = "(" if open_kind == "l_paren" else "["
            self.parse_token(open_kind, f"expected '{spell}'{context}")
            if self.consume_if(close_kind):  # type: ignore[arg-type]
                return
        if parse_element() is None:
            raise _Failed()
        while self.consume_if("comma"):
            if parse_element() is None:
                raise _Failed()
        if close_kind is not None:
            spell = ")" if close_kind == "r_paren" else "]"
            self.parse_token(close_kind, f"expected '{spell}'{context}")

    def parse_identifier_definition(self, expr: Any) -> Any:
        """A new dimension or symbol name."""
        if not _is_identifier(self.tok):
            self.emit_wrong_token_error("expected bare identifier")
        name = self.spelling()
        if any(entry == name for entry, _ in self.dims_and_symbols):
            self.fail(f"redefinition of identifier '{name}'")
        self.consume()
        self.dims_and_symbols.append((name, expr))
        return expr

    def parse_dim_and_optional_symbol_id_list(self) -> tuple[int, int]:
        """`(d0, d1)` then an optional `[s0]`."""
        counts = [0, 0]

        def dim() -> Any:
            counts[0] += 1
            return self.parse_identifier_definition(affine.AffineDimExpr(counts[0] - 1))

        def sym() -> Any:
            counts[1] += 1
            return self.parse_identifier_definition(affine.AffineSymbolExpr(counts[1] - 1))

        self.parse_comma_separated_list("l_paren", dim, " in dimensional identifier list")
        if self.tok.kind == "l_square":
            self.parse_comma_separated_list("l_square", sym, " in symbol list")
        return counts[0], counts[1]

    # ---------------------------------------------------------------- maps and sets

    def parse_affine_map_or_integer_set_inline(self) -> Any:
        """`(dims)[syms] -> (exprs)` or `(dims)[syms] : (constraints)`."""
        num_dims, num_symbols = self.parse_dim_and_optional_symbol_id_list()
        if self.consume_if("arrow"):
            return self.parse_affine_map_range(num_dims, num_symbols)
        self.parse_token("colon", "expected '->' or ':'")
        return self.parse_integer_set_constraints(num_dims, num_symbols)

    def parse_affine_map_range(self, num_dims: int, num_symbols: int) -> affine.AffineMap:
        """`(expr, ...)` of a map."""
        exprs: list[Any] = []

        def element() -> Any:
            e = self.parse_affine_expr()
            exprs.append(e)
            return e

        self.parse_comma_separated_list("l_paren", element, " in affine map range")
        return affine.AffineMap(num_dims, num_symbols, exprs)

    def parse_affine_constraint(self) -> tuple[Any, bool] | None:
        """`e >= e`, `e <= e` or `e == e`, normalised to `e >= 0` / `e == 0`."""
        lhs = self.parse_affine_expr()
        if lhs is None:
            return None
        # Upstream consumes the two characters as separate tokens, each one if present.
        if self.consume_if("greater") and self.consume_if("equal"):
            rhs = self.parse_affine_expr()
            return None if rhs is None else (affine.sub(lhs, rhs), False)
        if self.consume_if("less") and self.consume_if("equal"):
            rhs = self.parse_affine_expr()
            return None if rhs is None else (affine.sub(rhs, lhs), False)
        if self.consume_if("equal") and self.consume_if("equal"):
            rhs = self.parse_affine_expr()
            return None if rhs is None else (affine.sub(lhs, rhs), True)
        self.emit_error("expected '== affine-expr' or '>= affine-expr' at end of affine constraint")
        return None

    def parse_integer_set_constraints(self, num_dims: int, num_symbols: int) -> affine.IntegerSet:
        """`(constraint, ...)`; an empty list is the set `0 == 0`."""
        constraints: list[tuple[Any, bool]] = []

        def element() -> Any:
            c = self.parse_affine_constraint()
            if c is not None:
                constraints.append(c)
            return c

        self.parse_comma_separated_list("l_paren", element, " in integer set constraint list")
        if not constraints:
            return affine.IntegerSet(num_dims, num_symbols, [affine.AffineConstantExpr(0)], [True])
        return affine.IntegerSet(
            num_dims, num_symbols, [c for c, _ in constraints], [eq for _, eq in constraints]
        )


def parse_affine_attr_body(text: str, pos: int, end: int, keyword: str) -> Any:
    """The map of `affine_map<...>` or the set of `affine_set<...>` starting at `pos`
    (at the keyword); raises ParseError with upstream's diagnostics."""
    what = "affine map" if keyword == "affine_map" else "integer set"
    p = AffineParser(text, pos, end)
    try:
        p.consume()  # the keyword
        p.parse_token("less", f"expected '<' in {what}")
        start = p.tok.start
        result = p.parse_affine_map_or_integer_set_inline()
        if keyword == "affine_map" and isinstance(result, affine.IntegerSet):
            p.fail("expected AffineMap, but got IntegerSet", start)
        if keyword == "affine_set" and isinstance(result, affine.AffineMap):
            p.fail("expected IntegerSet, but got AffineMap", start)
        p.parse_token("greater", f"expected '>' in {what}")
    except _Failed:
        p.raise_errors()
    if p.errors:
        p.raise_errors()
    return result


def parse_affine_inline(text: str, pos: int, end: int, want: str) -> Any:
    """An inline affine map (`want="map"`) or integer set (`"set"`) starting at `pos`, as
    dialect syntax parses it (upstream's parseAffineMapReference/parseIntegerSetReference)."""
    p = AffineParser(text, pos, end)
    try:
        result = p.parse_affine_map_or_integer_set_inline()
        if want == "map" and isinstance(result, affine.IntegerSet):
            p.fail("expected AffineMap, but got IntegerSet", pos)
        if want == "set" and isinstance(result, affine.AffineMap):
            p.fail("expected IntegerSet, but got AffineMap", pos)
    except _Failed:
        p.raise_errors()
    if p.errors:
        p.raise_errors()
    return result
