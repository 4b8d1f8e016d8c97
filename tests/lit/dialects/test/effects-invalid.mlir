// RUN: pymlir-opt %s --split-input-file --verify-diagnostics

/// The effect ops' declared results are checked as upstream declares them.
func.func @memread_float() {
  // expected-error@+1 {{'test.op_with_memread' op result #0 must be integer, but got 'f32'}}
  %0 = "test.op_with_memread"() : () -> f32
  return
}

// -----

func.func @effects_result_i64() {
  // expected-error@+1 {{'test.test_effects_result' op result #0 must be 32-bit signless integer, but got 'i64'}}
  %0 = "test.test_effects_result"() : () -> i64
  return
}

// -----

func.func @memwrite_result() {
  // expected-error@+1 {{'test.op_with_memwrite' op requires zero results}}
  %0 = "test.op_with_memwrite"() : () -> i64
  return
}

// -----

func.func @side_effect_no_result() {
  // expected-error@+1 {{'test.side_effect_op' op requires one result}}
  "test.side_effect_op"() : () -> ()
  return
}

// -----

/// A malformed effect list is an error (upstream aborts on it).
func.func @side_effect_bad_kind() {
  // expected-error@+1 {{'test.side_effect_op' op each effect needs 'effect' = "allocate", "free", "read" or "write"}}
  %0 = "test.side_effect_op"() {effects = [{effect = "jump"}]} : () -> i32
  return
}

// -----

func.func @side_effect_not_dicts() {
  // expected-error@+1 {{'test.side_effect_op' op 'effects' must be an array of dictionaries}}
  %0 = "test.side_effect_op"() {effects = [1]} : () -> i32
  return
}
