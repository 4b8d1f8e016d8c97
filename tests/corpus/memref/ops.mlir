#map = affine_map<(d0, d1)[s0] -> (d0 * s0 + d1)>
memref.global "private" @x : memref<2xf32> = dense<[0.0, 2.0]>
memref.global "private" constant @c : memref<2xi32> = dense<[1, 4]> {alignment = 64}
memref.global @z : memref<3xf16> = uninitialized
memref.global "private" @y : memref<4xi32>
memref.global @s : memref<f32> = dense<1.0>
memref.global @sp : memref<4xf32> = dense<0.0>

func.func @allocs(%d: index, %s: index) {
  %0 = memref.alloc(%d) : memref<8x?xf32>
  %1 = memref.alloc()[%s] : memref<8x64xf32, #map>
  %2 = memref.alloc(%d)[%s] {alignment = 8} : memref<?x64xf32, #map, 1>
  %3 = memref.alloca() : memref<4xi8>
  %4 = memref.alloca(%d) {alignment = 16} : memref<?xf32, strided<[1]>>
  %5 = memref.alloc() : memref<f32>
  memref.dealloc %0 : memref<8x?xf32>
  %6 = memref.realloc %3 : memref<4xi8> to memref<8xi8>
  %7 = memref.realloc %6(%d) {alignment = 4} : memref<8xi8> to memref<?xi8>
  %8 = memref.get_global @x : memref<2xf32>
  %u = memref.cast %0 : memref<8x?xf32> to memref<*xf32>
  memref.dealloc %u : memref<*xf32>
  return
}

func.func @scope(%v: f32) -> f32 {
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

func.func @access(%m: memref<4x?xf32>, %i: index, %j: index, %v: f32, %t: memref<4xi32>, %k: i32) {
  %0 = memref.load %m[%i, %j] : memref<4x?xf32>
  %1 = memref.load %m[%i, %j] {nontemporal = true, alignment = 16} : memref<4x?xf32>
  memref.store %v, %m[%i, %j] : memref<4x?xf32>
  memref.store %v, %m[%i, %j] {nontemporal = false} : memref<4x?xf32>
  memref.store %v, %m[%i, %j] {alignment = 8} : memref<4x?xf32>
  %2 = memref.atomic_rmw addf %v, %m[%i, %j] : (f32, memref<4x?xf32>) -> f32
  %3 = memref.atomic_rmw maxs %k, %t[%i] : (i32, memref<4xi32>) -> i32
  %4 = memref.generic_atomic_rmw %m[%i, %j] : memref<4x?xf32> {
  ^bb0(%cur: f32):
    %c1 = arith.constant 1.0 : f32
    %inc = arith.addf %c1, %cur : f32
    memref.atomic_yield %inc : f32
  }
  memref.prefetch %m[%i, %j], read, locality<3>, data : memref<4x?xf32>
  memref.prefetch %m[%i, %j], write, locality<0>, instr : memref<4x?xf32>
  %c = memref.alloc(%j) : memref<4x?xf32>
  memref.copy %m, %c : memref<4x?xf32> to memref<4x?xf32>
  return
}

func.func @dma(%src: memref<40x128xf32>, %dst: memref<2x1024xf32, 1>, %tag: memref<1xi32>, %i: index, %n: index) {
  memref.dma_start %src[%i, %i], %dst[%i, %i], %n, %tag[%i] : memref<40x128xf32>, memref<2x1024xf32, 1>, memref<1xi32>
  memref.dma_start %src[%i, %i], %dst[%i, %i], %n, %tag[%i], %n, %n : memref<40x128xf32>, memref<2x1024xf32, 1>, memref<1xi32>
  memref.dma_wait %tag[%i], %n : memref<1xi32>
  return
}

func.func @views(%m: memref<64x4xf32>, %d: index, %u: memref<*xf32>, %b: memref<2048xi8>, %sh: memref<2xi32>) {
  %0 = memref.cast %m : memref<64x4xf32> to memref<?x?xf32>
  %1 = memref.subview %m[0, 0] [4, 4] [1, 1] : memref<64x4xf32> to memref<4x4xf32, strided<[4, 1]>>
  %2 = memref.subview %m[%d, 1] [%d, 2] [1, %d] : memref<64x4xf32> to memref<?x2xf32, strided<[4, ?], offset: ?>>
  %3 = memref.subview %m[1, 0] [1, 4] [1, 1] : memref<64x4xf32> to memref<4xf32, strided<[1], offset: 4>>
  %4 = memref.reinterpret_cast %m to offset: [0], sizes: [256], strides: [1] : memref<64x4xf32> to memref<256xf32>
  %5 = memref.reinterpret_cast %u to offset: [%d], sizes: [%d, 10], strides: [%d, 1] : memref<*xf32> to memref<?x10xf32, strided<[?, 1], offset: ?>>
  %6 = memref.view %b[%d][] : memref<2048xi8> to memref<64x4xf32>
  %7 = memref.view %b[%d][%d, %d] : memref<2048xi8> to memref<?x4x?xf32>
  %8 = memref.reshape %m(%sh) : (memref<64x4xf32>, memref<2xi32>) -> memref<16x16xf32>
  %9 = memref.expand_shape %m [[0, 1], [2]] output_shape [8, 8, 4] : memref<64x4xf32> into memref<8x8x4xf32>
  %10 = memref.collapse_shape %m [[0, 1]] : memref<64x4xf32> into memref<256xf32>
  %11 = memref.transpose %m (i, j) -> (j, i) : memref<64x4xf32> to memref<4x64xf32, strided<[1, 4]>>
  %12 = memref.assume_alignment %m, 16 : memref<64x4xf32>
  %13 = memref.memory_space_cast %m : memref<64x4xf32> to memref<64x4xf32, 1>
  %base, %offset, %sizes:2, %strides:2 = memref.extract_strided_metadata %m : memref<64x4xf32> -> memref<f32>, index, index, index, index, index
  %p = memref.extract_aligned_pointer_as_index %m : memref<64x4xf32> -> index
  %c1 = arith.constant 1 : index
  %dim = memref.dim %m, %c1 : memref<64x4xf32>
  %r = memref.rank %u : memref<*xf32>
  %x:2 = memref.distinct_objects %m, %b : memref<64x4xf32>, memref<2048xi8>
  %e = memref.expand_shape %0 [[0, 1], [2]] output_shape [%d, 8, %d] : memref<?x?xf32> into memref<?x8x?xf32>
  return
}
