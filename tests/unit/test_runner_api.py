"""The runner's Python API: run_function / compile_module with scalars and numpy arrays
passed as memref descriptors, results as Python scalars, and its errors."""

from __future__ import annotations

import numpy as np
import pytest

from mliropt.runner import RunnerError, compile_module, run_function

SOURCE = """
func.func @add(%a: i32, %b: i32) -> i32 {
  %c = arith.addi %a, %b : i32
  return %c : i32
}
func.func @scale(%m: memref<?x?xf32>, %s: f32) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %d0 = memref.dim %m, %c0 : memref<?x?xf32>
  %d1 = memref.dim %m, %c1 : memref<?x?xf32>
  scf.for %i = %c0 to %d0 step %c1 {
    scf.for %j = %c0 to %d1 step %c1 {
      %v = memref.load %m[%i, %j] : memref<?x?xf32>
      %w = arith.mulf %v, %s : f32
      memref.store %w, %m[%i, %j] : memref<?x?xf32>
    }
  }
  return
}
func.func @sum(%m: memref<4xf64>) -> f64 attributes { llvm.emit_c_interface } {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c4 = arith.constant 4 : index
  %z = arith.constant 0.0 : f64
  %r = scf.for %i = %c0 to %c4 step %c1 iter_args(%acc = %z) -> (f64) {
    %v = memref.load %m[%i] : memref<4xf64>
    %n = arith.addf %acc, %v : f64
    scf.yield %n : f64
  }
  return %r : f64
}
func.func @two(%a: i64) -> (i64, f32) {
  %f = arith.sitofp %a : i64 to f32
  return %a, %f : i64, f32
}
func.func @positive(%x: f64) -> i1 {
  %z = arith.constant 0.0 : f64
  %r = arith.cmpf ogt, %x, %z : f64
  return %r : i1
}
func.func @copy(%a: memref<2x3xi64>, %b: memref<2x3xi64>) {
  memref.copy %a, %b : memref<2x3xi64> to memref<2x3xi64>
  return
}
func.func @id(%m: memref<4xf32>) -> memref<4xf32> {
  return %m : memref<4xf32>
}
"""


@pytest.fixture(scope="module")
def program():
    """SOURCE compiled once."""
    return compile_module(SOURCE)


def test_scalars() -> None:
    """Integer arguments and result through run_function."""
    assert run_function(SOURCE, "add", 2, 3) == 5
    assert run_function(SOURCE, "add", 2**31 - 1, 1) == -(2**31)  # i32 wraps


def test_array_is_modified_in_place(program) -> None:
    """A 2-d float32 array is passed as a memref<?x?xf32> descriptor and written."""
    a = np.arange(6, dtype=np.float32).reshape(2, 3)
    assert program.call("scale", a, 2.0) is None
    np.testing.assert_array_equal(a, np.array([[0, 2, 4], [6, 8, 10]], np.float32))


def test_expanded_and_c_interface(program) -> None:
    """The default calling convention and the llvm.emit_c_interface wrapper agree."""
    x = np.array([1.0, 2.0, 3.0, 4.5])
    assert program.call("sum", x) == 10.5
    assert program.call("sum", x, c_interface=True) == 10.5


def test_several_results_and_i1(program) -> None:
    """Several results come back as a tuple; an i1 as a bool."""
    assert program.call("two", 7) == (7, 7.0)
    assert program.call("positive", 0.5) is True
    assert program.call("positive", -0.5) is False


def test_memref_copy(program) -> None:
    """memref.copy between two arrays."""
    a = np.arange(6, dtype=np.int64).reshape(2, 3)
    b = np.zeros((2, 3), np.int64)
    program.call("copy", a, b)
    np.testing.assert_array_equal(a, b)


def test_module_op_is_not_changed() -> None:
    """A module op is cloned before lowering: the caller's IR stays as it was."""
    from mliropt.ir.context import Context
    from mliropt.syntax.parser import parse_source
    from mliropt.syntax.printer import PrintOptions, print_operation

    module = parse_source(Context(), SOURCE, "<test>")
    before = print_operation(module, PrintOptions())
    assert run_function(module, "add", 40, 2) == 42
    assert print_operation(module, PrintOptions()) == before


def test_llvm_dialect_input() -> None:
    """LLVM-dialect input: an array fills the expanded descriptor arguments."""
    text = """
    llvm.func @first(%a: !llvm.ptr, %b: !llvm.ptr, %o: i64, %s: i64, %st: i64) -> f32 {
      %v = llvm.load %b : !llvm.ptr -> f32
      llvm.return %v : f32
    }
    """
    assert run_function(text, "first", np.array([2.5, 1.0], np.float32)) == 2.5


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ((np.array([1.0, 2.0, 3.0]),), r"shape \(3,\) does not match 'memref<4xf64>'"),
        ((np.zeros(8)[::2],), "not C-contiguous"),
        ((np.zeros(4, np.float32),), "dtype float32 does not match 'memref<4xf64>'"),
        (([1.0, 2.0, 3.0, 4.0],), "expected a numpy array for 'memref<4xf64>', got list"),
        ((np.zeros(4), 1), "'sum' takes 1 arguments, 2 given"),
    ],
)
def test_bad_arrays(program, args, message) -> None:
    """Arrays that do not fit the memref are errors before any call."""
    with pytest.raises(RunnerError, match=message):
        program.call("sum", *args)


def test_errors(program) -> None:
    """Unknown functions, missing wrappers, scalars of the wrong kind, and parse errors
    are RunnerErrors with diagnostic text."""
    with pytest.raises(RunnerError, match="^error: function 'nope' not found$"):
        program.call("nope")
    with pytest.raises(RunnerError, match=r"^<string>:\d+:1: error: 'add' has no C interface"):
        program.call("add", 1, 2, c_interface=True)
    with pytest.raises(RunnerError, match="cannot pass str as 'i32'"):
        program.call("add", "x", 1)
    with pytest.raises(RunnerError, match=r"^<string>:1:13: error: expected non-function type"):
        run_function("func.func @f(", "f")


UNRANKED = """
func.func private @printMemrefF32(memref<*xf32>)
func.func @show(%u: memref<*xf32>) {
  call @printMemrefF32(%u) : (memref<*xf32>) -> ()
  return
}
func.func @show_c(%u: memref<*xf32>) attributes { llvm.emit_c_interface } {
  call @printMemrefF32(%u) : (memref<*xf32>) -> ()
  return
}
"""


def test_unranked_memref_arguments(capsys: pytest.CaptureFixture[str]) -> None:
    """An array for a memref<*xf32> is passed as (rank, descriptor pointer), also through
    the C interface; the output is upstream's printMemrefF32 text."""
    program = compile_module(UNRANKED)
    program.call("show", np.arange(6, dtype=np.float32).reshape(2, 3))
    program.call("show_c", np.arange(3, dtype=np.float32), c_interface=True)
    out = capsys.readouterr().out
    assert "rank = 2 offset = 0 sizes = [2, 3] strides = [3, 1] data = \n" \
        "[[0,   1,   2], \n [3,   4,   5]]\n" in out
    assert out.endswith("rank = 1 offset = 0 sizes = [3] strides = [1] data = \n[0,  1,  2]\n")
    with pytest.raises(RunnerError, match="dtype int64 does not match 'memref<\\*xf32>'"):
        program.call("show", np.arange(3))


RESULTS = """
func.func @make(%n: index) -> (memref<?x2xi64>, i64) attributes { llvm.emit_c_interface } {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c2 = arith.constant 2 : index
  %m = memref.alloc(%n) : memref<?x2xi64>
  scf.for %i = %c0 to %n step %c1 {
    scf.for %j = %c0 to %c2 step %c1 {
      %p = arith.muli %i, %c2 : index
      %q = arith.addi %p, %j : index
      %v = arith.index_cast %q : index to i64
      memref.store %v, %m[%i, %j] : memref<?x2xi64>
    }
  }
  %k = arith.constant 5 : i64
  return %m, %k : memref<?x2xi64>, i64
}
func.func @scalar0() -> memref<f64> {
  %m = memref.alloc() : memref<f64>
  %v = arith.constant 2.5 : f64
  memref.store %v, %m[] : memref<f64>
  return %m : memref<f64>
}
func.func @pair(%a: i32, %b: f32) -> (i32, f32) {
  return %a, %b : i32, f32
}
func.func @triple(%a: i8, %b: i1) -> (i8, i1, f64) {
  %f = arith.constant 1.25 : f64
  return %a, %b, %f : i8, i1, f64
}
"""


def test_memref_and_aggregate_results() -> None:
    """Memref results come back as numpy copies (also through the C interface, and for
    0-d and empty memrefs); results LLVM returns in registers unlike the C ABI
    ((i32, f32), a 0-d descriptor) go through a result pointer."""
    program = compile_module(RESULTS)
    array, k = program.call("make", 3)
    np.testing.assert_array_equal(array, np.arange(6).reshape(3, 2))
    assert k == 5 and array.dtype == np.int64
    array, _ = program.call("make", 2, c_interface=True)
    np.testing.assert_array_equal(array, np.arange(4).reshape(2, 2))
    assert program.call("make", 0)[0].shape == (0, 2)
    assert program.call("scalar0") == np.array(2.5)
    assert program.call("pair", 3, 1.5) == (3, 1.5)
    assert program.call("triple", -3, True) == (-3, True, 1.25)
    assert np.array_equal(compile_module(SOURCE).call("id", np.ones(4, np.float32)),
                          np.ones(4, np.float32))
