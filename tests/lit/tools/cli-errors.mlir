/// Command-line usage errors are worded as LLVM's option parser words them (the exit
/// status, 1, is checked in tests/unit/test_cli_errors.py).

// RUN: not pymlir-opt --no-such-flag %s 2>&1 | FileCheck %s --check-prefix=UNKNOWN
// UNKNOWN: pymlir-opt: Unknown command line argument '--no-such-flag'.  Try: 'pymlir-opt --help'

// RUN: not pymlir-opt --verify-each=maybe %s 2>&1 | FileCheck %s --check-prefix=BOOL
// BOOL: pymlir-opt: for the --verify-each option: 'maybe' is invalid value for boolean argument! Try 0 or 1

// RUN: not pymlir-opt --mlir-elide-elementsattrs-if-larger=x %s 2>&1 | FileCheck %s --check-prefix=UINT
// UINT: pymlir-opt: for the --mlir-elide-elementsattrs-if-larger option: 'x' value invalid for uint argument!

// RUN: not pymlir-opt --mlir-timing-display=x %s 2>&1 | FileCheck %s --check-prefix=ENUM
// ENUM: pymlir-opt: for the --mlir-timing-display option: Cannot find option named 'x'!

// RUN: not pymlir-opt %s %s 2>&1 | FileCheck %s --check-prefix=EXTRA
// EXTRA: pymlir-opt: Too many positional arguments specified!
// EXTRA-NEXT: Can specify at most 1 positional arguments: See: pymlir-opt --help

// RUN: pymlir-opt --help | FileCheck %s --check-prefix=HELP
// HELP: Usage: pymlir-opt [OPTIONS] [INPUT]

module {}
