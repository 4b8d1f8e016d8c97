// RUN: pymlir-opt %s -mlir-print-debuginfo -mlir-print-local-scope | FileCheck %s
// RUN: pymlir-opt %s -mlir-print-debuginfo | FileCheck %s --check-prefix=ALIAS
// RUN: pymlir-opt %s -mlir-print-debuginfo | pymlir-opt -mlir-print-debuginfo | FileCheck %s --check-prefix=ALIAS
// RUN: pymlir-opt %s | FileCheck %s --check-prefix=PLAIN
// RUN: pymlir-opt %s --mlir-print-op-generic -mlir-print-debuginfo -mlir-print-local-scope | FileCheck %s --check-prefix=GENERIC

/// test.attr_with_loc keeps a location as a property: written `loc(...)` (a dialect
/// location too), else the position of the token after its value; it is printed with
/// the debug info only, but its alias is defined at the top (an attribute's alias) even
/// without it, as upstream. Outputs identical to mlir-opt 22's.
// CHECK-LABEL: func.func @locs
// CHECK-NEXT: test.attr_with_loc("given" loc("given_loc")) loc("{{.*}}locations.mlir":[[# @LINE + 13]]:3)
// CHECK-NEXT: test.attr_with_loc("default" loc("{{.*}}locations.mlir":[[# @LINE + 13]]:31)) loc(
// CHECK-NEXT: test.attr_with_loc("dialect" loc(#test.custom_location<"foo.mlir" * 32>)) loc(
// ALIAS: #[[GIVEN:loc[0-9]*]] = loc("given_loc")
// ALIAS: #[[DIALECT:loc[0-9]*]] = #test.custom_location<"foo.mlir" * 32>
// ALIAS: test.attr_with_loc("given" loc(#[[GIVEN]])) loc(#{{loc[0-9]*}})
// ALIAS: test.attr_with_loc("dialect" loc(#[[DIALECT]])) loc(#{{loc[0-9]*}})
// PLAIN: #{{.*}} = loc("given_loc")
// PLAIN: test.attr_with_loc("given"){{$}}
// PLAIN-NEXT: test.attr_with_loc("default"){{$}}
// GENERIC: "test.attr_with_loc"() <{loc = loc("given_loc"), value = "given"}> : () -> ()
// GENERIC: "test.attr_with_loc"() <{loc = #test.custom_location<"foo.mlir" * 32>, value = "dialect"}>
func.func @locs() {
  test.attr_with_loc("given" loc("given_loc"))
  test.attr_with_loc("default")
  test.attr_with_loc("dialect" loc(#test.custom_location<"foo.mlir"*32>))
  return
}
