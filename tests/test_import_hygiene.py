"""store/ is headless: importing it (and the CLI's headless path) must not import Textual."""

from __future__ import annotations

import subprocess
import sys

import pytest


@pytest.mark.parametrize(
    "module", ["store", "store.cli", "store.store", "store.extract", "store.cli_output", "tui", "tui.cli"]
)
def test_module_does_not_import_textual(module: str) -> None:
    code = f"import sys, {module}; sys.exit(any(m.split('.')[0] == 'textual' for m in sys.modules))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert result.returncode == 0, f"importing {module} imported textual\n{result.stderr}"


def test_no_textual_import_statement_under_store() -> None:
    from pathlib import Path

    import store

    root = Path(store.__file__).parent
    offenders = [
        str(path.relative_to(root))
        for path in root.rglob("*.py")
        if any(line.lstrip().startswith(("import textual", "from textual")) for line in path.read_text().splitlines())
    ]
    assert offenders == []


def test_the_store_package_exports_each_name_from_its_home() -> None:
    import importlib

    import store

    assert sorted(store.__all__) == sorted(store._HOMES)
    for name, home in store._HOMES.items():
        assert getattr(store, name) is getattr(importlib.import_module(home), name)
