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
