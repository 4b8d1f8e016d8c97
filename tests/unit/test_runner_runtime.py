"""The runner's built-in runtime and JIT on hand-written LLVM IR: upstream's print*
and printMemref* output (expected texts are mlir-runner 22's output on the same data)."""

from __future__ import annotations

import ctypes
import re
import subprocess
import sys
import textwrap

import pytest

from mliropt.runner import memref_print as mp
from mliropt.runner import runtime
from mliropt.runner.cformat import format_g, format_llvm_e
from mliropt.runner.jit import JitError, JitModule

DESC2 = "{ ptr, ptr, i64, [2 x i64], [2 x i64] }"


def run_main(ir: str, opt_level: int = 0) -> None:
    """JIT-compile `ir` and call its `void @main()`."""
    jit = JitModule(textwrap.dedent(ir), opt_level)
    jit.link()
    runtime.begin_call(jit.c_may_print)
    ctypes.CFUNCTYPE(None)(jit.address("main"))()
    assert runtime.end_call() is None


def normalize(text: str) -> str:
    """The base@ address differs from run to run."""
    return re.sub(r"base@ = 0x[0-9a-f]+", "base@ = ADDR", text)


def test_format_g_matches_printf() -> None:
    """printF32/printF64 print `%g`, with `-nan` for a negative NaN."""
    neg_nan = -float("nan")
    assert [format_g(v) for v in (-4264.0, 9.76955e-08, 1e300, -0.0, 123456789.0)] == \
        ["-4264", "9.76955e-08", "1e+300", "-0", "1.23457e+08"]
    assert (format_g(float("inf")), format_g(-float("inf")), format_g(neg_nan)) == \
        ("inf", "-inf", "-nan")


def test_format_llvm_e_matches_entry_point_result() -> None:
    """--entry-point-result=f32 prints via raw_ostream: %e, `nan`, `INF`, `-INF`."""
    assert format_llvm_e(1.5) == "1.500000e+00"
    assert format_llvm_e(1e-30) == "1.000000e-30"
    assert (format_llvm_e(-float("nan")), format_llvm_e(-float("inf"))) == ("nan", "-INF")


def test_scalar_prints(capsys: pytest.CaptureFixture[str]) -> None:
    """printI64, printU64, printComma, printOpen, printF64, printClose, printNewline."""
    run_main("""
        declare void @printI64(i64)
        declare void @printU64(i64)
        declare void @printF64(double)
        declare void @printComma()
        declare void @printOpen()
        declare void @printClose()
        declare void @printNewline()
        define void @main() {
          call void @printI64(i64 -5)
          call void @printComma()
          call void @printU64(i64 -5)
          call void @printOpen()
          call void @printF64(double 1.0e300)
          call void @printClose()
          call void @printNewline()
          ret void
        }
    """)
    assert capsys.readouterr().out == "-5, 18446744073709551611( 1e+300 )\n"


def test_print_string(capsys: pytest.CaptureFixture[str]) -> None:
    """printString writes the C string without a newline (fputs)."""
    run_main("""
        @s = private constant [9 x i8] c"hi there\\00"
        declare void @printString(ptr)
        define void @main() {
          call void @printString(ptr @s)
          call void @printString(ptr @s)
          ret void
        }
    """)
    assert capsys.readouterr().out == "hi therehi there"


MEMREF_2x3 = f"""
    @data = global [6 x float] [float 0.0, float 1.5, float 3.0, float 1.5, float 3.0,
                                float 4.5]
    declare void @printMemrefF32(i64, ptr)
    declare void @_mlir_ciface_printMemrefF32(ptr)
    declare void @_mlir_ciface_printMemref2dF32(ptr)
    define void @main() {{
      %d = alloca {DESC2}
      store {DESC2} {{ ptr @data, ptr @data, i64 0, [2 x i64] [i64 2, i64 3],
                       [2 x i64] [i64 3, i64 1] }}, ptr %d
      call void @printMemrefF32(i64 2, ptr %d)
      %u = alloca {{ i64, ptr }}
      store {{ i64, ptr }} {{ i64 2, ptr poison }}, ptr %u
      %p = getelementptr {{ i64, ptr }}, ptr %u, i32 0, i32 1
      store ptr %d, ptr %p
      call void @_mlir_ciface_printMemrefF32(ptr %u)
      call void @_mlir_ciface_printMemref2dF32(ptr %d)
      ret void
    }}
"""

EXPECTED_2x3 = (
    "Unranked Memref base@ = ADDR rank = 2 offset = 0 sizes = [2, 3] strides = [3, 1] "
    "data = \n[[0,   1.5,   3], \n [1.5,   3,   4.5]]\n"
)


def test_print_memref_f32(capsys: pytest.CaptureFixture[str]) -> None:
    """printMemrefF32 (expanded unranked), its C interface and the ranked 2d variant."""
    run_main(MEMREF_2x3)
    out = normalize(capsys.readouterr().out)
    ranked = EXPECTED_2x3.replace("Unranked Memref", "Memref")
    assert out == EXPECTED_2x3 + EXPECTED_2x3 + ranked


def _descriptor(sizes: tuple[int, ...], strides: tuple[int, ...], offset: int = 0) -> mp.Descriptor:
    return mp.Descriptor(0x1000, 0x1000, offset, sizes, strides)


def _print_with(values: list[float], d: mp.Descriptor, kind: str) -> str:
    arr = (ctypes.c_double * len(values))(*values) if kind == "F64" else \
        (ctypes.c_int32 * len(values))(*values)
    addr = ctypes.addressof(arr)
    d = mp.Descriptor(addr, addr, d.offset, d.sizes, d.strides)
    return normalize(mp.print_memref(d, kind, unranked=True))


def test_print_memref_ranks() -> None:
    """Rank 0, rank 1 and rank 3 layouts (upstream's outputs on the same memrefs)."""
    assert _print_with([3.25e10], _descriptor((), ()), "F64") == (
        "Unranked Memref base@ = ADDR rank = 0 offset = 0 sizes = [] strides = [] data = \n"
        "[3.25e+10]\n")
    assert _print_with([-7] * 4, _descriptor((4,), (1,)), "I32") == (
        "Unranked Memref base@ = ADDR rank = 1 offset = 0 sizes = [4] strides = [1] data = \n"
        "[-7,  -7,  -7,  -7]\n")
    assert _print_with([-300], _descriptor((1, 1, 1), (1, 1, 1)), "I32").endswith(
        "data = \n[[[-300]]]\n")
    assert _print_with([1, 2, 3, 4], _descriptor((2, 1, 2), (2, 2, 1)), "I32").endswith(
        "data = \n[[[1,    2]], \n [[3,    4]]]\n")


def test_print_memref_offset_and_strides() -> None:
    """The offset and strides select the elements (a 2x2 window of a 2x3 buffer)."""
    text = _print_with([0, 1, 2, 3, 4, 5], _descriptor((2, 2), (3, 1), offset=1), "I32")
    assert text.endswith("offset = 1 sizes = [2, 2] strides = [3, 1] data = \n"
                         "[[1,   2], \n [4,   5]]\n")


def test_print_memref_i8_is_raw_bytes() -> None:
    """int8_t elements print as characters, as upstream's ostream << int8_t does."""
    arr = (ctypes.c_int8 * 2)(65, -3)
    addr = ctypes.addressof(arr)
    text = mp.print_memref(mp.Descriptor(addr, addr, 0, (2,), (1,)), "I8", unranked=True)
    assert text.endswith("data = \n[A,  \udcfd]\n")


def test_print_memref_null_base_prints_zero() -> None:
    """std::hex with showbase prints a null pointer as `0`."""
    assert mp.metadata(mp.Descriptor(0, 0, 0, (), ())).startswith("base@ = 0 rank = 0")


def test_missing_symbol_is_reported() -> None:
    """An external function nobody provides: upstream's JIT session error, no abort."""
    jit = JitModule("declare void @nowhere_to_be_found()\n"
                    "define void @main() {\n call void @nowhere_to_be_found()\n ret void\n}\n")
    with pytest.raises(JitError, match=r"Symbols not found: \[ nowhere_to_be_found \]"):
        jit.link()


def test_invalid_ir_is_reported() -> None:
    """llvmlite's parse error becomes a JitError."""
    with pytest.raises(JitError, match="LLVM IR is invalid"):
        JitModule("define void @main() {\n ret i32 0\n}\n")


@pytest.mark.parametrize("level", [0, 1, 2, 3])
def test_opt_levels_run(level: int, capsys: pytest.CaptureFixture[str]) -> None:
    """-O0..-O3 build and run."""
    run_main(MEMREF_2x3, level)
    assert normalize(capsys.readouterr().out).startswith(EXPECTED_2x3)


def test_emit_assembly_and_object() -> None:
    """--emit=asm and --emit=obj: target assembly text and an object file."""
    jit = JitModule("define i32 @f() {\n ret i32 7\n}\n", 2, jit=False)
    assert b"f:" in jit.emit("asm")
    assert jit.emit("obj")[:4] in (b"\x7fELF", b"\xcf\xfa\xed\xfe", b"\xfe\xed\xfa\xcf")


def test_c_side_output_interleaves() -> None:
    """libc's puts (C stdio) and the runtime's prints (sys.stdout) keep program order
    when stdout is a pipe."""
    script = textwrap.dedent('''
        import ctypes
        from mliropt.runner import runtime
        from mliropt.runner.jit import JitModule
        jit = JitModule("""
        @s = private constant [4 x i8] c"mid\\\\00"
        declare void @printI64(i64)
        declare void @printNewline()
        declare i32 @puts(ptr)
        define void @main() {
          call void @printI64(i64 1)
          call i32 @puts(ptr @s)
          call void @printI64(i64 2)
          call void @printNewline()
          call i32 @puts(ptr @s)
          call void @printI64(i64 3)
          ret void
        }
        """)
        jit.link()
        print("before")
        runtime.begin_call(jit.c_may_print)
        ctypes.CFUNCTYPE(None)(jit.address("main"))()
        runtime.end_call()
        print("after")
    ''')
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert out.stderr == ""
    assert out.stdout == "before\n1mid\n2\nmid\n3after\n"


def test_print_memref_sparse_strides_read_element_by_element() -> None:
    """Elements far apart (a span much larger than the elements) are read one by one."""
    buf = (ctypes.c_int32 * 200001)()
    buf[0], buf[200000] = 7, 9
    addr = ctypes.addressof(buf)
    d = mp.Descriptor(addr, addr, 0, (2,), (200000,))
    assert mp.data(d, "I32") == "[7,  9]"


def test_print_memref_f16_bf16_complex() -> None:
    """f16 and bf16 print as floats, complex numbers as std::complex does: `(re,im)`."""
    import numpy as np

    def text(values: np.ndarray, kind: str) -> str:
        addr = values.ctypes.data
        return mp.data(mp.Descriptor(addr, addr, 0, values.shape, (1,)), kind)

    assert text(np.array([1.5, -0.25], np.float16), "F16") == "[1.5,  -0.25]"
    bf16 = (np.array([2.5, -3.0], np.float32).view(np.uint32) >> 16).astype(np.uint16)
    assert text(bf16, "BF16") == "[2.5,  -3]"
    assert text(np.array([1 + 2j, -0.5j], np.complex64), "C32") == "[(1,2),  (-0,-0.5)]"
