func.func @cu(%a: memref<*xf32>, %b: memref<4xf32, strided<[2]>>) {
  memref.copy %a, %b : memref<*xf32> to memref<4xf32, strided<[2]>>
  return
}
func.func @cs(%a: memref<1x4xf32, strided<[8, 1], offset: 2>>, %b: memref<1x4xf32>) {
  memref.copy %a, %b : memref<1x4xf32, strided<[8, 1], offset: 2>> to memref<1x4xf32>
  return
}
func.func @msc(%a: memref<4x?xf32>) -> memref<4x?xf32, 3> {
  %r = memref.memory_space_cast %a : memref<4x?xf32> to memref<4x?xf32, 3>
  return %r : memref<4x?xf32, 3>
}
func.func @rc0(%a: memref<4x4xf32>) -> memref<f32, strided<[], offset: 3>> {
  %r = memref.reinterpret_cast %a to offset: [3], sizes: [], strides: [] : memref<4x4xf32> to memref<f32, strided<[], offset: 3>>
  return %r : memref<f32, strided<[], offset: 3>>
}
memref.global "private" @gi : memref<2xindex> = dense<[1, 2]>
memref.global "nested" constant @gc : memref<i64> = dense<7>
func.func @gg() -> memref<i64> {
  %a = memref.get_global @gc : memref<i64>
  return %a : memref<i64>
}
