// cf.switch on flags of several widths, with and without operands (upstream prints
// 64-bit case values unsigned and cannot read back those of 2^63 and above).
func.func @switch_i1(%f: i1, %x: f32) {
  cf.switch %f : i1, [
    default: ^bb1(%x : f32),
    0: ^bb2,
    1: ^bb1(%x : f32)
  ]
^bb1(%a: f32):
  return
^bb2:
  return
}

func.func @switch_i8(%f: i8) {
  cf.switch %f : i8, [
    default: ^bb1,
    -128: ^bb1,
    127: ^bb2,
    255: ^bb2
  ]
^bb1:
  return
^bb2:
  return
}

func.func @switch_i64(%f: i64, %p: index, %q: index) -> index {
  cf.switch %f : i64, [
    default: ^bb1(%p, %q : index, index),
    1: ^bb1(%q, %p : index, index),
    9223372036854775807: ^bb2(%p : index)
  ] {x.note = "three"}
^bb1(%a: index, %b: index):
  return %a : index
^bb2(%c: index):
  return %c : index
}

func.func @switch_default_only(%f: i32) {
  cf.switch %f : i32, [default: ^bb1]
^bb1:
  return
}

func.func @switch_generic(%f: i16, %a: i32) {
  "cf.switch"(%f, %a, %a) [^bb1, ^bb2, ^bb1] <{case_operand_segments = array<i32: 0, 1>, case_values = dense<[5, 6]> : vector<2xi16>, operandSegmentSizes = array<i32: 1, 1, 1>}> : (i16, i32, i32) -> ()
^bb1(%x: i32):
  return
^bb2:
  return
}
