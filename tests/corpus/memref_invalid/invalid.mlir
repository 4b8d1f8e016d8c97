/// alloc: dynamic size count
func.func @f(%d: index) {
  %0 = memref.alloc(%d, %d) : memref<?xf32>
  return
}
// -----
/// alloc: symbol count
func.func @f(%d: index) {
  %0 = memref.alloc()[%d] : memref<4xf32>
  return
}
// -----
/// alloc: symbol count of an affine layout
func.func @f(%d: index) {
  %0 = memref.alloc() : memref<4xf32, affine_map<(d0)[s0] -> (d0 + s0)>>
  return
}
// -----
/// alloc: negative alignment
func.func @f() {
  %0 = memref.alloc() {alignment = -1} : memref<4xf32>
  return
}
// -----
/// alloc: result must be a memref
func.func @f() {
  %0 = "memref.alloc"() <{operandSegmentSizes = array<i32: 0, 0>}> : () -> tensor<4xf32>
  return
}
// -----
/// alloca needs an automatic allocation scope
"test.op"() ({
  %0 = memref.alloca() : memref<4xf32>
  "test.term"() : () -> ()
}) : () -> ()
// -----
/// alloca_scope.return outside alloca_scope
func.func @f() {
  memref.alloca_scope.return
}
// -----
/// alloca_scope: region arguments
func.func @f() {
  "memref.alloca_scope"() ({
  ^bb0(%a: i32):
    "memref.alloca_scope.return"() : () -> ()
  }) : () -> ()
  return
}
// -----
/// alloca_scope: empty region
func.func @f() {
  "memref.alloca_scope"() ({
  }) : () -> ()
  return
}
// -----
/// alloca_scope: two blocks
func.func @f() {
  "memref.alloca_scope"() ({
    "memref.alloca_scope.return"() : () -> ()
  ^bb1:
    "memref.alloca_scope.return"() : () -> ()
  }) : () -> ()
  return
}
// -----
/// alloca_scope: result count
func.func @f() {
  %0 = memref.alloca_scope -> (i32) {
  }
  return
}
// -----
/// alloca_scope: result type
func.func @f(%v: i32) {
  %0 = memref.alloca_scope -> (f32) {
    memref.alloca_scope.return %v : i32
  }
  return
}
// -----
/// alloca_scope: wrong terminator
func.func @f() {
  "memref.alloca_scope"() ({
    "test.term"() : () -> ()
  }) : () -> ()
  return
}
// -----
/// realloc: layout
func.func @f(%m: memref<4xf32, strided<[2]>>) {
  %0 = memref.realloc %m : memref<4xf32, strided<[2]>> to memref<8xf32>
  return
}
// -----
/// realloc: result layout
func.func @f(%m: memref<4xf32>) {
  %0 = memref.realloc %m : memref<4xf32> to memref<8xf32, strided<[2]>>
  return
}
// -----
/// realloc: memory space
func.func @f(%m: memref<4xf32>) {
  %0 = memref.realloc %m : memref<4xf32> to memref<8xf32, 1>
  return
}
// -----
/// realloc: element type
func.func @f(%m: memref<4xf32>) {
  %0 = memref.realloc %m : memref<4xf32> to memref<8xi32>
  return
}
// -----
/// realloc: missing size
func.func @f(%m: memref<4xf32>) {
  %0 = memref.realloc %m : memref<4xf32> to memref<?xf32>
  return
}
// -----
/// realloc: unnecessary size
func.func @f(%m: memref<4xf32>, %d: index) {
  %0 = memref.realloc %m(%d) : memref<4xf32> to memref<8xf32>
  return
}
// -----
/// realloc: 1-D only
func.func @f(%m: memref<4x4xf32>) {
  %0 = memref.realloc %m : memref<4x4xf32> to memref<8xf32>
  return
}
// -----
/// global: dynamic shape
memref.global "private" @x : memref<?xf32>
// -----
/// global: not a memref
memref.global "private" @x : i32
// -----
/// global: initial value not elements
memref.global @x : memref<2xf32> = "abc"
// -----
/// global: alignment not a power of two
memref.global "private" @x : memref<2xf32> = dense<1.0> {alignment = 3}
// -----
/// global: initial value element type (generic form)
"memref.global"() <{sym_name = "x", type = memref<2xf32>, initial_value = dense<1> : tensor<2xi32>}> : () -> ()
// -----
/// global: initial value shape (generic form)
"memref.global"() <{sym_name = "x", type = memref<2x3xf32>, initial_value = dense<1.0> : tensor<3x2xf32>}> : () -> ()
// -----
/// global: initial value kind (generic form)
"memref.global"() <{sym_name = "x", type = memref<2xf32>, initial_value = 1 : i32}> : () -> ()
// -----
/// global: type attribute (generic form)
"memref.global"() <{sym_name = "x", type = i32}> : () -> ()
// -----
/// global: visibility
memref.global "priv" @x : memref<2xf32>
// -----
/// get_global: undefined symbol
func.func @f() {
  %0 = memref.get_global @nope : memref<2xf32>
  return
}
// -----
/// get_global: not a global
func.func @f() {
  %0 = memref.get_global @f : memref<2xf32>
  return
}
// -----
/// get_global: type mismatch
memref.global @x : memref<2xf32> = dense<1.0>
func.func @f() {
  %0 = memref.get_global @x : memref<3xf32>
  return
}
// -----
/// dealloc: not a memref
func.func @f(%t: tensor<4xf32>) {
  "memref.dealloc"(%t) : (tensor<4xf32>) -> ()
  return
}
// -----
/// load: index count
func.func @f(%m: memref<4x4xf32>, %i: index) {
  %0 = memref.load %m[%i] : memref<4x4xf32>
  return
}
// -----
/// load: result type (generic form)
func.func @f(%m: memref<4xf32>, %i: index) {
  %0 = "memref.load"(%m, %i) : (memref<4xf32>, index) -> i32
  return
}
// -----
/// load: alignment not a power of two
func.func @f(%m: memref<4xf32>, %i: index) {
  %0 = memref.load %m[%i] {alignment = 3} : memref<4xf32>
  return
}
// -----
/// load: nontemporal must be a bool
func.func @f(%m: memref<4xf32>, %i: index) {
  %0 = memref.load %m[%i] {nontemporal = 1} : memref<4xf32>
  return
}
// -----
/// load: unranked memref
func.func @f(%m: memref<*xf32>, %i: index) {
  %0 = "memref.load"(%m, %i) : (memref<*xf32>, index) -> f32
  return
}
// -----
/// store: index count
func.func @f(%m: memref<4x4xf32>, %i: index, %v: f32) {
  memref.store %v, %m[%i] : memref<4x4xf32>
  return
}
// -----
/// store: value type (generic form)
func.func @f(%m: memref<4xf32>, %i: index, %v: i32) {
  "memref.store"(%v, %m, %i) : (i32, memref<4xf32>, index) -> ()
  return
}
// -----
/// store: index type (generic form)
func.func @f(%m: memref<4xf32>, %i: i32, %v: f32) {
  "memref.store"(%v, %m, %i) : (f32, memref<4xf32>, i32) -> ()
  return
}
// -----
/// copy: element types
func.func @f(%a: memref<4xf32>, %b: memref<4xi32>) {
  memref.copy %a, %b : memref<4xf32> to memref<4xi32>
  return
}
// -----
/// copy: shapes
func.func @f(%a: memref<4xf32>, %b: memref<5xf32>) {
  memref.copy %a, %b : memref<4xf32> to memref<5xf32>
  return
}
// -----
/// atomic_rmw: float kind on integers
func.func @f(%m: memref<4xi32>, %i: index, %v: i32) {
  %0 = memref.atomic_rmw addf %v, %m[%i] : (i32, memref<4xi32>) -> i32
  return
}
// -----
/// atomic_rmw: integer kind on floats
func.func @f(%m: memref<4xf32>, %i: index, %v: f32) {
  %0 = memref.atomic_rmw addi %v, %m[%i] : (f32, memref<4xf32>) -> f32
  return
}
// -----
/// atomic_rmw: subscripts
func.func @f(%m: memref<4x4xf32>, %i: index, %v: f32) {
  %0 = memref.atomic_rmw addf %v, %m[%i] : (f32, memref<4x4xf32>) -> f32
  return
}
// -----
/// atomic_rmw: value type
func.func @f(%m: memref<4xf32>, %i: index, %v: f64) {
  %0 = memref.atomic_rmw addf %v, %m[%i] : (f64, memref<4xf32>) -> f64
  return
}
// -----
/// atomic_rmw: unknown kind
func.func @f(%m: memref<4xf32>, %i: index, %v: f32) {
  %0 = memref.atomic_rmw nope %v, %m[%i] : (f32, memref<4xf32>) -> f32
  return
}
// -----
/// atomic_rmw: result type (generic form)
func.func @f(%m: memref<4xf32>, %i: index, %v: f32) {
  %0 = "memref.atomic_rmw"(%v, %m, %i) <{kind = 0 : i64}> : (f32, memref<4xf32>, index) -> f64
  return
}
// -----
/// generic_atomic_rmw: side effects in the body
func.func @f(%m: memref<4xf32>, %i: index) {
  %0 = memref.generic_atomic_rmw %m[%i] : memref<4xf32> {
  ^bb0(%cur: f32):
    memref.store %cur, %m[%i] : memref<4xf32>
    memref.atomic_yield %cur : f32
  }
  return
}
// -----
/// generic_atomic_rmw: block arguments
func.func @f(%m: memref<4xf32>, %i: index) {
  %0 = memref.generic_atomic_rmw %m[%i] : memref<4xf32> {
  ^bb0(%cur: f32, %x: f32):
    memref.atomic_yield %cur : f32
  }
  return
}
// -----
/// generic_atomic_rmw: block argument type
func.func @f(%m: memref<4xf32>, %i: index) {
  %0 = memref.generic_atomic_rmw %m[%i] : memref<4xf32> {
  ^bb0(%cur: f64):
    %c = arith.constant 1.0 : f32
    memref.atomic_yield %c : f32
  }
  return
}
// -----
/// atomic_yield: type mismatch
func.func @f(%m: memref<4xf32>, %i: index) {
  %0 = memref.generic_atomic_rmw %m[%i] : memref<4xf32> {
  ^bb0(%cur: f32):
    %c = arith.constant 1.0 : f64
    memref.atomic_yield %c : f64
  }
  return
}
// -----
/// atomic_yield: outside generic_atomic_rmw
func.func @f(%v: f32) {
  memref.atomic_yield %v : f32
}
// -----
/// prefetch: rw specifier
func.func @f(%m: memref<4xf32>, %i: index) {
  memref.prefetch %m[%i], rd, locality<3>, data : memref<4xf32>
  return
}
// -----
/// prefetch: cache type
func.func @f(%m: memref<4xf32>, %i: index) {
  memref.prefetch %m[%i], read, locality<3>, dat : memref<4xf32>
  return
}
// -----
/// prefetch: locality range
func.func @f(%m: memref<4xf32>, %i: index) {
  memref.prefetch %m[%i], read, locality<5>, data : memref<4xf32>
  return
}
// -----
/// prefetch: index count
func.func @f(%m: memref<4x4xf32>, %i: index) {
  memref.prefetch %m[%i], read, locality<3>, data : memref<4x4xf32>
  return
}
// -----
/// dma_start: stride operands come in pairs
func.func @f(%s: memref<4xf32>, %d: memref<4xf32, 1>, %t: memref<1xi32>, %i: index) {
  memref.dma_start %s[%i], %d[%i], %i, %t[%i], %i : memref<4xf32>, memref<4xf32, 1>, memref<1xi32>
  return
}
// -----
/// dma_start: three types
func.func @f(%s: memref<4xf32>, %d: memref<4xf32, 1>, %t: memref<1xi32>, %i: index) {
  memref.dma_start %s[%i], %d[%i], %i, %t[%i] : memref<4xf32>, memref<4xf32, 1>
  return
}
// -----
/// dma_start: operand count (generic form)
func.func @f(%s: memref<4xf32>) {
  "memref.dma_start"(%s) : (memref<4xf32>) -> ()
  return
}
// -----
/// dma_start: source must be a memref (generic form)
func.func @f(%i: index) {
  "memref.dma_start"(%i, %i, %i, %i) : (index, index, index, index) -> ()
  return
}
// -----
/// dma_start: destination must be a memref (generic form)
func.func @f(%s: memref<f32>, %i: index) {
  "memref.dma_start"(%s, %i, %i, %i) : (memref<f32>, index, index, index) -> ()
  return
}
// -----
/// dma_start: num elements index (generic form)
func.func @f(%s: memref<f32>, %t: memref<f32>, %n: i32) {
  "memref.dma_start"(%s, %s, %n, %t) : (memref<f32>, memref<f32>, i32, memref<f32>) -> ()
  return
}
// -----
/// dma_start: operand count with strides (generic form)
func.func @f(%s: memref<f32>, %t: memref<f32>, %n: index) {
  "memref.dma_start"(%s, %s, %n, %t, %n) : (memref<f32>, memref<f32>, index, memref<f32>, index) -> ()
  return
}
// -----
/// dma_start: index type of source indices (generic form)
func.func @f(%s: memref<4xf32>, %t: memref<f32>, %n: index, %j: i32) {
  "memref.dma_start"(%s, %j, %s, %j, %n, %t) : (memref<4xf32>, i32, memref<4xf32>, i32, index, memref<f32>) -> ()
  return
}
// -----
/// dma_wait: tag indices
func.func @f(%t: memref<4x4xi32>, %i: index) {
  memref.dma_wait %t[%i], %i : memref<4x4xi32>
  return
}
// -----
/// cast: incompatible element types
func.func @f(%m: memref<4xf32>) {
  %0 = memref.cast %m : memref<4xf32> to memref<4xi32>
  return
}
// -----
/// cast: incompatible static sizes
func.func @f(%m: memref<4xf32>) {
  %0 = memref.cast %m : memref<4xf32> to memref<5xf32>
  return
}
// -----
/// cast: incompatible strides
func.func @f(%m: memref<4xf32, strided<[2]>>) {
  %0 = memref.cast %m : memref<4xf32, strided<[2]>> to memref<4xf32, strided<[3]>>
  return
}
// -----
/// cast: unranked to unranked
func.func @f(%m: memref<*xf32>) {
  %0 = memref.cast %m : memref<*xf32> to memref<*xf32>
  return
}
// -----
/// cast: memory spaces
func.func @f(%m: memref<4xf32>) {
  %0 = memref.cast %m : memref<4xf32> to memref<4xf32, 1>
  return
}
// -----
/// cast: ranks
func.func @f(%m: memref<4xf32>) {
  %0 = memref.cast %m : memref<4xf32> to memref<4x1xf32>
  return
}
// -----
/// memory_space_cast: shapes
func.func @f(%m: memref<4xf32>) {
  %0 = memref.memory_space_cast %m : memref<4xf32> to memref<5xf32, 1>
  return
}
// -----
/// memory_space_cast: element types
func.func @f(%m: memref<4xf32>) {
  %0 = memref.memory_space_cast %m : memref<4xf32> to memref<4xi32, 1>
  return
}
// -----
/// memory_space_cast: ranked to unranked
func.func @f(%m: memref<4xf32>) {
  %0 = memref.memory_space_cast %m : memref<4xf32> to memref<*xf32, 1>
  return
}
// -----
/// subview: out of bounds
func.func @f(%m: memref<8x4xf32>) {
  %1 = memref.subview %m[0, 0] [9, 4] [1, 1] : memref<8x4xf32> to memref<9x4xf32, strided<[4, 1]>>
  return
}
// -----
/// subview: offset out of bounds
func.func @f(%m: memref<8x4xf32>) {
  %1 = memref.subview %m[8, 0] [0, 4] [1, 1] : memref<8x4xf32> to memref<0x4xf32, strided<[4, 1], offset: 32>>
  return
}
// -----
/// subview: negative offset
func.func @f(%m: memref<8x4xf32>) {
  %1 = memref.subview %m[-1, 0] [4, 2] [1, 1] : memref<8x4xf32> to memref<4x2xf32, strided<[4, 1], offset: -4>>
  return
}
// -----
/// subview: negative size
func.func @f(%m: memref<8x4xf32>) {
  %1 = memref.subview %m[0, 0] [-1, 4] [1, 1] : memref<8x4xf32> to memref<?x4xf32, strided<[4, 1]>>
  return
}
// -----
/// subview: result sizes
func.func @f(%m: memref<8x4xf32>) {
  %1 = memref.subview %m[0, 0] [4, 2] [1, 1] : memref<8x4xf32> to memref<4x3xf32, strided<[4, 1]>>
  return
}
// -----
/// subview: result strides
func.func @f(%m: memref<8x4xf32>) {
  %1 = memref.subview %m[0, 0] [4, 2] [1, 1] : memref<8x4xf32> to memref<4x2xf32, strided<[4, 2]>>
  return
}
// -----
/// subview: result offset
func.func @f(%m: memref<8x4xf32>) {
  %1 = memref.subview %m[0, 0] [4, 2] [1, 1] : memref<8x4xf32> to memref<4x2xf32, strided<[4, 1], offset: 3>>
  return
}
// -----
/// subview: element type
func.func @f(%m: memref<8x4xf32>) {
  %1 = memref.subview %m[0, 0] [4, 2] [1, 1] : memref<8x4xf32> to memref<4x2xi32, strided<[4, 1]>>
  return
}
// -----
/// subview: result rank
func.func @f(%m: memref<8x4xf32>) {
  %1 = memref.subview %m[0, 0] [4, 2] [1, 1] : memref<8x4xf32> to memref<4x2x1xf32, strided<[4, 1, 1]>>
  return
}
// -----
/// subview: memory space
func.func @f(%m: memref<8x4xf32>) {
  %1 = memref.subview %m[0, 0] [4, 2] [1, 1] : memref<8x4xf32> to memref<4x2xf32, strided<[4, 1]>, 1>
  return
}
// -----
/// subview: list lengths
func.func @f(%m: memref<8x4xf32>) {
  %1 = memref.subview %m[0, 0, 0] [4, 2] [1, 1] : memref<8x4xf32> to memref<4x2xf32, strided<[4, 1]>>
  return
}
// -----
/// subview: list ranks
func.func @f(%m: memref<8x4xf32>) {
  %1 = memref.subview %m[0] [4] [1] : memref<8x4xf32> to memref<4xf32>
  return
}
// -----
/// subview: non-strided base
func.func @f(%m: memref<8x4xf32, affine_map<(d0, d1) -> (d1, d0)>>) {
  %1 = memref.subview %m[0, 0] [4, 4] [1, 1] : memref<8x4xf32, affine_map<(d0, d1) -> (d1, d0)>> to memref<4x4xf32>
  return
}
// -----
/// subview: rank reduction keeps the wrong stride
func.func @f(%m: memref<8x4xf32>) {
  %1 = memref.subview %m[0, 0] [1, 4] [1, 1] : memref<8x4xf32> to memref<4xf32, strided<[2]>>
  return
}
// -----
/// subview: dynamic entries without values (generic form)
func.func @f(%m: memref<8x4xf32>) {
  %1 = "memref.subview"(%m) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 0, -9223372036854775808>, static_sizes = array<i64: 4, 4>, static_strides = array<i64: 1, 1>}> : (memref<8x4xf32>) -> memref<4x4xf32, strided<[4, 1], offset: ?>>
  return
}
// -----
/// subview: strides rank (generic form)
func.func @f(%m: memref<8x4xf32>) {
  %1 = "memref.subview"(%m) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 0, 0>, static_sizes = array<i64: 4, 4>, static_strides = array<i64: 1>}> : (memref<8x4xf32>) -> memref<4x4xf32, strided<[4, 1]>>
  return
}
// -----
/// subview: a non-integer in the list
func.func @f(%m: memref<8x4xf32>) {
  %1 = memref.subview %m[0, 0.5] [4, 4] [1, 1] : memref<8x4xf32> to memref<4x4xf32, strided<[4, 1]>>
  return
}
// -----
/// reinterpret_cast: sizes mismatch
func.func @f(%m: memref<*xf32>) {
  %0 = memref.reinterpret_cast %m to offset: [0], sizes: [10], strides: [1] : memref<*xf32> to memref<11xf32>
  return
}
// -----
/// reinterpret_cast: offset mismatch
func.func @f(%m: memref<*xf32>) {
  %0 = memref.reinterpret_cast %m to offset: [3], sizes: [10], strides: [1] : memref<*xf32> to memref<10xf32>
  return
}
// -----
/// reinterpret_cast: stride mismatch
func.func @f(%m: memref<*xf32>, %s: index) {
  %0 = memref.reinterpret_cast %m to offset: [0], sizes: [10], strides: [%s] : memref<*xf32> to memref<10xf32>
  return
}
// -----
/// reinterpret_cast: element types
func.func @f(%m: memref<*xf32>) {
  %0 = memref.reinterpret_cast %m to offset: [0], sizes: [10], strides: [1] : memref<*xf32> to memref<10xi32>
  return
}
// -----
/// reinterpret_cast: memory spaces
func.func @f(%m: memref<*xf32>) {
  %0 = memref.reinterpret_cast %m to offset: [0], sizes: [10], strides: [1] : memref<*xf32> to memref<10xf32, 1>
  return
}
// -----
/// reinterpret_cast: non-strided result
func.func @f(%m: memref<*xf32>) {
  %0 = memref.reinterpret_cast %m to offset: [0], sizes: [10, 10], strides: [10, 1] : memref<*xf32> to memref<10x10xf32, affine_map<(d0, d1) -> (d1, d0)>>
  return
}
// -----
/// reinterpret_cast: two offsets
func.func @f(%m: memref<*xf32>) {
  %0 = memref.reinterpret_cast %m to offset: [0, 0], sizes: [10], strides: [1] : memref<*xf32> to memref<10xf32>
  return
}
// -----
/// view: base layout
func.func @f(%m: memref<2048xi8, strided<[2]>>, %i: index) {
  %0 = memref.view %m[%i][] : memref<2048xi8, strided<[2]>> to memref<4xf32>
  return
}
// -----
/// view: result layout
func.func @f(%m: memref<2048xi8>, %i: index) {
  %0 = memref.view %m[%i][] : memref<2048xi8> to memref<4xf32, strided<[2]>>
  return
}
// -----
/// view: memory spaces
func.func @f(%m: memref<2048xi8>, %i: index) {
  %0 = memref.view %m[%i][] : memref<2048xi8> to memref<4xf32, 1>
  return
}
// -----
/// view: size operands
func.func @f(%m: memref<2048xi8>, %i: index) {
  %0 = memref.view %m[%i][%i] : memref<2048xi8> to memref<4xf32>
  return
}
// -----
/// view: source must be 1-D i8
func.func @f(%m: memref<2048xi16>, %i: index) {
  %0 = memref.view %m[%i][] : memref<2048xi16> to memref<4xf32>
  return
}
// -----
/// reshape: element types
func.func @f(%m: memref<4xf32>, %s: memref<1xi32>) {
  %0 = memref.reshape %m(%s) : (memref<4xf32>, memref<1xi32>) -> memref<4xi32>
  return
}
// -----
/// reshape: source layout
func.func @f(%m: memref<4xf32, strided<[2]>>, %s: memref<1xi32>) {
  %0 = memref.reshape %m(%s) : (memref<4xf32, strided<[2]>>, memref<1xi32>) -> memref<4xf32>
  return
}
// -----
/// reshape: result layout
func.func @f(%m: memref<4xf32>, %s: memref<1xi32>) {
  %0 = memref.reshape %m(%s) : (memref<4xf32>, memref<1xi32>) -> memref<4xf32, strided<[2]>>
  return
}
// -----
/// reshape: dynamic shape length to a ranked result
func.func @f(%m: memref<4xf32>, %s: memref<?xi32>) {
  %0 = memref.reshape %m(%s) : (memref<4xf32>, memref<?xi32>) -> memref<4xf32>
  return
}
// -----
/// reshape: shape length
func.func @f(%m: memref<4xf32>, %s: memref<2xi32>) {
  %0 = memref.reshape %m(%s) : (memref<4xf32>, memref<2xi32>) -> memref<4xf32>
  return
}
// -----
/// reshape: shape element type
func.func @f(%m: memref<4xf32>, %s: memref<1xf32>) {
  %0 = memref.reshape %m(%s) : (memref<4xf32>, memref<1xf32>) -> memref<4xf32>
  return
}
// -----
/// expand_shape: not an expansion
func.func @f(%m: memref<4x4xf32>) {
  %0 = memref.expand_shape %m [[0, 1]] output_shape [16] : memref<4x4xf32> into memref<16xf32>
  return
}
// -----
/// expand_shape: group sizes
func.func @f(%m: memref<16xf32>) {
  %0 = memref.expand_shape %m [[0, 1]] output_shape [4, 5] : memref<16xf32> into memref<4x5xf32>
  return
}
// -----
/// expand_shape: dynamism
func.func @f(%m: memref<16xf32>, %d: index) {
  %0 = memref.expand_shape %m [[0, 1]] output_shape [%d, 4] : memref<16xf32> into memref<?x4xf32>
  return
}
// -----
/// expand_shape: non-contiguous reassociation
func.func @f(%m: memref<4x4xf32>) {
  %0 = memref.expand_shape %m [[1], [0, 2]] output_shape [4, 2, 2] : memref<4x4xf32> into memref<4x2x2xf32>
  return
}
// -----
/// expand_shape: group count
func.func @f(%m: memref<4x4xf32>) {
  %0 = memref.expand_shape %m [[0, 1, 2]] output_shape [4, 2, 2] : memref<4x4xf32> into memref<4x2x2xf32>
  return
}
// -----
/// expand_shape: indices out of bounds
func.func @f(%m: memref<4xf32>) {
  %0 = memref.expand_shape %m [[0, 1, 2]] output_shape [2, 2] : memref<4xf32> into memref<2x2xf32>
  return
}
// -----
/// expand_shape: expanded rank
func.func @f(%m: memref<4xf32>) {
  %0 = memref.expand_shape %m [[0]] output_shape [4, 1] : memref<4xf32> into memref<4x1xf32>
  return
}
// -----
/// expand_shape: layout
func.func @f(%m: memref<4xf32, strided<[2]>>) {
  %0 = memref.expand_shape %m [[0, 1]] output_shape [2, 2] : memref<4xf32, strided<[2]>> into memref<2x2xf32>
  return
}
// -----
/// expand_shape: output shape length
func.func @f(%m: memref<4xf32>) {
  %0 = memref.expand_shape %m [[0, 1]] output_shape [2] : memref<4xf32> into memref<2x2xf32>
  return
}
// -----
/// expand_shape: output shape value
func.func @f(%m: memref<4xf32>) {
  %0 = memref.expand_shape %m [[0, 1]] output_shape [1, 4] : memref<4xf32> into memref<2x2xf32>
  return
}
// -----
/// expand_shape: output shape values count (generic form)
func.func @f(%m: memref<?xf32>, %d: index) {
  %0 = "memref.expand_shape"(%m) <{reassociation = [[0, 1]], static_output_shape = array<i64: -9223372036854775808, 2>}> : (memref<?xf32>) -> memref<?x2xf32>
  return
}
// -----
/// expand_shape: rank 0
func.func @f(%m: memref<f32>) {
  %0 = memref.expand_shape %m [] output_shape [1, 2] : memref<f32> into memref<1x2xf32>
  return
}
// -----
/// collapse_shape: not a collapse
func.func @f(%m: memref<16xf32>) {
  %0 = memref.collapse_shape %m [[0, 1]] : memref<16xf32> into memref<4x4xf32>
  return
}
// -----
/// collapse_shape: group size
func.func @f(%m: memref<4x4xf32>) {
  %0 = memref.collapse_shape %m [[0, 1]] : memref<4x4xf32> into memref<15xf32>
  return
}
// -----
/// collapse_shape: non-contiguous dims
func.func @f(%m: memref<4x4xf32, strided<[8, 1]>>) {
  %0 = memref.collapse_shape %m [[0, 1]] : memref<4x4xf32, strided<[8, 1]>> into memref<16xf32>
  return
}
// -----
/// collapse_shape: result layout
func.func @f(%m: memref<4x4xf32, strided<[4, 1], offset: 2>>) {
  %0 = memref.collapse_shape %m [[0, 1]] : memref<4x4xf32, strided<[4, 1], offset: 2>> into memref<16xf32>
  return
}
// -----
/// collapse_shape: dynamism
func.func @f(%m: memref<4x?xf32>) {
  %0 = memref.collapse_shape %m [[0, 1]] : memref<4x?xf32> into memref<16xf32>
  return
}
// -----
/// collapse_shape: reassociation attribute
func.func @f(%m: memref<4x4xf32>) {
  %0 = memref.collapse_shape %m [0, 1] : memref<4x4xf32> into memref<16xf32>
  return
}
// -----
/// transpose: not a permutation
func.func @f(%m: memref<4x4xf32>) {
  %0 = memref.transpose %m (i, j) -> (i, i) : memref<4x4xf32> to memref<4x4xf32>
  return
}
// -----
/// transpose: rank
func.func @f(%m: memref<4x4xf32>) {
  %0 = memref.transpose %m (i) -> (i) : memref<4x4xf32> to memref<4x4xf32>
  return
}
// -----
/// transpose: result type
func.func @f(%m: memref<4x8xf32>) {
  %0 = memref.transpose %m (i, j) -> (j, i) : memref<4x8xf32> to memref<8x4xf32>
  return
}
// -----
/// assume_alignment: power of two
func.func @f(%m: memref<4xf32>) {
  %0 = memref.assume_alignment %m, 3 : memref<4xf32>
  return
}
// -----
/// assume_alignment: positive
func.func @f(%m: memref<4xf32>) {
  %0 = memref.assume_alignment %m, 0 : memref<4xf32>
  return
}
// -----
/// distinct_objects: types
func.func @f(%a: memref<?xf32>, %b: memref<?xi32>) {
  %0, %1 = "memref.distinct_objects"(%a, %b) : (memref<?xf32>, memref<?xi32>) -> (memref<?xi32>, memref<?xf32>)
  return
}
// -----
/// distinct_objects: at least one operand
func.func @f() {
  "memref.distinct_objects"() : () -> ()
  return
}
// -----
/// extract_strided_metadata: result types
func.func @f(%m: memref<4xf32>) {
  %0:4 = "memref.extract_strided_metadata"(%m) : (memref<4xf32>) -> (memref<f32>, index, index, i32)
  return
}
// -----
/// extract_strided_metadata: non-strided source
func.func @f(%m: memref<4x4xf32, affine_map<(d0, d1) -> (d1, d0)>>) {
  %0:6 = "memref.extract_strided_metadata"(%m) : (memref<4x4xf32, affine_map<(d0, d1) -> (d1, d0)>>) -> (memref<f32>, index, index, index, index, index)
  return
}
// -----
/// dim: rank 0
func.func @f(%m: memref<f32>, %i: index) {
  %0 = memref.dim %m, %i : memref<f32>
  return
}
// -----
/// rank: not a memref
func.func @f(%m: tensor<4xf32>) {
  %0 = "memref.rank"(%m) : (tensor<4xf32>) -> index
  return
}
// -----
/// extract_aligned_pointer_as_index: result type
func.func @f(%m: memref<4xf32>) {
  %0 = memref.extract_aligned_pointer_as_index %m : memref<4xf32> -> i64
  return
}
// -----
/// cast: a tensor where a memref is parsed
func.func @f(%t: tensor<4xf32>) {
  %0 = memref.cast %t : tensor<4xf32> to memref<4xf32>
  return
}
// -----
/// dim: the operand constraint (no parse-time kind)
func.func @f(%t: tensor<4xf32>, %i: index) {
  %0 = memref.dim %t, %i : tensor<4xf32>
  return
}
// -----
/// load: a ranked memref is parsed
func.func @f(%t: tensor<4xf32>, %i: index) {
  %0 = memref.load %t[%i] : tensor<4xf32>
  return
}
// -----
/// get_global: a ranked memref is parsed
func.func @f(%t: tensor<4xf32>, %i: index) {
  %0 = memref.get_global @x : tensor<4xf32>
  return
}
// -----
/// view: a ranked memref is parsed
func.func @f(%t: tensor<4xi8>, %i: index) {
  %0 = memref.view %t[%i][] : tensor<4xi8> to memref<4xf32>
  return
}
// -----
/// extract_aligned_pointer_as_index: the result must be index
func.func @f(%t: memref<4xf32>, %i: index) {
  %0 = memref.extract_aligned_pointer_as_index %t : memref<4xf32> -> i64
  return
}
// -----
/// dealloc: a ranked or unranked memref is parsed
func.func @f(%t: tensor<4xf32>, %i: index) {
  memref.dealloc %t : tensor<4xf32>
  return
}
// -----
/// assume_alignment: a ranked memref is parsed
func.func @f(%t: memref<4xf32>, %i: index) {
  %0 = memref.assume_alignment %t, 4 : tensor<4xf32>
  return
}
