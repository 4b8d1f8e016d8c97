func.func @all(%c: i1, %lb: index, %ub: index, %s: index, %x: f32, %t: tensor<4xf32>, %i: i32) -> f32 {
  scf.if %c {
    %a = arith.addf %x, %x : f32
  }
  scf.if %c {
  } else {
  }
  %r:2 = scf.if %c -> (f32, i32) {
    scf.yield %x, %i : f32, i32
  } else {
    scf.yield %x, %i : f32, i32
  } {some.attr = 1}
  %r2 = scf.if %c -> f32 {
    scf.yield %x : f32
  } else {
    scf.yield %x : f32
  }
  scf.for %iv = %lb to %ub step %s {
    scf.yield
  } {tag}
  %sum:2 = scf.for %iv = %lb to %ub step %s iter_args(%acc = %x, %k = %i) -> (f32, i32) {
    scf.yield %acc, %k : f32, i32
  }
  %w = scf.while (%arg = %x) : (f32) -> f32 {
    scf.condition(%c) %arg : f32
  } do {
  ^bb0(%y: f32):
    scf.yield %y : f32
  } attributes {foo}
  scf.while : () -> () {
    scf.condition(%c)
  } do {
    scf.yield
  }
  %e = scf.execute_region -> i32 {
    cf.br ^bb1
  ^bb1:
    scf.yield %i : i32
  }
  scf.execute_region {
    scf.yield
  }
  %sw = scf.index_switch %lb -> i32
  case 2 {
    scf.yield %i : i32
  }
  case 5 {
    scf.yield %i : i32
  }
  default {
    scf.yield %i : i32
  }
  scf.index_switch %lb
  default {
  }
  scf.parallel (%p, %q) = (%lb, %lb) to (%ub, %ub) step (%s, %s) {
  }
  %pr = scf.parallel (%p) = (%lb) to (%ub) step (%s) init (%x) -> f32 {
    scf.reduce(%x : f32) {
    ^bb0(%l: f32, %rr: f32):
      %z = arith.addf %l, %rr : f32
      scf.reduce.return %z : f32
    }
  }
  %pr2:2 = scf.parallel (%p) = (%lb) to (%ub) step (%s) init (%x, %i) -> (f32, i32) {
    scf.reduce(%x, %i : f32, i32) {
    ^bb0(%l: f32, %rr: f32):
      scf.reduce.return %l : f32
    }, {
    ^bb0(%l: i32, %rr: i32):
      scf.reduce.return %l : i32
    }
  }
  %f = scf.forall (%a, %b) in (%ub, 8) shared_outs(%o = %t) -> (tensor<4xf32>) {
    scf.forall.in_parallel {
    }
  }
  scf.forall (%a) = (%lb) to (%ub) step (2) {
  } {foo.bar = 1}
  scf.forall (%a) in (%ub) {
  }
  return %x : f32
}
