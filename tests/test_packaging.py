"""The wheel ships the seeds, so an installed nkru-tui works from any directory."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    pytest.importorskip("hatchling")
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            "-w",
            str(out),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
    )
    return next(out.glob("nkru_tui-*.whl"))


def test_wheel_contains_the_five_seeds_and_data(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    seeds = sorted(n for n in names if n.startswith("store/_seeds/"))
    assert [Path(n).name for n in seeds] == sorted(p.name for p in (ROOT / "seeds").iterdir())
    assert "store/data/topics.json" in names
    assert any(n.endswith("entry_points.txt") for n in names)


def test_installed_wheel_builds_store_from_any_directory(wheel: Path, tmp_path: Path) -> None:
    target = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", str(target), str(wheel)],
        check=True,
        capture_output=True,
    )
    env = {**os.environ, "PYTHONPATH": str(target), "NKRU_TUI_DB": str(tmp_path / "s.json")}

    def run(code: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-c", code], cwd=tmp_path, env=env, capture_output=True, text=True, check=False
        )

    result = run("import sys; from tui.cli import main; sys.exit(main(['articles', '--json']))")
    assert result.returncode == 0, result.stderr
    assert len(json.loads(result.stdout)) == 5
    where = run("from store.paths import bundled_seeds_dir; print(bundled_seeds_dir())")
    assert Path(where.stdout.strip()).is_relative_to(target)
