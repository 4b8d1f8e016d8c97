// RUN: pymlir-opt %s --split-input-file --verify-diagnostics

/// cast: element types must match
func.func @f(%u: tensor<*xf32>) {
  // expected-error@+1 {{'tensor.cast' op operand type 'tensor<*xf32>' and result type 'tensor<*xi32>' are cast incompatible}}
  %0 = tensor.cast %u : tensor<*xf32> to tensor<*xi32>
  return
}

// -----

/// cast: static sizes must match
func.func @f(%u: tensor<4xf32>) {
  // expected-error@+1 {{'tensor.cast' op operand type 'tensor<4xf32>' and result type 'tensor<5xf32>' are cast incompatible}}
  %0 = tensor.cast %u : tensor<4xf32> to tensor<5xf32>
  return
}

// -----

/// cast: ranks must match
func.func @f(%u: tensor<4xf32>) {
  // expected-error@+1 {{'tensor.cast' op operand type 'tensor<4xf32>' and result type 'tensor<?x?xf32>' are cast incompatible}}
  %0 = tensor.cast %u : tensor<4xf32> to tensor<?x?xf32>
  return
}

// -----

/// cast: the result is a tensor
func.func @f(%u: tensor<4xf32>) {
  // expected-error@+1 {{'tensor.cast' op result #0 must be tensor of any type values, but got 'memref<4xf32>'}}
  %0 = "tensor.cast"(%u) : (tensor<4xf32>) -> memref<4xf32>
  return
}

// -----

/// cast: the custom form parses only tensor types
func.func @f(%u: memref<4xf32>) {
  // expected-error@+1 {{custom op 'tensor.cast' invalid kind of type specified}}
  %0 = tensor.cast %u : memref<4xf32> to tensor<4xf32>
  return
}

// -----

/// empty: one size per dynamic dimension
func.func @f(%i: index) {
  // expected-error@+1 {{'tensor.empty' op incorrect number of dynamic sizes, has 1, expected 2}}
  %0 = tensor.empty(%i) : tensor<4x?x?xf32>
  return
}

// -----

/// empty: the result is ranked
func.func @f(%i: index) {
  // expected-error@+1 {{'tensor.empty' op result #0 must be ranked tensor of any type values, but got 'tensor<*xf32>'}}
  %0 = "tensor.empty"(%i) : (index) -> tensor<*xf32>
  return
}

// -----

/// empty: the custom form parses only a ranked tensor type
func.func @f(%i: index) {
  // expected-error@+1 {{custom op 'tensor.empty' invalid kind of type specified: expected builtin.tensor, but found 'tensor<*xf32>'}}
  %0 = tensor.empty() : tensor<*xf32>
  return
}

// -----

/// dim: not of a 0-d tensor
func.func @f(%t: tensor<f32>, %i: index) {
  // expected-error@+1 {{'tensor.dim' op operand #0 must be non-0-ranked or unranked tensor, but got 'tensor<f32>'}}
  %0 = tensor.dim %t, %i : tensor<f32>
  return
}

// -----

/// extract: one index per dimension
func.func @f(%t: tensor<4xf32>) {
  // expected-error@+1 {{'tensor.extract' op incorrect number of indices for extract_element}}
  %0 = tensor.extract %t[] : tensor<4xf32>
  return
}

// -----

/// extract: the result has the element type
func.func @f(%t: tensor<4xf32>, %i: index) {
  // expected-error@+1 {{'tensor.extract' op failed to verify that result type matches element type of tensor}}
  %0 = "tensor.extract"(%t, %i) : (tensor<4xf32>, index) -> i32
  return
}

// -----

/// extract: the custom form parses only a ranked tensor type
func.func @f(%u: tensor<*xf32>) {
  // expected-error@+1 {{custom op 'tensor.extract' invalid kind of type specified: expected builtin.tensor, but found 'tensor<*xf32>'}}
  %0 = tensor.extract %u[] : tensor<*xf32>
  return
}

// -----

/// insert: one index per dimension
func.func @f(%t: tensor<4xf32>, %f: f32) {
  // expected-error@+1 {{'tensor.insert' op incorrect number of indices}}
  %0 = tensor.insert %f into %t[] : tensor<4xf32>
  return
}

// -----

/// insert: the scalar has the element type
func.func @f(%t: tensor<4xf32>, %i: index, %f: i32) {
  // expected-error@+1 {{'tensor.insert' op failed to verify that scalar type matches element type of dest}}
  %0 = "tensor.insert"(%f, %t, %i) : (i32, tensor<4xf32>, index) -> tensor<4xf32>
  return
}

// -----

/// insert: the result has the destination's type
func.func @f(%t: tensor<4xf32>, %i: index, %f: f32) {
  // expected-error@+1 {{'tensor.insert' op failed to verify that result type matches type of dest}}
  %0 = "tensor.insert"(%f, %t, %i) : (f32, tensor<4xf32>, index) -> tensor<?xf32>
  return
}

// -----

/// from_elements: one operand per element (custom form)
func.func @f(%f: f32) {
  // expected-error@+1 {{custom op 'tensor.from_elements' number of operands and types do not match: got 1 operands and 2 types}}
  %0 = tensor.from_elements %f : tensor<2xf32>
  return
}

// -----

/// from_elements: the result is statically shaped
func.func @f(%f: f32) {
  // expected-error@+1 {{'tensor.from_elements' op result #0 must be statically shaped tensor of any type values, but got 'tensor<?xf32>'}}
  %0 = "tensor.from_elements"(%f) : (f32) -> tensor<?xf32>
  return
}

// -----

/// from_elements: the operands have the element type
func.func @f(%f: f32) {
  // expected-error@+1 {{'tensor.from_elements' op failed to verify that operand types match result element type}}
  %0 = "tensor.from_elements"(%f, %f) : (f32, f32) -> tensor<2xi32>
  return
}

// -----

/// splat: one size per dynamic dimension
func.func @f(%f: f32, %i: index) {
  // expected-error@+1 {{'tensor.splat' op incorrect number of dynamic sizes, has 1, expected 2}}
  %0 = tensor.splat %f[%i] : tensor<?x?xf32>
  return
}

// -----

/// splat: the operand has the element type
func.func @f(%f: f32) {
  // expected-error@+1 {{'tensor.splat' op failed to verify that operand type matches element type of result}}
  %0 = "tensor.splat"(%f) : (f32) -> tensor<4xi32>
  return
}

// -----

/// splat: the result is ranked
func.func @f(%f: tensor<4xf32>) {
  // expected-error@+1 {{'tensor.splat' op result #0 must be ranked tensor of any type values, but got 'tensor<*xf32>'}}
  %0 = "tensor.splat"(%f) : (tensor<4xf32>) -> tensor<*xf32>
  return
}

// -----

/// rank: the result is an index
func.func @f(%f: tensor<4xf32>) {
  // expected-error@+1 {{'tensor.rank' op result #0 must be index, but got 'i32'}}
  %0 = "tensor.rank"(%f) : (tensor<4xf32>) -> i32
  return
}

// -----

/// extract_slice: the result has the sliced sizes
func.func @f(%t: tensor<8x?xf32>) {
  // expected-error@+1 {{expected type to be 'tensor<4x4xf32>' or a rank-reduced version. (size mismatch) }}
  %0 = tensor.extract_slice %t[0, 0] [4, 4] [1, 1] : tensor<8x?xf32> to tensor<4x5xf32>
  return
}

// -----

/// extract_slice: the result rank is at most the source rank
func.func @f(%t: tensor<8x?xf32>) {
  // expected-error@+1 {{expected rank to be smaller or equal to the other rank. }}
  %0 = tensor.extract_slice %t[0, 0] [4, 4] [1, 1] : tensor<8x?xf32> to tensor<4x4x1xf32>
  return
}

// -----

/// extract_slice: the result has the source's element type
func.func @f(%t: tensor<8x?xf32>) {
  // expected-error@+1 {{expected element type to be 'f32'}}
  %0 = tensor.extract_slice %t[0, 0] [4, 4] [1, 1] : tensor<8x?xf32> to tensor<4x4xi32>
  return
}

// -----

/// extract_slice: a static slice stays in bounds
func.func @f(%t: tensor<8x?xf32>) {
  // expected-error@+1 {{slice along dimension 0 runs out-of-bounds: 9 >= 8}}
  %0 = tensor.extract_slice %t[6, 0] [4, 4] [1, 1] : tensor<8x?xf32> to tensor<4x4xf32>
  return
}

// -----

/// extract_slice: offsets and sizes have one rank
func.func @f(%t: tensor<8x?xf32>) {
  // expected-error@+1 {{expected mixed offsets rank to match mixed sizes rank (1 vs 2) so the rank of the result type is well-formed.}}
  %0 = tensor.extract_slice %t[0] [4, 4] [1, 1] : tensor<8x?xf32> to tensor<4x4xf32>
  return
}

// -----

/// extract_slice: the custom form parses only a ranked tensor type
func.func @f(%t: tensor<*xf32>) {
  // expected-error@+1 {{custom op 'tensor.extract_slice' invalid kind of type specified: expected builtin.tensor, but found 'tensor<*xf32>'}}
  %0 = tensor.extract_slice %t[0] [4] [1] : tensor<*xf32> to tensor<4xf32>
  return
}

// -----

/// insert_slice: the source has the slice's sizes
func.func @f(%t: tensor<8x?xf32>, %u: tensor<4x4xf32>) {
  // expected-error@+1 {{expected type to be 'tensor<4x5xf32>' or a rank-reduced version. (size mismatch) }}
  %0 = tensor.insert_slice %u into %t[0, 0] [4, 5] [1, 1] : tensor<4x4xf32> into tensor<8x?xf32>
  return
}

// -----

/// insert_slice: the result has the destination's type
func.func @f(%t: tensor<8x?xf32>, %u: tensor<4x4xf32>) {
  // expected-error@+1 {{'tensor.insert_slice' op failed to verify that expected result type to match dest type}}
  %0 = "tensor.insert_slice"(%u, %t) <{static_offsets = array<i64: 0, 0>, static_sizes = array<i64: 4, 4>, static_strides = array<i64: 1, 1>, operandSegmentSizes = array<i32: 1, 1, 0, 0, 0>}> : (tensor<4x4xf32>, tensor<8x?xf32>) -> tensor<8x8xf32>
  return
}

// -----

/// insert_slice: a static offset stays in bounds
func.func @f(%t: tensor<8x?xf32>, %u: tensor<4x4xf32>) {
  // expected-error@+1 {{offset 0 is out-of-bounds: 9 >= 8}}
  %0 = tensor.insert_slice %u into %t[9, 0] [4, 4] [1, 1] : tensor<4x4xf32> into tensor<8x?xf32>
  return
}

// -----

/// generate: one extent per dynamic dimension
func.func @f(%d: index, %f: f32) {
  // expected-error@+1 {{'tensor.generate' op incorrect number of dynamic sizes, has 0, expected 1}}
  %0 = tensor.generate {
  ^bb0(%i: index):
    tensor.yield %f : f32
  } : tensor<?xf32>
  return
}

// -----

/// generate: body arguments are indices
func.func @f(%d: index, %f: f32) {
  // expected-error@+1 {{all body arguments must be index}}
  %0 = tensor.generate %d {
  ^bb0(%i: i32):
    tensor.yield %f : f32
  } : tensor<?xf32>
  return
}

// -----

/// generate: one body argument per dimension
func.func @f(%d: index, %f: f32) {
  // expected-error@+1 {{must have one body argument per input dimension}}
  %0 = tensor.generate %d {
  ^bb0(%i: index, %j: index):
    tensor.yield %f : f32
  } : tensor<?xf32>
  return
}

// -----

/// generate: the yielded value has the element type
func.func @f(%d: index, %f: i32) {
  // expected-error@+1 {{'tensor.generate' op body must be terminated with a `yield` operation of the tensor element type}}
  %0 = tensor.generate %d {
  ^bb0(%i: index):
    tensor.yield %f : i32
  } : tensor<?xf32>
  return
}

// -----

/// generate: the body has one block
func.func @f(%d: index) {
  // expected-error@+1 {{'tensor.generate' op region #0 ('body') failed to verify constraint: region with 1 blocks}}
  %0 = "tensor.generate"(%d) ({
  }) : (index) -> tensor<?xf32>
  return
}

// -----

/// yield: an elided terminator has no value
func.func @f(%d: index) {
  // expected-error@+1 {{'tensor.yield' op requires a single operand}}
  %0 = tensor.generate %d {
  ^bb0(%i: index):
  } : tensor<?xf32>
  return
}

// -----

/// yield: only inside generate or pad
func.func @f(%f: f32) {
  // expected-error@+1 {{'tensor.yield' op expects parent op to be one of 'tensor.generate, tensor.pad'}}
  tensor.yield %f : f32
}

// -----

/// extract_slice: a malformed index list names the op
func.func @f(%t: tensor<4xf32>) {
  // expected-error@+2 {{custom op 'tensor.extract_slice' expected SSA value or integer}}
  // expected-error@+1 {{expected ']' in dynamic index list}}
  %0 = tensor.extract_slice %t[0] [2] [1 : tensor<4xf32> to tensor<2xf32>
  return
}
