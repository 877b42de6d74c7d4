"""Character classes and the capitalised-name run that every name pattern is built from."""

from __future__ import annotations

import re

UP = "A-ZÀ-ÖØ-Þ"
LOW = "a-zß-öø-ÿ"
# A name word: Capitalised, optional inner capitals/hyphen parts (McDonald, Jong-un, O'Brien), or an initial.
_NAMETOK = rf"(?:[{UP}](?:['’][{UP}])?[{LOW}][\w]*(?:-[\w]+)*|[{UP}]\.)"
SP = "[ \u00a0]"  # a space, or a no-break space
NAME_RUN = re.compile(rf"{_NAMETOK}(?:{SP}+{_NAMETOK})*")
