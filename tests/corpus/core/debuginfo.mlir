"t.a"() : () -> () loc("file.py":10:4)
"t.b"() : () -> () loc("file.py":10:4)
"t.c"() : () -> () loc(fused["file.py":1:1, "other.py":2:2])
"t.d"() : () -> () loc(callsite("inner.py":5:6 at "outer.py":7:8))
"t.e"() ({
^bb0(%arg: i32 loc("arg.py":1:1)):
  "t.f"(%arg) : (i32) -> () loc("n"("file.py":3:3))
}) : () -> () loc(#myloc)
#myloc = loc("aliased.py":9:9)
