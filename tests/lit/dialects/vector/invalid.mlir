// RUN: pymlir-opt %s --split-input-file --verify-diagnostics

/// The source may not have a higher rank than the result.
func.func @rank(%v: vector<4x2xf32>) {
  // expected-error @below {{'vector.broadcast' op source rank higher than destination rank}}
  %0 = vector.broadcast %v : vector<4x2xf32> to vector<2xf32>
  return
}

// -----

/// Trailing dimensions match or are 1.
func.func @dims(%v: vector<3x1xf32>) {
  // expected-error @below {{'vector.broadcast' op dimension mismatch (3 vs. 5)}}
  %0 = vector.broadcast %v : vector<3x1xf32> to vector<2x5x4xf32>
  return
}

// -----

/// A scalable dimension only broadcasts to the same scalable dimension.
func.func @scalable(%v: vector<[4]xf32>) {
  // expected-error @below {{'vector.broadcast' op dimension mismatch ([4] vs. 4)}}
  %0 = vector.broadcast %v : vector<[4]xf32> to vector<4xf32>
  return
}

// -----

func.func @scalable_unit(%v: vector<[1]xf32>) {
  // expected-error @below {{'vector.broadcast' op dimension mismatch ([1] vs. [4])}}
  %0 = vector.broadcast %v : vector<[1]xf32> to vector<[4]xf32>
  return
}

// -----

/// Only scalars and vectors broadcast.
func.func @tensor(%t: tensor<4xf32>) {
  // expected-error @below {{'vector.broadcast' op source type is not a vector}}
  %0 = vector.broadcast %t : tensor<4xf32> to vector<4xf32>
  return
}

// -----

func.func @element(%a: f32) {
  // expected-error @below {{'vector.broadcast' op failed to verify that source operand and result have same element type}}
  %0 = vector.broadcast %a : f32 to vector<4xf64>
  return
}

// -----

/// The result is parsed as a vector type.
func.func @result_kind(%a: f32) {
  // expected-error @below {{custom op 'vector.broadcast' invalid kind of type specified: expected builtin.vector, but found 'f32'}}
  %0 = vector.broadcast %a : f32 to f32
  return
}

// -----

func.func @generic_result(%a: f32) {
  // expected-error @below {{'vector.broadcast' op result #0 must be vector of any type values, but got 'f32'}}
  %0 = "vector.broadcast"(%a) : (f32) -> f32
  return
}
