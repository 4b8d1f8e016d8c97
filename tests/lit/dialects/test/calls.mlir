// RUN: pymlir-opt %s | FileCheck %s
// RUN: pymlir-opt %s | pymlir-opt | FileCheck %s
// RUN: pymlir-opt %s --mlir-print-op-generic | pymlir-opt | FileCheck %s

/// test.conversion_func_op is written like func.func (visibility, argument and result
/// attributes, `attributes`, an optional body).
// CHECK: test.conversion_func_op @f(%[[A:.*]]: i32 {test.handle_argument}) -> (i32 {test.handle_result}) attributes {x} {
// CHECK-NEXT: "test.return"(%[[A]]) : (i32) -> ()
// CHECK: test.conversion_func_op private @decl(i32) -> i32
// CHECK: %{{.*}} = "test.conversion_call_op"(%{{.*}}) <{callee = @f}> : (i16) -> i16
// CHECK: "test.functional_region_op"() ({
// CHECK: }) : () -> ((i32) -> i32)
// CHECK: "test.cast"(%{{.*}}) : (i16) -> i32
// CHECK: "test.type_changer"(%{{.*}}) : (i32) -> i32
test.conversion_func_op @f(%arg0 : i32 {"test.handle_argument"}) -> (i32 {"test.handle_result"}) attributes {x} {
  "test.return"(%arg0) : (i32) -> ()
}
test.conversion_func_op private @decl(i32) -> i32
func.func @caller(%a: i16) -> i16 {
  %res = "test.conversion_call_op"(%a) {callee = @f} : (i16) -> i16
  %fn = "test.functional_region_op"() ({
  ^bb0(%x: i32):
    "test.return"(%x) : (i32) -> ()
  }) : () -> ((i32) -> i32)
  %c = "test.cast"(%a) : (i16) -> i32
  %t = "test.type_changer"(%c) : (i32) -> i32
  return %res : i16
}
