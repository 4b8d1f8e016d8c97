// RUN: pymlir-opt %s --allow-unregistered-dialect --mlir-print-debuginfo | FileCheck %s
// RUN: pymlir-opt %s --allow-unregistered-dialect --mlir-print-debuginfo | pymlir-opt --allow-unregistered-dialect --mlir-print-debuginfo | FileCheck %s
// RUN: pymlir-opt %s --allow-unregistered-dialect --mlir-print-debuginfo --mlir-print-local-scope | FileCheck %s --check-prefix=LOCAL
// RUN: pymlir-opt %s --allow-unregistered-dialect --mlir-print-debuginfo --mlir-pretty-debuginfo --mlir-print-local-scope | FileCheck %s --check-prefix=PRETTY
// RUN: pymlir-opt %s --allow-unregistered-dialect | FileCheck %s --check-prefix=NODEBUG

/// Without --mlir-print-debuginfo only locations used as attributes are printed.
// NODEBUG: #loc = loc("attr_loc")
// NODEBUG-NOT: loc(

/// Locations used inside attributes or block arguments are defined before the IR.
// CHECK: #[[ATTRLOC:loc[0-9]*]] = loc("attr_loc")

/// Every kind of location round-trips; op locations print as `#loc` aliases.
// CHECK-LABEL: func.func @kinds
// LOCAL-LABEL: func.func @kinds
func.func @kinds(%a: i32 loc("arg_a")) -> i32 {
  // CHECK: "t.op"() : () -> i32 loc(#[[NAMED:loc[0-9]*]])
  // LOCAL: "t.op"() : () -> i32 loc("named")
  // PRETTY: "t.op"() : () -> i32 "named"
  %0 = "t.op"() : () -> i32 loc("named")
  // LOCAL: loc(callsite("callee" at "caller.cc":12:3))
  // PRETTY: "callee" at caller.cc:12:3
  %1 = arith.addi %a, %0 : i32 loc(callsite("callee" at "caller.cc":12:3))
  // LOCAL: loc(fused["a.cc":1:2, "b.cc":3:4])
  // PRETTY: [a.cc:1:2, b.cc:3:4]
  %2 = arith.addi %1, %1 : i32 loc(fused["a.cc":1:2, "b.cc":3:4])
  // LOCAL: loc(fused<"meta">["c.cc":1:1])
  // PRETTY: <"meta">[c.cc:1:1]
  %3 = arith.addi %2, %2 : i32 loc(fused<"meta">["c.cc":1:1])
  // LOCAL: loc("outer"("inner.cc":7:8))
  %4 = arith.addi %3, %3 : i32 loc("outer"("inner.cc":7:8))
  // LOCAL: loc("range.cc":1:2 to 3:4)
  %5 = arith.addi %4, %4 : i32 loc("range.cc":1:2 to 3:4)
  // LOCAL: loc("range.cc":1:2 to :9)
  %6 = arith.addi %5, %5 : i32 loc("range.cc":1:2 to :9)
  // LOCAL: loc("line_only.cc":5:0)
  %7 = arith.addi %6, %6 : i32 loc("line_only.cc":5)
  /// An empty fusion is unknown, unless it has metadata; one location is itself.
  // LOCAL: loc(unknown)
  %8 = arith.addi %7, %7 : i32 loc(fused[])
  // LOCAL: loc(fused<"m">[unknown])
  %9 = arith.addi %8, %8 : i32 loc(fused<"m">[])
  // LOCAL: loc("single.cc":1:1)
  %10 = arith.addi %9, %9 : i32 loc(fused["single.cc":1:1])
  // CHECK: "t.use"(%{{.*}}) {at = #[[ATTRLOC]]} : (i32) -> ()
  // LOCAL: {at = loc("attr_loc")}
  "t.use"(%10) {at = loc("attr_loc")} : (i32) -> ()
  // PRETTY: return %{{.*}} : i32 [unknown]
  return %10 : i32 loc(unknown)
}

/// A location alias defined in the input can be used before its definition.
// LOCAL-LABEL: "t.aliased"
// LOCAL: loc("shared_place")
"t.aliased"() : () -> () loc(#shared)
#shared = loc("shared_place")

/// Without an explicit location an op gets its position in the file; block
/// arguments print their location inline.
// CHECK-LABEL: "t.region"
// CHECK: ^bb0(%{{.*}}: i32 loc("blockarg"), %{{.*}}: i64 loc("{{.*}}locations.mlir":{{[0-9]+}}:31)):
"t.region"() ({
^bb0(%x: i32 loc("blockarg"), %y: i64):
  "t.yield"(%x) : (i32) -> ()
// CHECK: }) : () -> () loc(#[[ESCAPED:loc[0-9]*]])
}) : () -> () loc("esc\"aped\n")

/// Deferred aliases come after the IR; names are escaped like strings.
// CHECK: #[[NAMED]] = loc("named")
// CHECK: #[[ESCAPED]] = loc("esc\22aped\0A")
