llvm.func @f(%a: i32, %b: i32) -> i32 {
  %0 = llvm.inline_asm "add $0, $1", "=r,r" %a : (i32) -> i32
  %1 = llvm.inline_asm has_side_effects is_align_stack asm_dialect = intel "mov $0, $1", "=r,r,~{memory}" %a, %b : (i32, i32) -> i32
  llvm.inline_asm has_side_effects "nop", "" : () -> ()
  %2 = llvm.inline_asm tail_call_kind = <tail> "x", "=r" : () -> i32
  %3 = llvm.inline_asm operand_attrs = [{elementtype = i32}, {}] "y", "=r,r,r" %a, %b : (i32, i32) -> i32
  llvm.return %0 : i32
}
