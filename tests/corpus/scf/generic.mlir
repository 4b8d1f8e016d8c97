// The generic form of scf ops as input.
"func.func"() <{function_type = (i1, index, i32) -> i32, sym_name = "g"}> ({
^bb0(%c: i1, %n: index, %x: i32):
  %0 = "scf.if"(%c) ({
    "scf.yield"(%x) : (i32) -> ()
  }, {
    "scf.yield"(%x) : (i32) -> ()
  }) : (i1) -> i32
  %1 = "scf.for"(%n, %n, %n, %0) ({
  ^bb0(%i: index, %a: i32):
    "scf.yield"(%a) : (i32) -> ()
  }) {unsignedCmp} : (index, index, index, i32) -> i32
  "scf.for"(%x, %x, %x) <{unsignedCmp}> ({
  ^bb0(%i: i32):
    "scf.yield"() : () -> ()
  }) : (i32, i32, i32) -> ()
  %2 = "scf.execute_region"() <{no_inline}> ({
    "scf.yield"(%1) : (i32) -> ()
  }) : () -> i32
  "scf.forall"(%n) <{operandSegmentSizes = array<i32: 0, 1, 0, 0>, staticLowerBound = array<i64: 0>, staticStep = array<i64: 1>, staticUpperBound = array<i64: -9223372036854775808>}> ({
  ^bb0(%t: index):
    "scf.forall.in_parallel"() ({
    ^bb0:
    }) : () -> ()
  }) : (index) -> ()
  "func.return"(%2) : (i32) -> ()
}) : () -> ()
