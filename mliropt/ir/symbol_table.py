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


# ----------------------------------------------------------------- symbol uses


def is_symbol(op: Operation) -> bool:
    """Upstream's `isa<SymbolOpInterface>`: the Symbol trait and a `sym_name` (a module
    without a name is no symbol)."""
    from mliropt.ir.traits import Symbol

    return Symbol in op.traits and symbol_name(op) is not None


def is_private(op: Operation) -> bool:
    """The symbol's visibility is `private`."""
    return visibility(op) == "private"


def can_discard_on_use_empty(op: Operation) -> bool:
    """SymbolOpInterface::canDiscardOnUseEmpty: an op may override it with a method of
    that name; by default (as upstream 22 behaves) any symbol that is not public."""
    fn = getattr(op, "can_discard_on_use_empty", None)
    if fn is not None and op.registered:
        return bool(fn())
    return visibility(op) != "public"


def is_potentially_unknown_symbol_table(op: Operation, dialect_known: Any = None) -> bool:
    """An op with one region whose dialect is not loaded might define a symbol table
    (upstream's isPotentiallyUnknownSymbolTable). `dialect_known(name)` says whether a
    dialect is registered (default: only registered ops count as known)."""
    if len(op.regions) != 1 or op.registered:
        return False
    return dialect_known is None or not dialect_known(op.dialect_name)


class SymbolUse:
    """One symbol reference held by an op's attributes."""

    __slots__ = ("user", "ref")

    def __init__(self, user: Operation, ref: Any) -> None:
        self.user = user
        self.ref = ref

    def __repr__(self) -> str:
        return f"<SymbolUse {self.ref} in {self.user.name}>"


def _attribute_symbol_refs(attr: Any, out: list) -> None:
    from mliropt.ir.attributes import ArrayAttr, Attribute, DictionaryAttr, SymbolRefAttr
    from mliropt.ir.location import Location

    if isinstance(attr, SymbolRefAttr):
        out.append(attr)
    elif isinstance(attr, ArrayAttr):
        for a in attr.value:
            _attribute_symbol_refs(a, out)
    elif isinstance(attr, DictionaryAttr):
        for _, a in attr.entries:
            _attribute_symbol_refs(a, out)
    elif isinstance(attr, Attribute) and not isinstance(attr, Location):
        # Other attributes with attribute parameters (dialect attributes).
        for f in attr._fields:
            v = getattr(attr, f, None)
            if isinstance(v, Attribute):
                _attribute_symbol_refs(v, out)
            elif isinstance(v, tuple):
                for x in v:
                    if isinstance(x, Attribute):
                        _attribute_symbol_refs(x, out)


def op_symbol_refs(op: Operation) -> list[Any]:
    """The SymbolRefAttrs in the op's own attributes (inherent and discardable, nested in
    arrays and dictionaries), in attribute-name order as upstream's attribute dictionary."""
    out: list[Any] = []
    merged = dict(op.attributes)
    merged.update(op.properties)
    for name in sorted(merged):
        _attribute_symbol_refs(merged[name], out)
    return out


def symbol_uses(op: Operation, dialect_known: Any = None) -> list[SymbolUse] | None:
    """Upstream's SymbolTable::getSymbolUses(op): the references held by `op` and, unless
    it is a symbol table, by the ops nested in it, not entering nested symbol tables.
    None when an op that may be an unknown symbol table is met."""
    if is_potentially_unknown_symbol_table(op, dialect_known):
        return None
    uses = [SymbolUse(op, r) for r in op_symbol_refs(op)]
    if is_symbol_table(op):
        return uses
    nested = region_symbol_uses(op.regions, dialect_known)
    if nested is None:
        return None
    return uses + nested


def region_symbol_uses(regions: Any, dialect_known: Any = None) -> list[SymbolUse] | None:
    """The references held by the ops of `regions` (not entering nested symbol tables),
    or None when an op that may be an unknown symbol table is met."""
    out: list[SymbolUse] = []
    worklist = list(regions)
    while worklist:
        region = worklist.pop()
        for block in region.blocks:
            for op in block.ops:
                if is_potentially_unknown_symbol_table(op, dialect_known):
                    return None
                out.extend(SymbolUse(op, r) for r in op_symbol_refs(op))
                if not is_symbol_table(op):
                    worklist.extend(op.regions)
    return out


def walk_symbol_tables(op: Operation, all_uses_visible: bool, callback: Any) -> None:
    """Call `callback(table_op, all_uses_visible)` for every symbol table nested in (or
    being) `op`, inner tables first; uses are all visible inside a private or unnamed
    table, or inside an op that is no symbol table (upstream's walkSymbolTables)."""
    table = is_symbol_table(op)
    if table:
        all_uses_visible = all_uses_visible or not is_symbol(op) or is_private(op)
    else:
        all_uses_visible = True
    for region in op.regions:
        for block in region.blocks:
            for child in block.ops:
                walk_symbol_tables(child, all_uses_visible, callback)
    if table:
        callback(op, all_uses_visible)


def lookup_symbol_path(
    symbols: SymbolTableCollection, table_op: Operation, ref: Any
) -> list[Operation] | None:
    """Every symbol along a (nested) reference resolved in `table_op` (`@a::@b` gives the
    ops of `@a` and of `@a::@b`), or None when a part does not resolve."""
    out: list[Operation] = []
    op = symbols.table(table_op).lookup(ref.root)
    if op is None:
        return None
    out.append(op)
    for name in ref.nested:
        if not is_symbol_table(op):
            return None
        op = symbols.table(op).lookup(name)
        if op is None:
            return None
        out.append(op)
    return out
