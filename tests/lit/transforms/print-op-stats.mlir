// RUN: pymlir-opt %s --print-op-stats --allow-unregistered-dialect -o /dev/null 2>&1 | FileCheck %s --strict-whitespace
// RUN: pymlir-opt %s --print-op-stats=json --allow-unregistered-dialect -o /dev/null 2>&1 | FileCheck %s --check-prefix=JSON
// RUN: pymlir-opt %s --pass-pipeline='builtin.module(func.func(print-op-stats{json=true}))' --allow-unregistered-dialect -o /dev/null 2>&1 | FileCheck %s --check-prefix=FUNC

/// Counts by op name, sorted; dialect names right-aligned on the dot, names without a
/// dialect part indented past it.
// CHECK: Operations encountered:
// CHECK-NEXT: -----------------------
// CHECK-NEXT: {{^}}     arith.addi      , 3{{$}}
// CHECK-NEXT: {{^}}     arith.constant  , 1{{$}}
// CHECK-NEXT: {{^}}   builtin.module    , 1{{$}}
// CHECK-NEXT: {{^}}      func.func      , 2{{$}}
// CHECK-NEXT: {{^}}      func.return    , 2{{$}}
// CHECK-NEXT: {{^}}  longname.x         , 1{{$}}
// CHECK-NEXT: {{^}}           nodialect , 1{{$}}

/// The same counts as JSON.
// JSON: {
// JSON-NEXT: "arith.addi" : 3,
// JSON-NEXT: "arith.constant" : 1,
// JSON-NEXT: "builtin.module" : 1,
// JSON-NEXT: "func.func" : 2,
// JSON-NEXT: "func.return" : 2,
// JSON-NEXT: "longname.x" : 1,
// JSON-NEXT: "nodialect" : 1
// JSON-NEXT: }

/// Run on each function, one table per function.
// FUNC: {
// FUNC-NEXT: "arith.addi" : 2,
// FUNC-NEXT: "func.func" : 1,
// FUNC-NEXT: "func.return" : 1
// FUNC-NEXT: }
// FUNC-NEXT: {
// FUNC-NEXT: "arith.addi" : 1,
// FUNC-NEXT: "arith.constant" : 1,
func.func @f(%a: i32) -> i32 {
  %0 = arith.addi %a, %a : i32
  %1 = arith.addi %0, %a : i32
  return %1 : i32
}
func.func @g(%a: i32) -> i32 {
  %c = arith.constant 1 : i32
  %0 = arith.addi %a, %c : i32
  "longname.x"() : () -> ()
  "nodialect"() : () -> ()
  return %0 : i32
}
