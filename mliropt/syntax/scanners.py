"""Scanners that extend a compound token from its start to its balanced end.

The contextual lexer matches the start of a compound token (a type, an attribute, an
attribute dictionary, a location, a block label, ...) with a regex, then calls the
scanner of that terminal to find where the token ends. Scanners only find extents;
the text level of the grammar parses the token's text afterwards.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from mliropt.syntax.errors import ParseError

_WS = re.compile(r"(?:\s+|//[^\n]*)*")
_STRING = re.compile(r'"(?:[^"\\\n]|\\.)*"')
_IDENT = re.compile(r"[\w$.\-]*")
_BRACKETS = {"<": ">", "(": ")", "[": "]", "{": "}"}
# One step of a balanced scan: a string, an arrow or comparison that is not a bracket,
# or a bracket character. Everything else is skipped in bulk.
_STEP = re.compile(
    r'[^"<>()\[\]{}\-=/]+|"(?:[^"\\\n]|\\.)*"|//[^\n]*|->|>=|<=|==|[-=/]|[<>()\[\]{}]'
)
_TYPE_KEYWORD = re.compile(
    r"(?:[su]?i[1-9]\d*|f16|bf16|f32|f64|f80|f128|tf32|f8E\w+|f6E\w+|f4E\w+|index|none"
    r"|complex|tuple|vector|tensor|memref)(?![\w$.])"
)
_NUMBER = re.compile(r"[-+]?(?:0x[0-9a-fA-F]+|\d+(?:\.\d*)?(?:[eE][-+]?\d+)?)")
_SYMBOL = re.compile(
    r'@(?:[A-Za-z_][\w$.\-]*|"(?:[^"\\\n]|\\.)*")'
    r'(?:\s*::\s*@(?:[A-Za-z_][\w$.\-]*|"(?:[^"\\\n]|\\.)*"))*'
)
_KEYWORD = re.compile(r"[A-Za-z_][\w$.]*")


def skip_ws(text: str, pos: int, end: int) -> int:
    """Position of the next token after whitespace and `//` comments."""
    return _WS.match(text, pos, end).end()  # type: ignore[union-attr]  # `_WS` matches ""


_CLOSER = {"<": ">", "(": ")", "[": "]", "{": "}"}


def scan_balanced(text: str, pos: int, end: int) -> int:
    """End of the bracketed group opening at `pos` (one of `<([{`), nested brackets,
    strings, comments and `->` included. A closer that does not match the innermost
    open bracket is ordinary text (`(a > b)`)."""
    stack: list[str] = []
    step = _STEP.match
    i = pos
    while i < end:
        m = step(text, i, end)
        if m is None:  # an unterminated string: let the grammar report it
            return end
        tok = m.group()
        i = m.end()
        c = tok[0]
        if len(tok) == 1 and c in "<([{":  # not the `<` of `<=`
            stack.append(_CLOSER[c])
        elif len(tok) == 1 and c in ">)]}" and stack and stack[-1] == c:
            stack.pop()
            if not stack:
                return i
    # Unbalanced: the token runs to the end of the range, and parsing its text
    # reports the precise error, as upstream's token-by-token parser would.
    return end


def _after_ident(text: str, pos: int, end: int) -> int:
    """Extend an identifier with an immediately following `<...>` body."""
    if pos < end and text[pos] == "<":
        return scan_balanced(text, pos, end)
    return pos


_BODY_OPEN = {"<": ">", "(": ")", "[": "]", "{": "}"}
_BODY_STEP = re.compile(r'[^"<>()\[\]{}\-]+|->|.', re.S)


def scan_dialect_body(text: str, pos: int, end: int) -> int:
    """End of the `<...>` body of a dialect type or attribute opening at `pos`, as
    upstream's parseDialectSymbolBody finds it: strings are skipped, `->` is not a
    bracket, any other `<([{` opens and `>)]}` must close the innermost; otherwise
    "unbalanced 'c' character in pretty dialect name", reported at `pos`."""
    from mliropt.syntax.lexer import _lex_string

    stack: list[str] = []
    i = pos
    step = _BODY_STEP.match
    while True:
        if i >= end:
            raise ParseError(pos, f"unbalanced '{stack[-1]}' character in pretty dialect name")
        c = text[i]
        if c == '"':
            i = _lex_string(text, i, end)
            continue
        tok = step(text, i, end).group()  # type: ignore[union-attr]
        i += len(tok)
        if c in _BODY_OPEN and len(tok) == 1:
            stack.append(c)
        elif c in ">)]}" and len(tok) == 1:
            if _BODY_OPEN[stack[-1]] != c:
                raise ParseError(pos, f"unbalanced '{stack[-1]}' character in pretty dialect name")
            stack.pop()
            if not stack:
                return i


def _after_dialect_name(text: str, pos: int, end: int) -> int:
    """End of `!name` / `#name` with its dialect body, if one follows."""
    i = _IDENT.match(text, pos + 1, end).end()  # type: ignore[union-attr]
    if i < end and text[i] == "<":
        return scan_dialect_body(text, i, end)
    return i


# Builtin keywords that take a `<...>` body, in a type and in an attribute.
_TYPE_BODY_KEYWORDS = frozenset(("complex", "tuple", "vector", "tensor", "memref"))
_ATTR_BODY_KEYWORDS = _TYPE_BODY_KEYWORDS | frozenset(
    ("dense", "sparse", "dense_resource", "array", "affine_map", "affine_set", "strided")
)
_NO_BODY_KEYWORDS = frozenset(("true", "false", "unit", "index", "none", "loc", "distinct"))


def _wrong_token(pos: int, text: str, message: str) -> ParseError:
    from mliropt.syntax.lalr import wrong_token_position

    return ParseError(wrong_token_position(text, pos, len(text)), message)


def scan_type(text: str, pos: int, end: int) -> int:
    """End of the type starting at `pos`."""
    if pos >= end:  # the input ends where a type is due (`: () -> ` at the end)
        raise _wrong_token(pos, text, "expected non-function type")
    c = text[pos]
    if c == "(":
        i = scan_balanced(text, pos, end)
        j = skip_ws(text, i, end)
        if not text.startswith("->", j):
            return i
        j = skip_ws(text, j + 2, end)
        if j < end and text[j] == "(":
            return scan_balanced(text, j, end)
        return scan_type(text, j, end)
    if c == "!":
        return _after_dialect_name(text, pos, end)
    m = _KEYWORD.match(text, pos, end)
    if m is None:
        raise _wrong_token(pos, text, "expected non-function type")
    if m.group() not in _TYPE_BODY_KEYWORDS:
        return m.end()
    return _after_ident(text, m.end(), end)


def is_type_start(text: str, pos: int, end: int) -> bool:
    """True when a type begins at `pos`."""
    if pos >= end:
        return False
    c = text[pos]
    return c in "(!" or _TYPE_KEYWORD.match(text, pos, end) is not None


def scan_types(text: str, pos: int, end: int) -> int:
    """End of a comma-separated list of types starting at `pos` (a `,` is always followed
    by a type, as in upstream's parseTypeListNoParens)."""
    i = scan_type(text, pos, end)
    while True:
        j = skip_ws(text, i, end)
        if j >= end or text[j] != ",":
            return i
        k = skip_ws(text, j + 1, end)
        if not is_type_start(text, k, end):
            raise _wrong_token(k, text, "expected non-function type")
        i = scan_type(text, k, end)


def scan_attr(text: str, pos: int, end: int) -> int:
    """End of the attribute value starting at `pos` (without a `: type` suffix)."""
    if pos >= end:  # the input ends where an attribute is due
        raise _wrong_token(pos, text, "expected attribute value")
    c = text[pos]
    if c in "[{(":
        i = scan_balanced(text, pos, end)
        if c == "(":  # a function type used as an attribute
            return scan_type(text, pos, end)
        return i
    if c == '"':
        m = _STRING.match(text, pos, end)
        if m is None:
            raise ParseError(pos, "expected '\"' in string literal")
        return m.end()
    if c in "#!":
        return _after_dialect_name(text, pos, end)
    if c == "@":
        m = _SYMBOL.match(text, pos, end)
        if m is None:
            raise _wrong_token(pos, text, "expected symbol reference")
        return m.end()
    if c in "-+" or c.isdigit():
        m = _NUMBER.match(text, pos, end)
        if m is None:
            raise _wrong_token(pos, text, "expected attribute value")
        return m.end()
    m = _KEYWORD.match(text, pos, end)
    if m is None:
        raise _wrong_token(pos, text, "expected attribute value")
    i = m.end()
    word = m.group()
    if word == "distinct" and i < end and text[i] == "[":
        i = scan_balanced(text, i, end)
        return _after_ident(text, i, end)
    if word == "loc" and i < end and text[i] == "(":
        return scan_balanced(text, i, end)
    if word in _NO_BODY_KEYWORDS or _INT_OR_FLOAT_TYPE.fullmatch(word):
        return i
    return _after_ident(text, i, end)


_INT_OR_FLOAT_TYPE = re.compile(r"[su]?i\d+|f\d+|bf16|tf32|f\d+E\w+")


def scan_typed_attr(text: str, pos: int, end: int) -> int:
    """End of an attribute value with its optional `: type` suffix."""
    i = scan_attr(text, pos, end)
    j = skip_ws(text, i, end)
    if j < end and text[j] == ":" and not text.startswith("::", j):
        k = skip_ws(text, j + 1, end)
        if is_type_start(text, k, end):
            return scan_type(text, k, end)
        if _TAKES_TYPE.match(text, pos, end):
            # Upstream parses a type after the `:` of a literal: the missing type is
            # reported when the token's text is parsed.
            return j + 1
    return i


# Attribute values after which upstream's parseAttribute always parses `: type`.
_TAKES_TYPE = re.compile(r'[-+\d"#]|(?:dense|sparse|dense_resource)<')


def scan_loc(text: str, pos: int, end: int) -> int:
    """End of `loc(...)` (or of the bare keyword `loc`: its text then fails to parse)."""
    i = skip_ws(text, pos + 3, end)
    if i < end and text[i] == "(":
        return scan_balanced(text, i, end)
    return pos + 3


def scan_paren_group(text: str, pos: int, end: int) -> int:
    """End of the group `<{...}>`, `{...}` or `[...]` starting at `pos`."""
    i = pos
    while text[i] not in "([{":
        i += 1
    j = scan_balanced(text, i, end)
    if text.startswith("<{", pos):
        k = skip_ws(text, j, end)
        if k >= end or text[k] != ">":
            # Parsing the text reports an error inside it first, else the missing `>`.
            return j
        j = k + 1
    return j


def scan_block_label(text: str, pos: int, end: int) -> int:
    """End of `^name(args):` (an unbalanced argument list runs to the end of the range:
    parsing the label's text then reports upstream's error inside it)."""
    i = _IDENT.match(text, pos + 1, end).end()  # type: ignore[union-attr]
    j = skip_ws(text, i, end)
    if j < end and text[j] == "(":
        i = scan_balanced(text, j, end)
        if i >= end:
            return end
        j = skip_ws(text, i, end)
        if j >= end or text[j] != ":":
            return i  # upstream parses the arguments first: their errors come first
    if j >= end or text[j] != ":":
        raise _wrong_token(j, text, "expected ':' after block name")
    return j + 1


def scan_successor(text: str, pos: int, end: int) -> int:
    """End of `^name` with an optional `(%a : i32)` argument list."""
    i = _IDENT.match(text, pos + 1, end).end()  # type: ignore[union-attr]  # it matches ""
    j = skip_ws(text, i, end)
    if j < end and text[j] == "(":
        return scan_balanced(text, j, end)
    return i


def scan_file_metadata(text: str, pos: int, end: int) -> int:
    """End of a `{-# ... #-}` section."""
    i = text.find("#-}", pos, end)
    if i < 0:
        raise ParseError(pos, "expected '#-}' to end file metadata")
    return i + 3


def scan_angle_body(text: str, pos: int, end: int) -> int:
    """End of `dense<...>`, `sparse<...>` or `array<...>`."""
    return scan_balanced(text, text.index("<", pos), end)


def scan_elements_body(text: str, pos: int, end: int) -> int:
    """End of `dense<...>` or `sparse<...>`; when its brackets do not balance, the literal
    is parsed as upstream parses it, token by token, to report the error where it is."""
    open_ = text.index("<", pos)
    i = scan_balanced(text, open_, end)
    if i < end or text[i - 1] == ">":
        return i
    from mliropt.syntax.literals import check_elements_literal

    check_elements_literal(text, open_ + 1, end, sparse=text.startswith("sparse", pos))
    return i


def _scan_whole_type(text: str, pos: int, end: int) -> int:
    """End of the type at `pos`, where a `(` can only start a function type (upstream's
    parseType): `(i32)` without `->` is an error at the token after it."""
    if text[pos] == "(":
        close = scan_balanced(text, pos, end)
        if close >= end and text[end - 1] != ")":
            _check_unclosed_inputs(text, pos, end)
        j = skip_ws(text, close, end)
        if not text.startswith("->", j):
            raise _wrong_token(j, text, "expected '->' in function type")
    elif text[pos] != "!" and _TYPE_KEYWORD.match(text, pos, end) is None:
        raise _wrong_token(pos, text, "expected non-function type")  # `: memw`, `: 5`
    return scan_type(text, pos, end)


def _check_unclosed_inputs(text: str, pos: int, end: int) -> None:
    """A `(` of a function type that never closes: upstream's error inside its type
    list (a bad type, or the missing `)` after the last good one)."""
    i = skip_ws(text, pos + 1, end)
    while True:
        if i >= end:
            raise _wrong_token(i, text, "expected non-function type")
        i = skip_ws(text, _scan_whole_type(text, i, end), end)
        if i >= end or text[i] != ",":
            raise _wrong_token(i, text, "expected ')'")
        i = skip_ws(text, i + 1, end)


def scan_colon_type(text: str, pos: int, end: int) -> int:
    """End of `: type`."""
    i = skip_ws(text, pos + 1, end)
    if i >= end:
        raise _wrong_token(i, text, "expected non-function type")
    return _scan_whole_type(text, i, end)


def scan_colon_types(text: str, pos: int, end: int) -> int:
    """End of `: type, type`."""
    i = skip_ws(text, pos + 1, end)
    if i >= end:
        raise _wrong_token(i, text, "expected non-function type")
    i = _scan_whole_type(text, i, end)
    while True:
        j = skip_ws(text, i, end)
        if j >= end or text[j] != ",":
            return i
        k = skip_ws(text, j + 1, end)
        if not is_type_start(text, k, end):
            raise _wrong_token(k, text, "expected non-function type")
        i = _scan_whole_type(text, k, end)


def scan_keyword_body(text: str, pos: int, end: int) -> int:
    """End of `keyword<...>` (`affine_map<...>`), or of the bare keyword without `<`."""
    i = _KEYWORD.match(text, pos, end).end()  # type: ignore[union-attr]
    j = skip_ws(text, i, end)
    if j < end and text[j] == "<":
        return scan_balanced(text, j, end)
    return i


def scan_inline_affine(text: str, pos: int, end: int) -> int:
    """End of an inline affine map or set: `(dims)`, optional `[syms]`, `->` or `:`, and
    the parenthesized results or constraints (as far as they are present)."""
    i = scan_balanced(text, pos, end)
    j = skip_ws(text, i, end)
    if j < end and text[j] == "[":
        i = scan_balanced(text, j, end)
        j = skip_ws(text, i, end)
    if text.startswith("->", j):
        j += 2
    elif j < end and text[j] == ":":
        j += 1
    else:
        return i
    k = skip_ws(text, j, end)
    if k < end and text[k] == "(":
        return scan_balanced(text, k, end)
    return j


_DIM_INT = re.compile(r"\d+")
_INT64_MAX = (1 << 63) - 1
DYNAMIC_DIM = -(1 << 63)  # ShapedType::kDynamic (types.DYNAMIC)


def _expect_x(text: str, pos: int, end: int) -> int:
    """After a dimension: the `x` (alone or starting `xf32`), as parseXInDimensionList."""
    j = skip_ws(text, pos, end)
    if j >= end or text[j] != "x":
        raise _wrong_token(j, text, "expected 'x' in dimension list")
    return j + 1


def scan_dims(
    text: str, pos: int, end: int, out: list | None = None, vector: bool = False
) -> int:
    """End of a dimension list with its trailing `x` (`4x?x`, spaces allowed), checked as
    upstream's parseDimensionListRanked (or parseVectorDimensionList, `4x[8]x`); the
    dimensions (`(size, scalable)` for vectors) are appended to `out`."""
    i = pos
    while True:
        start = skip_ws(text, i, end)
        if start >= end:
            return i
        c = text[start]
        scalable = vector and c == "["
        j = skip_ws(text, start + 1, end) if scalable else start
        if not vector and c == "?":
            value, j = DYNAMIC_DIM, start + 1
        elif j < end and text[j].isdigit() and not (not scalable and _is_float(text, j, end)):
            if text.startswith("0x", j):
                value, j = 0, j + 1  # `0xf32` is `0` then `xf32`
            else:
                m = _DIM_INT.match(text, j, end)
                value = int(m.group())  # type: ignore[union-attr]
                if value > _INT64_MAX:
                    raise ParseError(j, "invalid dimension")
                j = m.end()  # type: ignore[union-attr]
        elif scalable:
            raise ParseError(j, "invalid dimension")
        else:
            return i
        if scalable:
            k = skip_ws(text, j, end)
            if k >= end or text[k] != "]":
                raise _wrong_token(k, text, "missing ']' closing scalable dimension")
            j = k + 1
        i = _expect_x(text, j, end)
        if out is not None:
            out.append((value, scalable) if vector else value)


def _is_float(text: str, pos: int, end: int) -> bool:
    """A float literal (`4.5`) starts here: it ends a dimension list."""
    m = _DIM_INT.match(text, pos, end)
    return m is not None and m.end() < end and text[m.end()] == "."


def scan_unranked(text: str, pos: int, end: int) -> int:
    """End of `*x` (upstream: `*`, then the `x` of a dimension list)."""
    return _expect_x(text, pos + 1, end)


def scan_bad_op_head(text: str, pos: int, end: int) -> int:
    """An op start that the op-name tokens did not match: report upstream's error for its
    result list (`%a, %b:2 =`) or for what follows it (parseOperation)."""
    from mliropt.syntax.lexer import lex

    i = pos
    while True:
        tok = lex(text, i, end)
        if tok.kind != "percent_identifier":
            raise _wrong_token(tok.start, text, "expected valid ssa identifier")
        tok = lex(text, tok.end, end)
        if tok.kind == "colon":
            count = lex(text, tok.end, end)
            if count.kind != "integer":
                raise _wrong_token(count.start, text, "expected integer number of results")
            if int(count.spelling(text), 0) < 1:
                raise ParseError(count.start, "expected named operation to have at least 1 result")
            tok = lex(text, count.end, end)
        if tok.kind != "comma":
            break
        i = tok.end
    if tok.kind != "equal":
        raise _wrong_token(tok.start, text, "expected '=' after SSA name")
    return _bad_op_name(text, tok.end, end)


def scan_bad_op_name(text: str, pos: int, end: int) -> int:
    """An op name at `pos` that is neither a custom op nor `"name"(`: upstream's error."""
    return _bad_op_name(text, pos, end)


def _bad_op_name(text: str, pos: int, end: int) -> int:
    from mliropt.syntax.lexer import lex

    tok = lex(text, pos, end)
    if tok.kind == "string":
        nxt = lex(text, tok.end, end)
        if nxt.kind != "l_paren":
            raise _wrong_token(nxt.start, text, "expected '(' to start operand list")
    raise _wrong_token(tok.start, text, "expected operation name in quotes")


def scan_bad_operands(text: str, pos: int, end: int) -> int:
    """A generic op's operand list that OPERANDS did not match: upstream's error in it."""
    from mliropt.syntax.lexer import lex

    tok = lex(text, pos + 1, end)
    while tok.kind == "percent_identifier":
        tok = lex(text, tok.end, end)
        if tok.kind == "hash_identifier":  # `%a#1`
            tok = lex(text, tok.end, end)
        if tok.kind != "comma":
            break
        tok = lex(text, tok.end, end)
        if tok.kind != "percent_identifier":
            raise _wrong_token(tok.start, text, "expected SSA operand")
    raise _wrong_token(tok.start, text, "expected ')' to end operand list")


def scan_bad_alias(text: str, pos: int, end: int) -> int:
    """`#name` or `!name` at the top level without `=`."""
    i = _IDENT.match(text, pos + 1, end).end()  # type: ignore[union-attr]
    what = "attribute" if text[pos] == "#" else "type"
    raise _wrong_token(skip_ws(text, i, end), text, f"expected '=' in {what} alias definition")


SCANNERS: dict[str, Callable[[str, int, int], int]] = {
    "COLON_TYPE": scan_colon_type,
    "COLON_TYPES": scan_colon_types,
    "TYPE": scan_type,
    "TYPES": scan_types,
    "ATTR": scan_attr,
    "TYPED_ATTR": scan_typed_attr,
    "ATTR_DICT": scan_paren_group,
    "PROPS": scan_paren_group,
    "LOC": scan_loc,
    "SUCCESSORS": scan_paren_group,
    "BLOCK_LABEL": scan_block_label,
    "SUCCESSOR": scan_successor,
    "FILE_METADATA": scan_file_metadata,
    "BANG_TYPE": _after_dialect_name,
    "HASH_ATTR": _after_dialect_name,
    "SQUARE": scan_paren_group,
    # The lexer's MNEMONIC token starts with a keyword.
    "MNEMONIC": lambda t, p, e: _after_ident(
        t, _KEYWORD.match(t, p, e).end(), e  # type: ignore[union-attr]
    ),
    "ATTR_PARAMS": scan_balanced,
    "DENSE_BODY": scan_elements_body,
    "SPARSE_BODY": scan_elements_body,
    "ARRAY_BODY": scan_angle_body,
    "BAD_OP_HEAD": scan_bad_op_head,
    "BAD_ALIAS": scan_bad_alias,
    "BAD_OPERANDS": scan_bad_operands,
    "DIMS": scan_dims,
    "VECTOR_DIMS": lambda t, p, e: scan_dims(t, p, e, None, True),
    "UNRANKED": scan_unranked,
    "AFFINE_MAP_BODY": scan_keyword_body,
    "AFFINE_SET_BODY": scan_keyword_body,
    "AFFINE_MAP_INLINE": scan_inline_affine,
    "INTEGER_SET_INLINE": scan_inline_affine,
}


# ----------------------------------------------------------------- fast paths
# Most compound tokens are shallow: a whole-token regex recognises them without a call
# to the scanner above. Each pattern either matches exactly the extent the scanner would
# find or fails (then the lexer falls back to the start pattern and the scanner): `-` is
# allowed only in `->` and before a digit, brackets must balance to depth 3, and a
# match may not stop where the scanner would continue (the lookaheads).


# One piece of a bracketed body: a run of plain characters (possessive: the pieces of
# a body split one way only, so a failing match never backtracks through its runs), an
# arrow, a minus before a digit, or a string.
_ATOM = r'(?:[^<>()\[\]{}"\-]++|->|-(?=\d)|"(?:[^"\\\n]++|\\.)*+")'


def _groups(depth: int, atom: str = _ATOM) -> str:
    """Bracketed bodies nested up to `depth` deep."""
    inner = f"{atom}*"
    for _ in range(depth):
        inner = f"(?:{atom}|<{inner}>|\\({inner}\\)|\\[{inner}\\]|\\{{{inner}\\}})*"
    return inner


def _simple_type(g: str) -> str:
    """A non-function type whose `<...>` body is `g`."""
    return (
        rf"(?:(?:complex|tuple|vector|tensor|memref|![\w$.\-]+)(?:<{g}>|(?![<\w$.]))"
        rf"|[a-z]\w*(?![<\w$.]))"
    )


# Atomic, and not followed by a word character: `16 :` must not fast-match as `1`.
_NUMBER_RE = r"(?>[-+]?(?:0x[0-9a-fA-F]+|\d+(?:\.\d*)?(?:[eE][-+]?\d+)?))(?![\w.])"
_SIMPLE_ATTR = rf'(?:{_NUMBER_RE}|"(?:[^"\\\n]|\\.)*"|true\b|false\b|unit\b|@[\w$.\-]+(?!\s*::))'
# A type without a body, as _simple_type matches it.
_WORD_TYPE = r"[a-z]\w*(?![<\w$.])"


def _whole_token_patterns(g: str, type_g: str, fn_elem: str) -> dict[str, str]:
    """Whole-token patterns: bracketed bodies `g`, a type's `<...>` body `type_g`, the
    types of a function type `fn_elem`."""
    simple = _simple_type(type_g)
    type_list = rf"{simple}(?:\s*,\s*{simple})*"
    fn_list = rf"{fn_elem}(?:\s*,\s*{fn_elem})*"
    fn_type = rf"\((?:\s*{fn_list})?\s*\)\s*->\s*(?:{fn_elem}|\((?:\s*{fn_list})?\s*\))"
    type_ = rf"(?:{fn_type}|{simple}(?!\s*->))"
    types = rf"{type_list}(?!\s*,)(?!\s*->)"
    return {
        # Short sizes only: a longer one may be out of range ("invalid dimension").
        "DIMS": r"(?:(?:\d{1,18}|\?)x)+(?![\d?\[ \t\r\n/])",
        "VECTOR_DIMS": r"(?:(?:\d{1,18}|\[\d{1,18}\])x)+(?![\d\[ \t\r\n/])",
        "UNRANKED": r"\*x",
        "TYPE": type_,
        "TYPES": types,
        "COLON_TYPE": rf":(?!:)\s*{type_}",
        "COLON_TYPES": rf":(?!:)\s*{types}",
        "ATTR_DICT": rf"\{{{g}\}}",
        "PROPS": rf"<\{{{g}\}}>",
        "LOC": rf"loc\({g}\)",
        "SUCCESSORS": rf"\[{g}\]",
        "SQUARE": rf"\[{g}\]",
        "ATTR_PARAMS": rf"<{g}>",
        "BLOCK_LABEL": rf"\^[\w$.\-]+(?:\s*\({g}\))?\s*:",
        "SUCCESSOR": rf"\^[\w$.\-]+(?:\s*\({g}\))?",
        "ATTR": rf"{_SIMPLE_ATTR}(?!\s*[:<(\[.])",
        "TYPED_ATTR": rf"{_SIMPLE_ATTR}(?:\s*:(?!:)\s*{simple})?(?!\s*[:<(\[.])",
    }


_G = _groups(2)
# A bracketed body as the fast patterns match it (for dialects' own fast patterns).
FAST_BODY = _G
FAST: dict[str, str] = _whole_token_patterns(_G, _G, _simple_type(_G))
# Smaller patterns of the same tokens, for the parser's chains (lalr._Chain), whose
# regexes hold many tokens and must compile fast: brackets nest less deep, a function
# type's types have no body. Each matches only where the FAST pattern of its terminal
# matches, with the same extent (a bracketed body has one end whatever the depth
# allowed; fewer types are allowed, never other extents), or fails.
LIGHT: dict[str, str] = _whole_token_patterns(_groups(1), _groups(0), _WORD_TYPE)
# An argument list too deep for the light pattern must not leave `^bb1` matched alone.
LIGHT["SUCCESSOR"] = rf"(?>{LIGHT['SUCCESSOR']})(?!\s*\()"


# Start patterns that the lexer extends with a scanner, by terminal name (`T__S`).
SLOW_PATHS: dict[str, tuple[str, Callable[[str, int, int], int]]] = {
    f"{t}__S": (t, scan) for t, scan in SCANNERS.items()
}


def register_scanner(
    terminal: str, scan: Callable[[str, int, int], int], fast: str | None = None
) -> None:
    """Make `terminal` (declared by a dialect's grammar fragment) a compound token."""
    SCANNERS[terminal] = scan
    SLOW_PATHS[f"{terminal}__S"] = (terminal, scan)
    if fast is not None:
        FAST[terminal] = fast
