// RUN: pymlir-opt %s -allow-unregistered-dialect -finalize-memref-to-llvm -reconcile-unrealized-casts -split-input-file | FileCheck %s

/// memref.cast ranked -> unranked: the descriptor is stored in a one-element alloca
/// and the unranked descriptor is (rank, pointer to it).
// CHECK-LABEL: func.func @to_unranked
//       CHECK:   %[[D:.*]] = builtin.unrealized_conversion_cast %{{.*}} : memref<2x3xf32> to !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>
//       CHECK:   %[[ONE:.*]] = llvm.mlir.constant(1 : index) : i64
//       CHECK:   %[[P:.*]] = llvm.alloca %[[ONE]] x !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> : (i64) -> !llvm.ptr
//       CHECK:   llvm.store %[[D]], %[[P]] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>, !llvm.ptr
//       CHECK:   %[[RANK:.*]] = llvm.mlir.constant(2 : index) : i64
//       CHECK:   %[[U0:.*]] = llvm.mlir.poison : !llvm.struct<(i64, ptr)>
//       CHECK:   %[[U1:.*]] = llvm.insertvalue %[[RANK]], %[[U0]][0] : !llvm.struct<(i64, ptr)>
//       CHECK:   %[[U2:.*]] = llvm.insertvalue %[[P]], %[[U1]][1] : !llvm.struct<(i64, ptr)>
//       CHECK:   builtin.unrealized_conversion_cast %[[U2]] : !llvm.struct<(i64, ptr)> to memref<*xf32>
func.func @to_unranked(%m: memref<2x3xf32>) -> i64 {
  %u = memref.cast %m : memref<2x3xf32> to memref<*xf32>
  %r = "test.use"(%u) : (memref<*xf32>) -> i64
  return %r : i64
}

// -----

/// memref.cast unranked -> ranked loads the descriptor the unranked one points to.
// CHECK-LABEL: func.func @to_ranked
//       CHECK:   %[[U:.*]] = builtin.unrealized_conversion_cast %{{.*}} : memref<*xf32> to !llvm.struct<(i64, ptr)>
//       CHECK:   %[[P:.*]] = llvm.extractvalue %[[U]][1] : !llvm.struct<(i64, ptr)>
//       CHECK:   %[[D:.*]] = llvm.load %[[P]] : !llvm.ptr -> !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>
//       CHECK:   llvm.extractvalue %[[D]][1]
func.func @to_ranked(%u: memref<*xf32>) -> f32 {
  %m = memref.cast %u : memref<*xf32> to memref<4xf32>
  %c0 = arith.constant 0 : index
  %v = memref.load %m[%c0] : memref<4xf32>
  return %v : f32
}

// -----

/// memref.cast between ranked types of one descriptor type keeps the descriptor.
// CHECK-LABEL: func.func @ranked_to_ranked
//       CHECK:   %[[D:.*]] = builtin.unrealized_conversion_cast %{{.*}} : memref<4xf32> to !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>
//   CHECK-NOT:   llvm.alloca
//       CHECK:   llvm.extractvalue %[[D]][1]
func.func @ranked_to_ranked(%m: memref<4xf32>) -> f32 {
  %d = memref.cast %m : memref<4xf32> to memref<?xf32>
  %c0 = arith.constant 0 : index
  %v = memref.load %d[%c0] : memref<?xf32>
  return %v : f32
}
