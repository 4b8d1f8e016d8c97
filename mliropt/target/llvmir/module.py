"""Translation of a module: globals, function declarations and definitions, intrinsic
declarations (in first-use order, after the module's functions), attribute groups and
the module flags, printed as upstream's `mlir-translate --mlir-to-llvmir`."""

from __future__ import annotations

from typing import Any

from mliropt.dialects.llvm import types as LT
from mliropt.ir import types as T
from mliropt.ir.diagnostics import error
from mliropt.target.llvmir import attrs as AT
from mliropt.target.llvmir.calls import AttrGroupRef, CallTranslation
from mliropt.target.llvmir.constants import ConstError, from_attribute, special
from mliropt.target.llvmir.function import (
    ConstantEvaluator,
    FunctionTranslator,
    _not_translatable,
)
from mliropt.target.llvmir.structs import used_structs
from mliropt.target.llvmir.types import TypeError_, lltype, quote_name
from mliropt.target.llvmir.values import Arg, Const, Function

_LINKAGE_SKIP = ("external",)
_VISIBILITY = {1: "hidden ", 2: "protected "}
_UNNAMED = {1: " local_unnamed_addr", 2: " unnamed_addr"}


def _prop(op: Any, name: str) -> Any:
    return op.properties.get(name, op.attributes.get(name))


class ModuleTranslator(CallTranslation):
    """Translates a `builtin.module` of llvm ops; `run()` returns the LLVM IR text."""

    def __init__(self, module: Any, op_notes: bool = True) -> None:
        self.module = module
        self.op_notes = op_notes  # attach "see current operation" notes (upstream's default)
        self.functions: dict[str, Function] = {}  # by name, module order
        self.func_types: dict[str, Any] = {}
        self.globals: dict[str, Any] = {}  # name -> GlobalOp
        self.global_lines: list[str] = []
        self.intrinsics: dict[str, Function] = {}
        # Function name -> (text after the argument list before the attribute group,
        # text after it, vararg): `unnamed_addr`, then `section`/`align`/`gc`/`personality`.
        self.header_tails: dict[str, tuple[str, str, bool]] = {}

    # ------------------------------------------------------------- symbols

    def symbol_ref(self, name: str, t: Any, op: Any) -> Const:
        """`@name` of a global or function."""
        if name not in self.globals and name not in self.functions:
            raise error(op.location, f"referenced symbol @{name} has no LLVM counterpart")
        return Const(t, "ref", "@" + quote_name(name))

    # ------------------------------------------------------------- driver

    def run(self) -> str:
        """The module's LLVM IR text."""
        from mliropt.target.llvmir.datalayout import DataLayout, DataLayoutError

        if self.module.attributes.get("dlti.dl_spec") is not None:
            raise error(self.module.location, "pymlir-translate does not translate "
                        "`dlti.dl_spec` yet (use `llvm.data_layout`)")
        dl = self.module.attributes.get("llvm.data_layout")
        try:
            self.dl = DataLayout(dl.value if dl is not None else "")
        except DataLayoutError as e:
            raise error(self.module.location, str(e)) from None
        if self.module.name != "builtin.module":
            from mliropt.ir.diagnostics import Diagnostic, MLIRError, Severity
            from mliropt.target.llvmir.function import _attach_current_op

            d = Diagnostic(self.module.location, Severity.ERROR,
                           f"'{self.module.name}' op can not be translated to an LLVMIR module")
            if self.op_notes:
                _attach_current_op(d, self.module)
            raise MLIRError(d)
        body = self.module.regions[0].blocks[0] if self.module.regions else None
        # Nested modules are skipped, as upstream's builtin dialect translation does.
        ops = [o for o in body.ops if o.name != "builtin.module"] if body is not None else []
        for op in ops:
            if op.name == "llvm.mlir.global":
                self.globals[_prop(op, "sym_name").value] = op
            elif op.name == "llvm.func":
                name = _prop(op, "sym_name").value
                self.functions[name] = Function(name)
                self.func_types[name] = op.type
            elif not op.name.startswith("llvm."):
                raise _not_translatable(op, self.op_notes)
        from mliropt.target.llvmir.debug_info import DebugInfo

        self.debug = DebugInfo(self.module)
        xtors = []
        for op in ops:
            if op.name == "llvm.mlir.global":
                self.global_lines.append(self.global_text(op))
            elif op.name == "llvm.func":
                self.declare_function(op)
                self.debug.declare(op, _prop(op, "sym_name").value)
            elif op.name in ("llvm.mlir.global_ctors", "llvm.mlir.global_dtors"):
                xtors.append(op)
            elif op.name.startswith("llvm."):
                raise error(op.location, f"LLVM Translation failed for operation: {op.name}")
        for op in xtors:
            self.global_lines.append(self.xtors_text(op))
        for op in ops:
            if op.name == "llvm.func" and not op.is_external:
                fn = self.functions[_prop(op, "sym_name").value]
                FunctionTranslator(self, op, fn).run()
        return self.print()

    # ------------------------------------------------------------- globals

    def global_text(self, op: Any) -> str:
        """`@g = [linkage] [attrs] global|constant T init[, align A]`."""
        name = _prop(op, "sym_name").value
        t = op.global_type_
        linkage = _prop(op, "linkage").value
        init = self.global_initializer(op, t)
        parts = [f"@{quote_name(name)} ="]
        if linkage not in _LINKAGE_SKIP or init is None:
            parts.append(" " + linkage)
        if _prop(op, "dso_local") is not None and \
                not _implicit_dso_local(linkage, _prop(op, "visibility_")):
            parts.append(" dso_local")
        vis = _VISIBILITY.get(_prop(op, "visibility_").value if _prop(op, "visibility_") else 0)
        if vis:
            parts.append(" " + vis.strip())
        if _prop(op, "thread_local_") is not None:
            parts.append(" thread_local")
        ua = _prop(op, "unnamed_addr")
        if ua is not None and ua.value:
            parts.append(_UNNAMED[ua.value])
        space = op.address_space()
        if space:
            parts.append(f" addrspace({space})")
        if _prop(op, "externally_initialized") is not None:
            parts.append(" externally_initialized")
        parts.append(" constant" if _prop(op, "constant") is not None else " global")
        parts.append(" " + lltype(t))
        if init is not None:
            parts.append(" " + init.ref())
        section = _prop(op, "section")
        if section is not None:
            parts.append(f', section "{section.value}"')
        align = _prop(op, "alignment")
        if align is not None and align.value:
            parts.append(f", align {align.value}")
        return "".join(parts)

    def xtors_text(self, op: Any) -> str:
        """`@llvm.global_ctors = appending global [N x { i32, ptr, ptr }] [...]`."""
        ctors = op.name.endswith("ctors")
        funcs = _prop(op, "ctors" if ctors else "dtors").value
        prios = _prop(op, "priorities").value
        data = _prop(op, "data").value
        entry = "{ i32, ptr, ptr }"
        items = []
        del data  # upstream 22 writes `ptr null` whatever the data attribute says
        for f, p in zip(funcs, prios):
            items.append(f"{entry} {{ i32 {p.value}, ptr @{quote_name(f.root)}, ptr null }}")
        name = "llvm.global_ctors" if ctors else "llvm.global_dtors"
        init = "[" + ", ".join(items) + "]" if items else "zeroinitializer"
        return f"@{name} = appending global [{len(items)} x {entry}] {init}"

    def global_initializer(self, op: Any, t: Any) -> Const | None:
        """The initializer constant (None for a declaration)."""
        value = _prop(op, "value")
        region = op.regions[0] if op.regions else None
        if region is not None and region.blocks:
            ev = ConstantEvaluator(self)
            for inner in region.blocks[0].ops:
                if inner.name == "llvm.return":
                    return ev.val(inner.operands[0])  # type: ignore[return-value]
                c = ev.constant_op(inner)
                if c is None:
                    c = self.fold_initializer_op(ev, inner)
                ev.values[inner.results[0]] = c
            return None
        if value is not None:
            try:
                return from_attribute(t, value)
            except (ConstError, TypeError_) as e:
                raise error(op.location, f"cannot translate global initializer: {e}") from None
        if _prop(op, "linkage").value in ("external", "extern_weak"):
            return None
        return special(t, "undef")

    def fold_initializer_op(self, ev: Any, op: Any) -> Const:
        """An op of a global's initializer region, folded to a constant (LLVM folds
        them all; an op that does not fold cannot initialize a global)."""
        tr = _InitTranslator(self, ev)
        tr.translate_op(op)
        v = ev.values.get(op.results[0]) if op.results else None
        if not isinstance(v, Const):
            raise error(op.location, "cannot translate global initializer op to a constant")
        return v

    # ------------------------------------------------------------- functions

    def declare_function(self, op: Any) -> None:
        """Build the function's header and arguments."""
        name = _prop(op, "sym_name").value
        fn = self.functions[name]
        ft = op.type
        arg_attrs = _prop(op, "arg_attrs")
        for i, at in enumerate(ft.inputs):
            text = AT.param_attrs(arg_attrs.value[i] if arg_attrs is not None else None)
            fn.args.append(Arg(at, text))
        for unsupported in AT.UNSUPPORTED_FN:
            if _prop(op, unsupported) is not None:
                raise error(op.location,
                            f"pymlir-translate does not translate `{unsupported}` yet")
        fn.attr_group = AT.function_attrs(op, not op.is_external)
        linkage = _prop(op, "linkage").value
        cconv = _prop(op, "CConv")
        res_attrs = _prop(op, "res_attrs")
        ret_text = AT.param_attrs(res_attrs.value[0] if res_attrs is not None else None)
        head = "declare" if op.is_external else "define"
        if linkage not in _LINKAGE_SKIP:
            head += " " + linkage
        vis = _prop(op, "visibility_")
        if _prop(op, "dso_local") is not None and not _implicit_dso_local(linkage, vis):
            head += " dso_local"
        if vis is not None and vis.value in _VISIBILITY:
            head += " " + _VISIBILITY[vis.value].strip()
        if cconv is not None and cconv.value != "ccc":
            head += " " + cconv.value
        if ret_text:
            head += " " + ret_text
        fn.header = head + f" {lltype(ft.result)} @{quote_name(name)}("
        tail = ""
        ua = _prop(op, "unnamed_addr")
        if ua is not None and ua.value:
            tail += _UNNAMED[ua.value]
        fn.blocks = []
        section = _prop(op, "section")
        extra = ""
        if section is not None and not op.is_external:  # upstream: definitions only
            extra += f' section "{section.value}"'
        align = _prop(op, "alignment")
        if align is not None and align.value:
            extra += f" align {align.value}"
        gc = _prop(op, "garbageCollector")
        if gc is not None:
            extra += f' gc "{gc.value}"'
        pers = _prop(op, "personality")
        if pers is not None:
            extra += f" personality ptr @{quote_name(pers.root)}"
        self.header_tails[name] = (tail, extra, ft.vararg)

    def fold_gep(self, op: Any, et: Any, base: Const, idx: list[Const]) -> Const | None:
        """A GEP of constants, as DataLayout-aware folding writes it: an `i8` offset
        from the base (inbounds nuw inside a global), the base itself for offset 0."""
        if any(i.kind != "int" for i in idx):
            return None
        offset = 0
        t = et
        for n, i in enumerate(idx):
            v = i.val - (1 << i.mty.width) if i.val >> (i.mty.width - 1) & 1 else i.val
            if n == 0:
                offset += v * self.dl.alloc_size(t)
                continue
            if isinstance(t, LT.LLVMStructType):
                offset += self.dl.struct_layout(t)[1][v]
                t = t.body[v]
            elif isinstance(t, LT.LLVMArrayType | T.VectorType):
                t = t.element_type
                offset += v * self.dl.alloc_size(t)
            else:
                return None
        rt = op.results[0].type
        if base.kind == "null":
            if offset == 0:
                return base
            c = Const(rt, "expr", f"inttoptr (i64 {offset} to {lltype(rt)})")
            c.addr = offset
            return c
        if base.kind != "ref":
            return None
        if offset == 0:
            return base
        from mliropt.target.llvmir import flags as F

        fl = F.gep_flags(op)
        gop = self.globals.get(base.val[1:])
        if gop is not None and 0 <= offset <= self.dl.alloc_size(gop.global_type_):
            fl = " inbounds nuw" if offset >= 0 else " inbounds"
        elif fl == " inbounds" and offset >= 0:
            fl = " inbounds nuw"
        return Const(rt, "expr", f"getelementptr{fl} (i8, {base.typed()}, i64 {offset})")

    # ------------------------------------------------------------- printing

    def print(self) -> str:
        """The module text."""
        out = ["; ModuleID = 'LLVMDialectModule'", 'source_filename = "LLVMDialectModule"']
        dl = self.module.attributes.get("llvm.data_layout")
        triple = self.module.attributes.get("llvm.target_triple")
        if dl is not None:
            out.append(f'target datalayout = "{dl.value}"')
        if triple is not None:
            out.append(f'target triple = "{triple.value}"')
        out.append("")
        header = out
        out = []
        if self.global_lines:
            out += self.global_lines
            out.append("")
        groups: dict[str, int] = {}
        funcs = list(self.functions.values()) + list(self.intrinsics.values())
        for fn in funcs:
            if fn.attr_group and fn.attr_group not in groups:
                groups[fn.attr_group] = len(groups)
        # Metadata numbers as LLVM's printer gives them: the named metadata's nodes (the
        # compile units, then the module flag), then per function its !dbg and its
        # instructions' attachments in order.
        from mliropt.target.llvmir.debug_info import MetadataTable

        md = MetadataTable()
        units = [md.add(cu) for cu in self.debug.units]
        flag = md.add(_DEBUG_VERSION)
        fn_dbg: dict[str, int] = {}
        for fn in funcs:
            sp = self.debug.functions.get(fn.name)
            if sp is not None:
                fn_dbg[fn.name] = md.add(sp)
            for b in fn.blocks:
                for inst in b.insts:
                    for m in inst.md:
                        m[3] = md.add(m[2])
        for fn in funcs:  # then call-site attribute sets, as the printer meets them
            for b in fn.blocks:
                for inst in b.insts:
                    for p in inst.parts:
                        if isinstance(p, AttrGroupRef):
                            p.number = groups.setdefault(p.text, len(groups))
        for fn in funcs:
            tail, extra, vararg = self.header_tails.get(fn.name, ("", "", False))
            comment = _non_string_attrs(fn.attr_group or "")
            if comment:  # LLVM's comment leaves out string attributes
                out.append(f"; Function Attrs: {comment}")
            group = f" #{groups[fn.attr_group]}" if fn.attr_group else ""
            if fn.name in self.intrinsics:
                out.append(fn.header + group)
                out.append("")
                continue
            fn.number()
            defined = bool(fn.blocks)
            items = []
            for a in fn.args:
                items.append(a.ty + (" " + a.attrs if a.attrs else "")
                             + (f" %{a.slot}" if defined else ""))
            if vararg:
                items.append("...")
            line = fn.header + ", ".join(items) + ")" + tail + group + extra
            if fn.name in fn_dbg:  # after `declare`, or after a definition's attributes
                dbg = f"!dbg !{fn_dbg[fn.name]}"
                line = line.replace("declare ", f"declare {dbg} ", 1) if not defined \
                    else f"{line} {dbg}"
            if not defined:
                out.append(line)
                out.append("")
                continue
            out.append(line + " {")
            fn.print_body(out)
            out.append("}")
            out.append("")
        for text, n in groups.items():
            out.append(f"attributes #{n} = {{ {text} }}")
        if groups:
            out.append("")
        if units:
            out.append("!llvm.dbg.cu = !{" + ", ".join(f"!{n}" for n in units) + "}")
        out.append(f"!llvm.module.flags = !{{!{flag}}}")
        out.append("")
        out += md.texts()
        body = "\n".join(out) + "\n"
        structs = used_structs(self.module, body)
        if structs:
            for t in structs:
                sbody = "opaque" if t.opaque or not t.initialized else _struct_body(t)
                header.append(f"%{quote_name(t.identifier)} = type {sbody}")
            header.append("")
        return "\n".join(header) + "\n" + body

_DEBUG_VERSION = '!{i32 2, !"Debug Info Version", i32 3}'


def _implicit_dso_local(linkage: str, vis: Any) -> bool:
    """LLVM does not print dso_local where it is implied (local linkage, or hidden or
    protected visibility without extern_weak)."""
    if linkage in ("internal", "private"):
        return True
    return vis is not None and vis.value in (1, 2) and linkage != "extern_weak"


def _struct_body(t: Any) -> str:
    from mliropt.target.llvmir.types import literal_struct

    return literal_struct(t.body, t.packed)


def _non_string_attrs(group: str) -> str:
    """The attributes of a group's text that are not `"key"="value"` strings."""
    out, depth, cur = [], 0, ""
    for ch in group + " ":
        if ch == " " and depth == 0:
            if cur and not cur.startswith('"'):
                # The comment spells integer attributes `alignstack(4)`, the group `=4`.
                key, eq, value = cur.partition("=")
                out.append(f"{key}({value})" if eq else cur)
            cur = ""
            continue
        depth += ch == "("
        depth -= ch == ")"
        cur += ch
    return " ".join(out)


class _InitTranslator(FunctionTranslator):
    """Ops of a global initializer: everything must fold to a constant."""

    def __init__(self, module: Any, ev: Any) -> None:
        self.module = module
        self.values = ev.values
        self.cur = None

    def emit(self, mty: Any, parts: list, void: bool = False) -> Any:
        raise TypeError_("global initializer does not fold to a constant")


def translate_module(module: Any, op_notes: bool = True) -> str:
    """The LLVM IR text of a module (raises MLIRError on an untranslatable op)."""
    return ModuleTranslator(module, op_notes).run()
