"""Calls: direct and indirect `llvm.call` (calling conventions, fast-math flags, call-site
attribute groups, argument attributes, operand bundles) and intrinsic calls (overloaded
names, immediate arguments, declarations with LLVM 22's attributes)."""

from __future__ import annotations

from typing import Any

from mliropt.dialects.llvm import types as LT
from mliropt.ir import types as T
from mliropt.target.llvmir import attrs as AT
from mliropt.target.llvmir.intrinsics import IMMARGS, LLVM_NAMES, mangle
from mliropt.target.llvmir.types import lltype, quote_name
from mliropt.target.llvmir.values import Const, Function


def _prop(op: Any, name: str) -> Any:
    return op.properties.get(name, op.attributes.get(name))


class CallTranslation:
    """The call emitters of ModuleTranslator (which holds `functions`, `func_types` and
    `intrinsics`)."""

    functions: dict[str, Function]
    func_types: dict[str, Any]
    intrinsics: dict[str, Function]

    def call(self, tr: Any, op: Any) -> None:
        """`llvm.call`, direct or indirect."""
        from mliropt.target.llvmir import flags as F

        args = [tr.val(v) for v in op.arg_operands()]
        callee = _prop(op, "callee")
        var_type = _prop(op, "var_callee_type")
        if callee is not None:
            target = "@" + quote_name(callee.root)
            ft = self.func_types.get(callee.root)
        else:
            fp = tr.val(op.operands[0])
            target = fp
            ft = None
        if ft is None:
            ft = var_type.value if var_type is not None else LT.LLVMFunctionType(
                op.results[0].type if op.results else LT.LLVMVoidType(),
                [v.type for v in op.arg_operands()])
        kind = _prop(op, "TailCallKind")
        head = {"tail": "tail call", "musttail": "musttail call", "notail": "notail call"}.get(
            kind.value if kind is not None else "none", "call")
        cconv = _prop(op, "CConv")
        if cconv is not None and cconv.value != "ccc":
            head += " " + cconv.value
        fmf = F.fmf(op)
        if fmf:  # LLVM writes the fast-math flags before the calling convention
            head = head.replace("call", "call" + fmf, 1)
        sig = lltype(ft.result)
        if ft.vararg:
            sig = lltype(ft)
        arg_attrs = _prop(op, "arg_attrs")
        res_attrs = _prop(op, "res_attrs")
        ret = AT.param_attrs(res_attrs.value[0] if res_attrs is not None else None)
        if ret:
            sig = f"{ret} {sig}"
        parts: list = [f"{head} {sig} ", target, "("]
        for n, a in enumerate(args):
            pa = AT.param_attrs(arg_attrs.value[n]) if arg_attrs is not None and \
                n < len(arg_attrs.value) else ""
            parts += [(", " if n else "") + f"{a.ty} " + (pa + " " if pa else ""), a]
        parts.append(")")
        parts += self.bundles(tr, op)
        group = AT.call_site_attrs(op)
        if group:
            parts.append(AttrGroupRef(group))
        void = isinstance(ft.result, LT.LLVMVoidType)
        inst = tr.emit(None if void else ft.result, parts, void=void)
        if not void:
            tr.set_result(op, inst)

    def bundles(self, tr: Any, op: Any) -> list:
        """` [ "tag"(T %v), ... ]`: a call's operand bundles."""
        sizes = _prop(op, "op_bundle_sizes")
        tags = _prop(op, "op_bundle_tags")
        if sizes is None or not sizes.values:
            return []
        values = [tr.val(v) for v in op.op_bundle_operands]
        parts: list = [" [ "]
        at = 0
        for n, (size, tag) in enumerate(zip(sizes.values, tags.value)):
            parts.append((", " if n else "") + f'"{tag.value}"(')
            for k, v in enumerate(values[at:at + size]):
                parts += [(", " if k else "") + f"{v.ty} ", v]
            parts.append(")")
            at += size
        parts.append(" ]")
        return parts

    def intrinsic_call(self, tr: Any, op: Any, name: str) -> None:
        """A `llvm.intr.*` op: a call of the (declared on first use) intrinsic."""
        from mliropt.target.llvmir import flags as F
        from mliropt.target.llvmir.intrinsic_table import INTRINSIC_ATTRS

        types = []
        for part in op.llvm_overloads:
            v = getattr(op, part)
            if isinstance(v, list | tuple):
                v = v[0]
            types.append(v.type)
        name = LLVM_NAMES.get(name, name)
        if name == "llvm.frexp":  # overloaded on both members of its struct result
            types = list(types[0].body)
        full = name + "".join("." + mangle(t) for t in types)
        args = [tr.val(v) for v in op.operands]
        arg_types = [lltype(v.type) for v in op.operands]
        for prop, ty, index in IMMARGS.get(op.name, ()):
            a = _prop(op, prop)
            ty = ty or lltype(a.type)
            if ty == "double":
                c: Any = Const(T.FloatType("f64"), "fp", a.bits)
            else:
                width = int(ty[1:])
                val = a.value if not isinstance(a.value, bool) else int(a.value)
                c = Const(T.IntegerType(width), "int", int(val) & ((1 << width) - 1))
            pos = len(args) if index is None else index
            args.insert(pos, c)
            arg_types.insert(pos, ty)
        rt = op.results[0].type if op.results else LT.LLVMVoidType()
        void = isinstance(rt, LT.LLVMVoidType)
        if full not in self.intrinsics and full not in self.functions:
            fn = Function(full)
            fn_attrs, params, ret_attrs = INTRINSIC_ATTRS.get(name, ("", {}, ""))
            items = []
            for i, t in enumerate(arg_types):
                pa = params.get(i, "")
                items.append(t + (" " + pa if pa else ""))
            ret = lltype(rt)
            if ret_attrs:
                ret = _result_attrs(ret_attrs, rt) + " " + ret
            fn.header = f"declare {ret} @{full}(" + ", ".join(items) + ")"
            fn.attr_group = fn_attrs
            self.intrinsics[full] = fn
        parts: list = [f"call{F.fmf(op)} {lltype(rt)} @{full}("]
        for n, a in enumerate(args):
            parts += [(", " if n else "") + f"{a.ty} ", a]
        parts.append(")")
        inst = tr.emit(None if void else rt, parts, void=void)
        if not void:
            tr.set_result(op, inst)

    def named_intrinsic_call(self, tr: Any, op: Any) -> None:
        """`llvm.call_intrinsic "llvm.x.y"(args)`: declared from its operand and result
        types, with the attributes of the longest known intrinsic name it starts with."""
        from mliropt.target.llvmir import flags as F
        from mliropt.target.llvmir.intrinsic_table import INTRINSIC_ATTRS

        full = _prop(op, "intrin").value
        args = [tr.val(v) for v in op.operands]
        rt = op.results[0].type if op.results else LT.LLVMVoidType()
        void = isinstance(rt, LT.LLVMVoidType)
        if full not in self.intrinsics and full not in self.functions:
            known = [k for k in INTRINSIC_ATTRS if full == k or full.startswith(k + ".")]
            fn_attrs, params, ret_attrs = INTRINSIC_ATTRS[max(known, key=len)] if known \
                else ("", {}, "")
            items = []
            for i, a in enumerate(args):
                pa = params.get(i, "")
                items.append(a.ty + (" " + pa if pa else ""))
            ret = lltype(rt)
            if ret_attrs:
                ret = _result_attrs(ret_attrs, rt) + " " + ret
            fn = Function(full)
            fn.header = f"declare {ret} @{quote_name(full)}(" + ", ".join(items) + ")"
            fn.attr_group = fn_attrs
            self.intrinsics[full] = fn
        parts: list = [f"call{F.fmf(op)} {lltype(rt)} @{quote_name(full)}("]
        for n, a in enumerate(args):
            parts += [(", " if n else "") + f"{a.ty} ", a]
        parts.append(")")
        inst = tr.emit(None if void else rt, parts, void=void)
        if not void:
            tr.set_result(op, inst)


def _result_attrs(template: str, rt: Any) -> str:
    """A recorded result attribute text for result type `rt`: `{res}` is the type and a
    `range(T lo, hi)` is wrapped to its width (`range(i2 -1, -2)`), as LLVM prints it."""
    import re

    text = template.replace("{res}", lltype(rt))
    m = re.search(r"range\((i(\d+)) (-?\d+), (-?\d+)\)", text)
    if m is None:
        return text
    w = int(m.group(2))

    def wrap(v: int) -> int:
        v &= (1 << w) - 1
        return v - (1 << w) if w > 1 and v >> (w - 1) else v

    lo, hi = wrap(int(m.group(3))), wrap(int(m.group(4)))
    return text[:m.start()] + f"range({m.group(1)} {lo}, {hi})" + text[m.end():]


class AttrGroupRef:
    """` #N` after a call: its attribute group, numbered when the module is printed."""

    __slots__ = ("text", "number")

    def __init__(self, text: str) -> None:
        self.text = text
        self.number = -1

    def ref(self) -> str:
        return f" #{self.number}"


