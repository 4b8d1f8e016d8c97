"""Helpers for differential tests against upstream mlir-opt 22 (skipped when absent)."""

from __future__ import annotations

import io
import os
import subprocess

import pytest

UPSTREAM = os.environ.get("UPSTREAM_MLIR_OPT", "/usr/lib/llvm-22/bin/mlir-opt")
requires_upstream = pytest.mark.skipif(
    not os.path.exists(UPSTREAM), reason="upstream mlir-opt 22 is not installed"
)


def run_upstream(path: str, flags: list[str]) -> tuple[int, str, str]:
    """(status, stdout, stderr) of upstream mlir-opt on a file."""
    r = subprocess.run([UPSTREAM, *flags, path], capture_output=True, text=True)
    return r.returncode, r.stdout, r.stderr


def run_ours(path: str, flags: list[str]) -> tuple[int, str, str]:
    """(status, stdout, stderr) of pymlir-opt on a file, in process."""
    from mliropt.tools.opt import _PASS_FLAGS, command, normalize_argv, split_pass_flags

    out, err = io.StringIO(), io.StringIO()
    import contextlib

    # As `main` does: pass flags (`--cse`) are taken out before click sees the rest.
    args, _PASS_FLAGS[:] = split_pass_flags(normalize_argv([*flags, path]))
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            command.main(args=args, prog_name="pymlir-opt", standalone_mode=False)
            status = 0
        except SystemExit as e:
            status = int(e.code or 0)
    return status, out.getvalue(), err.getvalue()


def assert_round_trips_like_upstream(path: object, flags: list[str], tmp_path: object) -> None:
    """Both tools print `path` with `flags` to the same bytes (and status), and each
    tool's output, parsed again by pymlir-opt, prints the same bytes once more."""
    from pathlib import Path

    up = run_upstream(str(path), flags)
    ours = run_ours(str(path), flags)
    assert ours[0] == up[0], ours[2]
    assert ours[1] == up[1]
    again = Path(str(tmp_path)) / "printed.mlir"
    again.write_text(up[1])
    assert run_ours(str(again), flags)[1] == up[1]


def assert_same_output(path: object, flags: list[str]) -> None:
    """Both tools give the same status and output for `path` with `flags`."""
    up = run_upstream(str(path), flags)
    ours = run_ours(str(path), flags)
    assert ours[0] == up[0], ours[2]
    assert ours[1] == up[1]


def assert_diagnoses_like_upstream(path: object, flags: list[str]) -> None:
    """Both tools give the same status, output and diagnostics (stderr) for `path`."""
    up = run_upstream(str(path), flags)
    ours = run_ours(str(path), flags)
    assert (ours[0], ours[2]) == (up[0], up[2])
    assert ours[1] == up[1]


def corpus_cases(dialect: str) -> tuple[list, list]:
    """(files to round-trip, files of diagnostics) of `tests/corpus/<dialect>`: a file
    named `errors*.mlir` holds `// -----` chunks of invalid IR."""
    from pathlib import Path

    files = sorted((Path(__file__).resolve().parents[1] / "corpus" / dialect).glob("*.mlir"))
    errors = [p for p in files if p.name.startswith("errors")]
    return [p for p in files if p not in errors], errors
