// RUN: pymlir-opt %s --split-input-file --inline | FileCheck %s

/// Every gpu op may be inlined (upstream's GPUInlinerInterface).
// CHECK-LABEL: func.func @caller(
// CHECK-SAME: %[[D:arg0]]: index)
// CHECK-NEXT: %[[W:[0-9]+]] = gpu.wait async
// CHECK-NEXT: %[[M:.*]], %[[T:.*]] = gpu.alloc async [%[[W]]] (%[[D]]) : memref<?xf32>
// CHECK-NEXT: %thread_id_x = gpu.thread_id x
// CHECK-NEXT: gpu.wait [%[[T]]]
// CHECK-NEXT: return %[[M]], %thread_id_x : memref<?xf32>, index
func.func private @callee(%d: index) -> (memref<?xf32>, index) {
  %t0 = gpu.wait async
  %m, %t = gpu.alloc async [%t0] (%d) : memref<?xf32>
  %x = gpu.thread_id x
  gpu.wait [%t]
  return %m, %x : memref<?xf32>, index
}

func.func @caller(%d: index) -> (memref<?xf32>, index) {
  %r:2 = call @callee(%d) : (index) -> (memref<?xf32>, index)
  return %r#0, %r#1 : memref<?xf32>, index
}

// -----

/// Nothing is inlined into a gpu op's region (upstream's GPUInlinerInterface allows
/// only the ops): the call in the gpu.func stays.
// CHECK-LABEL: gpu.func @kernel(
// CHECK-NEXT: %[[C0:.*]] = arith.constant 0 : index
// CHECK-NEXT: %[[R:.*]] = func.call @callee(%arg0) : (i32) -> i32
// CHECK-NEXT: memref.store %[[R]], %arg1[%[[C0]]] : memref<4xi32>
gpu.module @m {
  func.func @callee(%a: i32) -> i32 {
    %t = gpu.thread_id x
    %c = arith.index_cast %t : index to i32
    %r = arith.addi %a, %c : i32
    return %r : i32
  }
  gpu.func @kernel(%a: i32, %m: memref<4xi32>) kernel {
    %r = func.call @callee(%a) : (i32) -> i32
    %c0 = arith.constant 0 : index
    memref.store %r, %m[%c0] : memref<4xi32>
    gpu.return
  }
}
