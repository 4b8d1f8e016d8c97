// RUN: pymlir-runner %s -e main --entry-point-result=void | FileCheck %s

/// printMemref* of upstream's runner utils, built in: the unranked expanded form
/// (printMemrefF32), the C-interface forms (printMemrefI32, printMemrefF64 on a 0-d
/// memref), a ranked one (printMemref1dF32), and printMemrefShapeF32; the memrefs are
/// filled in loops and one is a dynamic-shaped view of another.

func.func private @printMemrefF32(memref<*xf32>)
func.func private @printMemrefI32(memref<*xi32>) attributes { llvm.emit_c_interface }
func.func private @printMemrefF64(memref<*xf64>) attributes { llvm.emit_c_interface }
func.func private @printMemref1dF32(memref<?xf32>) attributes { llvm.emit_c_interface }
func.func private @printMemrefShapeF32(memref<*xf32>) attributes { llvm.emit_c_interface }

func.func @main() {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c2 = arith.constant 2 : index
  %c3 = arith.constant 3 : index
  %c4 = arith.constant 4 : index
  %q = arith.constant 0.25 : f32
  %a = memref.alloc() : memref<3x4xf32>
  scf.for %i = %c0 to %c3 step %c1 {
    scf.for %j = %c0 to %c4 step %c1 {
      %k = arith.muli %i, %c4 : index
      %l = arith.addi %k, %j : index
      %li = arith.index_cast %l : index to i32
      %f = arith.sitofp %li : i32 to f32
      %v = arith.mulf %f, %q : f32
      memref.store %v, %a[%i, %j] : memref<3x4xf32>
    }
  }
  %ua = memref.cast %a : memref<3x4xf32> to memref<*xf32>
  call @printMemrefF32(%ua) : (memref<*xf32>) -> ()
  call @printMemrefShapeF32(%ua) : (memref<*xf32>) -> ()

  %b = memref.alloca() : memref<2x1x3xi32>
  scf.for %i = %c0 to %c2 step %c1 {
    scf.for %j = %c0 to %c3 step %c1 {
      %s = arith.subi %i, %j : index
      %si = arith.index_cast %s : index to i32
      memref.store %si, %b[%i, %c0, %j] : memref<2x1x3xi32>
    }
  }
  %ub = memref.cast %b : memref<2x1x3xi32> to memref<*xi32>
  call @printMemrefI32(%ub) : (memref<*xi32>) -> ()

  %d = memref.alloc() : memref<f64>
  %pi = arith.constant 3.14159265 : f64
  memref.store %pi, %d[] : memref<f64>
  %ud = memref.cast %d : memref<f64> to memref<*xf64>
  call @printMemrefF64(%ud) : (memref<*xf64>) -> ()

  %e = memref.alloc() : memref<5xf32>
  %one = arith.constant 1.0 : f32
  scf.for %i = %c0 to %c4 step %c1 {
    %ii = arith.index_cast %i : index to i32
    %f = arith.sitofp %ii : i32 to f32
    %r = arith.divf %one, %f : f32
    memref.store %r, %e[%i] : memref<5xf32>
  }
  %nan = arith.constant 0x7FC00000 : f32
  memref.store %nan, %e[%c4] : memref<5xf32>
  %de = memref.cast %e : memref<5xf32> to memref<?xf32>
  call @printMemref1dF32(%de) : (memref<?xf32>) -> ()
  memref.dealloc %a : memref<3x4xf32>
  memref.dealloc %d : memref<f64>
  memref.dealloc %e : memref<5xf32>
  return
}

// CHECK:      Unranked Memref base@ = {{0x[0-9a-f]+}} rank = 2 offset = 0 sizes = [3, 4] strides = [4, 1] data =
// CHECK-NEXT: {{\[\[}}0,   0.25,   0.5,   0.75],
// CHECK-NEXT:  [1,   1.25,   1.5,   1.75],
// CHECK-NEXT:  [2,   2.25,   2.5,   2.75]]
// CHECK-NEXT: Unranked Memref base@ = {{0x[0-9a-f]+}} rank = 2 offset = 0 sizes = [3, 4] strides = [4, 1]{{$}}
// CHECK-NEXT: Unranked Memref base@ = {{0x[0-9a-f]+}} rank = 3 offset = 0 sizes = [2, 1, 3] strides = [3, 3, 1] data =
// CHECK-NEXT: {{\[\[\[}}0,    -1,    -2]],
// CHECK-NEXT:  {{\[\[}}1,    0,    -1]]]
// CHECK-NEXT: Unranked Memref base@ = {{0x[0-9a-f]+}} rank = 0 offset = 0 sizes = [] strides = [] data =
// CHECK-NEXT: [3.14159]
// CHECK-NEXT: {{^}}Memref base@ = {{0x[0-9a-f]+}} rank = 1 offset = 0 sizes = [5] strides = [1] data =
// CHECK-NEXT: [inf,  1,  0.5,  0.333333,  nan]
