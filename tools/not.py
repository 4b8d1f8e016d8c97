#!/usr/bin/env python3
"""`not CMD`: succeed when CMD fails (exit status != 0), like LLVM's `not`."""

import subprocess
import sys

if __name__ == "__main__":
    sys.exit(0 if subprocess.call(sys.argv[1:]) != 0 else 1)
