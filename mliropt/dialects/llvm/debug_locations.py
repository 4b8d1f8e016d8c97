"""Where debug information sits in locations: the file location a location stands for,
and the `fused<#llvm.di_*>` metadata it carries."""

from __future__ import annotations

from typing import Any

from mliropt.ir import location as L


def file_loc(loc: L.Location) -> L.FileLineColLoc | None:
    """The file location a location stands for (upstream's extractFileLoc): itself, a
    name's child, a call site's caller, a fusion's first one; None for unknown."""
    if isinstance(loc, L.FileLineColLoc):
        return loc
    if isinstance(loc, L.NameLoc):
        return file_loc(loc.child)
    if isinstance(loc, L.CallSiteLoc):
        return file_loc(loc.caller)
    if isinstance(loc, L.FusedLoc):
        for inner in loc.locations:
            found = file_loc(inner)
            if found is not None:
                return found
    fallback = getattr(loc, "fallback", None)
    if isinstance(fallback, L.Location):
        return file_loc(fallback)
    return None


def find_fused_metadata(loc: L.Location, cls: type) -> Any:
    """The metadata of the first `fused<cls>[...]` in a location tree (findInstanceOf)."""
    if isinstance(loc, L.FusedLoc):
        if isinstance(loc.metadata, cls):
            return loc.metadata
        for inner in loc.locations:
            found = find_fused_metadata(inner, cls)
            if found is not None:
                return found
    elif isinstance(loc, L.NameLoc):
        return find_fused_metadata(loc.child, cls)
    elif isinstance(loc, L.CallSiteLoc):
        return find_fused_metadata(loc.callee, cls) or find_fused_metadata(loc.caller, cls)
    return None
