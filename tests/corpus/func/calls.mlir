// Calls: direct, indirect, recursive, through function values, in several blocks.
func.func private @source() -> (i32, i32, i32)
func.func private @sink(i32, i32)

func.func @chain() -> i32 {
  %r:3 = call @source() : () -> (i32, i32, i32)
  call @sink(%r#2, %r#0) : (i32, i32) -> ()
  %s = func.call @chain() {x.tail} : () -> i32
  return %s : i32
}

func.func @values(%n: i32) -> i32 {
  %f = constant @values : (i32) -> i32
  %g = constant @values : (i32) -> i32
  %h = func.constant @chain : () -> i32
  %a = call_indirect %f(%n) : (i32) -> i32
  %b = func.call_indirect %g(%a) {x.k} : (i32) -> i32
  %c = call_indirect %h() : () -> i32
  return %c : i32
}

func.func @nested(%c: i1) {
  "x.wrap"() ({
    %v = "x.value"() : () -> i32
    "x.yield"(%v) : (i32) -> ()
  }) : () -> ()
  cf.cond_br %c, ^a, ^b
^a:
  %z:3 = call @source() : () -> (i32, i32, i32)
  return
^b:
  return
}
