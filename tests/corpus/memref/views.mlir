#strided = strided<[?, 1], offset: ?>
func.func @views2(%m: memref<8x16x4xf32>, %s: memref<?x?xf32, strided<[?, ?], offset: ?>>, %i: index, %b8: memref<64xi8>, %d: memref<16x4xf32, strided<[8, 1], offset: 5>>) {
  %0 = memref.subview %m[0, 0, 0] [1, 16, 4] [1, 1, 1] : memref<8x16x4xf32> to memref<16x4xf32>
  %1 = memref.subview %m[3, 4, 1] [1, 6, 3] [1, 1, 1] : memref<8x16x4xf32> to memref<6x3xf32, strided<[4, 1], offset: 209>>
  %2 = memref.subview %s[%i, %i] [4, 4] [%i, %i] : memref<?x?xf32, strided<[?, ?], offset: ?>> to memref<4x4xf32, strided<[?, ?], offset: ?>>
  %3 = memref.subview %m[0, 0, 0] [8, 16, 4] [1, 1, 1] : memref<8x16x4xf32> to memref<8x16x4xf32>
  %4 = memref.subview %d[1, 1] [2, 2] [2, 1] : memref<16x4xf32, strided<[8, 1], offset: 5>> to memref<2x2xf32, strided<[16, 1], offset: 14>>
  %5 = memref.expand_shape %d [[0, 1], [2]] output_shape [4, 4, 4] : memref<16x4xf32, strided<[8, 1], offset: 5>> into memref<4x4x4xf32, strided<[32, 8, 1], offset: 5>>
  %6 = memref.collapse_shape %m [[0, 1], [2]] : memref<8x16x4xf32> into memref<128x4xf32>
  %7 = memref.collapse_shape %s [[0, 1]] : memref<?x?xf32, strided<[?, ?], offset: ?>> into memref<?xf32, strided<[?], offset: ?>>
  %8 = memref.transpose %s (i, j) -> (j, i) : memref<?x?xf32, strided<[?, ?], offset: ?>> to memref<?x?xf32, strided<[?, ?], offset: ?>>
  %9 = memref.cast %s : memref<?x?xf32, strided<[?, ?], offset: ?>> to memref<?x?xf32, #strided>
  %10 = memref.transpose %m (i, j, k) -> (k, i, j) : memref<8x16x4xf32> to memref<4x8x16xf32, strided<[1, 64, 4]>>
  %11 = memref.expand_shape %m [[0], [1], [2, 3]] output_shape [8, 16, 2, 2] : memref<8x16x4xf32> into memref<8x16x2x2xf32>
  %12 = memref.collapse_shape %m [[0, 1, 2]] : memref<8x16x4xf32> into memref<512xf32>
  %z = memref.alloc() : memref<f32>
  %13 = memref.expand_shape %z [] output_shape [1, 1] : memref<f32> into memref<1x1xf32>
  %14 = memref.collapse_shape %13 [] : memref<1x1xf32> into memref<f32>
  %base_buffer, %offset, %sizes:2, %strides:2 = memref.extract_strided_metadata %s : memref<?x?xf32, strided<[?, ?], offset: ?>> -> memref<f32>, index, index, index, index, index
  %b0, %o0 = memref.extract_strided_metadata %z : memref<f32> -> memref<f32>, index
  %15 = memref.reinterpret_cast %base_buffer to offset: [%offset], sizes: [%sizes#0, %sizes#1], strides: [%strides#0, %strides#1] : memref<f32> to memref<?x?xf32, strided<[?, ?], offset: ?>>
  %16 = memref.alloca() : memref<4xf32, 3>
  %17 = memref.memory_space_cast %16 : memref<4xf32, 3> to memref<4xf32>
  %u = memref.cast %17 : memref<4xf32> to memref<*xf32>
  %18 = memref.memory_space_cast %u : memref<*xf32> to memref<*xf32, 1>
  %19 = memref.reinterpret_cast %u to offset: [0], sizes: [2, 2], strides: [2, 1] : memref<*xf32> to memref<2x2xf32>
  %20 = memref.alloc() : memref<4xf32, #gpu.address_space<workgroup>>
  %21 = memref.alloc(%i) : memref<?xvector<4xf32>>
  %22 = memref.load %21[%i] : memref<?xvector<4xf32>>
  %23 = memref.alloc() : memref<4x4xf32, affine_map<(d0, d1) -> (d0 * 4 + d1)>>
  %24 = memref.alloc() : memref<4x4xf32, affine_map<(d0, d1) -> (d1, d0)>>
  %25 = memref.subview %23[1, 1] [2, 2] [1, 1] : memref<4x4xf32, affine_map<(d0, d1) -> (d0 * 4 + d1)>> to memref<2x2xf32, strided<[4, 1], offset: 5>>
  %26 = memref.alloc() : memref<4x4xf32, strided<[4, 1], offset: 0>>
  %27 = memref.alloc()[%i] : memref<4xf32, strided<[1], offset: ?>>
  %28 = memref.view %b8[%i][] : memref<64xi8> to memref<4x4xf32>
  return
}
