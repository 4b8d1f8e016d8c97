// Result names: %idxN for index constants (also negative and large), uniqued.
module {
  func.func @names() {
    %0 = index.constant 0
    %1 = index.constant -1
    %2 = index.constant 4611686018427387904
    %3 = index.constant 0
    %4 = index.bool.constant false
    %5 = index.bool.constant false
    %6 = index.constant 0x10
    "x.use"(%0, %1, %2, %3, %4, %5, %6) : (index, index, index, index, i1, i1, index) -> ()
    return
  }
}
