// RUN: pymlir-opt %s -split-input-file -finalize-memref-to-llvm | FileCheck %s
// RUN: pymlir-opt %s -split-input-file -finalize-memref-to-llvm=use-aligned-alloc=1 | FileCheck %s --check-prefix=ALIGNED
// RUN: pymlir-opt %s -split-input-file -finalize-memref-to-llvm=use-generic-functions=1 | FileCheck %s --check-prefix=GENERIC
// RUN: pymlir-opt %s -split-input-file -finalize-memref-to-llvm=index-bitwidth=32 | FileCheck %s --check-prefix=I32

/// An aligned alloc: malloc of size + alignment and the pointer rounded up; with
/// use-aligned-alloc, aligned_alloc of the rounded-up size; with
/// use-generic-functions, the _mlir_memref_to_llvm_ functions; index-bitwidth=32
/// makes sizes i32.
// CHECK:       llvm.func @free(!llvm.ptr)
// CHECK:       llvm.func @malloc(i64) -> !llvm.ptr
// CHECK-LABEL: func.func @alloc
//       CHECK:   %[[N:.*]] = builtin.unrealized_conversion_cast %{{.*}} : index to i64
//       CHECK:   %[[Z:.*]] = llvm.mlir.zero : !llvm.ptr
//       CHECK:   %[[G:.*]] = llvm.getelementptr %[[Z]][%[[N]]] : (!llvm.ptr, i64) -> !llvm.ptr, f32
//       CHECK:   %[[S:.*]] = llvm.ptrtoint %[[G]] : !llvm.ptr to i64
//       CHECK:   %[[AL:.*]] = llvm.mlir.constant(32 : index) : i64
//       CHECK:   %[[T:.*]] = llvm.add %[[S]], %[[AL]] : i64
//       CHECK:   %[[M:.*]] = llvm.call @malloc(%[[T]]) : (i64) -> !llvm.ptr
//       CHECK:   llvm.urem
//       CHECK:   llvm.inttoptr
//       CHECK:   %[[D:.*]] = llvm.extractvalue %{{.*}}[0] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>
//       CHECK:   llvm.call @free(%[[D]]) : (!llvm.ptr) -> ()
// ALIGNED:       llvm.func @aligned_alloc(i64, i64) -> !llvm.ptr
// ALIGNED-LABEL: func.func @alloc
//       ALIGNED:   %[[AL:.*]] = llvm.mlir.constant(32 : index) : i64
//       ALIGNED:   llvm.urem
//       ALIGNED:   %[[R:.*]] = llvm.sub %{{.*}}, %{{.*}} : i64
//       ALIGNED:   llvm.call @aligned_alloc(%[[AL]], %[[R]]) : (i64, i64) -> !llvm.ptr
// GENERIC:       llvm.func @_mlir_memref_to_llvm_free(!llvm.ptr)
// GENERIC:       llvm.func @_mlir_memref_to_llvm_alloc(i64) -> !llvm.ptr
// GENERIC-LABEL: func.func @alloc
//       GENERIC:   llvm.call @_mlir_memref_to_llvm_alloc(%{{.*}}) : (i64) -> !llvm.ptr
//       GENERIC:   llvm.call @_mlir_memref_to_llvm_free(%{{.*}}) : (!llvm.ptr) -> ()
// I32:       llvm.func @malloc(i32) -> !llvm.ptr
// I32-LABEL: func.func @alloc
//       I32:   llvm.getelementptr %{{.*}}[%{{.*}}] : (!llvm.ptr, i32) -> !llvm.ptr, f32
//       I32:   llvm.mlir.poison : !llvm.struct<(ptr, ptr, i32, array<1 x i32>, array<1 x i32>)>
func.func @alloc(%n: index) {
  %a = memref.alloc(%n) {alignment = 32} : memref<?xf32>
  memref.dealloc %a : memref<?xf32>
  return
}

// -----

/// A global becomes nested arrays; get_global points at its first element, the
/// allocated pointer being 0xdeadbeef.
// CHECK: llvm.mlir.global private constant @cst(dense<1.000000e+00> : tensor<2x3xf32>) {addr_space = 0 : i32} : !llvm.array<2 x array<3 x f32>>
// CHECK-LABEL: func.func @get_global
//       CHECK:   %[[A:.*]] = llvm.mlir.addressof @cst : !llvm.ptr
//       CHECK:   %[[G:.*]] = llvm.getelementptr %[[A]][0, 0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.array<2 x array<3 x f32>>
//       CHECK:   %[[B:.*]] = llvm.mlir.constant(3735928559 : index) : i64
//       CHECK:   %[[BP:.*]] = llvm.inttoptr %[[B]] : i64 to !llvm.ptr
//       CHECK:   %[[D:.*]] = llvm.insertvalue %[[BP]], %{{.*}}[0]
//       CHECK:   llvm.insertvalue %[[G]], %[[D]][1]
memref.global "private" constant @cst : memref<2x3xf32> = dense<1.0>
func.func @get_global() -> memref<2x3xf32> {
  %a = memref.get_global @cst : memref<2x3xf32>
  return %a : memref<2x3xf32>
}

// -----

/// A copy of contiguous memrefs is a memcpy of elements times element size.
// CHECK-LABEL: func.func @copy
//       CHECK:   %[[E:.*]] = llvm.ptrtoint %{{.*}} : !llvm.ptr to i64
//       CHECK:   %[[T:.*]] = llvm.mul %{{.*}}, %[[E]] : i64
//       CHECK:   %[[SRC:.*]] = llvm.getelementptr %{{.*}}[%{{.*}}] : (!llvm.ptr, i64) -> !llvm.ptr, f32
//       CHECK:   %[[DST:.*]] = llvm.getelementptr %{{.*}}[%{{.*}}] : (!llvm.ptr, i64) -> !llvm.ptr, f32
//       CHECK:   "llvm.intr.memcpy"(%[[DST]], %[[SRC]], %[[T]]) <{isVolatile = false}>
func.func @copy(%a: memref<4x?xf32>, %b: memref<4x?xf32>) {
  memref.copy %a, %b : memref<4x?xf32> to memref<4x?xf32>
  return
}

// -----

/// atomic_rmw becomes llvm.atomicrmw (acq_rel); rank of an unranked memref reads
/// the descriptor.
// CHECK-LABEL: func.func @atomic_and_rank
//       CHECK:   llvm.atomicrmw fadd %{{.*}}, %{{.*}} acq_rel : !llvm.ptr, f32
//       CHECK:   llvm.extractvalue %{{.*}}[0] : !llvm.struct<(i64, ptr)>
func.func @atomic_and_rank(%m: memref<8xf32>, %k: index, %f: f32, %u: memref<*xf32>) -> (f32, index) {
  %0 = memref.atomic_rmw addf %f, %m[%k] : (f32, memref<8xf32>) -> f32
  %1 = memref.rank %u : memref<*xf32>
  return %0, %1 : f32, index
}
