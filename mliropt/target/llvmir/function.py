"""Translation of one `llvm.func` body: blocks in upstream's order, phis for block
arguments, one small emitter per op family (table-driven by `llvm_instruction`)."""

from __future__ import annotations

import contextlib
from typing import Any

from mliropt.dialects.llvm import attributes as LA
from mliropt.dialects.llvm import types as LT
from mliropt.ir import types as T
from mliropt.ir.diagnostics import error
from mliropt.target.llvmir import flags as F
from mliropt.target.llvmir import folding as FO
from mliropt.target.llvmir.blocks import sorted_by_dominance
from mliropt.target.llvmir.constants import ConstError, from_attribute, special
from mliropt.target.llvmir.debug_info import attach_dbg
from mliropt.target.llvmir.intrinsics import UNTRANSLATED
from mliropt.target.llvmir.types import TypeError_, lltype
from mliropt.target.llvmir.values import BasicBlock, Const, Inst, LValue

_INT_BIN = ("add", "sub", "mul", "udiv", "sdiv", "urem", "srem", "and", "or", "xor", "shl",
            "lshr", "ashr")
_FP_BIN = ("fadd", "fsub", "fmul", "fdiv", "frem")
_CASTS = ("trunc", "zext", "sext", "fptrunc", "fpext", "fptoui", "fptosi", "uitofp",
          "sitofp", "ptrtoint", "inttoptr", "bitcast", "addrspacecast")
_ICMP_NAMES = {v: k for k, v in LA.ICMP_PREDICATES.items()}
_FCMP_NAMES = {v: k.lstrip("_") for k, v in LA.FCMP_PREDICATES.items()}
_ORDERINGS = {v: k for k, v in LA.ATOMIC_ORDERINGS.items()}
_RMW_OPS = {v: k.lstrip("_") for k, v in LA.ATOMIC_BIN_OPS.items()}


def _void(t: Any) -> bool:
    return t is None or isinstance(t, LT.LLVMVoidType)


class ConstantEvaluator:
    """Translates constant-only ops (global initializer regions, constants in bodies)."""

    def __init__(self, module: Any) -> None:
        self.module = module
        self.values: dict[Any, LValue] = {}

    def val(self, v: Any) -> LValue:
        """The LLVM value of an MLIR value."""
        return self.values[v]

    def constant_op(self, op: Any) -> Const | None:
        """The constant an `llvm.mlir.*` op denotes, or None for another op."""
        name = op.name
        t = op.results[0].type if op.results else None
        if name == "llvm.mlir.constant":
            try:
                return from_attribute(t, op.properties.get("value", op.attributes.get("value")))
            except (ConstError, TypeError_) as e:
                raise error(op.location, f"cannot translate constant: {e}") from None
        if name == "llvm.mlir.zero":
            return special(t, "zero")
        if name == "llvm.mlir.undef":
            return special(t, "undef")
        if name == "llvm.mlir.poison":
            return special(t, "poison")
        if name == "llvm.mlir.none":
            return Const(t, "expr", "none")
        if name == "llvm.mlir.addressof":
            sym = op.properties.get("global_name", op.attributes.get("global_name"))
            return self.module.symbol_ref(sym.root, t, op)
        return None


class FunctionTranslator(ConstantEvaluator):
    """Translates one function body into a `values.Function`."""

    def __init__(self, module: Any, func: Any, lfunc: Any) -> None:
        super().__init__(module)
        self.func = func
        self.lfunc = lfunc
        self.blocks: dict[Any, BasicBlock] = {}
        self.cur: BasicBlock | None = None
        self.branches: dict[Any, BasicBlock] = {}  # terminator -> its LLVM block

    # ------------------------------------------------------------- driver

    def run(self) -> None:
        """Translate every block, then connect the phis."""
        self.func = distinct_successors(self.func)
        region = self.func.regions[0]
        for b in region.blocks:
            lb = BasicBlock()
            self.blocks[b] = lb
            self.lfunc.blocks.append(lb)
        entry = region.blocks[0]
        for arg, larg in zip(entry.args, self.lfunc.args):
            self.values[arg] = larg
        phis: list[tuple[Any, list[Inst]]] = []
        # The function's !DISubprogram: then every instruction gets the !dbg of its op
        # (a phi: of its block argument), as upstream's builder debug location.
        debug = self.module.debug
        scope = debug.functions.get(self.lfunc.name)
        for b in sorted_by_dominance(list(region.blocks)):
            self.cur = self.blocks[b]
            if b is not entry:
                made = []
                for arg in b.args:
                    phi = Inst(arg.type, [])
                    phi.block = self.cur
                    self.cur.insts.append(phi)
                    self.values[arg] = phi
                    made.append(phi)
                    if scope is not None:
                        attach_dbg([phi], debug.location(arg.location, scope, arg.location))
                if made:
                    phis.append((b, made))
            if scope is None:
                for op in b.ops:
                    self.translate_op(op)
                continue
            for op in b.ops:
                start = len(self.cur.insts)
                self.translate_op(op)
                attach_dbg(self.cur.insts[start:], debug.location(op.location, scope, op.location))
        for b, made in phis:
            self.connect_phis(b, made)

    def connect_phis(self, block: Any, phis: list[Inst]) -> None:
        """Incoming values per predecessor, in the block's use order (newest first)."""
        preds = [u.owner for u in reversed(block.uses)]
        for index, phi in enumerate(phis):
            parts: list = [f"phi {phi.ty} "]
            for n, term in enumerate(preds):
                value = self.val(self.successor_operands(term, block)[index])
                if n:
                    parts.append(", ")
                parts += ["[ ", value, ", ", self.branches[term], " ]"]
            phi.parts = parts

    def successor_operands(self, term: Any, block: Any) -> list:
        """The operands `term` passes to its first successor that is `block`."""
        for i, s in enumerate(term.successor_blocks):
            if s is block:
                return list(term.successor_operands(i))
        return []

    def val(self, v: Any) -> LValue:
        """The LLVM value of an MLIR value."""
        return self.values[v]

    def emit(self, mty: Any, parts: list, void: bool = False) -> Inst:
        """Append an instruction to the current block."""
        inst = Inst(mty, parts, void)
        inst.block = self.cur
        self.cur.insts.append(inst)  # type: ignore[union-attr]
        return inst

    def set_result(self, op: Any, value: LValue) -> None:
        """Map the op's result."""
        self.values[op.results[0]] = value

    # ------------------------------------------------------------- dispatch

    def translate_op(self, op: Any) -> None:
        """Translate one op (an error for ops without an LLVM IR counterpart)."""
        name = op.name
        if name.startswith("llvm.mlir."):  # the names constant_op knows
            c = self.constant_op(op)
            if c is not None:
                self.set_result(op, c)
                return
        if not name.startswith("llvm."):
            raise _not_translatable(op, self.module.op_notes)
        instr = getattr(op, "llvm_instruction", "")
        if name in UNTRANSLATED:
            raise error(op.location, f"LLVM Translation failed for operation: {name}")
        meta_free = _METADATA_SET.isdisjoint
        if not (meta_free(op.properties) and meta_free(op.attributes)):
            for meta in _METADATA:
                if meta in op.properties or meta in op.attributes:
                    raise error(op.location, f"pymlir-translate does not translate `{meta}` "
                                "(LLVM metadata) yet")
        try:
            if name.startswith("llvm.intr."):
                self.module.intrinsic_call(self, op, instr)
                return
            handler = _HANDLERS.get(instr) or _NAMED.get(name)
            if handler is None:
                raise error(op.location, f"LLVM Translation failed for operation: {name}")
            handler(self, op)
        except TypeError_ as e:
            raise error(op.location, str(e)) from None

    # ------------------------------------------------------------- arithmetic

    def binary(self, op: Any) -> None:
        """Integer and float binary ops (folded when both operands are constants)."""
        instr = op.llvm_instruction
        uses = op.op_operands
        a, b = self.values[uses[0].value], self.values[uses[1].value]
        if isinstance(a, Const) and isinstance(b, Const):
            folded = FO.fold_binary(instr, a, b)
            if folded is not None:
                self.set_result(op, folded)
                return
        if instr in _FP_BIN:
            fl = F.fmf(op)
        elif instr in ("add", "sub", "mul", "shl"):
            fl = F.overflow(op)
        elif instr in ("udiv", "sdiv", "lshr", "ashr"):
            fl = F.unit(op, "isExact", "exact")
        elif instr == "or":
            fl = F.unit(op, "isDisjoint", "disjoint")
        else:
            fl = ""
        t = op.results[0].type
        self.set_result(op, self.emit(t, [f"{instr}{fl} {a.ty} ", a, ", ", b]))

    def fneg(self, op: Any) -> None:
        """`fneg`."""
        a = self.val(op.operands[0])
        if isinstance(a, Const):
            folded = FO.fold_fneg(a)
            if folded is not None:
                self.set_result(op, folded)
                return
        self.set_result(op, self.emit(op.results[0].type, [f"fneg{F.fmf(op)} {a.ty} ", a]))

    def icmp(self, op: Any) -> None:
        """`icmp`."""
        pred = _ICMP_NAMES[op.properties["predicate"].value]
        a, b = self.val(op.operands[0]), self.val(op.operands[1])
        if isinstance(a, Const) and isinstance(b, Const):
            folded = FO.fold_icmp(pred, a, b)
            if folded is not None:
                self.set_result(op, folded)
                return
        self.set_result(op, self.emit(op.results[0].type, [f"icmp {pred} {a.ty} ", a, ", ", b]))

    def fcmp(self, op: Any) -> None:
        """`fcmp`."""
        pred = _FCMP_NAMES[op.properties["predicate"].value]
        a, b = self.val(op.operands[0]), self.val(op.operands[1])
        if isinstance(a, Const) and isinstance(b, Const):
            folded = FO.fold_fcmp(pred, a, b)
            if folded is not None:
                self.set_result(op, folded)
                return
        parts = [f"fcmp{F.fmf(op)} {pred} {a.ty} ", a, ", ", b]
        self.set_result(op, self.emit(op.results[0].type, parts))

    def select(self, op: Any) -> None:
        """`select`."""
        c, a, b = (self.val(v) for v in op.operands)
        if all(isinstance(x, Const) for x in (c, a, b)):
            folded = FO.fold_select(c, a, b)  # type: ignore[arg-type]
            if folded is not None:
                self.set_result(op, folded)
                return
        parts = [f"select{F.fmf(op)} {c.ty} ", c, f", {a.ty} ", a, f", {b.ty} ", b]
        self.set_result(op, self.emit(op.results[0].type, parts))

    def freeze(self, op: Any) -> None:
        """`freeze`."""
        a = self.val(op.operands[0])
        self.set_result(op, self.emit(op.results[0].type, [f"freeze {a.ty} ", a]))

    def cast(self, op: Any) -> None:
        """Casts (folded for constant operands)."""
        instr = op.llvm_instruction
        a = self.val(op.operands[0])
        t = op.results[0].type
        if isinstance(a, Const):
            folded = FO.fold_cast(instr, a, t)
            if folded is not None:
                self.set_result(op, folded)
                return
        fl = F.unit(op, "nonNeg", "nneg")
        if instr == "trunc":
            fl = F.overflow(op)
        inst = self.emit(t, [f"{instr}{fl} {a.ty} ", a, f" to {lltype(t)}"])
        _dereferenceable(op, inst)  # inttoptr
        self.set_result(op, inst)

    # ------------------------------------------------------------- memory

    def alloca(self, op: Any) -> None:
        """`alloca T[, iN size], align A[, addrspace(N)]`."""
        et = op.properties["elem_type"].value
        size = self.val(op.operands[0])
        align = F.alignment(op) or self.module.dl.pref_align(et)
        parts: list = [f"alloca{F.unit(op, 'inalloca', 'inalloca')} {lltype(et)}"]
        if not (isinstance(size, Const) and size.kind == "int" and size.val == 1
                and size.ty == "i32"):
            parts += [f", {size.ty} ", size]
        parts.append(f", align {align}")
        space = op.results[0].type.address_space
        if space:
            parts.append(f", addrspace({space})")
        self.set_result(op, self.emit(op.results[0].type, parts))

    def _atomic(self, op: Any, key: str = "ordering") -> str:
        order = op.properties.get(key)
        if order is None or not order.value:
            return ""
        scope = op.properties.get("syncscope")
        s = f' syncscope("{scope.value}")' if scope is not None else ""
        return f"{s} {_ORDERINGS[order.value]}"

    def load(self, op: Any) -> None:
        """`load [atomic] [volatile] T, ptr p[, align A]`."""
        t = op.results[0].type
        p = self.val(op.operands[0])
        atomic = self._atomic(op)
        head = "load" + (" atomic" if atomic else "") + F.unit(op, "volatile_", "volatile")
        align = F.alignment(op) or self.module.dl.abi_align(t)
        parts = [f"{head} {lltype(t)}, {p.ty} ", p, f"{atomic}, align {align}"]
        inst = self.emit(t, parts)
        _memory_metadata(op, inst)
        _dereferenceable(op, inst)
        self.set_result(op, inst)

    def store(self, op: Any) -> None:
        """`store [atomic] [volatile] T v, ptr p[, align A]`."""
        v, p = self.val(op.operands[0]), self.val(op.operands[1])
        atomic = self._atomic(op)
        head = "store" + (" atomic" if atomic else "") + F.unit(op, "volatile_", "volatile")
        align = F.alignment(op) or self.module.dl.abi_align(op.operands[0].type)
        inst = self.emit(None, [f"{head} {v.ty} ", v, f", {p.ty} ", p,
                                f"{atomic}, align {align}"], void=True)
        _memory_metadata(op, inst)

    def gep(self, op: Any) -> None:
        """`getelementptr [flags] T, ptr base, indices...` (constant indices are i32)."""
        et = op.properties["elem_type"].value
        base = self.val(op.operands[0])
        idx: list[LValue] = []
        for i in op.indices():
            if isinstance(i, int):
                idx.append(Const(T.IntegerType(32), "int", i & 0xFFFFFFFF))
            else:
                idx.append(self.val(i))
        if isinstance(base, Const) and all(isinstance(i, Const) for i in idx):
            folded = self.module.fold_gep(op, et, base, idx)
            if folded is not None:
                self.set_result(op, folded)
                return
        parts: list = [f"getelementptr{F.gep_flags(op)} {lltype(et)}, {base.ty} ", base]
        for i in idx:
            parts += [f", {i.ty} ", i]
        self.set_result(op, self.emit(op.results[0].type, parts))

    def atomicrmw(self, op: Any) -> None:
        """`atomicrmw [volatile] op ptr p, T v [syncscope] ordering, align A`."""
        p, v = self.val(op.operands[0]), self.val(op.operands[1])
        binop = _RMW_OPS[op.properties["bin_op"].value]
        align = F.alignment(op) or self.module.dl.abi_align(op.operands[1].type)
        head = "atomicrmw" + F.unit(op, "volatile_", "volatile")
        parts = [f"{head} {binop} {p.ty} ", p, f", {v.ty} ", v,
                 f"{self._atomic(op)}, align {align}"]
        self.set_result(op, self.emit(op.results[0].type, parts))

    def cmpxchg(self, op: Any) -> None:
        """`cmpxchg [weak] [volatile] ptr p, T cmp, T new [syncscope] succ fail, align A`."""
        p, c, n = (self.val(v) for v in op.operands[:3])
        align = F.alignment(op) or self.module.dl.abi_align(op.operands[1].type)
        head = "cmpxchg" + F.unit(op, "weak", "weak") + F.unit(op, "volatile_", "volatile")
        succ = self._atomic(op, "success_ordering")
        fail = _ORDERINGS[op.properties["failure_ordering"].value]
        parts = [f"{head} {p.ty} ", p, f", {c.ty} ", c, f", {n.ty} ", n,
                 f"{succ} {fail}, align {align}"]
        self.set_result(op, self.emit(op.results[0].type, parts))

    def fence(self, op: Any) -> None:
        """`fence [syncscope] ordering`."""
        self.emit(None, ["fence" + self._atomic(op)], void=True)

    def va_arg(self, op: Any) -> None:
        """`va_arg ptr p, T`."""
        p = self.val(op.operands[0])
        t = op.results[0].type
        self.set_result(op, self.emit(t, [f"va_arg {p.ty} ", p, f", {lltype(t)}"]))

    # ------------------------------------------------------------- aggregates

    def extractvalue(self, op: Any) -> None:
        """`extractvalue T agg, i, j`."""
        agg = self.val(op.operands[0])
        pos = list(op.properties["position"].values)
        if isinstance(agg, Const):
            folded = FO.fold_extractvalue(agg, pos)
            if folded is not None:
                self.set_result(op, folded)
                return
        parts = [f"extractvalue {agg.ty} ", agg, ", " + ", ".join(map(str, pos))]
        self.set_result(op, self.emit(op.results[0].type, parts))

    def insertvalue(self, op: Any) -> None:
        """`insertvalue T agg, T2 v, i, j`."""
        agg, v = self.val(op.operands[0]), self.val(op.operands[1])
        pos = list(op.properties["position"].values)
        if isinstance(agg, Const) and isinstance(v, Const):
            folded = FO.fold_insertvalue(agg, v, pos)
            if folded is not None:
                self.set_result(op, folded)
                return
        parts = [f"insertvalue {agg.ty} ", agg, f", {v.ty} ", v, ", " + ", ".join(map(str, pos))]
        self.set_result(op, self.emit(op.results[0].type, parts))

    def extractelement(self, op: Any) -> None:
        """`extractelement <N x T> v, iK i`."""
        v, i = self.val(op.operands[0]), self.val(op.operands[1])
        if isinstance(v, Const) and isinstance(i, Const):
            folded = FO.fold_extractelement(v, i)
            if folded is not None:
                self.set_result(op, folded)
                return
        self.set_result(op, self.emit(op.results[0].type,
                                      [f"extractelement {v.ty} ", v, f", {i.ty} ", i]))

    def insertelement(self, op: Any) -> None:
        """`insertelement <N x T> v, T x, iK i`."""
        v, x, i = (self.val(o) for o in op.operands)
        if isinstance(v, Const) and isinstance(x, Const) and isinstance(i, Const):
            folded = FO.fold_insertelement(v, x, i)
            if folded is not None:
                self.set_result(op, folded)
                return
        parts = [f"insertelement {v.ty} ", v, f", {x.ty} ", x, f", {i.ty} ", i]
        self.set_result(op, self.emit(op.results[0].type, parts))

    def shufflevector(self, op: Any) -> None:
        """`shufflevector a, b, <M x i32> mask` (-1 is poison)."""
        a, b = self.val(op.operands[0]), self.val(op.operands[1])
        mask = list(op.properties["mask"].values)
        rt = op.results[0].type
        if isinstance(a, Const) and isinstance(b, Const):
            folded = FO.fold_shufflevector(a, b, mask, rt)
            if folded is not None:
                self.set_result(op, folded)
                return
        scalable = isinstance(rt, T.VectorType) and rt.scalable and rt.scalable[0]
        mt = f"<{'vscale x ' if scalable else ''}{len(mask)} x i32>"
        if all(m == 0 for m in mask):
            mtext = "zeroinitializer"
        elif all(m == -1 for m in mask):
            mtext = "poison"
        else:
            mtext = "<" + ", ".join("i32 poison" if m == -1 else f"i32 {m}" for m in mask) + ">"
        parts = [f"shufflevector {a.ty} ", a, f", {b.ty} ", b, f", {mt} {mtext}"]
        self.set_result(op, self.emit(rt, parts))

    # ------------------------------------------------------------- control flow

    def _branch_to(self, target: Any) -> BasicBlock:
        lb = self.blocks[target]
        lb.add_use(self.cur)  # type: ignore[arg-type]
        return lb

    def br(self, op: Any) -> None:
        """`br label %b` / `br i1 c, label %t, label %f`."""
        self.branches[op] = self.cur  # type: ignore[assignment]
        succ = op.successor_blocks
        if len(succ) == 1:
            self.emit(None, ["br label ", self._branch_to(succ[0])], void=True)
            return
        c = self.val(op.operands[0])
        f = self._branch_to(succ[1])  # LLVM sets the false edge's use first
        t = self._branch_to(succ[0])
        inst = self.emit(None, [f"br {c.ty} ", c, ", label ", t, ", label ", f], void=True)
        _branch_weights(op, inst)

    def switch(self, op: Any) -> None:
        """`switch iN v, label %default [ cases ]`."""
        self.branches[op] = self.cur  # type: ignore[assignment]
        v = self.val(op.operands[0])
        succ = op.successor_blocks
        parts: list = [f"switch {v.ty} ", v, ", label ", self._branch_to(succ[0]), " ["]
        vt = op.operands[0].type
        for value, dest in zip(op.case_value_list(), succ[1:]):
            c = Const(vt, "int", value & ((1 << vt.width) - 1))
            parts += [f"\n    {c.typed()}, label ", self._branch_to(dest)]
        parts.append("\n  ]")
        _branch_weights(op, self.emit(None, parts, void=True))

    def ret(self, op: Any) -> None:
        """`ret void` / `ret T v`."""
        if not op.operands:
            self.emit(None, ["ret void"], void=True)
            return
        v = self.val(op.operands[0])
        self.emit(None, [f"ret {v.ty} ", v], void=True)

    def unreachable(self, op: Any) -> None:
        """`unreachable`."""
        self.emit(None, ["unreachable"], void=True)

    def call(self, op: Any) -> None:
        """`[tail] call [cconv] [fmf] T [(sig)] @f(args)`."""
        self.module.call(self, op)

    def inline_asm(self, op: Any) -> None:
        """`call T asm [sideeffect] [alignstack] [inteldialect] "asm", "constraints"(args)`."""
        props = op.properties
        args = [self.val(v) for v in op.operands]
        rt = op.results[0].type if op.results else None
        head = "call " + ("void" if rt is None else lltype(rt)) + " asm"
        if "has_side_effects" in props:
            head += " sideeffect"
        if "is_align_stack" in props:
            head += " alignstack"
        d = props.get("asm_dialect")
        if d is not None and getattr(d, "value", 0) in (1, "intel"):
            head += " inteldialect"
        head += f" {_escaped(props['asm_string'].value)}, {_escaped(props['constraints'].value)}("
        parts: list = [head]
        operand_attrs = props.get("operand_attrs")
        for n, a in enumerate(args):
            extra = ""
            if operand_attrs is not None and n < len(operand_attrs.value):
                et = dict(operand_attrs.value[n].entries).get("elementtype")
                if et is not None:  # upstream's only operand attribute
                    extra = f"elementtype({lltype(et.value)}) "
            parts += [(", " if n else "") + f"{a.ty} {extra}", a]
        parts.append(")")
        inst = self.emit(rt, parts, void=rt is None)
        if rt is not None:
            self.set_result(op, inst)

    def call_intrinsic(self, op: Any) -> None:
        """`llvm.call_intrinsic "llvm.name"(args)`: a call of the named intrinsic."""
        self.module.named_intrinsic_call(self, op)


def _escaped(text: str) -> str:
    """A quoted string as LLVM's printEscapedString writes it."""
    out = []
    for b in text.encode("utf-8", "surrogateescape"):
        c = chr(b)
        out.append(c if 32 <= b < 127 and c not in '"\\' else f"\\{b:02X}")
    return '"' + "".join(out) + '"'


def _dereferenceable(op: Any, inst: Inst) -> None:
    """!dereferenceable / !dereferenceable_or_null of a load or inttoptr."""
    deref = op.properties.get("dereferenceable")
    if deref is not None:
        kind = "dereferenceable_or_null" if deref.may_be_null else "dereferenceable"
        inst.attach(kind, f"!{{i64 {deref.bytes}}}")


def _memory_metadata(op: Any, inst: Inst) -> None:
    """!nontemporal, !invariant.load and !invariant.group of a load or store."""
    props = op.properties
    if "nontemporal" in props:
        inst.attach("nontemporal", "!{i32 1}")
    if "invariant" in props:
        inst.attach("invariant.load", "!{}")
    if "invariantGroup" in props:
        inst.attach("invariant.group", "!{}")


def _branch_weights(op: Any, inst: Inst) -> None:
    """!prof branch weights of a conditional branch or switch."""
    w = op.properties.get("branch_weights")
    if w is not None and w.values:
        inst.attach("prof", "!{!\"branch_weights\", "
                    + ", ".join(f"i32 {x}" for x in w.values) + "}")


def distinct_successors(func: Any) -> Any:
    """Upstream's ensureDistinctSuccessors (LegalizeForExport): a terminator naming a
    block with arguments more than once branches, from its second mention on, to a new
    block at the end of the region that forwards its arguments; done on a clone, so the
    caller's module is unchanged."""
    region = func.regions[0]

    def needs(term: Any) -> bool:
        succ = term.successor_blocks if term is not None else []
        return len(succ) > 1 and any(
            s.args and succ.index(s) != i for i, s in enumerate(succ))

    if not any(needs(b.last) for b in region.blocks):
        return func
    from mliropt.dialects.llvm.ops_control import BrOp
    from mliropt.ir.operation import Block

    func = func.clone()
    region = func.regions[0]
    for b in list(region.blocks):
        term = b.last
        if not needs(term):
            continue
        seen: set[int] = set()
        for i, s in enumerate(list(term.successor_blocks)):
            if id(s) not in seen or not s.args:
                seen.add(id(s))
                continue
            dummy = Block([a.type for a in s.args], [a.location for a in s.args])
            region.add_block(dummy)
            dummy.append(BrOp.create(list(dummy.args), successors=[s], location=term.location))
            term.set_successor(i, dummy)
    return func


def _not_translatable(op: Any, notes: bool = True) -> Exception:
    from mliropt.ir.diagnostics import Diagnostic, MLIRError, Severity

    d = Diagnostic(
        op.location, Severity.ERROR,
        "cannot be converted to LLVM IR: missing `LLVMTranslationDialectInterface` "
        f"registration for dialect for op: {op.name}",
    )
    if notes:
        _attach_current_op(d, op)
    return MLIRError(d)


def _attach_current_op(d: Any, op: Any) -> None:
    """Upstream's "see current operation" note."""
    from mliropt.tools.driver import current_op_text

    with contextlib.suppress(AttributeError):
        text = current_op_text(op)
        # Upstream's appendOp starts a multi-line op on a new line.
        d.attach_note("see current operation: " + ("\n" if "\n" in text else "") + text,
                      op.location)


_HANDLERS = {i: FunctionTranslator.binary for i in _INT_BIN + _FP_BIN}
_HANDLERS.update({c: FunctionTranslator.cast for c in _CASTS})
_HANDLERS.update({
    "fneg": FunctionTranslator.fneg, "icmp": FunctionTranslator.icmp,
    "fcmp": FunctionTranslator.fcmp, "select": FunctionTranslator.select,
    "freeze": FunctionTranslator.freeze, "alloca": FunctionTranslator.alloca,
    "load": FunctionTranslator.load, "store": FunctionTranslator.store,
    "getelementptr": FunctionTranslator.gep, "atomicrmw": FunctionTranslator.atomicrmw,
    "cmpxchg": FunctionTranslator.cmpxchg, "fence": FunctionTranslator.fence,
    "va_arg": FunctionTranslator.va_arg, "extractvalue": FunctionTranslator.extractvalue,
    "insertvalue": FunctionTranslator.insertvalue,
    "extractelement": FunctionTranslator.extractelement,
    "insertelement": FunctionTranslator.insertelement,
    "shufflevector": FunctionTranslator.shufflevector, "br": FunctionTranslator.br,
    "switch": FunctionTranslator.switch, "ret": FunctionTranslator.ret,
    "unreachable": FunctionTranslator.unreachable, "call": FunctionTranslator.call,
})
_NAMED: dict[str, Any] = {
    "llvm.inline_asm": FunctionTranslator.inline_asm,
    "llvm.call_intrinsic": FunctionTranslator.call_intrinsic,
}
# Op attributes that become LLVM metadata, not translated yet (an error, never dropped).
_METADATA = ("loop_annotation", "tbaa", "alias_scopes", "noalias_scopes", "access_groups")
_METADATA_SET = frozenset(_METADATA)
