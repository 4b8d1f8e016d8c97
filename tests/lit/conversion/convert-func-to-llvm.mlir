// RUN: pymlir-opt %s -convert-func-to-llvm | FileCheck %s
// RUN: pymlir-opt %s '-convert-func-to-llvm=use-bare-ptr-memref-call-conv=1 index-bitwidth=32' | FileCheck %s --check-prefix=BARE

/// The descriptor calling convention unpacks a memref argument into its fields and
/// packs them again; llvm.emit_c_interface adds a wrapper taking a pointer to the
/// descriptor. With bare pointers a static memref is one pointer (no wrapper), and
/// index-bitwidth=32 makes the index fields i32.
// CHECK-LABEL: llvm.func @static
//  CHECK-SAME: (%[[A0:.*]]: !llvm.ptr, %[[A1:.*]]: !llvm.ptr, %[[A2:.*]]: i64, %[[A3:.*]]: i64, %[[A4:.*]]: i64, %[[I:.*]]: i64) -> f32 attributes {llvm.emit_c_interface}
//       CHECK:   %[[P:.*]] = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>
//       CHECK:   llvm.insertvalue %[[A0]], %[[P]][0]
//       CHECK:   llvm.return %{{.*}} : f32
// CHECK-LABEL: llvm.func @_mlir_ciface_static
//  CHECK-SAME: (%[[D:.*]]: !llvm.ptr, %[[J:.*]]: i64) -> f32
//       CHECK:   %[[L:.*]] = llvm.load %[[D]] : !llvm.ptr -> !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>
//       CHECK:   %[[R:.*]] = llvm.call @static(%{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %[[J]]) : (!llvm.ptr, !llvm.ptr, i64, i64, i64, i64) -> f32
//       CHECK:   llvm.return %[[R]] : f32
// BARE-LABEL: llvm.func @static
//  BARE-SAME: (%[[P:.*]]: !llvm.ptr, %[[I:.*]]: i32) -> f32
//       BARE:   %[[S:.*]] = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i32, array<1 x i32>, array<1 x i32>)>
//       BARE:   %[[S0:.*]] = llvm.insertvalue %[[P]], %[[S]][0]
//       BARE:   llvm.insertvalue %[[P]], %[[S0]][1]
//       BARE:   llvm.mlir.constant(4 : index) : i32
//   BARE-NOT:   _mlir_ciface
func.func @static(%m: memref<4xf32>, %i: index) -> f32 attributes {llvm.emit_c_interface} {
  %x = memref.load %m[%i] : memref<4xf32>
  return %x : f32
}
