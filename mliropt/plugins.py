"""Third-party dialects and passes: Python entry points, or modules named on the command line.

A package adds dialects and passes with entry points (in its `pyproject.toml`):

    [project.entry-points."pymlir_opt.dialects"]
    demo = "pymlir_opt_demo.dialect:DemoDialect"     # the dialect's name = module:Class

    [project.entry-points."pymlir_opt.passes"]
    demo-expand = "pymlir_opt_demo.passes:DemoExpandPass"   # the pass argument = module:Class

Entry points are read only when a dialect or pass name is not one of the built-in ones
(importlib.metadata alone costs ~50 ms to import), at most once per process and group.

`--load-dialect-plugin=M` and `--load-pass-plugin=M` import the module M (a module name,
or the path of a `.py` file: a package's `__init__.py` is imported as that package, its
parent directory put on sys.path; another file gets its own directory on sys.path) and
call its hook, `register_dialects(add)` or
`register_passes(add)`, where `add(name, target)` registers a dialect (or a pass) under
`name`; `target` is `"module:Class"` or the class itself. Like upstream, a plugin that
cannot be loaded is reported and the request ignored.
"""

from __future__ import annotations

import importlib
import os
from typing import Any

DIALECT_GROUP = "pymlir_opt.dialects"
PASS_GROUP = "pymlir_opt.passes"

# group -> {name: "module:Class"}, read on first need.
_ENTRY_POINTS: dict[str, dict[str, str]] = {}


def entry_points(group: str) -> dict[str, str]:
    """The entry points of `group` in the installed distributions, by name."""
    found = _ENTRY_POINTS.get(group)
    if found is None:
        from importlib.metadata import entry_points as installed

        found = {ep.name: ep.value for ep in installed(group=group)}
        _ENTRY_POINTS[group] = found
    return found


def _target(target: Any) -> str:
    """`module:Class` of a class, or the string given."""
    if isinstance(target, str):
        return target
    return f"{target.__module__}:{target.__qualname__}"


def register_dialect(name: str, target: Any) -> None:
    """Register the dialect `name` (a `module:Class` string or a Dialect subclass)."""
    from mliropt.dialects.registry import DIALECTS

    DIALECTS[name] = _target(target)


def register_pass(argument: str, target: Any) -> None:
    """Register the pass `argument` (a `module:Class` string or a Pass subclass)."""
    from mliropt.passes.registry import register_pass as add

    add(argument, _target(target))


def find_dialect(name: str) -> str | None:
    """The entry point providing dialect `name` (then registered), or None."""
    target = entry_points(DIALECT_GROUP).get(name)
    if target is not None:
        register_dialect(name, target)
    return target


def find_pass(argument: str) -> str | None:
    """The entry point providing pass `argument` (then registered), or None."""
    target = entry_points(PASS_GROUP).get(argument)
    if target is not None:
        register_pass(argument, target)
    return target


def register_all_entry_points() -> None:
    """Register every entry-point dialect and pass (for listings of all of them)."""
    from mliropt.dialects.registry import DIALECTS
    from mliropt.passes.registry import PASSES

    for name, target in entry_points(DIALECT_GROUP).items():
        DIALECTS.setdefault(name, target)
    for name, target in entry_points(PASS_GROUP).items():
        PASSES.setdefault(name, target)


# kind -> (hook name, registration function, upstream's message on failure)
_PLUGIN_KINDS = {
    "dialect": (
        "register_dialects",
        register_dialect,
        "Failed to load dialect plugin from '{}'. Request ignored.",
    ),
    "pass": ("register_passes", register_pass, "Failed to load passes from '{}'. Request ignored."),
}


def _import(spec: str) -> Any:
    """The module named `spec`, or loaded from the `.py` file at that path."""
    if not spec.endswith(".py"):
        return importlib.import_module(spec)
    import sys
    from importlib import util

    if not os.path.isfile(spec):
        raise ModuleNotFoundError(f"no file '{spec}'", name=spec)
    directory = os.path.dirname(os.path.abspath(spec))
    if os.path.basename(spec) == "__init__.py":
        # A package is imported under its own name, its parent directory on sys.path, so
        # that the `module:Class` targets its hooks register resolve.
        root, package = os.path.split(directory)
        if root not in sys.path:
            sys.path.insert(0, root)
        return importlib.import_module(package)
    # A lone file's sibling modules can be imported by it.
    if directory not in sys.path:
        sys.path.insert(0, directory)
    name = "_pymlir_opt_plugin_" + os.path.splitext(os.path.basename(spec))[0]
    loader_spec = util.spec_from_file_location(name, spec)
    if loader_spec is None or loader_spec.loader is None:
        raise ImportError(f"cannot load '{spec}'")
    module = util.module_from_spec(loader_spec)
    sys.modules[name] = module
    loader_spec.loader.exec_module(module)
    return module


def load_plugin(spec: str, kind: str) -> str | None:
    """Load a `--load-dialect-plugin` (kind "dialect") or `--load-pass-plugin` ("pass")
    module and run its hook; returns None, or the message to print when it failed."""
    hook_name, add, failure = _PLUGIN_KINDS[kind]
    try:
        module = _import(spec)
        hook = getattr(module, hook_name, None)
        if hook is None:
            return failure.format(spec) + f"\n'{spec}' defines no {hook_name}(add) hook"
        hook(add)
    except Exception as e:  # a broken plugin is reported, never a traceback
        if isinstance(e, ModuleNotFoundError) and e.name == spec:
            return failure.format(spec)
        return failure.format(spec) + f"\n{type(e).__name__}: {e}"
    return None
