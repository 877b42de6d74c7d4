"""Article metadata: front matter when present, else only what the text itself states.

A front-matter block (``---`` / ``key: value`` lines / ``---``) at the top of the
file wins. Without one, the head of the text (its first 40 lines) is read for:

- a headline: the first line that reads as one, after skipping page furniture (menus,
  breadcrumbs, section labels, share/save/listen buttons, cookie banners, read-time and
  view counters); a headline of one to three words counts when a blank line and a
  dateline or byline follow it;
- a published date: a labelled or stand-alone date line, or a dateline (``SEOUL, Nov 4,
  2024 -``); an all-numeric date only when its day/month order is clear;
- an author: a ``By ...`` line, or a line of names right under the headline (``JANE DOE``,
  ``Jane Doe and John Roe``, ``Jane Doe, Seoul correspondent``, ``Jane Doe in Seoul``);
- an outlet: a wire dateline's agency (``KYIV/SEOUL, Nov 4 (Reuters) -``, ``Seoul, South
  Korea CNN —``), a byline's affiliation (``By X, CNN``), the outlet's name in the header,
  after the headline (``Headline - BBC News``) or in a footer (copyright, "All rights
  reserved", newsletter sign-up);
- a URL on a line of its own.

An intelligence agency, ministry, government or armed force is never the outlet, wherever it is named
(``SEOUL (NIS) -``, ``© Ministry of Defence``); a publication named after them ("Army Times") still is.

Anything the text does not state stays ``None``: metadata is never guessed. Everything
here is precompiled regular expressions over the first 40 lines and the last 2,000
characters, so it costs the same for a 10 MB file as for a short one.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from store.extract.drafts import ArticleMeta
from store.extract.names import canonical

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
_YEAR_END = r"(?:\b|(?=\d{1,2}:\d\d))"  # "November 4, 20248:15 AM": scraped pages glue the time to the year
_DATE = re.compile(
    rf"""
    (?P<iso>\b(?P<iy>(?:19|20)\d\d)(?P<sep>[-/.])(?P<im>\d{{1,2}})(?P=sep)(?P<id>\d{{1,2}})(?!\d))
  | (?P<mdy>\b(?P<m1>{_MONTH})\.?\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y1>(?:19|20)\d\d){_YEAR_END})
  | (?P<dmy>\b(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>{_MONTH})\.?,?\s+(?P<y2>(?:19|20)\d\d){_YEAR_END})
  | (?P<num>\b(?P<na>\d{{1,2}})(?P<nsep>[/.])(?P<nb>\d{{1,2}})(?P=nsep)(?P<ny>(?:19|20)\d\d)\b)
    """,
    re.IGNORECASE | re.VERBOSE,
)
_DATE_LABEL = re.compile(
    rf"^\W*(?:(?:first\s+|last\s+)?(?:published|posted|updated|modified|date|dated|on)\b\W*|{_WEEKDAY}\s*)*$",
    re.IGNORECASE,
)
_PLACE_CAPS = r"[A-Z][A-Z.'’/ -]{1,40}"  # SEOUL / KYIV/SEOUL / NEW YORK
_PLACE_TITLE = r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}"  # Seoul / Hong Kong
_NEWS_DATELINE = re.compile(
    rf"^\s*{_PLACE_CAPS}(?:,\s*[A-Z][\w.'’ -]{{1,30}})?"  # SEOUL / KYIV, Ukraine / KYIV/SEOUL
    r"(?:,\s*[A-Za-z]{3,9}\.?\s+\d{1,2}(?:,\s*\d{4})?)?"  # , Nov 13 / , Nov. 13, 2024
    r"\s*\((?P<agency>[A-Z][A-Za-z&.' -]{1,30}|[A-Z]{2,6})\)\s*[-–—:]"
)
# "SEOUL, Nov 4, 2024 - ..." / "Kyiv, Ukraine, 4 November 2024 — ...": a dateline that gives the date but no agency.
_PLACE_DATELINE = re.compile(
    rf"^\s*(?:{_PLACE_CAPS}|{_PLACE_TITLE})(?:,\s*[A-Z][A-Za-z.'’ -]{{1,30}})?,\s*(?:(?i:{_WEEKDAY})\s*)?"
    rf"(?P<date>(?i:{_MONTH})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d|\d{{1,2}}\s+(?i:{_MONTH})\.?,?\s+(?:19|20)\d\d)"
    r"\s*(?:\((?P<agency>[A-Z][A-Za-z&.' -]{1,30})\)\s*)?[-–—:]{1,2}(?:\s|$)"
)
# "Seoul, South Korea CNN — ...": the outlet's initials after the place, no brackets.
_BARE_AGENCY_DATELINE = re.compile(
    rf"^\s*{_PLACE_TITLE}(?:,\s*{_PLACE_TITLE})?\s+(?P<agency>[A-Z]{{2,6}})\s*[-–—]{{1,2}}(?:\s|$)"
)
# "Moscow, November 4 (Interfax) - ..." and "MOSCOW, November 4. /TASS/.": a date and an agency after the place.
_TITLE_PLACE_DATELINE = re.compile(
    rf"^\s*{_PLACE_TITLE}(?:,\s*{_PLACE_TITLE})?,\s*(?i:{_MONTH})\.?\s+\d{{1,2}}(?:,\s*(?:19|20)\d\d)?"
    r"\s*\((?P<agency>[A-Z][A-Za-z&.' -]{1,30})\)\s*[-–—:]{1,2}"
)
_SLASHED_AGENCY = re.compile(
    rf"^\s*(?:{_PLACE_CAPS}|{_PLACE_TITLE}),\s*(?i:{_MONTH})\.?\s+\d{{1,2}}(?:,\s*(?:19|20)\d\d)?\.\s*"
    r"/(?P<agency>[A-Z][A-Za-z-]{1,20})/"
)
_AGENCY_DATELINES = (_NEWS_DATELINE, _PLACE_DATELINE, _TITLE_PLACE_DATELINE, _SLASHED_AGENCY, _BARE_AGENCY_DATELINE)
_NOT_AGENCIES = frozenset({"DC", "US", "USA", "UK", "EU", "UN", "UAE", "NATO", "ROK", "DPRK", "PRC"})
# Whoever a story is about is never its outlet: intelligence agencies, ministries, governments and armed forces,
# however a dateline, a desk line or a copyright line happens to name them ("SEOUL (NIS) -", "© Ministry of ...").
_NOT_OUTLET = re.compile(
    r"\b(?:intelligence|ministry|ministries|minister|government|govt|pentagon|kremlin|white\s+house|cabinet"
    r"|department\s+of|state\s+department|defen[cs]e\s+(?:department|ministry|forces)|armed\s+forces|general\s+staff"
    r"|joint\s+chiefs|army|military|navy|air\s+force|security\s+(?:service|council|agency)|spy\s+agency|embassy"
    r"|parliament|national\s+assembly|presidential\s+(?:office|administration)|office\s+of\s+the\s+president"
    r"|president|police|prosecutors?|command)\b"
    r"|^(?:NIS|GUR|HUR|SBU|FSB|SVR|GRU|JCS|MOD|MoD|KCNA\s+Watch\s+Staff|NSC|DIA|CIA|KGB|RGB|KPA|ISW\s+Staff)$",
    re.IGNORECASE,
)


def _is_outlet_name(name: str | None) -> bool:
    """Whether ``name`` can be an outlet: not an agency, ministry, government or military body."""
    if not name:
        return False
    return _NOT_OUTLET.search(name.strip()) is None or _PUBLICATION.search(name) is not None


# "Army Times", "Military.com", "Defense News": a publication named after the forces it covers
_PUBLICATION = re.compile(
    r"\b(?:times|news|post|journal|daily|magazine|review|herald|tribune|today|technology|report|insider|monitor"
    r"|gazette|weekly|digest|wire|radio|tv|television|channel|media|press)\b|\.(?:com|org|net|co|kr|ua|ru)\b",
    re.IGNORECASE,
)

_BYLINE = re.compile(
    r"^\W*(?:(?:written|words|reporting|reported|story|analysis|commentary|opinion|essay|column)\s+)?by\s*:?\s+(?P<name>.+)$"
    r"|^\W*(?:author|authors|byline)\s*:\s*(?P<name2>.+)$",
    re.IGNORECASE,
)
_REPORTING_BY = re.compile(r"^\W*reporting\s+by\s+(?P<names>[^;\n)]{3,120})", re.IGNORECASE | re.MULTILINE)
_LABELLED = re.compile(
    r"^(?P<key>title|headline|outlet|source|publication|publisher|author|authors|byline|date|published|url|link|language|lang)"
    r"\s*:\s*(?P<value>\S.*)$",
    re.IGNORECASE,
)
_BYLINE_SPLIT = re.compile(r"\s*(?:,|\||·|•|\s[-–—]\s|\b(?i:and)\b|&)\s*")
_DATE_THEN_NAME = re.compile(r"^(?P<date>.{6,60}?\d)\s*(?:\||·|•|\s[-–—]\s)\s*(?P<name>[A-Z][^|·•]{2,80})$")
_TRAILING_BY = re.compile(r"\s[Bb]y\s+(?P<name>[A-Z][^|]{2,80})$")  # "Posted on 4 November 2024 by Jane Doe"
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
# "The Example Times. All rights reserved." without a copyright sign.
_ALL_RIGHTS = re.compile(
    r"^[^\S\n]*(?:(?:19|20)\d\d[^\S\n]+)?(?P<owner>[A-Z][\w&'’ -]{1,60}?(?:\.[A-Za-z]{2,6})?)"
    r"[.,]?[^\S\n]+(?i:all\s+rights\s+reserved)",
    re.MULTILINE,
)
# "Subscribe to The Kyiv Independent newsletter", "Sign up for the Example Times's morning newsletter".
_NEWSLETTER = re.compile(
    r"^\W*(?i:subscribe|sign\s+up)\s+(?i:to|for)\s+(?i:the\s+)?(?P<owner>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,4})"
    r"(?:['’]s?\b[^\n.]{0,40}?\s|\s+(?i:(?:free|daily|weekly|morning|evening)\s+)*)(?i:newsletters?)\b",
    re.MULTILINE,
)
_BY_PREFIX = re.compile(r"^by\s+(?:the\s+)?", re.IGNORECASE)  # "© 2024 by the Center for ..."
_NOT_OWNERS = frozenset(["our", "my", "your", "this", "these", "free", "all", "a", "an"])
_CAPTION = re.compile(r"\b(?:photo|photograph|image|picture|credit|getty|caption|file)\b", re.IGNORECASE)
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
_DASH_OUTLET = re.compile(r"^(?P<title>.{12,}?)\s+[-–—]\s+(?P<outlet>[A-Z][\w.&' -]{1,40})$")
_TZ_DMY = re.compile(r"\b(?:BST|CEST|CET|EEST|EET|IST|AEST|AEDT)\b")
_TZ_MDY = re.compile(r"\b(?:EST|EDT|CST|CDT|PST|PDT|MST|MDT|ET|PT)\b")
_NUMERIC_DATE = re.compile(r"\b(\d{1,2})([/.])(\d{1,2})\2(?:19|20)\d\d\b")
_DATE_NOISE = re.compile(
    rf"""\b(?:(?:first\s+|last\s+)?(?:published|posted|updated|modified|date|dated|on|at|by|the|and|in|of|from|ago
        |am|pm|a\.m|p\.m|gmt|bst|utc|kst|est|edt|cet|cest|eet|eest|msk|et|pt|min|mins|minutes?|hours?|read|reads
        |views?|comments?|shares?|{_WEEKDAY}))\b|[\d:|·•/(),.\-–—+]+""",
    re.IGNORECASE | re.VERBOSE,
)


def _words(spaced: str) -> frozenset[str]:
    return frozenset(spaced.split())


# Page furniture: lines that are never the headline.
_FURNITURE = re.compile(
    r"""^(?:
        .{0,40}\blogo\b.{0,40}
      | .{0,40}\b(?:play\s*store|app\s*store|google\s*play)\b.{0,60}
      | (?:download|get|open|read\s+in)\s+(?:the\s+|our\s+)?app
      | categor(?:y|ies)|latest(?:\s+news)?|breaking(?:\s+news)?|top\s+stories|most\s+(?:read|popular|viewed)
      | trending(?:\s+now)?|home(?:page)?|menu|search(?:\s+\w+)?|subscribe\b.*|sign\s+(?:in|up)\b.*|log\s*in|register
      | newsletters?|share(?:\s+this(?:\s+article|\s+story)?|\s+on\s+\w+)?|advertisement|advert|sponsored(?:\s+content)?
      | skip\s+to\b.*|jump\s+to\b.*|(?:toggle|open|close)\s+(?:navigation|menu|search)|(?:main\s+)?navigation
      | listen(?:\s+to\s+(?:this\s+)?article)?(?:\s+\d+\s*min(?:ute)?s?)?|save(?:\s+(?:article|story|for\s+later))?
      | (?:also\s+)?read(?:\s+more|\s+also)?(?:\s*:.*)?|related(?:\s+(?:articles|stories|news|topics))?(?:\s*:.*)?
      | follow(?:\s+us.*)?|comments?|print|e-?mail|copy\s+link|close|gift\s+(?:this\s+)?article|free\s+to\s+read
      | support(?:\s+us|\s+our\s+\w+|\s+independent\s+journalism)?|donate(?:\s+now)?
      | become\s+a\s+(?:member|subscriber|supporter|patron)\b.*
      | .*\bcookies?\b.*|.*\bconsent\b.*|your\s+(?:privacy|choices)
      | .*\bprivacy\s+(?:policy|settings|choices|notice|options)\b.*
      | (?:manage|customi[sz]e|cookie)\s+(?:preferences|settings|options|choices)\b.*
      | (?:accept|reject|allow|decline)\s+(?:all|cookies|necessary)\b.*
      | necessary\s+only|we\s+and\s+our\s+partners\b.*|.*\bpersonal\s+(?:data|information)\b.*
      | please\s+enable\s+javascript\b.*
      | this\s+(?:article|story)\s+is\s+more\s+than\s+.{1,20}\s+old
      | view\s+image\s+in\s+fullscreen|image\s+(?:source|caption)\b.*|getty\s+images|(?:photograph|photo|image)\s*[:,].*
      | (?:published\s+|updated\s+)?\d+\s+(?:minutes?|mins?|hours?|hrs?|days?)\s+ago
      | facebook|twitter|x|whatsapp|telegram|linkedin|reddit|bluesky|threads|instagram|youtube
      | (?:last|latest)\s+news\s+(?:in|from)\s+.*
      | (?:reading\s+time\s*:?\s*)?\d+\s*(?:min|mins|minutes?)(?:\s+read)?
      | [\d\s:.,/|·•()+-]*
      | \d[\d,.]*\s*[km]?\s*(?:views?|reads?|comments?|shares?|likes?)
      | (?:photo|image|video|picture|credit)s?\s*:.*
    )$""",
    re.IGNORECASE | re.VERBOSE,
)
# Words of navigation bars, section labels and breadcrumbs: a line made only of these is never a headline.
_NAV_WORDS = _words(
    """
    home news sport sports weather iplayer sounds bitesize cbbc cbeebies food travel future culture music tv radio
    world asia pacific asia-pacific europe africa americas america middle east uk us australia business politics
    opinion opinions analysis video videos live latest tech technology science health entertainment arts lifestyle
    style markets economy investigations investigation features feature podcasts podcast newsletters newsletter menu
    search subscribe sign in log login logout register account more sections section topics topic tags ukraine
    russia war north south korea korean koreas peninsula japan china defence defense military security diplomacy
    explainer explainers commentary interview interviews exclusive global local national international region regions
    feed pro the and of & in to on about contact support us donate watch listen share save follow print email
    comments comment today breaking top stories story trending popular most read edition editions english updates
    update blog blogs reports report research publications events experts programs programmes projects issues
    media photos gallery galleries environment climate society nation inter-korean unification human rights
    front page main content skip jump navigation open close all a-z index archive shop jobs games puzzles crossword
    """
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
    institute institution center centre foundation endowment rusi csis isw chatham brookings carnegie
    """
)
_SITE_SUFFIX = re.compile(r"(?:\s+(?:news|online|digital)|\.(?:com|net|org|co\.uk))$", re.IGNORECASE)
_DESK_REST = re.compile(
    r"^(?:staff(?:\s+writers?)?|news\s*desk|newsroom|(?:staff\s+)?(?:and\s+)?(?:news\s+)?agencies)$", re.IGNORECASE
)
_FOR = re.compile(r"^(?:for|at)\s+", re.IGNORECASE)  # "By Jane Doe for The Example Times"
_PUBLISHER_TYPES = frozenset(["outlet", "think tank"])
_PHRASE_WORDS = _words("what how why who when where we you i is are was know need explained explainer live latest")
_HONORIFICS = frozenset(["dr", "prof", "professor"])
_INSTITUTION_WORDS = _words("institute institution center centre foundation endowment studies")
_CONNECTORS = frozenset({"of", "the", "and", "&", "de", "la", "el", "al", "for", "on"})
# Capitalised words that show a short line is a section label or an organisation, not a person's name.
_NOT_NAME_WORDS = (
    _words(
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
    | _NAV_WORDS
) - {"a-z"}
_NAME_PARTICLES = frozenset({"de", "van", "von", "der", "den", "da", "di", "del", "la", "le", "bin", "al", "dos", "du"})
_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}")
_NAME_SPLIT = re.compile(r"[-'’]")
_ROLE = re.compile(
    r"\b(?:correspondents?|reporters?|writers?|editors?|columnists?|contributors?|journalists?|staff|bureau|chief"
    r"|analysts?|fellows?|directors?|researchers?|professors?|producers?|associates?|chair|head|phd|ph\.d)\b",
    re.IGNORECASE,
)
_IN_PLACE = re.compile(r"^(?:in|from|reporting\s+from)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}$")
_MULTI_SENTENCE = re.compile(r"(?<!\b(?:Mr|Ms|Dr|St|Jr|Sr|No|vs))(?<!\bMrs)(?<!\b[A-Z])[.!?][\"'”’]?\s+[\"'“‘]?[A-Z]")
_REPORTED = re.compile(r"\b(?:said|says|told|according\s+to|reported)\b")
_LETTERS = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*|&")


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


def parse_date(value: str, order: str | None = None) -> str | None:
    """The ISO date (``YYYY-MM-DD``) of the first full date in ``value``, or None.

    Only dates with a day, a month and a year count: ``Nov 13`` has no year. An all-numeric
    date (``04/11/2024``) is read only when its order is clear: a part above 12 is the day,
    or ``order`` (``"dmy"`` / ``"mdy"``, what the rest of the page shows) settles it.

    Args:
        value: text that may hold a date.
        order: the page's day/month order for all-numeric dates, when known.
    """
    match = _DATE.search(value)
    return _date_of(match, order) if match else None


def _date_of(match: re.Match[str], order: str | None = None) -> str | None:
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


# -- inference from the text ------------------------------------------------------------


_MARKDOWN_LEAD = re.compile(r"^(?:#{1,6}\s+|[-*•·]\s+)")
_MARKDOWN_EMPHASIS = re.compile(r"^([*_]{1,2})(.+)\1$")
_MARKDOWN_LINK = re.compile(r"!?\[([^\]\n]{0,200})\]\([^)\s]{0,500}\)")
_HANDLE = re.compile(r"\s*\(?@\w{1,30}\)?\s*$")
_WORD = re.compile(r"[^\W\d_]+")


def _head_lines(text: str, start: int) -> list[str]:
    lines = []
    for raw in text[start : start + HEAD_CHARS].splitlines()[:HEAD_LINES]:
        line = raw.strip()
        line = _MARKDOWN_LEAD.sub("", line).strip()
        line = _MARKDOWN_EMPHASIS.sub(r"\2", line).strip()
        if "](" in line:
            line = _MARKDOWN_LINK.sub(r"\1", line).strip()  # "[Jane Doe](https://...)" -> "Jane Doe"
        lines.append(line)
    return lines


def _infer(text: str, start: int) -> ArticleMeta:
    head = text[start : start + HEAD_CHARS]
    lines = _head_lines(text, start)
    order = _page_order(head)
    meta = ArticleMeta()
    title: str | None = None
    title_pos = -1
    body_seen = False
    seen: set[str] = set()
    byline: tuple[str | None, str | None] | None = None  # a bare "Jane Doe, Seoul correspondent": (authors, outlet)
    tagline: str | None = None
    masthead: str | None = None  # the outlet's name in header furniture, weaker than a byline or dateline
    footer_outlet = _tail_outlet(text) or _footer_outlet(head)
    filled = [i for i, line in enumerate(lines) if line]
    after_byline = False
    for pos, index in enumerate(filled):
        line = lines[index]
        was_after_byline, after_byline = after_byline, False
        meta = _scan_line(line, meta, order, strict=body_seen)
        if line in seen:
            continue
        seen.add(line)
        if body_seen:
            continue
        if _opens_body(line):  # "SEOUL, Nov 13 (Reuters) - ...", "SEOUL, Nov 4, 2024 - ..." open the body
            body_seen = True
            continue
        if _is_byline(line):
            after_byline = True
            continue
        if title is None:
            name = _masthead(line, first=pos == 0)
            if name:  # "The Korea Daily Herald" above the headline
                name = _brand(name)
                if pos == 0 and meta.outlet is None:
                    meta = replace(meta, outlet=name)
                masthead = masthead or name
                continue
        if title_pos == 0 and pos == 1 and _tagline_above_logo(lines, index):
            # "Exclusive news, data and analytics for ...", then the "Reuters" logo, then menus: a tagline
            tagline, title, masthead = title, None, _brand(line)
            continue
        if footer_outlet and line.casefold() == footer_outlet.casefold():
            continue
        if was_after_byline:
            affiliation = _BYLINE_SPLIT.split(line, maxsplit=1)[0]
            if _outlet_like(affiliation):  # "BBC News, Seoul" under "By Thomas Reid" or "Thomas Reid"
                meta = meta if meta.outlet else replace(meta, outlet=affiliation)
                continue
        if _is_dateline(line) or _LABELLED.match(line) or _DOMAIN_PUBLISHES.match(line) or _DESK.match(line):
            continue
        bare = _bare_byline(line)
        if bare is not None:
            if byline is None and (title is None or pos - title_pos <= 6):
                byline = bare
                after_byline = True
            continue
        if title is None and _short_headline(lines, index, pos == 0 or masthead is not None):
            title, title_pos = line, pos
            continue
        if _is_furniture(line):
            continue
        if title is None:
            if _reads_as_title(line):
                title, title_pos = line, pos
                continue
            body_seen = True
        elif _reads_as_body(line):
            body_seen = True
    title = title or tagline
    outlet_from_title: str | None = None
    if title is not None:
        title, outlet_from_title = _split_outlet(title)
    if byline is not None:
        if meta.author is None:
            meta = replace(meta, author=byline[0])
        if meta.outlet is None and byline[1]:
            meta = replace(meta, outlet=byline[1])
    if meta.author is None:
        meta = replace(meta, author=_tail_author(text, start))
    if not _is_outlet_name(meta.outlet):
        fallbacks = (outlet_from_title, masthead, footer_outlet)
        meta = replace(meta, outlet=next((o for o in fallbacks if _is_outlet_name(o)), None))
    if meta.outlet is not None:
        meta = replace(meta, outlet=_short_form(meta.outlet, (masthead, footer_outlet, byline and byline[1])))
    if meta.published is None:
        meta = replace(meta, published=_numeric_date_line(lines, order) or _tail_date(text, order))
    if meta.url is None:
        meta = replace(meta, url=_tail_url(text))
    return replace(
        meta,
        title=_squeeze(meta.title or title),
        outlet=_squeeze(meta.outlet),
        author=_squeeze(meta.author),
        language=_language(text, start),
    )


def _squeeze(value: str | None) -> str | None:
    """Inner runs of spaces (a blanked control sequence, a tab) as one space."""
    if value is None:
        return None
    return " ".join(value.split()) or None


def _scan_line(line: str, meta: ArticleMeta, order: str | None, strict: bool) -> ArticleMeta:
    """Fill what this head line states (byline, date, outlet, URL) into ``meta`` if still unknown.

    ``strict`` (inside the body) takes a date only from a line that is nothing but a date.
    """
    labelled = _LABELLED.match(line)
    if labelled:
        key = labelled.group("key").lower()
        value = _unquote(labelled.group("value"))
        if _KEYS.get(key) == "outlet" and not _plausible_outlet(value):
            return meta  # "Source: Budanov in an interview with ..." names where a quote comes from, not the outlet
        if _KEYS.get(key) == "published":
            found = ArticleMeta(published=parse_date(value, order))
        else:
            found = _meta_from_fields({key: value})
        return ArticleMeta(
            **{
                name: getattr(meta, name) if getattr(meta, name) is not None else getattr(found, name)
                for name in ("title", "outlet", "author", "published", "url", "language")
            }
        )
    if meta.author is None or meta.outlet is None:
        meta = _scan_byline(line, meta, order)
    if meta.published is None and (not strict or _pure_date_line(line)):
        meta = replace(meta, published=_dateline_date(line, order))
    if meta.outlet is None:
        meta = replace(meta, outlet=_line_outlet(line))
    if meta.url is None:
        url = _URL_LINE.match(line)
        if url:
            meta = replace(meta, url=_URL.match(url.group("url")).group() if _URL.match(url.group("url")) else None)
    return meta


def _line_outlet(line: str) -> str | None:
    """The outlet a dateline, a "Last news in X" line, a "Source: X" line or a desk line names."""
    for pattern in _AGENCY_DATELINES:
        found = pattern.match(line)
        if found and found.group("agency"):
            agency = found.group("agency").strip()
            if agency not in _NOT_AGENCIES and _is_outlet_name(agency):
                return agency
    for pattern in (_LAST_NEWS_IN, _SOURCE_LINE, _DOMAIN_PUBLISHES, _DESK):
        found = pattern.match(line)
        if found:
            outlet = found.group("outlet").strip()
            if (
                outlet
                and not _URL.match(outlet)
                and (pattern is not _SOURCE_LINE or _plausible_outlet(outlet))
                and _is_outlet_name(outlet)
            ):
                return outlet
    return None


def _opens_body(line: str) -> bool:
    if any(p.match(line) for p in (_NEWS_DATELINE, _PLACE_DATELINE, _TITLE_PLACE_DATELINE, _SLASHED_AGENCY)):
        return True
    bare = _BARE_AGENCY_DATELINE.match(line)
    return bare is not None and bare.group("agency") not in _NOT_AGENCIES


def _scan_byline(line: str, meta: ArticleMeta, order: str | None) -> ArticleMeta:
    """Author (and an outlet named beside it) from "By ..." lines and "Name | date" lines."""
    if len(line) > 120:
        return meta
    by = _BYLINE.match(line)
    trailing = _TRAILING_BY.search(line) if by is None else None
    if by:
        names, rest = _byline_parts(by.group("name") or by.group("name2"))
    elif trailing and _pure_date_line(line[: trailing.start()]):
        names, rest = _byline_parts(trailing.group("name"))
    elif _DATE_THEN_NAME.match(line) and _pure_date_line(_DATE_THEN_NAME.match(line).group("date")):
        names, rest = _byline_parts(_DATE_THEN_NAME.match(line).group("name"))
        if rest:
            return meta  # "4 Nov 2024 · Jane Doe" only when nothing but names follows the date
    else:
        names, rest = _byline_parts(line)
        if (
            not names
            or not rest
            or _dateline_date(rest, order) is None
            or _DATE_NOISE.sub(" ", rest[: _first_date(rest)]).strip()
        ):
            return meta  # a bare "Name | date" line only counts when the date follows the names at once
    if len(names) == 1 and _DESK_REST.match(rest) and _outlet_like(names[0]):  # "By Al Jazeera Staff"
        return meta if meta.outlet else replace(meta, outlet=names[0])
    if names and meta.author is None:
        meta = replace(meta, author=", ".join(names))
    if names and meta.outlet is None:
        affiliation = _FOR.sub("", _BYLINE_SPLIT.split(rest, maxsplit=1)[0].strip(" ."))
        if affiliation and _outlet_like(affiliation):
            meta = replace(meta, outlet=affiliation)
    return meta


def _bare_byline(line: str) -> tuple[str | None, str | None] | None:
    """A byline without "By": names alone, or names and a role, a place or an outlet.

    "Jane Doe", "JANE DOE", "Jane Doe and John Roe", "Jane Doe, Seoul correspondent",
    "Jane Doe in Seoul", "Jane Doe, BBC News". Returns ``(authors, outlet or None)``.
    """
    if not line or len(line) > 90 or not line[0].isupper():
        return None
    names, rest = _byline_parts(_HANDLE.sub("", line).rstrip(" ."))
    if not names:
        return None
    known = [canonical(name) for name in names]
    if len(names) == 1 and known[0] is not None and known[0].type == "outlet":
        return None, names[0]  # "Al Jazeera and news agencies"
    if any(entry is not None for entry in known):
        return None  # "Kim Jong Un" on a caption line is the story's subject, not its author
    rest = rest.strip(" ,.;:-–—")
    if len(names) == 1 and _DESK_REST.match(rest) and _outlet_like(names[0]):
        return None, names[0]  # "Al Jazeera and news agencies"
    if not rest:
        return ", ".join(names), None
    if _outlet_like(rest.split(",")[0].strip()):
        return ", ".join(names), rest.split(",")[0].strip()
    if len(rest.split()) <= 6 and _descriptor(rest):
        return ", ".join(names), None
    return None


def _tagline_above_logo(lines: list[str], index: int) -> bool:
    """Whether ``lines[index]`` is the outlet's name with menus below it (so the line above was its tagline)."""
    if _masthead(lines[index], first=False) != lines[index]:
        return False
    following = next((other for other in lines[index + 1 :] if other), "")
    return bool(following) and _is_furniture(following) and not _is_dateline(following)


def _short_headline(lines: list[str], index: int, at_top: bool) -> bool:
    """A headline of one to three words: the page's first line, a blank line, then a dateline or a byline."""
    line = lines[index]
    words = line.split()
    if not 1 <= len(words) <= 3 or not at_top or _is_nav(line) or _FURNITURE.match(line):
        return False
    if index + 1 >= len(lines) or lines[index + 1]:
        return False
    following = next((other for other in lines[index + 1 :] if other), "")
    if not following:
        return False
    return bool(
        _opens_body(following)
        or _is_byline(following)
        or _is_dateline(following)
        or (_bare_byline(following) is not None and following != line)
    )


def _first_date(text: str) -> int:
    match = _DATE.search(text)
    return match.start() if match else 0


def _dateline_date(line: str, order: str | None = None) -> str | None:
    """A full date on a line that reads as a dateline, not inside a body sentence."""
    if not _HAS_DIGIT.search(line):
        return None
    news = _NEWS_DATELINE.match(line) or _TITLE_PLACE_DATELINE.match(line) or _SLASHED_AGENCY.match(line)
    if news:
        return parse_date(news.group())
    place = _PLACE_DATELINE.match(line)
    if place:
        return parse_date(place.group("date"))
    for match in _DATE.finditer(line):
        before = line[: match.start()]
        if _DATE_LABEL.match(before) or len(line) <= 60:
            date = _date_of(match, order)
            if date:
                return date
    return None


def _pure_date_line(line: str) -> bool:
    """A line that is a date and little else: labels, a weekday, a time, a place or a read time."""
    if len(line) > 80:
        return False
    match = _DATE.search(line)
    if match is None:
        return False
    rest = _DATE_NOISE.sub(" ", line[: match.start()] + " " + line[match.end() :])
    return len(rest.split()) <= 2


def _is_dateline(line: str) -> bool:
    if (
        len(line) > 80
        or _NEWS_DATELINE.match(line) is not None
        or (_dateline_date(line) is None and not _NUMERIC_DATE.search(line))
    ):
        return False
    return _pure_date_line(line) or not _reads_as_title(line)


def _page_order(head: str) -> str | None:
    """The day/month order the page's own numeric dates or time zone show, if any."""
    numeric = False
    for match in _NUMERIC_DATE.finditer(head):
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


def _numeric_date_line(lines: list[str], order: str | None) -> str | None:
    """A labelled or pure numeric date line ("Published: 24/11/2024") the line scan could not settle alone."""
    for line in lines:
        if line and len(line) <= 80 and _NUMERIC_DATE.search(line) and _pure_date_line(line):
            date = parse_date(line, order)
            if date:
                return date
    return None


def _byline_parts(raw: str) -> tuple[list[str], str]:
    """The person names at the start of a byline, and what follows them (outlet, role, place, date)."""
    names: list[str] = []
    rest = raw.strip()
    while rest:
        sep = _BYLINE_SPLIT.search(rest)
        part, after = (rest[: sep.start()], rest[sep.end() :]) if sep else (rest, "")
        tokens = part.strip(" .:;").split()
        if not tokens and after:
            rest = after  # ", and John Roe": the separator left "and" at the start
            continue
        if len(tokens) > 2 and tokens[0].lower().strip(".") in _HONORIFICS:
            tokens = tokens[1:]  # "Dr. Jane Doe"
        shouting = bool(tokens) and len(tokens[0]) > 1 and tokens[0].isupper()  # "By JOHN MERCER and ..."
        run = 0
        while run < len(tokens) and _name_token(tokens[run], shouting):
            run += 1
        name = " ".join(_title_case(t) if shouting else t for t in tokens[:run])
        if not run or not _looks_like_name(name):
            if names and after and _descriptor(part.strip()):
                rest = after  # "Jane Doe, Seoul correspondent, and John Roe": the role, then the next name
                continue
            return names, rest
        names.append(name)
        if run < len(tokens):
            tail = " ".join(tokens[run:])
            if after and _IN_PLACE.match(tail):
                rest = after  # "Jane Doe in Seoul and John Roe in Kyiv"
                continue
            return names, " ".join([tail, after]).strip()
        rest = after
    return names, ""


def _descriptor(segment: str) -> bool:
    """A short role or place after a name in a byline: "Seoul correspondent", "in Kyiv"."""
    return len(segment.split()) <= 5 and bool(_ROLE.search(segment) or _IN_PLACE.match(segment))


def _title_case(token: str) -> str:
    """ "SOO-AH" -> "Soo-Ah", "O'NEILL" -> "O'Neill"."""
    return re.sub(r"[^\W\d_]+", lambda m: m.group().capitalize(), token)


def _name_token(token: str, shouting: bool) -> bool:
    if token.lower().strip(".") in _NOT_NAME_WORDS or token.lower() in _OUTLET_WORDS:
        return False
    if shouting:
        return bool(re.fullmatch(r"[A-Z]+(?:[-'’][A-Z]+)*", token)) and len(token) > 1
    return _is_name_word(token)


def _is_name_word(token: str) -> bool:
    """A capitalised word of a person's name: "Jong-un", "O'Neill", "McDonald-Smith", "J.", "Zelenskyy", "de"."""
    if token in _NAME_PARTICLES or _INITIALS.fullmatch(token):
        return True
    if len(token) < 2 or not token[0].isupper():
        return False
    parts = _NAME_SPLIT.split(token)
    if not all(part.isalpha() for part in parts):
        return False
    if parts[0].isupper() and len(parts[0]) > 1:
        return False  # "NATO", "KCNA": an acronym, not a name
    return all(not part.isupper() or len(part) == 1 for part in parts[1:]) and any(c.islower() for c in token)


def _masthead(line: str, first: bool) -> str | None:
    """The outlet named by a header line ("The Daily Ledger", "Daily NK | news from inside").

    Below the page's first line only a short name (or an institute's) counts: "North Korean Troops
    Review Kursk Front" is a title-case headline, not a newspaper.
    """
    name = re.split(r"\s+[|–—-]\s+", line, maxsplit=1)[0].strip()
    if _known_publisher(name):
        return name  # "38 North" is made of section words but names a site
    if not _outlet_like(name) or _is_nav(name) or any(c in name for c in "?!:"):
        return None
    tokens = name.split()
    if len(tokens) > (5 if first else 4) and not any(t.lower() in _INSTITUTION_WORDS for t in tokens):
        return None
    return name


def _short_form(outlet: str, others: tuple[str | None, ...]) -> str:
    """The page's own acronym for ``outlet`` when it uses one too ("British Broadcasting Corporation" / "BBC")."""
    initials = "".join(t[0] for t in outlet.split() if t[0].isupper())
    for other in others:
        if other and len(other) >= 2 and other.isupper() and other == initials:
            return other
    return outlet


def _brand(name: str) -> str:
    """ "AP NEWS" -> "AP", "Reuters.com" -> "Reuters": a site's name when it is a known outlet's plus a suffix."""
    short = _SITE_SUFFIX.sub("", name).strip()
    if short and short != name:
        entry = canonical(short)
        if entry is not None and entry.type == "outlet":
            return short
    return name


def _outlet_like(segment: str) -> bool:
    """A short capitalised name with a word that newspapers, agencies and institutes use in their names."""
    tokens = segment.split()
    if not 1 <= len(tokens) <= 6 or len(segment) > 60:
        return False
    if not all(t[0].isupper() or t[0].isdigit() or t.lower() in _CONNECTORS for t in tokens):
        return False
    if any(t.lower().strip(".,") in _OUTLET_WORDS for t in tokens):
        return True
    return _known_publisher(segment)


def _known_publisher(name: str) -> bool:
    """An outlet or think tank the gazetteer lists ("The Economist", "38 North", "Meduza")."""
    if not name or len(name) > 60 or not name[0].isalnum():
        return False
    entry = canonical(name)
    return entry is not None and entry.type in _PUBLISHER_TYPES


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
    if not all(_is_name_word(t) for t in tokens) or any(t.endswith(("'s", "’s")) for t in tokens):
        return False  # "Kim Jong Un's Gamble" is a headline
    if not tokens[0][0].isupper() or not tokens[-1][0].isupper():
        return False
    return not any(t.lower().strip(".") in _NOT_NAME_WORDS for t in tokens)


def _is_nav(line: str) -> bool:
    """A navigation bar, section label or breadcrumb: "Home News Sport Weather", "News > World > Asia"."""
    words = _LETTERS.findall(line.lower())
    return bool(words) and all(w in _NAV_WORDS for w in words) and sum(c.isalpha() for c in line) >= 2


def _is_furniture(line: str) -> bool:
    if len(re.findall(r"\s[|>»/]\s", line)) >= 2:  # navigation: "Home | World | Asia", "HOME > NEWS > MILITARY"
        return True
    return bool(_FURNITURE.match(line)) or _is_nav(line) or len(line.split()) < 3


def _reads_as_title(line: str) -> bool:
    words = line.split()
    if not 3 <= len(words) <= 25 or not 12 <= len(line) <= 250:
        return False
    if _MULTI_SENTENCE.search(line) and (line.endswith(".") or len(words) > 20):
        return False  # "X. That should worry Seoul" is a headline; two full sentences are a paragraph
    if (
        line.endswith(".")
        and not line.endswith("...")
        and (len(words) > 14 or (len(words) > 6 and _REPORTED.search(line)))
    ):
        return False  # "North Korea sent 3,000 troops, Seoul said." is a lede, not a headline
    return sum(c.isalpha() for c in line) >= len(line) * 0.6


def _reads_as_body(line: str) -> bool:
    words = line.split()
    if len(words) > 30 or bool(_MULTI_SENTENCE.search(line)):
        return True
    ended = line.endswith((".", "”", '"'))
    return ended and (len(words) > 12 or (len(words) > 6 and bool(_REPORTED.search(line))))


def _is_byline(line: str) -> bool:
    """A "By ..." line that names someone ("By the numbers: ..." is a headline)."""
    by = _BYLINE.match(line)
    return by is not None and bool(_byline_parts(by.group("name") or by.group("name2"))[0])


def _names_a_publisher(segment: str) -> bool:
    """A capitalised name after a headline's pipe ("| The Daily Ledger"), not a phrase ("| What we know")."""
    if _outlet_like(segment):
        return True
    tokens = segment.split()
    return _plausible_outlet(segment) and not any(t.lower() in _PHRASE_WORDS for t in tokens)


def _split_outlet(title: str) -> tuple[str, str | None]:
    """ "Headline | The Daily Ledger" or "Headline - BBC News": the headline and the outlet named after it."""
    piped = _PIPE_OUTLET.match(title)
    if piped and len(piped.group("outlet").split()) <= 4 and _names_a_publisher(piped.group("outlet")):
        return piped.group("title").strip(), piped.group("outlet").strip()
    dashed = _DASH_OUTLET.match(title)
    if dashed and _outlet_like(dashed.group("outlet").strip()):
        return dashed.group("title").strip(), dashed.group("outlet").strip()
    return title, None


def _copyright_owner(chunk: str) -> str | None:
    """The owner the last copyright notice of ``chunk`` names (the page footer comes last)."""
    for match in reversed(list(_COPYRIGHT.finditer(chunk))):
        line_start = chunk.rfind("\n", 0, match.start()) + 1
        if _CAPTION.search(chunk, line_start, match.start()) or chunk.startswith("/", match.end("owner")):
            continue  # "Photo: © Reuters/Kim Hong-Ji" credits a picture, not the article
        owner = _CORPORATE.sub("", _BY_PREFIX.sub("", match.group("owner").strip(" .,-"))).strip(" .,-")
        if owner and not re.fullmatch(r"[\d\s-]+", owner) and len(owner.split()) <= 6:
            return owner
    return None


def _footer_outlet(chunk: str) -> str | None:
    """The outlet a copyright line, an "All rights reserved" line or a newsletter sign-up names."""
    owner = _copyright_owner(chunk)
    if owner:
        return owner
    for pattern in (_ALL_RIGHTS, _NEWSLETTER):
        for match in pattern.finditer(chunk):
            owner = _CORPORATE.sub("", match.group("owner").strip(" .,-")).strip(" .,-")
            if owner and len(owner.split()) <= 6 and not _is_nav(owner) and owner.split()[0].lower() not in _NOT_OWNERS:
                return owner
    return None


def _tail_outlet(text: str) -> str | None:
    return _footer_outlet(text[-TAIL_CHARS:]) if len(text) > HEAD_CHARS else None


def _tail_author(text: str, start: int) -> str | None:
    """The reporters a wire story names at its end: "Reporting by Jane Doe in Seoul; Editing by ..."."""
    tail = text[max(start, len(text) - TAIL_CHARS) :]
    match = _REPORTING_BY.search(tail)
    if match is None:
        return None
    names, _ = _byline_parts(match.group("names").strip())
    return ", ".join(names) or None


def _tail_date(text: str, order: str | None) -> str | None:
    """A labelled date line at the end of a long page: "Published November 4, 2024"."""
    if len(text) <= HEAD_CHARS:
        return None  # a short page's head already covered its end
    for raw in text[-TAIL_CHARS:].splitlines()[-15:]:
        line = raw.strip()
        match = _DATE.search(line)
        if match and match.start() and _DATE_LABEL.match(line[: match.start()]) and _pure_date_line(line):
            date = _date_of(match, order)
            if date:
                return date
    return None


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
    words = _WORD.findall(text[start : start + HEAD_CHARS].lower())
    if len(words) < 20:
        return None
    share = sum(map(_STOPWORDS.__contains__, words)) / len(words)
    return "en" if share >= 0.18 else None
