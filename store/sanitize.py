"""Removing terminal control from untrusted text before it is shown or copied.

Article text is data. Escape sequences (CSI, OSC, DCS, APC, PM, SOS), C0 and C1
control characters and bidirectional overrides are removed; tabs and newlines
are kept. :func:`clean` keeps the length of the text unchanged when asked
(``keep_offsets=True``) by replacing what it removes with spaces, so offsets
computed on the stored text stay valid for what is displayed.
"""

from __future__ import annotations

import re

_ESCAPES = re.compile(
    r"""
    \x1b\[[0-?]*[ -/]*[@-~]                 # CSI
  | \x1b[\]PX^_].*?(?:\x07|\x1b\\|\x9c)    # OSC, DCS, SOS, PM, APC with their terminators
  | \x1b[\]PX^_][^\x07\x1b\x9c]*           # the same, unterminated
  | \x9b[0-?]*[ -/]*[@-~]                   # 8-bit CSI
  | [\x90\x98\x9d\x9e\x9f][^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?  # 8-bit OSC, DCS, ...
  | \x1b[ -/]*[0-~]?                        # other ESC sequences, or a lone ESC
    """,
    re.VERBOSE | re.DOTALL,
)
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def clean(text: str, *, keep_offsets: bool = False) -> str:
    """``text`` without escape sequences, control characters or bidi overrides."""
    if keep_offsets:
        text = _ESCAPES.sub(lambda m: " " * len(m.group()), text)
        return _CONTROLS.sub(" ", text)
    return _CONTROLS.sub("", _ESCAPES.sub("", text))
