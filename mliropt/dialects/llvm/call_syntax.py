"""The syntax of `llvm.call` and `llvm.call_intrinsic` (upstream's hand-written parsers).

    llvm.call [cconv] [tailcallkind] (@callee | %ptr)(%args) [vararg(!llvm.func<...>)]
              [["tag"(%x : t), ...]] [{attrs}] : [!llvm.ptr,] (t {argattrs}, ...) -> r
    llvm.call_intrinsic "llvm.name"(%args) [bundles] [{attrs}] : (t, ...) -> r

The trailing type (LLVM_CALL_TYPE) is one compound token; operand bundles are a SQUARE.
"""

from __future__ import annotations

from typing import Any

from mliropt.dialects.llvm import attributes as LA
from mliropt.dialects.llvm.syntax import VALUE_REF, custom_error, name_pos, split_attrs
from mliropt.ir import attributes as A
from mliropt.ir import types as T
from mliropt.syntax.custom_syntax import CustomSyntax
from mliropt.syntax.dialect_syntax import BodyParser
from mliropt.syntax.errors import ParseError
from mliropt.syntax.scanners import register_scanner, scan_balanced, scan_type, skip_ws


def scan_call_type(text: str, pos: int, end: int) -> int:
    """End of `: [type,] (args) -> results` (attribute dictionaries included)."""
    i = skip_ws(text, pos + 1, end)
    if i < end and text[i] != "(":
        i = skip_ws(text, scan_type(text, i, end), end)
        if i >= end or text[i] != ",":
            return i
        i = skip_ws(text, i + 1, end)
    if i >= end or text[i] != "(":
        return i
    i = scan_balanced(text, i, end)
    j = skip_ws(text, i, end)
    if not text.startswith("->", j):
        return i
    j = skip_ws(text, j + 2, end)
    if j < end and text[j] == "(":
        return scan_balanced(text, j, end)
    return scan_type(text, j, end) if j < end else j


register_scanner("LLVM_CALL_TYPE", scan_call_type)

_CALLEE_SYMBOL = "SYMBOL_REF"


def _dict(sp: Any, body: BodyParser) -> A.DictionaryAttr | None:
    i = body._skip()
    if not sp.text.startswith("{", i):
        return None
    j = scan_balanced(sp.text, i, body.end)
    body.pos = j
    return A.DictionaryAttr(sp.dict_of(sp.text[i:j], i))


def parse_call_type(sp: Any, op: str, text: str, pos: int, indirect: bool) -> tuple:
    """(callee pointer type or None, input types, result types, arg attrs, res attrs)."""
    body = BodyParser(sp, pos + 1, pos + len(text))
    ptr = None
    if indirect:
        ptr = body.parse_type()
        body.parse_punct(",")
    body.parse_punct("(")
    inputs: list[T.Type] = []
    arg_dicts: list = []
    if not body.parse_optional_punct(")"):
        while True:
            inputs.append(body.parse_type())
            arg_dicts.append(_dict(sp, body))
            if not body.parse_optional_punct(","):
                break
        body.parse_punct(")")
    body.parse_punct("->")
    results: list[T.Type] = []
    res_dicts: list = []
    if body.parse_optional_punct("("):
        if not body.parse_optional_punct(")"):
            while True:
                results.append(body.parse_type())
                res_dicts.append(_dict(sp, body))
                if not body.parse_optional_punct(","):
                    break
            body.parse_punct(")")
    else:
        results.append(body.parse_type())
        res_dicts.append(None)
    body.expect_end()
    if len(results) > 1:
        raise custom_error(op, pos, "expected function with 0 or 1 result")
    return ptr, inputs, results, _dicts(arg_dicts), _dicts(res_dicts)


def _dicts(items: list) -> A.ArrayAttr | None:
    if not any(d is not None and d.entries for d in items):
        return None
    return A.ArrayAttr(tuple(d if d is not None else A.DictionaryAttr(()) for d in items))


def parse_bundles(sp: Any, text: str | None, pos: int) -> tuple[list, list, list]:
    """`["tag"(%a, %b : t1, t2), "tag2"()]` -> (tags, sizes, (ref, pos, type) list)."""
    if text is None:
        return [], [], []
    body = BodyParser(sp, pos + 1, pos + len(text) - 1)
    tags: list[str] = []
    sizes: list[int] = []
    operands: list = []
    while not body.at_end():
        tags.append(body.parse_string())
        body.parse_punct("(")
        refs = []
        if not body.parse_optional_punct(")"):
            while True:
                i = body._skip()
                m = VALUE_REF.match(sp.text, i, body.end)
                if m is None:
                    raise ParseError(i, "expected SSA operand")
                refs.append((m.group(), i))
                body.pos = m.end()
                if not body.parse_optional_punct(","):
                    break
            body.parse_punct(":")
            types = body.parse_comma_separated(body.parse_type)
            body.parse_punct(")")
            if len(types) != len(refs):
                raise ParseError(
                    refs[0][1], f"{len(refs)} operands present, but expected {len(types)}"
                )
            operands += [(r, q, t) for (r, q), t in zip(refs, types)]
        sizes.append(len(refs))
        if not body.parse_optional_punct(","):
            break
    body.expect_end()
    return tags, sizes, operands


def _finish_call(
    sp: Any,
    cls: Any,
    c: list,
    p: list,
    props: dict,
    attrs: Any,
    args: list,
    refs_pos: int,
    inputs: list,
    results: list,
    bundles: tuple,
) -> Any:
    if len(args) != len(inputs):
        raise custom_error(
            cls.name,
            name_pos(c[0], p[0]),
            f"number of operands and types do not match: got {len(args)} operands and "
            f"{len(inputs)} types",
        )
    operands = [sp.resolve_text(t, q, ty) for (t, q), ty in zip(args, inputs)]
    tags, sizes, bundle_operands = bundles
    operands += [sp.resolve_text(r, q, t) for r, q, t in bundle_operands]
    props["op_bundle_sizes"] = A.DenseArrayAttr(T.i32, tuple(sizes))
    if tags:
        props["op_bundle_tags"] = A.ArrayAttr(tuple(A.StringAttr(t) for t in tags))
    props["operandSegmentSizes"] = A.DenseArrayAttr(T.i32, (len(args), len(bundle_operands)))
    return sp.finish_op(cls, operands, results, attrs, props, [], [], c[0], p[0])


def _args_of(c: str, p: int) -> list:
    return [(m.group(), p + m.start()) for m in VALUE_REF.finditer(c)]


def _parse_call(sp: Any, c: list, p: list) -> Any:
    # OPSTART OP [keywords] (SYMBOL_REF|VALUE) OPERANDS ["vararg" "(" TYPE ")"]
    # [SQUARE] [ATTR_DICT] LLVM_CALL_TYPE
    from mliropt.dialects.llvm.ops_control import CallOp

    props: dict[str, Any] = {}
    for kw, at in c[2] or []:
        if kw in LA.CConvAttr.cases and "CConv" not in props and "TailCallKind" not in props:
            props["CConv"] = LA.CConvAttr(kw)
        elif kw in LA.TailCallKindAttr.cases and "TailCallKind" not in props:
            props["TailCallKind"] = LA.TailCallKindAttr(kw)
        else:
            raise ParseError(at, "expected attribute value")
    indirect = c[3].startswith("%")
    if not indirect:
        props["callee"] = sp.attr_of(c[3], p[3])
    if c[5] is not None:
        props["var_callee_type"] = A.TypeAttr(sp.type_of(c[7], p[7]))
    attrs, more = split_attrs(sp, CallOp, c[10], p[10])
    for name in more:
        if name in props:
            raise custom_error(
                CallOp.name,
                name_pos(c[0], p[0]),
                f"attribute '{name}' occurs more than once in the attribute list",
            )
    props.update(more)
    ptr, inputs, results, arg_attrs, res_attrs = parse_call_type(
        sp, CallOp.name, c[11], p[11], indirect
    )
    args = _args_of(c[4], p[4])
    if indirect:
        args = [(c[3], p[3]), *args]
        inputs = [ptr, *inputs]
    if arg_attrs is not None:
        props["arg_attrs"] = arg_attrs
    if res_attrs is not None:
        props["res_attrs"] = res_attrs
    bundles = parse_bundles(sp, c[9], p[9])
    return _finish_call(sp, CallOp, c, p, props, attrs, args, p[4], inputs, results, bundles)


_CALL_ELIDED = frozenset(
    (
        "callee",
        "var_callee_type",
        "CConv",
        "TailCallKind",
        "op_bundle_sizes",
        "op_bundle_tags",
        "operandSegmentSizes",
        "arg_attrs",
        "res_attrs",
    )
)


def print_bundles(P: Any, op: Any, values: list) -> str:
    """` ["tag"(%a : t), ...]` of an op's operand bundles (`values`), or ``."""
    tags = op.properties.get("op_bundle_tags")
    if tags is None or not len(tags):
        return ""
    sizes = op.properties["op_bundle_sizes"].values
    items = []
    start = 0
    for tag, n in zip(tags, sizes):
        group = values[start : start + n]
        start += n
        inner = ""
        if group:
            inner = (
                ", ".join(P.value(v) for v in group)
                + " : "
                + ", ".join(P.type(v.type) for v in group)
            )
        items.append(f"{A.escape_string(tag.value)}({inner})")
    return " [" + ", ".join(items) + "]"


def _typed(P: Any, t: T.Type, attrs: Any, i: int) -> str:
    text = P.type(t)
    if attrs is not None and attrs.value[i].entries:
        text += " {" + P.attr_dict_entries(attrs.value[i].entries) + "}"
    return text


def print_call_type(P: Any, op: Any, args: list) -> str:
    """`(t {attrs}, ...) -> r` of a call's arguments and result."""
    arg_attrs = op.properties.get("arg_attrs")
    res_attrs = op.properties.get("res_attrs")
    ins = ", ".join(_typed(P, v.type, arg_attrs, i) for i, v in enumerate(args))
    if not op.results:
        return f"({ins}) -> ()"
    res = _typed(P, op.results[0].type, res_attrs, 0)
    if res_attrs is not None and res_attrs.value[0].entries:
        res = f"({res})"
    return f"({ins}) -> {res}"


def _print_call(P: Any, op: Any) -> str:
    out = [" "]
    cconv = op.properties["CConv"]
    if cconv.value != "ccc":
        out.append(cconv.value + " ")
    tail = op.properties["TailCallKind"]
    if tail.value != "none":
        out.append(tail.value + " ")
    args = op.operand_group(0)
    callee = op.properties.get("callee")
    if callee is not None:
        out.append(P.attr(callee))
    else:
        out.append(P.value(args[0]))
        args = args[1:]
    out.append("(" + ", ".join(P.value(v) for v in args) + ")")
    var = op.properties.get("var_callee_type")
    if var is not None:
        out.append(f" vararg({P.type(var.value)})")
    out.append(print_bundles(P, op, op.operand_group(1)))
    out.append(P.attr_dict(op, _CALL_ELIDED))
    out.append(" : ")
    if callee is None:
        out.append(P.type(op.operand(0).type) + ", ")
    out.append(print_call_type(P, op, args))
    return "".join(out)


def call_syntax(cls: Any) -> CustomSyntax:
    """The syntax of `llvm.call`."""
    tail = '["vararg" "(" TYPE ")"] [SQUARE] [ATTR_DICT] LLVM_CALL_TYPE'
    return CustomSyntax(
        cls,
        [
            (f"[llvm_keywords] SYMBOL_REF OPERANDS {tail}", _parse_call),
            (f"[llvm_keywords] VALUE OPERANDS {tail}", _parse_call),
        ],
        _print_call,
    )


def _parse_call_intrinsic(sp: Any, c: list, p: list) -> Any:
    # OPSTART OP STRING OPERANDS [SQUARE] [ATTR_DICT] LLVM_CALL_TYPE
    from mliropt.dialects.llvm.ops_control import CallIntrinsicOp

    props: dict[str, Any] = {"intrin": sp.attr_of(c[2], p[2])}
    attrs, more = split_attrs(sp, CallIntrinsicOp, c[5], p[5])
    props.update(more)
    _, inputs, results, arg_attrs, res_attrs = parse_call_type(
        sp, CallIntrinsicOp.name, c[6], p[6], False
    )
    if arg_attrs is not None:
        props["arg_attrs"] = arg_attrs
    if res_attrs is not None:
        props["res_attrs"] = res_attrs
    bundles = parse_bundles(sp, c[4], p[4])
    args = _args_of(c[3], p[3])
    return _finish_call(
        sp, CallIntrinsicOp, c, p, props, attrs, args, p[3], inputs, results, bundles
    )


_INTRIN_ELIDED = frozenset(
    (
        "intrin",
        "op_bundle_sizes",
        "op_bundle_tags",
        "operandSegmentSizes",
        "arg_attrs",
        "res_attrs",
    )
)


def _print_call_intrinsic(P: Any, op: Any) -> str:
    args = op.operand_group(0)
    return (
        f" {P.attr(op.properties['intrin'])}("
        + ", ".join(P.value(v) for v in args)
        + ")"
        + print_bundles(P, op, op.operand_group(1))
        + P.attr_dict(op, _INTRIN_ELIDED)
        + " : "
        + print_call_type(P, op, args)
    )


def call_intrinsic_syntax(cls: Any) -> CustomSyntax:
    """The syntax of `llvm.call_intrinsic`."""
    return CustomSyntax(
        cls,
        [("STRING OPERANDS [SQUARE] [ATTR_DICT] LLVM_CALL_TYPE", _parse_call_intrinsic)],
        _print_call_intrinsic,
    )
