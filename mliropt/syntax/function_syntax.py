"""The syntax shared by function-like ops (`func.func`, `llvm.func`): a signature
`(%a: i32 {attrs} loc(..), ...) -> (i32 {attrs})`, parsed from one FUNC_SIGNATURE
token, and printed as upstream's function_interface_impl prints it."""

from __future__ import annotations

import re
from typing import Any

from mliropt.ir import attributes as A
from mliropt.ir import types as T
from mliropt.syntax.dialect_syntax import BodyParser
from mliropt.syntax.errors import ParseError
from mliropt.syntax.plain_types import (
    PLAIN_TYPE,
    PLAIN_TYPE_LIST,
    NotPlain,
    plain_type,
    plain_types,
)
from mliropt.syntax.scanners import register_scanner, scan_type

register_scanner("FUNC_SIGNATURE", scan_type)

# The common signature, `(%a: i32, %b: memref<4xf32>) -> (i32, f32)` or `(i32) -> i32`:
# plain types, no attributes, locations, comments or `...` (see plain_types).
_NAMED_ARG = rf"%[\w$.\-]+\s*:\s*{PLAIN_TYPE}"
_RESULTS = (
    rf"(?:\s*->\s*(?:\(\s*(?P<rlist>{PLAIN_TYPE_LIST})?\s*\)|(?P<rone>{PLAIN_TYPE})))?\s*"
)
_FAST_NAMED = re.compile(
    rf"\(\s*(?P<args>{_NAMED_ARG}(?:\s*,\s*{_NAMED_ARG})*)\s*\){_RESULTS}"
)
_FAST_UNNAMED = re.compile(rf"\(\s*(?P<args>{PLAIN_TYPE_LIST})?\s*\){_RESULTS}")
_ARG_PIECE = re.compile(rf"(?:%(?P<name>[\w$.\-]+)\s*:\s*)?(?P<type>{PLAIN_TYPE})")


class Signature:
    """A parsed signature: arguments (name or None, pos, type, attrs, loc) and results."""

    __slots__ = ("args", "results", "variadic")

    def __init__(self) -> None:
        self.args: list[tuple[str | None, int, T.Type, A.DictionaryAttr | None, Any]] = []
        self.results: list[tuple[T.Type, A.DictionaryAttr | None]] = []
        self.variadic = False

    @property
    def has_names(self) -> bool:
        """True when the arguments are named (a definition with a body)."""
        return bool(self.args) and self.args[0][0] is not None

    def function_type(self) -> T.FunctionType:
        """The function type."""
        return T.FunctionType(tuple(a[2] for a in self.args), tuple(r[0] for r in self.results))

    def arg_attrs(self) -> A.ArrayAttr | None:
        """`arg_attrs` (None when every dictionary is empty)."""
        return _attr_array([a[3] for a in self.args])

    def res_attrs(self) -> A.ArrayAttr | None:
        """`res_attrs` (None when every dictionary is empty)."""
        return _attr_array([r[1] for r in self.results])


def _attr_array(dicts: list) -> A.ArrayAttr | None:
    if not any(d is not None and d.entries for d in dicts):
        return None
    return A.ArrayAttr(tuple(d if d is not None else A.DictionaryAttr(()) for d in dicts))


def parse_signature(
    sp: Any, text: str, pos: int, allow_variadic: bool = False, op_name: str = "func.func"
) -> Signature:
    """Parse a FUNC_SIGNATURE token (cached per position on the parser); errors the op's
    custom parser reports itself are prefixed `custom op 'op_name'`, as upstream's."""
    cache = sp.__dict__.setdefault("_signatures", {})
    sig = cache.get(pos)
    if sig is not None:
        return sig
    sig = _fast_signature(sp, text, pos)
    if sig is not None:
        cache[pos] = sig
        return sig
    sig = Signature()
    p = BodyParser(sp, pos, pos + len(text))
    p.parse_punct("(")
    named = None
    if not p.parse_optional_punct(")"):
        while True:
            if allow_variadic and p.parse_optional_punct("..."):
                sig.variadic = True
                p.parse_punct(")")
                break
            start = p._skip()
            if sp.text.startswith("%", start):
                if named is False:
                    raise ParseError(
                        start, f"custom op '{op_name}' expected type instead of SSA identifier"
                    )
                named = True
                name_end = start + 1
                while name_end < p.end and (
                    sp.text[name_end].isalnum() or sp.text[name_end] in "_$.-"
                ):
                    name_end += 1
                if name_end == start + 1:
                    raise ParseError(start, "invalid SSA name")  # upstream's lexer error
                name: str | None = sp.text[start + 1:name_end]
                p.pos = name_end
                p.parse_punct(":")
            else:
                if named is True:
                    raise ParseError(start, f"custom op '{op_name}' expected SSA identifier")
                named = False
                name = None
            t = p.parse_type()
            attrs = None
            if p.parse_optional_punct("{"):
                p.pos -= 1
                attrs = _parse_dict(sp, p)
            loc = None
            if p.text.startswith("loc(", p._skip()):
                i = p.pos
                j = i + 4
                depth = 1
                while depth:
                    c = sp.text[j]
                    depth += c == "("
                    depth -= c == ")"
                    j += 1
                loc = sp.location_of(sp.text[i:j], i)
                p.pos = j
            sig.args.append((name, start, t, attrs, loc))
            if p.parse_optional_punct(")"):
                break
            p.parse_punct(",", "expected ')'")
    if p.parse_optional_punct("->"):
        if p.parse_optional_punct("("):
            if not p.parse_optional_punct(")"):
                while True:
                    t = p.parse_type()
                    attrs = None
                    if p.parse_optional_punct("{"):
                        p.pos -= 1
                        attrs = _parse_dict(sp, p)
                    sig.results.append((t, attrs))
                    if p.parse_optional_punct(")"):
                        break
                    p.parse_punct(",", "expected ')'")
        else:
            sig.results.append((p.parse_type(), None))
    p.expect_end()
    cache[pos] = sig
    return sig


def _fast_signature(sp: Any, text: str, pos: int) -> Signature | None:
    """The Signature of a common signature token (see _FAST_NAMED), or None."""
    m = _FAST_NAMED.fullmatch(text)
    if m is None:
        m = _FAST_UNNAMED.fullmatch(text)
        if m is None:
            return None
    sig = Signature()
    try:
        if m.start("args") >= 0:
            for a in _ARG_PIECE.finditer(text, m.start("args"), m.end("args")):
                t = plain_type(sp, a.group("type"), pos + a.start("type"))
                sig.args.append((a.group("name"), pos + a.start(), t, None, None))
        if m.start("rone") >= 0:
            sig.results.append((plain_type(sp, m.group("rone"), pos + m.start("rone")), None))
        elif m.start("rlist") >= 0:
            types = plain_types(sp, text, m.start("rlist"), m.end("rlist"), pos)
            sig.results = [(t, None) for t in types]
    except NotPlain:
        return None  # BodyParser's path reports it
    return sig


def _parse_dict(sp: Any, p: BodyParser) -> A.DictionaryAttr:
    from mliropt.syntax.scanners import scan_balanced

    i = p._skip()
    j = scan_balanced(sp.text, i, p.end)
    p.pos = j
    return A.DictionaryAttr(sp.dict_of(sp.text[i:j], i))


def print_signature(
    P: Any, op: Any, ftype: T.FunctionType, body: Any, arg_attrs: Any, res_attrs: Any,
    variadic: bool = False,
) -> str:
    """`(%arg0: i32 {a}, ...) -> (i32 {b})` as upstream prints a function signature."""
    parts = []
    external = body is None or not body.blocks
    for i, t in enumerate(ftype.inputs):
        attrs = arg_attrs.value[i] if arg_attrs is not None else None
        attr_text = ""
        if attrs is not None and attrs.entries:
            attr_text = " {" + P.attr_dict_entries(attrs.entries) + "}"
        if external:
            parts.append(P.type(t) + attr_text)
        else:
            arg = body.blocks[0].args[i]
            text = f"{P.value(arg)}: {P.type(arg.type)}{attr_text}"
            if P.debuginfo and arg.location is not None:
                text += " " + P.loc_inline(arg.location)
            parts.append(text)
    if variadic:
        parts.append("...")
    text = "(" + ", ".join(parts) + ")"
    results = ftype.results
    if results:
        needs_parens = len(results) > 1 or isinstance(results[0], T.FunctionType) or (
            res_attrs is not None and bool(res_attrs.value[0].entries)
        )
        items = []
        for i, t in enumerate(results):
            s = P.type(t)
            if res_attrs is not None and res_attrs.value[i].entries:
                s += " {" + P.attr_dict_entries(res_attrs.value[i].entries) + "}"
            items.append(s)
        body_text = ", ".join(items)
        text += " -> " + (f"({body_text})" if needs_parens else body_text)
    return text
