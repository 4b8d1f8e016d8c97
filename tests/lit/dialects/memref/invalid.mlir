// RUN: pymlir-opt %s --split-input-file --verify-diagnostics --allow-unregistered-dialect

/// alloc: dynamic size count
func.func @f(%d: index) {
  %0 = memref.alloc(%d, %d) : memref<?xf32>
// expected-error @-1 {{'memref.alloc' op incorrect number of dynamic sizes, has 2, expected 1}}
  return
}
// -----
/// alloc: symbol count
func.func @f(%d: index) {
  %0 = memref.alloc()[%d] : memref<4xf32>
// expected-error @-1 {{'memref.alloc' op symbol operand count does not equal memref symbol count: expected 0, got 1}}
  return
}
// -----
/// alloc: symbol count of an affine layout
func.func @f(%d: index) {
  %0 = memref.alloc() : memref<4xf32, affine_map<(d0)[s0] -> (d0 + s0)>>
// expected-error @-1 {{'memref.alloc' op symbol operand count does not equal memref symbol count: expected 1, got 0}}
  return
}
// -----
/// alloc: negative alignment
func.func @f() {
  %0 = memref.alloc() {alignment = -1} : memref<4xf32>
// expected-error @-1 {{custom op 'memref.alloc' 'memref.alloc' op attribute 'alignment' failed to satisfy constraint: 64-bit signless integer attribute whose value is positive and whose value is a power of two > 0}}
  return
}
// -----
/// alloc: result must be a memref
func.func @f() {
  %0 = "memref.alloc"() <{operandSegmentSizes = array<i32: 0, 0>}> : () -> tensor<4xf32>
// expected-error @-1 {{'memref.alloc' op result #0 must be memref of any type values, but got 'tensor<4xf32>'}}
  return
}
// -----
/// alloca needs an automatic allocation scope
"test.op"() ({
  %0 = memref.alloca() : memref<4xf32>
// expected-error @-1 {{'memref.alloca' op requires an ancestor op with AutomaticAllocationScope trait}}
  "test.term"() : () -> ()
}) : () -> ()
// -----
/// alloca_scope.return outside alloca_scope
func.func @f() {
  memref.alloca_scope.return
// expected-error @-1 {{'memref.alloca_scope.return' op expects parent op 'memref.alloca_scope'}}
}
// -----
/// alloca_scope: region arguments
func.func @f() {
  "memref.alloca_scope"() ({
// expected-error @-1 {{'memref.alloca_scope' op region should have no arguments}}
  ^bb0(%a: i32):
    "memref.alloca_scope.return"() : () -> ()
  }) : () -> ()
  return
}
// -----
/// alloca_scope: empty region
func.func @f() {
  "memref.alloca_scope"() ({
// expected-error @-1 {{'memref.alloca_scope' op region #0 ('bodyRegion') failed to verify constraint: region with 1 blocks}}
  }) : () -> ()
  return
}
// -----
/// alloca_scope: two blocks
func.func @f() {
  "memref.alloca_scope"() ({
// expected-error @-1 {{'memref.alloca_scope' op expects region #0 to have 0 or 1 blocks}}
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
// expected-error @-1 {{'memref.alloca_scope' op along control flow edge from Operation memref.alloca_scope.return to parent: region branch point has 0 operands, but region successor needs 1 inputs}}
// expected-note @-2 {{region branch point}}
  }
  return
}
// -----
/// alloca_scope: result type
func.func @f(%v: i32) {
  %0 = memref.alloca_scope -> (f32) {
// expected-error @-1 {{'memref.alloca_scope' op along control flow edge from Operation memref.alloca_scope.return to parent: successor operand type #0 'i32' should match successor input type #0 'f32'}}
    memref.alloca_scope.return %v : i32
// expected-note @-1 {{region branch point}}
  }
  return
}
// -----
/// alloca_scope: wrong terminator
func.func @f() {
  "memref.alloca_scope"() ({
// expected-error @-1 {{'memref.alloca_scope' op expects regions to end with 'memref.alloca_scope.return', found 'test.term'}}
// expected-note @-2 {{in custom textual format, the absence of terminator implies 'memref.alloca_scope.return'}}
    "test.term"() : () -> ()
  }) : () -> ()
  return
}
// -----
/// realloc: layout
func.func @f(%m: memref<4xf32, strided<[2]>>) {
  %0 = memref.realloc %m : memref<4xf32, strided<[2]>> to memref<8xf32>
// expected-error @-1 {{unsupported layout for source memref type 'memref<4xf32, strided<[2]>>'}}
  return
}
// -----
/// realloc: result layout
func.func @f(%m: memref<4xf32>) {
  %0 = memref.realloc %m : memref<4xf32> to memref<8xf32, strided<[2]>>
// expected-error @-1 {{unsupported layout for result memref type 'memref<8xf32, strided<[2]>>'}}
  return
}
// -----
/// realloc: memory space
func.func @f(%m: memref<4xf32>) {
  %0 = memref.realloc %m : memref<4xf32> to memref<8xf32, 1>
// expected-error @-1 {{different memory spaces specified for source memref type 'memref<4xf32>' and result memref type 'memref<8xf32, 1>'}}
  return
}
// -----
/// realloc: element type
func.func @f(%m: memref<4xf32>) {
  %0 = memref.realloc %m : memref<4xf32> to memref<8xi32>
// expected-error @-1 {{different element types specified for source memref type 'memref<4xf32>' and result memref type 'memref<8xi32>'}}
  return
}
// -----
/// realloc: missing size
func.func @f(%m: memref<4xf32>) {
  %0 = memref.realloc %m : memref<4xf32> to memref<?xf32>
// expected-error @-1 {{missing dimension operand for result type 'memref<?xf32>'}}
  return
}
// -----
/// realloc: unnecessary size
func.func @f(%m: memref<4xf32>, %d: index) {
  %0 = memref.realloc %m(%d) : memref<4xf32> to memref<8xf32>
// expected-error @-1 {{unnecessary dimension operand for result type 'memref<8xf32>'}}
  return
}
// -----
/// realloc: 1-D only
func.func @f(%m: memref<4x4xf32>) {
  %0 = memref.realloc %m : memref<4x4xf32> to memref<8xf32>
// expected-error @-1 {{'memref.realloc' op operand #0 must be 1D memref of any type values, but got 'memref<4x4xf32>'}}
  return
}
// -----
/// global: dynamic shape
memref.global "private" @x : memref<?xf32>
// expected-error @-1 {{custom op 'memref.global' type should be static shaped memref, but got 'memref<?xf32>'}}
// -----
/// global: not a memref
memref.global "private" @x : i32
// expected-error @-1 {{custom op 'memref.global' type should be static shaped memref, but got 'i32'}}
// -----
/// global: initial value not elements
memref.global @x : memref<2xf32> = "abc"
// expected-error @-1 {{custom op 'memref.global' initial value should be a unit or elements attribute}}
// -----
/// global: alignment not a power of two
memref.global "private" @x : memref<2xf32> = dense<1.0> {alignment = 3}
// expected-error @-1 {{custom op 'memref.global' 'memref.global' op attribute 'alignment' failed to satisfy constraint: 64-bit signless integer attribute whose value is positive and whose value is a power of two > 0}}
// -----
/// global: initial value element type (generic form)
"memref.global"() <{sym_name = "x", type = memref<2xf32>, initial_value = dense<1> : tensor<2xi32>}> : () -> ()
// expected-error @-1 {{'memref.global' op initial value element expected to be of type 'f32', but was of type 'i32'}}
// -----
/// global: initial value shape (generic form)
"memref.global"() <{sym_name = "x", type = memref<2x3xf32>, initial_value = dense<1.0> : tensor<3x2xf32>}> : () -> ()
// expected-error @-1 {{'memref.global' op initial value shape expected to be 2, 3 but was 3, 2}}
// -----
/// global: initial value kind (generic form)
"memref.global"() <{sym_name = "x", type = memref<2xf32>, initial_value = 1 : i32}> : () -> ()
// expected-error @-1 {{'memref.global' op initial value should be a unit or elements attribute, but got 1 : i32}}
// -----
/// global: type attribute (generic form)
"memref.global"() <{sym_name = "x", type = i32}> : () -> ()
// expected-error @-1 {{'memref.global' op attribute 'type' failed to satisfy constraint: memref type attribute}}
// -----
/// global: visibility
memref.global "priv" @x : memref<2xf32>
// expected-error @-1 {{'memref.global' op visibility expected to be one of ["public", "private", "nested"], but got "priv"}}
// -----
/// get_global: undefined symbol
func.func @f() {
  %0 = memref.get_global @nope : memref<2xf32>
// expected-error @-1 {{'memref.get_global' op 'nope' does not reference a valid global memref}}
  return
}
// -----
/// get_global: not a global
func.func @f() {
  %0 = memref.get_global @f : memref<2xf32>
// expected-error @-1 {{'memref.get_global' op 'f' does not reference a valid global memref}}
  return
}
// -----
/// get_global: type mismatch
memref.global @x : memref<2xf32> = dense<1.0>
func.func @f() {
  %0 = memref.get_global @x : memref<3xf32>
// expected-error @-1 {{'memref.get_global' op result type 'memref<3xf32>' does not match type 'memref<2xf32>' of the global memref @x}}
  return
}
// -----
/// dealloc: not a memref
func.func @f(%t: tensor<4xf32>) {
  "memref.dealloc"(%t) : (tensor<4xf32>) -> ()
// expected-error @-1 {{'memref.dealloc' op operand #0 must be ranked or unranked memref of any type values, but got 'tensor<4xf32>'}}
  return
}
// -----
/// load: index count
func.func @f(%m: memref<4x4xf32>, %i: index) {
  %0 = memref.load %m[%i] : memref<4x4xf32>
// expected-error @-1 {{'memref.load' op incorrect number of indices for load, expected 2 but got 1}}
  return
}
// -----
/// load: result type (generic form)
func.func @f(%m: memref<4xf32>, %i: index) {
  %0 = "memref.load"(%m, %i) : (memref<4xf32>, index) -> i32
// expected-error @-1 {{'memref.load' op failed to verify that result type matches element type of 'memref'}}
  return
}
// -----
/// load: alignment not a power of two
func.func @f(%m: memref<4xf32>, %i: index) {
  %0 = memref.load %m[%i] {alignment = 3} : memref<4xf32>
// expected-error @-1 {{custom op 'memref.load' 'memref.load' op attribute 'alignment' failed to satisfy constraint: 64-bit signless integer attribute whose value is positive and whose value is a power of two > 0}}
  return
}
// -----
/// load: nontemporal must be a bool
func.func @f(%m: memref<4xf32>, %i: index) {
  %0 = memref.load %m[%i] {nontemporal = 1} : memref<4xf32>
// expected-error @-1 {{custom op 'memref.load' 'memref.load' op attribute 'nontemporal' failed to satisfy constraint: bool attribute}}
  return
}
// -----
/// load: unranked memref
func.func @f(%m: memref<*xf32>, %i: index) {
  %0 = "memref.load"(%m, %i) : (memref<*xf32>, index) -> f32
// expected-error @-1 {{'memref.load' op operand #0 must be memref of any type values, but got 'memref<*xf32>'}}
  return
}
// -----
/// store: index count
func.func @f(%m: memref<4x4xf32>, %i: index, %v: f32) {
  memref.store %v, %m[%i] : memref<4x4xf32>
// expected-error @-1 {{'memref.store' op store index operand count not equal to memref rank}}
  return
}
// -----
/// store: value type (generic form)
func.func @f(%m: memref<4xf32>, %i: index, %v: i32) {
  "memref.store"(%v, %m, %i) : (i32, memref<4xf32>, index) -> ()
// expected-error @-1 {{'memref.store' op failed to verify that type of 'value' matches element type of 'memref'}}
  return
}
// -----
/// store: index type (generic form)
func.func @f(%m: memref<4xf32>, %i: i32, %v: f32) {
  "memref.store"(%v, %m, %i) : (f32, memref<4xf32>, i32) -> ()
// expected-error @-1 {{'memref.store' op operand #2 must be variadic of index, but got 'i32'}}
  return
}
// -----
/// copy: element types
func.func @f(%a: memref<4xf32>, %b: memref<4xi32>) {
  memref.copy %a, %b : memref<4xf32> to memref<4xi32>
// expected-error @-1 {{'memref.copy' op requires the same element type for all operands}}
  return
}
// -----
/// copy: shapes
func.func @f(%a: memref<4xf32>, %b: memref<5xf32>) {
  memref.copy %a, %b : memref<4xf32> to memref<5xf32>
// expected-error @-1 {{'memref.copy' op requires the same shape for all operands}}
  return
}
// -----
/// atomic_rmw: float kind on integers
func.func @f(%m: memref<4xi32>, %i: index, %v: i32) {
  %0 = memref.atomic_rmw addf %v, %m[%i] : (i32, memref<4xi32>) -> i32
// expected-error @-1 {{'memref.atomic_rmw' op with kind 'addf' expects a floating-point type}}
  return
}
// -----
/// atomic_rmw: integer kind on floats
func.func @f(%m: memref<4xf32>, %i: index, %v: f32) {
  %0 = memref.atomic_rmw addi %v, %m[%i] : (f32, memref<4xf32>) -> f32
// expected-error @-1 {{'memref.atomic_rmw' op with kind 'addi' expects an integer type}}
  return
}
// -----
/// atomic_rmw: subscripts
func.func @f(%m: memref<4x4xf32>, %i: index, %v: f32) {
  %0 = memref.atomic_rmw addf %v, %m[%i] : (f32, memref<4x4xf32>) -> f32
// expected-error @-1 {{'memref.atomic_rmw' op expects the number of subscripts to be equal to memref rank}}
  return
}
// -----
/// atomic_rmw: value type
func.func @f(%m: memref<4xf32>, %i: index, %v: f64) {
  %0 = memref.atomic_rmw addf %v, %m[%i] : (f64, memref<4xf32>) -> f64
// expected-error @-1 {{'memref.atomic_rmw' op failed to verify that value type matches element type of memref}}
  return
}
// -----
/// atomic_rmw: unknown kind
func.func @f(%m: memref<4xf32>, %i: index, %v: f32) {
  %0 = memref.atomic_rmw nope %v, %m[%i] : (f32, memref<4xf32>) -> f32
// expected-error @-1 {{custom op 'memref.atomic_rmw' expected string or keyword containing one of the following enum values for attribute 'kind' [addf, addi, andi, assign, maximumf, maxnumf, maxs, maxu, minimumf, minnumf, mins, minu, mulf, muli, ori, xori]}}
  return
}
// -----
/// atomic_rmw: result type (generic form)
func.func @f(%m: memref<4xf32>, %i: index, %v: f32) {
  %0 = "memref.atomic_rmw"(%v, %m, %i) <{kind = 0 : i64}> : (f32, memref<4xf32>, index) -> f64
// expected-error @-1 {{'memref.atomic_rmw' op failed to verify that all of {value, result} have same type}}
  return
}
// -----
/// generic_atomic_rmw: side effects in the body
func.func @f(%m: memref<4xf32>, %i: index) {
  %0 = memref.generic_atomic_rmw %m[%i] : memref<4xf32> {
  ^bb0(%cur: f32):
    memref.store %cur, %m[%i] : memref<4xf32>
// expected-error @-1 {{body of 'memref.generic_atomic_rmw' should contain only operations with no side effects}}
    memref.atomic_yield %cur : f32
  }
  return
}
// -----
/// generic_atomic_rmw: block arguments
func.func @f(%m: memref<4xf32>, %i: index) {
  %0 = memref.generic_atomic_rmw %m[%i] : memref<4xf32> {
// expected-error @-1 {{'memref.generic_atomic_rmw' op expected single number of entry block arguments}}
  ^bb0(%cur: f32, %x: f32):
    memref.atomic_yield %cur : f32
  }
  return
}
// -----
/// generic_atomic_rmw: block argument type
func.func @f(%m: memref<4xf32>, %i: index) {
  %0 = memref.generic_atomic_rmw %m[%i] : memref<4xf32> {
// expected-error @-1 {{'memref.generic_atomic_rmw' op expected block argument of the same type result type}}
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
// expected-error @-1 {{'memref.atomic_yield' op types mismatch between yield op: 'f64' and its parent: 'f32'}}
  }
  return
}
// -----
/// atomic_yield: outside generic_atomic_rmw
func.func @f(%v: f32) {
  memref.atomic_yield %v : f32
// expected-error @-1 {{'memref.atomic_yield' op expects parent op 'memref.generic_atomic_rmw'}}
}
// -----
/// prefetch: rw specifier
func.func @f(%m: memref<4xf32>, %i: index) {
  memref.prefetch %m[%i], rd, locality<3>, data : memref<4xf32>
// expected-error @-1 {{custom op 'memref.prefetch' rw specifier has to be 'read' or 'write'}}
  return
}
// -----
/// prefetch: cache type
func.func @f(%m: memref<4xf32>, %i: index) {
  memref.prefetch %m[%i], read, locality<3>, dat : memref<4xf32>
// expected-error @-1 {{custom op 'memref.prefetch' cache type has to be 'data' or 'instr'}}
  return
}
// -----
/// prefetch: locality range
func.func @f(%m: memref<4xf32>, %i: index) {
  memref.prefetch %m[%i], read, locality<5>, data : memref<4xf32>
// expected-error @-1 {{'memref.prefetch' op attribute 'localityHint' failed to satisfy constraint: 32-bit signless integer attribute whose minimum value is 0 whose maximum value is 3}}
  return
}
// -----
/// prefetch: index count
func.func @f(%m: memref<4x4xf32>, %i: index) {
  memref.prefetch %m[%i], read, locality<3>, data : memref<4x4xf32>
// expected-error @-1 {{'memref.prefetch' op too few indices}}
  return
}
// -----
/// dma_start: stride operands come in pairs
func.func @f(%s: memref<4xf32>, %d: memref<4xf32, 1>, %t: memref<1xi32>, %i: index) {
  memref.dma_start %s[%i], %d[%i], %i, %t[%i], %i : memref<4xf32>, memref<4xf32, 1>, memref<1xi32>
// expected-error @-1 {{custom op 'memref.dma_start' expected two stride related operands}}
  return
}
// -----
/// dma_start: three types
func.func @f(%s: memref<4xf32>, %d: memref<4xf32, 1>, %t: memref<1xi32>, %i: index) {
  memref.dma_start %s[%i], %d[%i], %i, %t[%i] : memref<4xf32>, memref<4xf32, 1>
// expected-error @-1 {{custom op 'memref.dma_start' fewer/more types expected}}
  return
}
// -----
/// dma_start: operand count (generic form)
func.func @f(%s: memref<4xf32>) {
  "memref.dma_start"(%s) : (memref<4xf32>) -> ()
// expected-error @-1 {{'memref.dma_start' op expected at least 4 operands}}
  return
}
// -----
/// dma_start: source must be a memref (generic form)
func.func @f(%i: index) {
  "memref.dma_start"(%i, %i, %i, %i) : (index, index, index, index) -> ()
// expected-error @-1 {{'memref.dma_start' op expected source to be of memref type}}
  return
}
// -----
/// dma_start: destination must be a memref (generic form)
func.func @f(%s: memref<f32>, %i: index) {
  "memref.dma_start"(%s, %i, %i, %i) : (memref<f32>, index, index, index) -> ()
// expected-error @-1 {{'memref.dma_start' op expected destination to be of memref type}}
  return
}
// -----
/// dma_start: num elements index (generic form)
func.func @f(%s: memref<f32>, %t: memref<f32>, %n: i32) {
  "memref.dma_start"(%s, %s, %n, %t) : (memref<f32>, memref<f32>, i32, memref<f32>) -> ()
// expected-error @-1 {{'memref.dma_start' op expected num elements to be of index type}}
  return
}
// -----
/// dma_start: operand count with strides (generic form)
func.func @f(%s: memref<f32>, %t: memref<f32>, %n: index) {
  "memref.dma_start"(%s, %s, %n, %t, %n) : (memref<f32>, memref<f32>, index, memref<f32>, index) -> ()
// expected-error @-1 {{'memref.dma_start' op incorrect number of operands}}
  return
}
// -----
/// dma_start: index type of source indices (generic form)
func.func @f(%s: memref<4xf32>, %t: memref<f32>, %n: index, %j: i32) {
  "memref.dma_start"(%s, %j, %s, %j, %n, %t) : (memref<4xf32>, i32, memref<4xf32>, i32, index, memref<f32>) -> ()
// expected-error @-1 {{'memref.dma_start' op expected source indices to be of index type}}
  return
}
// -----
/// dma_wait: tag indices
func.func @f(%t: memref<4x4xi32>, %i: index) {
  memref.dma_wait %t[%i], %i : memref<4x4xi32>
// expected-error @-1 {{'memref.dma_wait' op expected tagIndices to have the same number of elements as the tagMemRef rank, expected 2, but got 1}}
  return
}
// -----
/// cast: incompatible element types
func.func @f(%m: memref<4xf32>) {
  %0 = memref.cast %m : memref<4xf32> to memref<4xi32>
// expected-error @-1 {{'memref.cast' op operand type 'memref<4xf32>' and result type 'memref<4xi32>' are cast incompatible}}
  return
}
// -----
/// cast: incompatible static sizes
func.func @f(%m: memref<4xf32>) {
  %0 = memref.cast %m : memref<4xf32> to memref<5xf32>
// expected-error @-1 {{'memref.cast' op operand type 'memref<4xf32>' and result type 'memref<5xf32>' are cast incompatible}}
  return
}
// -----
/// cast: incompatible strides
func.func @f(%m: memref<4xf32, strided<[2]>>) {
  %0 = memref.cast %m : memref<4xf32, strided<[2]>> to memref<4xf32, strided<[3]>>
// expected-error @-1 {{'memref.cast' op operand type 'memref<4xf32, strided<[2]>>' and result type 'memref<4xf32, strided<[3]>>' are cast incompatible}}
  return
}
// -----
/// cast: unranked to unranked
func.func @f(%m: memref<*xf32>) {
  %0 = memref.cast %m : memref<*xf32> to memref<*xf32>
// expected-error @-1 {{'memref.cast' op operand type 'memref<*xf32>' and result type 'memref<*xf32>' are cast incompatible}}
  return
}
// -----
/// cast: memory spaces
func.func @f(%m: memref<4xf32>) {
  %0 = memref.cast %m : memref<4xf32> to memref<4xf32, 1>
// expected-error @-1 {{'memref.cast' op operand type 'memref<4xf32>' and result type 'memref<4xf32, 1>' are cast incompatible}}
  return
}
// -----
/// cast: ranks
func.func @f(%m: memref<4xf32>) {
  %0 = memref.cast %m : memref<4xf32> to memref<4x1xf32>
// expected-error @-1 {{'memref.cast' op operand type 'memref<4xf32>' and result type 'memref<4x1xf32>' are cast incompatible}}
  return
}
// -----
/// memory_space_cast: shapes
func.func @f(%m: memref<4xf32>) {
  %0 = memref.memory_space_cast %m : memref<4xf32> to memref<5xf32, 1>
// expected-error @-1 {{'memref.memory_space_cast' op operand type 'memref<4xf32>' and result type 'memref<5xf32, 1>' are cast incompatible}}
  return
}
// -----
/// memory_space_cast: element types
func.func @f(%m: memref<4xf32>) {
  %0 = memref.memory_space_cast %m : memref<4xf32> to memref<4xi32, 1>
// expected-error @-1 {{'memref.memory_space_cast' op operand type 'memref<4xf32>' and result type 'memref<4xi32, 1>' are cast incompatible}}
  return
}
// -----
/// memory_space_cast: ranked to unranked
func.func @f(%m: memref<4xf32>) {
  %0 = memref.memory_space_cast %m : memref<4xf32> to memref<*xf32, 1>
// expected-error @-1 {{'memref.memory_space_cast' op operand type 'memref<4xf32>' and result type 'memref<*xf32, 1>' are cast incompatible}}
  return
}
// -----
/// subview: out of bounds
func.func @f(%m: memref<8x4xf32>) {
  %1 = memref.subview %m[0, 0] [9, 4] [1, 1] : memref<8x4xf32> to memref<9x4xf32, strided<[4, 1]>>
// expected-error @-1 {{slice along dimension 0 runs out-of-bounds: 8 >= 8}}
  return
}
// -----
/// subview: offset out of bounds
func.func @f(%m: memref<8x4xf32>) {
  %1 = memref.subview %m[8, 0] [0, 4] [1, 1] : memref<8x4xf32> to memref<0x4xf32, strided<[4, 1], offset: 32>>
// expected-error @-1 {{offset 0 is out-of-bounds: 8 >= 8}}
  return
}
// -----
/// subview: negative offset
func.func @f(%m: memref<8x4xf32>) {
  %1 = memref.subview %m[-1, 0] [4, 2] [1, 1] : memref<8x4xf32> to memref<4x2xf32, strided<[4, 1], offset: -4>>
// expected-error @-1 {{expected offsets to be non-negative, but got -1}}
  return
}
// -----
/// subview: negative size
func.func @f(%m: memref<8x4xf32>) {
  %1 = memref.subview %m[0, 0] [-1, 4] [1, 1] : memref<8x4xf32> to memref<?x4xf32, strided<[4, 1]>>
// expected-error @-1 {{expected sizes to be non-negative, but got -1}}
  return
}
// -----
/// subview: result sizes
func.func @f(%m: memref<8x4xf32>) {
  %1 = memref.subview %m[0, 0] [4, 2] [1, 1] : memref<8x4xf32> to memref<4x3xf32, strided<[4, 1]>>
// expected-error @-1 {{expected result type to be 'memref<4x2xf32, strided<[4, 1]>>' or a rank-reduced version. (mismatch of result sizes), but got 'memref<4x3xf32, strided<[4, 1]>>'}}
  return
}
// -----
/// subview: result strides
func.func @f(%m: memref<8x4xf32>) {
  %1 = memref.subview %m[0, 0] [4, 2] [1, 1] : memref<8x4xf32> to memref<4x2xf32, strided<[4, 2]>>
// expected-error @-1 {{expected result type to be 'memref<4x2xf32, strided<[4, 1]>>' or a rank-reduced version. (mismatch of result layout), but got 'memref<4x2xf32, strided<[4, 2]>>'}}
  return
}
// -----
/// subview: result offset
func.func @f(%m: memref<8x4xf32>) {
  %1 = memref.subview %m[0, 0] [4, 2] [1, 1] : memref<8x4xf32> to memref<4x2xf32, strided<[4, 1], offset: 3>>
// expected-error @-1 {{expected result type to be 'memref<4x2xf32, strided<[4, 1]>>' or a rank-reduced version. (mismatch of result layout), but got 'memref<4x2xf32, strided<[4, 1], offset: 3>>'}}
  return
}
// -----
/// subview: element type
func.func @f(%m: memref<8x4xf32>) {
  %1 = memref.subview %m[0, 0] [4, 2] [1, 1] : memref<8x4xf32> to memref<4x2xi32, strided<[4, 1]>>
// expected-error @-1 {{expected result element type to be 'f32', but got 'memref<4x2xi32, strided<[4, 1]>>'}}
  return
}
// -----
/// subview: result rank
func.func @f(%m: memref<8x4xf32>) {
  %1 = memref.subview %m[0, 0] [4, 2] [1, 1] : memref<8x4xf32> to memref<4x2x1xf32, strided<[4, 1, 1]>>
// expected-error @-1 {{expected result rank to be smaller or equal to the source rank, but got 'memref<4x2x1xf32, strided<[4, 1, 1]>>'}}
  return
}
// -----
/// subview: memory space
func.func @f(%m: memref<8x4xf32>) {
  %1 = memref.subview %m[0, 0] [4, 2] [1, 1] : memref<8x4xf32> to memref<4x2xf32, strided<[4, 1]>, 1>
// expected-error @-1 {{different memory spaces specified for base memref type 'memref<8x4xf32>' and subview memref type 'memref<4x2xf32, strided<[4, 1]>, 1>'}}
  return
}
// -----
/// subview: list lengths
func.func @f(%m: memref<8x4xf32>) {
  %1 = memref.subview %m[0, 0, 0] [4, 2] [1, 1] : memref<8x4xf32> to memref<4x2xf32, strided<[4, 1]>>
// expected-error @-1 {{expected mixed offsets rank to match mixed sizes rank (3 vs 2) so the rank of the result type is well-formed.}}
  return
}
// -----
/// subview: list ranks
func.func @f(%m: memref<8x4xf32>) {
  %1 = memref.subview %m[0] [4] [1] : memref<8x4xf32> to memref<4xf32>
// expected-error @-1 {{expected 2 offset values, got 1}}
  return
}
// -----
/// subview: non-strided base
func.func @f(%m: memref<8x4xf32, affine_map<(d0, d1) -> (d1, d0)>>) {
  %1 = memref.subview %m[0, 0] [4, 4] [1, 1] : memref<8x4xf32, affine_map<(d0, d1) -> (d1, d0)>> to memref<4x4xf32>
// expected-error @-1 {{base type 'memref<8x4xf32, affine_map<(d0, d1) -> (d1, d0)>>' is not strided}}
  return
}
// -----
/// subview: rank reduction keeps the wrong stride
func.func @f(%m: memref<8x4xf32>) {
  %1 = memref.subview %m[0, 0] [1, 4] [1, 1] : memref<8x4xf32> to memref<4xf32, strided<[2]>>
// expected-error @-1 {{expected result type to be 'memref<1x4xf32, strided<[4, 1]>>' or a rank-reduced version. (mismatch of result layout), but got 'memref<4xf32, strided<[2]>>'}}
  return
}
// -----
/// subview: dynamic entries without values (generic form)
func.func @f(%m: memref<8x4xf32>) {
  %1 = "memref.subview"(%m) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 0, -9223372036854775808>, static_sizes = array<i64: 4, 4>, static_strides = array<i64: 1, 1>}> : (memref<8x4xf32>) -> memref<4x4xf32, strided<[4, 1], offset: ?>>
// expected-error @-1 {{expected the number of 'offsets' to match the number of dynamic entries in 'static_offsets' (0 vs 1)}}
  return
}
// -----
/// subview: strides rank (generic form)
func.func @f(%m: memref<8x4xf32>) {
  %1 = "memref.subview"(%m) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 0, 0>, static_sizes = array<i64: 4, 4>, static_strides = array<i64: 1>}> : (memref<8x4xf32>) -> memref<4x4xf32, strided<[4, 1]>>
// expected-error @-1 {{expected mixed sizes rank to match mixed strides rank (2 vs 1) so the rank of the result type is well-formed.}}
  return
}
// -----
/// subview: a non-integer in the list
func.func @f(%m: memref<8x4xf32>) {
  %1 = memref.subview %m[0, 0.5] [4, 4] [1, 1] : memref<8x4xf32> to memref<4x4xf32, strided<[4, 1]>>
// expected-error @-1 {{custom op 'memref.subview' expected integer value}}
// expected-error @-2 {{custom op 'memref.subview' expected SSA value or integer}}
  return
}
// -----
/// reinterpret_cast: sizes mismatch
func.func @f(%m: memref<*xf32>) {
  %0 = memref.reinterpret_cast %m to offset: [0], sizes: [10], strides: [1] : memref<*xf32> to memref<11xf32>
// expected-error @-1 {{expected result type with size = 10 instead of 11 in dim = 0}}
  return
}
// -----
/// reinterpret_cast: offset mismatch
func.func @f(%m: memref<*xf32>) {
  %0 = memref.reinterpret_cast %m to offset: [3], sizes: [10], strides: [1] : memref<*xf32> to memref<10xf32>
// expected-error @-1 {{expected result type with offset = 3 instead of 0}}
  return
}
// -----
/// reinterpret_cast: stride mismatch
func.func @f(%m: memref<*xf32>, %s: index) {
  %0 = memref.reinterpret_cast %m to offset: [0], sizes: [10], strides: [%s] : memref<*xf32> to memref<10xf32>
// expected-error @-1 {{expected result type with stride = dynamic instead of 1 in dim = 0}}
  return
}
// -----
/// reinterpret_cast: element types
func.func @f(%m: memref<*xf32>) {
  %0 = memref.reinterpret_cast %m to offset: [0], sizes: [10], strides: [1] : memref<*xf32> to memref<10xi32>
// expected-error @-1 {{different element types specified for source type 'memref<*xf32>' and result memref type 'memref<10xi32>'}}
  return
}
// -----
/// reinterpret_cast: memory spaces
func.func @f(%m: memref<*xf32>) {
  %0 = memref.reinterpret_cast %m to offset: [0], sizes: [10], strides: [1] : memref<*xf32> to memref<10xf32, 1>
// expected-error @-1 {{different memory spaces specified for source type 'memref<*xf32>' and result memref type 'memref<10xf32, 1>'}}
  return
}
// -----
/// reinterpret_cast: non-strided result
func.func @f(%m: memref<*xf32>) {
  %0 = memref.reinterpret_cast %m to offset: [0], sizes: [10, 10], strides: [10, 1] : memref<*xf32> to memref<10x10xf32, affine_map<(d0, d1) -> (d1, d0)>>
// expected-error @-1 {{'memref.reinterpret_cast' op result #0 must be strided memref of any type values, but got 'memref<10x10xf32, affine_map<(d0, d1) -> (d1, d0)>>'}}
  return
}
// -----
/// reinterpret_cast: two offsets
func.func @f(%m: memref<*xf32>) {
  %0 = memref.reinterpret_cast %m to offset: [0, 0], sizes: [10], strides: [1] : memref<*xf32> to memref<10xf32>
// expected-error @-1 {{expected mixed offsets rank to match mixed sizes rank (2 vs 1) so the rank of the result type is well-formed.}}
  return
}
// -----
/// view: base layout
func.func @f(%m: memref<2048xi8, strided<[2]>>, %i: index) {
  %0 = memref.view %m[%i][] : memref<2048xi8, strided<[2]>> to memref<4xf32>
// expected-error @-1 {{unsupported map for base memref type 'memref<2048xi8, strided<[2]>>'}}
  return
}
// -----
/// view: result layout
func.func @f(%m: memref<2048xi8>, %i: index) {
  %0 = memref.view %m[%i][] : memref<2048xi8> to memref<4xf32, strided<[2]>>
// expected-error @-1 {{unsupported map for result memref type 'memref<4xf32, strided<[2]>>'}}
  return
}
// -----
/// view: memory spaces
func.func @f(%m: memref<2048xi8>, %i: index) {
  %0 = memref.view %m[%i][] : memref<2048xi8> to memref<4xf32, 1>
// expected-error @-1 {{different memory spaces specified for base memref type 'memref<2048xi8>' and view memref type 'memref<4xf32, 1>'}}
  return
}
// -----
/// view: size operands
func.func @f(%m: memref<2048xi8>, %i: index) {
  %0 = memref.view %m[%i][%i] : memref<2048xi8> to memref<4xf32>
// expected-error @-1 {{'memref.view' op incorrect number of dynamic sizes, has 1, expected 0}}
  return
}
// -----
/// view: source must be 1-D i8
func.func @f(%m: memref<2048xi16>, %i: index) {
  %0 = memref.view %m[%i][] : memref<2048xi16> to memref<4xf32>
// expected-error @-1 {{'memref.view' op operand #0 must be 1D memref of 8-bit signless integer values, but got 'memref<2048xi16>'}}
  return
}
// -----
/// reshape: element types
func.func @f(%m: memref<4xf32>, %s: memref<1xi32>) {
  %0 = memref.reshape %m(%s) : (memref<4xf32>, memref<1xi32>) -> memref<4xi32>
// expected-error @-1 {{'memref.reshape' op element types of source and destination memref types should be the same}}
  return
}
// -----
/// reshape: source layout
func.func @f(%m: memref<4xf32, strided<[2]>>, %s: memref<1xi32>) {
  %0 = memref.reshape %m(%s) : (memref<4xf32, strided<[2]>>, memref<1xi32>) -> memref<4xf32>
// expected-error @-1 {{'memref.reshape' op source memref type should have identity affine map}}
  return
}
// -----
/// reshape: result layout
func.func @f(%m: memref<4xf32>, %s: memref<1xi32>) {
  %0 = memref.reshape %m(%s) : (memref<4xf32>, memref<1xi32>) -> memref<4xf32, strided<[2]>>
// expected-error @-1 {{'memref.reshape' op result memref type should have identity affine map}}
  return
}
// -----
/// reshape: dynamic shape length to a ranked result
func.func @f(%m: memref<4xf32>, %s: memref<?xi32>) {
  %0 = memref.reshape %m(%s) : (memref<4xf32>, memref<?xi32>) -> memref<4xf32>
// expected-error @-1 {{'memref.reshape' op cannot use shape operand with dynamic length to reshape to statically-ranked memref type}}
  return
}
// -----
/// reshape: shape length
func.func @f(%m: memref<4xf32>, %s: memref<2xi32>) {
  %0 = memref.reshape %m(%s) : (memref<4xf32>, memref<2xi32>) -> memref<4xf32>
// expected-error @-1 {{'memref.reshape' op length of shape operand differs from the result's memref rank}}
  return
}
// -----
/// reshape: shape element type
func.func @f(%m: memref<4xf32>, %s: memref<1xf32>) {
  %0 = memref.reshape %m(%s) : (memref<4xf32>, memref<1xf32>) -> memref<4xf32>
// expected-error @-1 {{'memref.reshape' op operand #1 must be 1D memref of signless integer or index values, but got 'memref<1xf32>'}}
  return
}
// -----
/// expand_shape: not an expansion
func.func @f(%m: memref<4x4xf32>) {
  %0 = memref.expand_shape %m [[0, 1]] output_shape [16] : memref<4x4xf32> into memref<16xf32>
// expected-error @-1 {{'memref.expand_shape' op has source rank 2 and result rank 1. This is not an expansion (2 > 1).}}
  return
}
// -----
/// expand_shape: group sizes
func.func @f(%m: memref<16xf32>) {
  %0 = memref.expand_shape %m [[0, 1]] output_shape [4, 5] : memref<16xf32> into memref<4x5xf32>
// expected-error @-1 {{'memref.expand_shape' op collapsed dim size (16) must equal reassociation group size (20)}}
  return
}
// -----
/// expand_shape: dynamism
func.func @f(%m: memref<16xf32>, %d: index) {
  %0 = memref.expand_shape %m [[0, 1]] output_shape [%d, 4] : memref<16xf32> into memref<?x4xf32>
// expected-error @-1 {{'memref.expand_shape' op collapsed dim (0) must be dynamic if and only if reassociation group is dynamic}}
  return
}
// -----
/// expand_shape: non-contiguous reassociation
func.func @f(%m: memref<4x4xf32>) {
  %0 = memref.expand_shape %m [[1], [0, 2]] output_shape [4, 2, 2] : memref<4x4xf32> into memref<4x2x2xf32>
// expected-error @-1 {{'memref.expand_shape' op reassociation indices must be contiguous}}
  return
}
// -----
/// expand_shape: group count
func.func @f(%m: memref<4x4xf32>) {
  %0 = memref.expand_shape %m [[0, 1, 2]] output_shape [4, 2, 2] : memref<4x4xf32> into memref<4x2x2xf32>
// expected-error @-1 {{'memref.expand_shape' op invalid number of reassociation groups: found 1, expected 2}}
  return
}
// -----
/// expand_shape: indices out of bounds
func.func @f(%m: memref<4xf32>) {
  %0 = memref.expand_shape %m [[0, 1, 2]] output_shape [2, 2] : memref<4xf32> into memref<2x2xf32>
// expected-error @-1 {{'memref.expand_shape' op reassociation index 2 is out of bounds}}
  return
}
// -----
/// expand_shape: expanded rank
func.func @f(%m: memref<4xf32>) {
  %0 = memref.expand_shape %m [[0]] output_shape [4, 1] : memref<4xf32> into memref<4x1xf32>
// expected-error @-1 {{'memref.expand_shape' op expanded rank (2) inconsistent with number of reassociation indices (1)}}
  return
}
// -----
/// expand_shape: layout
func.func @f(%m: memref<4xf32, strided<[2]>>) {
  %0 = memref.expand_shape %m [[0, 1]] output_shape [2, 2] : memref<4xf32, strided<[2]>> into memref<2x2xf32>
// expected-error @-1 {{'memref.expand_shape' op expected expanded type to be 'memref<2x2xf32, strided<[4, 2]>>' but found 'memref<2x2xf32>'}}
  return
}
// -----
/// expand_shape: output shape length
func.func @f(%m: memref<4xf32>) {
  %0 = memref.expand_shape %m [[0, 1]] output_shape [2] : memref<4xf32> into memref<2x2xf32>
// expected-error @-1 {{'memref.expand_shape' op expected number of static shape bounds to be equal to the output rank (2) but found 1 inputs instead}}
  return
}
// -----
/// expand_shape: output shape value
func.func @f(%m: memref<4xf32>) {
  %0 = memref.expand_shape %m [[0, 1]] output_shape [1, 4] : memref<4xf32> into memref<2x2xf32>
// expected-error @-1 {{'memref.expand_shape' op invalid output shape provided at pos 0}}
  return
}
// -----
/// expand_shape: output shape values count (generic form)
func.func @f(%m: memref<?xf32>, %d: index) {
  %0 = "memref.expand_shape"(%m) <{reassociation = [[0, 1]], static_output_shape = array<i64: -9223372036854775808, 2>}> : (memref<?xf32>) -> memref<?x2xf32>
// expected-error @-1 {{'memref.expand_shape' op mismatch in dynamic dims in output_shape and static_output_shape: static_output_shape has 1 dynamic dims while output_shape has 0 values}}
  return
}
// -----
/// expand_shape: rank 0
func.func @f(%m: memref<f32>) {
  %0 = memref.expand_shape %m [] output_shape [1, 2] : memref<f32> into memref<1x2xf32>
// expected-error @-1 {{'memref.expand_shape' op rank 0 memrefs can only be extended/collapsed with/from ones}}
  return
}
// -----
/// collapse_shape: not a collapse
func.func @f(%m: memref<16xf32>) {
  %0 = memref.collapse_shape %m [[0, 1]] : memref<16xf32> into memref<4x4xf32>
// expected-error @-1 {{'memref.collapse_shape' op has source rank 1 and result rank 2. This is not a collapse (1 < 2).}}
  return
}
// -----
/// collapse_shape: group size
func.func @f(%m: memref<4x4xf32>) {
  %0 = memref.collapse_shape %m [[0, 1]] : memref<4x4xf32> into memref<15xf32>
// expected-error @-1 {{'memref.collapse_shape' op collapsed dim size (15) must equal reassociation group size (16)}}
  return
}
// -----
/// collapse_shape: non-contiguous dims
func.func @f(%m: memref<4x4xf32, strided<[8, 1]>>) {
  %0 = memref.collapse_shape %m [[0, 1]] : memref<4x4xf32, strided<[8, 1]>> into memref<16xf32>
// expected-error @-1 {{'memref.collapse_shape' op invalid source layout map or collapsing non-contiguous dims}}
  return
}
// -----
/// collapse_shape: result layout
func.func @f(%m: memref<4x4xf32, strided<[4, 1], offset: 2>>) {
  %0 = memref.collapse_shape %m [[0, 1]] : memref<4x4xf32, strided<[4, 1], offset: 2>> into memref<16xf32>
// expected-error @-1 {{'memref.collapse_shape' op expected collapsed type to be 'memref<16xf32, strided<[1], offset: 2>>' but found 'memref<16xf32>'}}
  return
}
// -----
/// collapse_shape: dynamism
func.func @f(%m: memref<4x?xf32>) {
  %0 = memref.collapse_shape %m [[0, 1]] : memref<4x?xf32> into memref<16xf32>
// expected-error @-1 {{'memref.collapse_shape' op collapsed dim (0) must be dynamic if and only if reassociation group is dynamic}}
  return
}
// -----
/// collapse_shape: reassociation attribute
func.func @f(%m: memref<4x4xf32>) {
  %0 = memref.collapse_shape %m [0, 1] : memref<4x4xf32> into memref<16xf32>
// expected-error @-1 {{'memref.collapse_shape' op attribute 'reassociation' failed to satisfy constraint: Array of 64-bit integer array attributes}}
  return
}
// -----
/// transpose: not a permutation
func.func @f(%m: memref<4x4xf32>) {
  %0 = memref.transpose %m (i, j) -> (i, i) : memref<4x4xf32> to memref<4x4xf32>
// expected-error @-1 {{'memref.transpose' op expected a permutation map}}
  return
}
// -----
/// transpose: rank
func.func @f(%m: memref<4x4xf32>) {
  %0 = memref.transpose %m (i) -> (i) : memref<4x4xf32> to memref<4x4xf32>
// expected-error @-1 {{'memref.transpose' op expected a permutation map of same rank as the input}}
  return
}
// -----
/// transpose: result type
func.func @f(%m: memref<4x8xf32>) {
  %0 = memref.transpose %m (i, j) -> (j, i) : memref<4x8xf32> to memref<8x4xf32>
// expected-error @-1 {{'memref.transpose' op result type 'memref<8x4xf32>' is not equivalent to the canonical transposed input type 'memref<8x4xf32, affine_map<(d0, d1) -> (d0 + d1 * 8)>>'}}
  return
}
// -----
/// assume_alignment: power of two
func.func @f(%m: memref<4xf32>) {
  %0 = memref.assume_alignment %m, 3 : memref<4xf32>
// expected-error @-1 {{'memref.assume_alignment' op alignment must be power of 2}}
  return
}
// -----
/// assume_alignment: positive
func.func @f(%m: memref<4xf32>) {
  %0 = memref.assume_alignment %m, 0 : memref<4xf32>
// expected-error @-1 {{'memref.assume_alignment' op attribute 'alignment' failed to satisfy constraint: 32-bit signless integer attribute whose value is positive}}
  return
}
// -----
/// distinct_objects: types
func.func @f(%a: memref<?xf32>, %b: memref<?xi32>) {
  %0, %1 = "memref.distinct_objects"(%a, %b) : (memref<?xf32>, memref<?xi32>) -> (memref<?xi32>, memref<?xf32>)
// expected-error @-1 {{'memref.distinct_objects' op operand types and result types must match}}
  return
}
// -----
/// distinct_objects: at least one operand
func.func @f() {
  "memref.distinct_objects"() : () -> ()
// expected-error @-1 {{'memref.distinct_objects' op expected at least one operand}}
  return
}
// -----
/// extract_strided_metadata: result types
func.func @f(%m: memref<4xf32>) {
  %0:4 = "memref.extract_strided_metadata"(%m) : (memref<4xf32>) -> (memref<f32>, index, index, i32)
// expected-error @-1 {{'memref.extract_strided_metadata' op result #3 must be variadic of index, but got 'i32'}}
  return
}
// -----
/// extract_strided_metadata: non-strided source
func.func @f(%m: memref<4x4xf32, affine_map<(d0, d1) -> (d1, d0)>>) {
  %0:6 = "memref.extract_strided_metadata"(%m) : (memref<4x4xf32, affine_map<(d0, d1) -> (d1, d0)>>) -> (memref<f32>, index, index, index, index, index)
// expected-error @-1 {{'memref.extract_strided_metadata' op operand #0 must be strided memref of any type values, but got 'memref<4x4xf32, affine_map<(d0, d1) -> (d1, d0)>>'}}
  return
}
// -----
/// dim: rank 0
func.func @f(%m: memref<f32>, %i: index) {
  %0 = memref.dim %m, %i : memref<f32>
// expected-error @-1 {{'memref.dim' op operand #0 must be unranked.memref of any type values or non-0-ranked.memref of any type values, but got 'memref<f32>'}}
  return
}
// -----
/// rank: not a memref
func.func @f(%m: tensor<4xf32>) {
  %0 = "memref.rank"(%m) : (tensor<4xf32>) -> index
// expected-error @-1 {{'memref.rank' op operand #0 must be ranked or unranked memref of any type values, but got 'tensor<4xf32>'}}
  return
}
// -----
/// extract_aligned_pointer_as_index: result type
func.func @f(%m: memref<4xf32>) {
  %0 = memref.extract_aligned_pointer_as_index %m : memref<4xf32> -> i64
// expected-error @-1 {{'memref.extract_aligned_pointer_as_index' op result #0 must be index, but got 'i64'}}
  return
}
// -----
/// cast: a tensor where a memref is parsed
func.func @f(%t: tensor<4xf32>) {
  %0 = memref.cast %t : tensor<4xf32> to memref<4xf32>
// expected-error @-1 {{custom op 'memref.cast' invalid kind of type specified}}
  return
}
// -----
/// dim: the operand constraint (no parse-time kind)
func.func @f(%t: tensor<4xf32>, %i: index) {
  %0 = memref.dim %t, %i : tensor<4xf32>
// expected-error @-1 {{'memref.dim' op operand #0 must be unranked.memref of any type values or non-0-ranked.memref of any type values, but got 'tensor<4xf32>'}}
  return
}
// -----
/// load: a ranked memref is parsed
func.func @f(%t: tensor<4xf32>, %i: index) {
  %0 = memref.load %t[%i] : tensor<4xf32>
// expected-error @-1 {{custom op 'memref.load' invalid kind of type specified: expected builtin.memref, but found 'tensor<4xf32>'}}
  return
}
// -----
/// get_global: a ranked memref is parsed
func.func @f(%t: tensor<4xf32>, %i: index) {
  %0 = memref.get_global @x : tensor<4xf32>
// expected-error @-1 {{custom op 'memref.get_global' invalid kind of type specified: expected builtin.memref, but found 'tensor<4xf32>'}}
  return
}
// -----
/// view: a ranked memref is parsed
func.func @f(%t: tensor<4xi8>, %i: index) {
  %0 = memref.view %t[%i][] : tensor<4xi8> to memref<4xf32>
// expected-error @-1 {{custom op 'memref.view' invalid kind of type specified: expected builtin.memref, but found 'tensor<4xi8>'}}
  return
}
// -----
/// extract_aligned_pointer_as_index: the result must be index
func.func @f(%t: memref<4xf32>, %i: index) {
  %0 = memref.extract_aligned_pointer_as_index %t : memref<4xf32> -> i64
// expected-error @-1 {{'memref.extract_aligned_pointer_as_index' op result #0 must be index, but got 'i64'}}
  return
}
// -----
/// dealloc: a ranked or unranked memref is parsed
func.func @f(%t: tensor<4xf32>, %i: index) {
  memref.dealloc %t : tensor<4xf32>
// expected-error @-1 {{custom op 'memref.dealloc' invalid kind of type specified}}
  return
}
// -----
/// assume_alignment: a ranked memref is parsed
func.func @f(%t: memref<4xf32>, %i: index) {
  %0 = memref.assume_alignment %t, 4 : tensor<4xf32>
// expected-error @-1 {{custom op 'memref.assume_alignment' invalid kind of type specified: expected builtin.memref, but found 'tensor<4xf32>'}}
  return
}
