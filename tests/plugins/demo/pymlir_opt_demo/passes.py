"""`demo-expand`: rewrite `demo.double %x` as `arith.addi %x, %x`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from mliropt.ir.operation import Operation
from mliropt.passes.pass_base import Pass, option


@dataclass
class DemoExpandPass(Pass):
    """Expand demo.double into arith.addi

    Each `demo.double %x : T` becomes `arith.addi %x, %x : T` (or, with `use-shift`,
    `arith.shli %x, 1`).
    """

    argument: ClassVar[str] = "demo-expand"
    use_shift: bool = option(False, "Shift left by one instead of adding")

    def run(self, op: Operation) -> None:
        """Replace every demo.double under `op`."""
        from mliropt.dialects.arith import AddIOp, ConstantOp, ShLIOp
        from mliropt.ir import attributes as A
        from mliropt.ir.builder import Builder

        builder = Builder(self.ctx)
        for double in [o for o in op.walk() if o.name == "demo.double"]:
            x = double.operands[0]
            builder.set_insertion_point(double)
            if self.use_shift:
                one = builder.create(
                    ConstantOp,
                    result_types=[x.type],
                    properties={"value": A.IntegerAttr(x.type, 1)},
                    location=double.location,
                )
                new = builder.create(
                    ShLIOp,
                    operands=[x, one.results[0]],
                    result_types=[x.type],
                    location=double.location,
                )
            else:
                new = builder.create(
                    AddIOp, operands=[x, x], result_types=[x.type], location=double.location
                )
            double.results[0].replace_all_uses_with(new.results[0])
            double.erase()
