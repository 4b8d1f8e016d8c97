"""`snapshot-op-locations`: print the IR to a file and point every op at its line there."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any, ClassVar

from mliropt.ir.location import FileLineColLoc, NameLoc, fuse
from mliropt.ir.operation import Operation
from mliropt.passes.pass_base import Pass, option


@dataclass
class LocationSnapshotPass(Pass):
    """Generate new locations from the current IR

    Prints the IR to `filename` (a new temporary file when empty) and sets the location
    of every printed op to its line and column in that file; with `tag`, the new location
    is fused with the old one as `fused[old, "tag"(new)]`. Ops the printer elides (such as
    implicit terminators) keep their location. The other options are the printing flags
    of the snapshot (upstream's LocationSnapshot).
    """

    argument: ClassVar[str] = "snapshot-op-locations"
    display_name: ClassVar[str] = "LocationSnapshot"
    filename: str = option("", "The filename to print the generated IR")
    tag: str = option(
        "",
        "A tag to use when fusing the new locations with the original. If unset, the "
        "locations are replaced.",
    )
    print_debuginfo: bool = option(False, "Print debug info in MLIR output")
    print_op_generic: bool = option(False, "Print the generic op form")
    print_local_scope: bool = option(
        False,
        "Print with local scope and inline information (eliding aliases for "
        "attributes, types, and locations",
    )
    pretty_debuginfo: bool = option(False, "Print pretty debug info in MLIR output")

    def run(self, op: Operation) -> None:
        """Write the snapshot, then relocate the ops."""
        from mliropt.syntax.printer import OpPrinter, PrintOptions

        base = self.ctx.print_options or PrintOptions()
        # Upstream starts from the command line's flags and overrides these three.
        flags = dataclasses.replace(
            base,
            debuginfo=self.print_debuginfo,
            pretty_debuginfo=self.pretty_debuginfo,
            generic=self.print_op_generic,
            local_scope=base.local_scope or self.print_local_scope or op.parent is not None,
        )
        printer = OpPrinter(op, flags)
        printer.record_positions()
        text = printer.print_top(op)
        path = self._write(op, text)
        tag = self.tag
        for child in op.walk():
            pos = printer.positions.get(child)
            if pos is None:
                continue
            loc: Any = FileLineColLoc(path, pos[0], pos[1])
            child.location = loc if not tag else fuse([child.location, NameLoc(tag, loc)])

    def _write(self, op: Operation, text: str) -> str:
        """Write the snapshot file; its path."""
        import os

        path = self.filename
        try:
            if not path:
                import tempfile

                fd, path = tempfile.mkstemp(prefix="mlir_snapshot-", suffix=".tmp.mlir")
                os.close(fd)
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
        except OSError as e:
            raise self.emit_op_error(
                op, f"cannot open output file '{path}': {e.strerror}"
            ) from None
        return path
