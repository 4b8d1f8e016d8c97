"""Plugins: a third-party package's dialects and passes, found through entry points (only
when a name is not built in) or loaded with --load-dialect-plugin / --load-pass-plugin.
The example plugin is tests/plugins/demo; tests/plugins/metadata holds its entry points
as installed metadata, so putting both on sys.path is installing it."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from differential import run_ours

PLUGINS = Path(__file__).resolve().parents[1] / "plugins"
DEMO = PLUGINS / "demo"
METADATA = PLUGINS / "metadata"

SOURCE = """func.func @f(%x: i64) -> i64 {
  %c = demo.const 5
  %d = demo.double %c : i64
  %e = demo.double %x : i64
  %s = arith.addi %d, %e : i64
  return %s : i64
}
"""


@pytest.fixture
def isolated_registries() -> Iterator[None]:
    """Restore the registries, the entry-point cache and sys.path after the test (the
    plugin's modules stay imported: parsers built for its dialect keep its op classes)."""
    from mliropt import plugins
    from mliropt.dialects.registry import DIALECTS
    from mliropt.passes.registry import PASSES

    saved = (dict(DIALECTS), dict(PASSES), dict(plugins._ENTRY_POINTS), list(sys.path))
    plugins._ENTRY_POINTS.clear()
    yield
    DIALECTS.clear()
    DIALECTS.update(saved[0])
    PASSES.clear()
    PASSES.update(saved[1])
    plugins._ENTRY_POINTS.clear()
    plugins._ENTRY_POINTS.update(saved[2])
    sys.path[:] = saved[3]
    for name in [
        m for m in sys.modules if m.startswith(("pymlir_opt_demo", "_pymlir_opt_plugin_"))
    ]:
        del sys.modules[name]


@pytest.fixture
def source(tmp_path: Path) -> Path:
    """A file using the demo dialect."""
    path = tmp_path / "demo.mlir"
    path.write_text(SOURCE)
    return path


def test_startup_does_not_read_entry_points(tmp_path: Path) -> None:
    """Built-in dialects and passes never import importlib.metadata (about 50 ms)."""
    path = tmp_path / "builtin.mlir"
    path.write_text("func.func @f(%a: index) -> index {\n  return %a : index\n}\n")
    code = (
        "import sys\nfrom mliropt.tools.opt import main\n"
        f"try:\n    main([{str(path)!r}, '--canonicalize'])\nexcept SystemExit:\n    pass\n"
        "sys.stderr.write(str('importlib.metadata' in sys.modules))\n"
    )
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert r.stderr.endswith("False"), r.stderr


def test_entry_point_dialect_and_pass(isolated_registries: None, source: Path) -> None:
    """An installed plugin's dialect parses in custom form and its pass runs as a flag."""
    sys.path[:0] = [str(DEMO), str(METADATA)]
    status, out, err = run_ours(str(source), ["--demo-expand"])
    assert status == 0, err
    assert "%0 = demo.const 5" in out
    assert "arith.addi %0, %0 : i64" in out
    assert "demo.double" not in out


def test_entry_point_pass_in_a_pipeline(isolated_registries: None, source: Path) -> None:
    """A plugin pass is found by name in --pass-pipeline, with its options."""
    sys.path[:0] = [str(DEMO), str(METADATA)]
    status, out, err = run_ours(
        str(source), ["--pass-pipeline=builtin.module(func.func(demo-expand{use-shift}))"]
    )
    assert status == 0, err
    assert out.count("arith.shli") == 2


def test_plugin_folds_in_canonicalize(isolated_registries: None, source: Path) -> None:
    """The plugin dialect's folder and constant materializer are used by canonicalize."""
    sys.path[:0] = [str(DEMO), str(METADATA)]
    status, out, err = run_ours(str(source), ["--canonicalize"])
    assert status == 0, err
    assert "demo.const 10" in out
    assert out.count("demo.double") == 1


def test_without_the_plugin_the_dialect_is_unknown(isolated_registries: None, source: Path) -> None:
    """No entry point, no dialect: upstream's error for an unknown dialect."""
    status, _, err = run_ours(str(source), [])
    assert status == 1
    assert "Dialect `demo' not found for custom op 'demo.const'" in err


def test_load_plugin_by_module_name(isolated_registries: None, source: Path) -> None:
    """--load-*-plugin=module calls the module's register_dialects/register_passes hooks."""
    sys.path.insert(0, str(DEMO))
    flags = ["--load-dialect-plugin=pymlir_opt_demo", "--load-pass-plugin=pymlir_opt_demo"]
    status, out, err = run_ours(str(source), [*flags, "--demo-expand"])
    assert status == 0, err
    assert "demo.double" not in out


def test_load_plugin_by_path(isolated_registries: None, source: Path) -> None:
    """A plugin may also be named by the path of its .py file."""
    from mliropt.dialects.registry import DIALECTS
    from mliropt.plugins import load_plugin

    sys.path.insert(0, str(DEMO))
    assert load_plugin(str(DEMO / "pymlir_opt_demo" / "__init__.py"), "dialect") is None
    assert DIALECTS["demo"] == "pymlir_opt_demo.dialect:DemoDialect"
    status, out, err = run_ours(str(source), [])
    assert status == 0, err


def test_load_plugin_failures(isolated_registries: None, tmp_path: Path) -> None:
    """Failures are reported in upstream's words (plus the reason when the module exists)."""
    from mliropt.plugins import load_plugin

    assert load_plugin("no_such_module_x", "pass") == (
        "Failed to load passes from 'no_such_module_x'. Request ignored."
    )
    assert load_plugin(str(tmp_path / "absent.py"), "dialect") == (
        f"Failed to load dialect plugin from '{tmp_path / 'absent.py'}'. Request ignored."
    )
    no_hook = tmp_path / "no_hook.py"
    no_hook.write_text("X = 1\n")
    assert load_plugin(str(no_hook), "pass") == (
        f"Failed to load passes from '{no_hook}'. Request ignored.\n"
        f"'{no_hook}' defines no register_passes(add) hook"
    )
    broken = tmp_path / "broken.py"
    broken.write_text("def register_dialects(add):\n    raise RuntimeError('boom')\n")
    assert load_plugin(str(broken), "dialect") == (
        f"Failed to load dialect plugin from '{broken}'. Request ignored.\nRuntimeError: boom"
    )


def test_register_by_class(isolated_registries: None) -> None:
    """A hook may register the class itself; it is recorded as module:Class."""
    from mliropt.passes.registry import PASSES, lookup_pass
    from mliropt.plugins import register_pass

    sys.path.insert(0, str(DEMO))
    from pymlir_opt_demo.passes import DemoExpandPass

    register_pass("demo-expand", DemoExpandPass)
    assert PASSES["demo-expand"] == "pymlir_opt_demo.passes:DemoExpandPass"
    assert lookup_pass("demo-expand") is DemoExpandPass


def _readme_extending_commands() -> list[tuple[str, str]]:
    """(command, expected stdout) of each `$ ` line of the README's Extending example."""
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text()
    section = readme.split("## Extending", 1)[1].split("\n## ", 1)[0]
    block = section.split("```sh\n", 1)[1].split("```", 1)[0]
    steps: list[tuple[str, list[str]]] = []
    for line in block.splitlines(keepends=True):
        if line.startswith("$ "):
            steps.append((line[2:].strip(), []))
        else:
            steps[-1][1].append(line)
    return [(cmd, "".join(out)) for cmd, out in steps]


def test_readme_extending_example_runs(tmp_path: Path) -> None:
    """The README's plugin example prints what the README shows (run from a copy of the
    repository's plugin directory, so the commands' relative paths hold)."""
    import shutil

    shutil.copytree(DEMO, tmp_path / "tests" / "plugins" / "demo")
    steps = _readme_extending_commands()
    assert len(steps) >= 3
    exe = str(Path(sys.executable).with_name("pymlir-opt"))
    for cmd, expected in steps:
        if cmd.startswith(("pymlir-opt", "PYTHONPATH")):
            cmd = cmd.replace("pymlir-opt", exe, 1)
        r = subprocess.run(cmd, shell=True, cwd=tmp_path, capture_output=True, text=True)
        assert r.returncode == 0, r.stderr
        assert r.stdout == expected, cmd
