"""`strip-debuginfo`: replace every location by `loc(unknown)`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from mliropt.ir.location import unknown_loc
from mliropt.ir.operation import Operation
from mliropt.passes.pass_base import Pass


@dataclass
class StripDebugInfoPass(Pass):
    """Strip debug info from all operations

    Every operation, and every argument of the blocks in its regions, gets the unknown
    location (upstream's StripDebugInfo).
    """

    argument: ClassVar[str] = "strip-debuginfo"

    def run(self, op: Operation) -> None:
        """Set every location under `op` (included) to `loc(unknown)`."""
        for child in op.walk():
            child.location = unknown_loc
            for region in child.regions:
                for block in region.blocks:
                    for arg in block.args:
                        arg.location = unknown_loc
