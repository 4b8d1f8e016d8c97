// RUN: pymlir-opt %s --split-input-file --canonicalize | FileCheck %s

/// A broadcast of a scalar constant is a splat constant; a broadcast to its own type is
/// its source; a broadcast of a broadcast broadcasts the first source.
// CHECK-LABEL: func.func @fold(
// CHECK-SAME: %[[A:.*]]: i16, %[[V:.*]]: vector<4xi16>)
// CHECK-NEXT: %[[C:.*]] = arith.constant dense<-3> : vector<2x4xi16>
// CHECK-NEXT: %[[F:.*]] = arith.constant dense<1.500000e+00> : vector<[4]xf32>
// CHECK-NEXT: %[[B:.*]] = vector.broadcast %[[A]] : i16 to vector<3x4xi16>
// CHECK-NEXT: return %[[C]], %[[F]], %[[V]], %[[B]]
func.func @fold(%a: i16, %v: vector<4xi16>) -> (vector<2x4xi16>, vector<[4]xf32>, vector<4xi16>, vector<3x4xi16>) {
  %c = arith.constant -3 : i16
  %0 = vector.broadcast %c : i16 to vector<2x4xi16>
  %f = arith.constant 1.5 : f32
  %1 = vector.broadcast %f : f32 to vector<[4]xf32>
  %2 = vector.broadcast %v : vector<4xi16> to vector<4xi16>
  %3 = vector.broadcast %a : i16 to vector<4xi16>
  %4 = vector.broadcast %3 : vector<4xi16> to vector<3x4xi16>
  return %0, %1, %2, %4 : vector<2x4xi16>, vector<[4]xf32>, vector<4xi16>, vector<3x4xi16>
}

// -----

/// A vector constant is not folded into a broadcast to a higher rank (upstream folds
/// scalars only); arith folds through the splat.
// CHECK-LABEL: func.func @no_fold_vector(
// CHECK-NEXT: %[[S:.*]] = arith.constant dense<5.000000e+00> : vector<4xf32>
// CHECK-NEXT: %[[K:.*]] = arith.constant dense<[1, 2]> : vector<2xi32>
// CHECK-NEXT: %[[B:.*]] = vector.broadcast %[[K]] : vector<2xi32> to vector<3x2xi32>
// CHECK-NEXT: return %[[B]], %[[S]]
func.func @no_fold_vector() -> (vector<3x2xi32>, vector<4xf32>) {
  %k = arith.constant dense<[1, 2]> : vector<2xi32>
  %0 = vector.broadcast %k : vector<2xi32> to vector<3x2xi32>
  %five = arith.constant 5 : i32
  %s = vector.broadcast %five : i32 to vector<4xi32>
  %1 = arith.sitofp %s : vector<4xi32> to vector<4xf32>
  return %0, %1 : vector<3x2xi32>, vector<4xf32>
}

// -----

/// A broadcast of poison is poison.
// CHECK-LABEL: func.func @poison(
// CHECK-NEXT: %[[P:.*]] = ub.poison : vector<4xi8>
// CHECK-NEXT: return %[[P]]
func.func @poison() -> vector<4xi8> {
  %p = ub.poison : i8
  %0 = vector.broadcast %p : i8 to vector<4xi8>
  return %0 : vector<4xi8>
}
