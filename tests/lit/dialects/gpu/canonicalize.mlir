// RUN: pymlir-opt %s --split-input-file --canonicalize | FileCheck %s

/// A token of `gpu.wait async` without dependencies is dropped from dependency lists
/// (EraseRedundantGpuWaitOpPairs), and the then unused wait erased.
// CHECK-LABEL: func.func @wait_pairs(
// CHECK-NEXT: %[[W:[0-9]+]] = gpu.wait async
// CHECK-NEXT: %[[D:[0-9]+]] = gpu.dealloc async [%[[W]]] %{{.*}} : memref<4xf32>
// CHECK-NEXT: gpu.wait [%[[D]]]
// CHECK-NEXT: return
func.func @wait_pairs(%m: memref<4xf32>) {
  %t0 = gpu.wait async
  %t1 = gpu.wait async
  %t2 = gpu.dealloc async [%t0] %m : memref<4xf32>
  gpu.wait [%t0, %t2, %t1]
  return
}

// -----

/// SimplifyGpuWaitOp: `wait async [%t]` forwards %t, a plain `gpu.wait` and an unused
/// `wait async` are erased.
// CHECK-LABEL: func.func @wait_forward(
// CHECK-SAME: %[[M:arg0]]: memref<4xf32>, %[[T:arg1]]: !gpu.async.token)
// CHECK-NEXT: %[[D:[0-9]+]] = gpu.dealloc async [%[[T]]] %[[M]] : memref<4xf32>
// CHECK-NEXT: %[[W:[0-9]+]] = gpu.wait async [%[[T]], %[[D]]]
// CHECK-NEXT: return %[[W]] : !gpu.async.token
func.func @wait_forward(%m: memref<4xf32>, %t: !gpu.async.token) -> !gpu.async.token {
  %t1 = gpu.wait async [%t]
  %t2 = gpu.dealloc async [%t1] %m : memref<4xf32>
  gpu.wait
  %t3 = gpu.wait async [%t, %t2]
  %t4 = gpu.wait async [%t, %t2]
  return %t4 : !gpu.async.token
}

// -----

/// EraseTrivialCopyOp: a copy into an allocation only deallocated afterwards is
/// erased (an async one's token becomes its one dependency).
// CHECK-LABEL: func.func @trivial_copy(
// CHECK-SAME: %[[T:arg1]]: !gpu.async.token)
// CHECK-NEXT: %[[M:.*]] = gpu.alloc () : memref<4xf32>
// CHECK-NEXT: gpu.dealloc %[[M]] : memref<4xf32>
// CHECK-NEXT: %[[M2:.*]], %[[TA:.*]] = gpu.alloc async [%[[T]]] () : memref<4xf32>
// CHECK-NEXT: %[[D:[0-9]+]] = gpu.dealloc async [%[[TA]]] %[[M2]] : memref<4xf32>
// CHECK-NEXT: return %[[D]] : !gpu.async.token
func.func @trivial_copy(%src: memref<4xf32>, %t: !gpu.async.token) -> !gpu.async.token {
  %m = gpu.alloc () : memref<4xf32>
  gpu.memcpy %m, %src : memref<4xf32>, memref<4xf32>
  gpu.dealloc %m : memref<4xf32>
  %m2, %ta = gpu.alloc async [%t] () : memref<4xf32>
  %t2 = gpu.memcpy async [%ta] %m2, %src : memref<4xf32>, memref<4xf32>
  %t3 = gpu.dealloc async [%t2] %m2 : memref<4xf32>
  return %t3 : !gpu.async.token
}

// -----

/// A copy whose destination is used otherwise stays; a synchronous copy with a
/// dependency, or an async one with two, stays too.
// CHECK-LABEL: func.func @copy_kept(
// CHECK-SAME: %[[SRC:arg0]]: memref<4xf32>, %[[T:arg1]]: !gpu.async.token, %[[U:arg2]]: !gpu.async.token)
// CHECK-NEXT: %[[M:.*]] = gpu.alloc () : memref<4xf32>
// CHECK-NEXT: gpu.memcpy %[[M]], %[[SRC]] : memref<4xf32>, memref<4xf32>
// CHECK-NEXT: %[[M1:.*]] = gpu.alloc () : memref<4xf32>
// CHECK-NEXT: gpu.memcpy [%[[T]]] %[[M1]], %[[SRC]] : memref<4xf32>, memref<4xf32>
// CHECK-NEXT: %[[M2:.*]] = gpu.alloc () : memref<4xf32>
// CHECK-NEXT: %[[C:[0-9]+]] = gpu.memcpy async [%[[T]], %[[U]]] %[[M2]], %[[SRC]] : memref<4xf32>, memref<4xf32>
// CHECK-NEXT: gpu.wait [%[[C]]]
// CHECK-NEXT: return %[[M]] : memref<4xf32>
func.func @copy_kept(%src: memref<4xf32>, %t: !gpu.async.token, %u: !gpu.async.token) -> memref<4xf32> {
  %m = gpu.alloc () : memref<4xf32>
  gpu.memcpy %m, %src : memref<4xf32>, memref<4xf32>
  %m1 = gpu.alloc () : memref<4xf32>
  gpu.memcpy [%t] %m1, %src : memref<4xf32>, memref<4xf32>
  %m2 = gpu.alloc () : memref<4xf32>
  %t2 = gpu.memcpy async [%t, %u] %m2, %src : memref<4xf32>, memref<4xf32>
  gpu.wait [%t2]
  return %m : memref<4xf32>
}

// -----

/// SimplifyDimOfAllocOp: memref.dim of a dynamic size of a gpu.alloc is its operand.
// CHECK-LABEL: func.func @dim_of_alloc(
// CHECK-SAME: %[[D:arg0]]: index, %[[E:arg1]]: index)
// CHECK-NEXT: %[[C4:.*]] = arith.constant 4 : index
// CHECK-NEXT: %[[M:.*]] = gpu.alloc (%[[D]], %[[E]]) : memref<?x4x?xf32>
// CHECK-NEXT: gpu.dealloc %[[M]] : memref<?x4x?xf32>
// CHECK-NEXT: return %[[D]], %[[E]], %[[C4]] : index, index, index
func.func @dim_of_alloc(%d: index, %e: index) -> (index, index, index) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c2 = arith.constant 2 : index
  %m = gpu.alloc (%d, %e) : memref<?x4x?xf32>
  %a = memref.dim %m, %c0 : memref<?x4x?xf32>
  %b = memref.dim %m, %c2 : memref<?x4x?xf32>
  %c = memref.dim %m, %c1 : memref<?x4x?xf32>
  gpu.dealloc %m : memref<?x4x?xf32>
  return %a, %b, %c : index, index, index
}

// -----

/// memset and memcpy fold memref.cast operands; dealloc does not.
// CHECK-LABEL: func.func @casts(
// CHECK-SAME: %[[M:arg0]]: memref<4xf32>, %[[V:arg1]]: f32)
// CHECK-NEXT: %[[C:.*]] = memref.cast %[[M]] : memref<4xf32> to memref<?xf32>
// CHECK-NEXT: gpu.memset %[[M]], %[[V]] : memref<4xf32>, f32
// CHECK-NEXT: gpu.memcpy %[[M]], %[[M]] : memref<4xf32>, memref<4xf32>
// CHECK-NEXT: gpu.dealloc %[[C]] : memref<?xf32>
func.func @casts(%m: memref<4xf32>, %v: f32) {
  %c = memref.cast %m : memref<4xf32> to memref<?xf32>
  gpu.memset %c, %v : memref<?xf32>, f32
  gpu.memcpy %c, %c : memref<?xf32>, memref<?xf32>
  gpu.dealloc %c : memref<?xf32>
  return
}

// -----

/// A barrier directly followed by a barrier is erased; unused ids (pure) and
/// allocations are erased, a dealloc of an allocation is kept.
// CHECK-LABEL: func.func @barriers_and_dead_ops(
// CHECK-NEXT: gpu.barrier
// CHECK-NEXT: %[[M:.*]] = gpu.alloc () : memref<4xf32>
// CHECK-NEXT: gpu.dealloc %[[M]] : memref<4xf32>
// CHECK-NEXT: return
func.func @barriers_and_dead_ops() {
  gpu.barrier
  %x = gpu.thread_id x
  gpu.barrier
  gpu.barrier
  %l = gpu.lane_id
  %s = gpu.subgroup_size : index
  %m0 = gpu.alloc () : memref<4xf32>
  %m1, %t = gpu.alloc async () : memref<4xf32>
  %m = gpu.alloc () : memref<4xf32>
  gpu.dealloc %m : memref<4xf32>
  return
}
