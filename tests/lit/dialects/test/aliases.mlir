// RUN: pymlir-opt %s --split-input-file | FileCheck %s
// RUN: pymlir-opt %s --split-input-file | pymlir-opt --split-input-file | FileCheck %s
// RUN: pymlir-opt %s --split-input-file --mlir-print-local-scope | FileCheck %s --check-prefix=LOCAL

/// The test dialect names some strings, tuples of !test.smpla and !test.int<unsigned, 8>;
/// names are sanitized (hex codes, `_` before a leading digit or symbol) and a name
/// ending in a digit takes `_` before its number.
// CHECK-DAG: !test_tuple = tuple<!test.smpla, !test.smpla>
// CHECK-DAG: !test_ui8 = !test.int<unsigned, 8>
// CHECK-DAG: #test2Ealias = "alias_test:dot_in_name"
// CHECK-DAG: #_0_test_alias = "alias_test:prefixed_digit"
// CHECK-DAG: #_25test = "alias_test:prefixed_symbol"
// CHECK-DAG: #test_alias0 = "alias_test:trailing_digit"
// CHECK-DAG: #test_alias0_1 = "alias_test:trailing_digit" : i32
// CHECK-LABEL: "test.op"() {
// CHECK-SAME: a = #test2Ealias, b = #_0_test_alias, c = #_25test, d = #test_alias0, e = #test_alias0_1
// CHECK-SAME: f = !test_tuple, g = tuple<i32, !test.smpla>, h = !test_ui8, i = !test.int<signed, 8>, j = "alias_test:unknown"
// LOCAL: a = "alias_test:dot_in_name"
// LOCAL-SAME: f = tuple<!test.smpla, !test.smpla>
"test.op"() {a = "alias_test:dot_in_name", b = "alias_test:prefixed_digit", c = "alias_test:prefixed_symbol", d = "alias_test:trailing_digit", e = "alias_test:trailing_digit" : i32, f = tuple<!test.smpla, !test.smpla>, g = tuple<i32, !test.smpla>, h = !test.int<unsigned, 8>, i = !test.int<signed, 8>, j = "alias_test:unknown"} : () -> ()

// -----

/// Without the test dialect loaded, its names are not given.
// CHECK-NOT: #test2Ealias =
// CHECK-LABEL: func.func @no_test_dialect
// CHECK-SAME: attributes {a = "alias_test:dot_in_name"}
func.func @no_test_dialect() attributes {a = "alias_test:dot_in_name"} {
  return
}

// -----

/// A conditional alias prints its string's alias when it has one, else the string as
/// a keyword or quoted; a type parameter of its own is printed with its alias.
// CHECK: !test_ui8 = !test.int<unsigned, 8>
// CHECK: #test_encoding = "alias_test:tensor_encoding"
// CHECK-LABEL: "test.op"() {
// CHECK-SAME: a = #test.conditional_alias<#test_encoding>, b = #test.conditional_alias<plain>, c = #test.conditional_alias<"not bare">
// CHECK-SAME: d = #test.attr_with_self_type_param : !test_ui8, e = #test.attr_with_self_type_param}
// LOCAL: a = #test.conditional_alias<"alias_test:tensor_encoding">
// LOCAL-SAME: d = #test.attr_with_self_type_param : !test.int<unsigned, 8>
"test.op"() {a = #test.conditional_alias<"alias_test:tensor_encoding">, b = #test.conditional_alias<"plain">, c = #test.conditional_alias<"not bare">, d = #test.attr_with_self_type_param : !test.int<unsigned, 8>, e = #test.attr_with_self_type_param} : () -> ()
