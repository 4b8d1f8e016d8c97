"""The registered passes: one line per pass, `argument -> module:Class`, imported on use."""

from __future__ import annotations

import importlib
from typing import Any

PASSES: dict[str, str] = {
    "canonicalize": "mliropt.transforms.canonicalize:CanonicalizePass",
    "cse": "mliropt.transforms.cse:CSEPass",
    "strip-debuginfo": "mliropt.transforms.strip_debuginfo:StripDebugInfoPass",
    "print-op-stats": "mliropt.transforms.print_op_stats:PrintOpStatsPass",
    "topological-sort": "mliropt.transforms.topological_sort:TopologicalSortPass",
    "snapshot-op-locations": "mliropt.transforms.snapshot_op_locations:LocationSnapshotPass",
    "control-flow-sink": "mliropt.transforms.control_flow_sink:ControlFlowSinkPass",
    "loop-invariant-code-motion": "mliropt.transforms.loop_invariant_code_motion:LoopInvariantCodeMotionPass",  # noqa: E501
    "view-op-graph": "mliropt.transforms.view_op_graph:ViewOpGraphPass",
    "inline": "mliropt.transforms.inline:InlinerPass",
    "symbol-dce": "mliropt.transforms.symbol_dce:SymbolDCEPass",
    "sccp": "mliropt.transforms.sccp:SCCPPass",
    "remove-dead-values": "mliropt.transforms.remove_dead_values:RemoveDeadValuesPass",
    "mem2reg": "mliropt.transforms.mem2reg:Mem2RegPass",
    "convert-scf-to-cf": "mliropt.conversion.scf_to_cf:SCFToControlFlowPass",
    "convert-arith-to-llvm": "mliropt.conversion.arith_to_llvm:ArithToLLVMConversionPass",
    "convert-math-to-llvm": "mliropt.conversion.math_to_llvm:ConvertMathToLLVMPass",
    "convert-cf-to-llvm": "mliropt.conversion.cf_to_llvm:ConvertControlFlowToLLVMPass",
    "convert-func-to-llvm": "mliropt.conversion.func_to_llvm:ConvertFuncToLLVMPass",
    "finalize-memref-to-llvm": "mliropt.conversion.memref_to_llvm:FinalizeMemRefToLLVMConversionPass",  # noqa: E501
    "convert-to-llvm": "mliropt.conversion.convert_to_llvm:ConvertToLLVMPass",
    "convert-index-to-llvm": "mliropt.conversion.index_to_llvm:ConvertIndexToLLVMPass",
    "convert-ub-to-llvm": "mliropt.conversion.ub_to_llvm:UBToLLVMConversionPass",
    "ensure-debug-info-scope-on-llvm-func": "mliropt.transforms.ensure_debug_info_scope_on_llvm_func:DIScopeForLLVMFuncOpPass",  # noqa: E501
    "reconcile-unrealized-casts": "mliropt.conversion.reconcile_unrealized_casts:ReconcileUnrealizedCastsPass",  # noqa: E501
    "composite-fixed-point-pass": "mliropt.transforms.composite_fixed_point_pass:CompositeFixedPointPass",  # noqa: E501
}


def register_pass(argument: str, target: str) -> None:
    """Register a pass (plugins call this)."""
    PASSES[argument] = target


def lookup_pass(argument: str) -> Any:
    """The pass class registered as `argument` (a plugin's entry point is looked up when
    it is not a built-in pass), or None."""
    target = PASSES.get(argument)
    if target is None:
        from mliropt.plugins import find_pass

        target = find_pass(argument)
    if target is None:
        return None
    module, _, cls = target.partition(":")
    return getattr(importlib.import_module(module), cls)
