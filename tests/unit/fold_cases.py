"""Helpers for folder tests: build an op through the parser, call its folder, and (when
upstream mlir-opt is installed) compare with what upstream's `--canonicalize` makes of
the same function.

A case is `(signature, body, expected)`: `body` is MLIR whose last op is the op under
test; a multi-result op is written `%r:2 = ...`. `expected` lists, per result, the folded
attribute as printed (`7 : i32`), a block argument (`%arg0`), or is None when the op
must not fold.
"""

from __future__ import annotations

import re
import subprocess
from typing import Any

from differential import UPSTREAM

Case = tuple[str, str, "list[str] | None"]


def _function(name: str, sig: str, body: str, result_types: list[str] | None) -> str:
    if result_types is None:
        return f"func.func @{name}({sig}) {{\n{body}\n  return\n}}\n"
    ret = ", ".join(result_types)
    names = ", ".join(f"%r#{i}" for i in range(len(result_types)))
    if len(result_types) == 1:
        names = "%r"
    return f"func.func @{name}({sig}) -> ({ret}) {{\n{body}\n  return {names} : {ret}\n}}\n"


def op_under_test(sig: str, body: str) -> Any:
    """The last op of the function `func.func @f(sig) { body }`, parsed and verified."""
    from mliropt.ir.context import Context
    from mliropt.ir.verifier import verify
    from mliropt.syntax.parser import parse_source

    module = parse_source(Context(), _function("f", sig, body, None), "case.mlir")
    errors = verify(module)
    assert not errors, errors[0].message
    func: Any = module.regions[0].blocks[0].first
    last: Any = func.regions[0].blocks[0].last
    return last.prev


def describe(value: Any) -> str:
    """A fold result as the tests spell it: an attribute's text or `%argN`."""
    from mliropt.ir.operation import BlockArgument

    if isinstance(value, BlockArgument):
        return f"%arg{value.index}"
    if hasattr(value, "uses"):
        from mliropt.rewrite.folding import constant_value

        attr = constant_value(value.owner)
        return str(attr) if attr is not None else f"<result of {value.owner.name}>"
    return str(value)


def fold_case(sig: str, body: str) -> list[str] | None:
    """Our folder's answer for the case: one description per result, or None."""
    from mliropt.rewrite.folding import fold

    op = op_under_test(sig, body)
    results = fold(op)
    if results is None or results == []:
        return None
    return [describe(v) for v in results]


def upstream_canonicalized(cases: list[Case]) -> list[list[str] | None]:
    """What upstream's canonicalize returns for each case: per result a constant's
    attribute text or `%argN`; None when the op under test is still there."""
    texts, counts = [], []
    for i, (sig, body, _) in enumerate(cases):
        op = op_under_test(sig, body)
        types = [str(r.type) for r in op.results]
        counts.append(op.name)
        texts.append(_function(f"case{i}", sig, body, types))
    out = subprocess.run(
        [UPSTREAM, "--canonicalize", "-"],
        input="".join(texts),
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    answers: list[list[str] | None] = []
    for i, chunk in enumerate(re.split(r"\n  func\.func @case\d+", out)[1:]):
        defs = dict(re.findall(r"^\s*(%[\w\-]+) = arith\.constant (.*)$", chunk, re.M))
        # A poison result is `ub.poison` (the folded attribute is `#ub.poison`).
        defs.update(
            (v, "#ub.poison") for v in re.findall(r"^\s*(%[\w\-]+) = ub\.poison", chunk, re.M)
        )
        ret = re.search(r"^\s*return (.*?) :", chunk, re.M)
        values = [v.strip() for v in ret.group(1).split(",")] if ret else []
        if f" {counts[i]} " in chunk or not values:
            answers.append(None)
            continue
        answers.append([defs.get(v, v) for v in values])
    return answers
