"""The system clipboard: which tool is used when, time limits, the file fallback.

Fake clipboard tools (shell scripts that store their input in a file) stand in for the real ones, on a ``PATH``
that holds nothing else, and pyperclip is replaced, so no test touches the developer's clipboard.
"""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from store import clipboard

REAL_PYPERCLIP = clipboard._pyperclip
TEXT = "“North Korea sent 11,000 soldiers,” Seoul said. - Łukasz Żebrowski\nsecond line"


@pytest.fixture
def fakebin(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "bin"
    folder.mkdir()
    monkeypatch.setenv("PATH", str(folder))
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setattr(clipboard, "_pyperclip", lambda text: False)
    return folder


def fake_tool(folder: Path, name: str, body: str | None = None) -> Path:
    """A tool that writes its standard input to ``<folder>/<name>.out`` (or runs ``body``)."""
    script = folder / name
    script.write_text(f"#!/bin/sh\n{body or f'/bin/cat > {folder / name}.out'}\n", encoding="utf-8")
    script.chmod(0o755)
    return folder / f"{name}.out"


def test_no_tool_and_no_pyperclip_means_no_clipboard(fakebin: Path) -> None:
    assert clipboard.copy_text(TEXT) == []


def test_x_tools_are_skipped_without_a_display(fakebin: Path) -> None:
    xclip = fake_tool(fakebin, "xclip")
    wl = fake_tool(fakebin, "wl-copy")
    assert clipboard.copy_text(TEXT) == []
    assert not xclip.exists() and not wl.exists()


def test_xclip_gets_the_exact_text_with_a_display(fakebin: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DISPLAY", ":0")
    out = fake_tool(fakebin, "xclip")
    assert clipboard.copy_text(TEXT) == ["xclip"]
    assert out.read_text(encoding="utf-8") == TEXT


def test_wayland_comes_first(fakebin: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.setenv("WAYLAND_DISPLAY", "wayland-0")
    wl = fake_tool(fakebin, "wl-copy")
    xclip = fake_tool(fakebin, "xclip")
    assert clipboard.copy_text(TEXT) == ["wl-copy"]
    assert wl.read_text(encoding="utf-8") == TEXT
    assert not xclip.exists()


def test_a_failing_tool_falls_through_to_the_next(fakebin: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DISPLAY", ":0")
    fake_tool(fakebin, "xclip", "exit 1")
    out = fake_tool(fakebin, "xsel")
    assert clipboard.copy_text(TEXT) == ["xsel"]
    assert out.read_text(encoding="utf-8") == TEXT


def test_pbcopy_needs_no_display(fakebin: Path) -> None:
    out = fake_tool(fakebin, "pbcopy")
    assert clipboard.copy_text(TEXT) == ["pbcopy"]
    assert out.read_text(encoding="utf-8") == TEXT


def test_a_hanging_tool_is_given_up(fakebin: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.setattr(clipboard, "TIMEOUT", 0.3)
    fake_tool(fakebin, "xclip", "exec /bin/sleep 30")
    started = time.monotonic()
    assert clipboard.copy_text(TEXT) == []
    assert time.monotonic() - started < 10


def test_pyperclip_is_the_last_resort(fakebin: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pyperclip = pytest.importorskip("pyperclip")
    monkeypatch.setattr(clipboard, "_pyperclip", REAL_PYPERCLIP)
    copied: list[str] = []
    monkeypatch.setattr(pyperclip, "copy", copied.append)
    assert clipboard.copy_text(TEXT) == ["pyperclip"]
    assert copied == [TEXT]


def test_a_failing_pyperclip_means_no_clipboard(fakebin: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pyperclip = pytest.importorskip("pyperclip")
    monkeypatch.setattr(clipboard, "_pyperclip", REAL_PYPERCLIP)

    def no_clipboard(text: str) -> None:
        raise pyperclip.PyperclipException("could not find a copy/paste mechanism")

    monkeypatch.setattr(pyperclip, "copy", no_clipboard)
    assert clipboard.copy_text(TEXT) == []


def test_a_hanging_pyperclip_is_given_up(fakebin: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pyperclip = pytest.importorskip("pyperclip")
    monkeypatch.setattr(clipboard, "_pyperclip", REAL_PYPERCLIP)
    monkeypatch.setattr(clipboard, "TIMEOUT", 0.2)
    release = threading.Event()
    monkeypatch.setattr(pyperclip, "copy", lambda text: release.wait(5))
    started = time.monotonic()
    try:
        assert clipboard.copy_text(TEXT) == []
        assert time.monotonic() - started < 3
    finally:
        release.set()


def test_fallback_file_goes_to_the_user_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    path = clipboard.write_fallback(TEXT)
    assert path == tmp_path / "data" / "nkru-tui" / "last-citation.txt"
    assert path.read_text(encoding="utf-8") == TEXT + "\n"
    clipboard.write_fallback("second")
    assert path.read_text(encoding="utf-8") == "second\n"
    assert [p.name for p in path.parent.iterdir()] == ["last-citation.txt"]


def test_fallback_file_at_a_chosen_path(tmp_path: Path) -> None:
    path = clipboard.write_fallback("text\n", tmp_path / "deep" / "out.txt")
    assert path.read_text(encoding="utf-8") == "text\n"
