"""The app's frame rate is a default for Textual that the user's environment overrides."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tui.frames import FRAME_RATE, set_frame_rate


def test_the_frame_rate_is_set_when_the_environment_has_none(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TEXTUAL_FPS", "")  # recorded, so that the value set below is undone after the test
    monkeypatch.delenv("TEXTUAL_FPS")
    set_frame_rate()
    assert os.environ["TEXTUAL_FPS"] == str(FRAME_RATE)


def test_a_frame_rate_from_the_environment_is_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TEXTUAL_FPS", "30")
    set_frame_rate()
    assert os.environ["TEXTUAL_FPS"] == "30"


def test_the_benchmarks_run_textual_at_the_apps_frame_rate() -> None:
    env = {k: v for k, v in os.environ.items() if k != "TEXTUAL_FPS"}
    code = "import benchmarks.app_bench, textual.constants as c; print(c.MAX_FPS)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    assert out.stdout.strip() == str(FRAME_RATE)
