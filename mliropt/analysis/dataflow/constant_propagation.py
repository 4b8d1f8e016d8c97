"""Sparse constant propagation: the constant each value is known to have, found by
simulating the ops' folders on constant operands (upstream's SparseConstantPropagation)."""

from __future__ import annotations

from typing import Any

from mliropt.analysis.dataflow.lattice import UNKNOWN, ConstantLattice, ConstantValue
from mliropt.analysis.dataflow.sparse import AbstractSparseForwardDataFlowAnalysis
from mliropt.ir.operation import Operation


class SparseConstantPropagation(AbstractSparseForwardDataFlowAnalysis):
    """Values are constant until proven otherwise (optimistic); an op's results are the
    result of folding it with the constants of its operands."""

    lattice_class = ConstantLattice

    def set_to_entry_state(self, lattice: Any) -> None:
        self.propagate_if_changed(lattice, lattice.join_value(UNKNOWN))

    def visit_operation_impl(self, op: Operation, operands: list, results: list) -> None:
        # The result of an op with regions is not simulated: its folder might not be
        # out-of-place.
        if op.regions:
            self.set_all_to_entry_states(results)
            return
        constants = []
        for lattice in operands:
            value = lattice.value
            if value.is_uninitialized:
                return
            constants.append(value.constant)
        from mliropt.rewrite.folding import fold_with_constants

        folded = fold_with_constants(op, constants)
        if folded is None:
            self.set_all_to_entry_states(results)
            return
        dialect = op.dialect_name
        for lattice, res in zip(results, folded):
            if hasattr(res, "uses"):
                self.join(lattice, self.lattice(res))
            else:
                self.propagate_if_changed(lattice, lattice.join_value(ConstantValue(res, dialect)))
