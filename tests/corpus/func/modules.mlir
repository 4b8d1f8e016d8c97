// Functions in nested modules, symbol references across them, call attributes.
module @outer attributes {x.version = 2 : i32} {
  module @inner {
    func.func @f(%a: index) -> index {
      return %a : index
    }
  }
  func.func @g(%a: index) -> index {
    %0 = call @g(%a) {arg_attrs = [{x.p}], res_attrs = [{x.q}]} : (index) -> index
    "x.ref"() {target = @inner::@f} : () -> ()
    return %0 : index
  }
  func.func private @h() attributes {sym_visibility_note = "kept"}
}
