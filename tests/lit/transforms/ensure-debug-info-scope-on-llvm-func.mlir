// RUN: pymlir-opt %s --split-input-file --ensure-debug-info-scope-on-llvm-func --mlir-print-debuginfo | FileCheck %s
// RUN: pymlir-opt %s --split-input-file --ensure-debug-info-scope-on-llvm-func=emission-kind=Full --mlir-print-debuginfo | FileCheck %s --check-prefix=FULL
// RUN: not pymlir-opt %s --split-input-file --ensure-debug-info-scope-on-llvm-func=emission-kind=Bogus 2>&1 | FileCheck %s --check-prefix=BAD

/// A definition gets a distinct subprogram in a new compile unit for the module's file
/// (line and scope line from its location, `Definition|Optimized`); a declaration gets
/// one without id and unit; ops of another file get a lexical block file scope; an op
/// at an inlined call site gets one for its callee, nested for nested call sites.
// CHECK-LABEL: module {
// CHECK: llvm.func @decl(i32) loc(#[[DECL:loc[0-9]+]])
// CHECK: llvm.func @f(
// CHECK-NEXT: llvm.add {{.*}} loc(#[[L_ADD:loc[0-9]+]])
// CHECK-NEXT: llvm.mul {{.*}} loc(#[[L_MUL:loc[0-9]+]])
// CHECK-NEXT: llvm.sub {{.*}} loc(#[[L_SUB:loc[0-9]+]])
// CHECK-NEXT: llvm.return {{.*}} loc(#[[L_RET:loc[0-9]+]])
// CHECK-NEXT: } loc(#[[L_F:loc[0-9]+]])
// CHECK: #[[F_SELF:di_file[0-9]*]] = #llvm.di_file<"ensure-debug-info-scope-on-llvm-func.mlir" in "{{.*}}transforms">
// CHECK: #[[F_PATH:di_file[0-9]*]] = #llvm.di_file<"f.mlir" in "/abs/path">
// CHECK: #[[F_CALLEE:di_file[0-9]*]] = #llvm.di_file<"callee.mlir" in "">
// CHECK: #[[F_H:di_file[0-9]*]] = #llvm.di_file<"h.mlir" in "">
// CHECK: #[[F_G:di_file[0-9]*]] = #llvm.di_file<"g.mlir" in "">
// CHECK: #[[F_N:di_file[0-9]*]] = #llvm.di_file<"n.mlir" in "">
// CHECK: #di_subroutine_type = #llvm.di_subroutine_type<callingConvention = DW_CC_normal>
// CHECK: #[[L_CALLER:loc[0-9]+]] = loc("dir/caller.mlir":3:4)
// CHECK: #[[CU:di_compile_unit]] = #llvm.di_compile_unit<id = distinct[0]<>, sourceLanguage = DW_LANG_C, file = #[[F_SELF]], producer = "MLIR", isOptimized = true, emissionKind = LineTablesOnly>
// CHECK: #[[SP_DECL:di_subprogram]] = #llvm.di_subprogram<scope = #[[F_SELF]], name = "decl", linkageName = "decl", file = #[[F_SELF]], line = [[#]], scopeLine = [[#]], subprogramFlags = Optimized, type = #di_subroutine_type>
// CHECK: #[[SP_F:di_subprogram1]] = #llvm.di_subprogram<id = distinct[1]<>, compileUnit = #[[CU]], scope = #[[F_PATH]], name = "f", linkageName = "f", file = #[[F_PATH]], line = 2, scopeLine = 2, subprogramFlags = "Definition|Optimized", type = #di_subroutine_type>
// CHECK: #[[DECL]] = loc(fused<#[[SP_DECL]]>[#{{loc[0-9]+}}])
// CHECK: #[[LBF_CALLEE:di_lexical_block_file[0-9]*]] = #llvm.di_lexical_block_file<scope = #[[SP_F]], file = #[[F_CALLEE]], discriminator = 0>
// CHECK: #[[LBF_H:di_lexical_block_file[0-9]*]] = #llvm.di_lexical_block_file<scope = #[[SP_F]], file = #[[F_H]], discriminator = 0>
// CHECK: #[[LBF_N:di_lexical_block_file[0-9]*]] = #llvm.di_lexical_block_file<scope = #[[SP_F]], file = #[[F_N]], discriminator = 0>
// CHECK: #[[L_F]] = loc(fused<#[[SP_F]]>[#{{loc[0-9]+}}])
// CHECK: #[[LBF_G:di_lexical_block_file[0-9]*]] = #llvm.di_lexical_block_file<scope = #[[LBF_H]], file = #[[F_G]], discriminator = 0>
// CHECK: #[[L_CALLEE:loc[0-9]+]] = loc(fused<#[[LBF_CALLEE]]>[#{{loc[0-9]+}}])
// CHECK: #[[L_SUB]] = loc(fused<#[[LBF_N]]>[#{{loc[0-9]+}}])
// CHECK: #[[L_ADD]] = loc(callsite(#[[L_CALLEE]] at #[[L_CALLER]]))
// CHECK: #[[L_G:loc[0-9]+]] = loc(fused<#[[LBF_G]]>[#{{loc[0-9]+}}])
// CHECK: #[[L_GH:loc[0-9]+]] = loc(fused<#[[LBF_H]]>[#[[L_G]]])
// CHECK: #[[L_MUL]] = loc(callsite(#[[L_GH]] at #{{loc[0-9]+}}))
// FULL: #di_compile_unit = #llvm.di_compile_unit<{{.*}}emissionKind = Full>
// BAD: for the --emission-kind option: Cannot find option named 'Bogus'!
llvm.func @decl(i32)
llvm.func @f(%a: i32) -> i32 {
  %0 = llvm.add %a, %a : i32 loc(callsite("callee.mlir":10:5 at "dir/caller.mlir":3:4))
  %1 = llvm.mul %0, %a : i32 loc(callsite(callsite("g.mlir":1:1 at "h.mlir":2:2) at "caller.mlir":3:4))
  %2 = llvm.sub %1, %a : i32 loc("x"("n.mlir":7:7))
  llvm.return %2 : i32 loc(unknown)
} loc("/abs/path/f.mlir":2:1)

// -----

/// The compile unit fused into the module's location is used, whatever the option says;
/// a function that has a subprogram keeps it; ops of the function's file stay as they
/// are; functions in nested modules are scoped too; a function without a file location
/// takes the unit's file and line 1.
// CHECK-LABEL: llvm.func @same() {
// CHECK-NEXT: llvm.return loc(#[[SAME_RET:loc[0-9]+]])
// CHECK: llvm.func @inner()
// CHECK: llvm.func @has()
// CHECK: #[[CUFILE:di_file]] = #llvm.di_file<"cu.c" in "/d">
// CHECK: #[[SP_HAS:di_subprogram]] = #llvm.di_subprogram<name = "has">
// CHECK: #[[SAME_RET]] = loc("{{.*}}ensure-debug-info-scope-on-llvm-func.mlir":{{[0-9]+}}:5)
// CHECK: #[[CU2:di_compile_unit]] = #llvm.di_compile_unit<id = distinct[0]<>, sourceLanguage = DW_LANG_C, file = #[[CUFILE]], isOptimized = false, emissionKind = None>
// CHECK: #llvm.di_lexical_block_file<scope = #[[SP_HAS]], file = #{{di_file[0-9]+}}, discriminator = 0>
// CHECK: #di_subprogram1 = #llvm.di_subprogram<id = distinct[1]<>, compileUnit = #[[CU2]], scope = #{{di_file[0-9]+}}, name = "same"
// CHECK: #di_subprogram3 = #llvm.di_subprogram<id = distinct[3]<>, compileUnit = #[[CU2]], scope = #[[CUFILE]], name = "nofile", linkageName = "nofile", file = #[[CUFILE]], line = 1, scopeLine = 1
// FULL-LABEL: llvm.func @same()
// FULL: emissionKind = None>
module {
  llvm.func @same() {
    llvm.return
  }
  module {
    llvm.func @inner() {
      llvm.return loc("q.mlir":1:1)
    }
  }
  llvm.func @has() {
    llvm.return loc("q.mlir":1:1)
  } loc(fused<#llvm.di_subprogram<name = "has">>["w.mlir":1:1])
  llvm.func @nofile() {
    llvm.return
  } loc(unknown)
} loc(fused<#llvm.di_compile_unit<id = distinct[0]<>, sourceLanguage = DW_LANG_C, file = #llvm.di_file<"cu.c" in "/d">, isOptimized = false, emissionKind = None>>["m.mlir":1:1])
