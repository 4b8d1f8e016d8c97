func.func @hoist(%c: i1) {
  scf.if %c {
    memref.alloca_scope {
      %a = memref.alloca() : memref<4xf32>
      "test.use"(%a) : (memref<4xf32>) -> ()
    }
  }
  return
}
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
func.func @subview_subview(%m: memref<8x8xf32>) -> memref<4x4xf32, strided<[8, 1], offset: 9>> {
  %a = memref.subview %m[1, 1] [4, 4] [1, 1] : memref<8x8xf32> to memref<4x4xf32, strided<[8, 1], offset: 9>>
  %b = memref.subview %a[0, 0] [4, 4] [1, 1] : memref<4x4xf32, strided<[8, 1], offset: 9>> to memref<4x4xf32, strided<[8, 1], offset: 9>>
  return %b : memref<4x4xf32, strided<[8, 1], offset: 9>>
}
func.func @reinterpret_of_subview(%m: memref<8x8xf32>) -> memref<16xf32> {
  %a = memref.subview %m[0, 0] [4, 4] [1, 1] : memref<8x8xf32> to memref<4x4xf32, strided<[8, 1]>>
  %b = memref.reinterpret_cast %a to offset: [0], sizes: [16], strides: [1] : memref<4x4xf32, strided<[8, 1]>> to memref<16xf32>
  return %b : memref<16xf32>
}
func.func @view_same(%b: memref<2048xi8>, %o: index) -> memref<2048xi8> {
  %v = memref.view %b[%o][] : memref<2048xi8> to memref<2048xi8>
  return %v : memref<2048xi8>
}
func.func @dead_things(%m: memref<4xf32>, %i: index) {
  %0 = memref.load %m[%i] : memref<4xf32>
  %1 = memref.subview %m[0] [2] [1] : memref<4xf32> to memref<2xf32, strided<[1]>>
  %2 = memref.get_global @g : memref<4xf32>
  %3 = memref.alloc() : memref<4xf32>
  %4 = memref.dim %m, %i : memref<4xf32>
  return
}
memref.global "private" @g : memref<4xf32> = dense<1.0>
func.func @expand_of_collapse(%m: memref<4x6xf32>) -> memref<4x2x3xf32> {
  %a = memref.collapse_shape %m [[0, 1]] : memref<4x6xf32> into memref<24xf32>
  %b = memref.expand_shape %a [[0, 1, 2]] output_shape [4, 2, 3] : memref<24xf32> into memref<4x2x3xf32>
  return %b : memref<4x2x3xf32>
}
