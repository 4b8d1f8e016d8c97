// RUN: pymlir-opt %s --split-input-file --verify-diagnostics

// Upstream verifies the isolated ops inside an op (each reporting its first error)
// before that op's region invariants: the symbol uses, checked by the module's symbol
// table, are not verified while a function is invalid.
module {
  func.func @uses_missing_symbol() {
    %0 = memref.get_global @nope : memref<2xf32>
    return
  }
  func.func @no_terminator() {
    // expected-error @+1 {{block with no terminator, has %0 = "arith.constant"() <{value = 1 : i32}> : () -> i32}}
    %0 = arith.constant 1 : i32
  }
  func.func @use_before_def() {
    // expected-error @+1 {{operand #0 does not dominate this use}}
    %1 = arith.addi %2, %2 : i32
    // expected-note @+1 {{operand defined here (op in the same block)}}
    %2 = arith.constant 1 : i32
    return
  }
}

// -----

// With every function valid, the symbol uses are checked.
module {
  func.func @uses_missing_symbol() {
    // expected-error @+1 {{'memref.get_global' op 'nope' does not reference a valid global memref}}
    %0 = memref.get_global @nope : memref<2xf32>
    return
  }
}
