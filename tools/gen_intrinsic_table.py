"""Record LLVM 22's intrinsic declaration attributes from upstream mlir-translate.

Builds one function calling every `llvm.intr.*` op pymlir-opt registers (with simple
operand types), translates it with upstream's mlir-translate, and writes the function
and parameter attributes of each `declare` into mliropt/target/llvmir/intrinsic_table.py.
Run: python3 tools/gen_intrinsic_table.py [/usr/lib/llvm-22/bin/mlir-translate]
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

F, I, P, V4F, V4I = "f32", "i32", "!llvm.ptr", "vector<4xf32>", "vector<4xi32>"
BOOL_F = "false"
# Ops upstream 22 does not translate (or that need a token operand).
UNTRANSLATED = {"llvm.intr.canonicalize"}


def signature(op: type) -> tuple[list[str], str | None, str]:
    """(operand types, result type, properties text) for a generic-form call."""
    bases = [b.__name__ for b in op.__mro__]
    name = op.name
    if "_UnaryFloatIntrOp" in bases:
        return [F], F, ""
    if "_BinaryFloatIntrOp" in bases:
        return [F, F], F, ""
    if "_TernaryFloatIntrOp" in bases:
        return [F, F, F], F, ""
    if "_UnaryIntIntrOp" in bases:
        return [I], I, ""
    if "_BinaryIntIntrOp" in bases:
        return [I, I], I, ""
    if "_TernaryIntIntrOp" in bases:
        return [I, I, I], I, ""
    if "_CmpIntrOp" in bases:
        return [I, I], "i8", ""
    if "_FloatToIntIntrOp" in bases:
        return [F], "i64", ""
    if "_WithOverflowIntrOp" in bases:
        return [I, I], "!llvm.struct<(i32, i1)>", ""
    if "_IntReduceOp" in bases:
        return [V4I], I, ""
    if "_FloatReduceOp" in bases:
        return [V4F], F, ""
    if "_FloatAccumulateOp" in bases:
        return [F, V4F], F, ""
    table = {
        "llvm.intr.ctlz": ([I], I, f"is_zero_poison = {BOOL_F}"),
        "llvm.intr.cttz": ([I], I, f"is_zero_poison = {BOOL_F}"),
        "llvm.intr.abs": ([I], I, f"is_int_min_poison = {BOOL_F}"),
        "llvm.intr.powi": ([F, I], F, ""),
        "llvm.intr.ldexp": ([F, I], F, ""),
        "llvm.intr.frexp": ([F], "!llvm.struct<(f32, i32)>", ""),
        "llvm.intr.canonicalize": ([F], F, ""),
        "llvm.intr.is.fpclass": ([F], "i1", "bit = 3 : i32"),
        "llvm.intr.memcpy": ([P, P, I], None, f"isVolatile = {BOOL_F}"),
        "llvm.intr.memmove": ([P, P, I], None, f"isVolatile = {BOOL_F}"),
        "llvm.intr.memset": ([P, "i8", I], None, f"isVolatile = {BOOL_F}"),
        "llvm.intr.memcpy.inline": ([P, P], None, f"isVolatile = {BOOL_F}, len = 4 : i32"),
        "llvm.intr.memset.inline": ([P, "i8"], None, f"isVolatile = {BOOL_F}, len = 4 : i32"),
        "llvm.intr.assume": (["i1"], None, "op_bundle_sizes = array<i32>"),
        "llvm.intr.expect": ([I, I], I, ""),
        "llvm.intr.expect.with.probability": ([I, I], I, "prob = 5.000000e-01 : f64"),
        "llvm.intr.trap": ([], None, ""),
        "llvm.intr.debugtrap": ([], None, ""),
        "llvm.intr.ubsantrap": ([], None, "failureKind = 1 : i8"),
        "llvm.intr.stacksave": ([], P, ""),
        "llvm.intr.stackrestore": ([P], None, ""),
        "llvm.intr.lifetime.start": ([P], None, ""),
        "llvm.intr.lifetime.end": ([P], None, ""),
        "llvm.intr.invariant.start": ([P], P, "size = 4 : i64"),
        "llvm.intr.invariant.end": (["start", P], None, "size = 4 : i64"),
        "llvm.intr.ptrmask": ([P, "i64"], P, ""),
        "llvm.intr.threadlocal.address": ([P], P, ""),
        "llvm.intr.is.constant": ([I], "i1", ""),
        "llvm.intr.vscale": ([], "i64", ""),
        "llvm.intr.prefetch": ([P], None, "cache = 1 : i32, hint = 3 : i32, rw = 0 : i32"),
        "llvm.intr.get.active.lane.mask": (["i64", "i64"], "vector<4xi1>", ""),
        "llvm.intr.vastart": ([P], None, ""),
        "llvm.intr.vaend": ([P], None, ""),
        "llvm.intr.vacopy": ([P, P], None, ""),
    }
    return table[name]


_TYPE = re.compile(r"<[^>]*>|\{[^}]*\}|\[[^\]]*\]|[\w.]+")


def _split_params(text: str) -> list[str]:
    """Split a parameter list at top-level commas."""
    out, depth, cur = [], 0, ""
    for ch in text:
        if ch in "<{[(":
            depth += 1
        elif ch in ">}])":
            depth -= 1
        if ch == "," and depth == 0:
            out.append(cur.strip())
            cur = ""
            continue
        cur += ch
    if cur.strip():
        out.append(cur.strip())
    return out


def _split_last_type(head: str) -> str:
    """The return type at the end of `declare`'s prefix (`range(i8 -1, 2) i8` -> `i8`)."""
    for m in reversed(list(_TYPE.finditer(head))):
        if m.end() == len(head):
            return m.group(0)
    return head


def probe_module() -> tuple[str, dict[str, str]]:
    """The MLIR text calling every intrinsic op once, and LLVM name -> op name."""
    from mliropt.dialects.llvm import LLVMDialect
    from mliropt.dialects.llvm.intrinsics_math import IntrOp
    from mliropt.target.llvmir.intrinsics import LLVM_NAMES

    lines = ["llvm.mlir.global external thread_local @tl() : i32",
             "llvm.func @f(%f: f32, %i: i32, %p: !llvm.ptr, %b: i1, %l: i64, %c: i8,"
             " %vf: vector<4xf32>, %vi: vector<4xi32>, ...) {",
             "  %one = llvm.mlir.constant(1 : i32) : i32",
             "  %a = llvm.alloca %one x i32 : (i32) -> !llvm.ptr",
             "  %g = llvm.mlir.addressof @tl : !llvm.ptr"]
    args = {F: "%f", I: "%i", P: "%p", "i1": "%b", "i64": "%l", "i8": "%c", V4F: "%vf",
            V4I: "%vi"}
    names = {}
    n = 0
    start = ""
    for op in LLVMDialect.ops:
        if not issubclass(op, IntrOp) or op.name in UNTRANSLATED:
            continue
        ins, res, props = signature(op)
        n += 1
        lhs = f"%r{n} = " if res else ""
        p = f" <{{{props}}}>" if props else ""
        ops = ", ".join(args.get(t, "") for t in ins)
        if op.name == "llvm.intr.invariant.end":  # takes invariant.start's result
            ops, ins = f"{start}, %p", [P, P]
        if "lifetime" in op.name:
            ops = "%a"
        elif "threadlocal" in op.name:
            ops = "%g"
        lines.append(f'  {lhs}"{op.name}"({ops}){p} : ({", ".join(ins)}) -> {res or "()"}')
        if op.name == "llvm.intr.invariant.start":
            start = f"%r{n}"
        names[LLVM_NAMES.get(op.llvm_instruction, op.llvm_instruction)] = op.name
    lines += ["  llvm.return", "}"]
    return "\n".join(lines) + "\n", names


def main() -> None:
    """Write the table."""
    translate = sys.argv[1] if len(sys.argv) > 1 else "/usr/lib/llvm-22/bin/mlir-translate"
    text, names = probe_module()
    res = subprocess.run([translate, "--mlir-to-llvmir"], input=text,
                         capture_output=True, text=True)
    if res.returncode:
        sys.exit(res.stderr)
    out = res.stdout
    groups = dict(re.findall(r"^attributes #(\d+) = \{ (.*) \}$", out, re.M))
    table = {}
    for m in re.finditer(r"^declare (.*?) @(llvm\.[\w.]+)\((.*)\)(?: #(\d+))?$", out, re.M):
        head, full, params, group = m.groups()
        cands = [k for k in names if full == k or full.startswith(k + ".")]
        if not cands:
            print("unmatched declaration:", full)
            continue
        base = max(cands, key=len)
        pattrs = {}
        for i, prm in enumerate(_split_params(params)):
            typ = _TYPE.match(prm).group(0)
            rest = prm[len(typ):].strip()
            if rest:
                pattrs[i] = rest
        ret_type = _split_last_type(head)
        ret_attrs = head[: len(head) - len(ret_type)].strip().replace(ret_type, "{res}")
        table[base] = (groups.get(group, ""), pattrs, ret_attrs)
    path = Path(__file__).resolve().parent.parent / "mliropt/target/llvmir/intrinsic_table.py"
    body = ['"""Declaration attributes of LLVM 22\'s intrinsics (function attributes, parameter',
            "attributes by argument index, result attributes with `{res}` for the result",
            "type), recorded from upstream mlir-translate's output by",
            '`tools/gen_intrinsic_table.py` (do not edit by hand)."""', "",
            "# ruff: noqa: E501", "",
            "INTRINSIC_ATTRS: dict[str, tuple[str, dict[int, str], str]] = {"]
    for k in sorted(table):
        fa, pa, ra = table[k]
        body.append(f"    {k!r}: (")
        body.append(f"        {fa!r},")
        body.append(f"        {pa!r},")
        body.append(f"        {ra!r},")
        body.append("    ),")
    body.append("}")
    path.write_text("\n".join(body) + "\n")
    print(f"{len(table)} intrinsics of {len(names)} ops")


if __name__ == "__main__":
    main()
