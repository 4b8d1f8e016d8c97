"""`symbol-dce`: erase the symbols nothing references (upstream's SymbolDCE)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from mliropt.ir.operation import Operation
from mliropt.ir.symbol_table import (
    SymbolTableCollection,
    can_discard_on_use_empty,
    is_private,
    is_symbol,
    is_symbol_table,
    lookup_symbol_path,
    symbol_uses,
)
from mliropt.passes.pass_base import Pass


@dataclass
class SymbolDCEPass(Pass):
    """Eliminate dead symbols

    Erases the symbols that can be discarded (private ones, or any in a symbol table
    hidden from above) and that no live operation references, in the symbol table it
    runs on and the ones nested in it.
    """

    argument: ClassVar[str] = "symbol-dce"
    display_name: ClassVar[str] = "SymbolDCE"

    def run(self, op: Operation) -> None:
        """Compute the live symbols of `op` (a symbol table), then erase the others."""
        if not is_symbol_table(op):
            raise self.emit_op_error(
                op,
                f"'{op.name}' op  was scheduled to run under SymbolDCE, but does not "
                "define a symbol table",
            )
        # The top symbol table is hidden unless it is a nested, non-private symbol.
        hidden = True
        if op.parent_op is not None and is_symbol(op):
            hidden = is_private(op)
        live: set[Operation] = set()
        self._compute_liveness(op, SymbolTableCollection(), hidden, live)
        for table in list(op.walk(post_order=False)):
            if not is_symbol_table(table):
                continue
            for block in table.regions[0].blocks:
                for child in list(block.ops):
                    if is_symbol(child) and child not in live:
                        child.erase()
                        self.add_statistic("num-dce")

    def _compute_liveness(
        self, table: Operation, symbols: SymbolTableCollection, hidden: bool, live: set
    ) -> None:
        worklist: list[Operation] = []
        for block in table.regions[0].blocks:
            for op in block.ops:
                if not is_symbol(op):
                    worklist.append(op)
                    continue
                discardable = (hidden or is_private(op)) and can_discard_on_use_empty(op)
                if not discardable and op not in live:
                    live.add(op)
                    worklist.append(op)
        while worklist:
            op = worklist.pop()
            if is_symbol_table(op):
                nested_hidden = hidden or not is_symbol(op) or is_private(op)
                self._compute_liveness(op, symbols, nested_hidden, live)
            else:
                # Uses in a non-symbol-table op are considered from each op with regions
                # nested in it, as if at top level.
                for region in op.regions:
                    for block in region.blocks:
                        for child in block.ops:
                            if child.regions:
                                worklist.append(child)
            parent = op.parent_op
            if parent is None or not is_symbol_table(parent):
                continue
            uses = symbol_uses(op, self._dialect_known)
            if uses is None:
                raise self.emit_op_error(
                    op,
                    "operation contains potentially unknown symbol table, meaning that we "
                    "can't reliable compute symbol uses",
                )
            for use in uses:
                resolved = lookup_symbol_path(symbols, parent, use.ref)
                for sym in resolved or ():
                    if sym not in live:
                        live.add(sym)
                        worklist.append(sym)

    def _dialect_known(self, name: str) -> Any:
        return self.ctx is not None and self.ctx.is_registered_dialect(name)
