// RUN: pymlir-opt %s --split-input-file --verify-diagnostics

/// The verifier checks the constraints of each op signature (operand and result
/// types, properties, ...) once; an invalid op whose types read the same as a valid
/// one's in a different split between operands and results is still checked.
func.func @operands_vs_results(%a: i32, %b: i32) {
  %0 = "arith.addi"(%a, %b) : (i32, i32) -> i32
  // expected-error@+1 {{'arith.addi' op requires one result}}
  %1:2 = "arith.addi"(%a) : (i32) -> (i32, i32)
  return
}

// -----

func.func @one_operand(%x: f32) {
  %0 = "math.absf"(%x) : (f32) -> f32
  // expected-error@+1 {{'math.absf' op requires a single operand}}
  %1 = "math.absf"(%x, %x) : (f32, f32) -> f32
  return
}

// -----

func.func @constants() {
  %0 = "arith.constant"() <{value = 1 : i32}> : () -> i32
  // expected-error@+1 {{'arith.constant' op failed to verify that all of {value, result} have same type}}
  %1 = "arith.constant"() <{value = 1 : i32}> : () -> i64
  return
}
