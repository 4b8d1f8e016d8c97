"""Folders of the index dialect, bit-exact against upstream: each case builds the op
through the parser and calls its folder; the expected results are what upstream mlir-opt
22's canonicalize makes of the same function (checked again against upstream when it is
installed).

An index op folds only when its result does not depend on the index width: computed on
64-bit and on 32-bit integers, the results must agree in their low 32 bits (upstream's
foldBinaryOpChecked); the folded value is the 64-bit one."""

from __future__ import annotations

import re
import subprocess

import pytest
from differential import UPSTREAM, requires_upstream
from fold_cases import fold_case, op_under_test

I32_MAX = 2**31 - 1
I64_MIN = -(2**63)


def body(*lines: str) -> str:
    """Indented body lines."""
    return "\n".join("  " + line for line in lines)


def bin_(op: str, a: int, b: int) -> tuple[str, str]:
    """op on two constants."""
    return "", body(
        f"%a = index.constant {a}", f"%b = index.constant {b}", f"%r = index.{op} %a, %b"
    )


def bin_x(op: str, b: int) -> tuple[str, str]:
    """op(%arg0, constant)."""
    return "%x: index", body(f"%b = index.constant {b}", f"%r = index.{op} %x, %b")


def cmp(pred: str, a: int, b: int) -> tuple[str, str]:
    """cmp on two constants."""
    return "", body(
        f"%a = index.constant {a}", f"%b = index.constant {b}", f"%r = index.cmp {pred}(%a, %b)"
    )


def cmp_bound(bound: str, a: int, pred: str, b: int) -> tuple[str, str]:
    """cmp(bound(%arg0, a), b): decided by the range of the min/max."""
    return "%x: index", body(
        f"%a = index.constant {a}",
        f"%b = index.constant {b}",
        f"%m = index.{bound} %x, %a",
        f"%r = index.cmp {pred}(%m, %b)",
    )


def cast(op: str, src: str, dst: str, v: int) -> tuple[str, str]:
    """A cast of a constant (an arith.constant when the source is not index)."""
    if src == "index":
        const = f"%a = index.constant {v}"
    else:
        const = f"%a = arith.constant {v} : {src}"
    return "", body(const, f"%r = index.{op} %a : {src} to {dst}")


CASES = {
    # add, sub, mul wrap and fold whatever the width (low bits agree)
    "add": bin_("add", 1000, 1101),
    "add_beyond_i32": bin_("add", 7000000000, 2101),
    "add_wraps_i64": bin_("add", 2**63 - 1, 1),
    "add_zero": bin_x("add", 0),
    "sub": bin_("sub", 3, 5000000003),
    "sub_zero": bin_x("sub", 0),
    "mul": bin_("mul", 3000000000, 3000000000),
    "mul_one": bin_x("mul", 1),
    "mul_zero": bin_x("mul", 0),
    "mul_x_two": bin_x("mul", 2),
    # division: no fold by zero, nor when 32 and 64 bits disagree
    "divs": bin_("divs", -7, 2),
    "divs_by_zero": bin_("divs", 7, 0),
    "divs_width_dependent": bin_("divs", 2**32, 2),
    "divs_min_by_minus_one": bin_("divs", I64_MIN, -1),
    "divu": bin_("divu", 7, 2),
    "divu_by_zero": bin_("divu", 7, 0),
    "divu_negative": bin_("divu", -1, 2),
    "ceildivs": bin_("ceildivs", 7, 2),
    "ceildivs_neg": bin_("ceildivs", -7, 2),
    "ceildivs_both_neg": bin_("ceildivs", -7, -2),
    "ceildivs_zero_num": bin_("ceildivs", 0, 5),
    "ceildivs_i32_edge": bin_("ceildivs", -(2**31), -1),
    "ceildivu": bin_("ceildivu", 7, 2),
    "ceildivu_zero_num": bin_("ceildivu", 0, 3),
    "ceildivu_by_zero": bin_("ceildivu", 3, 0),
    "floordivs": bin_("floordivs", -7, 2),
    "floordivs_pos": bin_("floordivs", 7, 2),
    "floordivs_neg_den": bin_("floordivs", 7, -2),
    "floordivs_i32_edge": bin_("floordivs", -(2**31), -1),
    "floordivs_width_dependent": bin_("floordivs", 2**33, 2),
    "rems": bin_("rems", -7, 2),
    "rems_by_zero": bin_("rems", -7, 0),
    "remu": bin_("remu", 7, 5),
    "remu_width_dependent": bin_("remu", 2**32 + 3, 5),
    # min/max compare as signed or unsigned at both widths
    "maxs": bin_("maxs", -1, 2),
    "maxs_width_dependent": bin_("maxs", 2**31, 1),
    "maxu": bin_("maxu", -1, 2),
    "mins": bin_("mins", -1, 2),
    "minu": bin_("minu", -1, 2),
    "minu_beyond_i32": bin_("minu", 2**32 + 1, 2**33 + 1),
    # shifts of the bit width or more do not fold on 32 bits
    "shl": bin_("shl", 1, 9),
    "shl_32": bin_("shl", 1, 32),
    "shl_high_bits": bin_("shl", 2**31 + 1, 1),
    "shrs": bin_("shrs", -128, 3),
    "shrs_32": bin_("shrs", -128, 32),
    "shru": bin_("shru", 128, 3),
    "shru_negative": bin_("shru", -128, 3),
    "and": bin_("and", 12, 10),
    "or": bin_("or", 12, 10),
    "xor": bin_("xor", 12, -1),
    # comparisons of constants
    "cmp_eq": cmp("eq", 3, 3),
    "cmp_ne": cmp("ne", 3, 4),
    "cmp_slt": cmp("slt", -1, 0),
    "cmp_ult": cmp("ult", -1, 0),
    "cmp_sge": cmp("sge", 5, 5),
    "cmp_ugt": cmp("ugt", 2**32, 1),
    "cmp_eq_width_dependent": cmp("eq", 2**32, 0),
    "cmp_slt_width_dependent": cmp("slt", 2**31, 0),
    "cmp_same_value": ("%x: index", body("%r = index.cmp sle(%x, %x)")),
    "cmp_same_value_ne": ("%x: index", body("%r = index.cmp ult(%x, %x)")),
    # comparisons of a min/max with a constant, by the range of the min/max
    "cmp_mins_slt": cmp_bound("mins", 5, "slt", 6),
    "cmp_mins_sgt": cmp_bound("mins", 5, "sgt", 5),
    "cmp_mins_undecided": cmp_bound("mins", 5, "slt", 3),
    "cmp_maxu_uge": cmp_bound("maxu", 10, "uge", 10),
    "cmp_maxs_eq": cmp_bound("maxs", 10, "eq", 3),
    "cmp_minu_ule": cmp_bound("minu", 7, "ule", 7),
    # casts: to index always folds; from index only when the width does not matter
    "casts_to_index": cast("casts", "i8", "index", -1),
    "castu_to_index": cast("castu", "i8", "index", -1),
    "casts_from_index": cast("casts", "index", "i8", 300),
    "castu_from_index": cast("castu", "index", "i16", -1),
    "casts_from_index_i64": cast("casts", "index", "i64", -5),
    "castu_from_index_i64": cast("castu", "index", "i64", -5),
    "casts_from_index_i64_small": cast("casts", "index", "i64", 5),
    "casts_i1_to_index": cast("casts", "i1", "index", 1),
    "castu_index_to_i1": cast("castu", "index", "i1", 3),
}

EXPECTED: dict[str, list[str] | None] = {
    "add": ["2101 : index"],
    "add_beyond_i32": ["7000002101 : index"],
    "add_wraps_i64": ["-9223372036854775808 : index"],
    "add_zero": ["%arg0"],
    "sub": ["-5000000000 : index"],
    "sub_zero": ["%arg0"],
    "mul": ["9000000000000000000 : index"],
    "mul_one": ["%arg0"],
    "mul_zero": ["0 : index"],
    "mul_x_two": None,
    "divs": ["-3 : index"],
    "divs_by_zero": None,
    "divs_width_dependent": None,
    "divs_min_by_minus_one": ["-9223372036854775808 : index"],
    "divu": ["3 : index"],
    "divu_by_zero": None,
    "divu_negative": None,
    "ceildivs": ["4 : index"],
    "ceildivs_neg": ["-3 : index"],
    "ceildivs_both_neg": ["4 : index"],
    "ceildivs_zero_num": ["0 : index"],
    "ceildivs_i32_edge": ["2147483648 : index"],
    "ceildivu": ["4 : index"],
    "ceildivu_zero_num": ["0 : index"],
    "ceildivu_by_zero": None,
    "floordivs": ["-4 : index"],
    "floordivs_pos": ["3 : index"],
    "floordivs_neg_den": ["-4 : index"],
    "floordivs_i32_edge": ["2147483648 : index"],
    "floordivs_width_dependent": ["4294967296 : index"],
    "rems": ["-1 : index"],
    "rems_by_zero": None,
    "remu": ["2 : index"],
    "remu_width_dependent": None,
    "maxs": ["2 : index"],
    "maxs_width_dependent": None,
    "maxu": ["-1 : index"],
    "mins": ["-1 : index"],
    "minu": ["2 : index"],
    "minu_beyond_i32": ["4294967297 : index"],
    "shl": ["512 : index"],
    "shl_32": None,
    "shl_high_bits": ["4294967298 : index"],
    "shrs": ["-16 : index"],
    "shrs_32": None,
    "shru": ["16 : index"],
    "shru_negative": None,
    "and": ["8 : index"],
    "or": ["14 : index"],
    "xor": ["-13 : index"],
    "cmp_eq": ["true"],
    "cmp_ne": ["true"],
    "cmp_slt": ["true"],
    "cmp_ult": ["false"],
    "cmp_sge": ["true"],
    "cmp_ugt": None,
    "cmp_eq_width_dependent": None,
    "cmp_slt_width_dependent": None,
    "cmp_same_value": ["true"],
    "cmp_same_value_ne": ["false"],
    "cmp_mins_slt": ["true"],
    "cmp_mins_sgt": ["false"],
    "cmp_mins_undecided": None,
    "cmp_maxu_uge": ["true"],
    "cmp_maxs_eq": ["false"],
    "cmp_minu_ule": ["true"],
    "casts_to_index": ["-1 : index"],
    "castu_to_index": ["255 : index"],
    "casts_from_index": ["44 : i8"],
    "castu_from_index": ["-1 : i16"],
    "casts_from_index_i64": ["-5 : i64"],
    "castu_from_index_i64": None,
    "casts_from_index_i64_small": ["5 : i64"],
    "casts_i1_to_index": ["-1 : index"],
    "castu_index_to_i1": ["true"],
}


# Casts from index to a fixed-width integer fold (upstream's foldCastOp), but the index
# dialect materializes only index and i1 constants, so canonicalize keeps the cast.
NOT_MATERIALIZED = {
    "casts_from_index",
    "castu_from_index",
    "casts_from_index_i64",
    "casts_from_index_i64_small",
}


@pytest.mark.parametrize("name", list(CASES))
def test_index_fold(name: str) -> None:
    """The folder gives upstream's result (or does not fold)."""
    sig, text = CASES[name]
    assert fold_case(sig, text) == EXPECTED[name]


@pytest.mark.parametrize("name", sorted(NOT_MATERIALIZED))
def test_fixed_width_results_are_not_materialized(name: str) -> None:
    """The dialect makes no constant op for a folded i8/i16/i64 value."""
    from mliropt.rewrite.folding import fold

    op = op_under_test(*CASES[name])
    (value,) = fold(op)  # type: ignore[misc]
    from mliropt.dialects.index import IndexDialect

    assert IndexDialect().materialize_constant(None, value, op.results[0].type, op.location) is None


def test_every_case_has_an_expectation() -> None:
    """No case is left unchecked."""
    assert set(CASES) == set(EXPECTED)


_CONST = re.compile(
    r"^\s*(%[\w\-]+) = (index\.constant|index\.bool\.constant|arith\.constant) (.*)$", re.M
)


def _upstream_answers(names: list[str]) -> dict[str, list[str] | None]:
    """What upstream's canonicalize makes of each case: a constant's attribute text (as
    our attributes print), `%argN`, or None when the op under test is still there."""
    texts = []
    for i, name in enumerate(names):
        sig, text = CASES[name]
        op = op_under_test(sig, text)
        rtype = str(op.results[0].type)
        texts.append(
            f"func.func @case{i}({sig}) -> {rtype} {{\n{text}\n  return %r : {rtype}\n}}\n"
        )
    out = subprocess.run(
        [UPSTREAM, "--canonicalize", "-"],
        input="".join(texts),
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    answers: dict[str, list[str] | None] = {}
    chunks = re.split(r"\n  func\.func @case\d+", out)[1:]
    for name, chunk in zip(names, chunks):
        op_name = op_under_test(*CASES[name]).name
        if re.search(rf"= {re.escape(op_name)}[ (]", chunk):
            answers[name] = None
            continue
        defs = {}
        for value, kind, rest in _CONST.findall(chunk):
            if kind == "index.constant":
                defs[value] = f"{rest} : index"
            else:
                defs[value] = rest
        ret = re.search(r"^\s*return (.*?) :", chunk, re.M)
        assert ret is not None, chunk
        answers[name] = [defs.get(ret.group(1), ret.group(1))]
    return answers


@requires_upstream
def test_expectations_are_upstreams() -> None:
    """The expected results are what upstream's canonicalize produces."""
    names = list(CASES)
    expected = {n: None if n in NOT_MATERIALIZED else EXPECTED[n] for n in names}
    assert _upstream_answers(names) == expected
