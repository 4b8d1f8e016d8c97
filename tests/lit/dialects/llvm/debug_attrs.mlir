// RUN: pymlir-opt %s --split-input-file --mlir-print-debuginfo | FileCheck %s
// RUN: pymlir-opt %s --split-input-file --mlir-print-debuginfo | pymlir-opt --split-input-file --mlir-print-debuginfo | FileCheck %s
// RUN: pymlir-opt %s --split-input-file --mlir-print-local-scope --mlir-print-debuginfo | FileCheck %s --check-prefix=LOCAL

/// Every debug-info attribute round-trips with upstream's aliases (the mnemonic), in
/// upstream's alias order (by nesting depth), parameters in declaration order, defaults
/// left out and distinct ids renumbered in print order.
// CHECK: #di_basic_type = #llvm.di_basic_type<tag = DW_TAG_base_type, name = "int", sizeInBits = 32, encoding = DW_ATE_signed>
// CHECK-NEXT: #di_file = #llvm.di_file<"foo.c" in "/tmp">
// CHECK-NEXT: #di_compile_unit = #llvm.di_compile_unit<id = distinct[0]<>, sourceLanguage = DW_LANG_C99, file = #di_file, producer = "clang", isOptimized = false, emissionKind = Full, nameTableKind = None, splitDebugFilename = "x.dwo">
// CHECK-NEXT: #di_subroutine_type = #llvm.di_subroutine_type<callingConvention = DW_CC_normal, types = #di_basic_type, #di_basic_type>
// CHECK-NEXT: #di_subprogram = #llvm.di_subprogram<id = distinct[1]<>, compileUnit = #di_compile_unit, scope = #di_file, name = "f", linkageName = "f", file = #di_file, line = 3, scopeLine = 4, subprogramFlags = "LocalToUnit|Definition", type = #di_subroutine_type>
// CHECK-NEXT: #di_lexical_block = #llvm.di_lexical_block<scope = #di_subprogram, file = #di_file, line = 5, column = 7>
// CHECK-NEXT: #di_lexical_block_file = #llvm.di_lexical_block_file<scope = #di_lexical_block, file = #di_file, discriminator = 2>
// CHECK-NEXT: #di_local_variable = #llvm.di_local_variable<scope = #di_lexical_block_file, name = "x", file = #di_file, line = 6, arg = 1, alignInBits = 32, type = #di_basic_type, flags = Artificial>
// CHECK-NEXT: module attributes {llvm.x = #di_local_variable} {
// CHECK-NEXT:   llvm.func @f() {
// CHECK-NEXT:     llvm.return loc(#[[L4:loc[0-9]*]])
// CHECK-NEXT:   } loc(#[[L3:loc[0-9]*]])
// CHECK: #[[L1:loc[0-9]+]] = loc("foo.c":3:1)
// CHECK-NEXT: #[[L2:loc[0-9]+]] = loc("foo.c":6:1)
// CHECK-NEXT: #[[L3]] = loc(fused<#di_subprogram>[#[[L1]]])
// CHECK-NEXT: #[[L4]] = loc(fused<#di_lexical_block_file>[#[[L2]]])
#file = #llvm.di_file<"foo.c" in "/tmp">
#cu = #llvm.di_compile_unit<splitDebugFilename = "x.dwo", nameTableKind = None, id = distinct[3]<>, sourceLanguage = DW_LANG_C99, file = #file, producer = "clang", isOptimized = false, emissionKind = Full>
#int = #llvm.di_basic_type<tag = DW_TAG_base_type, name = "int", sizeInBits = 32, encoding = DW_ATE_signed>
#st = #llvm.di_subroutine_type<callingConvention = DW_CC_normal, types = #int, #int>
#sp = #llvm.di_subprogram<id = distinct[9]<>, compileUnit = #cu, scope = #file, name = "f", linkageName = "f", file = #file, line = 3, scopeLine = 4, subprogramFlags = "Definition|LocalToUnit", type = #st>
#lb = #llvm.di_lexical_block<scope = #sp, file = #file, line = 5, column = 7>
#lbf = #llvm.di_lexical_block_file<scope = #lb, file = #file, discriminator = 2>
#var = #llvm.di_local_variable<scope = #lbf, name = "x", file = #file, line = 6, arg = 1, alignInBits = 32, type = #int, flags = Artificial>
module attributes {llvm.x = #var} {
  llvm.func @f() {
    llvm.return loc(fused<#lbf>["foo.c":6:1])
  } loc(fused<#sp>["foo.c":3:1])
}

// -----

/// Optional parameters at their default are not printed (`line = 0`, `nameTableKind =
/// Default`), `<>` is an empty struct, the
/// integer `1` is a bool `true`, a negative unsigned wraps as in upstream, access
/// flags print as their group (`Public`), `di_null_type` has no parameters.
// CHECK: #di_file = #llvm.di_file<"a" in "">
// CHECK: #di_null_type = #llvm.di_null_type
// CHECK: #di_subprogram = #llvm.di_subprogram<>
// CHECK: #di_subprogram1 = #llvm.di_subprogram<name = "g", line = 4294967295, subprogramFlags = Definition>
// CHECK: #di_compile_unit = #llvm.di_compile_unit<id = distinct[0]<>, sourceLanguage = DW_LANG_C, file = #di_file, isOptimized = true, emissionKind = LineTablesOnly>
// CHECK: #di_local_variable = #llvm.di_local_variable<scope = #di_subprogram1, flags = Public>
// CHECK: #di_subroutine_type = #llvm.di_subroutine_type<types = #di_null_type>
// CHECK: module attributes {llvm.a = #di_subprogram, llvm.b = #di_subroutine_type, llvm.c = #di_compile_unit, llvm.d = #di_local_variable}
#f = #llvm.di_file<"a" in "">
#sp = #llvm.di_subprogram<name = "g", line = -1, scopeLine = 0, subprogramFlags = Definition>
module attributes {
  llvm.a = #llvm.di_subprogram<>,
  llvm.b = #llvm.di_subroutine_type<types = #llvm.di_null_type>,
  llvm.c = #llvm.di_compile_unit<id = distinct[7]<>, sourceLanguage = DW_LANG_C, file = #f, isOptimized = 1, emissionKind = LineTablesOnly, nameTableKind = Default>,
  llvm.d = #llvm.di_local_variable<scope = #sp, line = 0, flags = "Private|Protected">
} {}

// -----

/// Parameters of one attribute class (a file, a compile unit, a subroutine type) print
/// in ODS's stripped form `<...>` when they have no alias (here: local scope), and
/// parse in both forms; scopes and types print in full.
// LOCAL-LABEL: llvm.func @stripped()
// LOCAL: loc(fused<#llvm.di_subprogram<id = distinct[0]<>, compileUnit = <id = distinct[1]<>, sourceLanguage = DW_LANG_C, file = <"s.c" in "">, isOptimized = true, emissionKind = Full>, scope = #llvm.di_file<"s.c" in "">, name = "stripped", file = <"s.c" in "">, type = <types = #llvm.di_null_type>>>["s.c":1:1])
llvm.func @stripped() {
  llvm.return
} loc(fused<#llvm.di_subprogram<id = distinct[0]<>, compileUnit = <id = distinct[1]<>, sourceLanguage = DW_LANG_C, file = <"s.c" in "">, isOptimized = true, emissionKind = Full>, scope = #llvm.di_file<"s.c" in "">, name = "stripped", file = #llvm.di_file<"s.c" in "">, type = <types = #llvm.di_null_type>>>["s.c":1:1])
