// RUN: pymlir-translate --mlir-to-llvmir --split-input-file --verify-diagnostics %s

/// Ops of other dialects have no LLVM IR translation (upstream's message).
// expected-error @below {{cannot be converted to LLVM IR: missing `LLVMTranslationDialectInterface` registration for dialect for op: func.func}}
func.func @f(%a: i32) -> i32 {
  return %a : i32
}

// -----

/// Registered llvm ops upstream 22 does not translate.
llvm.func @g(%a: f32) -> f32 {
  // expected-error @below {{LLVM Translation failed for operation: llvm.intr.canonicalize}}
  %0 = "llvm.intr.canonicalize"(%a) : (f32) -> f32
  llvm.return %0 : f32
}
