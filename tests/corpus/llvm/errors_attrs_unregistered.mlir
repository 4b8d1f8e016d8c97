"test.x"() {a = #llvm.cconv<bogus>} : () -> ()
// -----
"test.x"() {a = #llvm.linkage<bogus>} : () -> ()
// -----
"test.x"() {a = #llvm.tailcallkind<bogus>} : () -> ()
// -----
"test.x"() {a = #llvm.fastmath<bogus>} : () -> ()
// -----
"test.x"() {a = #llvm.overflow<nsw>} : () -> ()
// -----
"test.x"() {a = #llvm.bogus<nsw>} : () -> ()
// -----
"test.x"() {a = #llvm.zero, b = #llvm.undef, c = #llvm.poison, d = #llvm.fastmath<fast>, e=#llvm.linkage<internal>, f = #llvm.cconv<fastcc>, g = #llvm.tailcallkind<musttail>, h = #llvm.fastmath<nnan, ninf>, i = #llvm.fastmath<none>, j = #llvm.framePointerKind<all>} : () -> ()
// -----
"test.x"() {a = #llvm.memory_effects<other = none, argMem = read, inaccessibleMem = write>, b = #llvm.framePointerKind<"non-leaf">} : () -> ()
// -----
"test.x"() {a = #llvm.frame_pointer_kind<bogus>} : () -> ()
// -----
"test.x"() {a = #llvm.asm_dialect<bogus>} : () -> ()
