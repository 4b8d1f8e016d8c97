"""`--list-passes`: every registered pass with its options, in upstream's layout."""

from __future__ import annotations

import sys

from mliropt.passes.registry import PASSES, lookup_pass

_WIDTH = 58  # column of the `-` before a description


def _type_name(f: object) -> str:
    """LLVM's value name for an option: `<value>` for an enumerated one, else its type
    (`int` is LLVM's int, `long` int64_t, `uint` unsigned)."""
    if getattr(f, "metadata", {}).get("choices"):
        return "value"
    t = getattr(f, "type", "")
    t = t if isinstance(t, str) else getattr(t, "__name__", str(t))
    if t.startswith("list"):
        inner = t[t.find("[") + 1 : t.rfind("]")] if "[" in t else "str"
        # `pass_manager`: a list of pipelines (the inliner's op-pipelines).
        kinds = {"int": "int", "long": "long", "uint": "uint", "pass_manager": "pass-manager"}
        return kinds.get(inner, "string")
    return {"str": "string", "float": "number"}.get(t, t)


def list_passes() -> str:
    """The text of `--list-passes`."""
    lines = ["Passes:"]
    for name in sorted(PASSES):
        try:
            cls = lookup_pass(name)
        except (ImportError, AttributeError) as e:
            # A broken registry entry (or plugin) must not hide the other passes.
            sys.stderr.write(f"warning: cannot load pass '{name}' from {PASSES[name]}: {e}\n")
            continue
        if cls is None:
            continue
        lines.append(f"  --{name}".ljust(_WIDTH) + "-   " + cls.summary())
        for opt, f in cls.options():
            flag = f"    --{opt}" + ("" if _type_name(f) == "bool" else f"=<{_type_name(f)}>")
            lines.append(flag.ljust(_WIDTH) + "- " + f.metadata.get("help", ""))
            choices = f.metadata.get("choices")
            for value, desc in choices or ():
                lines.append(f"    ={value}".ljust(_WIDTH - 2) + "-   " + desc)
    return "\n".join(lines) + "\n"
