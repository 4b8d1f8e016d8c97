// RUN: not pymlir-translate --mlir-to-llvmir --split-input-file %s 2>&1 | FileCheck %s

/// Debug-info attributes pymlir-translate does not translate yet are an error at the
/// location that needs them, never dropped.
#file = #llvm.di_file<"a.c" in "">
#var = #llvm.di_local_variable<scope = #file, name = "x">
#sp = #llvm.di_subprogram<id = distinct[0]<>, name = "f", file = #file, subprogramFlags = Definition, retainedNodes = #var>
// CHECK: a.c:1:1: error: pymlir-translate does not translate recursive subprograms, retained nodes or annotations of `#llvm.di_subprogram` yet
llvm.func @f() {
  llvm.return
} loc(fused<#sp>["a.c":1:1])

// -----

/// Fused locations of different scopes would need LLVM's nearest common scope.
// CHECK: a.c:2:1: error: pymlir-translate does not merge the fused locations of different debug scopes yet
#file = #llvm.di_file<"a.c" in "">
#sp = #llvm.di_subprogram<id = distinct[0]<>, name = "g", file = #file, subprogramFlags = Definition>
#lbf = #llvm.di_lexical_block_file<scope = #sp, file = #file, discriminator = 1>
llvm.func @g() {
  llvm.return loc(fused["a.c":2:1, fused<#lbf>["a.c":3:1]])
} loc(fused<#sp>["a.c":1:1])

// -----

/// A definition's subprogram must be distinct: LLVM's parser rejects the module.
#file = #llvm.di_file<"a.c" in "">
#sp = #llvm.di_subprogram<name = "h", file = #file, subprogramFlags = Definition>
// CHECK: error: LLVM IR does not verify: {{.*}}missing 'distinct', required for !DISubprogram that is a Definition
module {
  llvm.func @h() {
    llvm.return loc("a.c":2:1)
  } loc(fused<#sp>["a.c":1:1])
}

// -----

/// A lexical block must be inside a function's scopes (LLVM would assert on it).
// CHECK: a.c:2:1: error: the scope of `#llvm.di_lexical_block` must be a subprogram or a lexical block (file)
#file = #llvm.di_file<"a.c" in "">
#sp = #llvm.di_subprogram<id = distinct[0]<>, name = "k", file = #file, subprogramFlags = Definition>
#lb = #llvm.di_lexical_block<scope = #file>
llvm.func @k() {
  llvm.return loc(fused<#lb>["a.c":2:1])
} loc(fused<#sp>["a.c":1:1])
