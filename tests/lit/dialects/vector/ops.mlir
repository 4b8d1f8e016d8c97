// RUN: pymlir-opt %s | FileCheck %s
// RUN: pymlir-opt %s | pymlir-opt | FileCheck %s
// RUN: pymlir-opt %s --mlir-print-op-generic | pymlir-opt | FileCheck %s

/// vector.broadcast of scalars and vectors, fixed and scalable, to any rank.
// CHECK-LABEL: func.func @broadcast(
// CHECK-SAME: %[[A:.*]]: f32, %[[V:.*]]: vector<4xf32>, %[[S:.*]]: vector<[4]xf32>, %[[Z:.*]]: vector<f32>, %[[I:.*]]: index)
// CHECK-NEXT: %{{.*}} = vector.broadcast %[[A]] : f32 to vector<4xf32>
// CHECK-NEXT: %{{.*}} = vector.broadcast %[[A]] : f32 to vector<f32>
// CHECK-NEXT: %{{.*}} = vector.broadcast %[[V]] : vector<4xf32> to vector<2x3x4xf32>
// CHECK-NEXT: %{{.*}} = vector.broadcast %[[S]] : vector<[4]xf32> to vector<2x[4]xf32>
// CHECK-NEXT: %{{.*}} = vector.broadcast %[[Z]] : vector<f32> to vector<3xf32>
// CHECK-NEXT: %{{.*}} = vector.broadcast %[[I]] : index to vector<2x[8]xindex>
func.func @broadcast(%a: f32, %v: vector<4xf32>, %s: vector<[4]xf32>, %z: vector<f32>, %i: index) {
  %0 = vector.broadcast %a : f32 to vector<4xf32>
  %1 = vector.broadcast %a : f32 to vector<f32>
  %2 = vector.broadcast %v : vector<4xf32> to vector<2x3x4xf32>
  %3 = vector.broadcast %s : vector<[4]xf32> to vector<2x[4]xf32>
  %4 = vector.broadcast %z : vector<f32> to vector<3xf32>
  %5 = vector.broadcast %i : index to vector<2x[8]xindex>
  return
}

/// A unit dimension may broadcast to a scalable one.
// CHECK-LABEL: func.func @unit_to_scalable(
// CHECK-NEXT: %{{.*}} = vector.broadcast %{{.*}} : vector<1xi8> to vector<[16]xi8>
func.func @unit_to_scalable(%u: vector<1xi8>) {
  %0 = vector.broadcast %u : vector<1xi8> to vector<[16]xi8>
  return
}
