// RUN: pymlir-opt %s --split-input-file --allow-unregistered-dialect --canonicalize | FileCheck %s

/// SimplifyAllocConst: constant non-negative sizes become static; a cast restores the type.
// CHECK-LABEL: func.func @alloc_const(
// CHECK-SAME: ) -> memref<?x?xf32> {
// CHECK-NEXT: %[[C_1:c\-1]] = arith.constant -1 : index
// CHECK-NEXT: %[[ALLOC:alloc]] = memref.alloc(%[[C_1]]) {alignment = 16 : i64} : memref<4x?xf32>
// CHECK-NEXT: %[[CAST:cast]] = memref.cast %[[ALLOC]] : memref<4x?xf32> to memref<?x?xf32>
// CHECK-NEXT: return %[[CAST]] : memref<?x?xf32>
// CHECK-NEXT: }
func.func @alloc_const() -> memref<?x?xf32> {
  %c4 = arith.constant 4 : index
  %c-1 = arith.constant -1 : index
  %0 = memref.alloc(%c4, %c-1) {alignment = 16 : i64} : memref<?x?xf32>
  return %0 : memref<?x?xf32>
}

// -----

/// SimplifyAllocConst on alloca; the load folds through the cast.
// CHECK-LABEL: func.func @alloca_const(
// CHECK-SAME: %[[ARG0:arg[0-9]+]]: index) {
// CHECK-NEXT: %[[C0:c0]] = arith.constant 0 : index
// CHECK-NEXT: %[[ALLOCA:alloca]] = memref.alloca(%[[ARG0]]) : memref<4x?xf32>
// CHECK-NEXT: %[[V0:[0-9]+]] = memref.load %[[ALLOCA]][%[[C0]], %[[C0]]] : memref<4x?xf32>
// CHECK-NEXT: "test.use"(%[[V0]]) : (f32) -> ()
// CHECK-NEXT: return
// CHECK-NEXT: }
func.func @alloca_const(%d: index) {
  %c4 = arith.constant 4 : index
  %0 = memref.alloca(%c4, %d) : memref<?x?xf32>
  %c0 = arith.constant 0 : index
  %v = memref.load %0[%c0, %c0] : memref<?x?xf32>
  "test.use"(%v) : (f32) -> ()
  return
}

// -----

/// SimplifyDeadAlloc: allocations only stored into or freed are erased.
// CHECK-LABEL: func.func @dead_alloc(
// CHECK-SAME: %[[ARG0:arg[0-9]+]]: f32) {
// CHECK-NEXT: return
// CHECK-NEXT: }
func.func @dead_alloc(%v: f32) {
  %c0 = arith.constant 0 : index
  %0 = memref.alloc() : memref<4xf32>
  memref.store %v, %0[%c0] : memref<4xf32>
  memref.dealloc %0 : memref<4xf32>
  %1 = memref.alloca() : memref<4xf32>
  %2 = memref.realloc %1 : memref<4xf32> to memref<8xf32>
  return
}

// -----

/// FoldSelfCopy, FoldEmptyCopy, and copy(cast) folding.
// CHECK-LABEL: func.func @copies(
// CHECK-SAME: %[[ARG0:arg[0-9]+]]: memref<4xf32>, %[[ARG1:arg[0-9]+]]: memref<0x4xf32>, %[[ARG2:arg[0-9]+]]: memref<0x4xf32>) {
// CHECK-NEXT: %[[ALLOC:alloc]] = memref.alloc() : memref<4xf32>
// CHECK-NEXT: memref.copy %[[ARG0]], %[[ALLOC]] : memref<4xf32> to memref<4xf32>
// CHECK-NEXT: "test.use"(%[[ALLOC]]) : (memref<4xf32>) -> ()
// CHECK-NEXT: return
// CHECK-NEXT: }
func.func @copies(%a: memref<4xf32>, %e: memref<0x4xf32>, %f: memref<0x4xf32>) {
  memref.copy %a, %a : memref<4xf32> to memref<4xf32>
  memref.copy %e, %f : memref<0x4xf32> to memref<0x4xf32>
  %c = memref.cast %a : memref<4xf32> to memref<?xf32>
  %b = memref.alloc() : memref<4xf32>
  memref.copy %c, %b : memref<?xf32> to memref<4xf32>
  "test.use"(%b) : (memref<4xf32>) -> ()
  return
}

// -----

/// DimOfMemRefReshape: dim of a reshape loads the shape operand.
// CHECK-LABEL: func.func @dim_reshape(
// CHECK-SAME: %[[ARG0:arg[0-9]+]]: memref<*xf32>, %[[ARG1:arg[0-9]+]]: memref<?xi32>) -> index {
// CHECK-NEXT: %[[C1:c1]] = arith.constant 1 : index
// CHECK-NEXT: %[[V0:[0-9]+]] = memref.load %[[ARG1]][%[[C1]]] : memref<?xi32>
// CHECK-NEXT: %[[V1:[0-9]+]] = arith.index_cast %[[V0]] : i32 to index
// CHECK-NEXT: return %[[V1]] : index
// CHECK-NEXT: }
func.func @dim_reshape(%m: memref<*xf32>, %s: memref<?xi32>) -> index {
  %c1 = arith.constant 1 : index
  %r = memref.reshape %m(%s) : (memref<*xf32>, memref<?xi32>) -> memref<*xf32>
  %d = memref.dim %r, %c1 : memref<*xf32>
  return %d : index
}

// -----

/// AllocaScopeInliner: a scope without allocations is inlined.
// CHECK-LABEL: func.func @scope_inline(
// CHECK-SAME: %[[ARG0:arg[0-9]+]]: f32) -> f32 {
// CHECK-NEXT: %[[V0:[0-9]+]] = arith.addf %[[ARG0]], %[[ARG0]] : f32
// CHECK-NEXT: return %[[V0]] : f32
// CHECK-NEXT: }
func.func @scope_inline(%v: f32) -> f32 {
  %r = memref.alloca_scope -> (f32) {
    %c = arith.addf %v, %v : f32
    memref.alloca_scope.return %c : f32
  }
  return %r : f32
}

// -----

/// A scope with an alloca that is not last in its parent scope stays.
// CHECK-LABEL: func.func @scope_keep(
// CHECK-SAME: %[[ARG0:arg[0-9]+]]: f32) {
// CHECK-NEXT: memref.alloca_scope  {
// CHECK-NEXT: %[[ALLOCA:alloca]] = memref.alloca() : memref<4xf32>
// CHECK-NEXT: "test.use"(%[[ALLOCA]]) : (memref<4xf32>) -> ()
// CHECK-NEXT: }
// CHECK-NEXT: "test.other"() : () -> ()
// CHECK-NEXT: return
// CHECK-NEXT: }
func.func @scope_keep(%v: f32) {
  memref.alloca_scope {
    %a = memref.alloca() : memref<4xf32>
    "test.use"(%a) : (memref<4xf32>) -> ()
  }
  "test.other"() : () -> ()
  return
}

// -----

/// A scope that ends its function is inlined.
// CHECK-LABEL: func.func @scope_last(
// CHECK-SAME: ) {
// CHECK-NEXT: %[[ALLOCA:alloca]] = memref.alloca() : memref<4xf32>
// CHECK-NEXT: "test.use"(%[[ALLOCA]]) : (memref<4xf32>) -> ()
// CHECK-NEXT: return
// CHECK-NEXT: }
func.func @scope_last() {
  memref.alloca_scope {
    %a = memref.alloca() : memref<4xf32>
    "test.use"(%a) : (memref<4xf32>) -> ()
  }
  return
}

// -----

/// ViewOpShapeFolder: constant sizes become static.
// CHECK-LABEL: func.func @view_fold(
// CHECK-SAME: %[[ARG0:arg[0-9]+]]: memref<2048xi8>, %[[ARG1:arg[0-9]+]]: index) -> memref<?x?xf32> {
// CHECK-NEXT: %[[VIEW:view]] = memref.view %[[ARG0]][%[[ARG1]]][%[[ARG1]]] : memref<2048xi8> to memref<4x?xf32>
// CHECK-NEXT: %[[CAST:cast]] = memref.cast %[[VIEW]] : memref<4x?xf32> to memref<?x?xf32>
// CHECK-NEXT: return %[[CAST]] : memref<?x?xf32>
// CHECK-NEXT: }
func.func @view_fold(%b: memref<2048xi8>, %o: index) -> memref<?x?xf32> {
  %c4 = arith.constant 4 : index
  %v = memref.view %b[%o][%c4, %o] : memref<2048xi8> to memref<?x?xf32>
  return %v : memref<?x?xf32>
}

// -----

/// ViewOpMemrefCastFolder: view(cast(alloc)) uses the alloc.
// CHECK-LABEL: func.func @view_cast(
// CHECK-SAME: %[[ARG0:arg[0-9]+]]: index) -> memref<4xf32> {
// CHECK-NEXT: %[[ALLOC:alloc]] = memref.alloc() : memref<2048xi8>
// CHECK-NEXT: %[[VIEW:view]] = memref.view %[[ALLOC]][%[[ARG0]]][] : memref<2048xi8> to memref<4xf32>
// CHECK-NEXT: return %[[VIEW]] : memref<4xf32>
// CHECK-NEXT: }
func.func @view_cast(%o: index) -> memref<4xf32> {
  %a = memref.alloc() : memref<2048xi8>
  %c = memref.cast %a : memref<2048xi8> to memref<?xi8>
  %v = memref.view %c[%o][] : memref<?xi8> to memref<4xf32>
  return %v : memref<4xf32>
}

// -----

/// The subview constant-argument folder, then a cast to the old type.
// CHECK-LABEL: func.func @subview_const(
// CHECK-SAME: %[[ARG0:arg[0-9]+]]: memref<8x16xf32>) -> memref<?x?xf32, strided<[?, ?], offset: ?>> {
// CHECK-NEXT: %[[SUBVIEW:subview]] = memref.subview %[[ARG0]][1, 0] [4, 4] [1, 1] : memref<8x16xf32> to memref<4x4xf32, strided<[16, 1], offset: 16>>
// CHECK-NEXT: %[[CAST:cast]] = memref.cast %[[SUBVIEW]] : memref<4x4xf32, strided<[16, 1], offset: 16>> to memref<?x?xf32, strided<[?, ?], offset: ?>>
// CHECK-NEXT: return %[[CAST]] : memref<?x?xf32, strided<[?, ?], offset: ?>>
// CHECK-NEXT: }
func.func @subview_const(%m: memref<8x16xf32>) -> memref<?x?xf32, strided<[?, ?], offset: ?>> {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c4 = arith.constant 4 : index
  %s = memref.subview %m[%c1, %c0] [%c4, %c4] [%c1, %c1] : memref<8x16xf32> to memref<?x?xf32, strided<[?, ?], offset: ?>>
  return %s : memref<?x?xf32, strided<[?, ?], offset: ?>>
}

// -----

/// SubViewOpMemRefCastFolder pushes the cast after the subview.
// CHECK-LABEL: func.func @subview_cast(
// CHECK-SAME: %[[ARG0:arg[0-9]+]]: memref<8x16xf32>, %[[ARG1:arg[0-9]+]]: index) -> memref<4x4xf32, strided<[?, 1], offset: ?>> {
// CHECK-NEXT: %[[SUBVIEW:subview]] = memref.subview %[[ARG0]][%[[ARG1]], %[[ARG1]]] [4, 4] [1, 1] : memref<8x16xf32> to memref<4x4xf32, strided<[16, 1], offset: ?>>
// CHECK-NEXT: %[[CAST:cast]] = memref.cast %[[SUBVIEW]] : memref<4x4xf32, strided<[16, 1], offset: ?>> to memref<4x4xf32, strided<[?, 1], offset: ?>>
// CHECK-NEXT: return %[[CAST]] : memref<4x4xf32, strided<[?, 1], offset: ?>>
// CHECK-NEXT: }
func.func @subview_cast(%m: memref<8x16xf32>, %i: index) -> memref<4x4xf32, strided<[?, 1], offset: ?>> {
  %c = memref.cast %m : memref<8x16xf32> to memref<?x?xf32>
  %s = memref.subview %c[%i, %i] [4, 4] [1, 1] : memref<?x?xf32> to memref<4x4xf32, strided<[?, 1], offset: ?>>
  return %s : memref<4x4xf32, strided<[?, 1], offset: ?>>
}

// -----

/// TrivialSubViewOpFolder: a full subview becomes a cast.
// CHECK-LABEL: func.func @subview_trivial(
// CHECK-SAME: %[[ARG0:arg[0-9]+]]: memref<8x16xf32>) -> memref<8x16xf32, strided<[16, 1]>> {
// CHECK-NEXT: %[[CAST:cast]] = memref.cast %[[ARG0]] : memref<8x16xf32> to memref<8x16xf32, strided<[16, 1]>>
// CHECK-NEXT: return %[[CAST]] : memref<8x16xf32, strided<[16, 1]>>
// CHECK-NEXT: }
func.func @subview_trivial(%m: memref<8x16xf32>) -> memref<8x16xf32, strided<[16, 1]>> {
  %s = memref.subview %m[0, 0] [8, 16] [1, 1] : memref<8x16xf32> to memref<8x16xf32, strided<[16, 1]>>
  return %s : memref<8x16xf32, strided<[16, 1]>>
}

// -----

/// A subview of the same static type folds to its source.
// CHECK-LABEL: func.func @subview_fold(
// CHECK-SAME: %[[ARG0:arg[0-9]+]]: memref<8x16xf32, strided<[16, 1]>>) -> memref<8x16xf32, strided<[16, 1]>> {
// CHECK-NEXT: return %[[ARG0]] : memref<8x16xf32, strided<[16, 1]>>
// CHECK-NEXT: }
func.func @subview_fold(%m: memref<8x16xf32, strided<[16, 1]>>) -> memref<8x16xf32, strided<[16, 1]>> {
  %s = memref.subview %m[0, 0] [8, 16] [1, 1] : memref<8x16xf32, strided<[16, 1]>> to memref<8x16xf32, strided<[16, 1]>>
  return %s : memref<8x16xf32, strided<[16, 1]>>
}

// -----

/// Constant folding keeps the rank reduction.
// CHECK-LABEL: func.func @subview_rank_reduce(
// CHECK-SAME: %[[ARG0:arg[0-9]+]]: memref<8x16x4xf32>) -> memref<?x4xf32, strided<[4, 1], offset: ?>> {
// CHECK-NEXT: %[[SUBVIEW:subview]] = memref.subview %[[ARG0]][2, 0, 0] [1, 6, 4] [1, 1, 1] : memref<8x16x4xf32> to memref<6x4xf32, strided<[4, 1], offset: 128>>
// CHECK-NEXT: %[[CAST:cast]] = memref.cast %[[SUBVIEW]] : memref<6x4xf32, strided<[4, 1], offset: 128>> to memref<?x4xf32, strided<[4, 1], offset: ?>>
// CHECK-NEXT: return %[[CAST]] : memref<?x4xf32, strided<[4, 1], offset: ?>>
// CHECK-NEXT: }
func.func @subview_rank_reduce(%m: memref<8x16x4xf32>) -> memref<?x4xf32, strided<[4, 1], offset: ?>> {
  %c0 = arith.constant 0 : index
  %c2 = arith.constant 2 : index
  %c6 = arith.constant 6 : index
  %s = memref.subview %m[%c2, 0, 0] [1, %c6, 4] [1, 1, 1] : memref<8x16x4xf32> to memref<?x4xf32, strided<[4, 1], offset: ?>>
  return %s : memref<?x4xf32, strided<[4, 1], offset: ?>>
}

// -----

/// reinterpret_cast of extract_strided_metadata rebuilding it is a cast.
// CHECK-LABEL: func.func @reinterpret(
// CHECK-SAME: %[[ARG0:arg[0-9]+]]: memref<4x4xf32>) -> memref<?x?xf32, strided<[?, ?], offset: ?>> {
// CHECK-NEXT: %[[CAST:cast]] = memref.cast %[[ARG0]] : memref<4x4xf32> to memref<?x?xf32, strided<[?, ?], offset: ?>>
// CHECK-NEXT: return %[[CAST]] : memref<?x?xf32, strided<[?, ?], offset: ?>>
// CHECK-NEXT: }
func.func @reinterpret(%m: memref<4x4xf32>) -> memref<?x?xf32, strided<[?, ?], offset: ?>> {
  %base, %offset, %sizes:2, %strides:2 = memref.extract_strided_metadata %m : memref<4x4xf32> -> memref<f32>, index, index, index, index, index
  %r = memref.reinterpret_cast %base to offset: [%offset], sizes: [%sizes#0, %sizes#1], strides: [%strides#0, %strides#1] : memref<f32> to memref<?x?xf32, strided<[?, ?], offset: ?>>
  return %r : memref<?x?xf32, strided<[?, ?], offset: ?>>
}

// -----

/// ReinterpretCastOpConstantFolder: constant operands become static.
// CHECK-LABEL: func.func @reinterpret_const(
// CHECK-SAME: %[[ARG0:arg[0-9]+]]: memref<*xf32>) -> memref<?xf32, strided<[?], offset: ?>> {
// CHECK-NEXT: %[[REINTERPRET_CAST:reinterpret_cast]] = memref.reinterpret_cast %[[ARG0]] to offset: [0], sizes: [4], strides: [1] : memref<*xf32> to memref<4xf32, strided<[1]>>
// CHECK-NEXT: %[[CAST:cast]] = memref.cast %[[REINTERPRET_CAST]] : memref<4xf32, strided<[1]>> to memref<?xf32, strided<[?], offset: ?>>
// CHECK-NEXT: return %[[CAST]] : memref<?xf32, strided<[?], offset: ?>>
// CHECK-NEXT: }
func.func @reinterpret_const(%m: memref<*xf32>) -> memref<?xf32, strided<[?], offset: ?>> {
  %c0 = arith.constant 0 : index
  %c4 = arith.constant 4 : index
  %c1 = arith.constant 1 : index
  %r = memref.reinterpret_cast %m to offset: [%c0], sizes: [%c4], strides: [%c1] : memref<*xf32> to memref<?xf32, strided<[?], offset: ?>>
  return %r : memref<?xf32, strided<[?], offset: ?>>
}

// -----

/// A reinterpret_cast that changes nothing folds away.
// CHECK-LABEL: func.func @reinterpret_noop(
// CHECK-SAME: %[[ARG0:arg[0-9]+]]: memref<4xf32>) -> memref<4xf32> {
// CHECK-NEXT: return %[[ARG0]] : memref<4xf32>
// CHECK-NEXT: }
func.func @reinterpret_noop(%m: memref<4xf32>) -> memref<4xf32> {
  %r = memref.reinterpret_cast %m to offset: [0], sizes: [4], strides: [1] : memref<4xf32> to memref<4xf32>
  return %r : memref<4xf32>
}

// -----

/// extract_strided_metadata results known from the type become constants.
// CHECK-LABEL: func.func @metadata(
// CHECK-SAME: %[[ARG0:arg[0-9]+]]: memref<4x?xf32>) -> (index, index, index, index) {
// CHECK-NEXT: %[[C0:c0]] = arith.constant 0 : index
// CHECK-NEXT: %[[C4:c4]] = arith.constant 4 : index
// CHECK-NEXT: %[[C1:c1]] = arith.constant 1 : index
// CHECK-NEXT: %[[BASE_BUFFER:base_buffer]], %[[OFFSET:offset]], %[[SIZES:sizes]]:2, %[[STRIDES:strides]]:2 = memref.extract_strided_metadata %[[ARG0]] : memref<4x?xf32> -> memref<f32>, index, index, index, index, index
// CHECK-NEXT: return %[[C0]], %[[C4]], %[[SIZES]]#1, %[[C1]] : index, index, index, index
// CHECK-NEXT: }
func.func @metadata(%m: memref<4x?xf32>) -> (index, index, index, index) {
  %base, %offset, %sizes:2, %strides:2 = memref.extract_strided_metadata %m : memref<4x?xf32> -> memref<f32>, index, index, index, index, index
  return %offset, %sizes#0, %sizes#1, %strides#1 : index, index, index, index
}

// -----

/// Two collapses compose.
// CHECK-LABEL: func.func @collapse_collapse(
// CHECK-SAME: %[[ARG0:arg[0-9]+]]: memref<2x3x4xf32>) -> memref<24xf32> {
// CHECK-NEXT: %[[COLLAPSE_SHAPE:collapse_shape]] = memref.collapse_shape %[[ARG0]] {{\[\[}}0, 1, 2]] : memref<2x3x4xf32> into memref<24xf32>
// CHECK-NEXT: return %[[COLLAPSE_SHAPE]] : memref<24xf32>
// CHECK-NEXT: }
func.func @collapse_collapse(%m: memref<2x3x4xf32>) -> memref<24xf32> {
  %a = memref.collapse_shape %m [[0, 1], [2]] : memref<2x3x4xf32> into memref<6x4xf32>
  %b = memref.collapse_shape %a [[0, 1]] : memref<6x4xf32> into memref<24xf32>
  return %b : memref<24xf32>
}

// -----

/// Two expansions compose.
// CHECK-LABEL: func.func @expand_expand(
// CHECK-SAME: %[[ARG0:arg[0-9]+]]: memref<24xf32>) -> memref<2x3x4xf32> {
// CHECK-NEXT: %[[EXPAND_SHAPE:expand_shape]] = memref.expand_shape %[[ARG0]] {{\[\[}}0, 1, 2]] output_shape [2, 3, 4] : memref<24xf32> into memref<2x3x4xf32>
// CHECK-NEXT: return %[[EXPAND_SHAPE]] : memref<2x3x4xf32>
// CHECK-NEXT: }
func.func @expand_expand(%m: memref<24xf32>) -> memref<2x3x4xf32> {
  %a = memref.expand_shape %m [[0, 1]] output_shape [6, 4] : memref<24xf32> into memref<6x4xf32>
  %b = memref.expand_shape %a [[0, 1], [2]] output_shape [2, 3, 4] : memref<6x4xf32> into memref<2x3x4xf32>
  return %b : memref<2x3x4xf32>
}

// -----

/// expand(collapse(x)) restoring x's type folds to x.
// CHECK-LABEL: func.func @expand_collapse(
// CHECK-SAME: %[[ARG0:arg[0-9]+]]: memref<6x4xf32>) -> memref<6x4xf32> {
// CHECK-NEXT: return %[[ARG0]] : memref<6x4xf32>
// CHECK-NEXT: }
func.func @expand_collapse(%m: memref<6x4xf32>) -> memref<6x4xf32> {
  %a = memref.collapse_shape %m [[0, 1]] : memref<6x4xf32> into memref<24xf32>
  %b = memref.expand_shape %a [[0, 1]] output_shape [6, 4] : memref<24xf32> into memref<6x4xf32>
  return %b : memref<6x4xf32>
}

// -----

/// collapse(expand(x)) composes into one collapse.
// CHECK-LABEL: func.func @collapse_expand(
// CHECK-SAME: %[[ARG0:arg[0-9]+]]: memref<2x12xf32>) -> memref<24xf32> {
// CHECK-NEXT: %[[COLLAPSE_SHAPE:collapse_shape]] = memref.collapse_shape %[[ARG0]] {{\[\[}}0, 1]] : memref<2x12xf32> into memref<24xf32>
// CHECK-NEXT: return %[[COLLAPSE_SHAPE]] : memref<24xf32>
// CHECK-NEXT: }
func.func @collapse_expand(%m: memref<2x12xf32>) -> memref<24xf32> {
  %a = memref.expand_shape %m [[0], [1, 2]] output_shape [2, 3, 4] : memref<2x12xf32> into memref<2x3x4xf32>
  %b = memref.collapse_shape %a [[0, 1, 2]] : memref<2x3x4xf32> into memref<24xf32>
  return %b : memref<24xf32>
}

// -----

/// CollapseShapeOpMemRefCastFolder: the collapse uses the cast's source.
// CHECK-LABEL: func.func @collapse_cast(
// CHECK-SAME: %[[ARG0:arg[0-9]+]]: memref<2x3xf32>) -> memref<?xf32> {
// CHECK-NEXT: %[[COLLAPSE_SHAPE:collapse_shape]] = memref.collapse_shape %[[ARG0]] {{\[\[}}0, 1]] : memref<2x3xf32> into memref<6xf32>
// CHECK-NEXT: %[[CAST:cast]] = memref.cast %[[COLLAPSE_SHAPE]] : memref<6xf32> to memref<?xf32>
// CHECK-NEXT: return %[[CAST]] : memref<?xf32>
// CHECK-NEXT: }
func.func @collapse_cast(%m: memref<2x3xf32>) -> memref<?xf32> {
  %c = memref.cast %m : memref<2x3xf32> to memref<?x3xf32>
  %b = memref.collapse_shape %c [[0, 1]] : memref<?x3xf32> into memref<?xf32>
  return %b : memref<?xf32>
}

// -----

/// Two transposes compose into one.
// CHECK-LABEL: func.func @transposes(
// CHECK-SAME: %[[ARG0:arg[0-9]+]]: memref<2x3xf32>) -> memref<2x3xf32, strided<[3, 1]>> {
// CHECK-NEXT: %[[TRANSPOSE:transpose]] = memref.transpose %[[ARG0]] (d0, d1) -> (d0, d1) : memref<2x3xf32> to memref<2x3xf32, strided<[3, 1]>>
// CHECK-NEXT: return %[[TRANSPOSE]] : memref<2x3xf32, strided<[3, 1]>>
// CHECK-NEXT: }
func.func @transposes(%m: memref<2x3xf32>) -> memref<2x3xf32, strided<[3, 1]>> {
  %a = memref.transpose %m (i, j) -> (j, i) : memref<2x3xf32> to memref<3x2xf32, strided<[1, 3]>>
  %b = memref.transpose %a (i, j) -> (j, i) : memref<3x2xf32, strided<[1, 3]>> to memref<2x3xf32, strided<[3, 1]>>
  return %b : memref<2x3xf32, strided<[3, 1]>>
}

// -----

/// cast(cast(x)) and memory_space_cast chains fold.
// CHECK-LABEL: func.func @casts(
// CHECK-SAME: %[[ARG0:arg[0-9]+]]: memref<4xf32>) -> (memref<?xf32>, index, memref<4xf32, 1>) {
// CHECK-NEXT: %[[CAST:cast]] = memref.cast %[[ARG0]] : memref<4xf32> to memref<?xf32>
// CHECK-NEXT: %[[CAST_0:cast_0]] = memref.cast %[[ARG0]] : memref<4xf32> to memref<*xf32>
// CHECK-NEXT: %[[V0:[0-9]+]] = memref.rank %[[CAST_0]] : memref<*xf32>
// CHECK-NEXT: %[[MEMSPACECAST:memspacecast]] = memref.memory_space_cast %[[ARG0]] : memref<4xf32> to memref<4xf32, 1>
// CHECK-NEXT: return %[[CAST]], %[[V0]], %[[MEMSPACECAST]] : memref<?xf32>, index, memref<4xf32, 1>
// CHECK-NEXT: }
func.func @casts(%m: memref<4xf32>) -> (memref<?xf32>, index, memref<4xf32, 1>) {
  %a = memref.cast %m : memref<4xf32> to memref<?xf32>
  %b = memref.cast %a : memref<?xf32> to memref<?xf32>
  %u = memref.cast %m : memref<4xf32> to memref<*xf32>
  %r = memref.rank %u : memref<*xf32>
  %s1 = memref.memory_space_cast %m : memref<4xf32> to memref<4xf32, 2>
  %s2 = memref.memory_space_cast %s1 : memref<4xf32, 2> to memref<4xf32, 1>
  return %b, %r, %s2 : memref<?xf32>, index, memref<4xf32, 1>
}

// -----

/// assume_alignment of assume_alignment with the same alignment folds.
// CHECK-LABEL: func.func @assume(
// CHECK-SAME: %[[ARG0:arg[0-9]+]]: memref<4xf32>) -> memref<4xf32> {
// CHECK-NEXT: %[[ASSUME_ALIGN:assume_align]] = memref.assume_alignment %[[ARG0]], 16 : memref<4xf32>
// CHECK-NEXT: return %[[ASSUME_ALIGN]] : memref<4xf32>
// CHECK-NEXT: }
func.func @assume(%m: memref<4xf32>) -> memref<4xf32> {
  %a = memref.assume_alignment %m, 16 : memref<4xf32>
  %b = memref.assume_alignment %a, 16 : memref<4xf32>
  return %b : memref<4xf32>
}

// -----

/// dim folds to the size operands of view and subview, and through casts.
// CHECK-LABEL: func.func @dims(
// CHECK-SAME: %[[ARG0:arg[0-9]+]]: memref<4x?xf32>, %[[ARG1:arg[0-9]+]]: index, %[[ARG2:arg[0-9]+]]: memref<2048xi8>) -> (index, index, index) {
// CHECK-NEXT: %[[C1:c1]] = arith.constant 1 : index
// CHECK-NEXT: %[[DIM:dim]] = memref.dim %[[ARG0]], %[[C1]] : memref<4x?xf32>
// CHECK-NEXT: return %[[ARG1]], %[[ARG1]], %[[DIM]] : index, index, index
// CHECK-NEXT: }
func.func @dims(%m: memref<4x?xf32>, %d: index, %b: memref<2048xi8>) -> (index, index, index) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %v = memref.view %b[%c0][%d] : memref<2048xi8> to memref<4x?xf32>
  %x = memref.dim %v, %c1 : memref<4x?xf32>
  %s = memref.subview %m[0, 0] [1, %d] [1, 1] : memref<4x?xf32> to memref<?xf32, strided<[1]>>
  %y = memref.dim %s, %c0 : memref<?xf32, strided<[1]>>
  %c = memref.cast %m : memref<4x?xf32> to memref<?x?xf32>
  %z = memref.dim %c, %c1 : memref<?x?xf32>
  return %x, %y, %z : index, index, index
}

// -----

/// AllocaScopeHoister moves the alloca out of the scf.if into the function.
// CHECK-LABEL: func.func @hoist(
// CHECK-SAME: %[[ARG0:arg[0-9]+]]: i1) {
// CHECK-NEXT: %[[ALLOCA:alloca]] = memref.alloca() : memref<4xf32>
// CHECK-NEXT: scf.if %[[ARG0]] {
// CHECK-NEXT: memref.alloca_scope  {
// CHECK-NEXT: "test.use"(%[[ALLOCA]]) : (memref<4xf32>) -> ()
// CHECK-NEXT: }
// CHECK-NEXT: }
// CHECK-NEXT: return
// CHECK-NEXT: }
func.func @hoist(%c: i1) {
  scf.if %c {
    memref.alloca_scope {
      %a = memref.alloca() : memref<4xf32>
      "test.use"(%a) : (memref<4xf32>) -> ()
    }
  }
  return
}

// -----

/// Memory ops fold the memref.cast of their operands.
// CHECK-LABEL: func.func @cast_folds(
// CHECK-SAME: %[[ARG0:arg[0-9]+]]: memref<4xf32>, %[[ARG1:arg[0-9]+]]: memref<1xi32>, %[[ARG2:arg[0-9]+]]: index, %[[ARG3:arg[0-9]+]]: f32) {
// CHECK-NEXT: memref.prefetch %[[ARG0]][%[[ARG2]]], read, locality<3>, data : memref<4xf32>
// CHECK-NEXT: memref.store %[[ARG3]], %[[ARG0]][%[[ARG2]]] : memref<4xf32>
// CHECK-NEXT: %[[V0:[0-9]+]] = memref.atomic_rmw addf %[[ARG3]], %[[ARG0]][%[[ARG2]]] : (f32, memref<4xf32>) -> f32
// CHECK-NEXT: memref.dma_start %[[ARG0]][%[[ARG2]]], %[[ARG0]][%[[ARG2]]], %[[ARG2]], %[[ARG1]][%[[ARG2]]] : memref<4xf32>, memref<4xf32>, memref<1xi32>
// CHECK-NEXT: memref.dma_wait %[[ARG1]][%[[ARG2]]], %[[ARG2]] : memref<1xi32>
// CHECK-NEXT: memref.dealloc %[[ARG0]] : memref<4xf32>
// CHECK-NEXT: "test.use"(%[[V0]]) : (f32) -> ()
// CHECK-NEXT: return
// CHECK-NEXT: }
func.func @cast_folds(%m: memref<4xf32>, %t: memref<1xi32>, %i: index, %v: f32) {
  %c = memref.cast %m : memref<4xf32> to memref<?xf32>
  %ct = memref.cast %t : memref<1xi32> to memref<?xi32>
  memref.prefetch %c[%i], read, locality<3>, data : memref<?xf32>
  memref.store %v, %c[%i] : memref<?xf32>
  %x = memref.atomic_rmw addf %v, %c[%i] : (f32, memref<?xf32>) -> f32
  memref.dma_start %c[%i], %c[%i], %i, %ct[%i] : memref<?xf32>, memref<?xf32>, memref<?xi32>
  memref.dma_wait %ct[%i], %i : memref<?xi32>
  memref.dealloc %c : memref<?xf32>
  "test.use"(%x) : (f32) -> ()
  return
}

// -----

/// A no-op subview of a subview folds.
// CHECK-LABEL: func.func @subview_subview(
// CHECK-SAME: %[[ARG0:arg[0-9]+]]: memref<8x8xf32>) -> memref<4x4xf32, strided<[8, 1], offset: 9>> {
// CHECK-NEXT: %[[SUBVIEW:subview]] = memref.subview %[[ARG0]][1, 1] [4, 4] [1, 1] : memref<8x8xf32> to memref<4x4xf32, strided<[8, 1], offset: 9>>
// CHECK-NEXT: return %[[SUBVIEW]] : memref<4x4xf32, strided<[8, 1], offset: 9>>
// CHECK-NEXT: }
func.func @subview_subview(%m: memref<8x8xf32>) -> memref<4x4xf32, strided<[8, 1], offset: 9>> {
  %a = memref.subview %m[1, 1] [4, 4] [1, 1] : memref<8x8xf32> to memref<4x4xf32, strided<[8, 1], offset: 9>>
  %b = memref.subview %a[0, 0] [4, 4] [1, 1] : memref<4x4xf32, strided<[8, 1], offset: 9>> to memref<4x4xf32, strided<[8, 1], offset: 9>>
  return %b : memref<4x4xf32, strided<[8, 1], offset: 9>>
}

// -----

/// reinterpret_cast of a zero-offset subview uses the subview's source.
// CHECK-LABEL: func.func @reinterpret_of_subview(
// CHECK-SAME: %[[ARG0:arg[0-9]+]]: memref<8x8xf32>) -> memref<16xf32> {
// CHECK-NEXT: %[[REINTERPRET_CAST:reinterpret_cast]] = memref.reinterpret_cast %[[ARG0]] to offset: [0], sizes: [16], strides: [1] : memref<8x8xf32> to memref<16xf32>
// CHECK-NEXT: return %[[REINTERPRET_CAST]] : memref<16xf32>
// CHECK-NEXT: }
func.func @reinterpret_of_subview(%m: memref<8x8xf32>) -> memref<16xf32> {
  %a = memref.subview %m[0, 0] [4, 4] [1, 1] : memref<8x8xf32> to memref<4x4xf32, strided<[8, 1]>>
  %b = memref.reinterpret_cast %a to offset: [0], sizes: [16], strides: [1] : memref<4x4xf32, strided<[8, 1]>> to memref<16xf32>
  return %b : memref<16xf32>
}

// -----

/// A view to the same type does not fold (upstream 22 has no view folder).
// CHECK-LABEL: func.func @view_same(
// CHECK-SAME: %[[ARG0:arg[0-9]+]]: memref<2048xi8>, %[[ARG1:arg[0-9]+]]: index) -> memref<2048xi8> {
// CHECK-NEXT: %[[VIEW:view]] = memref.view %[[ARG0]][%[[ARG1]]][] : memref<2048xi8> to memref<2048xi8>
// CHECK-NEXT: return %[[VIEW]] : memref<2048xi8>
// CHECK-NEXT: }
func.func @view_same(%b: memref<2048xi8>, %o: index) -> memref<2048xi8> {
  %v = memref.view %b[%o][] : memref<2048xi8> to memref<2048xi8>
  return %v : memref<2048xi8>
}

// -----

/// Unused loads, views, get_global, alloc and dim are erased.
// CHECK-LABEL: func.func @dead_things(
// CHECK-SAME: %[[ARG0:arg[0-9]+]]: memref<4xf32>, %[[ARG1:arg[0-9]+]]: index) {
// CHECK-NEXT: return
// CHECK-NEXT: }
// CHECK-NEXT: memref.global "private" @g : memref<4xf32> = dense<1.000000e+00>
func.func @dead_things(%m: memref<4xf32>, %i: index) {
  %0 = memref.load %m[%i] : memref<4xf32>
  %1 = memref.subview %m[0] [2] [1] : memref<4xf32> to memref<2xf32, strided<[1]>>
  %2 = memref.get_global @g : memref<4xf32>
  %3 = memref.alloc() : memref<4xf32>
  %4 = memref.dim %m, %i : memref<4xf32>
  return
}
memref.global "private" @g : memref<4xf32> = dense<1.0>

// -----

/// ComposeExpandOfCollapseOp.
// CHECK-LABEL: func.func @expand_of_collapse(
// CHECK-SAME: %[[ARG0:arg[0-9]+]]: memref<4x6xf32>) -> memref<4x2x3xf32> {
// CHECK-NEXT: %[[EXPAND_SHAPE:expand_shape]] = memref.expand_shape %[[ARG0]] {{\[\[}}0], [1, 2]] output_shape [4, 2, 3] : memref<4x6xf32> into memref<4x2x3xf32>
// CHECK-NEXT: return %[[EXPAND_SHAPE]] : memref<4x2x3xf32>
// CHECK-NEXT: }
func.func @expand_of_collapse(%m: memref<4x6xf32>) -> memref<4x2x3xf32> {
  %a = memref.collapse_shape %m [[0, 1]] : memref<4x6xf32> into memref<24xf32>
  %b = memref.expand_shape %a [[0, 1, 2]] output_shape [4, 2, 3] : memref<24xf32> into memref<4x2x3xf32>
  return %b : memref<4x2x3xf32>
}

// -----

/// ComposeExpandOfCollapseOp.
// CHECK-LABEL: func.func @expand_of_collapse(
// CHECK-SAME: %[[ARG0:arg[0-9]+]]: memref<4x6xf32>) -> memref<4x2x3xf32> {
// CHECK-NEXT: %[[EXPAND_SHAPE:expand_shape]] = memref.expand_shape %[[ARG0]] {{\[\[}}0], [1, 2]] output_shape [4, 2, 3] : memref<4x6xf32> into memref<4x2x3xf32>
// CHECK-NEXT: return %[[EXPAND_SHAPE]] : memref<4x2x3xf32>
// CHECK-NEXT: }
func.func @expand_of_collapse(%m: memref<4x6xf32>) -> memref<4x2x3xf32> {
  %a = memref.collapse_shape %m [[0, 1]] : memref<4x6xf32> into memref<24xf32>
  %b = memref.expand_shape %a [[0, 1, 2]] output_shape [4, 2, 3] : memref<24xf32> into memref<4x2x3xf32>
  return %b : memref<4x2x3xf32>
}

// -----

/// ComposeExpandOfCollapseOp does not apply when a group keeps its size.
// CHECK-LABEL: func.func @eoc_equal_group(
// CHECK-SAME: %[[ARG0:arg[0-9]+]]: memref<4x2x3xf32>) -> memref<4x6x1xf32> {
// CHECK-NEXT: %[[COLLAPSE_SHAPE:collapse_shape]] = memref.collapse_shape %[[ARG0]] {{\[\[}}0], [1, 2]] : memref<4x2x3xf32> into memref<4x6xf32>
// CHECK-NEXT: %[[EXPAND_SHAPE:expand_shape]] = memref.expand_shape %[[COLLAPSE_SHAPE]] {{\[\[}}0], [1, 2]] output_shape [4, 6, 1] : memref<4x6xf32> into memref<4x6x1xf32>
// CHECK-NEXT: return %[[EXPAND_SHAPE]] : memref<4x6x1xf32>
// CHECK-NEXT: }
func.func @eoc_equal_group(%m: memref<4x2x3xf32>) -> memref<4x6x1xf32> {
  %a = memref.collapse_shape %m [[0], [1, 2]] : memref<4x2x3xf32> into memref<4x6xf32>
  %b = memref.expand_shape %a [[0], [1, 2]] output_shape [4, 6, 1] : memref<4x6xf32> into memref<4x6x1xf32>
  return %b : memref<4x6x1xf32>
}

// -----

/// ComposeExpandOfCollapseOp producing a collapse.
// CHECK-LABEL: func.func @eoc_collapse(
// CHECK-SAME: %[[ARG0:arg[0-9]+]]: memref<2x3x4xf32>) -> memref<6x4xf32> {
// CHECK-NEXT: %[[COLLAPSE_SHAPE:collapse_shape]] = memref.collapse_shape %[[ARG0]] {{\[\[}}0, 1], [2]] : memref<2x3x4xf32> into memref<6x4xf32>
// CHECK-NEXT: return %[[COLLAPSE_SHAPE]] : memref<6x4xf32>
// CHECK-NEXT: }
func.func @eoc_collapse(%m: memref<2x3x4xf32>) -> memref<6x4xf32> {
  %a = memref.collapse_shape %m [[0, 1, 2]] : memref<2x3x4xf32> into memref<24xf32>
  %b = memref.expand_shape %a [[0, 1]] output_shape [6, 4] : memref<24xf32> into memref<6x4xf32>
  return %b : memref<6x4xf32>
}

// -----

/// ComposeExpandOfCollapseOp: groups of the same shape on both sides are kept, one
/// dimension a group, and the others compose (a single collapse here).
// CHECK-LABEL: func.func @eoc_same_shape_groups(
// CHECK-SAME: %[[ARG0:arg[0-9]+]]: memref<2x3x4x5x6xf32>) -> memref<2x3x20x6xf32> {
// CHECK-NEXT: %[[COLLAPSE_SHAPE:collapse_shape]] = memref.collapse_shape %[[ARG0]] {{\[\[}}0], [1], [2, 3], [4]] : memref<2x3x4x5x6xf32> into memref<2x3x20x6xf32>
// CHECK-NEXT: return %[[COLLAPSE_SHAPE]] : memref<2x3x20x6xf32>
// CHECK-NEXT: }
func.func @eoc_same_shape_groups(%m: memref<2x3x4x5x6xf32>) -> memref<2x3x20x6xf32> {
  %c = memref.collapse_shape %m [[0, 1], [2, 3, 4]] : memref<2x3x4x5x6xf32> into memref<6x120xf32>
  %e = memref.expand_shape %c [[0, 1], [2, 3]] output_shape [2, 3, 20, 6] : memref<6x120xf32> into memref<2x3x20x6xf32>
  return %e : memref<2x3x20x6xf32>
}

// -----

/// ComposeExpandOfCollapseOp: the same with a dynamic dimension in a kept group.
// CHECK-LABEL: func.func @eoc_same_shape_dynamic(
// CHECK-SAME: %[[ARG0:arg[0-9]+]]: memref<?x3x4x5xf32>, %[[ARG1:arg[0-9]+]]: index) -> memref<?x12x5xf32> {
// CHECK-NEXT: %[[COLLAPSE_SHAPE:collapse_shape]] = memref.collapse_shape %[[ARG0]] {{\[\[}}0], [1, 2], [3]] : memref<?x3x4x5xf32> into memref<?x12x5xf32>
// CHECK-NEXT: return %[[COLLAPSE_SHAPE]] : memref<?x12x5xf32>
// CHECK-NEXT: }
func.func @eoc_same_shape_dynamic(%m: memref<?x3x4x5xf32>, %n: index) -> memref<?x12x5xf32> {
  %c = memref.collapse_shape %m [[0], [1, 2, 3]] : memref<?x3x4x5xf32> into memref<?x60xf32>
  %e = memref.expand_shape %c [[0], [1, 2]] output_shape [%n, 12, 5] : memref<?x60xf32> into memref<?x12x5xf32>
  return %e : memref<?x12x5xf32>
}

// -----

/// ComposeExpandOfCollapseOp producing an expand, a kept group first.
// CHECK-LABEL: func.func @eoc_same_shape_expand(
// CHECK-SAME: %[[ARG0:arg[0-9]+]]: memref<2x12x5xf32>) -> memref<2x3x4x5xf32> {
// CHECK-NEXT: %[[EXPAND_SHAPE:expand_shape]] = memref.expand_shape %[[ARG0]] {{\[\[}}0], [1, 2], [3]] output_shape [2, 3, 4, 5] : memref<2x12x5xf32> into memref<2x3x4x5xf32>
// CHECK-NEXT: return %[[EXPAND_SHAPE]] : memref<2x3x4x5xf32>
// CHECK-NEXT: }
func.func @eoc_same_shape_expand(%m: memref<2x12x5xf32>) -> memref<2x3x4x5xf32> {
  %c = memref.collapse_shape %m [[0], [1, 2]] : memref<2x12x5xf32> into memref<2x60xf32>
  %e = memref.expand_shape %c [[0], [1, 2, 3]] output_shape [2, 3, 4, 5] : memref<2x60xf32> into memref<2x3x4x5xf32>
  return %e : memref<2x3x4x5xf32>
}
