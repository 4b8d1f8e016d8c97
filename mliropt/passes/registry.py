"""The registered passes: one line per pass, `argument -> module:Class`, imported on use."""

from __future__ import annotations

import importlib
from typing import Any

PASSES: dict[str, str] = {
    "canonicalize": "mliropt.transforms.canonicalize:CanonicalizePass",
    "cse": "mliropt.transforms.cse:CSEPass",
}


def register_pass(argument: str, target: str) -> None:
    """Register a pass (plugins call this)."""
    PASSES[argument] = target


def lookup_pass(argument: str) -> Any:
    """The pass class registered as `argument`, or None."""
    target = PASSES.get(argument)
    if target is None:
        return None
    module, _, cls = target.partition(":")
    return getattr(importlib.import_module(module), cls)
