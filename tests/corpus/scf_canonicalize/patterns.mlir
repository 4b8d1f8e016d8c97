// scf canonicalization patterns (side effects through calls of @side).
func.func @if_true(%x: i32, %y: i32) -> i32 {
  %t = arith.constant true
  %r = scf.if %t -> (i32) {
    %a = arith.addi %x, %y : i32
    scf.yield %a : i32
  } else {
    scf.yield %y : i32
  }
  return %r : i32
}
func.func @if_false_noelse(%x: i32, %m: memref<i32>) {
  %f = arith.constant false
  scf.if %f {
    func.call @side() : () -> ()
  }
  return
}
func.func @if_select(%c: i1, %x: i32, %y: i32) -> (i32, i32) {
  %r:2 = scf.if %c -> (i32, i32) {
    scf.yield %x, %y : i32, i32
  } else {
    scf.yield %y, %y : i32, i32
  }
  return %r#0, %r#1 : i32, i32
}
func.func @if_unused(%c: i1, %x: i32, %m: memref<i32>) {
  %r = scf.if %c -> (i32) {
    func.call @side() : () -> ()
    scf.yield %x : i32
  } else {
    scf.yield %x : i32
  }
  return
}
func.func @if_cond(%c: i1) -> (i1, i1) {
  %t = arith.constant true
  %f = arith.constant false
  %r:2 = scf.if %c -> (i1, i1) {
    scf.yield %t, %f : i1, i1
  } else {
    scf.yield %f, %t : i1, i1
  }
  return %r#0, %r#1 : i1, i1
}
func.func @if_empty_else(%c: i1, %x: i32, %m: memref<i32>) {
  scf.if %c {
    func.call @side() : () -> ()
  } else {
  }
  return
}
func.func @for_zero(%x: f32) -> f32 {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %r = scf.for %i = %c1 to %c0 step %c1 iter_args(%a = %x) -> (f32) {
    %b = arith.addf %a, %a : f32
    scf.yield %b : f32
  }
  return %r : f32
}
func.func @for_one(%x: f32, %m: memref<f32>) -> f32 {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %r = scf.for %i = %c0 to %c1 step %c1 iter_args(%a = %x) -> (f32) {
    %b = arith.addf %a, %a : f32
    func.call @side() : () -> ()
    scf.yield %b : f32
  }
  return %r : f32
}
func.func @for_fwd(%x: f32, %n: index, %m: memref<f32>) -> f32 {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %r:2 = scf.for %i = %c0 to %n step %c1 iter_args(%a = %x, %b = %x) -> (f32, f32) {
    %d = arith.addf %b, %b : f32
    func.call @side() : () -> ()
    scf.yield %a, %d : f32, f32
  }
  return %r#0 : f32
}
func.func @exec(%x: i32) -> i32 {
  %r = scf.execute_region -> i32 {
    %a = arith.addi %x, %x : i32
    scf.yield %a : i32
  }
  return %r : i32
}
func.func @switch(%x: i32) -> i32 {
  %c2 = arith.constant 2 : index
  %r = scf.index_switch %c2 -> i32
  case 1 {
    scf.yield %x : i32
  }
  case 2 {
    %a = arith.addi %x, %x : i32
    scf.yield %a : i32
  }
  default {
    scf.yield %x : i32
  }
  return %r : i32
}
func.func @par_zero(%m: memref<f32>, %f: f32) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  scf.parallel (%i) = (%c0) to (%c0) step (%c1) {
    func.call @side() : () -> ()
  }
  return
}
func.func private @side()
