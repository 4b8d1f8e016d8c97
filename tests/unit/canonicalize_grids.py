"""Generated inputs for canonicalize differential tests: every constant pair of a set of
edge values through every binary op, every cast of edge values, and float comparisons of
converted integers. One function per (op, type), returning each result."""

from __future__ import annotations

from itertools import product


def _func(name: str, lines: list[str], results: list[tuple[str, str]], args: str = "") -> str:
    names = ", ".join(r for r, _ in results)
    types = ", ".join(t for _, t in results)
    body = "\n".join("  " + line for line in lines)
    return f"func.func @{name}({args}) -> ({types}) {{\n{body}\n  return {names} : {types}\n}}\n"


INT_OPS = [
    "addi",
    "subi",
    "muli",
    "divui",
    "divsi",
    "ceildivui",
    "ceildivsi",
    "floordivsi",
    "remui",
    "remsi",
    "andi",
    "ori",
    "xori",
    "shli",
    "shrui",
    "shrsi",
    "maxsi",
    "maxui",
    "minsi",
    "minui",
]


def _int_values(width: int) -> list[str]:
    """Edge values of a `width`-bit integer, as literals."""
    if width == 1:
        return ["0", "-1"]
    values = {0, 1, -1, 2, 3, -7, 7, width - 1, width, -(1 << (width - 1)), (1 << (width - 1)) - 1}
    return [str(v) for v in sorted(values)]


def int_binary_grid() -> str:
    """Every integer binary op on every pair of edge constants, per width."""
    out = []
    for op, (t, w) in product(INT_OPS, (("i1", 1), ("i8", 8), ("i64", 64), ("index", 64))):
        values = _int_values(w)
        lines = [f"%k{i} = arith.constant {v} : {t}" for i, v in enumerate(values)]
        results = []
        for (i, _), (j, _) in product(enumerate(values), repeat=2):
            lines.append(f"%r{i}_{j} = arith.{op} %k{i}, %k{j} : {t}")
            results.append((f"%r{i}_{j}", t))
        out.append(_func(f"{op}_{t}", lines, results))
    return "".join(out)


FLOAT_OPS = ["addf", "subf", "mulf", "divf", "remf", "maximumf", "minimumf", "maxnumf", "minnumf"]
# The formats without NaN (f4E2M1FN, f6E*) are left out: upstream folds a NaN (or an
# infinity converted) into them as a NaN-category value (printed
# `0x0`), which a bit pattern cannot represent.
FLOAT_TYPES = ("f16", "bf16", "f32", "f64", "f8E4M3FN", "f8E5M2", "f8E4M3FNUZ", "f8E4M3")
_SPECIAL = {
    "f16": ["0x7C00", "0xFC00", "0x7E00", "0x7BFF", "0x0001"],
    "bf16": ["0x7F80", "0xFF80", "0x7FC0", "0x7F7F", "0x0001"],
    "f32": ["0x7F800000", "0xFF800000", "0x7FC00000", "0x7F7FFFFF", "0x00000001"],
    "f64": [
        "0x7FF0000000000000",
        "0xFFF0000000000000",
        "0x7FF8000000000000",
        "0x7FEFFFFFFFFFFFFF",
        "0x0000000000000001",
    ],
    "f8E4M3FN": ["0x7F", "0x7E", "0x01"],
    "f8E5M2": ["0x7C", "0xFC", "0x7E", "0x01"],
    "f8E4M3FNUZ": ["0x80", "0x7F", "0x01"],
    "f8E4M3": ["0x78", "0xF8", "0x7C", "0x01"],
}


def float_binary_grid() -> str:
    """Every float binary op on every pair of edge constants, per float type."""
    out = []
    for op, t in product(FLOAT_OPS, FLOAT_TYPES):
        values = ["0.0", "-0.0", "1.0", "-1.5", "3.0"] + _SPECIAL[t]
        lines = [f"%k{i} = arith.constant {v} : {t}" for i, v in enumerate(values)]
        results = []
        for i, j in product(range(len(values)), repeat=2):
            lines.append(f"%r{i}_{j} = arith.{op} %k{i}, %k{j} : {t}")
            results.append((f"%r{i}_{j}", t))
        out.append(_func(f"{op}_{t}", lines, results))
    return "".join(out)


def cast_grid() -> str:
    """Integer and float casts of edge constants between several types."""
    out = []
    ints = (("i1", 1), ("i8", 8), ("i32", 32), ("i64", 64))
    for (src, sw), (dst, dw) in product(ints, repeat=2):
        ops = ["extsi", "extui"] if dw > sw else ["trunci"] if dw < sw else []
        for op in ops:
            values = _int_values(sw)
            lines = [f"%k{i} = arith.constant {v} : {src}" for i, v in enumerate(values)]
            lines += [f"%r{i} = arith.{op} %k{i} : {src} to {dst}" for i in range(len(values))]
            out.append(
                _func(f"{op}_{src}_{dst}", lines, [(f"%r{i}", dst) for i in range(len(values))])
            )
    for (src, sw), dst in product(ints, FLOAT_TYPES):
        for op in ("sitofp", "uitofp"):
            values = _int_values(sw)
            lines = [f"%k{i} = arith.constant {v} : {src}" for i, v in enumerate(values)]
            lines += [f"%r{i} = arith.{op} %k{i} : {src} to {dst}" for i in range(len(values))]
            out.append(
                _func(f"{op}_{src}_{dst}", lines, [(f"%r{i}", dst) for i in range(len(values))])
            )
    for src, (dst, _) in product(FLOAT_TYPES, ints):
        for op in ("fptosi", "fptoui"):
            values = ["0.0", "-0.0", "1.0", "-1.5", "3.0", "2.5", "-2.5"] + _SPECIAL[src]
            lines = [f"%k{i} = arith.constant {v} : {src}" for i, v in enumerate(values)]
            lines += [f"%r{i} = arith.{op} %k{i} : {src} to {dst}" for i in range(len(values))]
            out.append(
                _func(f"{op}_{src}_{dst}", lines, [(f"%r{i}", dst) for i in range(len(values))])
            )
    widths = {
        "f16": 16,
        "bf16": 16,
        "f32": 32,
        "f64": 64,
        "f8E4M3FN": 8,
        "f8E5M2": 8,
        "f8E4M3FNUZ": 8,
        "f8E4M3": 8,
    }
    for src, dst in product(FLOAT_TYPES, repeat=2):
        if src == dst:
            continue
        op = "extf" if widths[dst] > widths[src] else "truncf" if widths[dst] < widths[src] else ""
        if not op:
            continue
        values = ["0.0", "-0.0", "1.0", "-1.5", "3.0", "0.1", "448.0"] + _SPECIAL[src]
        lines = [f"%k{i} = arith.constant {v} : {src}" for i, v in enumerate(values)]
        lines += [f"%r{i} = arith.{op} %k{i} : {src} to {dst}" for i in range(len(values))]
        out.append(_func(f"{op}_{src}_{dst}", lines, [(f"%r{i}", dst) for i in range(len(values))]))
    return "".join(out)


CMPF_PREDICATES = [
    "oeq",
    "ogt",
    "oge",
    "olt",
    "ole",
    "one",
    "ord",
    "ueq",
    "ugt",
    "uge",
    "ult",
    "ule",
    "une",
    "uno",
]


def cmpf_of_int_grid() -> str:
    """cmpf of sitofp/uitofp of an argument with edge constants, every predicate."""
    out = []
    consts = [
        ("3.5", "f32"),
        ("-3.5", "f32"),
        ("-0.0", "f32"),
        ("127.0", "f32"),
        ("128.0", "f32"),
        ("-129.0", "f32"),
        ("255.0", "f32"),
        ("0x7F800000", "f32"),
        ("0xFF800000", "f32"),
        ("1.0e+10", "f32"),
        ("2147483648.0", "f32"),
        ("16777217.0", "f64"),
        ("60000.0", "f16"),
        ("0x7C00", "f16"),
        ("100.5", "bf16"),
    ]
    for conv, it, (i, (c, ft)) in product(
        ("sitofp", "uitofp"), ("i1", "i8", "i32", "i64"), enumerate(consts)
    ):
        lines = [f"%f = arith.{conv} %x : {it} to {ft}", f"%c = arith.constant {c} : {ft}"]
        lines += [f"%r{p} = arith.cmpf {p}, %f, %c : {ft}" for p in CMPF_PREDICATES]
        out.append(
            _func(
                f"{conv}_{it}_{i}",
                lines,
                [(f"%r{p}", "i1") for p in CMPF_PREDICATES],
                args=f"%x: {it}",
            )
        )
    return "".join(out)


MATH_FLOAT_UNARY = [
    "absf",
    "acos",
    "acosh",
    "asin",
    "asinh",
    "atan",
    "atanh",
    "cbrt",
    "ceil",
    "cos",
    "cosh",
    "erf",
    "erfc",
    "exp",
    "exp2",
    "expm1",
    "floor",
    "log",
    "log10",
    "log1p",
    "log2",
    "round",
    "roundeven",
    "rsqrt",
    "sin",
    "sinh",
    "sqrt",
    "tan",
    "tanh",
    "trunc",
]
MATH_CLASSIFY = ["isfinite", "isinf", "isnan", "isnormal"]
MATH_INT_UNARY = ["absi", "ctlz", "cttz", "ctpop"]


def math_grid() -> str:
    """Every math op on edge constants: float ops per float type, integer ops per width,
    and the binary ones on every pair."""
    out = []
    for op, t in product(MATH_FLOAT_UNARY + MATH_CLASSIFY, FLOAT_TYPES):
        values = ["0.0", "-0.0", "0.5", "-0.5", "1.0", "2.5", "-3.0", "100.0"] + _SPECIAL[t]
        rt = "i1" if op in MATH_CLASSIFY else t
        lines = [f"%k{i} = arith.constant {v} : {t}" for i, v in enumerate(values)]
        lines += [f"%r{i} = math.{op} %k{i} : {t}" for i in range(len(values))]
        out.append(_func(f"{op}_{t}", lines, [(f"%r{i}", rt) for i in range(len(values))]))
    for op, t in product(("atan2", "copysign", "powf"), FLOAT_TYPES):
        values = ["0.0", "-0.0", "0.5", "-2.0", "3.0"] + _SPECIAL[t]
        lines = [f"%k{i} = arith.constant {v} : {t}" for i, v in enumerate(values)]
        results = []
        for i, j in product(range(len(values)), repeat=2):
            lines.append(f"%r{i}_{j} = math.{op} %k{i}, %k{j} : {t}")
            results.append((f"%r{i}_{j}", t))
        out.append(_func(f"{op}_{t}", lines, results))
    for op, (t, w) in product(MATH_INT_UNARY, (("i1", 1), ("i8", 8), ("i64", 64))):
        values = _int_values(w)
        lines = [f"%k{i} = arith.constant {v} : {t}" for i, v in enumerate(values)]
        lines += [f"%r{i} = math.{op} %k{i} : {t}" for i in range(len(values))]
        out.append(_func(f"{op}_{t}", lines, [(f"%r{i}", t) for i in range(len(values))]))
    for t, w in (("i8", 8), ("i32", 32)):
        values = _int_values(w)
        lines = [f"%k{i} = arith.constant {v} : {t}" for i, v in enumerate(values)]
        results = []
        for i, j in product(range(len(values)), repeat=2):
            lines.append(f"%r{i}_{j} = math.ipowi %k{i}, %k{j} : {t}")
            results.append((f"%r{i}_{j}", t))
        out.append(_func(f"ipowi_{t}", lines, results))
    return "".join(out)


def _poison_pairs(ops: list[str], dialect: str, t: str) -> list[str]:
    """Each binary op with a poison on either side or both, the other side an argument or
    a constant (one function per op)."""
    out = []
    for op in ops:
        lines = [f"%p = ub.poison : {t}", f"%k = arith.constant 3 : {t}"]
        if t.startswith("f"):
            lines[1] = f"%k = arith.constant 3.0 : {t}"
        pairs = [("%p", "%x"), ("%x", "%p"), ("%p", "%k"), ("%k", "%p"), ("%p", "%p")]
        lines += [f"%r{i} = {dialect}.{op} {a}, {b} : {t}" for i, (a, b) in enumerate(pairs)]
        results = [(f"%r{i}", t) for i in range(len(pairs))]
        out.append(_func(f"{op}_poison", lines, results, f"%x: {t}"))
    return out


def arith_poison_grid() -> str:
    """Every arith binary op, cast, select and comparison with poison operands
    (addui_extended is left out: upstream crashes on a poison operand)."""
    out = _poison_pairs(INT_OPS, "arith", "i32") + _poison_pairs(FLOAT_OPS, "arith", "f32")
    casts = [
        ("extsi", "i8", "i32"), ("extui", "i8", "i32"), ("trunci", "i32", "i8"),
        ("extf", "f16", "f32"), ("truncf", "f32", "f16"), ("sitofp", "i32", "f32"),
        ("uitofp", "i32", "f32"), ("fptosi", "f32", "i32"), ("fptoui", "f32", "i32"),
        ("index_cast", "i32", "index"), ("index_castui", "index", "i32"),
        ("bitcast", "i32", "f32"), ("bitcast", "vector<2xf32>", "vector<2xi32>"),
    ]  # fmt: skip
    lines, results = [], []
    for i, (op, src, dst) in enumerate(casts):
        lines += [f"%p{i} = ub.poison : {src}", f"%r{i} = arith.{op} %p{i} : {src} to {dst}"]
        results.append((f"%r{i}", dst))
    lines += [
        "%pi = ub.poison : i32",
        "%pf = ub.poison : f32",
        "%pc = ub.poison : i1",
        "%neg = arith.negf %pf : f32",
        "%s0 = arith.select %c, %pi, %x : i32",
        "%s1 = arith.select %c, %x, %pi : i32",
        "%s2 = arith.select %pc, %x, %x : i32",
        "%cmp = arith.cmpi slt, %pi, %x : i32",
        "%cmpf = arith.cmpf olt, %f, %pf : f32",
        "%lo, %hi = arith.mulsi_extended %x, %pi : i32",
    ]
    results += [("%neg", "f32"), ("%s0", "i32"), ("%s1", "i32"), ("%s2", "i32")]
    results += [("%cmp", "i1"), ("%cmpf", "i1"), ("%lo", "i32"), ("%hi", "i32")]
    out.append(_func("unary_poison", lines, results, "%x: i32, %f: f32, %c: i1"))
    return "".join(out)


def math_poison_grid() -> str:
    """Every math op with poison operands."""
    out = _poison_pairs(["atan2", "copysign", "powf"], "math", "f32")
    out += _poison_pairs(["ipowi"], "math", "i32")
    lines, results = ["%pf = ub.poison : f32", "%pi = ub.poison : i32"], []
    for op in MATH_FLOAT_UNARY + MATH_CLASSIFY:
        lines.append(f"%{op} = math.{op} %pf : f32")
        results.append((f"%{op}", "i1" if op in MATH_CLASSIFY else "f32"))
    for op in MATH_INT_UNARY:
        lines.append(f"%{op} = math.{op} %pi : i32")
        results.append((f"%{op}", "i32"))
    out.append(_func("unary_poison", lines, results))
    return "".join(out)


def overflow_flags_grid() -> str:
    """Each two-op integer pattern (constant chains, subi of subi) with every pair of
    overflow flags on the inner and outer op: which flags the new op keeps."""
    shapes = [
        ("addi", "%x, %c0", "addi", "%i, %c1"),
        ("subi", "%x, %c0", "addi", "%i, %c1"),
        ("subi", "%c0, %x", "addi", "%i, %c1"),
        ("addi", "%x, %c0", "subi", "%i, %c1"),
        ("addi", "%x, %c0", "subi", "%c1, %i"),
        ("subi", "%x, %c0", "subi", "%i, %c1"),
        ("subi", "%c0, %x", "subi", "%i, %c1"),
        ("subi", "%x, %c0", "subi", "%c1, %i"),
        ("subi", "%c0, %x", "subi", "%c1, %i"),
        ("muli", "%x, %c0", "muli", "%i, %c1"),
        ("subi", "%x, %y", "subi", "%i, %x"),
        ("muli", "%y, %m", "addi", "%x, %i"),
    ]
    flags = ["", " overflow<nsw>", " overflow<nuw>", " overflow<nsw, nuw>"]
    out = []
    for n, (inner, iargs, outer, oargs) in enumerate(shapes):
        for (a, fa), (b, fb) in product(enumerate(flags), repeat=2):
            lines = [
                "%c0 = arith.constant 17 : i32",
                "%c1 = arith.constant 42 : i32",
                "%m = arith.constant -1 : i32",
                f"%i = arith.{inner} {iargs}{fa} : i32",
                f"%r = arith.{outer} {oargs}{fb} : i32",
            ]
            out.append(
                _func(f"{inner}_{outer}_{n}_{a}{b}", lines, [("%r", "i32")], "%x: i32, %y: i32")
            )
    return "".join(out)


ARITH_GRIDS = {
    "int_binary": int_binary_grid,
    "float_binary": float_binary_grid,
    "casts": cast_grid,
    "cmpf_of_int": cmpf_of_int_grid,
    "poison": arith_poison_grid,
    "overflow_flags": overflow_flags_grid,
}
MATH_GRIDS = {"math": math_grid, "poison": math_poison_grid}
