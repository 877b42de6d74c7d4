"""Benchmarks and evaluation scripts (run as modules: python -m benchmarks.<name>).

Importing the package gives Textual the app's frame rate (:mod:`tui.frames`) before any benchmark imports it,
so that the app measured in process and the bare app it is compared with draw as ``nkru-tui`` does.
"""

from tui.frames import set_frame_rate

set_frame_rate()
