func.func @expand_of_collapse(%m: memref<4x6xf32>) -> memref<4x2x3xf32> {
  %a = memref.collapse_shape %m [[0, 1]] : memref<4x6xf32> into memref<24xf32>
  %b = memref.expand_shape %a [[0, 1, 2]] output_shape [4, 2, 3] : memref<24xf32> into memref<4x2x3xf32>
  return %b : memref<4x2x3xf32>
}
func.func @eoc_equal_group(%m: memref<4x2x3xf32>) -> memref<4x6x1xf32> {
  %a = memref.collapse_shape %m [[0], [1, 2]] : memref<4x2x3xf32> into memref<4x6xf32>
  %b = memref.expand_shape %a [[0], [1, 2]] output_shape [4, 6, 1] : memref<4x6xf32> into memref<4x6x1xf32>
  return %b : memref<4x6x1xf32>
}
func.func @eoc_collapse(%m: memref<2x3x4xf32>) -> memref<6x4xf32> {
  %a = memref.collapse_shape %m [[0, 1, 2]] : memref<2x3x4xf32> into memref<24xf32>
  %b = memref.expand_shape %a [[0, 1]] output_shape [6, 4] : memref<24xf32> into memref<6x4xf32>
  return %b : memref<6x4xf32>
}
