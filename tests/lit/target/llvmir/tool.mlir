// RUN: not pymlir-translate %s 2>&1 | FileCheck %s --check-prefix=NOFLAG
// RUN: pymlir-translate -mlir-to-llvmir %s -o %t && FileCheck %s --input-file=%t

/// Without a translation, upstream's command-line error.
// NOFLAG: Translations to perform option: must be specified at least once!

/// A single dash works as for upstream's tools; -o writes the verified output.
llvm.func @id(%a: i32) -> i32 {
  llvm.return %a : i32
}
// CHECK: ; ModuleID = 'LLVMDialectModule'
// CHECK-NEXT: source_filename = "LLVMDialectModule"
// CHECK-LABEL: define i32 @id(i32 %0) {
// CHECK-NEXT:   ret i32 %0
// CHECK-NEXT: }
