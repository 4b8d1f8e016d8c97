func.func @subview_const(%m: memref<8x16xf32>) -> memref<?x?xf32, strided<[?, ?], offset: ?>> {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c4 = arith.constant 4 : index
  %s = memref.subview %m[%c1, %c0] [%c4, %c4] [%c1, %c1] : memref<8x16xf32> to memref<?x?xf32, strided<[?, ?], offset: ?>>
  return %s : memref<?x?xf32, strided<[?, ?], offset: ?>>
}
func.func @subview_cast(%m: memref<8x16xf32>, %i: index) -> memref<4x4xf32, strided<[?, 1], offset: ?>> {
  %c = memref.cast %m : memref<8x16xf32> to memref<?x?xf32>
  %s = memref.subview %c[%i, %i] [4, 4] [1, 1] : memref<?x?xf32> to memref<4x4xf32, strided<[?, 1], offset: ?>>
  return %s : memref<4x4xf32, strided<[?, 1], offset: ?>>
}
func.func @subview_trivial(%m: memref<8x16xf32>) -> memref<8x16xf32, strided<[16, 1]>> {
  %s = memref.subview %m[0, 0] [8, 16] [1, 1] : memref<8x16xf32> to memref<8x16xf32, strided<[16, 1]>>
  return %s : memref<8x16xf32, strided<[16, 1]>>
}
func.func @subview_fold(%m: memref<8x16xf32, strided<[16, 1]>>) -> memref<8x16xf32, strided<[16, 1]>> {
  %s = memref.subview %m[0, 0] [8, 16] [1, 1] : memref<8x16xf32, strided<[16, 1]>> to memref<8x16xf32, strided<[16, 1]>>
  return %s : memref<8x16xf32, strided<[16, 1]>>
}
func.func @subview_rank_reduce(%m: memref<8x16x4xf32>) -> memref<?x4xf32, strided<[4, 1], offset: ?>> {
  %c0 = arith.constant 0 : index
  %c2 = arith.constant 2 : index
  %c6 = arith.constant 6 : index
  %s = memref.subview %m[%c2, 0, 0] [1, %c6, 4] [1, 1, 1] : memref<8x16x4xf32> to memref<?x4xf32, strided<[4, 1], offset: ?>>
  return %s : memref<?x4xf32, strided<[4, 1], offset: ?>>
}
func.func @reinterpret(%m: memref<4x4xf32>) -> memref<?x?xf32, strided<[?, ?], offset: ?>> {
  %base, %offset, %sizes:2, %strides:2 = memref.extract_strided_metadata %m : memref<4x4xf32> -> memref<f32>, index, index, index, index, index
  %r = memref.reinterpret_cast %base to offset: [%offset], sizes: [%sizes#0, %sizes#1], strides: [%strides#0, %strides#1] : memref<f32> to memref<?x?xf32, strided<[?, ?], offset: ?>>
  return %r : memref<?x?xf32, strided<[?, ?], offset: ?>>
}
func.func @reinterpret_const(%m: memref<*xf32>) -> memref<?xf32, strided<[?], offset: ?>> {
  %c0 = arith.constant 0 : index
  %c4 = arith.constant 4 : index
  %c1 = arith.constant 1 : index
  %r = memref.reinterpret_cast %m to offset: [%c0], sizes: [%c4], strides: [%c1] : memref<*xf32> to memref<?xf32, strided<[?], offset: ?>>
  return %r : memref<?xf32, strided<[?], offset: ?>>
}
func.func @reinterpret_noop(%m: memref<4xf32>) -> memref<4xf32> {
  %r = memref.reinterpret_cast %m to offset: [0], sizes: [4], strides: [1] : memref<4xf32> to memref<4xf32>
  return %r : memref<4xf32>
}
func.func @metadata(%m: memref<4x?xf32>) -> (index, index, index, index) {
  %base, %offset, %sizes:2, %strides:2 = memref.extract_strided_metadata %m : memref<4x?xf32> -> memref<f32>, index, index, index, index, index
  return %offset, %sizes#0, %sizes#1, %strides#1 : index, index, index, index
}
func.func @collapse_collapse(%m: memref<2x3x4xf32>) -> memref<24xf32> {
  %a = memref.collapse_shape %m [[0, 1], [2]] : memref<2x3x4xf32> into memref<6x4xf32>
  %b = memref.collapse_shape %a [[0, 1]] : memref<6x4xf32> into memref<24xf32>
  return %b : memref<24xf32>
}
func.func @expand_expand(%m: memref<24xf32>) -> memref<2x3x4xf32> {
  %a = memref.expand_shape %m [[0, 1]] output_shape [6, 4] : memref<24xf32> into memref<6x4xf32>
  %b = memref.expand_shape %a [[0, 1], [2]] output_shape [2, 3, 4] : memref<6x4xf32> into memref<2x3x4xf32>
  return %b : memref<2x3x4xf32>
}
func.func @expand_collapse(%m: memref<6x4xf32>) -> memref<6x4xf32> {
  %a = memref.collapse_shape %m [[0, 1]] : memref<6x4xf32> into memref<24xf32>
  %b = memref.expand_shape %a [[0, 1]] output_shape [6, 4] : memref<24xf32> into memref<6x4xf32>
  return %b : memref<6x4xf32>
}
func.func @collapse_expand(%m: memref<2x12xf32>) -> memref<24xf32> {
  %a = memref.expand_shape %m [[0], [1, 2]] output_shape [2, 3, 4] : memref<2x12xf32> into memref<2x3x4xf32>
  %b = memref.collapse_shape %a [[0, 1, 2]] : memref<2x3x4xf32> into memref<24xf32>
  return %b : memref<24xf32>
}
func.func @collapse_cast(%m: memref<2x3xf32>) -> memref<?xf32> {
  %c = memref.cast %m : memref<2x3xf32> to memref<?x3xf32>
  %b = memref.collapse_shape %c [[0, 1]] : memref<?x3xf32> into memref<?xf32>
  return %b : memref<?xf32>
}
func.func @transposes(%m: memref<2x3xf32>) -> memref<2x3xf32, strided<[3, 1]>> {
  %a = memref.transpose %m (i, j) -> (j, i) : memref<2x3xf32> to memref<3x2xf32, strided<[1, 3]>>
  %b = memref.transpose %a (i, j) -> (j, i) : memref<3x2xf32, strided<[1, 3]>> to memref<2x3xf32, strided<[3, 1]>>
  return %b : memref<2x3xf32, strided<[3, 1]>>
}
func.func @casts(%m: memref<4xf32>) -> (memref<?xf32>, index, memref<4xf32, 1>) {
  %a = memref.cast %m : memref<4xf32> to memref<?xf32>
  %b = memref.cast %a : memref<?xf32> to memref<?xf32>
  %u = memref.cast %m : memref<4xf32> to memref<*xf32>
  %r = memref.rank %u : memref<*xf32>
  %s1 = memref.memory_space_cast %m : memref<4xf32> to memref<4xf32, 2>
  %s2 = memref.memory_space_cast %s1 : memref<4xf32, 2> to memref<4xf32, 1>
  return %b, %r, %s2 : memref<?xf32>, index, memref<4xf32, 1>
}
func.func @assume(%m: memref<4xf32>) -> memref<4xf32> {
  %a = memref.assume_alignment %m, 16 : memref<4xf32>
  %b = memref.assume_alignment %a, 16 : memref<4xf32>
  return %b : memref<4xf32>
}
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
