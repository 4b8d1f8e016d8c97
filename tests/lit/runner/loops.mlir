// RUN: pymlir-runner %s -e main --entry-point-result=void | FileCheck %s

/// Loops over memrefs: a fill loop, a reduction with iter_args, nested loops over a
/// 2-d memref and an scf.while; each result is printed with printI64/printF32.

func.func private @printI64(i64)
func.func private @printF32(f32)
func.func private @printNewline()
func.func private @printComma()

func.func @fill(%m: memref<8xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c8 = arith.constant 8 : index
  %h = arith.constant 0.5 : f32
  scf.for %i = %c0 to %c8 step %c1 {
    %ii = arith.index_cast %i : index to i32
    %f = arith.sitofp %ii : i32 to f32
    %v = arith.mulf %f, %h : f32
    memref.store %v, %m[%i] : memref<8xf32>
  }
  return
}

func.func @sum(%m: memref<8xf32>) -> f32 {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c8 = arith.constant 8 : index
  %z = arith.constant 0.0 : f32
  %r = scf.for %i = %c0 to %c8 step %c1 iter_args(%acc = %z) -> (f32) {
    %v = memref.load %m[%i] : memref<8xf32>
    %n = arith.addf %acc, %v : f32
    scf.yield %n : f32
  }
  return %r : f32
}

func.func @table() {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c3 = arith.constant 3 : index
  %c4 = arith.constant 4 : index
  %t = memref.alloca() : memref<3x4xi64>
  scf.for %i = %c0 to %c3 step %c1 {
    scf.for %j = %c0 to %c4 step %c1 {
      %p = arith.muli %i, %j : index
      %v = arith.index_cast %p : index to i64
      memref.store %v, %t[%i, %j] : memref<3x4xi64>
    }
  }
  scf.for %i = %c0 to %c3 step %c1 {
    scf.for %j = %c0 to %c4 step %c1 {
      %v = memref.load %t[%i, %j] : memref<3x4xi64>
      func.call @printI64(%v) : (i64) -> ()
      func.call @printComma() : () -> ()
    }
    func.call @printNewline() : () -> ()
  }
  return
}

func.func @collatz(%n: i64) -> i64 {
  %c1 = arith.constant 1 : i64
  %c2 = arith.constant 2 : i64
  %c3 = arith.constant 3 : i64
  %c0 = arith.constant 0 : i64
  %r:2 = scf.while (%x = %n, %steps = %c0) : (i64, i64) -> (i64, i64) {
    %more = arith.cmpi ne, %x, %c1 : i64
    scf.condition(%more) %x, %steps : i64, i64
  } do {
  ^bb0(%x: i64, %steps: i64):
    %rem = arith.remui %x, %c2 : i64
    %even = arith.cmpi eq, %rem, %c0 : i64
    %next = scf.if %even -> (i64) {
      %h = arith.divui %x, %c2 : i64
      scf.yield %h : i64
    } else {
      %t = arith.muli %x, %c3 : i64
      %u = arith.addi %t, %c1 : i64
      scf.yield %u : i64
    }
    %s = arith.addi %steps, %c1 : i64
    scf.yield %next, %s : i64, i64
  }
  return %r#1 : i64
}

func.func @main() {
  %m = memref.alloc() : memref<8xf32>
  call @fill(%m) : (memref<8xf32>) -> ()
  %s = call @sum(%m) : (memref<8xf32>) -> f32
  call @printF32(%s) : (f32) -> ()
  call @printNewline() : () -> ()
  memref.dealloc %m : memref<8xf32>
  call @table() : () -> ()
  %n = arith.constant 27 : i64
  %steps = call @collatz(%n) : (i64) -> i64
  call @printI64(%steps) : (i64) -> ()
  call @printNewline() : () -> ()
  return
}

// CHECK:      14
// CHECK-NEXT: 0, 0, 0, 0,
// CHECK-NEXT: 0, 1, 2, 3,
// CHECK-NEXT: 0, 2, 4, 6,
// CHECK-NEXT: 111
// CHECK-NOT:  {{.}}
