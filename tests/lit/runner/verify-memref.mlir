// RUN: pymlir-runner %s -e main --entry-point-result=void 2>&1 | FileCheck %s

/// verifyMemRef* of upstream's runner utils: the number of mismatching elements (f32
/// within a relative 1e-6; NaN never matches), the first ten printed to stderr (which
/// flushes stdout first, as std::cerr tied to std::cout), and -1 with both layouts when
/// they differ. Output order and text checked identical to mlir-runner 22 with its
/// libraries.
// CHECK: nan != nan offset = 0
// CHECK-NEXT: 2.5 != 1 offset = 3
// CHECK-NEXT: 2.5 != 1 offset = 7
// CHECK-NEXT: 2.5 != 1 offset = 11
// CHECK-NEXT: 4
// CHECK-NEXT: 3 != 99 offset = 3
// CHECK-NEXT: 1
// CHECK-NEXT: base@ = 0x{{[0-9a-f]+}} rank = 2 offset = 0 sizes = [4, 3] strides = [3, 1]base@ = 0x{{[0-9a-f]+}} rank = 2 offset = 0 sizes = [3, 4] strides = [4, 1]-1
// CHECK-NEXT: 0

func.func private @verifyMemRefF32(memref<*xf32>, memref<*xf32>) -> i64 attributes {llvm.emit_c_interface}
func.func private @verifyMemRefI32(memref<*xi32>, memref<*xi32>) -> i64 attributes {llvm.emit_c_interface}
func.func private @printI64(i64)
func.func private @printNewline()

func.func @main() {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c3 = arith.constant 3 : index
  %c12 = arith.constant 12 : index
  %a = memref.alloc() : memref<3x4xf32>
  %b = memref.alloc() : memref<3x4xf32>
  %ai = memref.alloc() : memref<12xi32>
  %bi = memref.alloc() : memref<12xi32>
  %one = arith.constant 1.0 : f32
  %tiny = arith.constant 1.0000001 : f32
  %two = arith.constant 2.5 : f32
  %nan = arith.constant 0x7FC00000 : f32
  scf.for %i = %c0 to %c3 step %c1 {
    scf.for %j = %c0 to %c3 step %c1 {
      memref.store %one, %a[%i, %j] : memref<3x4xf32>
      memref.store %tiny, %b[%i, %j] : memref<3x4xf32>
    }
  }
  %c3b = arith.constant 3 : index
  scf.for %i = %c0 to %c3 step %c1 {
    memref.store %two, %a[%i, %c3b] : memref<3x4xf32>
    memref.store %one, %b[%i, %c3b] : memref<3x4xf32>
  }
  memref.store %nan, %a[%c0, %c0] : memref<3x4xf32>
  memref.store %nan, %b[%c0, %c0] : memref<3x4xf32>
  scf.for %i = %c0 to %c12 step %c1 {
    %v = arith.index_cast %i : index to i32
    memref.store %v, %ai[%i] : memref<12xi32>
    memref.store %v, %bi[%i] : memref<12xi32>
  }
  %m = arith.constant 99 : i32
  memref.store %m, %bi[%c3] : memref<12xi32>
  %ua = memref.cast %a : memref<3x4xf32> to memref<*xf32>
  %ub = memref.cast %b : memref<3x4xf32> to memref<*xf32>
  %e = call @verifyMemRefF32(%ua, %ub) : (memref<*xf32>, memref<*xf32>) -> i64
  call @printI64(%e) : (i64) -> ()
  call @printNewline() : () -> ()
  %uai = memref.cast %ai : memref<12xi32> to memref<*xi32>
  %ubi = memref.cast %bi : memref<12xi32> to memref<*xi32>
  %ei = call @verifyMemRefI32(%uai, %ubi) : (memref<*xi32>, memref<*xi32>) -> i64
  call @printI64(%ei) : (i64) -> ()
  call @printNewline() : () -> ()
  %s = memref.alloc() : memref<4x3xf32>
  %us = memref.cast %s : memref<4x3xf32> to memref<*xf32>
  %es = call @verifyMemRefF32(%us, %ub) : (memref<*xf32>, memref<*xf32>) -> i64
  call @printI64(%es) : (i64) -> ()
  call @printNewline() : () -> ()
  %ee = call @verifyMemRefF32(%ub, %ub) : (memref<*xf32>, memref<*xf32>) -> i64
  call @printI64(%ee) : (i64) -> ()
  call @printNewline() : () -> ()
  return
}
