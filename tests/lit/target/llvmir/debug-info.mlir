// RUN: pymlir-translate --mlir-to-llvmir --split-input-file %s | FileCheck %s

/// A function with a subprogram: every instruction gets the !DILocation of its op in
/// the subprogram (a phi: of its block argument), an inlined call site has inlinedAt
/// and a lexical block file scope for its callee's file, nested call sites nest;
/// fused locations merge (same line: no column; other lines: line 0); an unknown
/// location gives no !dbg; a declaration's !dbg follows `declare`; metadata is numbered
/// as LLVM prints it (the compile unit and its file, the module flag, then per function).
// CHECK-LABEL: declare !dbg !3 void @ext(i32) #0
// CHECK: define i32 @f(i32 %0, i1 %1) #0 !dbg !6 {
// CHECK-NEXT:   %3 = add i32 %0, %0, !dbg !8
// CHECK-NEXT:   br i1 %1, label %4, label %7, !dbg !12
// CHECK:        %5 = phi i32 [ %3, %2 ], !dbg !14
// CHECK-NEXT:   %6 = mul i32 %5, %0, !dbg !15
// CHECK-NEXT:   br label %7, !dbg !20
// CHECK:        %8 = phi i32 [ %6, %4 ], [ %0, %2 ], !dbg !21
// CHECK-NEXT:   %9 = sub i32 %8, %0, !dbg !22
// CHECK-NEXT:   %10 = sub i32 %9, %0, !dbg !25
// CHECK-NEXT:   %11 = sub i32 %10, %0, !dbg !26
// CHECK-NEXT:   %12 = sub i32 %11, %0, !dbg !27
// CHECK-NEXT:   %13 = sub i32 %12, %0, !dbg !27
// CHECK-NEXT:   call void @ext(i32 %13), !dbg !28
// CHECK-NEXT:   ret i32 %13{{$}}
// CHECK: define void @other() !dbg !29 {
// CHECK-NEXT:   ret void, !dbg !30
// CHECK: !llvm.dbg.cu = !{!0}
// CHECK-NEXT: !llvm.module.flags = !{!2}
// CHECK-EMPTY:
// CHECK-NEXT: !0 = distinct !DICompileUnit(language: DW_LANG_C, file: !1, producer: "MLIR", isOptimized: true, runtimeVersion: 0, emissionKind: LineTablesOnly)
// CHECK-NEXT: !1 = !DIFile(filename: "t1.mlir", directory: "")
// CHECK-NEXT: !2 = !{i32 2, !"Debug Info Version", i32 3}
// CHECK-NEXT: !3 = !DISubprogram(name: "ext", linkageName: "ext", scope: !1, file: !1, line: 1, type: !4, scopeLine: 1, spFlags: DISPFlagOptimized)
// CHECK-NEXT: !4 = !DISubroutineType(cc: DW_CC_normal, types: !5)
// CHECK-NEXT: !5 = !{}
// CHECK-NEXT: !6 = distinct !DISubprogram(name: "f", linkageName: "f", scope: !7, file: !7, line: 2, type: !4, scopeLine: 2, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
// CHECK-NEXT: !7 = !DIFile(filename: "f.mlir", directory: "/abs/path")
// CHECK-NEXT: !8 = !DILocation(line: 10, column: 5, scope: !9, inlinedAt: !11)
// CHECK-NEXT: !9 = distinct !DILexicalBlockFile(scope: !6, file: !10, discriminator: 0)
// CHECK-NEXT: !10 = !DIFile(filename: "callee.mlir", directory: "")
// CHECK-NEXT: !11 = !DILocation(line: 3, column: 4, scope: !6)
// CHECK-NEXT: !12 = !DILocation(line: 4, column: 2, scope: !13)
// CHECK-NEXT: !13 = distinct !DILexicalBlockFile(scope: !6, file: !1, discriminator: 0)
// CHECK-NEXT: !14 = !DILocation(line: 5, column: 6, scope: !6)
// CHECK-NEXT: !15 = !DILocation(line: 1, column: 1, scope: !16, inlinedAt: !11)
// CHECK-NEXT: !16 = distinct !DILexicalBlockFile(scope: !18, file: !17, discriminator: 0)
// CHECK-NEXT: !17 = !DIFile(filename: "g.mlir", directory: "")
// CHECK-NEXT: !18 = distinct !DILexicalBlockFile(scope: !6, file: !19, discriminator: 0)
// CHECK-NEXT: !19 = !DIFile(filename: "h.mlir", directory: "")
// CHECK-NEXT: !20 = !DILocation(line: 7, column: 2, scope: !13)
// CHECK-NEXT: !21 = !DILocation(line: 8, column: 6, scope: !6)
// CHECK-NEXT: !22 = !DILocation(line: 7, column: 7, scope: !23)
// CHECK-NEXT: !23 = distinct !DILexicalBlockFile(scope: !6, file: !24, discriminator: 0)
// CHECK-NEXT: !24 = !DIFile(filename: "n.mlir", directory: "")
// CHECK-NEXT: !25 = !DILocation(line: 9, column: 1, scope: !13)
// CHECK-NEXT: !26 = !DILocation(line: 9, scope: !13)
// CHECK-NEXT: !27 = !DILocation(line: 0, scope: !13)
// CHECK-NEXT: !28 = !DILocation(line: 12, column: 3, scope: !13)
// CHECK-NEXT: !29 = distinct !DISubprogram(name: "other", linkageName: "other", scope: !1, file: !1, line: 17, type: !4, scopeLine: 17, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
// CHECK-NEXT: !30 = !DILocation(line: 20, column: 1, scope: !29)
#loc3 = loc("t1.mlir":2:14)
#loc4 = loc("t1.mlir":2:23)
#loc8 = loc("t1.mlir":5:6)
#loc12 = loc("t1.mlir":8:6)
module {
  llvm.func @ext(i32) attributes {passthrough = ["nounwind"]} loc(#loc24)
  llvm.func @f(%arg0: i32 loc("t1.mlir":2:14), %arg1: i1 loc("t1.mlir":2:23)) -> i32 attributes {passthrough = ["nounwind"]} {
    %0 = llvm.add %arg0, %arg0 : i32 loc(#loc36)
    llvm.cond_br %arg1, ^bb1(%0 : i32), ^bb2(%arg0 : i32) loc(#loc28)
  ^bb1(%1: i32 loc("t1.mlir":5:6)):  // pred: ^bb0
    %2 = llvm.mul %1, %arg0 : i32 loc(#loc39)
    llvm.br ^bb2(%2 : i32) loc(#loc29)
  ^bb2(%3: i32 loc("t1.mlir":8:6)):  // 2 preds: ^bb0, ^bb1
    %4 = llvm.sub %3, %arg0 : i32 loc(#loc30)
    %5 = llvm.sub %4, %arg0 : i32 loc(#loc31)
    %6 = llvm.sub %5, %arg0 : i32 loc(#loc32)
    %7 = llvm.sub %6, %arg0 : i32 loc(#loc33)
    %8 = llvm.sub %7, %arg0 : i32 loc(#loc34)
    llvm.call @ext(%8) : (i32) -> () loc(#loc35)
    llvm.return %8 : i32 loc(#loc18)
  } loc(#loc25)
  llvm.func @other() {
    llvm.return loc(#loc20)
  } loc(#loc26)
} loc(#loc)
#di_file = #llvm.di_file<"t1.mlir" in "">
#di_file1 = #llvm.di_file<"f.mlir" in "/abs/path">
#di_file2 = #llvm.di_file<"callee.mlir" in "">
#di_file3 = #llvm.di_file<"h.mlir" in "">
#di_file4 = #llvm.di_file<"g.mlir" in "">
#di_file5 = #llvm.di_file<"n.mlir" in "">
#di_subroutine_type = #llvm.di_subroutine_type<callingConvention = DW_CC_normal>
#loc = loc("t1.mlir":0:0)
#loc1 = loc("t1.mlir":1:1)
#loc2 = loc("/abs/path/f.mlir":2:1)
#loc5 = loc("callee.mlir":10:5)
#loc6 = loc("dir/caller.mlir":3:4)
#loc7 = loc("t1.mlir":4:2)
#loc9 = loc("g.mlir":1:1)
#loc10 = loc("caller.mlir":3:4)
#loc11 = loc("t1.mlir":7:2)
#loc13 = loc("n.mlir":7:7)
#loc14 = loc("t1.mlir":9:1)
#loc15 = loc("t1.mlir":9:5)
#loc16 = loc("t1.mlir":10:5)
#loc17 = loc("t1.mlir":12:3)
#loc18 = loc(unknown)
#loc19 = loc("t1.mlir":17:1)
#loc20 = loc("t1.mlir":20:1)
#di_compile_unit = #llvm.di_compile_unit<id = distinct[0]<>, sourceLanguage = DW_LANG_C, file = #di_file, producer = "MLIR", isOptimized = true, emissionKind = LineTablesOnly>
#di_subprogram = #llvm.di_subprogram<scope = #di_file, name = "ext", linkageName = "ext", file = #di_file, line = 1, scopeLine = 1, subprogramFlags = Optimized, type = #di_subroutine_type>
#loc21 = loc("x"(#loc13))
#loc22 = loc(fused[#loc14, #loc15])
#loc23 = loc(fused[#loc14, #loc16])
#di_subprogram1 = #llvm.di_subprogram<id = distinct[1]<>, compileUnit = #di_compile_unit, scope = #di_file1, name = "f", linkageName = "f", file = #di_file1, line = 2, scopeLine = 2, subprogramFlags = "Definition|Optimized", type = #di_subroutine_type>
#di_subprogram2 = #llvm.di_subprogram<id = distinct[2]<>, compileUnit = #di_compile_unit, scope = #di_file, name = "other", linkageName = "other", file = #di_file, line = 17, scopeLine = 17, subprogramFlags = "Definition|Optimized", type = #di_subroutine_type>
#loc24 = loc(fused<#di_subprogram>[#loc1])
#di_lexical_block_file = #llvm.di_lexical_block_file<scope = #di_subprogram1, file = #di_file2, discriminator = 0>
#di_lexical_block_file1 = #llvm.di_lexical_block_file<scope = #di_subprogram1, file = #di_file, discriminator = 0>
#di_lexical_block_file2 = #llvm.di_lexical_block_file<scope = #di_subprogram1, file = #di_file3, discriminator = 0>
#di_lexical_block_file3 = #llvm.di_lexical_block_file<scope = #di_subprogram1, file = #di_file5, discriminator = 0>
#loc25 = loc(fused<#di_subprogram1>[#loc2])
#loc26 = loc(fused<#di_subprogram2>[#loc19])
#di_lexical_block_file4 = #llvm.di_lexical_block_file<scope = #di_lexical_block_file2, file = #di_file4, discriminator = 0>
#loc27 = loc(fused<#di_lexical_block_file>[#loc5])
#loc28 = loc(fused<#di_lexical_block_file1>[#loc7])
#loc29 = loc(fused<#di_lexical_block_file1>[#loc11])
#loc30 = loc(fused<#di_lexical_block_file3>[#loc21])
#loc31 = loc(fused<#di_lexical_block_file1>[#loc14])
#loc32 = loc(fused<#di_lexical_block_file1>[#loc22])
#loc33 = loc(fused<#di_lexical_block_file1>[#loc23])
#loc34 = loc(fused<#di_lexical_block_file1>[#loc])
#loc35 = loc(fused<#di_lexical_block_file1>[#loc17])
#loc36 = loc(callsite(#loc27 at #loc6))
#loc37 = loc(fused<#di_lexical_block_file4>[#loc9])
#loc38 = loc(fused<#di_lexical_block_file2>[#loc37])
#loc39 = loc(callsite(#loc38 at #loc10))


// -----

/// Attributes written by hand: a C99 unit with every optional field, basic types
/// (`DW_TAG_base_type` left out), a null type in the subroutine's types, lexical blocks
/// with and without file, line and column, a lexical block file without a file; a
/// column that does not fit in 16 bits is dropped, as LLVM does.
// CHECK-LABEL: define void @g() !dbg !3 {
// CHECK-NEXT:   br label %1, !dbg !8
// CHECK:        ret void, !dbg !10
// CHECK: !llvm.dbg.cu = !{!0}
// CHECK-NEXT: !llvm.module.flags = !{!2}
// CHECK: !0 = distinct !DICompileUnit(language: DW_LANG_C99, file: !1, isOptimized: false, runtimeVersion: 0, splitDebugFilename: "x.dwo", emissionKind: FullDebug, nameTableKind: None)
// CHECK-NEXT: !1 = !DIFile(filename: "foo.c", directory: "/tmp")
// CHECK-NEXT: !2 = !{i32 2, !"Debug Info Version", i32 3}
// CHECK-NEXT: !3 = distinct !DISubprogram(name: "g", scope: !1, file: !1, line: 3, type: !4, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagMainSubprogram, unit: !0)
// CHECK-NEXT: !4 = !DISubroutineType(types: !5)
// CHECK-NEXT: !5 = !{!6, null, !7}
// CHECK-NEXT: !6 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
// CHECK-NEXT: !7 = !DIBasicType(tag: DW_TAG_unspecified_type, name: "x")
// CHECK-NEXT: !8 = !DILocation(line: 5, scope: !9)
// CHECK-NEXT: !9 = distinct !DILexicalBlock(scope: !3, file: !1, line: 5, column: 7)
// CHECK-NEXT: !10 = !DILocation(line: 6, column: 1, scope: !11)
// CHECK-NEXT: !11 = distinct !DILexicalBlockFile(scope: !12, discriminator: 2)
// CHECK-NEXT: !12 = distinct !DILexicalBlock(scope: !9)
#file = #llvm.di_file<"foo.c" in "/tmp">
#cu = #llvm.di_compile_unit<splitDebugFilename = "x.dwo", nameTableKind = None, id = distinct[3]<>, sourceLanguage = DW_LANG_C99, file = #file, isOptimized = false, emissionKind = Full>
#int = #llvm.di_basic_type<tag = DW_TAG_base_type, name = "int", sizeInBits = 32, encoding = DW_ATE_signed>
#uns = #llvm.di_basic_type<tag = DW_TAG_unspecified_type, name = "x">
#st = #llvm.di_subroutine_type<types = #int, #llvm.di_null_type, #uns>
#sp = #llvm.di_subprogram<id = distinct[9]<>, compileUnit = #cu, scope = #file, name = "g", file = #file, line = 3, subprogramFlags = "Definition|LocalToUnit|MainSubprogram", type = #st>
#lb = #llvm.di_lexical_block<scope = #sp, file = #file, line = 5, column = 7>
#lb2 = #llvm.di_lexical_block<scope = #lb>
#lbf = #llvm.di_lexical_block_file<scope = #lb2, discriminator = 2>
module {
  llvm.func @g() {
    llvm.br ^bb1 loc(fused<#lb>["foo.c":5:70000])
  ^bb1:
    llvm.return loc(fused<#lbf>["foo.c":6:1])
  } loc(fused<#sp>["foo.c":3:1])
}

// -----

/// Without a subprogram, locations give no debug info (as upstream).
// CHECK-LABEL: define void @plain() {
// CHECK-NEXT:   ret void{{$}}
// CHECK-NOT: !llvm.dbg.cu
// CHECK: !llvm.module.flags = !{!0}
llvm.func @plain() {
  llvm.return loc("plain.mlir":2:3)
} loc("plain.mlir":1:1)

// -----

/// A call site whose callee has no scope of its own falls back to the caller's location,
/// also for a caller that is itself a call site; a subprogram without scope prints
/// `scope: null`.
// CHECK-LABEL: define void @callee_unscoped() !dbg !3 {
// CHECK-NEXT:   ret void, !dbg !4
// CHECK: !3 = distinct !DISubprogram(name: "callee_unscoped", scope: null, file: !1, spFlags: DISPFlagDefinition, unit: !0)
// CHECK-NEXT: !4 = !DILocation(line: 2, column: 1, scope: !3)
#f = #llvm.di_file<"a.c" in "">
#cu = #llvm.di_compile_unit<id = distinct[7]<>, sourceLanguage = DW_LANG_C, file = #f, isOptimized = false, emissionKind = Full>
#sp = #llvm.di_subprogram<id = distinct[0]<>, compileUnit = #cu, name = "callee_unscoped", file = #f, subprogramFlags = Definition>
llvm.func @callee_unscoped() {
  llvm.return loc(callsite("b.c":3:3 at callsite("c.c":4:4 at "a.c":2:1)))
} loc(fused<#sp>["a.c":1:1])

// -----

/// A fusion of one location (with unknown and a duplicate) is that location.
// CHECK-LABEL: define void @one_fused() !dbg !3 {
// CHECK-NEXT:   ret void, !dbg !4
// CHECK: !4 = !DILocation(line: 2, column: 1, scope: !3)
#f = #llvm.di_file<"a.c" in "">
#cu = #llvm.di_compile_unit<id = distinct[7]<>, sourceLanguage = DW_LANG_C, file = #f, isOptimized = false, emissionKind = Full>
#sp = #llvm.di_subprogram<id = distinct[0]<>, compileUnit = #cu, name = "one_fused", file = #f, subprogramFlags = Definition>
llvm.func @one_fused() {
  llvm.return loc(fused<"x">["a.c":2:1, unknown, "a.c":2:1])
} loc(fused<#sp>["a.c":1:1])

// -----

/// Virtual flags add LLVM's `virtualIndex: 0`.
// CHECK-LABEL: define void @virtual() !dbg !3 {
// CHECK: !3 = distinct !DISubprogram(name: "virtual", scope: null, file: !1, virtualIndex: 0, spFlags: DISPFlagVirtual | DISPFlagPureVirtual | DISPFlagDefinition | DISPFlagDeleted, unit: !0)
#f = #llvm.di_file<"a.c" in "">
#cu = #llvm.di_compile_unit<id = distinct[7]<>, sourceLanguage = DW_LANG_C, file = #f, isOptimized = false, emissionKind = Full>
#sp = #llvm.di_subprogram<id = distinct[0]<>, compileUnit = #cu, name = "virtual", file = #f, subprogramFlags = "Definition|Virtual|PureVirtual|Deleted">
llvm.func @virtual() {
  llvm.return loc("a.c":2:1)
} loc(fused<#sp>["a.c":1:1])
