"""Folders of the math dialect, bit-exact against upstream: each case builds the op
through the parser and calls its folder; the expected results are what upstream mlir-opt
22's canonicalize makes of the same function (checked again when upstream is installed).
Transcendental functions fold through the C library for f32/f64 only; rounding, absf and
copysign fold exactly on every float type; integer ops work at the type's width."""

from __future__ import annotations

import pytest
from differential import requires_upstream
from fold_cases import fold_case, upstream_canonicalized


def c(*lines: str) -> str:
    """Indented body lines."""
    return "\n".join("  " + line for line in lines)


def un(op: str, t: str, v: object, extra: str = "") -> tuple[str, str]:
    """A unary math op on a constant of type t."""
    return ("", c(f"%a = arith.constant {v} : {t}", f"%r = math.{op} %a{extra} : {t}"))


def bin_(op: str, t: str, a: object, b: object) -> tuple[str, str]:
    """A binary math op on two constants of type t."""
    return (
        "",
        c(
            f"%a = arith.constant {a} : {t}",
            f"%b = arith.constant {b} : {t}",
            f"%r = math.{op} %a, %b : {t}",
        ),
    )


def cls(op: str, t: str, v: str) -> tuple[str, str]:
    """A classification op on a constant."""
    return ("", c(f"%a = arith.constant {v} : {t}", f"%r = math.{op} %a : {t}"))


CASES = {
    # libm-backed folds: f32 uses the float function, f64 the double one, others do not fold
    **{
        f"{op}_f32": un(op, "f32", "0.5")
        for op in [
            "acos",
            "asin",
            "asinh",
            "atan",
            "atanh",
            "cbrt",
            "cos",
            "cosh",
            "erf",
            "erfc",
            "exp",
            "exp2",
            "expm1",
            "log",
            "log10",
            "log1p",
            "log2",
            "sin",
            "sinh",
            "sqrt",
            "tan",
            "tanh",
            "rsqrt",
        ]
    },
    **{
        f"{op}_f64": un(op, "f64", "0.7")
        for op in ["acos", "asin", "atan", "cos", "erf", "exp", "log", "sin", "sqrt", "tan", "tanh"]
    },
    "acosh_f64": un("acosh", "f64", "1.5"),
    "sqrt_f16_no_fold": un("sqrt", "f16", "4.0"),
    "sin_bf16_no_fold": un("sin", "bf16", "1.0"),
    "sqrt_negative": un("sqrt", "f32", "-1.0"),
    "sqrt_neg_zero": un("sqrt", "f64", "-0.0"),
    "log_zero": un("log", "f32", "0.0"),
    "log_negative": un("log", "f64", "-1.0"),
    "exp_overflow": un("exp", "f32", "100.0"),
    "exp_neg_inf": un("exp", "f64", "0xFFF0000000000000"),
    "sin_nan": un("sin", "f32", "0x7FC00000"),
    "sin_vector": (
        "",
        c(
            "%a = arith.constant dense<[0.0, 1.0]> : vector<2xf32>",
            "%r = math.sin %a : vector<2xf32>",
        ),
    ),
    "cos_splat": (
        "",
        c("%a = arith.constant dense<2.0> : tensor<4xf64>", "%r = math.cos %a : tensor<4xf64>"),
    ),
    "atan2_f32": bin_("atan2", "f32", "1.0", "-1.0"),
    "atan2_f64_zeros": bin_("atan2", "f64", "-0.0", "-0.0"),
    "powf_f32": bin_("powf", "f32", "2.0", "0.5"),
    "powf_f64": bin_("powf", "f64", "-8.0", "0.333"),
    "powf_zero_zero": bin_("powf", "f64", "0.0", "0.0"),
    "powf_f16_no_fold": bin_("powf", "f16", "2.0", "2.0"),
    # exact APFloat folds on every float type
    "absf": un("absf", "f32", "-2.5"),
    "absf_neg_zero": un("absf", "f64", "-0.0"),
    "absf_nan": un("absf", "f32", "0xFFC00000"),
    "absf_f16": un("absf", "f16", "-65504.0"),
    "absf_bf16": un("absf", "bf16", "-1.5"),
    "absf_f8E4M3FN": un("absf", "f8E4M3FN", "-448.0"),
    "absf_f8E4M3FNUZ": un("absf", "f8E4M3FNUZ", "-1.0"),
    "absf_f80": un("absf", "f80", "-1.0e+100"),
    "copysign": bin_("copysign", "f32", "2.0", "-0.0"),
    "copysign_nan": bin_("copysign", "f64", "0x7FF8000000000000", "-1.0"),
    "copysign_bf16": bin_("copysign", "bf16", "-3.0", "1.0"),
    **{
        f"{op}_{v}": un(op, "f32", v)
        for op in ["ceil", "floor", "round", "roundeven", "trunc"]
        for v in ["2.5", "-2.5", "-0.4", "3.5"]
    },
    "ceil_f16": un("ceil", "f16", "1.25"),
    "floor_bf16": un("floor", "bf16", "-1.5"),
    "round_f8E5M2": un("round", "f8E5M2", "2.5"),
    "trunc_inf": un("trunc", "f64", "0x7FF0000000000000"),
    "roundeven_nan": un("roundeven", "f32", "0x7FC00000"),
    "round_f64_big": un("round", "f64", "4503599627370497.0"),
    # classification
    **{
        f"{op}_{n}": cls(op, "f32", v)
        for op in ["isfinite", "isinf", "isnan", "isnormal"]
        for n, v in [
            ("one", "1.0"),
            ("inf", "0x7F800000"),
            ("nan", "0x7FC00000"),
            ("denormal", "1.0e-40"),
            ("zero", "0.0"),
        ]
    },
    "isnan_f16": cls("isnan", "f16", "0x7E00"),
    "isinf_vector": (
        "",
        c(
            "%a = arith.constant dense<[1.0, 0x7F800000]> : vector<2xf32>",
            "%r = math.isinf %a : vector<2xf32>",
        ),
    ),
    # integer ops
    "absi": un("absi", "i32", -5),
    "absi_min": un("absi", "i8", -128),
    "absi_index": un("absi", "index", -3),
    "ctlz": un("ctlz", "i32", 1),
    "ctlz_zero": un("ctlz", "i8", 0),
    "ctlz_index": un("ctlz", "index", 1),
    "cttz": un("cttz", "i16", 8),
    "cttz_zero": un("cttz", "i16", 0),
    "ctpop": un("ctpop", "i64", -1),
    "ctpop_i1": un("ctpop", "i1", 1),
    "ctpop_vector": (
        "",
        c(
            "%a = arith.constant dense<[3, 255]> : vector<2xi8>",
            "%r = math.ctpop %a : vector<2xi8>",
        ),
    ),
    "ipowi": bin_("ipowi", "i32", 3, 4),
    "ipowi_wrap": bin_("ipowi", "i8", 3, 5),
    "ipowi_zero_exp": bin_("ipowi", "i32", 0, 0),
    "ipowi_negative_exp": bin_("ipowi", "i32", 2, -1),
    "ipowi_minus_one_negative_exp": bin_("ipowi", "i32", -1, -3),
    "ipowi_one_negative_exp": bin_("ipowi", "i32", 1, -3),
    "ipowi_zero_negative_exp": bin_("ipowi", "i32", 0, -1),
    "fpowi_f32": (
        "",
        c(
            "%a = arith.constant 2.0 : f32",
            "%b = arith.constant 3 : i32",
            "%r = math.fpowi %a, %b : f32, i32",
        ),
    ),
    "fpowi_negative": (
        "",
        c(
            "%a = arith.constant 2.0 : f64",
            "%b = arith.constant -2 : i64",
            "%r = math.fpowi %a, %b : f64, i64",
        ),
    ),
    "fpowi_f16": (
        "",
        c(
            "%a = arith.constant 3.0 : f16",
            "%b = arith.constant 2 : i32",
            "%r = math.fpowi %a, %b : f16, i32",
        ),
    ),
    "fma_f32": (
        "",
        c(
            "%a = arith.constant 2.0 : f32",
            "%b = arith.constant 3.0 : f32",
            "%d = arith.constant 1.0 : f32",
            "%r = math.fma %a, %b, %d : f32",
        ),
    ),
    "fma_f64_exact": (
        "",
        c(
            "%a = arith.constant 0.1 : f64",
            "%b = arith.constant 10.0 : f64",
            "%d = arith.constant -1.0 : f64",
            "%r = math.fma %a, %b, %d : f64",
        ),
    ),
    "fma_f16": (
        "",
        c(
            "%a = arith.constant 2.0 : f16",
            "%b = arith.constant 3.0 : f16",
            "%d = arith.constant 1.0 : f16",
            "%r = math.fma %a, %b, %d : f16",
        ),
    ),
    "clampf": (
        "",
        c(
            "%a = arith.constant 5.0 : f32",
            "%lo = arith.constant 0.0 : f32",
            "%hi = arith.constant 1.0 : f32",
            "%r = math.clampf %a to [%lo, %hi] : f32",
        ),
    ),
    "sincos": ("", c("%a = arith.constant 1.0 : f32", "%r:2 = math.sincos %a : f32")),
    # poison: the CommonFolders-based folders return it; classification and ops without
    # a folder keep the op
    "sqrt_poison": ("", c("%p = ub.poison : f32", "%r = math.sqrt %p : f32")),
    "floor_poison_vector": (
        "",
        c("%p = ub.poison : vector<2xf16>", "%r = math.floor %p : vector<2xf16>"),
    ),
    "ctpop_poison": ("", c("%p = ub.poison : i16", "%r = math.ctpop %p : i16")),
    "powf_poison_lhs": (
        "%x: f64",
        c("%p = ub.poison : f64", "%r = math.powf %p, %x : f64"),
    ),
    "ipowi_poison_rhs": (
        "",
        c("%p = ub.poison : i32", "%a = arith.constant 3 : i32", "%r = math.ipowi %a, %p : i32"),
    ),
    "isnan_poison": ("", c("%p = ub.poison : f32", "%r = math.isnan %p : f32")),
    "cbrt_poison": ("", c("%p = ub.poison : f32", "%r = math.cbrt %p : f32")),
}


# Cases that upstream rewrites with a pattern rather than a folder.
PATTERN_ONLY: set[str] = set()

EXPECTED: dict[str, list[str] | None] = {
    "acos_f32": ["1.04719758 : f32"],
    "asin_f32": ["0.52359879 : f32"],
    "asinh_f32": ["0.481211841 : f32"],
    "atan_f32": ["0.463647604 : f32"],
    "atanh_f32": ["0.549306154 : f32"],
    "cbrt_f32": None,
    "cos_f32": ["0.87758255 : f32"],
    "cosh_f32": ["1.12762594 : f32"],
    "erf_f32": ["0.520499885 : f32"],
    "erfc_f32": ["0.479500115 : f32"],
    "exp_f32": ["1.64872122 : f32"],
    "exp2_f32": ["1.41421354 : f32"],
    "expm1_f32": ["0.648721277 : f32"],
    "log_f32": ["-0.693147182 : f32"],
    "log10_f32": ["-3.010300e-01 : f32"],
    "log1p_f32": ["0.405465096 : f32"],
    "log2_f32": ["-1.000000e+00 : f32"],
    "sin_f32": ["0.47942555 : f32"],
    "sinh_f32": ["0.521095276 : f32"],
    "sqrt_f32": ["0.707106769 : f32"],
    "tan_f32": ["0.546302497 : f32"],
    "tanh_f32": ["0.462117165 : f32"],
    "rsqrt_f32": None,
    "acos_f64": ["0.79539883018414359 : f64"],
    "asin_f64": ["0.77539749661075297 : f64"],
    "atan_f64": ["0.61072596438920856 : f64"],
    "cos_f64": ["0.7648421872844885 : f64"],
    "erf_f64": ["0.67780119383741844 : f64"],
    "exp_f64": ["2.0137527074704766 : f64"],
    "log_f64": ["-0.35667494393873245 : f64"],
    "sin_f64": ["0.64421768723769102 : f64"],
    "sqrt_f64": ["0.83666002653407556 : f64"],
    "tan_f64": ["0.84228838046307941 : f64"],
    "tanh_f64": ["0.60436777711716361 : f64"],
    "acosh_f64": ["0.96242365011920694 : f64"],
    "sqrt_f16_no_fold": None,
    "sin_bf16_no_fold": None,
    "sqrt_negative": None,
    "sqrt_neg_zero": None,
    "log_zero": ["0xFF800000 : f32"],
    "log_negative": None,
    "exp_overflow": ["0x7F800000 : f32"],
    "exp_neg_inf": ["0.000000e+00 : f64"],
    "sin_nan": ["0x7FC00000 : f32"],
    "sin_vector": ["dense<[0.000000e+00, 0.841470957]> : vector<2xf32>"],
    "cos_splat": ["dense<-0.41614683654714241> : tensor<4xf64>"],
    "atan2_f32": ["2.3561945 : f32"],
    "atan2_f64_zeros": ["0x7FF8000000000000 : f64"],
    "powf_f32": ["1.41421354 : f32"],
    "powf_f64": ["0xFFF8000000000000 : f64"],
    "powf_zero_zero": ["1.000000e+00 : f64"],
    "powf_f16_no_fold": None,
    "absf": ["2.500000e+00 : f32"],
    "absf_neg_zero": ["0.000000e+00 : f64"],
    "absf_nan": ["0x7FC00000 : f32"],
    "absf_f16": ["6.550400e+04 : f16"],
    "absf_bf16": ["1.500000e+00 : bf16"],
    "absf_f8E4M3FN": ["4.480000e+02 : f8E4M3FN"],
    "absf_f8E4M3FNUZ": ["1.000000e+00 : f8E4M3FNUZ"],
    "absf_f80": ["1.0000000000000000159E+100 : f80"],
    "copysign": ["-2.000000e+00 : f32"],
    "copysign_nan": ["0xFFF8000000000000 : f64"],
    "copysign_bf16": ["3.000000e+00 : bf16"],
    "ceil_2.5": ["3.000000e+00 : f32"],
    "ceil_-2.5": ["-2.000000e+00 : f32"],
    "ceil_-0.4": ["-0.000000e+00 : f32"],
    "ceil_3.5": ["4.000000e+00 : f32"],
    "floor_2.5": ["2.000000e+00 : f32"],
    "floor_-2.5": ["-3.000000e+00 : f32"],
    "floor_-0.4": ["-1.000000e+00 : f32"],
    "floor_3.5": ["3.000000e+00 : f32"],
    "round_2.5": ["3.000000e+00 : f32"],
    "round_-2.5": ["-3.000000e+00 : f32"],
    "round_-0.4": ["-0.000000e+00 : f32"],
    "round_3.5": ["4.000000e+00 : f32"],
    "roundeven_2.5": ["2.000000e+00 : f32"],
    "roundeven_-2.5": ["-2.000000e+00 : f32"],
    "roundeven_-0.4": ["-0.000000e+00 : f32"],
    "roundeven_3.5": ["4.000000e+00 : f32"],
    "trunc_2.5": ["2.000000e+00 : f32"],
    "trunc_-2.5": ["-2.000000e+00 : f32"],
    "trunc_-0.4": ["-0.000000e+00 : f32"],
    "trunc_3.5": ["3.000000e+00 : f32"],
    "ceil_f16": ["2.000000e+00 : f16"],
    "floor_bf16": ["-2.000000e+00 : bf16"],
    "round_f8E5M2": None,
    "trunc_inf": ["0x7FF0000000000000 : f64"],
    "roundeven_nan": ["0x7FC00000 : f32"],
    "round_f64_big": ["0x4330000000000001 : f64"],
    "isfinite_one": ["true"],
    "isfinite_inf": ["false"],
    "isfinite_nan": ["false"],
    "isfinite_denormal": ["true"],
    "isfinite_zero": ["true"],
    "isinf_one": ["false"],
    "isinf_inf": ["true"],
    "isinf_nan": ["false"],
    "isinf_denormal": ["false"],
    "isinf_zero": ["false"],
    "isnan_one": ["false"],
    "isnan_inf": ["false"],
    "isnan_nan": ["true"],
    "isnan_denormal": ["false"],
    "isnan_zero": ["false"],
    "isnormal_one": ["true"],
    "isnormal_inf": ["false"],
    "isnormal_nan": ["false"],
    "isnormal_denormal": ["false"],
    "isnormal_zero": ["false"],
    "isnan_f16": ["true"],
    "isinf_vector": None,
    "absi": ["5 : i32"],
    "absi_min": ["-128 : i8"],
    "absi_index": ["3 : index"],
    "ctlz": ["31 : i32"],
    "ctlz_zero": ["8 : i8"],
    "ctlz_index": ["63 : index"],
    "cttz": ["3 : i16"],
    "cttz_zero": ["16 : i16"],
    "ctpop": ["64 : i64"],
    "ctpop_i1": ["true"],
    "ctpop_vector": ["dense<[2, 8]> : vector<2xi8>"],
    "ipowi": ["81 : i32"],
    "ipowi_wrap": ["-13 : i8"],
    "ipowi_zero_exp": ["1 : i32"],
    "ipowi_negative_exp": ["0 : i32"],
    "ipowi_minus_one_negative_exp": ["-1 : i32"],
    "ipowi_one_negative_exp": ["1 : i32"],
    "ipowi_zero_negative_exp": None,
    "fpowi_f32": None,
    "fpowi_negative": None,
    "fpowi_f16": None,
    "fma_f32": None,
    "fma_f64_exact": None,
    "fma_f16": None,
    "clampf": None,
    "sincos": None,
    "sqrt_poison": ["#ub.poison"],
    "floor_poison_vector": ["#ub.poison"],
    "ctpop_poison": ["#ub.poison"],
    "powf_poison_lhs": ["#ub.poison"],
    "ipowi_poison_rhs": ["#ub.poison"],
    "isnan_poison": None,
    "cbrt_poison": None,
}


@pytest.mark.parametrize("name", list(CASES))
def test_math_fold(name: str) -> None:
    """The folder gives upstream's result (or does not fold)."""
    sig, body = CASES[name]
    assert fold_case(sig, body) == EXPECTED[name]


@requires_upstream
def test_expectations_are_upstreams() -> None:
    """The expected results are what upstream's canonicalize produces."""
    names = [n for n in CASES if n not in PATTERN_ONLY]
    answers = upstream_canonicalized([(*CASES[n], None) for n in names])
    assert dict(zip(names, answers)) == {n: EXPECTED[n] for n in names}
