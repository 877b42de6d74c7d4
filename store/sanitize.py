"""Removing terminal control from untrusted text before it is shown or copied.

Article text is data. Escape sequences (CSI, OSC, DCS, APC, PM, SOS, and their
8-bit C1 forms), C0 and C1 control characters, carriage returns, line and
bidirectional overrides/isolates are removed; tabs and newlines are kept, and
line and paragraph separators (U+2028/U+2029) become newlines.

Two ways to call it:

* :func:`clean_for_display` (``clean(text, keep_offsets=True)``) replaces every
  removed character with one space, so the result has exactly the length of
  the input and character offsets computed on the stored text (a claim's
  ``start``/``end``, ``sentence_start``/``sentence_end``) index the same
  characters in what is displayed. Use it for the article reader.
* :func:`clean` (``keep_offsets=False``) drops them; use it for anything short
  that is shown on its own (titles, names, sentences) or copied out.

Stored text itself is never changed: the store keeps articles verbatim.
"""

from __future__ import annotations

import re

# A string sequence (OSC, DCS, ...) ends at BEL or ST; its payload is taken to stop at a line end or at the next
# escape at the latest, so a stray opener never swallows the rest of an article (and matching stays linear).
_PAYLOAD = r"[^\x07\x1b\x9c\n\x90\x98\x9b\x9d\x9e\x9f]*"
_ESCAPES = re.compile(
    rf"""
    \x1b\[[0-?]*[ -/]*[@-~]?                        # CSI (unterminated: up to where it stops)
  | \x9b[0-?]*[ -/]*[@-~]?                          # 8-bit CSI
  | \x1b[\]PX^_]{_PAYLOAD}(?:\x07|\x1b\\|\x9c)?    # OSC, DCS, SOS, PM, APC, terminated or not
  | [\x90\x98\x9d\x9e\x9f]{_PAYLOAD}(?:\x07|\x1b\\|\x9c)?  # the same in 8-bit form
  | \x1b[ -/]*[0-~]?                                # other ESC sequences (charset, keypad, ...), lone ESC
    """,
    re.VERBOSE,
)
_CONTROLS = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f"  # C0 but tab and newline, DEL, C1 (CR too: it moves the cursor)
    "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]"  # bidi marks, embeddings, overrides, isolates
)
# Everything either pattern (or the line-break rules) can touch: text without any of these is returned as is.
_SUSPECT = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]")
_LINE_BREAKS = re.compile("\r\n?|[\u2028\u2029]")
_LONE_BREAKS = re.compile("\r(?!\n)|[\u2028\u2029]")


def clean(text: str, *, keep_offsets: bool = False) -> str:
    """``text`` without escape sequences, control characters or bidi overrides.

    Args:
        text: untrusted text (article text, a title, a name, a sentence).
        keep_offsets: replace what is removed with spaces, one per character,
            so that ``len(result) == len(text)`` and offsets stay valid.

    Returns:
        Text safe to put on a terminal or on the clipboard (still plain text:
        render it as Rich ``Text`` / Textual ``Content``, never as markup).
    """
    if _SUSPECT.search(text) is None:
        return text
    if keep_offsets:
        text = _LONE_BREAKS.sub("\n", text)  # one for one; the CR of a CRLF becomes a space below
        text = _ESCAPES.sub(lambda m: " " * len(m.group()), text)
        return _CONTROLS.sub(" ", text)
    return _CONTROLS.sub("", _ESCAPES.sub("", _LINE_BREAKS.sub("\n", text)))


def clean_for_display(text: str) -> str:
    """``clean(text, keep_offsets=True)``: the article text for the reader, offsets unchanged."""
    return clean(text, keep_offsets=True)


def clean_line(text: str) -> str:
    """``clean(text)`` on one line: every run of whitespace (newlines too) becomes one space."""
    return " ".join(clean(text).split())
