# -*- Python -*-
"""lit configuration: RUN lines call pymlir-opt, FileCheck is the `filecheck` package."""

import os
import shutil
import sys

import lit.formats

config.name = "pymlir-opt"
config.test_format = lit.formats.ShTest(execute_external=False)
config.suffixes = [".mlir"]
config.excludes = ["Inputs", "lit.cfg.py"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(os.path.dirname(__file__), "Output")

repo = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
python = sys.executable
config.environment["PYTHONPATH"] = repo + os.pathsep + os.environ.get("PYTHONPATH", "")
for var in ("HOME", "PYMLIR_OPT_CACHE_DIR", "XDG_CACHE_HOME", "PYTHONDONTWRITEBYTECODE"):
    if var in os.environ:
        config.environment[var] = os.environ[var]

filecheck = shutil.which("filecheck") or "filecheck"
# Longest names first so `pymlir-opt` is not replaced inside a longer tool name.
config.substitutions.append(("pymlir-translate", f"{python} -m mliropt.tools.translate"))
config.substitutions.append(("pymlir-runner", f"{python} -m mliropt.tools.runner"))
config.substitutions.append(("pymlir-opt", f"{python} -m mliropt"))
config.substitutions.append(("FileCheck", filecheck))
config.substitutions.append(("not ", f"{python} {os.path.join(repo, 'tools', 'not.py')} "))
