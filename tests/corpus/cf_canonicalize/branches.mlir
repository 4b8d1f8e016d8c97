// cf.br and cf.cond_br canonicalization patterns on our own inputs.

func.func @merge_single_pred(%a: i32) -> i32 {
  cf.br ^bb1(%a : i32)
^bb1(%x: i32):
  %y = arith.addi %x, %x : i32
  return %y : i32
}

func.func @pass_through_chain(%c: i1, %a: i32, %b: i32) -> i32 {
  cf.cond_br %c, ^bb1(%a : i32), ^bb2
^bb1(%x: i32):
  cf.br ^bb3(%x, %b : i32, i32)
^bb2:
  cf.br ^bb3(%b, %a : i32, i32)
^bb3(%p: i32, %q: i32):
  %s = arith.subi %p, %q : i32
  return %s : i32
}

func.func @infinite_loop(%c: i1) {
  cf.cond_br %c, ^bb1, ^bb2
^bb1:
  cf.br ^bb1
^bb2:
  return
}

func.func @cycle_of_branches(%c: i1) {
  cf.cond_br %c, ^bb1, ^bb3
^bb1:
  cf.br ^bb2
^bb2:
  cf.br ^bb1
^bb3:
  return
}

func.func @const_true_weights(%a: i32, %b: i32) -> i32 {
  %t = arith.constant true
  cf.cond_br %t weights([3, 5]), ^bb1(%a : i32), ^bb1(%b : i32)
^bb1(%x: i32):
  return %x : i32
}

func.func @const_false(%a: i32, %b: i32) -> i32 {
  %f = arith.constant false
  cf.cond_br %f, ^bb1(%a : i32), ^bb2(%b : i32)
^bb1(%x: i32):
  return %x : i32
^bb2(%y: i32):
  %z = arith.muli %y, %y : i32
  return %z : i32
}

func.func @identical_successors_select(%c: i1, %a: i32, %b: i32, %d: f32) -> (i32, f32) {
  cf.cond_br %c, ^bb1(%a, %d : i32, f32), ^bb1(%b, %d : i32, f32)
^bb1(%x: i32, %y: f32):
  return %x, %y : i32, f32
}

func.func @identical_successors_many_preds(%c: i1, %e: i1, %a: i32, %b: i32) -> i32 {
  cf.cond_br %e, ^bb1, ^bb2(%a : i32)
^bb1:
  cf.cond_br %c, ^bb2(%a : i32), ^bb2(%b : i32)
^bb2(%x: i32):
  return %x : i32
}

func.func @same_condition(%c: i1, %a: i32, %b: i32) -> i32 {
  cf.cond_br %c, ^bb1, ^bb2
^bb1:
  %u = arith.addi %a, %b : i32
  cf.cond_br %c, ^bb3(%u : i32), ^bb4
^bb2:
  %v = arith.subi %a, %b : i32
  cf.cond_br %c, ^bb3(%v : i32), ^bb4
^bb3(%x: i32):
  return %x : i32
^bb4:
  return %b : i32
}

func.func private @use(i1)

func.func @truth_propagation(%c: i1) {
  cf.cond_br %c, ^bb1, ^bb2
^bb1:
  func.call @use(%c) : (i1) -> ()
  func.call @use(%c) : (i1) -> ()
  cf.br ^bb3
^bb2:
  func.call @use(%c) : (i1) -> ()
  cf.br ^bb3
^bb3:
  func.call @use(%c) : (i1) -> ()
  return
}

func.func @assert_const(%a: i1) {
  %t = arith.constant true
  %f = arith.constant false
  cf.assert %t, "always"
  cf.assert %f, "never"
  cf.assert %a, "maybe"
  return
}
