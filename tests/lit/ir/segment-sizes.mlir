// RUN: pymlir-opt %s --split-input-file --verify-diagnostics

/// A generic op with AttrSizedOperandSegments and no `operandSegmentSizes` gets
/// all-zero sizes (upstream's default property), so its operands do not add up; the
/// sizes must be non-negative and add up to the operand count (verifyValueSizeAttr).
func.func @missing(%m: memref<8xf32>) {
  // expected-error@+1 {{'memref.subview' op operand count (1) does not match with the total size (0) specified in attribute 'operandSegmentSizes'}}
  %0 = "memref.subview"(%m) <{static_offsets = array<i64: 0>, static_sizes = array<i64: 4>, static_strides = array<i64: 1>}> : (memref<8xf32>) -> memref<4xf32, strided<[1]>>
  return
}

// -----

func.func @no_properties(%m: memref<8xf32>) {
  // expected-error@+1 {{'memref.subview' op operand count (1) does not match with the total size (0) specified in attribute 'operandSegmentSizes'}}
  %0 = "memref.subview"(%m) : (memref<8xf32>) -> memref<4xf32, strided<[1]>>
  return
}

// -----

func.func @negative(%m: memref<8xf32>) {
  // expected-error@+1 {{'memref.subview' op 'operandSegmentSizes' attribute cannot have negative elements}}
  %0 = "memref.subview"(%m) <{operandSegmentSizes = array<i32: 1, -1, 1, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4>, static_strides = array<i64: 1>}> : (memref<8xf32>) -> memref<4xf32, strided<[1]>>
  return
}
