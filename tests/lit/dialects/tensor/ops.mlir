// RUN: pymlir-opt %s | FileCheck %s
// RUN: pymlir-opt %s | pymlir-opt | FileCheck %s
// RUN: pymlir-opt %s --mlir-print-op-generic | FileCheck %s --check-prefix=GENERIC

/// empty, cast, dim and rank in their custom forms, with upstream's result names.
// CHECK-LABEL: func.func @shapes(
// CHECK-SAME: %[[T:.*]]: tensor<4x?xf32>, %[[U:.*]]: tensor<*xf32>, %[[I:.*]]: index)
// CHECK-NEXT: %[[E:.*]] = tensor.empty(%[[I]]) : tensor<4x?xf32>
// CHECK-NEXT: %{{.*}} = tensor.empty() : tensor<2xi8, "enc">
// CHECK-NEXT: %[[C:cast]] = tensor.cast %[[T]] : tensor<4x?xf32> to tensor<?x?xf32>
// CHECK-NEXT: %[[C2:cast_0]] = tensor.cast %[[U]] : tensor<*xf32> to tensor<4x?xf32>
// CHECK-NEXT: %[[D:dim]] = tensor.dim %[[T]], %[[I]] : tensor<4x?xf32>
// CHECK-NEXT: %[[D2:dim_1]] = tensor.dim %[[U]], %[[I]] : tensor<*xf32>
// CHECK-NEXT: %[[R:rank]] = tensor.rank %[[U]] : tensor<*xf32>
// CHECK-NEXT: return %[[E]], %[[C]], %[[D]], %[[R]]
// GENERIC-LABEL: sym_name = "shapes"
// GENERIC: "tensor.empty"(%{{.*}}) : (index) -> tensor<4x?xf32>
// GENERIC: "tensor.empty"() : () -> tensor<2xi8, "enc">
// GENERIC: "tensor.cast"(%{{.*}}) : (tensor<4x?xf32>) -> tensor<?x?xf32>
// GENERIC: "tensor.cast"(%{{.*}}) : (tensor<*xf32>) -> tensor<4x?xf32>
// GENERIC: "tensor.dim"(%{{.*}}, %{{.*}}) : (tensor<4x?xf32>, index) -> index
// GENERIC: "tensor.dim"(%{{.*}}, %{{.*}}) : (tensor<*xf32>, index) -> index
// GENERIC: "tensor.rank"(%{{.*}}) : (tensor<*xf32>) -> index
func.func @shapes(%t: tensor<4x?xf32>, %u: tensor<*xf32>, %i: index) -> (tensor<4x?xf32>, tensor<?x?xf32>, index, index) {
  %e = tensor.empty(%i) : tensor<4x?xf32>
  %e0 = tensor.empty() : tensor<2xi8, "enc">
  %c = tensor.cast %t : tensor<4x?xf32> to tensor<?x?xf32>
  %c2 = tensor.cast %u : tensor<*xf32> to tensor<4x?xf32>
  %d = tensor.dim %t, %i : tensor<4x?xf32>
  %d2 = tensor.dim %u, %i : tensor<*xf32>
  %r = tensor.rank %u : tensor<*xf32>
  return %e, %c, %d, %r : tensor<4x?xf32>, tensor<?x?xf32>, index, index
}

// -----

/// extract, insert, from_elements and splat (0-d tensors take `[]`; splat's dynamic
/// sizes are an optional group).
// CHECK-LABEL: func.func @elements(
// CHECK-SAME: %[[T:.*]]: tensor<4x?xf32>, %[[Z:.*]]: tensor<f32>, %[[I:.*]]: index, %[[F:.*]]: f32)
// CHECK-NEXT: %[[X:extracted]] = tensor.extract %[[T]][%[[I]], %[[I]]] : tensor<4x?xf32>
// CHECK-NEXT: %[[X0:extracted_0]] = tensor.extract %[[Z]][] : tensor<f32>
// CHECK-NEXT: %[[N:inserted]] = tensor.insert %[[F]] into %[[T]][%[[I]], %[[I]]] : tensor<4x?xf32>
// CHECK-NEXT: %[[FE:from_elements]] = tensor.from_elements %[[F]], %[[X]] : tensor<2xf32>
// CHECK-NEXT: %{{from_elements_1}} = tensor.from_elements %[[X0]] : tensor<f32>
// CHECK-NEXT: %[[S:splat]] = tensor.splat %[[F]] : tensor<4x4xf32>
// CHECK-NEXT: %{{splat_2}} = tensor.splat %[[F]][%[[I]], %[[I]]] : tensor<?x3x?xf32>
// CHECK-NEXT: %{{splat_3}} = tensor.splat %[[F]] {x.y} : tensor<4xf32>
// CHECK-NEXT: return %[[N]], %[[FE]], %[[S]]
// GENERIC-LABEL: sym_name = "elements"
// GENERIC: "tensor.extract"(%{{.*}}, %{{.*}}, %{{.*}}) : (tensor<4x?xf32>, index, index) -> f32
// GENERIC: "tensor.extract"(%{{.*}}) : (tensor<f32>) -> f32
// GENERIC: "tensor.insert"(%{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}) : (f32, tensor<4x?xf32>, index, index) -> tensor<4x?xf32>
// GENERIC: "tensor.from_elements"(%{{.*}}, %{{.*}}) : (f32, f32) -> tensor<2xf32>
// GENERIC: "tensor.from_elements"(%{{.*}}) : (f32) -> tensor<f32>
// GENERIC: "tensor.splat"(%{{.*}}) : (f32) -> tensor<4x4xf32>
// GENERIC: "tensor.splat"(%{{.*}}, %{{.*}}, %{{.*}}) : (f32, index, index) -> tensor<?x3x?xf32>
// GENERIC: "tensor.splat"(%{{.*}}) {x.y} : (f32) -> tensor<4xf32>
func.func @elements(%t: tensor<4x?xf32>, %z: tensor<f32>, %i: index, %f: f32) -> (tensor<4x?xf32>, tensor<2xf32>, tensor<4x4xf32>) {
  %x = tensor.extract %t[%i, %i] : tensor<4x?xf32>
  %x0 = tensor.extract %z[] : tensor<f32>
  %n = tensor.insert %f into %t[%i, %i] : tensor<4x?xf32>
  %fe = tensor.from_elements %f, %x : tensor<2xf32>
  %fe0 = tensor.from_elements %x0 : tensor<f32>
  %sp = tensor.splat %f : tensor<4x4xf32>
  %sp2 = tensor.splat %f[%i, %i] : tensor<?x3x?xf32>
  %sp3 = tensor.splat %f {x.y} : tensor<4xf32>
  return %n, %fe, %sp : tensor<4x?xf32>, tensor<2xf32>, tensor<4x4xf32>
}

// -----

/// extract_slice and insert_slice: mixed static/dynamic offsets, sizes and strides,
/// rank-reducing forms.
// CHECK-LABEL: func.func @slices(
// CHECK-SAME: %[[T:.*]]: tensor<8x?xf32>, %[[I:.*]]: index, %[[U:.*]]: tensor<4x1xf32>)
// CHECK-NEXT: %[[S:extracted_slice]] = tensor.extract_slice %[[T]][0, %[[I]]] [4, %[[I]]] [1, 2] : tensor<8x?xf32> to tensor<4x?xf32>
// CHECK-NEXT: %[[R:extracted_slice_0]] = tensor.extract_slice %[[T]][%[[I]], 0] [1, %[[I]]] [1, 1] {x.y} : tensor<8x?xf32> to tensor<?xf32>
// CHECK-NEXT: %[[N:inserted_slice]] = tensor.insert_slice %[[U]] into %[[T]][0, %[[I]]] [4, 1] [1, 1] : tensor<4x1xf32> into tensor<8x?xf32>
// CHECK-NEXT: %[[N2:inserted_slice_1]] = tensor.insert_slice %[[R]] into %[[T]][0, 0] [1, %[[I]]] [1, 1] : tensor<?xf32> into tensor<8x?xf32>
// CHECK-NEXT: return %[[S]], %[[R]], %[[N]], %[[N2]]
// GENERIC-LABEL: sym_name = "slices"
// GENERIC: "tensor.extract_slice"(%{{.*}}, %{{.*}}, %{{.*}}) <{operandSegmentSizes = array<i32: 1, 1, 1, 0>, static_offsets = array<i64: 0, -9223372036854775808>, static_sizes = array<i64: 4, -9223372036854775808>, static_strides = array<i64: 1, 2>}> : (tensor<8x?xf32>, index, index) -> tensor<4x?xf32>
// GENERIC: "tensor.extract_slice"(%{{.*}}, %{{.*}}, %{{.*}}) <{operandSegmentSizes = array<i32: 1, 1, 1, 0>, static_offsets = array<i64: -9223372036854775808, 0>, static_sizes = array<i64: 1, -9223372036854775808>, static_strides = array<i64: 1, 1>}> {x.y} : (tensor<8x?xf32>, index, index) -> tensor<?xf32>
// GENERIC: "tensor.insert_slice"(%{{.*}}, %{{.*}}, %{{.*}}) <{operandSegmentSizes = array<i32: 1, 1, 1, 0, 0>, static_offsets = array<i64: 0, -9223372036854775808>, static_sizes = array<i64: 4, 1>, static_strides = array<i64: 1, 1>}> : (tensor<4x1xf32>, tensor<8x?xf32>, index) -> tensor<8x?xf32>
// GENERIC: "tensor.insert_slice"(%{{.*}}, %{{.*}}, %{{.*}}) <{operandSegmentSizes = array<i32: 1, 1, 0, 1, 0>, static_offsets = array<i64: 0, 0>, static_sizes = array<i64: 1, -9223372036854775808>, static_strides = array<i64: 1, 1>}> : (tensor<?xf32>, tensor<8x?xf32>, index) -> tensor<8x?xf32>
func.func @slices(%t: tensor<8x?xf32>, %i: index, %u: tensor<4x1xf32>) -> (tensor<4x?xf32>, tensor<?xf32>, tensor<8x?xf32>, tensor<8x?xf32>) {
  %0 = tensor.extract_slice %t[0, %i] [4, %i] [1, 2] : tensor<8x?xf32> to tensor<4x?xf32>
  %1 = tensor.extract_slice %t[%i, 0] [1, %i] [1, 1] {x.y} : tensor<8x?xf32> to tensor<?xf32>
  %2 = tensor.insert_slice %u into %t[0, %i] [4, 1] [1, 1] : tensor<4x1xf32> into tensor<8x?xf32>
  %3 = tensor.insert_slice %1 into %t[0, 0] [1, %i] [1, 1] : tensor<?xf32> into tensor<8x?xf32>
  return %0, %1, %2, %3 : tensor<4x?xf32>, tensor<?xf32>, tensor<8x?xf32>, tensor<8x?xf32>
}

// -----

/// generate: a region from the indices to the element, terminated by yield.
// CHECK-LABEL: func.func @generate(
// CHECK-SAME: %[[D:.*]]: index, %[[F:.*]]: f32)
// CHECK-NEXT: %[[G:generated]] = tensor.generate %[[D]] {
// CHECK-NEXT: ^bb0(%[[I:.*]]: index, %{{.*}}: index):
// CHECK-NEXT: %{{.*}} = arith.index_cast %[[I]] : index to i32
// CHECK-NEXT: tensor.yield %[[F]] : f32
// CHECK-NEXT: } : tensor<?x3xf32>
// CHECK-NEXT: %[[G0:generated_0]] = tensor.generate {
// CHECK-NEXT: tensor.yield %[[F]] : f32
// CHECK-NEXT: } {x.y} : tensor<f32>
// CHECK-NEXT: return %[[G]], %[[G0]]
// GENERIC-LABEL: sym_name = "generate"
// GENERIC: "tensor.generate"(%{{.*}}) ({
// GENERIC: "tensor.yield"(%{{.*}}) : (f32) -> ()
// GENERIC-NEXT: }) : (index) -> tensor<?x3xf32>
// GENERIC: "tensor.generate"() ({
// GENERIC-NEXT: "tensor.yield"(%{{.*}}) : (f32) -> ()
// GENERIC-NEXT: }) {x.y} : () -> tensor<f32>
func.func @generate(%d: index, %f: f32) -> (tensor<?x3xf32>, tensor<f32>) {
  %0 = tensor.generate %d {
  ^bb0(%i: index, %j: index):
    %s = arith.index_cast %i : index to i32
    tensor.yield %f : f32
  } : tensor<?x3xf32>
  %1 = tensor.generate {
    tensor.yield %f : f32
  } {x.y} : tensor<f32>
  return %0, %1 : tensor<?x3xf32>, tensor<f32>
}
