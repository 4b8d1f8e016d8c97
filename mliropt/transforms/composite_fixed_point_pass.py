"""`composite-fixed-point-pass`: run a pipeline until the IR stops changing (upstream's
CompositeFixedPointPass)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from mliropt.ir.diagnostics import Diagnostic, Severity
from mliropt.ir.operation import Operation
from mliropt.passes.pass_base import Pass, option


@dataclass
class CompositeFixedPointPass(Pass):
    """Composite fixed point pass

    Runs the inner pipeline on the op again and again until an iteration leaves the IR
    unchanged (compared by upstream's operation fingerprint: ops, attributes, operands,
    locations, blocks), warning when it does not converge within max-iterations.
    """

    argument: ClassVar[str] = "composite-fixed-point-pass"

    name: str = option("CompositeFixedPointPass", "Composite pass display name")
    pipeline: str = option("", "Composite pass inner pipeline")
    max_iterations: int = option(10, "Maximum number of iterations if inner pipeline")

    def __post_init__(self) -> None:
        super().__post_init__()
        from mliropt.passes.pipeline import OpPassManager, PipelineError, parse_pipeline_into

        self.dynamic_pm = OpPassManager("any")
        try:
            parse_pipeline_into(self.pipeline, self.dynamic_pm)
        except PipelineError as e:
            raise PipelineError(
                "Failed to parse composite pass pipeline", cl_error=e.text
            ) from None
        if self.max_iterations <= 0:
            # Upstream's initialize() fails before anything runs; it prints the value as
            # a character (a NUL byte for 0), the number is printed here instead.
            raise PipelineError(f"Invalid maxIterations value: {self.max_iterations}\n")

    def pass_name(self) -> str:  # type: ignore[override]
        """Upstream names the pass after its `name` option in IR dumps and timings."""
        return self.name

    def run(self, op: Operation) -> None:
        """Run the pipeline on `op` until its fingerprint stops changing."""
        from mliropt.passes.pass_manager import run_pipeline

        fp = fingerprint(op)
        iteration = 0
        while True:
            run_pipeline(self, self.dynamic_pm, op)
            if iteration >= self.max_iterations:
                self._warn_not_converged(op)
                return
            iteration += 1
            new = fingerprint(op)
            if new == fp:
                return
            fp = new

    def _warn_not_converged(self, op: Operation) -> None:
        message = (
            f'Composite pass "{self.name}"+ didn\'t converge in {self.max_iterations} iterations'
        )
        diag = Diagnostic(op.location, Severity.WARNING, message)
        if self.ctx.print_op_on_diagnostic:
            # Upstream's emitWarning notes the op in its custom form (errors: generic).
            from mliropt.syntax.printer import PrintOptions, print_operation

            text = print_operation(op, PrintOptions(local_scope=op.parent is not None)).rstrip("\n")
            note = "see current operation: " + ("\n" + text if "\n" in text else text)
            diag.attach_note(note, op.location)
        self.ctx.diagnostics.emit(diag)


def fingerprint(top: Operation) -> list[Any]:
    """What upstream's OperationFingerPrint hashes, for every op under `top` (post-order):
    the op itself, its parent, attributes, properties, blocks and their arguments,
    location, operands, successors and result types (objects are kept, so a new op can
    never pass for an erased one)."""
    out: list[Any] = []
    for op in top.walk():
        blocks = tuple((b, tuple(b.args)) for r in op.regions for b in r.blocks)
        out.append(
            (
                op,
                op.parent_op if op is not top else None,
                tuple(sorted(op.attributes.items(), key=lambda kv: kv[0])),
                tuple(sorted(op.properties.items(), key=lambda kv: kv[0])),
                blocks,
                op.location,
                tuple(op.operands),
                tuple(op.successor_blocks),
                tuple(op.result_types),
            )
        )
    return out


__all__ = ["CompositeFixedPointPass", "fingerprint"]
