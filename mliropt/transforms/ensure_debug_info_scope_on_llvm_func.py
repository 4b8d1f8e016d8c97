"""`ensure-debug-info-scope-on-llvm-func`: give every llvm.func a DISubprogram scope."""

from __future__ import annotations

import functools
import posixpath
from dataclasses import dataclass
from typing import Any, ClassVar

from mliropt.dialects.llvm.debug_locations import file_loc, find_fused_metadata
from mliropt.ir import attributes as A
from mliropt.ir import location as L
from mliropt.ir.operation import Operation
from mliropt.passes.pass_base import Pass, option

_EMISSION_KINDS = (
    ("None", "None"),
    ("Full", "Full"),
    ("LineTablesOnly", "LineTablesOnly (default)"),
    ("DebugDirectivesOnly", "DebugDirectivesOnly"),
)


@functools.lru_cache(maxsize=256)
def file_attr(path: str) -> Any:
    """`#llvm.di_file<"name" in "directory">` of a path (llvm::sys::path's split)."""
    from mliropt.dialects.llvm.debug_attrs import DIFileAttr

    return DIFileAttr(posixpath.basename(path), posixpath.dirname(path))


@dataclass
class DIScopeForLLVMFuncOpPass(Pass):
    """Materialize LLVM debug info subprogram attribute on every LLVMFuncOp

    Every llvm.func without one gets a `#llvm.di_subprogram` (fused into its location)
    in the module's compile unit: the one fused into the module's location, or a new
    one for the module's file. Ops located in another file than their function, and
    inlined call sites, get a `#llvm.di_lexical_block_file` scope (upstream's
    DIScopeForLLVMFuncOpPass).
    """

    argument: ClassVar[str] = "ensure-debug-info-scope-on-llvm-func"
    op_name: ClassVar[str | None] = "builtin.module"

    emission_kind: str = option(
        "LineTablesOnly", "Emission kind to generate debug info.", choices=_EMISSION_KINDS
    )

    def run(self, op: Operation) -> None:
        """Add the subprograms, then the lexical block files of the functions' ops."""
        from mliropt.dialects.llvm import debug_attrs as D

        if self.ctx is None or "llvm" not in self.ctx.dialects:
            raise self.emit_error(op.location, "LLVM dialect is not loaded.")
        unit = find_fused_metadata(op.location, D.DICompileUnitAttr)
        if unit is None:
            flc = file_loc(op.location)
            file = file_attr(flc.filename) if flc is not None else D.DIFileAttr("<unknown>", "")
            unit = D.DICompileUnitAttr(
                A.DistinctAttr.create(A.unit),
                "DW_LANG_C",
                file,
                "MLIR",
                True,
                self.emission_kind,
                "Default",
                None,
            )
        for child in op.walk(post_order=False):
            if child.name != "llvm.func":
                continue
            _add_scope(child, unit)
            func_loc = child.location
            scope = func_loc.metadata if isinstance(func_loc, L.FusedLoc) else None
            if not isinstance(scope, D.DISubprogramAttr):
                continue
            there = file_loc(func_loc)
            for inner in child.walk(post_order=False):
                if inner is not child:
                    _set_lexical_block_file(inner, scope, there)


def _add_scope(func: Any, unit: Any) -> None:
    """Fuse a DISubprogram into the location of a function that has none."""
    from mliropt.dialects.llvm import debug_attrs as D

    loc = func.location
    if find_fused_metadata(loc, D.DISubprogramAttr) is not None:
        return
    flc = file_loc(loc)
    line = 1
    if flc is not None:
        line = flc.line
        file = file_attr(flc.filename)
    else:
        file = unit.file
    # A declaration is defined in another compile unit: no id, no unit, no Definition.
    flags = 16
    ident = None
    if not func.is_external:
        ident = A.DistinctAttr.create(A.unit)
        flags |= 8
    else:
        unit = None
    name = func.sym_name if isinstance(func.sym_name, str) else func.sym_name.value
    subprogram = D.DISubprogramAttr(
        recId=None,
        id=ident,
        compileUnit=unit,
        scope=file,
        name=name,
        linkageName=name,
        file=file,
        line=line,
        scopeLine=line,
        subprogramFlags=flags,
        type=D.DISubroutineTypeAttr("DW_CC_normal", ()),
    )
    func.location = L.fuse([loc], subprogram)


def _set_lexical_block_file(op: Operation, scope: Any, there: Any) -> None:
    """Scope an op located in another file than its function (`there`, the function's
    file location; `scope` its subprogram), or at an inlined call site, by a
    DILexicalBlockFile of its file."""
    from mliropt.dialects.llvm import debug_attrs as D

    loc = op.location
    if isinstance(loc, L.CallSiteLoc):
        callee = _nested_loc(scope, loc.callee)
        if callee is not None:
            op.location = L.CallSiteLoc(callee, loc.caller)
        return
    if there is None:
        return
    here = file_loc(loc)
    if here is None or here.filename == there.filename:
        return
    block_file = D.DILexicalBlockFileAttr(scope, file_attr(here.filename), 0)
    op.location = L.fuse([loc], block_file)


def _nested_loc(scope: Any, callee: L.Location) -> L.Location | None:
    """The callee location of a call site scoped by a DILexicalBlockFile of its file,
    recursively for a callee that is itself a call site (upstream's getNestedLoc)."""
    from mliropt.dialects.llvm import debug_attrs as D

    flc = file_loc(callee)
    if flc is None:
        # Upstream dereferences a null file location here (a crash); keep the location.
        return None
    block_file = D.DILexicalBlockFileAttr(scope, file_attr(flc.filename), 0)
    loc = callee
    if isinstance(callee, L.CallSiteLoc):
        nested = _nested_loc(block_file, callee.callee)
        if nested is None:
            return None
        loc = nested
    return L.fuse([loc], block_file)
