"""Article metadata: front matter when present, else only what the text itself states.

A front-matter block (``---`` / ``key: value`` lines / ``---``) at the top of the
file wins. Without one, the head of the text (its first lines) is read for a
headline, a dateline, a byline, an outlet named in page furniture and a URL on a
line of its own; the last lines are read for a copyright notice naming the
outlet. Anything the text does not state stays ``None``: metadata is never
guessed. Everything here is regular expressions over a bounded slice of the
text, so it costs the same for a 10 MB file as for a short one.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from store.extract.drafts import ArticleMeta

HEAD_LINES = 40
HEAD_CHARS = 8000
TAIL_CHARS = 2000
FRONT_MATTER_LINES = 60

_KEYS = {
    "title": "title",
    "headline": "title",
    "outlet": "outlet",
    "source": "outlet",
    "publication": "outlet",
    "publisher": "outlet",
    "site": "outlet",
    "site_name": "outlet",
    "author": "author",
    "authors": "author",
    "byline": "author",
    "by": "author",
    "date": "published",
    "published": "published",
    "published_at": "published",
    "publish_date": "published",
    "pubdate": "published",
    "url": "url",
    "link": "url",
    "source_url": "url",
    "canonical": "url",
    "language": "language",
    "lang": "language",
}

_LANGUAGE_NAMES = {
    "english": "en",
    "french": "fr",
    "german": "de",
    "russian": "ru",
    "ukrainian": "uk",
    "korean": "ko",
    "spanish": "es",
    "japanese": "ja",
    "chinese": "zh",
    "bulgarian": "bg",
}

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
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_WEEKDAY = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday|rsday)?\.?,?"
_DATE = re.compile(
    rf"""
    (?P<iso>\b(?P<iy>(?:19|20)\d\d)(?P<sep>[-/.])(?P<im>\d{{1,2}})(?P=sep)(?P<id>\d{{1,2}})(?!\d))
  | (?P<mdy>\b(?P<m1>{_MONTH})\.?\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y1>(?:19|20)\d\d)\b)
  | (?P<dmy>\b(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>{_MONTH})\.?,?\s+(?P<y2>(?:19|20)\d\d)\b)
    """,
    re.IGNORECASE | re.VERBOSE,
)
_DATE_LABEL = re.compile(
    rf"^\W*(?:(?:first\s+|last\s+)?(?:published|posted|updated|modified|date|dated|on)\b\W*|{_WEEKDAY}\s*)*$",
    re.IGNORECASE,
)
_NEWS_DATELINE = re.compile(
    r"^\s*[A-Z][A-Z.'’ -]{1,30}(?:,\s*[A-Z][\w.'’ -]{1,30})?"  # SEOUL / KYIV, Ukraine
    r"(?:,\s*[A-Za-z]{3,9}\.?\s+\d{1,2}(?:,\s*\d{4})?)?"  # , Nov 13 / , Nov. 13, 2024
    r"\s*\((?P<agency>[A-Z][A-Za-z&.' -]{1,30}|[A-Z]{2,6})\)\s*[-–—:]"
)

_BYLINE = re.compile(
    r"^\W*(?:(?:written|words|reporting|reported|story)\s+)?by\s*:?\s+(?P<name>.+)$|^\W*(?:author|authors|byline)\s*:\s*(?P<name2>.+)$",
    re.IGNORECASE,
)
_LABELLED = re.compile(
    r"^(?P<key>title|headline|outlet|source|publication|publisher|author|authors|byline|date|published|url|link|language|lang)"
    r"\s*:\s*(?P<value>\S.*)$",
    re.IGNORECASE,
)
_BYLINE_SPLIT = re.compile(r"\s*(?:,|\||·|•|\s[-–—]\s|\band\b|&)\s*")
_DESK = re.compile(
    r"^(?P<outlet>[A-Z][\w&.'’ -]{1,40}?)\s+(?:news\s*desk|staff|newsroom|editorial\s+(?:board|team|staff))$"
)
_LAST_NEWS_IN = re.compile(
    r"^\W*(?:last|latest)\s+news\s+(?:in|from)\s+(?P<outlet>[\w.&' -]{2,40}?)\s*$", re.IGNORECASE
)
_SOURCE_LINE = re.compile(
    r"^\W*(?:source|publication|publisher|outlet)\s*:\s*(?P<outlet>[^\n]{2,60}?)\s*$", re.IGNORECASE
)
_DOMAIN_PUBLISHES = re.compile(
    r"^\W*(?P<outlet>[A-Za-z0-9][A-Za-z0-9-]{2,}\.[A-Za-z]{2,6})\s+(?:publishes|is\s+not|does\s+not|reports|brings)\b"
)
_COPYRIGHT = re.compile(
    r"(?:copyright\s*(?:©|\(c\))?|©)\s*(?:(?:19|20)\d\d\s*(?:[-–]\s*(?:19|20)?\d\d)?\s*,?\s*)?"
    r"(?P<owner>[A-Z][\w&.'’ -]{1,60}?)"
    r"\s*(?:[,.]?\s*(?:19|20)\d\d\b|\.?\s*all\s+rights|[|\n]|$)",
    re.IGNORECASE,
)
_CORPORATE = re.compile(
    r"(?:[\s,]+(?:technologies|technology|holdings|pvt|private|ltd|limited|inc|llc|llp|gmbh|corp|corporation|co|plc|s\.?a|ag)\.?)+\s*$",
    re.IGNORECASE,
)
_HAS_DIGIT = re.compile(r"\d")
_URL = re.compile(r"https?://[^\s<>\"'()\[\]]+[^\s<>\"'()\[\].,;:!?]")
_URL_LINE = re.compile(
    r"^\W*(?:(?:url|link|source|source\s+url|originally\s+published\s+(?:at|on))\s*:?\s*)?(?P<url>https?://\S+)\s*$",
    re.IGNORECASE,
)
_PIPE_OUTLET = re.compile(r"^(?P<title>.{12,}?)\s+\|\s+(?P<outlet>[A-Z][\w.&' -]{1,40})$")


def _words(spaced: str) -> frozenset[str]:
    return frozenset(spaced.split())


# Page furniture: lines that are never the headline.
_FURNITURE = re.compile(
    r"""^(?:
        .{0,40}\blogo\b.{0,40}
      | .{0,40}\b(?:play\s*store|app\s*store|google\s*play)\b.{0,60}
      | (?:download|get|open)\s+(?:the\s+|our\s+)?app
      | categor(?:y|ies)|latest(?:\s+news)?|breaking(?:\s+news)?|top\s+stories|most\s+(?:read|popular|viewed)
      | trending(?:\s+now)?|home(?:page)?|menu|search|subscribe(?:\s+now)?|sign\s+(?:in|up)|log\s*in|register
      | newsletters?|share(?:\s+this(?:\s+article|\s+story)?)?|advertisement|advert|sponsored(?:\s+content)?
      | skip\s+to(?:\s+main)?\s+content|listen(?:\s+to\s+(?:this\s+)?article)?(?:\s+\d+\s*min(?:ute)?s?)?
      | (?:also\s+)?read(?:\s+more|\s+also)?(?:\s*:.*)?|related(?:\s+(?:articles|stories|news))?(?:\s*:.*)?
      | follow\s+us.*|comments?|print|e-?mail|copy\s+link|close|accept(?:\s+all)?(?:\s+cookies)?|cookies?.*
      | facebook|twitter|x|whatsapp|telegram|linkedin|reddit
      | (?:last|latest)\s+news\s+(?:in|from)\s+.*
      | (?:reading\s+time\s*:?\s*)?\d+\s*(?:min|mins|minutes?)(?:\s+read)?
      | [\d\s:.,/|·•()+-]*
      | \d[\d,.]*\s*[km]?\s*(?:views?|reads?|comments?|shares?|likes?)
      | (?:photo|image|video|picture|credit)s?\s*:.*
    )$""",
    re.IGNORECASE | re.VERBOSE,
)
_STOPWORDS = _words(
    "the of and to in a is that for on with as was by it are from has have had said be at this an not will its his "
    "her their were which who but they he she would been also more than after about into over"
)
_OUTLET_WORDS = _words(
    """
    news press times post herald journal daily agency tv radio media independent pravda tribune guardian telegraph
    gazette wire network review observer monitor chronicle express mail star today weekly insider dispatch courier
    bulletin broadcasting channel reuters yonhap kcna xinhua interfax tass ukrinform afp ap bbc cnn nhk dw
    """
)
_CONNECTORS = frozenset({"of", "the", "and", "&", "de", "la", "el", "al"})
# Capitalised words that show a short line is a section label or an organisation, not a person's name.
_NOT_NAME_WORDS = _words(
    """
    news latest category logo app store home world politics geopolitics explainer analysis opinion live video
    breaking top stories korea north south russia russian ukraine ukrainian united states europe asia america
    war military defense defence security daily times post herald journal today press agency ministry council
    president minister report updated published read more share follow sign subscribe menu search the and of
    for in on at by with from new editorial feature features interview commentary business economy sport sports
    staff writer writers correspondent correspondents reporter reporters editor editors desk team bureau
    troops soldiers army forces front offensive invasion attack strike missile missiles weapons aid deal pact
    alliance talks crisis conflict update updates week day year briefing exclusive special podcast watch listen
    photos gallery kursk donbas crimea sanctions nuclear
    culture science tech technology health international national local region global media network tv radio
    january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday kyiv moscow seoul pyongyang beijing washington
    """
)
_NAME_TOKEN = re.compile(
    r"^(?:[A-Z]\.|[A-Z](?:[a-z]+|['’][A-Z][a-z]+)(?:[-'’][A-Z]?[a-z]+)*|[A-Z][a-z]*[A-Z][a-z]+|(?:de|van|von|der|da|di|del|la|le|bin|al)|(?:al|el)-[A-Z][a-z]+)$"
)
_MULTI_SENTENCE = re.compile(r"(?<!\b(?:Mr|Ms|Dr|St|Jr|Sr|No|vs))(?<!\bMrs)(?<!\b[A-Z])[.!?][\"'”’]?\s+[\"'“‘]?[A-Z]")


def parse_metadata(text: str, file: str) -> tuple[ArticleMeta, int]:
    """Read an article's metadata from its text.

    Args:
        text: the article's full text as stored.
        file: the source file's name (used for nothing but kept for error context).

    Returns:
        ``(metadata, body_start)``: ``body_start`` is the offset just past a
        front-matter block, or 0 when there is none.
    """
    front = _front_matter(text)
    if front is not None:
        meta, body_start = front
        inferred = _infer(text, body_start)
        filled = {
            name: getattr(meta, name) if getattr(meta, name) is not None else getattr(inferred, name)
            for name in ("title", "outlet", "author", "published", "url", "language")
        }
        return ArticleMeta(**filled), body_start
    return _infer(text, 0), 0


# -- front matter ---------------------------------------------------------------------


def _front_matter(text: str) -> tuple[ArticleMeta, int] | None:
    start = 1 if text.startswith("\ufeff") else 0
    match = re.match(r"[ \t]*---[ \t]*\r?\n", text[start:])
    if match is None:
        return None
    pos = start + match.end()
    fields: dict[str, str] = {}
    for _ in range(FRONT_MATTER_LINES):
        newline = text.find("\n", pos)
        end = len(text) if newline < 0 else newline + 1
        line = text[pos:end].strip()
        if line in ("---", "..."):
            return _meta_from_fields(fields), end
        if newline < 0:
            return None
        pos = end
        if not line or line.startswith("#"):
            continue
        key, sep, value = line.partition(":")
        key = key.strip().lower().replace("-", "_").replace(" ", "_")
        if not sep or not re.fullmatch(r"[a-z_][a-z0-9_]*", key):
            if line.startswith("- ") and fields.get("_last") and _KEYS.get(fields["_last"]) == "author":
                fields[fields["_last"]] = ", ".join(filter(None, (fields.get(fields["_last"]), _unquote(line[2:]))))
                continue
            return None  # not a key: value block after all
        fields[key] = _unquote(value)
        fields["_last"] = key
    return None


def _unquote(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1].strip()
    if value.startswith("[") and value.endswith("]") and "=" not in value:  # a YAML flow list: [Ann Kim, Tom Reyes]
        value = ", ".join(_unquote(v) for v in value[1:-1].split(",") if v.strip())
    return value


def _meta_from_fields(fields: dict[str, str]) -> ArticleMeta:
    values: dict[str, str | None] = {}
    for key, value in fields.items():
        name = _KEYS.get(key)
        if name is None or not value or name in values:
            continue
        if name == "published":
            values[name] = parse_date(value)
        elif name == "language":
            lang = value.strip().lower()
            values[name] = _LANGUAGE_NAMES.get(lang, lang.replace("_", "-"))
        elif name == "url":
            values[name] = value if _URL.fullmatch(value) else None
        else:
            values[name] = " ".join(value.split())
    return ArticleMeta(**values)


# -- dates ------------------------------------------------------------------------------


def parse_date(value: str) -> str | None:
    """The ISO date (``YYYY-MM-DD``) of the first full date in ``value``, or None.

    Only dates with a day, a month and a year count: ``Nov 13`` has no year.
    """
    match = _DATE.search(value)
    return _date_of(match) if match else None


def _date_of(match: re.Match[str]) -> str | None:
    try:
        if match.group("iso"):
            date = dt.date(int(match.group("iy")), int(match.group("im")), int(match.group("id")))
        elif match.group("mdy"):
            date = dt.date(int(match.group("y1")), _MONTHS[match.group("m1").lower()], int(match.group("d1")))
        else:
            date = dt.date(int(match.group("y2")), _MONTHS[match.group("m2").lower()], int(match.group("d2")))
    except (ValueError, KeyError):
        return None
    return date.isoformat()


# -- inference from the text ------------------------------------------------------------


def _head_lines(text: str, start: int) -> list[str]:
    lines = []
    for raw in text[start : start + HEAD_CHARS].splitlines()[:HEAD_LINES]:
        line = raw.strip()
        line = re.sub(r"^(?:#{1,6}\s+|[-*•·]\s+)", "", line).strip()
        line = re.sub(r"^([*_]{1,2})(.+)\1$", r"\2", line).strip()
        lines.append(line)
    return lines


def _infer(text: str, start: int) -> ArticleMeta:
    lines = _head_lines(text, start)
    meta = ArticleMeta()
    title: str | None = None
    title_at = -1
    body_seen = False
    seen: set[str] = set()
    name_line: tuple[int, str] | None = None
    footer_outlet = _copyright_owner(text[start : start + HEAD_CHARS]) or _tail_outlet(text)
    first = next((i for i, line in enumerate(lines) if line), -1)
    after_byline = False
    for index, line in enumerate(lines):
        if not line:
            continue
        was_after_byline, after_byline = after_byline, False
        meta = _scan_line(line, meta)
        if line in seen:
            continue
        seen.add(line)
        if body_seen:
            continue
        if _NEWS_DATELINE.match(line):  # "SEOUL, Nov 13 (Reuters) - ..." opens the body
            body_seen = True
            continue
        if _BYLINE.match(line):
            after_byline = True
            continue
        if index == first and title is None:
            masthead = _masthead(line)
            if masthead:  # the outlet's name as the page's first line
                meta = meta if meta.outlet else replace(meta, outlet=masthead)
                continue
        if footer_outlet and line.casefold() == footer_outlet.casefold():
            continue
        if was_after_byline and meta.outlet is None:
            affiliation = _BYLINE_SPLIT.split(line, maxsplit=1)[0]
            if _outlet_like(affiliation):  # "BBC News, Seoul" under "By Thomas Reid"
                meta = replace(meta, outlet=affiliation)
                continue
        if _is_dateline(line) or _LABELLED.match(line) or _DOMAIN_PUBLISHES.match(line) or _DESK.match(line):
            continue
        if _looks_like_name(line):
            if name_line is None and (title is None or index - title_at <= 3):
                name_line = (index, line)
            continue
        if _is_furniture(line):
            continue
        if title is None:
            if _reads_as_title(line):
                title, title_at = line, index
                continue
            body_seen = True
        elif _reads_as_body(line):
            body_seen = True
    if title is not None:
        piped = _PIPE_OUTLET.match(title)
        if piped and len(piped.group("outlet").split()) <= 4:
            title = piped.group("title").strip()
            if meta.outlet is None:
                meta = replace(meta, outlet=piped.group("outlet").strip())
    if meta.author is None and name_line is not None:
        meta = replace(meta, author=name_line[1])
    if meta.outlet is None:
        meta = replace(meta, outlet=footer_outlet)
    if meta.url is None:
        meta = replace(meta, url=_tail_url(text))
    return replace(meta, title=meta.title or title, language=_language(text, start))


def _scan_line(line: str, meta: ArticleMeta) -> ArticleMeta:
    """Fill what this head line states (byline, date, outlet, URL) into ``meta`` if still unknown."""
    labelled = _LABELLED.match(line)
    if labelled:
        key = labelled.group("key").lower()
        value = _unquote(labelled.group("value"))
        if _KEYS.get(key) == "outlet" and not _plausible_outlet(value):
            return meta  # "Source: Budanov in an interview with ..." names where a quote comes from, not the outlet
        found = _meta_from_fields({key: value})
        return ArticleMeta(
            **{
                name: getattr(meta, name) if getattr(meta, name) is not None else getattr(found, name)
                for name in ("title", "outlet", "author", "published", "url", "language")
            }
        )
    if meta.author is None or meta.outlet is None:
        meta = _scan_byline(line, meta)
    if meta.published is None:
        meta = replace(meta, published=_dateline_date(line))
    if meta.outlet is None:
        for pattern in (_NEWS_DATELINE, _LAST_NEWS_IN, _SOURCE_LINE, _DOMAIN_PUBLISHES, _DESK):
            found = pattern.match(line)
            if found:
                outlet = found.group("agency" if pattern is _NEWS_DATELINE else "outlet").strip()
                if outlet and not _URL.match(outlet) and (pattern is not _SOURCE_LINE or _plausible_outlet(outlet)):
                    meta = replace(meta, outlet=outlet)
                    break
    if meta.url is None:
        url = _URL_LINE.match(line)
        if url:
            meta = replace(meta, url=_URL.match(url.group("url")).group() if _URL.match(url.group("url")) else None)
    return meta


def _scan_byline(line: str, meta: ArticleMeta) -> ArticleMeta:
    """Author (and an outlet named beside it) from "By ..." lines and "Name | date" lines."""
    if len(line) > 120:
        return meta
    by = _BYLINE.match(line)
    if by:
        names, rest = _byline_parts(by.group("name") or by.group("name2"))
    else:
        names, rest = _byline_parts(line)
        if not names or not rest or _dateline_date(rest) is None or not _DATE_LABEL.match(rest[: _first_date(rest)]):
            return meta  # a bare "Name | date" line only counts when the date follows the names at once
    if names and meta.author is None:
        meta = replace(meta, author=", ".join(names))
    if names and meta.outlet is None:
        affiliation = _BYLINE_SPLIT.split(rest, maxsplit=1)[0].strip(" .")
        if affiliation and _outlet_like(affiliation):
            meta = replace(meta, outlet=affiliation)
    return meta


def _first_date(text: str) -> int:
    match = _DATE.search(text)
    return match.start() if match else 0


def _dateline_date(line: str) -> str | None:
    """A full date on a line that reads as a dateline, not inside a body sentence."""
    if not _HAS_DIGIT.search(line):
        return None
    news = _NEWS_DATELINE.match(line)
    if news:
        return parse_date(news.group())
    for match in _DATE.finditer(line):
        before = line[: match.start()]
        if _DATE_LABEL.match(before) or len(line) <= 60:
            date = _date_of(match)
            if date:
                return date
    return None


def _is_dateline(line: str) -> bool:
    return _NEWS_DATELINE.match(line) is None and _dateline_date(line) is not None and len(line) <= 80


def _byline_parts(raw: str) -> tuple[list[str], str]:
    """The person names at the start of a byline, and what follows them (outlet, role, place, date)."""
    names: list[str] = []
    rest = raw.strip()
    while rest:
        sep = _BYLINE_SPLIT.search(rest)
        part, after = (rest[: sep.start()], rest[sep.end() :]) if sep else (rest, "")
        tokens = part.strip(" .:;").split()
        shouting = bool(tokens) and len(tokens[0]) > 1 and tokens[0].isupper()  # "By JOHN MERCER and ..."
        run = 0
        while run < len(tokens) and _name_token(tokens[run], shouting):
            run += 1
        name = " ".join(t.title() if shouting else t for t in tokens[:run])
        if not run or not _looks_like_name(name):
            return names, rest
        names.append(name)
        if run < len(tokens):
            return names, " ".join([*tokens[run:], after]).strip()
        rest = after
    return names, ""


def _name_token(token: str, shouting: bool) -> bool:
    if token.lower().strip(".") in _NOT_NAME_WORDS or token.lower() in _OUTLET_WORDS:
        return False
    if shouting:
        return bool(re.fullmatch(r"[A-Z]+(?:[-'’][A-Z]+)*", token)) and len(token) > 1
    return bool(_NAME_TOKEN.match(token))


def _masthead(line: str) -> str | None:
    """The outlet named by a page's first line ("The Daily Ledger", "Daily NK | news from inside")."""
    name = re.split(r"\s+[|–—-]\s+", line, maxsplit=1)[0].strip()
    return name if _outlet_like(name) else None


def _outlet_like(segment: str) -> bool:
    """A short capitalised name with a word that newspapers and agencies use in their names."""
    tokens = segment.split()
    if not 1 <= len(tokens) <= 5 or len(segment) > 50:
        return False
    if not all(t[0].isupper() or t[0].isdigit() or t.lower() in _CONNECTORS for t in tokens):
        return False
    return any(t.lower().strip(".,") in _OUTLET_WORDS for t in tokens)


def _plausible_outlet(value: str) -> bool:
    """A labelled outlet ("Source: X") that is a name or a domain, not a phrase."""
    tokens = value.split()
    if len(tokens) == 1 and "." in value:
        return True
    return 1 <= len(tokens) <= 6 and all(t[0].isupper() or t[0].isdigit() or t.lower() in _CONNECTORS for t in tokens)


def _looks_like_name(line: str) -> bool:
    """A short line of 2-4 capitalised name tokens that are not section or place words."""
    tokens = line.split()
    if not 2 <= len(tokens) <= 4 or len(line) > 40:
        return False
    if not all(_NAME_TOKEN.match(t) for t in tokens):
        return False
    if not tokens[0][0].isupper() or not tokens[-1][0].isupper():
        return False
    return not any(t.lower().strip(".") in _NOT_NAME_WORDS for t in tokens)


def _is_furniture(line: str) -> bool:
    if len(re.findall(r"\s[|>»/]\s", line)) >= 2:  # navigation: "Home | World | Asia", "HOME > NEWS > MILITARY"
        return True
    return bool(_FURNITURE.match(line)) or len(line.split()) < 3


def _reads_as_title(line: str) -> bool:
    words = line.split()
    if not 3 <= len(words) <= 25 or not 12 <= len(line) <= 250:
        return False
    if _MULTI_SENTENCE.search(line) and (line.endswith(".") or len(words) > 20):
        return False  # "X. That should worry Seoul" is a headline; two full sentences are a paragraph
    if line.endswith(".") and len(words) > 14:
        return False
    return sum(c.isalpha() for c in line) >= len(line) * 0.6


def _reads_as_body(line: str) -> bool:
    words = line.split()
    return len(words) > 30 or (line.endswith((".", "”", '"')) and len(words) > 12) or bool(_MULTI_SENTENCE.search(line))


def _copyright_owner(chunk: str) -> str | None:
    for match in _COPYRIGHT.finditer(chunk):
        owner = _CORPORATE.sub("", match.group("owner").strip(" .,-")).strip(" .,-")
        if owner and not re.fullmatch(r"[\d\s-]+", owner) and len(owner.split()) <= 6:
            return owner
    return None


def _tail_outlet(text: str) -> str | None:
    return _copyright_owner(text[-TAIL_CHARS:]) if len(text) > HEAD_CHARS else None


def _tail_url(text: str) -> str | None:
    for raw in reversed(text[-TAIL_CHARS:].splitlines()[-15:]):
        match = _URL_LINE.match(raw.strip())
        if match:
            url = _URL.match(match.group("url"))
            if url:
                return url.group()
    return None


def _language(text: str, start: int) -> str | None:
    """``"en"`` when common English function words make up a good share of the words, else None."""
    words = re.findall(r"[^\W\d_]+", text[start : start + HEAD_CHARS].lower())
    if len(words) < 20:
        return None
    share = sum(w in _STOPWORDS for w in words) / len(words)
    return "en" if share >= 0.18 else None
