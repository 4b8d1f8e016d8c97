// RUN: pymlir-opt %s -allow-unregistered-dialect | FileCheck %s

/// Properties may have blanks between `}` and `>`.
// CHECK-LABEL: "t.props"() <{p = 1 : i32}> : () -> ()
"t.props"() <{p = 1 : i32}  > : () -> ()

/// An empty tensor encoding after `,` is no encoding.
// CHECK: "t.enc"() {c = tensor<f32>} : () -> ()
"t.enc"() {c = tensor<f32, >} : () -> ()
