"""SSA value and block names as upstream prints them (AsmPrinter's SSANameState).

A region is numbered as a whole (block arguments and results of its ops, not of
nested regions), then each nested region continues from the counters reached at the
end of its parent region; sibling regions restart from the same counters. Names
suggested by ops (`%c0`, `%cst`, `%arg0`) are made unique with `_N` suffixes drawn from
a conflict counter, within the scope of the enclosing regions.
"""

from __future__ import annotations

import re
from typing import Any

from mliropt.ir.operation import Block, Operation, Region, Value

_VALID = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789$._-")
_ALL_VALID = re.compile(r"[a-zA-Z0-9$._\-]*\Z").match


def sanitize(name: str) -> str:
    """Upstream's sanitizeIdentifier for SSA names."""
    if name[0].isdigit():
        name = "_" + name
    if _ALL_VALID(name):
        return name
    out = []
    for ch in name:
        if ch in _VALID:
            out.append(ch)
        elif ch == " ":
            out.append("_")
        else:
            out.extend(f"{b:X}" for b in ch.encode("utf-8"))
    return "".join(out)


class _Scope:
    """Names used in a region and its ancestors (a scoped set)."""

    __slots__ = ("names", "parent")

    def __init__(self, parent: _Scope | None) -> None:
        self.names: set[str] = set()
        self.parent = parent

    def __contains__(self, name: str) -> bool:
        s: _Scope | None = self
        while s is not None:
            if name in s.names:
                return True
            s = s.parent
        return False


# Suggested name -> its sanitized form.
_SANITIZED: dict[str, str] = {}
# Op class -> whether it suggests result names (a registered op's `asm_result_names`).
_NAMED: dict[type, bool] = {}


# The name printed for a value that the numbered IR does not define (upstream's).
UNKNOWN_VALUE = "<<UNKNOWN SSA VALUE>>"


class SSANames:
    """Names of every value and block under an op, computed once per print."""

    def __init__(self, root: Operation, generic: bool = False) -> None:
        # Generated format printers index it directly (`names.values[v]`): a plain dict,
        # whose `[]` is much cheaper than a subclass's with `__missing__`. A value defined
        # outside the numbered IR raises KeyError there: see `name_unknown`.
        self.values: dict[Value, str] = {}
        self.groups: dict[Operation, list[tuple[int, int, str]]] = {}
        self.blocks: dict[Block, tuple[str, int]] = {}
        self.generic = generic
        # `%N` texts by N, each made once (the custom form's numbers repeat in every
        # region; the generic form's never do: it formats them).
        self._numbered: dict[int, str] = {}
        self.next_value = 0
        self.next_arg = 0
        self.next_conflict = 0
        self.scope = _Scope(None)
        stack = [(r, 0, 0, 0, self.scope) for r in root.regions]
        self._number_op(root)
        nested: list[Region] = []
        while stack:
            region, nv, na, nc, parent = stack.pop()
            # The generic form prints unique SSA ids: counters are never restored.
            if not generic:
                self.next_value, self.next_arg, self.next_conflict = nv, na, nc
            self.scope = _Scope(parent)
            self._number_region(region, nested)
            scope = self.scope
            for r in nested:
                stack.append((r, self.next_value, self.next_arg, self.next_conflict, scope))
            nested.clear()

    def _unique(self, name: str) -> str:
        clean = _SANITIZED.get(name)
        if clean is None:
            clean = sanitize(name)
            if len(_SANITIZED) < 4096:  # suggested names repeat (`c0`, `cst`, `arg0`)
                _SANITIZED[name] = clean
        name = clean
        scope = self.scope
        # `name in scope`, the scope chain walked here instead of by a method call.
        s: _Scope | None = scope
        while s is not None:
            if name in s.names:
                base = name + "_"
                while True:
                    probe = base + str(self.next_conflict)
                    self.next_conflict += 1
                    if probe not in scope:
                        name = probe
                        break
                break
            s = s.parent
        scope.names.add(name)
        return name

    def _number_region(self, region: Region, nested: list[Region]) -> None:
        """Number the blocks of `region` and the values defined in them; append the
        regions of its ops to `nested`, in order."""
        for i, block in enumerate(region.blocks):
            self.blocks[block] = (f"^bb{i}", i)
            self._number_block(block, i == 0, nested)

    def _number_block(self, block: Block, entry: bool, nested: list[Region]) -> None:
        values = self.values
        for arg in block.args:
            if arg in values:
                continue
            if entry:
                values[arg] = "%" + self._unique(f"arg{self.next_arg}")
                self.next_arg += 1
            else:
                values[arg] = f"%{self.next_value}"
                self.next_value += 1
        named = _NAMED
        plain_only = self.generic
        numbered = self._numbered
        n = self.next_value
        op = block.first
        while op is not None:
            results = op.results
            if results:
                if len(results) != 1:
                    self.next_value = n
                    self._number_op(op)
                    n = self.next_value
                elif plain_only:
                    values[results[0]] = f"%{n}"
                    n += 1
                else:
                    cls = type(op)
                    try:
                        has_namer = named[cls]
                    except KeyError:
                        has_namer = named[cls] = cls.registered and hasattr(cls, "asm_result_names")
                    # `_number_op` of one result: a single suggested name or `%N`.
                    pairs = op.asm_result_names() if has_namer else ()  # type: ignore[attr-defined]
                    if not pairs:  # the common `%N`
                        try:
                            values[results[0]] = numbered[n]
                        except KeyError:
                            values[results[0]] = numbered[n] = f"%{n}"
                        n += 1
                    elif len(pairs) == 1 and pairs[0][0].index == 0:
                        values[results[0]] = "%" + self._unique(pairs[0][1])
                    else:
                        self.next_value = n
                        self._number_op(op)
                        n = self.next_value
            if op.regions:
                nested.extend(op.regions)
            op = op.next
        self.next_value = n

    def _number_op(self, op: Operation) -> None:
        results = op.results
        if not results:
            return
        namer = None if self.generic or not op.registered else getattr(op, "asm_result_names", None)
        if namer is None and len(results) == 1:  # the common case: `%N`
            self.values[results[0]] = f"%{self.next_value}"
            self.next_value += 1
            return
        pairs = list(namer()) if namer is not None else []
        if len(results) == 1:  # no group: the suggested name or `%N`
            if not pairs:
                self.values[results[0]] = f"%{self.next_value}"
                self.next_value += 1
                return
            if len(pairs) == 1 and pairs[0][0].index == 0:
                self.values[results[0]] = "%" + self._unique(pairs[0][1])
                return
        bases: dict[int, str] = {}
        if pairs:
            for result, name in pairs:
                if result.index not in bases:
                    bases[result.index] = "%" + self._unique(name)
        if 0 not in bases:
            bases[0] = f"%{self.next_value}"
            self.next_value += 1
        n = len(results)
        starts = sorted(bases)
        groups: list[tuple[int, int, str]] = []
        for k, start in enumerate(starts):
            size = (starts[k + 1] if k + 1 < len(starts) else n) - start
            groups.append((start, size, bases[start]))
        values = self.values
        if n == 1:
            values[results[0]] = bases[0]
            return
        self.groups[op] = groups
        for start, size, base in groups:
            if size == 1:
                values[results[start]] = base
            else:
                for i in range(size):
                    values[results[start + i]] = f"{base}#{i}"

    def name_of(self, value: Value) -> str:
        """The printed name of a value (`%0`, `%arg1`, `%c0`, `%1#2`)."""
        name = self.values.get(value)
        if name is None:
            return UNKNOWN_VALUE
        return name

    def name_unknown(self, error: KeyError) -> bool:
        """After `values[v]` raised `error` for a value without a name: name it as
        upstream prints it (the caller prints again); False for any other KeyError."""
        key = error.args[0] if len(error.args) == 1 else None
        if not isinstance(key, Value) or key in self.values:
            return False
        self.values[key] = UNKNOWN_VALUE
        return True

    def block_name(self, block: Block) -> str:
        """`^bbN`."""
        info = self.blocks.get(block)
        return info[0] if info is not None else "^INVALIDBLOCK"

    def block_order(self, block: Block) -> int:
        """Position of the block in its region."""
        info = self.blocks.get(block)
        return info[1] if info is not None else -1

    def result_list(self, op: Operation) -> str:
        """The `%a, %b:2` text before ` = ` of an op with results."""
        groups = self.groups.get(op)
        if groups is None:
            name = self.values.get(op.results[0], UNKNOWN_VALUE)
            n = len(op.results)
            return name if n == 1 else f"{name.partition('#')[0]}:{n}"
        return ", ".join(base if size == 1 else f"{base}:{size}" for _, size, base in groups)


__all__ = ["SSANames", "sanitize", "Any"]
