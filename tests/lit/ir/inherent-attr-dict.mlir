// RUN: pymlir-opt %s --split-input-file --verify-diagnostics | FileCheck %s
// RUN: pymlir-opt %s --split-input-file --verify-diagnostics --mlir-print-op-generic | FileCheck %s --check-prefix=GENERIC

// Inherent attributes written in a custom op's attribute dictionary, as upstream's two
// kinds of parsers take them: a declarative format checks them at the dictionary, a
// hand-written parser stores them (a value of the wrong class is dropped), and in both
// the dictionary's value replaces the one the syntax gave.

// A hand-written parser (func.func): `no_inline = 3 : i32` is not a UnitAttr; dropped.
// CHECK-LABEL: func.func @dropped_unit()
// CHECK-NEXT:    return
// GENERIC-LABEL: "func.func"() <{function_type = () -> (), sym_name = "dropped_unit"}>
func.func @dropped_unit() attributes {no_inline = 3 : i32} {
  return
}

// -----

// scf.execute_region's parser stores `no_inline` only when it is a UnitAttr.
// CHECK-LABEL: func.func @execute_region
// CHECK:         %[[R:.*]] = scf.execute_region -> i32 {
// CHECK-NEXT:      scf.yield %{{.*}} : i32
// CHECK-NEXT:    }
// CHECK-NEXT:    return %[[R]]
// GENERIC:       "scf.execute_region"() ({
// GENERIC:       }) : () -> i32
func.func @execute_region(%a: i32) -> i32 {
  %r = scf.execute_region -> i32 {
    scf.yield %a : i32
  } {no_inline = 2 : i32}
  return %r : i32
}

// -----

// A valid UnitAttr in the dictionary becomes the property.
// CHECK-LABEL: func.func @execute_region_unit
// CHECK:         scf.execute_region -> i32 no_inline {
// GENERIC:       "scf.execute_region"() <{no_inline}> ({
func.func @execute_region_unit(%a: i32) -> i32 {
  %r = scf.execute_region -> i32 {
    scf.yield %a : i32
  } {no_inline}
  return %r : i32
}

// -----

// llvm.call and llvm.call_intrinsic are parsed by hand upstream: dropped.
// CHECK-LABEL: llvm.func @calls
// CHECK:         llvm.call @g() : () -> ()
// CHECK-NEXT:    llvm.call_intrinsic "llvm.x"(%{{.*}}) : (i32) -> i32
llvm.func @g()
llvm.func @calls(%a: i32) {
  llvm.call @g() {no_inline = 3 : i32} : () -> ()
  %0 = llvm.call_intrinsic "llvm.x"(%a) {fastmathFlags = 3 : i32} : (i32) -> i32
  llvm.return
}

// -----

// A declarative format checks the dictionary where it is.
func.func @extract(%s: !llvm.struct<(i32)>) {
  // expected-error @+1 {{custom op 'llvm.extractvalue' 'llvm.extractvalue' op attribute 'position' failed to satisfy constraint: i64 dense array attribute}}
  %0 = llvm.extractvalue %s[0] {position = 3 : i32} : !llvm.struct<(i32)>
  return
}

// -----

func.func @insert(%s: !llvm.struct<(i32)>, %v: i32) {
  // expected-error @+1 {{custom op 'llvm.insertvalue' 'llvm.insertvalue' op attribute 'position' failed to satisfy constraint: i64 dense array attribute}}
  %0 = llvm.insertvalue %v, %s[0] {position = 3 : i32} : !llvm.struct<(i32)>
  return
}

// -----

func.func @shuffle(%a: vector<2xi32>) {
  // expected-error @+1 {{custom op 'llvm.shufflevector' 'llvm.shufflevector' op attribute 'mask' failed to satisfy constraint: i32 dense array attribute}}
  %0 = llvm.shufflevector %a, %a [0, 1] {mask = 3 : i32} : vector<2xi32>
  return
}

// -----

func.func @gep(%p: !llvm.ptr, %i: i64) {
  // expected-error @+1 {{custom op 'llvm.getelementptr' 'llvm.getelementptr' op attribute 'elem_type' failed to satisfy constraint: any type attribute}}
  %0 = llvm.getelementptr %p[%i] {elem_type = 3 : i32} : (!llvm.ptr, i64) -> !llvm.ptr, i8
  return
}

// -----

// llvm.intr.assume's dictionary follows its type, as in upstream's format.
// CHECK-LABEL: llvm.func @assume
// CHECK:         llvm.intr.assume %{{.*}} : i1 {foo = 1 : i32}
llvm.func @assume(%a: i1) {
  llvm.intr.assume %a : i1 {foo = 1 : i32}
  llvm.return
}

// -----

// The dictionary's value replaces the syntax's, after the result type is inferred
// from the latter: this constant's value is an i64 and its result an i32.
func.func @constant() {
  // expected-error @+1 {{'arith.constant' op failed to verify that all of {value, result} have same type}}
  %0 = arith.constant {value = 3 : i64} 1 : i32
  return
}

// -----

// Attributes that llvm.func's parser adds itself cannot be in its dictionary too.
// expected-error @+1 {{custom op 'llvm.func' attribute 'CConv' occurs more than once in the attribute list}}
llvm.func @dup() attributes {CConv = #llvm.cconv<ccc>}

// -----

// expected-error @+1 {{custom op 'llvm.func' attribute 'sym_name' occurs more than once in the attribute list}}
llvm.func @dup() attributes {sym_name = "x"}

// -----

// expected-error @+1 {{custom op 'llvm.mlir.global' attribute 'linkage' occurs more than once in the attribute list}}
llvm.mlir.global internal @dup(1 : i32) {linkage = 1 : i32} : i32
