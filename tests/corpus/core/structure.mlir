%0:3 = "t.multi"() : () -> (i32, f32, index)
"t.use"(%0#0, %0#2, %0#1) : (i32, index, f32) -> ()
%1 = "t.one"(%0#0) {attr = 1} : (i32) -> i64
"t.regions"() ({
^bb0(%a: i32, %b: f32):
  %2 = "t.inner"(%a) : (i32) -> i32
  "t.br"(%2)[^bb1, ^bb2] : (i32) -> ()
^bb1:
  "t.br"()[^bb3] : () -> ()
^bb2:
  "t.br"()[^bb3] : () -> ()
^bb3:
  "t.ret"() : () -> ()
}, {
  "t.empty_region_op"() ({}) : () -> ()
}, {
}) : () -> ()
"t.graph"() ({
  %x = "t.uses_later"(%y) : (i32) -> i32
  %y = "t.defines"() : () -> i32
}) : () -> ()
"t.props"() <{p = 1 : i32, q = "s"}> {d = 2} : () -> ()
