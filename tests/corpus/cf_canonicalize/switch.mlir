// cf.switch canonicalization patterns on our own inputs.

func.func @only_default(%f: i32, %a: f32) -> f32 {
  cf.switch %f : i32, [
    default: ^bb1(%a : f32)
  ]
^bb1(%x: f32):
  return %x : f32
}

func.func @drop_cases_matching_default(%f: i8, %a: f32, %b: f32) -> f32 {
  cf.switch %f : i8, [
    default: ^bb1(%a : f32),
    -1: ^bb1(%a : f32),
    3: ^bb1(%b : f32),
    7: ^bb2(%a : f32)
  ]
^bb1(%x: f32):
  return %x : f32
^bb2(%y: f32):
  %z = arith.addf %y, %y : f32
  return %z : f32
}

func.func @const_flag(%a: f32, %b: f32) -> f32 {
  %c = arith.constant -2 : i8
  cf.switch %c : i8, [
    default: ^bb1(%a : f32),
    254: ^bb2(%b : f32),
    2: ^bb1(%b : f32)
  ]
^bb1(%x: f32):
  return %x : f32
^bb2(%y: f32):
  %z = arith.mulf %y, %y : f32
  return %z : f32
}

func.func @const_flag_default(%a: f32, %b: f32) -> f32 {
  %c = arith.constant 9 : i32
  cf.switch %c : i32, [
    default: ^bb1(%a : f32),
    1: ^bb2(%b : f32)
  ]
^bb1(%x: f32):
  return %x : f32
^bb2(%y: f32):
  %z = arith.mulf %y, %y : f32
  return %z : f32
}

func.func @pass_through(%f: i32, %a: f32, %b: f32) -> f32 {
  cf.switch %f : i32, [
    default: ^bb1(%a : f32),
    4: ^bb2,
    5: ^bb3(%b : f32)
  ]
^bb1(%x: f32):
  cf.br ^bb4(%x : f32)
^bb2:
  cf.br ^bb4(%b : f32)
^bb3(%y: f32):
  %z = arith.addf %y, %y : f32
  cf.br ^bb4(%z : f32)
^bb4(%r: f32):
  return %r : f32
}

func.func private @sink(f32)

func.func @same_flag_case(%f: i32, %a: f32, %b: f32) {
  cf.switch %f : i32, [
    default: ^bb5,
    1: ^bb1,
    2: ^bb2
  ]
^bb1:
  func.call @sink(%a) : (f32) -> ()
  cf.switch %f : i32, [
    default: ^bb3(%a : f32),
    1: ^bb4(%b : f32)
  ]
^bb2:
  func.call @sink(%b) : (f32) -> ()
  cf.switch %f : i32, [
    default: ^bb3(%b : f32),
    1: ^bb4(%a : f32)
  ]
^bb3(%x: f32):
  func.call @sink(%x) : (f32) -> ()
  return
^bb4(%y: f32):
  func.call @sink(%y) : (f32) -> ()
  return
^bb5:
  return
}

func.func @same_flag_default(%f: i32, %a: f32, %b: f32) {
  cf.switch %f : i32, [
    default: ^bb1,
    1: ^bb4,
    2: ^bb1
  ]
^bb1:
  func.call @sink(%a) : (f32) -> ()
  cf.switch %f : i32, [
    default: ^bb2(%a : f32),
    1: ^bb3(%b : f32),
    2: ^bb3(%a : f32),
    3: ^bb3(%b : f32)
  ]
^bb2(%x: f32):
  func.call @sink(%x) : (f32) -> ()
  return
^bb3(%y: f32):
  func.call @sink(%y) : (f32) -> ()
  return
^bb4:
  return
}
