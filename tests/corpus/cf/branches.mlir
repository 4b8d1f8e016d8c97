// Unstructured control flow: diamonds, loops, self loops, unreachable blocks.
func.func @diamond(%c: i1, %a: i32, %b: i32) -> i32 {
  cf.cond_br %c, ^then, ^else
^then:
  cf.br ^join(%a : i32)
^else:
  cf.br ^join(%b : i32)
^join(%r: i32):
  return %r : i32
}

func.func @loop(%n: i64) {
  %zero = arith.constant 0 : i64
  %one = arith.constant 1 : i64
  cf.br ^header(%zero : i64)
^header(%i: i64):
  %lt = arith.cmpi slt, %i, %n : i64
  cf.cond_br %lt weights([90, 10]), ^body, ^exit
^body:
  %next = arith.addi %i, %one : i64
  cf.br ^header(%next : i64)
^exit:
  return
}

func.func @self_loop(%c: i1) {
  cf.br ^spin
^spin:
  cf.cond_br %c, ^spin, ^done
^done:
  return
^unreachable(%x: f64):
  cf.br ^done
}

func.func @same_successor(%c: i1, %x: i8, %y: i8) -> i8 {
  cf.cond_br %c, ^bb1(%x : i8), ^bb1(%y : i8) {x.hint}
^bb1(%v: i8):
  return %v : i8
}

func.func @assertions(%c: i1) {
  cf.assert %c, ""
  cf.assert %c, "tab\there \\ and newline\n"
  return
}
