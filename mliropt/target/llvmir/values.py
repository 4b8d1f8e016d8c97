"""A minimal in-memory LLVM IR: constants, instructions, blocks, functions, and the
printer's slot numbering (unnamed values numbered in order: arguments, then each block
and each instruction with a result, as LLVM's ModuleSlotTracker does)."""

from __future__ import annotations

from typing import Any

from mliropt.target.llvmir.types import lltype


class LValue:
    """An LLVM value of type `mty` (the MLIR type) printed as `ty`."""

    __slots__ = ("ty", "mty")
    ty: str
    mty: Any

    def ref(self) -> str:
        """The operand text without the type (`%3`, `42`, `@g`)."""
        raise NotImplementedError

    def typed(self) -> str:
        """`ty ref`, as an instruction operand."""
        return f"{self.ty} {self.ref()}"


class Const(LValue):
    """A constant. kind: int (val: unsigned int), fp (val: bit pattern), null, zero
    (zeroinitializer), undef, poison, agg (val: tuple of Const), ref (val: `@name`),
    expr (val: the constant expression's text)."""

    __slots__ = ("kind", "val", "text", "addr")

    def __init__(self, mty: Any, kind: str, val: Any = None, ty: str | None = None) -> None:
        self.mty = mty
        self.addr: int | None = None  # the integer an `inttoptr (iN k to ptr)` holds
        self.ty = ty if ty is not None else lltype(mty)
        self.kind = kind
        self.val = val
        from mliropt.target.llvmir.constants import const_text

        self.text = const_text(self)

    def ref(self) -> str:
        return self.text

    @property
    def is_literal(self) -> bool:
        """A plain number (foldable)."""
        return self.kind in ("int", "fp")

    def __repr__(self) -> str:
        return f"Const({self.ty} {self.text})"


class Slot(LValue):
    """A value numbered by the printer (argument, instruction)."""

    __slots__ = ("slot",)
    slot: int

    def ref(self) -> str:
        return f"%{self.slot}"


class Arg(Slot):
    """A function argument."""

    __slots__ = ("attrs",)

    def __init__(self, mty: Any, attrs: str = "") -> None:
        self.mty = mty
        self.ty = lltype(mty)
        self.attrs = attrs
        self.slot = -1


class Inst(Slot):
    """An instruction: `parts` (strings and LValues/Blocks, joined at print time);
    a void instruction has no slot."""

    __slots__ = ("parts", "void", "block", "md")

    def __init__(self, mty: Any, parts: list, void: bool = False) -> None:
        self.mty = mty
        self.ty = "void" if void else lltype(mty)
        self.parts = parts
        self.void = void
        self.slot = -1
        self.block: BasicBlock | None = None
        # Attached metadata: [kind id, kind name, node text, node number] (numbered when
        # the module is printed; printed by kind id, as Instruction::getAllMetadata).
        self.md: list[list] = []

    def attach(self, kind: str, node: str) -> None:
        """Attach `!kind !{node}` metadata."""
        self.md.append([MD_KINDS[kind], kind, node, -1])
        self.md.sort(key=lambda m: m[0])

    def text(self) -> str:
        """The instruction's text."""
        body = "".join([p if isinstance(p, str) else p.ref() for p in self.parts])
        if self.md:
            body += "".join(f", !{m[1]} !{m[3]}" for m in self.md)
        return body if self.void else f"%{self.slot} = {body}"


# LLVM's fixed metadata kind ids (the order attachments print in).
MD_KINDS = {
    "dbg": 0, "tbaa": 1, "prof": 2, "fpmath": 3, "range": 4, "tbaa.struct": 5,
    "invariant.load": 6, "alias.scope": 7, "noalias": 8, "nontemporal": 9,
    "mem.parallel_loop_access": 10, "nonnull": 11, "dereferenceable": 12,
    "dereferenceable_or_null": 13, "make.implicit": 14, "unpredictable": 15,
    "invariant.group": 16, "align": 17, "llvm.loop": 18,
}


class BasicBlock:
    """A basic block: instructions, and its predecessors (newest use first, as LLVM's
    use list iterates; they make the `; preds =` comment)."""

    __slots__ = ("insts", "preds", "slot")

    def __init__(self) -> None:
        self.insts: list[Inst] = []
        self.preds: list[BasicBlock] = []
        self.slot = -1

    def ref(self) -> str:
        return f"%{self.slot}"

    def add_use(self, user: BasicBlock) -> None:
        """A branch in `user` targets this block."""
        self.preds.insert(0, user)


class Function:
    """A function definition or declaration (the header text is made by the module)."""

    __slots__ = ("name", "header", "args", "blocks", "attr_group")

    def __init__(self, name: str) -> None:
        self.name = name
        self.header = ""
        self.args: list[Arg] = []
        self.blocks: list[BasicBlock] = []
        self.attr_group: str | None = None  # the function attributes' text

    def number(self) -> None:
        """Assign slots as LLVM's printer does."""
        n = 0
        for a in self.args:
            a.slot = n
            n += 1
        for b in self.blocks:
            b.slot = n
            n += 1
            for i in b.insts:
                if not i.void:
                    i.slot = n
                    n += 1

    def print_body(self, out: list[str]) -> None:
        """The blocks between `{` and `}`."""
        for k, b in enumerate(self.blocks):
            if k:
                label = f"{b.slot}:"
                comment = "; preds = " + ", ".join(p.ref() for p in b.preds) if b.preds \
                    else "; No predecessors!"
                out.append("")
                out.append(label.ljust(50) + comment)
            for i in b.insts:
                out.append("  " + i.text())
