// Index ops written in generic form, with inherent attributes in either dictionary.
"func.func"() <{function_type = (index, index) -> (index, i1), sym_name = "generic"}> ({
^bb0(%a: index, %b: index):
  %0 = "index.add"(%a, %b) : (index, index) -> index
  %1 = "index.constant"() {value = 12 : index} : () -> index
  %2 = "index.cmp"(%0, %1) <{pred = #index<cmp_predicate ugt>}> : (index, index) -> i1
  %3 = "index.bool.constant"() <{value = false}> {x.y} : () -> i1
  %4 = "index.casts"(%2) : (i1) -> index
  %5 = "index.sizeof"() : () -> index
  "func.return"(%4, %3) : (index, i1) -> ()
}) : () -> ()
