// RUN: pymlir-opt %s --split-input-file | FileCheck %s
// RUN: pymlir-opt %s --split-input-file | pymlir-opt --split-input-file | FileCheck %s
// RUN: pymlir-opt %s --split-input-file --mlir-print-op-generic | pymlir-opt --split-input-file | FileCheck %s
// RUN: pymlir-opt %s --split-input-file --mlir-print-op-generic | FileCheck %s --check-prefix=GENERIC

/// Declarations: visibility, argument and result attributes, names dropped.
// CHECK-LABEL: module {
// CHECK-NEXT: func.func private @decl(i32, f32 {x.noalias}) -> (i1 {a.b = 1 : i64}, index)
// CHECK-NEXT: func.func nested @nested_decl()
// CHECK-NEXT: func.func private @named_decl(i32, f32 {x.y}) -> i32
// GENERIC: "func.func"() <{arg_attrs = [{}, {x.noalias}], function_type = (i32, f32) -> (i1, index), res_attrs = [{a.b = 1 : i64}, {}], sym_name = "decl", sym_visibility = "private"}> ({
// GENERIC-NEXT: }) : () -> ()
func.func private @decl(i32, f32 {x.noalias}) -> (i1 {a.b = 1}, index)
func.func nested @nested_decl()
func.func private @named_decl(%a: i32, %b: f32 {x.y}) -> i32

// -----

/// Definitions: a visibility written is kept, `attributes {...}` holds the discardable
/// attributes and no_inline; a function type result needs parentheses.
// CHECK-LABEL: func.func public @public() {
// CHECK-NEXT: return
// CHECK: func.func @attrs(%[[A:arg0]]: i32 {x.y = "s"}, %[[B:arg1]]: i64) -> (i32 {r.z}) attributes {bar, foo = 1 : i64} {
// CHECK-NEXT: return %[[A]] : i32
// CHECK: func.func @noinline() attributes {no_inline} {
// CHECK: func.func @returns_function() -> ((i32) -> i32) {
// GENERIC-LABEL: sym_name = "public", sym_visibility = "public"
// GENERIC: "func.func"() <{arg_attrs = [{x.y = "s"}, {}], function_type = (i32, i64) -> i32, res_attrs = [{r.z}], sym_name = "attrs"}> ({
// GENERIC: }) {bar, foo = 1 : i64} : () -> ()
// GENERIC: <{function_type = () -> (), no_inline, sym_name = "noinline"}>
func.func public @public() {
  return
}
func.func @attrs(%a: i32 {x.y = "s"}, %b: i64) -> (i32 {r.z}) attributes {foo = 1, bar} {
  return %a : i32
}
func.func @noinline() attributes {no_inline} {
  func.return
}
func.func @returns_function() -> ((i32) -> i32) {
  %f = func.constant @returns_function_helper : (i32) -> i32
  return %f : (i32) -> i32
}
func.func private @returns_function_helper(i32) -> i32

// -----

/// Calls with several results, the `func.` prefix elided inside a function; call
/// attributes are inherent (printed in the dictionary by name).
// CHECK-LABEL: func.func @calls(
// CHECK-SAME: %[[A:arg0]]: i32, %[[B:arg1]]: f32) -> (i32, f32) {
// CHECK-NEXT: %[[R:[0-9]+]]:2 = call @calls(%[[A]], %[[B]]) : (i32, f32) -> (i32, f32)
// CHECK-NEXT: %[[S:[0-9]+]]:2 = call @calls(%[[R]]#0, %[[R]]#1) {tag} : (i32, f32) -> (i32, f32)
// CHECK-NEXT: call @nothing() {arg_attrs = [], no_inline, res_attrs = []} : () -> ()
// CHECK-NEXT: return %[[S]]#0, %[[S]]#1 : i32, f32
// GENERIC-LABEL: sym_name = "calls"
// GENERIC: "func.call"(%{{.*}}, %{{.*}}) <{callee = @calls}> : (i32, f32) -> (i32, f32)
// GENERIC: "func.call"(%{{.*}}, %{{.*}}) <{callee = @calls}> {tag} : (i32, f32) -> (i32, f32)
// GENERIC: "func.call"() <{arg_attrs = [], callee = @nothing, no_inline, res_attrs = []}> : () -> ()
func.func @calls(%a: i32, %b: f32) -> (i32, f32) {
  %0:2 = call @calls(%a, %b) : (i32, f32) -> (i32, f32)
  %1:2 = func.call @calls(%0#0, %0#1) {tag} : (i32, f32) -> (i32, f32)
  call @nothing() {no_inline, arg_attrs = [], res_attrs = []} : () -> ()
  return %1#0, %1#1 : i32, f32
}
func.func private @nothing()

// -----

/// func.constant names its value %f; call_indirect takes the callee's type.
// CHECK-LABEL: func.func @indirect(
// CHECK-SAME: %[[A:arg0]]: i32) -> i32 {
// CHECK-NEXT: %[[F:f]] = constant @indirect : (i32) -> i32
// CHECK-NEXT: %[[R:[0-9]+]] = call_indirect %[[F]](%[[A]]) : (i32) -> i32
// CHECK-NEXT: %[[G:f_0]] = constant {x} @two : () -> (i1, i1)
// CHECK-NEXT: %[[T:[0-9]+]]:2 = call_indirect %[[G]]() : () -> (i1, i1)
// CHECK-NEXT: return %[[R]] : i32
// GENERIC-LABEL: sym_name = "indirect"
// GENERIC: "func.constant"() <{value = @indirect}> : () -> ((i32) -> i32)
// GENERIC: "func.call_indirect"(%{{.*}}, %{{.*}}) : ((i32) -> i32, i32) -> i32
// GENERIC: "func.constant"() <{value = @two}> {x} : () -> (() -> (i1, i1))
func.func @indirect(%a: i32) -> i32 {
  %f = constant @indirect : (i32) -> i32
  %r = call_indirect %f(%a) : (i32) -> i32
  %g = func.constant {x} @two : () -> (i1, i1)
  %t:2 = func.call_indirect %g() : () -> (i1, i1)
  return %r : i32
}
func.func private @two() -> (i1, i1)

// -----

/// An unnamed signature with a body: the entry block is written with its label.
// CHECK-LABEL: func.func @labelled_entry(
// CHECK-SAME: %[[X:arg0]]: f32) {
// CHECK-NEXT: cf.br ^bb1
// CHECK-NEXT: ^bb1:
// CHECK-NEXT: return
func.func @labelled_entry(f32) {
^entry(%x: f32):
  cf.br ^next
^next:
  return
}

// -----

/// A generic func.func and func.return read back in custom form.
// CHECK-LABEL: func.func @generic(
// CHECK-SAME: %[[X:arg0]]: i32) -> i32 {
// CHECK-NEXT: return %[[X]] : i32
"func.func"() <{function_type = (i32) -> i32, sym_name = "generic"}> ({
^bb0(%x: i32):
  "func.return"(%x) : (i32) -> ()
}) : () -> ()
