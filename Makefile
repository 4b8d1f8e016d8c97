# pymlir-opt developer targets. `make help` lists them.
PYTHON ?= python3
PIP ?= $(PYTHON) -m pip

.PHONY: help install test lit lint bench conformance

help:  ## list the targets
	@grep -E '^[a-z-]+:.*## ' Makefile | sed -E 's/:.*## /\t/'

install:  ## install pymlir-opt with its dev tools (editable) and precompile it
	# compat mode puts the checkout on sys.path (a .pth line) instead of an import hook,
	# which costs start-up time on every run.
	$(PIP) install -q -e '.[dev]' --config-settings editable_mode=compat
	$(PYTHON) -m compileall -q mliropt

test:  ## run the unit tests and the lit suite (one pytest run)
	$(PYTHON) -m pytest -n auto tests/unit

lit:  ## run only the lit suite, verbosely
	$(PYTHON) -c "from lit.main import main; main()" -v tests/lit

lint:  ## ruff and mypy
	$(PYTHON) -m ruff check mliropt tests
	$(PYTHON) -m mypy mliropt

bench:  ## pymlir-opt beside mlir-opt and xdsl-opt (../shared/bench/compare.py)
	$(PYTHON) ../shared/bench/compare.py --n 1000

conformance:  ## upstream MLIR's lit tests with pymlir-opt in place of mlir-opt
	OPT_UNDER_TEST="pymlir-opt" TRANSLATE_UNDER_TEST="pymlir-translate" \
	  $(PYTHON) ../shared/conformance/run_conformance.py ../shared/conformance/upstream/mlir/test
