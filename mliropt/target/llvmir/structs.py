"""Identified (named) struct types: which ones the module's text uses, in the order
LLVM's TypeFinder meets them, for the `%name = type {...}` definitions."""

from __future__ import annotations

import re
from typing import Any

from mliropt.dialects.llvm import types as LT
from mliropt.ir import attributes as A
from mliropt.ir import types as T
from mliropt.target.llvmir.types import quote_name


def _nested_types(t: Any) -> list[Any]:
    """The types directly inside `t`."""
    if isinstance(t, LT.LLVMStructType):
        return list(t.body) if t.initialized and not t.opaque else []
    if isinstance(t, LT.LLVMArrayType | T.VectorType):
        return [t.element_type]
    if isinstance(t, LT.LLVMFunctionType):
        return [t.result, *t.inputs]
    return []


def identified_structs(module: Any) -> list[Any]:
    """Named struct types in the order LLVM's TypeFinder meets them (module order,
    pre-order through nested types)."""
    if not any(LT._IDENTIFIED.values()):  # no identified struct exists at all
        return []
    seen: set[int] = set()
    found: list[Any] = []

    def visit(t: Any) -> None:
        stack = [t]
        while stack:
            x = stack.pop()
            if id(x) in seen:
                continue
            seen.add(id(x))
            if isinstance(x, LT.LLVMStructType) and x.identifier is not None:
                found.append(x)
            stack.extend(reversed(_nested_types(x)))

    top = list(module.regions[0].blocks[0].ops) if module.regions else []
    ordered = [o for o in top if o.name == "llvm.mlir.global"]  # LLVM: globals first
    ordered += [o for o in top if o.name != "llvm.mlir.global"]
    for op in (x for o in ordered for x in o.walk(post_order=False)):
        for a in list(op.properties.values()) + list(op.attributes.values()):
            if isinstance(a, A.TypeAttr):
                visit(a.value)
            elif isinstance(a, LT.LLVMFunctionType):
                visit(a)
            elif hasattr(a, "value") and isinstance(a.value, LT.LLVMFunctionType):
                visit(a.value)
        for r in op.results:
            visit(r.type)
        for u in op.op_operands:
            visit(u.value.type)
        for region in op.regions:
            for b in region.blocks:
                for arg in b.args:
                    visit(arg.type)
    return found


def used_structs(module: Any, body: str) -> list[Any]:
    """The named structs the module's text uses, in order of first use (the order
    LLVM's TypeFinder meets them walking globals then functions), with the named
    structs inside their bodies right after them."""

    by_name = {quote_name(t.identifier): t for t in identified_structs(module)}
    if not by_name:
        return []
    token = re.compile(r'%("(?:[^"\\]|\\.)*"|[-a-zA-Z$._][-a-zA-Z$._0-9]*)')
    order: list[Any] = []
    seen: set[int] = set()

    def visit(t: Any) -> None:
        stack = [t]
        while stack:
            x = stack.pop()
            if id(x) in seen:
                continue
            seen.add(id(x))
            if isinstance(x, LT.LLVMStructType) and x.identifier is not None:
                order.append(x)
            stack.extend(reversed(_nested_types(x)))

    for m in token.finditer(body):
        t = by_name.get(m.group(1))
        if t is not None:
            visit(t)
    return order


