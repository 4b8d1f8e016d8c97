// RUN: pymlir-opt %s --split-input-file | FileCheck %s
// RUN: pymlir-opt %s --split-input-file | pymlir-opt --split-input-file | FileCheck %s
// RUN: pymlir-opt %s --split-input-file --mlir-print-op-generic | pymlir-opt --split-input-file | FileCheck %s
// RUN: pymlir-opt %s --split-input-file --mlir-print-op-generic | FileCheck %s --check-prefix=GENERIC

/// alloc and alloca: dynamic sizes, layout symbols, alignment, memory spaces; results
/// are named %alloc and %alloca.
// CHECK: #map = affine_map<(d0, d1)[s0] -> (d0 * s0 + d1)>
// CHECK-LABEL: func.func @alloc(
// CHECK-SAME: %[[ARG0:arg[0-9]+]]: index, %[[ARG1:arg[0-9]+]]: index) {
// CHECK-NEXT: %[[ALLOC:alloc]] = memref.alloc(%[[ARG0]]) : memref<8x?xf32>
// CHECK-NEXT: %[[ALLOC_0:alloc_0]] = memref.alloc()[%[[ARG1]]] : memref<8x64xf32, #map>
// CHECK-NEXT: %[[ALLOC_1:alloc_1]] = memref.alloc(%[[ARG0]])[%[[ARG1]]] {alignment = 8 : i64} : memref<?x64xf32, strided<[?, 1]>, 1>
// CHECK-NEXT: %[[ALLOCA:alloca]] = memref.alloca() : memref<4xi8>
// CHECK-NEXT: %[[ALLOCA_2:alloca_2]] = memref.alloca(%[[ARG0]]) {alignment = 16 : i64} : memref<?xf32, strided<[1]>>
// CHECK-NEXT: %[[ALLOC_3:alloc_3]] = memref.alloc() : memref<f32>
// CHECK-NEXT: %[[ALLOC_4:alloc_4]] = memref.alloc()[%[[ARG1]]] : memref<4xf32, strided<[1], offset: ?>>
// CHECK-NEXT: return
// CHECK-NEXT: }
// GENERIC: %{{[^ ,)]+}} = "memref.alloc"(%{{[^ ,)]+}}) <{operandSegmentSizes = array<i32: 1, 0>}> : (index) -> memref<8x?xf32>
// GENERIC: %{{[^ ,)]+}} = "memref.alloc"(%{{[^ ,)]+}}) <{operandSegmentSizes = array<i32: 0, 1>}> : (index) -> memref<8x64xf32, #map>
// GENERIC: %{{[^ ,)]+}} = "memref.alloc"(%{{[^ ,)]+}}, %{{[^ ,)]+}}) <{alignment = 8 : i64, operandSegmentSizes = array<i32: 1, 1>}> : (index, index) -> memref<?x64xf32, strided<[?, 1]>, 1>
// GENERIC: %{{[^ ,)]+}} = "memref.alloca"() <{operandSegmentSizes = array<i32: 0, 0>}> : () -> memref<4xi8>
// GENERIC: %{{[^ ,)]+}} = "memref.alloca"(%{{[^ ,)]+}}) <{alignment = 16 : i64, operandSegmentSizes = array<i32: 1, 0>}> : (index) -> memref<?xf32, strided<[1]>>
// GENERIC: %{{[^ ,)]+}} = "memref.alloc"() <{operandSegmentSizes = array<i32: 0, 0>}> : () -> memref<f32>
// GENERIC: %{{[^ ,)]+}} = "memref.alloc"(%{{[^ ,)]+}}) <{operandSegmentSizes = array<i32: 0, 1>}> : (index) -> memref<4xf32, strided<[1], offset: ?>>
func.func @alloc(%d: index, %s: index) {
  %0 = memref.alloc(%d) : memref<8x?xf32>
  %1 = memref.alloc()[%s] : memref<8x64xf32, affine_map<(d0, d1)[s0] -> (d0 * s0 + d1)>>
  %2 = memref.alloc(%d)[%s] {alignment = 8} : memref<?x64xf32, strided<[?, 1]>, 1>
  %3 = memref.alloca() : memref<4xi8>
  %4 = memref.alloca(%d) {alignment = 16 : i64} : memref<?xf32, strided<[1]>>
  %5 = memref.alloc() : memref<f32>
  %6 = memref.alloc()[%s] : memref<4xf32, strided<[1], offset: ?>>
  return
}

// -----

/// dealloc, realloc (with a dynamic size and an alignment) and casts to unranked.
// CHECK-LABEL: func.func @dealloc_realloc(
// CHECK-SAME: %[[ARG0:arg[0-9]+]]: index, %[[ARG1:arg[0-9]+]]: memref<4xi8>) {
// CHECK-NEXT: %[[V0:[0-9]+]] = memref.realloc %[[ARG1]] : memref<4xi8> to memref<8xi8>
// CHECK-NEXT: %[[V1:[0-9]+]] = memref.realloc %[[V0]](%[[ARG0]]) {alignment = 4 : i64} : memref<8xi8> to memref<?xi8>
// CHECK-NEXT: %[[CAST:cast]] = memref.cast %[[V1]] : memref<?xi8> to memref<*xi8>
// CHECK-NEXT: memref.dealloc %[[CAST]] : memref<*xi8>
// CHECK-NEXT: return
// CHECK-NEXT: }
// GENERIC: %{{[^ ,)]+}} = "memref.realloc"(%{{[^ ,)]+}}) : (memref<4xi8>) -> memref<8xi8>
// GENERIC: %{{[^ ,)]+}} = "memref.realloc"(%{{[^ ,)]+}}, %{{[^ ,)]+}}) <{alignment = 4 : i64}> : (memref<8xi8>, index) -> memref<?xi8>
// GENERIC: %{{[^ ,)]+}} = "memref.cast"(%{{[^ ,)]+}}) : (memref<?xi8>) -> memref<*xi8>
// GENERIC: "memref.dealloc"(%{{[^ ,)]+}}) : (memref<*xi8>) -> ()
func.func @dealloc_realloc(%d: index, %m: memref<4xi8>) {
  %0 = memref.realloc %m : memref<4xi8> to memref<8xi8>
  %1 = memref.realloc %0(%d) {alignment = 4} : memref<8xi8> to memref<?xi8>
  %u = memref.cast %1 : memref<?xi8> to memref<*xi8>
  memref.dealloc %u : memref<*xi8>
  return
}

// -----

/// alloca_scope without results (its terminator elided), with results, and with a
/// trailing attribute dictionary.
// CHECK-LABEL: func.func @alloca_scope(
// CHECK-SAME: %[[ARG0:arg[0-9]+]]: f32) -> f32 {
// CHECK-NEXT: memref.alloca_scope  {
// CHECK-NEXT: %[[ALLOCA:alloca]] = memref.alloca() : memref<4xf32>
// CHECK-NEXT: }
// CHECK-NEXT: %[[V0:[0-9]+]] = memref.alloca_scope  -> (f32) {
// CHECK-NEXT: memref.alloca_scope.return %[[ARG0]] : f32
// CHECK-NEXT: }
// CHECK-NEXT: %[[V1:[0-9]+]]:2 = memref.alloca_scope  -> (f32, f32) {
// CHECK-NEXT: memref.alloca_scope.return %[[ARG0]], %[[ARG0]] : f32, f32
// CHECK-NEXT: } {foo = 1 : i64}
// CHECK-NEXT: return %[[V0]] : f32
// CHECK-NEXT: }
// GENERIC: "memref.alloca_scope"() ({
// GENERIC: %{{[^ ,)]+}} = "memref.alloca"() <{operandSegmentSizes = array<i32: 0, 0>}> : () -> memref<4xf32>
// GENERIC: "memref.alloca_scope.return"() : () -> ()
// GENERIC: %{{[^ ,)]+}} = "memref.alloca_scope"() ({
// GENERIC: "memref.alloca_scope.return"(%{{[^ ,)]+}}) : (f32) -> ()
// GENERIC: %{{[^ ,)]+}} = "memref.alloca_scope"() ({
// GENERIC: "memref.alloca_scope.return"(%{{[^ ,)]+}}, %{{[^ ,)]+}}) : (f32, f32) -> ()
func.func @alloca_scope(%v: f32) -> f32 {
  memref.alloca_scope {
    %a = memref.alloca() : memref<4xf32>
  }
  %r = memref.alloca_scope -> (f32) {
    memref.alloca_scope.return %v : f32
  }
  %r2:2 = memref.alloca_scope -> (f32, f32) {
    memref.alloca_scope.return %v, %v : f32, f32
  } {foo = 1}
  return %r : f32
}

// -----

/// Globals: visibility, constant, uninitialized, declarations, splats, alignment; and
/// get_global.
// CHECK: memref.global "private" @x : memref<2xf32> = dense<[0.000000e+00, 2.000000e+00]>
// CHECK-NEXT: memref.global "private" constant @c : memref<2xi32> = dense<[1, 4]> {alignment = 64 : i64}
// CHECK-NEXT: memref.global @z : memref<3xf16> = uninitialized
// CHECK-NEXT: memref.global "private" @y : memref<4xi32>
// CHECK-NEXT: memref.global "nested" @s : memref<f32> = dense<1.000000e+00>
// CHECK-LABEL: func.func @get_global(
// CHECK-SAME: ) -> memref<2xf32> {
// CHECK-NEXT: %[[V0:[0-9]+]] = memref.get_global @x : memref<2xf32>
// CHECK-NEXT: return %[[V0]] : memref<2xf32>
// CHECK-NEXT: }
// GENERIC: "memref.global"() <{initial_value = dense<[0.000000e+00, 2.000000e+00]> : tensor<2xf32>, sym_name = "x", sym_visibility = "private", type = memref<2xf32>}> : () -> ()
// GENERIC: "memref.global"() <{alignment = 64 : i64, constant, initial_value = dense<[1, 4]> : tensor<2xi32>, sym_name = "c", sym_visibility = "private", type = memref<2xi32>}> : () -> ()
// GENERIC: "memref.global"() <{initial_value, sym_name = "z", type = memref<3xf16>}> : () -> ()
// GENERIC: "memref.global"() <{sym_name = "y", sym_visibility = "private", type = memref<4xi32>}> : () -> ()
// GENERIC: "memref.global"() <{initial_value = dense<1.000000e+00> : tensor<f32>, sym_name = "s", sym_visibility = "nested", type = memref<f32>}> : () -> ()
// GENERIC: %{{[^ ,)]+}} = "memref.get_global"() <{name = @x}> : () -> memref<2xf32>
memref.global "private" @x : memref<2xf32> = dense<[0.0, 2.0]>
memref.global "private" constant @c : memref<2xi32> = dense<[1, 4]> {alignment = 64}
memref.global @z : memref<3xf16> = uninitialized
memref.global "private" @y : memref<4xi32>
memref.global "nested" @s : memref<f32> = dense<1.0>
func.func @get_global() -> memref<2xf32> {
  %0 = memref.get_global @x : memref<2xf32>
  return %0 : memref<2xf32>
}

// -----

/// load and store with nontemporal (false is the default, elided) and alignment.
// CHECK-LABEL: func.func @load_store(
// CHECK-SAME: %[[ARG0:arg[0-9]+]]: memref<4x?xf32>, %[[ARG1:arg[0-9]+]]: index, %[[ARG2:arg[0-9]+]]: index, %[[ARG3:arg[0-9]+]]: f32) -> f32 {
// CHECK-NEXT: %[[V0:[0-9]+]] = memref.load %[[ARG0]][%[[ARG1]], %[[ARG2]]] : memref<4x?xf32>
// CHECK-NEXT: %[[V1:[0-9]+]] = memref.load %[[ARG0]][%[[ARG1]], %[[ARG2]]] {alignment = 16 : i64, nontemporal = true} : memref<4x?xf32>
// CHECK-NEXT: memref.store %[[ARG3]], %[[ARG0]][%[[ARG1]], %[[ARG2]]] : memref<4x?xf32>
// CHECK-NEXT: memref.store %[[ARG3]], %[[ARG0]][%[[ARG1]], %[[ARG2]]] : memref<4x?xf32>
// CHECK-NEXT: memref.store %[[V0]], %[[ARG0]][%[[ARG1]], %[[ARG2]]] {alignment = 8 : i64} : memref<4x?xf32>
// CHECK-NEXT: %[[ALLOC:alloc]] = memref.alloc() : memref<f32>
// CHECK-NEXT: %[[V2:[0-9]+]] = memref.load %[[ALLOC]][] : memref<f32>
// CHECK-NEXT: return %[[V1]] : f32
// CHECK-NEXT: }
// GENERIC: %{{[^ ,)]+}} = "memref.load"(%{{[^ ,)]+}}, %{{[^ ,)]+}}, %{{[^ ,)]+}}) : (memref<4x?xf32>, index, index) -> f32
// GENERIC: %{{[^ ,)]+}} = "memref.load"(%{{[^ ,)]+}}, %{{[^ ,)]+}}, %{{[^ ,)]+}}) <{alignment = 16 : i64, nontemporal = true}> : (memref<4x?xf32>, index, index) -> f32
// GENERIC: "memref.store"(%{{[^ ,)]+}}, %{{[^ ,)]+}}, %{{[^ ,)]+}}, %{{[^ ,)]+}}) : (f32, memref<4x?xf32>, index, index) -> ()
// GENERIC: "memref.store"(%{{[^ ,)]+}}, %{{[^ ,)]+}}, %{{[^ ,)]+}}, %{{[^ ,)]+}}) <{nontemporal = false}> : (f32, memref<4x?xf32>, index, index) -> ()
// GENERIC: "memref.store"(%{{[^ ,)]+}}, %{{[^ ,)]+}}, %{{[^ ,)]+}}, %{{[^ ,)]+}}) <{alignment = 8 : i64}> : (f32, memref<4x?xf32>, index, index) -> ()
// GENERIC: %{{[^ ,)]+}} = "memref.alloc"() <{operandSegmentSizes = array<i32: 0, 0>}> : () -> memref<f32>
// GENERIC: %{{[^ ,)]+}} = "memref.load"(%{{[^ ,)]+}}) : (memref<f32>) -> f32
func.func @load_store(%m: memref<4x?xf32>, %i: index, %j: index, %v: f32) -> f32 {
  %0 = memref.load %m[%i, %j] : memref<4x?xf32>
  %1 = memref.load %m[%i, %j] {nontemporal = true, alignment = 16} : memref<4x?xf32>
  memref.store %v, %m[%i, %j] : memref<4x?xf32>
  memref.store %v, %m[%i, %j] {nontemporal = false} : memref<4x?xf32>
  memref.store %0, %m[%i, %j] {alignment = 8 : i64} : memref<4x?xf32>
  %z = memref.alloc() : memref<f32>
  %2 = memref.load %z[] : memref<f32>
  return %1 : f32
}

// -----

/// atomic_rmw (kinds as keywords), generic_atomic_rmw with its region, copy, prefetch.
// CHECK-LABEL: func.func @atomics(
// CHECK-SAME: %[[ARG0:arg[0-9]+]]: memref<4x?xf32>, %[[ARG1:arg[0-9]+]]: memref<4xi32>, %[[ARG2:arg[0-9]+]]: index, %[[ARG3:arg[0-9]+]]: f32, %[[ARG4:arg[0-9]+]]: i32) {
// CHECK-NEXT: %[[V0:[0-9]+]] = memref.atomic_rmw addf %[[ARG3]], %[[ARG0]][%[[ARG2]], %[[ARG2]]] : (f32, memref<4x?xf32>) -> f32
// CHECK-NEXT: %[[V1:[0-9]+]] = memref.atomic_rmw maxs %[[ARG4]], %[[ARG1]][%[[ARG2]]] : (i32, memref<4xi32>) -> i32
// CHECK-NEXT: %[[V2:[0-9]+]] = memref.generic_atomic_rmw %[[ARG0]][%[[ARG2]], %[[ARG2]]] : memref<4x?xf32> {
// CHECK-NEXT: ^bb0(%[[ARG5:arg[0-9]+]]: f32):
// CHECK-NEXT: %[[CST:cst]] = arith.constant 1.000000e+00 : f32
// CHECK-NEXT: %[[V3:[0-9]+]] = arith.addf %[[CST]], %[[ARG5]] : f32
// CHECK-NEXT: memref.atomic_yield %[[V3]] : f32
// CHECK-NEXT: }
// CHECK-NEXT: memref.prefetch %[[ARG0]][%[[ARG2]], %[[ARG2]]], read, locality<3>, data : memref<4x?xf32>
// CHECK-NEXT: memref.prefetch %[[ARG1]][%[[ARG2]]], write, locality<0>, instr : memref<4xi32>
// CHECK-NEXT: %[[ALLOC:alloc]] = memref.alloc(%[[ARG2]]) : memref<4x?xf32>
// CHECK-NEXT: memref.copy %[[ARG0]], %[[ALLOC]] : memref<4x?xf32> to memref<4x?xf32>
// CHECK-NEXT: return
// CHECK-NEXT: }
// GENERIC: %{{[^ ,)]+}} = "memref.atomic_rmw"(%{{[^ ,)]+}}, %{{[^ ,)]+}}, %{{[^ ,)]+}}, %{{[^ ,)]+}}) <{kind = 0 : i64}> : (f32, memref<4x?xf32>, index, index) -> f32
// GENERIC: %{{[^ ,)]+}} = "memref.atomic_rmw"(%{{[^ ,)]+}}, %{{[^ ,)]+}}, %{{[^ ,)]+}}) <{kind = 6 : i64}> : (i32, memref<4xi32>, index) -> i32
// GENERIC: %{{[^ ,)]+}} = "memref.generic_atomic_rmw"(%{{[^ ,)]+}}, %{{[^ ,)]+}}, %{{[^ ,)]+}}) ({
// GENERIC: "memref.atomic_yield"(%{{[^ ,)]+}}) : (f32) -> ()
// GENERIC: "memref.prefetch"(%{{[^ ,)]+}}, %{{[^ ,)]+}}, %{{[^ ,)]+}}) <{isDataCache = true, isWrite = false, localityHint = 3 : i32}> : (memref<4x?xf32>, index, index) -> ()
// GENERIC: "memref.prefetch"(%{{[^ ,)]+}}, %{{[^ ,)]+}}) <{isDataCache = false, isWrite = true, localityHint = 0 : i32}> : (memref<4xi32>, index) -> ()
// GENERIC: %{{[^ ,)]+}} = "memref.alloc"(%{{[^ ,)]+}}) <{operandSegmentSizes = array<i32: 1, 0>}> : (index) -> memref<4x?xf32>
// GENERIC: "memref.copy"(%{{[^ ,)]+}}, %{{[^ ,)]+}}) : (memref<4x?xf32>, memref<4x?xf32>) -> ()
func.func @atomics(%m: memref<4x?xf32>, %t: memref<4xi32>, %i: index, %v: f32, %k: i32) {
  %0 = memref.atomic_rmw addf %v, %m[%i, %i] : (f32, memref<4x?xf32>) -> f32
  %1 = memref.atomic_rmw maxs %k, %t[%i] : (i32, memref<4xi32>) -> i32
  %2 = memref.generic_atomic_rmw %m[%i, %i] : memref<4x?xf32> {
  ^bb0(%cur: f32):
    %c1 = arith.constant 1.0 : f32
    %inc = arith.addf %c1, %cur : f32
    memref.atomic_yield %inc : f32
  }
  memref.prefetch %m[%i, %i], read, locality<3>, data : memref<4x?xf32>
  memref.prefetch %t[%i], write, locality<0>, instr : memref<4xi32>
  %c = memref.alloc(%i) : memref<4x?xf32>
  memref.copy %m, %c : memref<4x?xf32> to memref<4x?xf32>
  return
}

// -----

/// dma_start with and without strides, dma_wait.
// CHECK-LABEL: func.func @dma(
// CHECK-SAME: %[[ARG0:arg[0-9]+]]: memref<40x128xf32>, %[[ARG1:arg[0-9]+]]: memref<2x1024xf32, 1>, %[[ARG2:arg[0-9]+]]: memref<1xi32>, %[[ARG3:arg[0-9]+]]: index, %[[ARG4:arg[0-9]+]]: index) {
// CHECK-NEXT: memref.dma_start %[[ARG0]][%[[ARG3]], %[[ARG3]]], %[[ARG1]][%[[ARG3]], %[[ARG3]]], %[[ARG4]], %[[ARG2]][%[[ARG3]]] : memref<40x128xf32>, memref<2x1024xf32, 1>, memref<1xi32>
// CHECK-NEXT: memref.dma_start %[[ARG0]][%[[ARG3]], %[[ARG3]]], %[[ARG1]][%[[ARG3]], %[[ARG3]]], %[[ARG4]], %[[ARG2]][%[[ARG3]]], %[[ARG4]], %[[ARG4]] : memref<40x128xf32>, memref<2x1024xf32, 1>, memref<1xi32>
// CHECK-NEXT: memref.dma_wait %[[ARG2]][%[[ARG3]]], %[[ARG4]] : memref<1xi32>
// CHECK-NEXT: return
// CHECK-NEXT: }
// GENERIC: "memref.dma_start"(%{{[^ ,)]+}}, %{{[^ ,)]+}}, %{{[^ ,)]+}}, %{{[^ ,)]+}}, %{{[^ ,)]+}}, %{{[^ ,)]+}}, %{{[^ ,)]+}}, %{{[^ ,)]+}}, %{{[^ ,)]+}}) : (memref<40x128xf32>, index, index, memref<2x1024xf32, 1>, index, index, index, memref<1xi32>, index) -> ()
// GENERIC: "memref.dma_start"(%{{[^ ,)]+}}, %{{[^ ,)]+}}, %{{[^ ,)]+}}, %{{[^ ,)]+}}, %{{[^ ,)]+}}, %{{[^ ,)]+}}, %{{[^ ,)]+}}, %{{[^ ,)]+}}, %{{[^ ,)]+}}, %{{[^ ,)]+}}, %{{[^ ,)]+}}) : (memref<40x128xf32>, index, index, memref<2x1024xf32, 1>, index, index, index, memref<1xi32>, index, index, index) -> ()
// GENERIC: "memref.dma_wait"(%{{[^ ,)]+}}, %{{[^ ,)]+}}, %{{[^ ,)]+}}) : (memref<1xi32>, index, index) -> ()
func.func @dma(%src: memref<40x128xf32>, %dst: memref<2x1024xf32, 1>, %tag: memref<1xi32>, %i: index, %n: index) {
  memref.dma_start %src[%i, %i], %dst[%i, %i], %n, %tag[%i] : memref<40x128xf32>, memref<2x1024xf32, 1>, memref<1xi32>
  memref.dma_start %src[%i, %i], %dst[%i, %i], %n, %tag[%i], %n, %n : memref<40x128xf32>, memref<2x1024xf32, 1>, memref<1xi32>
  memref.dma_wait %tag[%i], %n : memref<1xi32>
  return
}

// -----

/// cast, memory_space_cast, assume_alignment and distinct_objects.
// CHECK-LABEL: func.func @casts(
// CHECK-SAME: %[[ARG0:arg[0-9]+]]: memref<64x4xf32>, %[[ARG1:arg[0-9]+]]: memref<*xf32>, %[[ARG2:arg[0-9]+]]: memref<16xi8>) {
// CHECK-NEXT: %[[CAST:cast]] = memref.cast %[[ARG0]] : memref<64x4xf32> to memref<?x?xf32>
// CHECK-NEXT: %[[CAST_0:cast_0]] = memref.cast %[[ARG1]] : memref<*xf32> to memref<4x?xf32>
// CHECK-NEXT: %[[CAST_1:cast_1]] = memref.cast %[[ARG0]] : memref<64x4xf32> to memref<64x4xf32, strided<[?, ?], offset: ?>>
// CHECK-NEXT: %[[MEMSPACECAST:memspacecast]] = memref.memory_space_cast %[[ARG0]] : memref<64x4xf32> to memref<64x4xf32, 1>
// CHECK-NEXT: %[[MEMSPACECAST_2:memspacecast_2]] = memref.memory_space_cast %[[ARG1]] : memref<*xf32> to memref<*xf32, 2>
// CHECK-NEXT: %[[ASSUME_ALIGN:assume_align]] = memref.assume_alignment %[[ARG0]], 16 : memref<64x4xf32>
// CHECK-NEXT: %[[V0:[0-9]+]]:2 = memref.distinct_objects %[[ARG0]], %[[ARG2]] : memref<64x4xf32>, memref<16xi8>
// CHECK-NEXT: return
// CHECK-NEXT: }
// GENERIC: %{{[^ ,)]+}} = "memref.cast"(%{{[^ ,)]+}}) : (memref<64x4xf32>) -> memref<?x?xf32>
// GENERIC: %{{[^ ,)]+}} = "memref.cast"(%{{[^ ,)]+}}) : (memref<*xf32>) -> memref<4x?xf32>
// GENERIC: %{{[^ ,)]+}} = "memref.cast"(%{{[^ ,)]+}}) : (memref<64x4xf32>) -> memref<64x4xf32, strided<[?, ?], offset: ?>>
// GENERIC: %{{[^ ,)]+}} = "memref.memory_space_cast"(%{{[^ ,)]+}}) : (memref<64x4xf32>) -> memref<64x4xf32, 1>
// GENERIC: %{{[^ ,)]+}} = "memref.memory_space_cast"(%{{[^ ,)]+}}) : (memref<*xf32>) -> memref<*xf32, 2>
// GENERIC: %{{[^ ,)]+}} = "memref.assume_alignment"(%{{[^ ,)]+}}) <{alignment = 16 : i32}> : (memref<64x4xf32>) -> memref<64x4xf32>
// GENERIC: %{{[^ ,)]+}} = "memref.distinct_objects"(%{{[^ ,)]+}}, %{{[^ ,)]+}}) : (memref<64x4xf32>, memref<16xi8>) -> (memref<64x4xf32>, memref<16xi8>)
func.func @casts(%m: memref<64x4xf32>, %u: memref<*xf32>, %b: memref<16xi8>) {
  %0 = memref.cast %m : memref<64x4xf32> to memref<?x?xf32>
  %1 = memref.cast %u : memref<*xf32> to memref<4x?xf32>
  %2 = memref.cast %m : memref<64x4xf32> to memref<64x4xf32, strided<[?, ?], offset: ?>>
  %3 = memref.memory_space_cast %m : memref<64x4xf32> to memref<64x4xf32, 1>
  %4 = memref.memory_space_cast %u : memref<*xf32> to memref<*xf32, 2>
  %5 = memref.assume_alignment %m, 16 : memref<64x4xf32>
  %6:2 = memref.distinct_objects %m, %b : memref<64x4xf32>, memref<16xi8>
  return
}

// -----

/// subview: static and dynamic offsets/sizes/strides, rank reduction, strided sources.
// CHECK-LABEL: func.func @subview(
// CHECK-SAME: %[[ARG0:arg[0-9]+]]: memref<8x16x4xf32>, %[[ARG1:arg[0-9]+]]: memref<?x?xf32, strided<[?, ?], offset: ?>>, %[[ARG2:arg[0-9]+]]: index) {
// CHECK-NEXT: %[[SUBVIEW:subview]] = memref.subview %[[ARG0]][0, 0, 0] [1, 16, 4] [1, 1, 1] : memref<8x16x4xf32> to memref<16x4xf32>
// CHECK-NEXT: %[[SUBVIEW_0:subview_0]] = memref.subview %[[ARG0]][3, 4, 1] [1, 6, 3] [1, 1, 1] : memref<8x16x4xf32> to memref<6x3xf32, strided<[4, 1], offset: 209>>
// CHECK-NEXT: %[[SUBVIEW_1:subview_1]] = memref.subview %[[ARG1]][%[[ARG2]], 1] [%[[ARG2]], 2] [1, %[[ARG2]]] : memref<?x?xf32, strided<[?, ?], offset: ?>> to memref<?x2xf32, strided<[?, ?], offset: ?>>
// CHECK-NEXT: %[[SUBVIEW_2:subview_2]] = memref.subview %[[ARG0]][%[[ARG2]], 0, 0] [2, 2, 2] [2, 2, 1] : memref<8x16x4xf32> to memref<2x2x2xf32, strided<[128, 8, 1], offset: ?>>
// CHECK-NEXT: return
// CHECK-NEXT: }
// GENERIC: %{{[^ ,)]+}} = "memref.subview"(%{{[^ ,)]+}}) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 0, 0, 0>, static_sizes = array<i64: 1, 16, 4>, static_strides = array<i64: 1, 1, 1>}> : (memref<8x16x4xf32>) -> memref<16x4xf32>
// GENERIC: %{{[^ ,)]+}} = "memref.subview"(%{{[^ ,)]+}}) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 3, 4, 1>, static_sizes = array<i64: 1, 6, 3>, static_strides = array<i64: 1, 1, 1>}> : (memref<8x16x4xf32>) -> memref<6x3xf32, strided<[4, 1], offset: 209>>
// GENERIC: %{{[^ ,)]+}} = "memref.subview"(%{{[^ ,)]+}}, %{{[^ ,)]+}}, %{{[^ ,)]+}}, %{{[^ ,)]+}}) <{operandSegmentSizes = array<i32: 1, 1, 1, 1>, static_offsets = array<i64: -9223372036854775808, 1>, static_sizes = array<i64: -9223372036854775808, 2>, static_strides = array<i64: 1, -9223372036854775808>}> : (memref<?x?xf32, strided<[?, ?], offset: ?>>, index, index, index) -> memref<?x2xf32, strided<[?, ?], offset: ?>>
// GENERIC: %{{[^ ,)]+}} = "memref.subview"(%{{[^ ,)]+}}, %{{[^ ,)]+}}) <{operandSegmentSizes = array<i32: 1, 1, 0, 0>, static_offsets = array<i64: -9223372036854775808, 0, 0>, static_sizes = array<i64: 2, 2, 2>, static_strides = array<i64: 2, 2, 1>}> : (memref<8x16x4xf32>, index) -> memref<2x2x2xf32, strided<[128, 8, 1], offset: ?>>
func.func @subview(%m: memref<8x16x4xf32>, %s: memref<?x?xf32, strided<[?, ?], offset: ?>>, %i: index) {
  %0 = memref.subview %m[0, 0, 0] [1, 16, 4] [1, 1, 1] : memref<8x16x4xf32> to memref<16x4xf32>
  %1 = memref.subview %m[3, 4, 1] [1, 6, 3] [1, 1, 1] : memref<8x16x4xf32> to memref<6x3xf32, strided<[4, 1], offset: 209>>
  %2 = memref.subview %s[%i, 1] [%i, 2] [1, %i] : memref<?x?xf32, strided<[?, ?], offset: ?>> to memref<?x2xf32, strided<[?, ?], offset: ?>>
  %3 = memref.subview %m[%i, 0, 0] [2, 2, 2] [2, 2, 1] : memref<8x16x4xf32> to memref<2x2x2xf32, strided<[128, 8, 1], offset: ?>>
  return
}

// -----

/// reinterpret_cast and extract_strided_metadata (results %base_buffer, %offset,
/// %sizes and %strides), extract_aligned_pointer_as_index (%intptr).
// CHECK-LABEL: func.func @metadata(
// CHECK-SAME: %[[ARG0:arg[0-9]+]]: memref<4x?xf32>, %[[ARG1:arg[0-9]+]]: memref<*xf32>, %[[ARG2:arg[0-9]+]]: index) {
// CHECK-NEXT: %[[BASE_BUFFER:base_buffer]], %[[OFFSET:offset]], %[[SIZES:sizes]]:2, %[[STRIDES:strides]]:2 = memref.extract_strided_metadata %[[ARG0]] : memref<4x?xf32> -> memref<f32>, index, index, index, index, index
// CHECK-NEXT: %[[REINTERPRET_CAST:reinterpret_cast]] = memref.reinterpret_cast %[[BASE_BUFFER]] to offset: [%[[OFFSET]]], sizes: [%[[SIZES]]#0, %[[SIZES]]#1], strides: [%[[STRIDES]]#0, %[[STRIDES]]#1] : memref<f32> to memref<?x?xf32, strided<[?, ?], offset: ?>>
// CHECK-NEXT: %[[REINTERPRET_CAST_0:reinterpret_cast_0]] = memref.reinterpret_cast %[[ARG1]] to offset: [0], sizes: [10, %[[ARG2]]], strides: [%[[ARG2]], 1] : memref<*xf32> to memref<10x?xf32, strided<[?, 1]>>
// CHECK-NEXT: %[[INTPTR:intptr]] = memref.extract_aligned_pointer_as_index %[[ARG0]] : memref<4x?xf32> -> index
// CHECK-NEXT: %[[ALLOC:alloc]] = memref.alloc() : memref<f32>
// CHECK-NEXT: %[[BASE_BUFFER_1:base_buffer_1]], %[[OFFSET_2:offset_2]] = memref.extract_strided_metadata %[[ALLOC]] : memref<f32> -> memref<f32>, index
// CHECK-NEXT: return
// CHECK-NEXT: }
// GENERIC: %{{[^ ,)]+}} = "memref.extract_strided_metadata"(%{{[^ ,)]+}}) : (memref<4x?xf32>) -> (memref<f32>, index, index, index, index, index)
// GENERIC: %{{[^ ,)]+}} = "memref.reinterpret_cast"(%{{[^ ,)]+}}, %{{[^ ,)]+}}, %{{[^ ,)]+}}, %{{[^ ,)]+}}, %{{[^ ,)]+}}, %{{[^ ,)]+}}) <{operandSegmentSizes = array<i32: 1, 1, 2, 2>, static_offsets = array<i64: -9223372036854775808>, static_sizes = array<i64: -9223372036854775808, -9223372036854775808>, static_strides = array<i64: -9223372036854775808, -9223372036854775808>}> : (memref<f32>, index, index, index, index, index) -> memref<?x?xf32, strided<[?, ?], offset: ?>>
// GENERIC: %{{[^ ,)]+}} = "memref.reinterpret_cast"(%{{[^ ,)]+}}, %{{[^ ,)]+}}, %{{[^ ,)]+}}) <{operandSegmentSizes = array<i32: 1, 0, 1, 1>, static_offsets = array<i64: 0>, static_sizes = array<i64: 10, -9223372036854775808>, static_strides = array<i64: -9223372036854775808, 1>}> : (memref<*xf32>, index, index) -> memref<10x?xf32, strided<[?, 1]>>
// GENERIC: %{{[^ ,)]+}} = "memref.extract_aligned_pointer_as_index"(%{{[^ ,)]+}}) : (memref<4x?xf32>) -> index
// GENERIC: %{{[^ ,)]+}} = "memref.alloc"() <{operandSegmentSizes = array<i32: 0, 0>}> : () -> memref<f32>
// GENERIC: %{{[^ ,)]+}} = "memref.extract_strided_metadata"(%{{[^ ,)]+}}) : (memref<f32>) -> (memref<f32>, index)
func.func @metadata(%m: memref<4x?xf32>, %u: memref<*xf32>, %i: index) {
  %base, %offset, %sizes:2, %strides:2 = memref.extract_strided_metadata %m : memref<4x?xf32> -> memref<f32>, index, index, index, index, index
  %0 = memref.reinterpret_cast %base to offset: [%offset], sizes: [%sizes#0, %sizes#1], strides: [%strides#0, %strides#1] : memref<f32> to memref<?x?xf32, strided<[?, ?], offset: ?>>
  %1 = memref.reinterpret_cast %u to offset: [0], sizes: [10, %i], strides: [%i, 1] : memref<*xf32> to memref<10x?xf32, strided<[?, 1]>>
  %p = memref.extract_aligned_pointer_as_index %m : memref<4x?xf32> -> index
  %z = memref.alloc() : memref<f32>
  %b0, %o0 = memref.extract_strided_metadata %z : memref<f32> -> memref<f32>, index
  return
}

// -----

/// view, reshape, expand_shape, collapse_shape and transpose.
// CHECK-LABEL: func.func @reshapes(
// CHECK-SAME: %[[ARG0:arg[0-9]+]]: memref<64x4xf32>, %[[ARG1:arg[0-9]+]]: memref<2048xi8>, %[[ARG2:arg[0-9]+]]: memref<2xi32>, %[[ARG3:arg[0-9]+]]: index, %[[ARG4:arg[0-9]+]]: memref<?x?xf32, strided<[?, ?], offset: ?>>) {
// CHECK-NEXT: %[[VIEW:view]] = memref.view %[[ARG1]][%[[ARG3]]][] : memref<2048xi8> to memref<64x4xf32>
// CHECK-NEXT: %[[VIEW_0:view_0]] = memref.view %[[ARG1]][%[[ARG3]]][%[[ARG3]], %[[ARG3]]] : memref<2048xi8> to memref<?x4x?xf32>
// CHECK-NEXT: %[[RESHAPE:reshape]] = memref.reshape %[[ARG0]](%[[ARG2]]) : (memref<64x4xf32>, memref<2xi32>) -> memref<16x16xf32>
// CHECK-NEXT: %[[EXPAND_SHAPE:expand_shape]] = memref.expand_shape %[[ARG0]] {{\[\[}}0, 1], [2]] output_shape [8, 8, 4] : memref<64x4xf32> into memref<8x8x4xf32>
// CHECK-NEXT: %[[EXPAND_SHAPE_1:expand_shape_1]] = memref.expand_shape %[[ARG4]] {{\[\[}}0, 1], [2]] output_shape [%[[ARG3]], 4, %[[ARG3]]] : memref<?x?xf32, strided<[?, ?], offset: ?>> into memref<?x4x?xf32, strided<[?, ?, ?], offset: ?>>
// CHECK-NEXT: %[[COLLAPSE_SHAPE:collapse_shape]] = memref.collapse_shape %[[ARG0]] {{\[\[}}0, 1]] : memref<64x4xf32> into memref<256xf32>
// CHECK-NEXT: %[[COLLAPSE_SHAPE_2:collapse_shape_2]] = memref.collapse_shape %[[ARG4]] {{\[\[}}0, 1]] : memref<?x?xf32, strided<[?, ?], offset: ?>> into memref<?xf32, strided<[?], offset: ?>>
// CHECK-NEXT: %[[TRANSPOSE:transpose]] = memref.transpose %[[ARG0]] (d0, d1) -> (d1, d0) : memref<64x4xf32> to memref<4x64xf32, strided<[1, 4]>>
// CHECK-NEXT: return
// CHECK-NEXT: }
// GENERIC: %{{[^ ,)]+}} = "memref.view"(%{{[^ ,)]+}}, %{{[^ ,)]+}}) : (memref<2048xi8>, index) -> memref<64x4xf32>
// GENERIC: %{{[^ ,)]+}} = "memref.view"(%{{[^ ,)]+}}, %{{[^ ,)]+}}, %{{[^ ,)]+}}, %{{[^ ,)]+}}) : (memref<2048xi8>, index, index, index) -> memref<?x4x?xf32>
// GENERIC: %{{[^ ,)]+}} = "memref.reshape"(%{{[^ ,)]+}}, %{{[^ ,)]+}}) : (memref<64x4xf32>, memref<2xi32>) -> memref<16x16xf32>
// GENERIC: %{{[^ ,)]+}} = "memref.expand_shape"(%{{[^ ,)]+}}) <{reassociation = {{\[\[}}0, 1], [2]], static_output_shape = array<i64: 8, 8, 4>}> : (memref<64x4xf32>) -> memref<8x8x4xf32>
// GENERIC: %{{[^ ,)]+}} = "memref.expand_shape"(%{{[^ ,)]+}}, %{{[^ ,)]+}}, %{{[^ ,)]+}}) <{reassociation = {{\[\[}}0, 1], [2]], static_output_shape = array<i64: -9223372036854775808, 4, -9223372036854775808>}> : (memref<?x?xf32, strided<[?, ?], offset: ?>>, index, index) -> memref<?x4x?xf32, strided<[?, ?, ?], offset: ?>>
// GENERIC: %{{[^ ,)]+}} = "memref.collapse_shape"(%{{[^ ,)]+}}) <{reassociation = {{\[\[}}0, 1]]}> : (memref<64x4xf32>) -> memref<256xf32>
// GENERIC: %{{[^ ,)]+}} = "memref.collapse_shape"(%{{[^ ,)]+}}) <{reassociation = {{\[\[}}0, 1]]}> : (memref<?x?xf32, strided<[?, ?], offset: ?>>) -> memref<?xf32, strided<[?], offset: ?>>
// GENERIC: %{{[^ ,)]+}} = "memref.transpose"(%{{[^ ,)]+}}) <{permutation = #map}> : (memref<64x4xf32>) -> memref<4x64xf32, strided<[1, 4]>>
func.func @reshapes(%m: memref<64x4xf32>, %b: memref<2048xi8>, %sh: memref<2xi32>, %d: index, %s: memref<?x?xf32, strided<[?, ?], offset: ?>>) {
  %0 = memref.view %b[%d][] : memref<2048xi8> to memref<64x4xf32>
  %1 = memref.view %b[%d][%d, %d] : memref<2048xi8> to memref<?x4x?xf32>
  %2 = memref.reshape %m(%sh) : (memref<64x4xf32>, memref<2xi32>) -> memref<16x16xf32>
  %3 = memref.expand_shape %m [[0, 1], [2]] output_shape [8, 8, 4] : memref<64x4xf32> into memref<8x8x4xf32>
  %4 = memref.expand_shape %s [[0, 1], [2]] output_shape [%d, 4, %d] : memref<?x?xf32, strided<[?, ?], offset: ?>> into memref<?x4x?xf32, strided<[?, ?, ?], offset: ?>>
  %5 = memref.collapse_shape %m [[0, 1]] : memref<64x4xf32> into memref<256xf32>
  %6 = memref.collapse_shape %s [[0, 1]] : memref<?x?xf32, strided<[?, ?], offset: ?>> into memref<?xf32, strided<[?], offset: ?>>
  %7 = memref.transpose %m (i, j) -> (j, i) : memref<64x4xf32> to memref<4x64xf32, strided<[1, 4]>>
  return
}

// -----

/// dim (%dim) and rank.
// CHECK-LABEL: func.func @dim_rank(
// CHECK-SAME: %[[ARG0:arg[0-9]+]]: memref<4x?xf32>, %[[ARG1:arg[0-9]+]]: memref<*xf32>) -> (index, index) {
// CHECK-NEXT: %[[C1:c1]] = arith.constant 1 : index
// CHECK-NEXT: %[[DIM:dim]] = memref.dim %[[ARG0]], %[[C1]] : memref<4x?xf32>
// CHECK-NEXT: %[[V0:[0-9]+]] = memref.rank %[[ARG1]] : memref<*xf32>
// CHECK-NEXT: return %[[DIM]], %[[V0]] : index, index
// CHECK-NEXT: }
// GENERIC: %{{[^ ,)]+}} = "memref.dim"(%{{[^ ,)]+}}, %{{[^ ,)]+}}) : (memref<4x?xf32>, index) -> index
// GENERIC: %{{[^ ,)]+}} = "memref.rank"(%{{[^ ,)]+}}) : (memref<*xf32>) -> index
func.func @dim_rank(%m: memref<4x?xf32>, %u: memref<*xf32>) -> (index, index) {
  %c1 = arith.constant 1 : index
  %0 = memref.dim %m, %c1 : memref<4x?xf32>
  %1 = memref.rank %u : memref<*xf32>
  return %0, %1 : index, index
}

// -----

/// Static offsets, sizes and strides are integer literals: leading zeros and hex allowed.
// CHECK-LABEL: func.func @subview_literals(
// CHECK-NEXT: %{{.*}} = memref.subview %{{.*}}[0, 0, 0] [1, 16, 4] [1, 1, 1] : memref<8x16x4xf32> to memref<16x4xf32>
// GENERIC: "memref.subview"(%{{[^ ,)]+}}) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 0, 0, 0>, static_sizes = array<i64: 1, 16, 4>, static_strides = array<i64: 1, 1, 1>}>
func.func @subview_literals(%m: memref<8x16x4xf32>) -> memref<16x4xf32> {
  %0 = memref.subview %m[00, 0x0, 0] [1, 0x10, 04] [01, 1, 1] : memref<8x16x4xf32> to memref<16x4xf32>
  return %0 : memref<16x4xf32>
}
