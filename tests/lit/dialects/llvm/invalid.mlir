// RUN: pymlir-opt %s --split-input-file --verify-diagnostics --allow-unregistered-dialect

/// An unknown llvm type.
// expected-error @+1 {{unknown LLVM type: foo}}
func.func private @f(!llvm.foo)

// -----

/// An unknown keyword inside a struct.
// expected-error @+1 {{unknown LLVM type: bar}}
func.func private @f(!llvm.struct<(bar)>)

// -----

/// void is no struct element.
// expected-error @+1 {{invalid LLVM structure element type: '!llvm.void'}}
func.func private @f(!llvm.struct<(i32, void)>)

// -----

/// label is no array element.
// expected-error @+1 {{invalid array element type: '!llvm.label'}}
func.func private @f(!llvm.array<2 x label>)

// -----

/// A function cannot return a function.
// expected-error @+1 {{invalid function result type: '!llvm.func<void ()>'}}
func.func private @f(!llvm.func<func<void ()> ()>)

// -----

/// void is no function argument.
// expected-error @+1 {{invalid function argument type: '!llvm.void'}}
func.func private @f(!llvm.func<void (void)>)

// -----

/// The varargs marker comes last.
// expected-error @+1 {{expected ')'}}
func.func private @f(!llvm.func<void (i32, ..., i32)>)

// -----

/// A struct needs a body.
// expected-error @+1 {{expected '('}}
func.func private @f(!llvm.struct<>)

// -----

/// A bare identified struct is only a reference inside its own body.
// expected-error @+1 {{struct without a body only allowed in a recursive struct}}
func.func private @f(!llvm.struct<"a">)

// -----

/// An identified struct cannot be redefined inside itself.
// expected-error @+1 {{identifier already used for an enclosing struct}}
func.func private @f(!llvm.struct<"a", (struct<"a", (i32)>)>)

// -----

/// An identified struct has one body.
// expected-error @+1 {{identified type already used with a different body}}
func.func private @f(!llvm.struct<"a", (i32)>, !llvm.struct<"a", (f32)>)

// -----

/// An opaque struct has no body.
// expected-error @+1 {{identified type already used with a different body}}
func.func private @f(!llvm.struct<"a", opaque>, !llvm.struct<"a", (f32)>)

// -----

/// Address spaces are 32-bit.
// expected-error @+2 {{integer value too large}}
// expected-error @+1 {{failed to parse LLVMPointerType parameter 'addressSpace' which is to be a `unsigned`}}
func.func private @f(!llvm.ptr<4294967296>)

// -----

/// An array size is an integer.
// expected-error @+2 {{expected integer value}}
// expected-error @+1 {{failed to parse LLVMArrayType parameter 'numElements' which is to be a `uint64_t`}}
func.func private @f(!llvm.array<x i32>)

// -----

/// Target type parameters come before integer parameters.
// expected-error @+1 {{failed to parse parameter list for target extension type}}
func.func private @f(!llvm.target<"a", 1, i32>)

// -----

/// Tokens are no vector elements.
// expected-error @+1 {{failed to verify 'elementType': VectorElementTypeInterface instance}}
func.func private @f(vector<4x!llvm.token>)

// -----

/// An unknown llvm attribute.
// expected-error @+1 {{unknown attribute `bogus` in dialect `llvm`}}
"test.op"() {a = #llvm.bogus<1>} : () -> ()

// -----

/// An unknown linkage.
// expected-error @+2 {{expected one of [external, available_externally, linkonce, linkonce_odr, weak, weak_odr, appending, internal, private, extern_weak, common] for LLVM linkage types, got: bogus}}
// expected-error @+1 {{failed to parse LinkageAttr parameter 'linkage' which is to be a `linkage::Linkage`}}
"test.op"() {a = #llvm.linkage<bogus>} : () -> ()

// -----

/// An unknown fast-math flag.
// expected-error @+2 {{expected ::mlir::LLVM::FastmathFlags to be one of: none, nnan, ninf, nsz, arcp, contract, afn, reassoc, fast}}
// expected-error @+1 {{failed to parse LLVM_FastmathFlagsAttr parameter 'value' which is to be a `::mlir::LLVM::FastmathFlags`}}
"test.op"() {a = #llvm.fastmath<bogus>} : () -> ()

// -----

/// llvm.icmp (parser): 'foo' is an incorrect value of the 'predicate' attribute
// expected-error @+2 {{custom op 'llvm.icmp' 'foo' is an incorrect value of the 'predicate' attribute}}
llvm.func @f(%a: i32, %b: i64, %f: f32) {
  %0 = llvm.icmp "foo" %a, %a : i32
  llvm.return
}

// -----

/// expected attribute value
// expected-error @+2 {{expected attribute value}}
llvm.func @f(%a: i32, %b: i64, %f: f32) {
  %0 = llvm.icmp slt %a, %a : i32
  llvm.return
}

// -----

/// llvm.icmp: operand #0 must be signless integer or LLVM dialect-compatible vector of signle
// expected-error @+2 {{'llvm.icmp' op operand #0 must be signless integer or LLVM dialect-compatible vector of signless integer or LLVM pointer type or LLVM dialect-compatible vector of LLVM pointer type, but got 'f32'}}
llvm.func @f(%a: i32, %b: i64, %f: f32) {
  %0 = llvm.icmp "slt" %f, %f : f32
  llvm.return
}

// -----

/// llvm.fcmp (parser): 'slt' is an incorrect value of the 'predicate' attribute
// expected-error @+2 {{custom op 'llvm.fcmp' 'slt' is an incorrect value of the 'predicate' attribute}}
llvm.func @f(%a: i32, %b: i64, %f: f32) {
  %0 = llvm.fcmp "slt" %f, %f : f32
  llvm.return
}

// -----

/// llvm.icmp: result #0 must be 1-bit signless integer or LLVM dialect-compatible vector of 1
// expected-error @+2 {{'llvm.icmp' op result #0 must be 1-bit signless integer or LLVM dialect-compatible vector of 1-bit signless integer, but got 'i32'}}
llvm.func @f(%a: i32, %b: i64, %f: f32) {
  %0 = "llvm.icmp"(%a, %a) <{predicate = 2 : i64}> : (i32, i32) -> i32
  llvm.return
}

// -----

/// llvm.add: requires the same type for all operands and results
// expected-error @+2 {{'llvm.add' op requires the same type for all operands and results}}
llvm.func @f(%a: i32, %b: i64, %f: f32) {
  %0 = "llvm.add"(%a, %b) <{overflowFlags = 0 : i32}> : (i32, i64) -> i32
  llvm.return
}

// -----

/// llvm.add: operand #0 must be signless integer or LLVM dialect-compatible vector of signles
// expected-error @+2 {{'llvm.add' op operand #0 must be signless integer or LLVM dialect-compatible vector of signless integer, but got 'f32'}}
llvm.func @f(%a: i32, %b: i64, %f: f32) {
  %0 = llvm.add %f, %f : f32
  llvm.return
}

// -----

/// llvm.fadd: operand #0 must be floating point LLVM type or LLVM dialect-compatible vector o
// expected-error @+2 {{'llvm.fadd' op operand #0 must be floating point LLVM type or LLVM dialect-compatible vector of floating point LLVM type, but got 'i32'}}
llvm.func @f(%a: i32, %b: i64, %f: f32) {
  %0 = llvm.fadd %a, %a : i32
  llvm.return
}

// -----

/// llvm.add (parser): expected one of [none, nsw, nuw] for LLVM integer overflow flags, got: 
// expected-error @+2 {{custom op 'llvm.add' expected one of [none, nsw, nuw] for LLVM integer overflow flags, got: bogus}}
llvm.func @f(%a: i32, %b: i64, %f: f32) {
  %0 = llvm.add %a, %a overflow<bogus> : i32
  llvm.return
}

// -----

/// llvm.select: operand #0 must be 1-bit signless integer or LLVM dialect-compatible vector o
// expected-error @+2 {{'llvm.select' op operand #0 must be 1-bit signless integer or LLVM dialect-compatible vector of 1-bit signless integer, but got 'i32'}}
llvm.func @f(%a: i32, %b: i64, %f: f32) {
  %0 = llvm.select %a, %a, %a : i32, i32
  llvm.return
}

// -----

/// llvm.trunc: result #0 must be signless integer or LLVM dialect-compatible vector of signle
// expected-error @+2 {{'llvm.trunc' op result #0 must be signless integer or LLVM dialect-compatible vector of signless integer, but got 'f32'}}
llvm.func @f(%a: i32, %b: i64, %f: f32) {
  %0 = llvm.trunc %b : i64 to f32
  llvm.return
}

// -----

/// integer width of the output type is smaller or equal to the integer width of the input typ
// expected-error @+2 {{integer width of the output type is smaller or equal to the integer width of the input type}}
llvm.func @f(%a: i32, %b: i64, %f: f32) {
  %0 = llvm.zext %b : i64 to i32
  llvm.return
}

// -----

/// llvm.getelementptr: expected index 1 indexing a struct to be constant
// expected-error @+2 {{'llvm.getelementptr' op expected index 1 indexing a struct to be constant}}
llvm.func @f(%p: !llvm.ptr, %i: i64) {
  %0 = llvm.getelementptr %p[0, %i] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.struct<(i32, f32)>
  llvm.return
}

// -----

/// llvm.getelementptr: index 1 indexing a struct is out of bounds
// expected-error @+2 {{'llvm.getelementptr' op index 1 indexing a struct is out of bounds}}
llvm.func @f(%p: !llvm.ptr, %i: i64) {
  %0 = llvm.getelementptr %p[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<(i32, f32)>
  llvm.return
}

// -----

/// llvm.getelementptr: type 'f32' cannot be indexed (index #2)
// expected-error @+2 {{'llvm.getelementptr' op type 'f32' cannot be indexed (index #2)}}
llvm.func @f(%p: !llvm.ptr, %i: i64) {
  %0 = llvm.getelementptr %p[0, 1, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<(i32, f32)>
  llvm.return
}

// -----

/// llvm.getelementptr (parser): number of operands and types do not match: got 2 operands and
// expected-error @+2 {{custom op 'llvm.getelementptr' number of operands and types do not match: got 2 operands and 1 types}}
llvm.func @f(%p: !llvm.ptr, %i: i64) {
  %0 = llvm.getelementptr %p[%i] : (!llvm.ptr) -> !llvm.ptr, f32
  llvm.return
}

// -----

/// llvm.getelementptr (parser): integer value too large
// expected-error @+2 {{custom op 'llvm.getelementptr' integer value too large}}
llvm.func @f(%p: !llvm.ptr, %i: i64) {
  %0 = llvm.getelementptr %p[4294967296] : (!llvm.ptr) -> !llvm.ptr, f32
  llvm.return
}

// -----

/// expected ','
// expected-error @+2 {{expected ','}}
llvm.func @f(%p: !llvm.ptr, %i: i64) {
  %0 = llvm.getelementptr %p[%i] : (!llvm.ptr, i64) -> !llvm.ptr
  llvm.return
}

// -----

/// llvm.getelementptr: type 'i32' cannot be indexed (index #1)
// expected-error @+2 {{'llvm.getelementptr' op type 'i32' cannot be indexed (index #1)}}
llvm.func @f(%p: !llvm.ptr, %i: i64, %v: vector<2x!llvm.ptr>) {
  %0 = llvm.getelementptr %p[1, 1] : (!llvm.ptr) -> !llvm.ptr, i32
  llvm.return
}

// -----

/// llvm.getelementptr: type 'i32' cannot be indexed (index #1)
// expected-error @+2 {{'llvm.getelementptr' op type 'i32' cannot be indexed (index #1)}}
llvm.func @f(%p: !llvm.ptr, %i: i64, %v: vector<2x!llvm.ptr>) {
  %0 = llvm.getelementptr %p[%i, 0] : (!llvm.ptr, i64) -> !llvm.ptr<1>, i32
  llvm.return
}

// -----

/// llvm.getelementptr: expected as many dynamic indices as specified in 'rawConstantIndices'
// expected-error @+2 {{'llvm.getelementptr' op expected as many dynamic indices as specified in 'rawConstantIndices'}}
llvm.func @f(%p: !llvm.ptr, %i: i64, %v: vector<2x!llvm.ptr>) {
  %0 = llvm.getelementptr %p[-2147483648] : (!llvm.ptr) -> !llvm.ptr, i32
  llvm.return
}

// -----

/// expected SSA operand
// expected-error @+2 {{expected SSA operand}}
llvm.func @f(%p: !llvm.ptr, %i: i64, %v: vector<2x!llvm.ptr>) {
  %0 = llvm.getelementptr %p[x] : (!llvm.ptr) -> !llvm.ptr, i32
  llvm.return
}

// -----

/// llvm.getelementptr (parser): expected one of [none, inbounds_flag, nusw, nuw, inbounds] fo
// expected-error @+2 {{custom op 'llvm.getelementptr' expected one of [none, inbounds_flag, nusw, nuw, inbounds] for ::mlir::LLVM::GEPNoWrapFlags, got: bogus}}
llvm.func @f(%p: !llvm.ptr, %i: i64, %v: vector<2x!llvm.ptr>) {
  %0 = llvm.getelementptr bogus %p[1] : (!llvm.ptr) -> !llvm.ptr, i32
  llvm.return
}

// -----

/// llvm.load: expected alignment for atomic access
// expected-error @+2 {{'llvm.load' op expected alignment for atomic access}}
llvm.func @f(%p: !llvm.ptr, %i: i32) {
  %0 = llvm.load %p atomic monotonic : !llvm.ptr -> i32
  llvm.return
}

// -----

/// llvm.load: unsupported ordering 'release'
// expected-error @+2 {{'llvm.load' op unsupported ordering 'release'}}
llvm.func @f(%p: !llvm.ptr, %i: i32) {
  %0 = llvm.load %p atomic release {alignment = 4 : i64} : !llvm.ptr -> i32
  llvm.return
}

// -----

/// llvm.load: unsupported type '!llvm.struct<(i32)>' for atomic access
// expected-error @+2 {{'llvm.load' op unsupported type '!llvm.struct<(i32)>' for atomic access}}
llvm.func @f(%p: !llvm.ptr, %i: i32, %s: !llvm.struct<(i32)>) {
  %0 = llvm.load %p atomic monotonic {alignment = 4 : i64} : !llvm.ptr -> !llvm.struct<(i32)>
  llvm.return
}

// -----

/// llvm.load: expected syncscope to be null for non-atomic access
// expected-error @+2 {{'llvm.load' op expected syncscope to be null for non-atomic access}}
llvm.func @f(%p: !llvm.ptr, %i: i32) {
  %0 = "llvm.load"(%p) <{ordering = 0 : i64, syncscope = "x"}> : (!llvm.ptr) -> i32
  llvm.return
}

// -----

/// llvm.store: unsupported ordering 'acquire'
// expected-error @+2 {{'llvm.store' op unsupported ordering 'acquire'}}
llvm.func @f(%p: !llvm.ptr, %i: i32) {
  llvm.store %i, %p atomic acquire {alignment = 4 : i64} : i32, !llvm.ptr
  llvm.return
}

// -----

/// llvm.load (parser): expected string or keyword containing one of the following enum values
// expected-error @+2 {{custom op 'llvm.load' expected string or keyword containing one of the following enum values for attribute 'ordering' [not_atomic, unordered, monotonic, acquire, release, acq_rel, seq_cst]}}
llvm.func @f(%p: !llvm.ptr, %i: i32) {
  %0 = llvm.load %p atomic bogus {alignment = 4 : i64} : !llvm.ptr -> i32
  llvm.return
}

// -----

/// llvm.load: operand #0 must be LLVM pointer type, but got 'i32'
// expected-error @+2 {{'llvm.load' op operand #0 must be LLVM pointer type, but got 'i32'}}
llvm.func @f(%p: !llvm.ptr, %i: i32) {
  %0 = llvm.load %i : i32 -> i32
  llvm.return
}

// -----

/// llvm.load: result #0 must be LLVM type with size, but got '!llvm.void'
// expected-error @+2 {{'llvm.load' op result #0 must be LLVM type with size, but got '!llvm.void'}}
llvm.func @f(%p: !llvm.ptr, %i: i32) {
  %0 = llvm.load %p : !llvm.ptr -> !llvm.void
  llvm.return
}

// -----

/// llvm.atomicrmw: expected LLVM IR floating point type
// expected-error @+2 {{'llvm.atomicrmw' op expected LLVM IR floating point type}}
llvm.func @f(%p: !llvm.ptr, %i: i32) {
  %0 = llvm.atomicrmw fadd %p, %i monotonic : !llvm.ptr, i32
  llvm.return
}

// -----

/// llvm.atomicrmw: expected LLVM IR integer type
// expected-error @+2 {{'llvm.atomicrmw' op expected LLVM IR integer type}}
llvm.func @f(%p: !llvm.ptr, %i: i32, %f: f32) {
  %0 = llvm.atomicrmw add %p, %f monotonic : !llvm.ptr, f32
  llvm.return
}

// -----

/// llvm.atomicrmw: expected at least 'monotonic' ordering
// expected-error @+2 {{'llvm.atomicrmw' op expected at least 'monotonic' ordering}}
llvm.func @f(%p: !llvm.ptr, %i: i32, %f: f32) {
  %0 = llvm.atomicrmw add %p, %i unordered : !llvm.ptr, i32
  llvm.return
}

// -----

/// llvm.cmpxchg (parser): 'val' must be signless integer or LLVM pointer type, but got 'f32'
// expected-error @+2 {{custom op 'llvm.cmpxchg' 'val' must be signless integer or LLVM pointer type, but got 'f32'}}
llvm.func @f(%p: !llvm.ptr, %i: i32, %f: f32) {
  %0 = llvm.cmpxchg %p, %f, %f monotonic monotonic : !llvm.ptr, f32
  llvm.return
}

// -----

/// llvm.cmpxchg: failure ordering cannot be 'release' or 'acq_rel'
// expected-error @+2 {{'llvm.cmpxchg' op failure ordering cannot be 'release' or 'acq_rel'}}
llvm.func @f(%p: !llvm.ptr, %i: i32, %f: f32) {
  %0 = llvm.cmpxchg %p, %i, %i monotonic release : !llvm.ptr, i32
  llvm.return
}

// -----

/// llvm.fence: can be given only acquire, release, acq_rel, and seq_cst orderings
// expected-error @+2 {{'llvm.fence' op can be given only acquire, release, acq_rel, and seq_cst orderings}}
llvm.func @f(%p: !llvm.ptr, %i: i32, %f: f32) {
  llvm.fence monotonic
  llvm.return
}

// -----

/// llvm.alloca: requires attribute 'elem_type'
// expected-error @+2 {{'llvm.alloca' op requires attribute 'elem_type'}}
llvm.func @f(%p: !llvm.ptr, %i: i32, %f: f32) {
  %0 = "llvm.alloca"(%i) : (i32) -> !llvm.ptr
  llvm.return
}

// -----

/// expected operation name in quotes
// expected-error @+2 {{expected operation name in quotes}}
llvm.func @f(%p: !llvm.ptr, %i: i32, %f: f32) {
  %0 = llvm.alloca %i x f32 : (i32) -> !llvm.ptr {alignment = 4 : i64}
  llvm.return
}

// -----

/// llvm.extractvalue (parser): position out of bounds: 2
// expected-error @+3 {{custom op 'llvm.extractvalue' position out of bounds: 2}}
llvm.func @f(%s: !llvm.struct<(i32, f32)>, %v: vector<4xf32>, %i: i32, %f: f32) {
  %0 = llvm.extractvalue %s[2] : !llvm.struct<(i32, f32)>
  llvm.return
}

// -----

/// llvm.extractvalue (parser): expected LLVM IR structure/array type, got: 'i32'
// expected-error @+3 {{custom op 'llvm.extractvalue' expected LLVM IR structure/array type, got: 'i32'}}
llvm.func @f(%s: !llvm.struct<(i32, f32)>, %v: vector<4xf32>, %i: i32, %f: f32) {
  %0 = llvm.extractvalue %s[0, 1] : !llvm.struct<(i32, f32)>
  llvm.return
}

// -----

/// llvm.extractvalue: Type mismatch: extracting from '!llvm.struct<(i32, f32)>' should produc
// expected-error @+2 {{'llvm.extractvalue' op Type mismatch: extracting from '!llvm.struct<(i32, f32)>' should produce 'i32' but this op returns 'f32'}}
llvm.func @f(%s: !llvm.struct<(i32, f32)>, %v: vector<4xf32>, %i: i32, %f: f32) {
  %0 = "llvm.extractvalue"(%s) <{position = array<i64: 0>}> : (!llvm.struct<(i32, f32)>) -> f32
  llvm.return
}

// -----

/// llvm.insertvalue: Type mismatch: cannot insert 'f32' into '!llvm.struct<(i32, f32)>'
// expected-error @+2 {{'llvm.insertvalue' op Type mismatch: cannot insert 'f32' into '!llvm.struct<(i32, f32)>'}}
llvm.func @f(%s: !llvm.struct<(i32, f32)>, %v: vector<4xf32>, %i: i32, %f: f32) {
  %0 = "llvm.insertvalue"(%s, %f) <{position = array<i64: 0>}> : (!llvm.struct<(i32, f32)>, f32) -> !llvm.struct<(i32, f32)>
  llvm.return
}

// -----

/// llvm.extractvalue (parser): expected LLVM IR structure/array type, got: 'vector<4xf32>'
// expected-error @+3 {{custom op 'llvm.extractvalue' expected LLVM IR structure/array type, got: 'vector<4xf32>'}}
llvm.func @f(%s: !llvm.struct<(i32, f32)>, %v: vector<4xf32>, %i: i32, %f: f32) {
  %0 = llvm.extractvalue %v[0] : vector<4xf32>
  llvm.return
}

// -----

/// llvm.extractvalue (parser): position out of bounds: -1
// expected-error @+3 {{custom op 'llvm.extractvalue' position out of bounds: -1}}
llvm.func @f(%s: !llvm.array<4 x i32>, %v: vector<4xf32>, %i: i32, %f: f32) {
  %0 = llvm.extractvalue %s[-1] : !llvm.array<4 x i32>
  llvm.return
}

// -----

/// llvm.extractvalue (parser): position out of bounds: 4
// expected-error @+3 {{custom op 'llvm.extractvalue' position out of bounds: 4}}
llvm.func @f(%s: !llvm.array<4 x i32>, %v: vector<4xf32>, %i: i32, %f: f32) {
  %0 = llvm.extractvalue %s[4] : !llvm.array<4 x i32>
  llvm.return
}

// -----

/// llvm.extractelement (parser): invalid kind of type specified: expected builtin.vector, but
// expected-error @+2 {{custom op 'llvm.extractelement' invalid kind of type specified: expected builtin.vector, but found '!llvm.array<4 x i32>'}}
llvm.func @f(%s: !llvm.array<4 x i32>, %v: vector<4xf32>, %i: i32, %f: f32) {
  %0 = llvm.extractelement %s[%i : i32] : !llvm.array<4 x i32>
  llvm.return
}

// -----

/// llvm.extractelement: failed to verify that result type matches vector element type
// expected-error @+2 {{'llvm.extractelement' op failed to verify that result type matches vector element type}}
llvm.func @f(%s: !llvm.array<4 x i32>, %v: vector<4xf32>, %i: i32, %f: f32) {
  %0 = "llvm.extractelement"(%v, %i) : (vector<4xf32>, i32) -> i32
  llvm.return
}

// -----

/// llvm.mlir.constant: attribute and type have different float semantics
// expected-error @+2 {{'llvm.mlir.constant' op attribute and type have different float semantics}}
llvm.func @f() {
  %0 = llvm.mlir.constant(1.0 : f32) : f64
  llvm.return
}

// -----

/// llvm.mlir.constant: expected array type of 3 i8 elements for the string constant
// expected-error @+2 {{'llvm.mlir.constant' op expected array type of 3 i8 elements for the string constant}}
llvm.func @f() {
  %0 = llvm.mlir.constant("abc") : !llvm.array<4 x i8>
  llvm.return
}

// -----

/// llvm.mlir.constant: type and attribute have a different number of elements: 3 vs. 4
// expected-error @+2 {{'llvm.mlir.constant' op type and attribute have a different number of elements: 3 vs. 4}}
llvm.func @f() {
  %0 = llvm.mlir.constant(dense<1.0> : vector<4xf32>) : vector<3xf32>
  llvm.return
}

// -----

/// llvm.mlir.constant: only supports integer, float, string or elements attributes
// expected-error @+2 {{'llvm.mlir.constant' op only supports integer, float, string or elements attributes}}
llvm.func @f() {
  %0 = llvm.mlir.constant(@f) : !llvm.ptr
  llvm.return
}

// -----

/// llvm.mlir.constant: expected array attribute of size 2
// expected-error @+2 {{'llvm.mlir.constant' op expected array attribute of size 2}}
llvm.func @f() {
  %0 = llvm.mlir.constant([1 : i32]) : !llvm.struct<(i32, i32)>
  llvm.return
}

// -----

/// llvm.mlir.constant: expected integer type
// expected-error @+2 {{'llvm.mlir.constant' op expected integer type}}
llvm.func @f() {
  %0 = llvm.mlir.constant(1 : i32) : f32
  llvm.return
}

// -----

/// llvm.mlir.addressof: must reference a global defined by 'llvm.mlir.global', 'llvm.mlir.ali
// expected-error @+2 {{'llvm.mlir.addressof' op must reference a global defined by 'llvm.mlir.global', 'llvm.mlir.alias' or 'llvm.func' or 'llvm.mlir.ifunc'}}
llvm.func @f() {
  %0 = llvm.mlir.addressof @g : !llvm.ptr
  llvm.return
}

// -----

/// llvm.mlir.addressof: pointer address space must match address space of the referenced glob
// expected-error @+3 {{'llvm.mlir.addressof' op pointer address space must match address space of the referenced global or alias}}
llvm.mlir.global @g(0 : i32) : i32
llvm.func @f() {
  %0 = llvm.mlir.addressof @g : !llvm.ptr<1>
  llvm.return
}

// -----

/// llvm.mlir.constant: result #0 must be LLVM dialect-compatible type, but got 'index'
// expected-error @+2 {{'llvm.mlir.constant' op result #0 must be LLVM dialect-compatible type, but got 'index'}}
llvm.func @f() {
  %0 = llvm.mlir.constant(1 : index) : index
  llvm.return
}

// -----

/// llvm.return: expected 1 operand
// expected-error @+3 {{'llvm.return' op expected 1 operand}}
// expected-note @+1 {{when returning from function}}
llvm.func @f() -> i32 {
  llvm.return
}

// -----

/// llvm.return: expected no operands
// expected-error @+4 {{'llvm.return' op expected no operands}}
// expected-note @+1 {{when returning from function}}
llvm.func @f() {
  %0 = llvm.mlir.constant(1 : i32) : i32
  llvm.return %0 : i32
}

// -----

/// llvm.return: mismatching result types
// expected-error @+4 {{'llvm.return' op mismatching result types}}
// expected-note @+1 {{when returning from function}}
llvm.func @f() -> i64 {
  %0 = llvm.mlir.constant(1 : i32) : i32
  llvm.return %0 : i32
}

// -----

/// llvm.call: incorrect number of operands (0) for callee (expecting: 1)
// expected-error @+3 {{'llvm.call' op incorrect number of operands (0) for callee (expecting: 1)}}
llvm.func @g(i32) -> i32
llvm.func @f() {
  %0 = llvm.call @g() : () -> i32
  llvm.return
}

// -----

/// llvm.call: operand type mismatch for operand 0: 'i64' != 'i32'
// expected-error @+3 {{'llvm.call' op operand type mismatch for operand 0: 'i64' != 'i32'}}
llvm.func @g(i32) -> i32
llvm.func @f(%a: i64) {
  %0 = llvm.call @g(%a) : (i64) -> i32
  llvm.return
}

// -----

/// llvm.call: result type mismatch: 'i64' != 'i32'
// expected-error @+3 {{'llvm.call' op result type mismatch: 'i64' != 'i32'}}
llvm.func @g(i32) -> i32
llvm.func @f(%a: i32) {
  %0 = llvm.call @g(%a) : (i32) -> i64
  llvm.return
}

// -----

/// llvm.call: 'nothere' does not reference a symbol in the current scope
// expected-error @+2 {{'llvm.call' op 'nothere' does not reference a symbol in the current scope}}
llvm.func @f(%a: i32) {
  %0 = llvm.call @nothere(%a) : (i32) -> i64
  llvm.return
}

// -----

/// llvm.call: expected function call to produce a value
// expected-error @+3 {{'llvm.call' op expected function call to produce a value}}
llvm.func @g(i32) -> i32
llvm.func @f(%a: i32) {
  llvm.call @g(%a) : (i32) -> ()
  llvm.return
}

// -----

/// llvm.call: missing var_callee_type attribute for vararg call
// expected-error @+3 {{'llvm.call' op missing var_callee_type attribute for vararg call}}
llvm.func @g(i32, ...) -> i32
llvm.func @f(%a: i32) {
  %0 = llvm.call @g(%a) : (i32) -> i32
  llvm.return
}

// -----

/// llvm.call (parser): expected function with 0 or 1 result
// expected-error @+2 {{custom op 'llvm.call' expected function with 0 or 1 result}}
llvm.func @f(%a: i32) {
  %0 = llvm.call @f(%a) : (i32) -> (i32, i32)
  llvm.return
}

// -----

/// branch weights cannot all be zero
// expected-error @+2 {{branch weights cannot all be zero}}
llvm.func @f(%a: i32, %c: i1) {
  llvm.cond_br %c weights([0, 0]), ^bb1, ^bb1
^bb1:
  llvm.return
}

// -----

/// branch has 1 operands for successor #0, but target block has 0
// expected-error @+2 {{branch has 1 operands for successor #0, but target block has 0}}
llvm.func @f(%a: i32, %c: i1) {
  llvm.br ^bb1(%a : i32)
^bb1:
  llvm.return
}

// -----

/// expects number of branch weights to match number of successors: 1 vs 2
// expected-error @+2 {{expects number of branch weights to match number of successors: 1 vs 2}}
llvm.func @f(%a: i32, %c: i1) {
  llvm.switch %a : i32, ^bb1 [
    1: ^bb1
  ] {branch_weights = array<i32: 1>}
^bb1:
  llvm.return
}

// -----

/// llvm.call_intrinsic (parser): expected function with 0 or 1 result
// expected-error @+2 {{custom op 'llvm.call_intrinsic' expected function with 0 or 1 result}}
llvm.func @f(%a: i32) {
  %0 = llvm.call_intrinsic "llvm.foo"(%a) : (i32) -> (i32, i32)
  llvm.return
}

// -----

/// llvm.call: expected var_callee_type to be a variadic function type
// expected-error @+3 {{'llvm.call' op expected var_callee_type to be a variadic function type}}
llvm.func @g(i32) -> i32
llvm.func @f(%a: i32) {
  %0 = llvm.call @g(%a) vararg(!llvm.func<i32 (i32)>) : (i32) -> i32
  llvm.return
}

// -----

/// llvm.func (parser): failed to construct function type: expected zero or one function resul
// expected-error @+1 {{custom op 'llvm.func' failed to construct function type: expected zero or one function result}}
llvm.func @f() -> (i32, i32)

// -----

/// llvm.func (parser): failed to construct function type: expected LLVM type for function arg
// expected-error @+1 {{custom op 'llvm.func' failed to construct function type: expected LLVM type for function arguments}}
llvm.func @f(tensor<4xf32>)

// -----

/// llvm.func (parser): failed to construct function type: expected LLVM type for function res
// expected-error @+1 {{custom op 'llvm.func' failed to construct function type: expected LLVM type for function results'tensor<4xf32>'}}
llvm.func @f() -> tensor<4xf32>

// -----

/// llvm.func: functions cannot have 'common' linkage
// expected-error @+1 {{'llvm.func' op functions cannot have 'common' linkage}}
llvm.func common @f() {
  llvm.return
}

// -----

/// "llvm.signext" attribute attached to non-integer LLVM type
// expected-error @+1 {{"llvm.signext" attribute attached to non-integer LLVM type}}
llvm.func @f(%p: !llvm.ptr {llvm.signext})

// -----

/// "llvm.align" should be an integer attribute
// expected-error @+1 {{"llvm.align" should be an integer attribute}}
llvm.func @f(%p: !llvm.ptr {llvm.align = "x"}) {
  llvm.return
}

// -----

/// "llvm.readonly" attribute attached to non-pointer LLVM type
// expected-error @+1 {{"llvm.readonly" attribute attached to non-pointer LLVM type}}
llvm.func @f(%p: i32 {llvm.readonly}) {
  llvm.return
}

// -----

/// invalid block name in region with named arguments
// expected-error @+2 {{invalid block name in region with named arguments}}
llvm.func @f(%p: i32) {
^bb0(%q: i64):
  llvm.return
}

// -----

/// llvm.mlir.global: initializer region type 'i64' does not match global type 'i32'
// expected-error @+1 {{'llvm.mlir.global' op initializer region type 'i64' does not match global type 'i32'}}
llvm.mlir.global @g() : i32 {
  %0 = llvm.mlir.constant(1 : i64) : i64
  llvm.return %0 : i64
}

// -----

/// llvm.mlir.global: cannot have both initializer value and region
// expected-error @+1 {{'llvm.mlir.global' op cannot have both initializer value and region}}
llvm.mlir.global @g(1 : i32) : i32 {
  %0 = llvm.mlir.constant(1 : i32) : i32
  llvm.return %0 : i32
}

// -----

/// llvm.mlir.global (parser): type can only be omitted for string globals
// expected-error @+1 {{custom op 'llvm.mlir.global' type can only be omitted for string globals}}
llvm.mlir.global @g(1 : i32)

// -----

/// llvm.mlir.global: requires an i8 array type of the length equal to that of the string attr
// expected-error @+1 {{'llvm.mlir.global' op requires an i8 array type of the length equal to that of the string attribute}}
llvm.mlir.global @g("abc") : !llvm.array<4 x i8>

// -----

/// alignment attribute is not a power of 2
// expected-error @+1 {{alignment attribute is not a power of 2}}
llvm.mlir.global @g(1 : i32) {alignment = 3 : i64} : i32

// -----

/// llvm.mlir.global: expects type to be a valid element type for an LLVM global
// expected-error @+1 {{'llvm.mlir.global' op expects type to be a valid element type for an LLVM global}}
llvm.mlir.global @g(1 : i32) : !llvm.void

// -----

/// llvm.mlir.global: symbol's parent must have the SymbolTable trait
// expected-error @+2 {{'llvm.mlir.global' op symbol's parent must have the SymbolTable trait}}
llvm.func @f() {
  llvm.mlir.global @g(1 : i32) : i32
  llvm.return
}

// -----

/// llvm.mlir.global: expected array type for 'appending' linkage
// expected-error @+1 {{'llvm.mlir.global' op expected array type for 'appending' linkage}}
llvm.mlir.global appending @g(1 : i32) : i32

// -----

/// llvm.mlir.global: attribute 'addr_space' failed to satisfy constraint: 32-bit signless int
// expected-error @+1 {{'llvm.mlir.global' op attribute 'addr_space' failed to satisfy constraint: 32-bit signless integer attribute whose value is non-negative}}
llvm.mlir.global @g(1 : i32) {addr_space = -1 : i32} : i32

// -----

/// A missing signature: upstream's parseFunctionSignature wants its '('.
// expected-error @+1 {{expected '('}}
llvm.func @f not_a_signature

// -----

/// A global without its parenthesized value.
// expected-error @+1 {{expected '('}}
llvm.mlir.global internal @g x

// -----

llvm.func @g(i32) -> i32
llvm.func @f(%a: i32) {
  // expected-error @+1 {{expected ':'}}
  %0 = llvm.call @g(%a) x : (i32) -> i32
  llvm.return
}
