"""`custom<AsyncDependencies>(type($asyncToken), $asyncDependencies)`: the async syntax
of gpu ops, `async [%t0, %t1]`, `async`, `[%t0]` or nothing.

`async` gives the op its optional `!gpu.async.token` result; the bracketed list holds
its token operands. The whole text is one token (GPU_ASYNC_DEPS of the grammar fragment
`gpu.lark`), inside a rule per op that may also be empty.
"""

from __future__ import annotations

import re
from typing import Any

from mliropt.dialects.gpu.attributes import async_token
from mliropt.dialects.memref.directives import op_name_pos
from mliropt.syntax.custom_directives import Directive, register_directive
from mliropt.syntax.custom_syntax import register_rule_callback
from mliropt.syntax.errors import ParseError
from mliropt.syntax.lalr import wrong_token_position
from mliropt.syntax.scanners import register_scanner, scan_balanced, skip_ws

_VALUE = re.compile(r"%[\w$.\-]+(?:#\d+)?")
_ASYNC = re.compile(r"async(?![\w$.\-])")


def scan_async_dependencies(text: str, pos: int, end: int) -> int:
    """End of `async [deps]`, `async` or `[deps]` starting at `pos`."""
    i = pos
    m = _ASYNC.match(text, pos, end)
    if m is not None:
        i = m.end()
        j = skip_ws(text, i, end)
        if j >= end or text[j] != "[":
            return i
        i = j
    j = scan_balanced(text, i, end)
    if j < end or text[j - 1] == "]":
        return j  # balanced: a malformed list is reported when it is parsed
    # Unbalanced: the token stops where the list goes wrong; parsing it reports the
    # error there, after the op's earlier checks (as upstream's parser).
    return scan_value_list(text, i, end)[1]


def has_async_token(op: Any) -> bool:
    """Whether the op has its optional async token result (declared last, and the only
    optional result of the gpu ops)."""
    return len(op.results) == len(type(op).result_defs)


def _names_results(sp: Any, pos: int) -> bool:
    """Whether the op whose directive is at `pos` binds result names (`%t = gpu.wait`):
    its name is preceded by `=`."""
    at = op_name_pos(sp, pos)
    i = at - 1
    while i >= 0 and sp.text[i] in " \t\r\n":
        i -= 1
    return i >= 0 and sp.text[i] == "="


class AsyncDependencies(Directive):
    """`custom<AsyncDependencies>(type($asyncToken), $asyncDependencies)`."""

    def symbols(self, fmt: Any, element: Any) -> list[str]:
        # A rule that may be empty (gpu.lark), so that every alternative of the op's
        # format has the directive, whose parse gives the token and dependency types.
        return [f"gpu_deps_{fmt.cls.name[4:]}"]

    def typed_parts(self, element: Any) -> tuple[str, ...]:
        return (element.args[0].target.part.name, element.args[1].part.name)

    def parse(self, sp: Any, texts: list, positions: list, element: Any, state: dict) -> None:
        token, deps = element.args[0].target.part.name, element.args[1].part.name
        text, pos = texts[0] or ("", 0)
        refs: list = []
        is_async = _ASYNC.match(text) is not None
        i = 5 if is_async else 0
        if is_async and not _names_results(sp, pos):
            name = sp.op_stack[-1][0].name if sp.op_stack else ""
            raise ParseError(pos, f"custom op '{name}' needs to be named when marked 'async'")
        i = skip_ws(sp.text, pos + i, pos + len(text))
        if i < pos + len(text):
            refs, at, message = scan_value_list(sp.text, i, pos + len(text))
            if message is not None:
                raise ParseError(wrong_token_position(sp.text, at, len(sp.text)), message)
        state["operands"][deps] = refs
        state["types"][deps] = [async_token()] * len(refs)
        state["types"][token] = [async_token()] if is_async else []

    def print(self, P: Any, op: Any, element: Any) -> str:
        deps = element.args[1].part
        i = type(op).operand_defs.index(deps)
        values = op.operand_group(i)
        out = "async" if has_async_token(op) else ""
        if not values:
            return out
        return out + (" " if out else "") + "[" + ", ".join(P.value(v) for v in values) + "]"

    def present(self, op: Any, element: Any) -> bool:
        deps = element.args[1].part
        return bool(op.operand_group(type(op).operand_defs.index(deps))) or has_async_token(op)


def scan_value_list(text: str, i: int, end: int) -> tuple[list, int, str | None]:
    """`[%a, %b]` at text[i:end] -> ([(name, position), ...], where the list ends or
    goes wrong, the error there or None), as upstream's parseOperandList with a square
    delimiter."""
    refs: list = []
    i = skip_ws(text, i + 1, end)
    if i < end and text[i] == "]":
        return refs, i + 1, None
    while True:
        m = _VALUE.match(text, i, end)
        if m is None:
            return refs, i, "expected SSA operand"
        refs.append((m.group(), i))
        i = skip_ws(text, m.end(), end)
        if i < end and text[i] == ",":
            i = skip_ws(text, i + 1, end)
            continue
        if i < end and text[i] == "]":
            return refs, i + 1, None
        return refs, i, "expected ']' in operand list"


register_scanner("GPU_ASYNC_DEPS", scan_async_dependencies)
register_rule_callback("gpu_async_deps", lambda sp, c, p: (c[0], p[0]))
register_rule_callback("gpu_async_none", lambda sp, c, p: None)
register_directive("AsyncDependencies", AsyncDependencies())
