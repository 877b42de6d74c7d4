"""How often the app may draw: Textual's frame rate, which must be set before Textual is imported.

Textual draws a changed screen on the tick of a timer, at most ``TEXTUAL_FPS`` times a second (60 unless set):
a key whose change is ready just after a frame waits up to a whole frame period (16.7 ms at 60) before it is
drawn. At 120 that wait is at most 8.3 ms. Frames are drawn only when something changed, so an idle app costs
nothing more; holding a key down draws (and sends the terminal) up to twice as many updates a second. A user on
a slow link can set ``TEXTUAL_FPS=60`` (or lower) in the environment: it is only a default.
"""

from __future__ import annotations

import os

FRAME_RATE = 120
"""Frames a second, at most, unless ``TEXTUAL_FPS`` is already set."""


def set_frame_rate() -> None:
    """Make :data:`FRAME_RATE` Textual's frame rate unless the environment sets one (call before importing Textual)."""
    os.environ.setdefault("TEXTUAL_FPS", str(FRAME_RATE))
