// RUN: pymlir-runner %s -e main --entry-point-result=void | FileCheck %s --check-prefixes=CHECK,O0
// RUN: pymlir-runner %s -e main --entry-point-result=void -O3 | FileCheck %s --check-prefixes=CHECK,O3

/// math ops lowered to LLVM intrinsics (libm at run time) on values computed in a loop,
/// printed with printF32/printF64 (`%g`), at -O0 and -O3. As upstream's, log(-2) at -O0
/// is libm's `-nan`, while -O3 folds it to a positive NaN.

func.func private @printF32(f32)
func.func private @printF64(f64)
func.func private @printComma()
func.func private @printNewline()

func.func @row(%x: f64) {
  %s = math.sqrt %x : f64
  func.call @printF64(%s) : (f64) -> ()
  func.call @printComma() : () -> ()
  %e = math.exp %x : f64
  func.call @printF64(%e) : (f64) -> ()
  func.call @printComma() : () -> ()
  %l = math.log %x : f64
  func.call @printF64(%l) : (f64) -> ()
  func.call @printComma() : () -> ()
  %sn = math.sin %x : f64
  func.call @printF64(%sn) : (f64) -> ()
  func.call @printComma() : () -> ()
  %two = arith.constant 2.5 : f64
  %p = math.powf %x, %two : f64
  func.call @printF64(%p) : (f64) -> ()
  func.call @printComma() : () -> ()
  %n = arith.negf %x : f64
  %a = math.absf %n : f64
  %f = math.floor %a : f64
  func.call @printF64(%f) : (f64) -> ()
  func.call @printNewline() : () -> ()
  return
}

func.func @main() {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c4 = arith.constant 4 : index
  %q = arith.constant 0.75 : f64
  scf.for %i = %c1 to %c4 step %c1 {
    %ii = arith.index_cast %i : index to i64
    %x0 = arith.sitofp %ii : i64 to f64
    %x = arith.mulf %x0, %q : f64
    func.call @row(%x) : (f64) -> ()
  }
  %y = arith.constant 2.0 : f32
  %r = math.rsqrt %y : f32
  call @printF32(%r) : (f32) -> ()
  call @printComma() : () -> ()
  %c = math.cos %y : f32
  call @printF32(%c) : (f32) -> ()
  call @printComma() : () -> ()
  %z = arith.constant 0.0 : f32
  %m = arith.subf %z, %y : f32
  %lg = math.log %m : f32
  call @printF32(%lg) : (f32) -> ()
  call @printComma() : () -> ()
  %d = arith.divf %y, %z : f32
  call @printF32(%d) : (f32) -> ()
  call @printNewline() : () -> ()
  return
}

// CHECK:      0.866025, 2.117, -0.287682, 0.681639, 0.487139, 0
// CHECK-NEXT: 1.22474, 4.48169, 0.405465, 0.997495, 2.75568, 1
// CHECK-NEXT: 1.5, 9.48774, 0.81093, 0.778073, 7.59375, 2
// O0-NEXT:    0.707107, -0.416147, -nan, inf
// O3-NEXT:    0.707107, -0.416147, nan, inf
