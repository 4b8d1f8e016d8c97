"""The test dialect: the part of upstream MLIR's `test` dialect (mlir/test/lib/Dialect/Test)
that upstream's own lit tests use, registered as upstream's mlir-opt registers it.

Like upstream's, it allows unknown operations: `"test.anything"() : () -> ()` parses and
verifies without --allow-unregistered-dialect (as an unregistered op: no traits, no
interfaces, so passes treat it conservatively). Its registered ops carry the traits and
interfaces the upstream tests exercise (memory effects, branches, graph regions, ...).
A custom-form op that is not registered here is reported as upstream does
("custom op 'test.x' is unknown").
"""

from __future__ import annotations

from mliropt.dialects.test.calls import CALL_OPS, TestInliner
from mliropt.dialects.test.constant import CONSTANT_OPS
from mliropt.dialects.test.control import CONTROL_OPS
from mliropt.dialects.test.effects import EFFECT_OPS
from mliropt.dialects.test.ir_attributes import IR_ATTRIBUTES, test_alias, verify_test_attr
from mliropt.dialects.test.ir_ops import IR_OPS
from mliropt.dialects.test.ir_types import IR_TYPES
from mliropt.dialects.test.locations import LOCATION_ATTRIBUTES, LOCATION_OPS
from mliropt.dialects.test.mem2reg import MEM2REG_OPS
from mliropt.dialects.test.region_branch import REGION_BRANCH_OPS
from mliropt.dialects.test.regions import REGION_OPS
from mliropt.ir.dialect import Dialect


class TestDialect(Dialect):
    """The test dialect (unknown operations allowed)."""

    name = "test"
    ops = (
        EFFECT_OPS + REGION_OPS + CONTROL_OPS + CONSTANT_OPS + MEM2REG_OPS + CALL_OPS
        + REGION_BRANCH_OPS + IR_OPS + LOCATION_OPS
    )
    types = IR_TYPES
    attributes = IR_ATTRIBUTES + LOCATION_ATTRIBUTES
    alias_hook = staticmethod(test_alias)
    attr_verifier = staticmethod(verify_test_attr)
    allows_unknown_operations = True
    inliner = TestInliner


__all__ = ["TestDialect"]
