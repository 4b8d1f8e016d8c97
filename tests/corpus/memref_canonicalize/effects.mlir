func.func @f(%m: memref<4xf32>, %i: index, %v: f32) -> (f32, f32, f32, index, index) {
  %a = memref.load %m[%i] : memref<4xf32>
  %b = memref.load %m[%i] : memref<4xf32>
  memref.store %v, %m[%i] : memref<4xf32>
  %c = memref.load %m[%i] : memref<4xf32>
  %c0 = arith.constant 0 : index
  %d1 = memref.dim %m, %c0 : memref<4xf32>
  %d2 = memref.dim %m, %c0 : memref<4xf32>
  %s1 = memref.subview %m[0] [2] [1] : memref<4xf32> to memref<2xf32, strided<[1]>>
  %s2 = memref.subview %m[0] [2] [1] : memref<4xf32> to memref<2xf32, strided<[1]>>
  %x1 = memref.alloc() : memref<4xf32>
  %x2 = memref.alloc() : memref<4xf32>
  "test.use"(%s1, %s2, %x1, %x2) : (memref<2xf32, strided<[1]>>, memref<2xf32, strided<[1]>>, memref<4xf32>, memref<4xf32>) -> ()
  %sh = memref.alloc() : memref<1xi32>
  %r1 = memref.reshape %m(%sh) : (memref<4xf32>, memref<1xi32>) -> memref<4xf32>
  %r2 = memref.reshape %m(%sh) : (memref<4xf32>, memref<1xi32>) -> memref<4xf32>
  "test.use"(%r1, %r2) : (memref<4xf32>, memref<4xf32>) -> ()
  return %a, %b, %c, %d1, %d2 : f32, f32, f32, index, index
}
