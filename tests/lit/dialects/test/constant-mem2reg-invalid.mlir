// RUN: pymlir-opt %s --split-input-file --verify-diagnostics

func.func @no_value() {
  // expected-error@+1 {{'test.constant' op requires attribute 'value'}}
  %0 = "test.constant"() : () -> i32
  return
}

// -----

func.func @not_i32_slot() {
  // expected-error@+1 {{'test.multi_slot_alloca' op result #0 must be variadic of memref of 32-bit signless integer values, but got 'memref<i64>'}}
  %0 = test.multi_slot_alloca : () -> (memref<i64>)
  return
}
