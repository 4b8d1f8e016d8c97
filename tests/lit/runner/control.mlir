// RUN: pymlir-runner %s -e main --entry-point-result=void | FileCheck %s
// RUN: pymlir-runner %s -e fact_of_ten --entry-point-result=i64 | FileCheck %s --check-prefix=I64
// RUN: pymlir-runner %s -e sign_of_neg --entry-point-result=i32 | FileCheck %s --check-prefix=I32
// RUN: pymlir-runner %s -e half --entry-point-result=f32 | FileCheck %s --check-prefix=F32
// RUN: pymlir-runner %s -e half | FileCheck %s --check-prefix=F32
// RUN: pymlir-runner %s -e=fact_of_ten -entry-point-result=i64 -O2 -shared-libs=libmlir_c_runner_utils.so | FileCheck %s --check-prefix=I64

/// Calls (recursive and mutually recursive), scf.if with results, cf branches and the
/// entry-point results upstream prints (an integer, a float in %e form); options also
/// in LLVM's single-dash and `-e=NAME` spellings.

func.func private @printI64(i64)
func.func private @printNewline()

func.func @fact(%n: i64) -> i64 {
  %c1 = arith.constant 1 : i64
  %le = arith.cmpi sle, %n, %c1 : i64
  %r = scf.if %le -> (i64) {
    scf.yield %c1 : i64
  } else {
    %m = arith.subi %n, %c1 : i64
    %f = func.call @fact(%m) : (i64) -> i64
    %p = arith.muli %n, %f : i64
    scf.yield %p : i64
  }
  return %r : i64
}

func.func @is_even(%n: i64) -> i1 {
  %c0 = arith.constant 0 : i64
  %c1 = arith.constant 1 : i64
  %z = arith.cmpi eq, %n, %c0 : i64
  cf.cond_br %z, ^yes, ^recurse
^yes:
  %t = arith.constant true
  return %t : i1
^recurse:
  %m = arith.subi %n, %c1 : i64
  %r = func.call @is_odd(%m) : (i64) -> i1
  return %r : i1
}

func.func @is_odd(%n: i64) -> i1 {
  %c0 = arith.constant 0 : i64
  %c1 = arith.constant 1 : i64
  %z = arith.cmpi eq, %n, %c0 : i64
  cf.cond_br %z, ^no, ^recurse
^no:
  %f = arith.constant false
  return %f : i1
^recurse:
  %m = arith.subi %n, %c1 : i64
  %r = func.call @is_even(%m) : (i64) -> i1
  return %r : i1
}

func.func @sign(%x: i32) -> i32 {
  %c0 = arith.constant 0 : i32
  %neg = arith.cmpi slt, %x, %c0 : i32
  %pos = arith.cmpi sgt, %x, %c0 : i32
  %m1 = arith.constant -1 : i32
  %p1 = arith.constant 1 : i32
  %a = arith.select %pos, %p1, %c0 : i32
  %r = arith.select %neg, %m1, %a : i32
  return %r : i32
}

func.func @main() {
  %c5 = arith.constant 5 : i64
  %f = call @fact(%c5) : (i64) -> i64
  call @printI64(%f) : (i64) -> ()
  call @printNewline() : () -> ()
  %c7 = arith.constant 7 : i64
  %e = call @is_even(%c7) : (i64) -> i1
  %ei = arith.extui %e : i1 to i64
  call @printI64(%ei) : (i64) -> ()
  call @printNewline() : () -> ()
  %c10 = arith.constant 10 : i64
  %o = call @is_even(%c10) : (i64) -> i1
  %oi = arith.extui %o : i1 to i64
  call @printI64(%oi) : (i64) -> ()
  call @printNewline() : () -> ()
  return
}

func.func @fact_of_ten() -> i64 {
  %c10 = arith.constant 10 : i64
  %f = call @fact(%c10) : (i64) -> i64
  return %f : i64
}

func.func @sign_of_neg() -> i32 {
  %x = arith.constant -42 : i32
  %s = call @sign(%x) : (i32) -> i32
  return %s : i32
}

func.func @half() -> f32 {
  %x = arith.constant 0.5 : f32
  return %x : f32
}

// CHECK:      120
// CHECK-NEXT: 0
// CHECK-NEXT: 1
// CHECK-NOT:  {{.}}

// I64: 3628800
// I32: -1
// F32: 5.000000e-01
