"""Hand-written syntax shared by llvm ops: where a custom op's errors go, attribute
dictionaries split into properties, and the `llvm.getelementptr` syntax.

Errors an op's custom parser emits itself start with `custom op 'name' ` and are
reported where upstream reports them (the op name, or the offending token).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from mliropt.dialects.llvm import attributes as LA
from mliropt.dialects.scf.syntax import name_pos  # noqa: F401 - shared with the llvm syntax
from mliropt.ir import attributes as A
from mliropt.ir import types as T
from mliropt.syntax.custom_syntax import CustomSyntax
from mliropt.syntax.dialect_syntax import BodyParser
from mliropt.syntax.errors import ParseError
from mliropt.syntax.inherent import checked_inherent, stored_inherent

VALUE_REF = re.compile(r"%[\w$.\-]+(?:#\d+)?")


def custom_error(name: str, pos: int, message: str) -> ParseError:
    """`custom op 'name' message` at `pos`."""
    return ParseError(pos, f"custom op '{name}' {message}")


def split_attrs(sp: Any, cls: Any, text: str | None, pos: int) -> tuple[dict | None, dict]:
    """An ATTR_DICT token of an op that upstream parses by hand, as (discardable
    attributes, inherent ones as properties; those of the wrong class dropped)."""
    if text is None:
        return None, {}
    attrs = sp.dict_of(text, pos)
    return attrs, stored_inherent(cls, attrs)


def reject_duplicates(op: str, attrs: dict | None, added: Iterable[str], pos: int) -> None:
    """Upstream's check of a hand-written parser's attributes: an entry of the attribute
    dictionary that the parser also added (the first such name) is an error at `pos`."""
    if attrs:
        dups = [name for name in added if name in attrs]
        if dups:
            raise custom_error(
                op, pos, f"attribute '{min(dups)}' occurs more than once in the attribute list"
            )


def split_checked_attrs(
    sp: Any, cls: Any, text: str | None, pos: int
) -> tuple[dict | None, dict]:
    """An ATTR_DICT token of an op with a declarative format upstream, as (discardable
    attributes, inherent ones as properties, each checked against its constraint)."""
    if text is None:
        return None, {}
    attrs = sp.dict_of(text, pos)
    return attrs, checked_inherent(cls, attrs, pos)


def functional_type(sp: Any, text: str, pos: int) -> T.FunctionType:
    """The function type of a COLON_TYPE token (`: (i32) -> i64`)."""
    t = sp.colon_type(text, pos)
    if not isinstance(t, T.FunctionType):
        body = text[1:].lstrip()
        raise ParseError(pos + len(text) - len(body), "expected a function type")
    return t


# ----------------------------------------------------------------- getelementptr

_GEP_FLAG_NAMES = {"none": 0, "inbounds_flag": 1, "nusw": 2, "nuw": 4, "inbounds": 3}
_GEP_ELIDED = frozenset(("rawConstantIndices", "elem_type", "noWrapFlags"))


def _parse_gep_flags(text: str, pos: int) -> int:
    value = 0
    for m in re.finditer(r"[^\s|]+", text):
        bits = _GEP_FLAG_NAMES.get(m.group())
        if bits is None:
            raise custom_error(
                "llvm.getelementptr",
                pos + m.start(),
                "expected one of [none, inbounds_flag, nusw, nuw, inbounds] for "
                f"::mlir::LLVM::GEPNoWrapFlags, got: {m.group()}",
            )
        value |= bits
    return value


def _parse_gep_indices(sp: Any, text: str, pos: int) -> tuple[list, list[int]]:
    """`[%a, 1, %b]` -> (value refs, raw constant indices with the dynamic marker)."""
    body = BodyParser(sp, pos + 1, pos + len(text) - 1)
    refs: list = []
    raw: list[int] = []
    while True:
        at = body._skip()
        value = body.parse_optional_integer()
        if value is not None:
            if not -(1 << 31) <= value < (1 << 31):
                raise custom_error("llvm.getelementptr", at, "integer value too large")
            raw.append(value)
        else:
            m = VALUE_REF.match(sp.text, at, body.end)
            if m is None:
                raise ParseError(at, "expected SSA operand")
            refs.append((m.group(), at))
            raw.append(-(1 << 31))
            body.pos = m.end()
        if not body.parse_optional_punct(","):
            break
    if not body.at_end():
        raise ParseError(body._skip(), "expected ']'")
    return refs, raw


def _parse_gep(sp: Any, c: list, p: list) -> Any:
    # OPSTART OP [FLAGS] VALUE SQUARE [ATTR_DICT] COLON_TYPE "," TYPE
    from mliropt.dialects.llvm.ops_memory import GEPOp

    flags = _parse_gep_flags(c[2], p[2]) if c[2] is not None else 0
    refs, raw = _parse_gep_indices(sp, c[4], p[4])
    attrs, props = split_checked_attrs(sp, GEPOp, c[5], p[5])
    ft = functional_type(sp, c[6], p[6])
    elem = sp.type_of(c[8], p[8])
    refs = [(c[3], p[3]), *refs]
    if len(refs) != len(ft.inputs):
        raise custom_error(
            GEPOp.name,
            name_pos(c[0], p[0]),
            f"number of operands and types do not match: got {len(refs)} operands and "
            f"{len(ft.inputs)} types",
        )
    operands = [sp.resolve_text(t, q, ty) for (t, q), ty in zip(refs, ft.inputs)]
    # The dictionary's entries replace what the syntax gave, as upstream's.
    props = {
        "rawConstantIndices": A.DenseArrayAttr(T.i32, tuple(raw)),
        "elem_type": A.TypeAttr(elem), "noWrapFlags": LA.i32_flags(flags), **props,
    }
    return sp.finish_op(GEPOp, operands, list(ft.results), attrs, props, [], [], c[0], p[0])


def _print_gep(P: Any, op: Any) -> str:
    out = [" "]
    flags = op.properties["noWrapFlags"].value
    if flags:
        out.append(LA.gep_flags_text(flags) + " ")
    out.append(P.value(op.operand(0)))
    items = [P.value(i) if not isinstance(i, int) else str(i) for i in op.indices()]
    out.append("[" + ", ".join(items) + "]")
    out.append(P.attr_dict(op, _GEP_ELIDED))
    out.append(
        " : " + P.functional_type([v.type for v in op.operands], [r.type for r in op.results])
    )
    out.append(", " + P.type(op.properties["elem_type"].value))
    return "".join(out)


def gep_custom_syntax(cls: Any) -> CustomSyntax:
    """The syntax of `llvm.getelementptr`."""
    return CustomSyntax(
        cls,
        [('[LLVM_GEP_FLAGS] VALUE SQUARE [ATTR_DICT] COLON_TYPE "," TYPE', _parse_gep)],
        _print_gep,
    )
