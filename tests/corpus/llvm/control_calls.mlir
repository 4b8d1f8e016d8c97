llvm.func @callee(i32) -> i32
llvm.func @vcallee(!llvm.ptr, ...) -> i32
llvm.func @noret()
llvm.func @cf(%c: i1, %a: i32, %p: !llvm.ptr) -> i32 {
  %0 = llvm.call @callee(%a) : (i32) -> i32
  llvm.call @noret() : () -> ()
  %1 = llvm.call %p(%a) : !llvm.ptr, (i32) -> i32
  %2 = llvm.call @vcallee(%p, %a) vararg(!llvm.func<i32 (ptr, ...)>) : (!llvm.ptr, i32) -> i32
  %3 = llvm.call fastcc @callee(%a) : (i32) -> i32
  %4 = llvm.call tail @callee(%a) : (i32) -> i32
  %5 = llvm.call @callee(%a) {fastmathFlags = #llvm.fastmath<fast>} : (i32) -> i32
  %6 = llvm.call @callee(%a) {no_unwind, will_return} : (i32) -> i32
  %7 = llvm.call_intrinsic "llvm.ctpop.i32"(%a) : (i32) -> i32
  llvm.call_intrinsic "llvm.donothing"() : () -> ()
  %8 = llvm.call @callee(%a) ["foo"(%a : i32)] : (i32) -> i32
  %9 = llvm.call fastcc musttail @callee(%a) : (i32) -> i32
  llvm.cond_br %c, ^bb1(%a : i32), ^bb2
^bb1(%x: i32):
  llvm.br ^bb2
^bb2:
  llvm.cond_br %c weights([1, 2]), ^bb3, ^bb4
^bb3:
  llvm.switch %a : i32, ^bb4 [
    1: ^bb5(%a : i32),
    2: ^bb4
  ]
^bb4:
  llvm.switch %a : i32, ^bb5(%a : i32) []
^bb5(%y: i32):
  llvm.switch %a : i32, ^bb6 [
    3: ^bb6
  ] {branch_weights = array<i32: 1, 2>}
^bb6:
  llvm.return %y : i32
}
llvm.func @unr() {
  llvm.unreachable
}
