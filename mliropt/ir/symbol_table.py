"""Symbol tables: the symbols (`sym_name`) defined directly in a SymbolTable op's region."""

from __future__ import annotations

from typing import Any

from mliropt.ir.operation import Operation
from mliropt.ir.traits import SymbolTable as SymbolTableTrait

SYM_NAME = "sym_name"
VISIBILITY = "sym_visibility"


def symbol_name(op: Operation) -> str | None:
    """The symbol name an op defines, or None."""
    a = op.properties.get(SYM_NAME) or op.attributes.get(SYM_NAME)
    return None if a is None else a.value  # type: ignore[attr-defined]


def visibility(op: Operation) -> str:
    """`public` (the default), `private` or `nested`."""
    a = op.properties.get(VISIBILITY) or op.attributes.get(VISIBILITY)
    return "public" if a is None else a.value  # type: ignore[attr-defined]


class SymbolTable:
    """The symbols defined in the body of a symbol-table op."""

    def __init__(self, op: Operation) -> None:
        self.op = op
        self.symbols: dict[str, Operation] = {}
        for region in op.regions:
            for block in region.blocks:
                for child in block.ops:
                    name = symbol_name(child)
                    if name is not None and name not in self.symbols:
                        self.symbols[name] = child

    def lookup(self, name: str) -> Operation | None:
        """The op defining `name`, or None."""
        return self.symbols.get(name)

    def insert(self, op: Operation) -> None:
        """Record a new symbol op (already placed in the body)."""
        name = symbol_name(op)
        if name is not None:
            self.symbols[name] = op

    def erase(self, op: Operation) -> None:
        """Forget and erase a symbol op."""
        name = symbol_name(op)
        if name is not None and self.symbols.get(name) is op:
            del self.symbols[name]
        op.erase()


def is_symbol_table(op: Operation) -> bool:
    """True for ops with the SymbolTable trait (and unregistered ops never)."""
    return SymbolTableTrait in op.traits


def nearest_symbol_table(op: Operation) -> Operation | None:
    """The closest ancestor (or op itself) that is a symbol table."""
    cur: Operation | None = op
    while cur is not None:
        if is_symbol_table(cur):
            return cur
        cur = cur.parent_op
    return None


class SymbolTableCollection:
    """Caches one SymbolTable per symbol-table op (for lookups during a pass or verify)."""

    def __init__(self) -> None:
        self.tables: dict[Operation, SymbolTable] = {}

    def table(self, op: Operation) -> SymbolTable:
        """The (cached) table of `op`."""
        t = self.tables.get(op)
        if t is None:
            t = self.tables[op] = SymbolTable(op)
        return t

    def lookup_in(self, table_op: Operation, ref: Any) -> Operation | None:
        """Resolve a SymbolRefAttr (nested references included) inside `table_op`."""
        op = self.table(table_op).lookup(ref.root)
        for name in ref.nested:
            if op is None or not is_symbol_table(op):
                return None
            op = self.table(op).lookup(name)
        return op

    def lookup_nearest(self, from_op: Operation, ref: Any) -> Operation | None:
        """Resolve `ref` from the nearest symbol table enclosing `from_op`."""
        table_op = nearest_symbol_table(from_op.parent_op) if from_op.parent_op else None
        if table_op is None:
            return None
        return self.lookup_in(table_op, ref)


def lookup_nearest_symbol(from_op: Operation, ref: Any) -> Operation | None:
    """Resolve `ref` from the nearest symbol table enclosing `from_op` (uncached)."""
    return SymbolTableCollection().lookup_nearest(from_op, ref)
