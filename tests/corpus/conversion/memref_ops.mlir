func.func @m(%n: index, %i: index, %j: index, %v: f32) -> f32 {
  %a = memref.alloc(%n) : memref<4x?xf32>
  %b = memref.alloc() {alignment = 32} : memref<8xi64>
  %c = memref.alloca() : memref<2x3xf32>
  %d = memref.alloc() : memref<f32>
  memref.store %v, %a[%i, %j] : memref<4x?xf32>
  %x = memref.load %a[%i, %j] : memref<4x?xf32>
  memref.store %x, %c[%i, %j] : memref<2x3xf32>
  %y = memref.load %d[] : memref<f32>
  %c1 = arith.constant 1 : index
  %dim = memref.dim %a, %c1 : memref<4x?xf32>
  memref.dealloc %a : memref<4x?xf32>
  memref.dealloc %b : memref<8xi64>
  memref.dealloc %d : memref<f32>
  return %y : f32
}
func.func @s(%m: memref<4x8xf32, strided<[8, 1], offset: ?>>, %i: index) -> f32 {
  %x = memref.load %m[%i, %i] : memref<4x8xf32, strided<[8, 1], offset: ?>>
  return %x : f32
}
