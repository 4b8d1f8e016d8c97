"""An example pymlir-opt plugin: the `demo` dialect and the `demo-expand` pass.

Installed, it is found through its entry points (see ../pyproject.toml). Named on the
command line, `--load-dialect-plugin=pymlir_opt_demo` and
`--load-pass-plugin=pymlir_opt_demo` call the two hooks below.
"""

from __future__ import annotations

from typing import Any


def register_dialects(add: Any) -> None:
    """`--load-dialect-plugin` hook: `add(name, "module:Class" or class)`."""
    add("demo", "pymlir_opt_demo.dialect:DemoDialect")


def register_passes(add: Any) -> None:
    """`--load-pass-plugin` hook: `add(argument, "module:Class" or class)`."""
    from pymlir_opt_demo.passes import DemoExpandPass

    add("demo-expand", DemoExpandPass)
