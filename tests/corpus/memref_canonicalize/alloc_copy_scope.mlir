func.func @alloc_const() -> memref<?x?xf32> {
  %c4 = arith.constant 4 : index
  %c-1 = arith.constant -1 : index
  %0 = memref.alloc(%c4, %c-1) {alignment = 16 : i64} : memref<?x?xf32>
  return %0 : memref<?x?xf32>
}
func.func @alloca_const(%d: index) {
  %c4 = arith.constant 4 : index
  %0 = memref.alloca(%c4, %d) : memref<?x?xf32>
  %c0 = arith.constant 0 : index
  %v = memref.load %0[%c0, %c0] : memref<?x?xf32>
  "test.use"(%v) : (f32) -> ()
  return
}
func.func @dead_alloc(%v: f32) {
  %c0 = arith.constant 0 : index
  %0 = memref.alloc() : memref<4xf32>
  memref.store %v, %0[%c0] : memref<4xf32>
  memref.dealloc %0 : memref<4xf32>
  %1 = memref.alloca() : memref<4xf32>
  %2 = memref.realloc %1 : memref<4xf32> to memref<8xf32>
  return
}
func.func @copies(%a: memref<4xf32>, %e: memref<0x4xf32>, %f: memref<0x4xf32>) {
  memref.copy %a, %a : memref<4xf32> to memref<4xf32>
  memref.copy %e, %f : memref<0x4xf32> to memref<0x4xf32>
  %c = memref.cast %a : memref<4xf32> to memref<?xf32>
  %b = memref.alloc() : memref<4xf32>
  memref.copy %c, %b : memref<?xf32> to memref<4xf32>
  "test.use"(%b) : (memref<4xf32>) -> ()
  return
}
func.func @dim_reshape(%m: memref<*xf32>, %s: memref<?xi32>) -> index {
  %c1 = arith.constant 1 : index
  %r = memref.reshape %m(%s) : (memref<*xf32>, memref<?xi32>) -> memref<*xf32>
  %d = memref.dim %r, %c1 : memref<*xf32>
  return %d : index
}
func.func @scope_inline(%v: f32) -> f32 {
  %r = memref.alloca_scope -> (f32) {
    %c = arith.addf %v, %v : f32
    memref.alloca_scope.return %c : f32
  }
  return %r : f32
}
func.func @scope_keep(%v: f32) {
  memref.alloca_scope {
    %a = memref.alloca() : memref<4xf32>
    "test.use"(%a) : (memref<4xf32>) -> ()
  }
  "test.other"() : () -> ()
  return
}
func.func @scope_last() {
  memref.alloca_scope {
    %a = memref.alloca() : memref<4xf32>
    "test.use"(%a) : (memref<4xf32>) -> ()
  }
  return
}
func.func @view_fold(%b: memref<2048xi8>, %o: index) -> memref<?x?xf32> {
  %c4 = arith.constant 4 : index
  %v = memref.view %b[%o][%c4, %o] : memref<2048xi8> to memref<?x?xf32>
  return %v : memref<?x?xf32>
}
func.func @view_cast(%o: index) -> memref<4xf32> {
  %a = memref.alloc() : memref<2048xi8>
  %c = memref.cast %a : memref<2048xi8> to memref<?xi8>
  %v = memref.view %c[%o][] : memref<?xi8> to memref<4xf32>
  return %v : memref<4xf32>
}
