"""`python -m mliropt` runs pymlir-opt."""

from mliropt.tools.opt import main

main()
