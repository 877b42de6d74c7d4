"""Full calendar dates in text (``2024-11-04``, ``Nov 4, 2024``, ``4 November 2024``, ``04/11/2024``) as ISO dates.

An all-numeric date is read only when its day/month order is clear from the date itself or from the page.
"""

from __future__ import annotations

import datetime as dt
import re

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}
MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
WEEKDAY = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday|rsday)?\.?,?"
_YEAR_END = r"(?:\b|(?=\d{1,2}:\d\d))"  # "November 4, 20248:15 AM": scraped pages glue the time to the year
DATE = re.compile(
    rf"""
    (?P<iso>\b(?P<iy>(?:19|20)\d\d)(?P<sep>[-/.])(?P<im>\d{{1,2}})(?P=sep)(?P<id>\d{{1,2}})(?!\d))
  | (?P<mdy>\b(?P<m1>{MONTH})\.?\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y1>(?:19|20)\d\d){_YEAR_END})
  | (?P<dmy>\b(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>{MONTH})\.?,?\s+(?P<y2>(?:19|20)\d\d){_YEAR_END})
  | (?P<num>\b(?P<na>\d{{1,2}})(?P<nsep>[/.])(?P<nb>\d{{1,2}})(?P=nsep)(?P<ny>(?:19|20)\d\d)\b)
    """,
    re.IGNORECASE | re.VERBOSE,
)

_TZ_DMY = re.compile(r"\b(?:BST|CEST|CET|EEST|EET|IST|AEST|AEDT)\b")
_TZ_MDY = re.compile(r"\b(?:EST|EDT|CST|CDT|PST|PDT|MST|MDT|ET|PT)\b")
NUMERIC_DATE = re.compile(r"\b(\d{1,2})([/.])(\d{1,2})\2(?:19|20)\d\d\b")
# what every numeric date holds; found at C speed, it rules most heads out before NUMERIC_DATE scans them
_NUMERIC_HINT = re.compile(r"\d[/.]\d")


def parse_date(value: str, order: str | None = None) -> str | None:
    """The ISO date (``YYYY-MM-DD``) of the first full date in ``value``, or None.

    Only dates with a day, a month and a year count: ``Nov 13`` has no year. An all-numeric
    date (``04/11/2024``) is read only when its order is clear: a part above 12 is the day,
    or ``order`` (``"dmy"`` / ``"mdy"``, what the rest of the page shows) settles it.

    Args:
        value: text that may hold a date.
        order: the page's day/month order for all-numeric dates, when known.
    """
    match = DATE.search(value)
    return date_of(match, order) if match else None


def date_of(match: re.Match[str], order: str | None = None) -> str | None:
    """The ISO date a ``DATE`` match names, or None when it is no real date or its day/month order is unclear."""
    try:
        if match.group("iso"):
            date = dt.date(int(match.group("iy")), int(match.group("im")), int(match.group("id")))
        elif match.group("mdy"):
            date = dt.date(int(match.group("y1")), _MONTHS[match.group("m1").lower()], int(match.group("d1")))
        elif match.group("dmy"):
            date = dt.date(int(match.group("y2")), _MONTHS[match.group("m2").lower()], int(match.group("d2")))
        else:
            first, second = int(match.group("na")), int(match.group("nb"))
            found = _numeric_order(first, second) or order
            if found is None:
                return None  # 04/11/2024: 4 November or April 11? The text does not say.
            day, month = (first, second) if found == "dmy" else (second, first)
            date = dt.date(int(match.group("ny")), month, day)
    except (ValueError, KeyError):
        return None
    return date.isoformat()


def _numeric_order(first: int, second: int) -> str | None:
    """``"dmy"`` or ``"mdy"`` when the two numbers of a numeric date can only be read one way."""
    if first == second:
        return "dmy"
    if first > 12 >= second:
        return "dmy"
    if second > 12 >= first:
        return "mdy"
    return None


def page_order(head: str) -> str | None:
    """The day/month order the page's own numeric dates or time zone show, if any."""
    numeric = False
    if not _NUMERIC_HINT.search(head):
        return None  # no all-numeric date to settle
    for match in NUMERIC_DATE.finditer(head):
        numeric = True
        found = _numeric_order(int(match.group(1)), int(match.group(3)))
        if found and int(match.group(1)) != int(match.group(3)):
            return found
    if not numeric:
        return None  # no all-numeric date to settle
    if _TZ_DMY.search(head):
        return "dmy"
    if _TZ_MDY.search(head):
        return "mdy"
    return None
