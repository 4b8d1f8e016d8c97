// RUN: pymlir-opt %s --inline | FileCheck %s

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
