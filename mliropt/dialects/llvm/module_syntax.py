"""The syntax of `llvm.func` and `llvm.mlir.global` (upstream's hand-written parsers).

    llvm.func [linkage] [visibility] [unnamed_addr] [cconv] @f(%a: t {attrs}, ...) -> r
              [attributes {...}] [{ body }]
    llvm.mlir.global [linkage] [visibility] [thread_local] [unnamed_addr] [constant]
              @g([value]) [{attrs}] [: type] [{ initializer }]

The keywords before the symbol are BARE_ID tokens classified in upstream's order.
"""

from __future__ import annotations

from typing import Any

from mliropt.dialects.llvm import attributes as LA
from mliropt.dialects.llvm import types as LT
from mliropt.dialects.llvm.syntax import custom_error, name_pos, reject_duplicates, split_attrs
from mliropt.ir import attributes as A
from mliropt.ir import types as T
from mliropt.ir.operation import Region
from mliropt.syntax.custom_syntax import CustomSyntax, register_rule_callback
from mliropt.syntax.function_syntax import parse_signature, print_signature
from mliropt.syntax.inherent import stored_inherent
from mliropt.syntax.scanners import register_scanner, scan_balanced, scan_type

register_scanner("LLVM_FUNC_SIGNATURE", scan_type)
register_scanner("LLVM_PAREN", scan_balanced)

_VISIBILITY = {"default": 0, "hidden": 1, "protected": 2}
_VISIBILITY_NAMES = {1: "hidden", 2: "protected"}
_UNNAMED = {"local_unnamed_addr": 1, "unnamed_addr": 2}
_UNNAMED_NAMES = {v: k for k, v in _UNNAMED.items()}


def _classify(op: str, words: list, kinds: list) -> dict[str, Any]:
    """Assign keywords to the optional slots `kinds` = [(name, accepts), ...] in order."""
    out: dict[str, Any] = {}
    k = 0
    for word, pos in words:
        while k < len(kinds) and not kinds[k][1](word):
            k += 1
        if k == len(kinds):
            raise custom_error(op, pos, "expected valid '@'-identifier for symbol name")
        out[kinds[k][0]] = word
        k += 1
    return out


def _kw_first(sp: Any, c: list, p: list) -> list:
    return [(c[0], p[0])]


def _kw_append(sp: Any, c: list, p: list) -> list:
    c[0].append((c[1], p[1]))
    return c[0]


register_rule_callback("llvm_kw_first", _kw_first)
register_rule_callback("llvm_kw_append", _kw_append)


# ----------------------------------------------------------------- llvm.func

_FUNC_KINDS = [
    ("linkage", lambda w: w in LA.LinkageAttr.cases),
    ("visibility", lambda w: w in _VISIBILITY),
    ("unnamed_addr", lambda w: w in _UNNAMED),
    ("cconv", lambda w: w in LA.CConvAttr.cases),
]
_FUNC_RULE = '[llvm_keywords] SYMBOL_REF LLVM_FUNC_SIGNATURE ["attributes" ATTR_DICT] [region]'


def _parse_func(sp: Any, c: list, p: list) -> Any:
    # OPSTART OP [keywords] SYMBOL_REF LLVM_FUNC_SIGNATURE ["attributes" ATTR_DICT] [region]
    from mliropt.dialects.llvm.ops_module import LLVMFuncOp

    op = LLVMFuncOp.name
    kw = _classify(op, c[2] or [], _FUNC_KINDS)
    sig = parse_signature(sp, c[4], p[4], allow_variadic=True, op_name=op)
    if len(sig.results) > 1:
        raise custom_error(
            op, p[3], "failed to construct function type: expected zero or one function result"
        )
    inputs = [a[2] for a in sig.args]
    if not all(LT.is_compatible_type(t) for t in inputs):
        raise custom_error(
            op, p[3], "failed to construct function type: expected LLVM type for function arguments"
        )
    result: T.Type = LT.void
    if sig.results:
        result = sig.results[0][0]
        if not LT.is_compatible_type(result):
            raise custom_error(
                op,
                p[3],
                "failed to construct function type: expected LLVM type for function "
                f"results'{result}'",
            )
    region = c[7]
    if region is None:
        region = Region()
    elif not region.blocks:
        raise custom_error(op, p[7], "expected non-empty function body")
    props: dict[str, Any] = {
        "sym_name": A.StringAttr(sp.attr_of(c[3], p[3]).root),
        "function_type": A.TypeAttr(LT.LLVMFunctionType(result, inputs, sig.variadic)),
    }
    if "linkage" in kw:
        props["linkage"] = LA.LinkageAttr(kw["linkage"])
    if "visibility" in kw:
        props["visibility_"] = LA.i64_enum(_VISIBILITY[kw["visibility"]])
    if "unnamed_addr" in kw:
        props["unnamed_addr"] = LA.i64_enum(_UNNAMED[kw["unnamed_addr"]])
    if "cconv" in kw:
        props["CConv"] = LA.CConvAttr(kw["cconv"])
    arg_attrs = sig.arg_attrs()
    if arg_attrs is not None:
        props["arg_attrs"] = arg_attrs
    res_attrs = sig.res_attrs()
    if res_attrs is not None:
        props["res_attrs"] = res_attrs
    attrs = sp.dict_of(c[6], p[6]) if c[6] is not None else None
    reject_duplicates(op, attrs, (*props, *_FUNC_ADDED), name_pos(c[0], p[0]))
    if attrs:
        props.update(stored_inherent(LLVMFuncOp, attrs))
    return sp.finish_op(LLVMFuncOp, [], [], attrs, props, [region], [], c[0], p[0])


# What upstream's llvm.func parser always adds to the op's attributes, beside the name
# and type (a dictionary entry of one of them is a duplicate).
_FUNC_ADDED = ("linkage", "CConv", "visibility_", "unnamed_addr")
_FUNC_ELIDED = frozenset(
    (
        "sym_name",
        "function_type",
        "linkage",
        "CConv",
        "unnamed_addr",
        "visibility_",
        "arg_attrs",
        "res_attrs",
    )
)


def _print_func(P: Any, op: Any) -> str:
    out = [" "]
    props = op.properties
    if props["linkage"].value != "external":
        out.append(props["linkage"].value + " ")
    vis = props["visibility_"].value
    if vis:
        out.append(_VISIBILITY_NAMES[vis] + " ")
    unnamed = props["unnamed_addr"].value
    if unnamed:
        out.append(_UNNAMED_NAMES[unnamed] + " ")
    if props["CConv"].value != "ccc":
        out.append(props["CConv"].value + " ")
    out.append(A.print_symbol_name(props["sym_name"].value))
    ft = op.type
    results = () if ft.returns_void else (ft.result,)
    body = op.regions[0]
    out.append(
        print_signature(
            P,
            op,
            T.FunctionType(ft.inputs, results),
            body,
            props.get("arg_attrs"),
            props.get("res_attrs"),
            ft.vararg,
        )
    )
    out.append(P.attr_dict(op, _FUNC_ELIDED, True))
    if body.blocks:
        out.append(" " + P.region(body, False, True))
    return "".join(out)


def func_syntax(cls: Any) -> CustomSyntax:
    """The syntax of `llvm.func`."""
    return CustomSyntax(cls, [(_FUNC_RULE, _parse_func)], _print_func)


# ----------------------------------------------------------------- llvm.mlir.global

_GLOBAL_KINDS = [
    ("linkage", lambda w: w in LA.LinkageAttr.cases),
    ("visibility", lambda w: w in _VISIBILITY),
    ("thread_local", lambda w: w == "thread_local"),
    ("unnamed_addr", lambda w: w in _UNNAMED),
    ("constant", lambda w: w == "constant"),
]
_GLOBAL_RULE = "[llvm_keywords] SYMBOL_REF LLVM_PAREN [ATTR_DICT] [COLON_TYPE] [region]"


def _parse_global(sp: Any, c: list, p: list) -> Any:
    # OPSTART OP [keywords] SYMBOL_REF LLVM_PAREN [ATTR_DICT] [COLON_TYPE] [region]
    from mliropt.dialects.llvm.ops_module import GlobalOp

    op = GlobalOp.name
    kw = _classify(op, c[2] or [], _GLOBAL_KINDS)
    props: dict[str, Any] = {"sym_name": A.StringAttr(sp.attr_of(c[3], p[3]).root)}
    inner = c[4][1:-1]
    if inner.strip():
        at = p[4] + 1 + len(inner) - len(inner.lstrip())
        props["value"] = sp.attr_of(inner.strip(), at)
    attrs, more = split_attrs(sp, GlobalOp, c[5], p[5])
    if c[6] is not None:
        t = sp.colon_type(c[6], p[6])
    else:
        value = props.get("value")
        if not isinstance(value, A.StringAttr):
            raise custom_error(
                op, name_pos(c[0], p[0]), "type can only be omitted for string globals"
            )
        t = LT.LLVMArrayType(len(value.value.encode("utf-8", "surrogateescape")), T.i8)
    props["global_type"] = A.TypeAttr(t)
    if "linkage" in kw:
        props["linkage"] = LA.LinkageAttr(kw["linkage"])
    if "visibility" in kw:
        props["visibility_"] = LA.i64_enum(_VISIBILITY[kw["visibility"]])
    if "thread_local" in kw:
        props["thread_local_"] = A.unit
    if "unnamed_addr" in kw:
        props["unnamed_addr"] = LA.i64_enum(_UNNAMED[kw["unnamed_addr"]])
    if "constant" in kw:
        props["constant"] = A.unit
    reject_duplicates(
        op, sp.dict_of(c[5], p[5]) if c[5] is not None else None,
        (*props, "linkage", "unnamed_addr", "visibility_"), name_pos(c[0], p[0]),
    )
    props.update(more)
    region = c[7] if c[7] is not None else Region()
    return sp.finish_op(GlobalOp, [], [], attrs, props, [region], [], c[0], p[0])


_GLOBAL_ELIDED = frozenset(
    (
        "sym_name",
        "global_type",
        "constant",
        "value",
        "linkage",
        "unnamed_addr",
        "visibility_",
        "thread_local_",
    )
)


def print_all_attrs(P: Any, op: Any, elided: frozenset) -> str:
    """` {...}` of every property and attribute not elided, defaults included (upstream's
    printOptionalAttrDict on op->getAttrs())."""
    entries = [(n, v) for n, v in op.properties.items() if n not in elided]
    entries += [(n, v) for n, v in op.attributes.items() if n not in elided]
    if not entries:
        return ""
    entries.sort(key=lambda kv: kv[0])
    return " {" + P.attr_dict_entries(entries) + "}"


def _print_global(P: Any, op: Any) -> str:
    props = op.properties
    out = [" ", props["linkage"].value, " "]
    vis = props["visibility_"].value
    if vis:
        out.append(_VISIBILITY_NAMES[vis] + " ")
    if "thread_local_" in props:
        out.append("thread_local ")
    unnamed = props["unnamed_addr"].value
    if unnamed:
        out.append(_UNNAMED_NAMES[unnamed] + " ")
    if "constant" in props:
        out.append("constant ")
    out.append(A.print_symbol_name(props["sym_name"].value))
    value = props.get("value")
    out.append("(" + (P.attr(value) if value is not None else "") + ")")
    out.append(print_all_attrs(P, op, _GLOBAL_ELIDED))
    t = props["global_type"].value
    if not (isinstance(value, A.StringAttr) and _is_string_type(t, value)):
        out.append(" : " + P.type(t))
    region = op.regions[0]
    if region.blocks:
        out.append(" " + P.region(region, False, True))
    return "".join(out)


def _is_string_type(t: T.Type, value: A.StringAttr) -> bool:
    n = len(value.value.encode("utf-8", "surrogateescape"))
    return isinstance(t, LT.LLVMArrayType) and t.element_type is T.i8 and t.num_elements == n


def global_syntax(cls: Any) -> CustomSyntax:
    """The syntax of `llvm.mlir.global`."""
    return CustomSyntax(cls, [(_GLOBAL_RULE, _parse_global)], _print_global)
