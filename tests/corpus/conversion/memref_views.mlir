func.func @view(%b: memref<2048xi8>, %o: index, %n: index) -> memref<?x4xf32> {
  %v = memref.view %b[%o][%n] : memref<2048xi8> to memref<?x4xf32>
  return %v : memref<?x4xf32>
}
func.func @tr(%m: memref<?x?xf32>) -> memref<?x?xf32, strided<[1, ?]>> {
  %t = memref.transpose %m (i, j) -> (j, i) : memref<?x?xf32> to memref<?x?xf32, strided<[1, ?]>>
  return %t : memref<?x?xf32, strided<[1, ?]>>
}
func.func @pf(%m: memref<4x4xf32>, %i: index) {
  memref.prefetch %m[%i, %i], read, locality<3>, data : memref<4x4xf32>
  return
}
func.func @aa(%m: memref<4x4xf32>) -> memref<4x4xf32> {
  %r = memref.assume_alignment %m, 16 : memref<4x4xf32>
  return %r : memref<4x4xf32>
}
func.func @ex(%m: memref<8xf32>) -> memref<2x4xf32> {
  %r = memref.expand_shape %m [[0, 1]] output_shape [2, 4] : memref<8xf32> into memref<2x4xf32>
  return %r : memref<2x4xf32>
}
func.func @scope() -> f32 {
  %r = memref.alloca_scope -> f32 {
    %a = memref.alloca() : memref<4xf32>
    %c = arith.constant 0 : index
    %x = memref.load %a[%c] : memref<4xf32>
    memref.alloca_scope.return %x : f32
  }
  return %r : f32
}
func.func @pf2(%m: memref<4x?xf32, strided<[?, 1], offset: ?>>, %i: index) {
  memref.prefetch %m[%i, %i], write, locality<1>, instr : memref<4x?xf32, strided<[?, 1], offset: ?>>
  memref.prefetch %m[%i, %i], read, locality<0>, data : memref<4x?xf32, strided<[?, 1], offset: ?>>
  return
}
func.func @aa2(%m: memref<?xf32, strided<[1], offset: ?>>) -> memref<?xf32, strided<[1], offset: ?>> {
  %r = memref.assume_alignment %m, 64 : memref<?xf32, strided<[1], offset: ?>>
  return %r : memref<?xf32, strided<[1], offset: ?>>
}
func.func @view2(%b: memref<2048xi8>, %o: index, %n: index, %k: index) -> (memref<?x?x2xf32>, memref<f32>, memref<16xi32>) {
  %v = memref.view %b[%o][%n, %k] : memref<2048xi8> to memref<?x?x2xf32>
  %w = memref.view %b[%o][] : memref<2048xi8> to memref<f32>
  %x = memref.view %b[%o][] : memref<2048xi8> to memref<16xi32>
  return %v, %w, %x : memref<?x?x2xf32>, memref<f32>, memref<16xi32>
}
func.func @tr3(%m: memref<2x3x4xf32>) -> (memref<4x2x3xf32, strided<[1, 12, 4]>>, memref<2x3x4xf32>) {
  %t = memref.transpose %m (i, j, k) -> (k, i, j) : memref<2x3x4xf32> to memref<4x2x3xf32, strided<[1, 12, 4]>>
  %u = memref.transpose %m (i, j, k) -> (i, j, k) : memref<2x3x4xf32> to memref<2x3x4xf32>
  return %t, %u : memref<4x2x3xf32, strided<[1, 12, 4]>>, memref<2x3x4xf32>
}
func.func @scope0(%n: index) {
  memref.alloca_scope {
    %a = memref.alloca(%n) : memref<?xf32>
    memref.alloca_scope.return
  }
  return
}
func.func @scope2(%c: i1) -> (f32, i32) {
  %r:2 = memref.alloca_scope -> (f32, i32) {
    %a = memref.alloca() : memref<4xf32>
    %i = arith.constant 0 : index
    %x = memref.load %a[%i] : memref<4xf32>
    %y = arith.constant 3 : i32
    memref.alloca_scope.return %x, %y : f32, i32
  }
  return %r#0, %r#1 : f32, i32
}
