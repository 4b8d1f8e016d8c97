// Nested loops and conditionals, values flowing across regions, locations.
func.func @nested(%n: index, %init: f32, %flag: i1) -> f32 {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %cst = arith.constant 1.000000e+00 : f32
  %r = scf.for %i = %c0 to %n step %c1 iter_args(%acc = %init) -> (f32) {
    %inner = scf.for %j = %c0 to %i step %c1 iter_args(%a = %acc) -> (f32) {
      %t = scf.if %flag -> (f32) {
        %s = arith.addf %a, %cst : f32
        scf.yield %s : f32
      } else {
        %w = scf.while (%v = %a) : (f32) -> f32 {
          %cmp = arith.cmpf olt, %v, %cst : f32
          scf.condition(%cmp) %v : f32
        } do {
        ^bb0(%arg: f32):
          %m = arith.mulf %arg, %cst : f32
          scf.yield %m : f32
        }
        scf.yield %w : f32
      }
      scf.yield %t : f32
    }
    scf.yield %inner : f32
  } loc("outer")
  return %r : f32
}
func.func @switch_in_loop(%n: index) -> i32 {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %z = arith.constant 0 : i32
  %res = scf.for %i = %c0 to %n step %c1 iter_args(%acc = %z) -> (i32) {
    %v = scf.index_switch %i -> i32
    case 0 {
      %one = arith.constant 1 : i32
      scf.yield %one : i32
    }
    default {
      scf.yield %acc : i32
    }
    scf.yield %v : i32
  }
  return %res : i32
}
