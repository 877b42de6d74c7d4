"""Citations of figure claims that a journalist can paste anywhere.

:func:`cite` turns one claim and its article into text in one of :data:`STYLES`:

``plain`` (default)
    ``“sentence” - Source, as reported by Outlet, “Title”, 2024-11-13, https://…`` on one line. Without a
    claimant only the outlet is named; an unknown outlet reads ``an unknown outlet``; a missing title is left out;
    a missing date reads ``n.d.``; without a URL the article's file name stands in its place.
``markdown``
    The same in a blockquote, the attribution on its own line after an em dash, the title linked to the URL.
``apa``, ``mla``, ``chicago``
    The quoted sentence on the first line, a blank line, then the reference for a news article:

    * APA 7 reference-list entry: ``Author, A. A. (2024, November 13). Title. Outlet. URL``; without an author
      the title moves to the author position; without a date ``(n.d.)`` and, when there is a URL,
      ``Retrieved November 22, 2026, from URL``; a group author that is the outlet itself is not repeated.
    * MLA 9 works-cited entry: ``Family, Given. “Title.” Outlet, 13 Nov. 2024, example.com/a.``; without an
      author it starts with the title (also when the author is the outlet); the URL drops ``http(s)://``;
      undated online sources end with ``Accessed 22 Nov. 2026.``; two authors ``A, and B``, three or more
      ``A, et al.``
    * Chicago 17 notes-and-bibliography, note form: ``Given Family, “Title,” Outlet, November 13, 2024, URL.``;
      without an author the note starts with the title; undated online sources give
      ``accessed November 22, 2026`` before the URL; four or more authors ``A et al.``

    Output is plain text (no italics), as Zotero's plain-text Quick Copy gives it. Titles are reproduced as
    written (no case conversion); an untitled article gets a bracketed description.
``bibtex``
    A biblatex entry (UTF-8, so non-ASCII names stay as they are): ``@article`` with ``journaltitle`` when the
    outlet is a periodical (see :func:`is_periodical`), else ``@online`` with ``organization``. Personal authors
    as ``Family, Given``, corporate authors in braces (``{{Deutsche Welle}}``); ``date``, ``url``, ``urldate``
    (the access date, only with a URL), the sentence in ``note``, the file name in ``addendum`` when there is no
    URL. The key (``smith2024north-1a2b3c``) comes from the first author's family name (or the outlet), the
    year, the first significant title word and a short hash of the article's content hash and the claim's
    offsets, so it is the same on every run. Special characters are escaped (``\\&`` ...), except in ``url``
    which biblatex reads verbatim (only braces, backslashes and spaces are percent-encoded there).

Names: an author string is split on ``and``/``&``/commas/semicolons; an author is corporate when it equals the
outlet, is a single word, or contains an organisation word (News, Agency, Staff, Ministry ...). A personal name's
last word is the family name, except two-word names starting with a common Korean family name and ending with a
hyphenated given name (``Kim Min-ji``), which are family-name first; lower-case particles (``van der``) belong to
the family name. APA initials are upper-case and keep the hyphen (``Kim, M.-J.``).

Every field goes through :func:`store.sanitize.clean`, whitespace runs (newlines too) collapse to one space and
remaining control or bidi characters are dropped, so a citation never carries terminal control whatever the
article held. The quoted sentence is reproduced verbatim otherwise (nested quotation marks are not altered).
"""

from __future__ import annotations

import datetime
import hashlib
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from store.citation_styles import STYLE_NAMES, STYLES  # noqa: F401 (re-exported: the public names live here)
from store.format import figure_range
from store.models import Article, Claim
from store.sanitize import clean

_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


def _word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


_MLA_MONTHS = ("Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.")

# Outlets that are newspapers or magazines (biblatex @article with journaltitle), beyond the name-word rule below.
_PERIODICALS = frozenset(
    name.casefold()
    for name in (
        "The New York Times", "The Washington Post", "The Guardian", "Financial Times", "The Wall Street Journal",
        "The Economist", "The Korea Herald", "The Korea Times", "Korea JoongAng Daily", "The Chosun Ilbo",
        "The Hankyoreh", "Kyiv Independent", "The Kyiv Independent", "The Moscow Times", "Le Monde", "Der Spiegel",
        "Die Zeit", "Nikkei Asia", "Politico", "The Atlantic", "Newsweek", "Time", "Kommersant", "Izvestia",
        "Novaya Gazeta", "Meduza", "NK News", "Daily NK", "The Diplomat", "Foreign Policy", "Asahi Shimbun",
    )
)  # fmt: skip
# Words that mark a periodical's name (a newspaper or magazine rather than a wire, broadcaster or website).
_PERIODICAL_WORDS = _word_set(
    "times post herald journal gazette gazeta tribune daily weekly monthly magazine independent guardian telegraph "
    "chronicle courier review economist observer mirror express spiegel zeitung pravda izvestia ilbo shimbun "
    "inquirer standard examiner"
)
# Words that make an author string an organisation rather than a person.
_ORGANISATION_WORDS = _word_set(
    "news agency staff desk service press times post herald journal reuters associated ministry office "
    "department council committee institute center centre bureau network broadcasting tv radio media "
    "newsroom editorial editors correspondents wire afp ap yonhap kcna tass ria dw welle bbc cnn nhk voice group "
    "foundation monitor"
)
_KOREAN_FAMILY_NAMES = _word_set(
    "kim lee yi park pak choi choe jung jeong chung kang cho jo yoon yun jang chang lim im han oh seo suh shin "
    "kwon hwang ahn an song yoo yu hong jeon jun ko go moon mun yang son bae baek paik heo hur nam shim sim noh "
    "roh ha kwak sung seong cha joo ju woo ryu na jin ra ri"
)
# Lower-case particles that belong to the family name ("Thijs van der Hulst" -> "van der Hulst").
_SURNAME_PARTICLES = _word_set("van von der den de del della di da das dos du la le ter ten bin al el")
_TITLE_STOPWORDS = _word_set("a an the of in on at to for and or but nor with by from as")
_BIDI_AND_CONTROLS = re.compile(r"[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_MD_SPECIALS = re.compile(r"([\\`*_\[\]<>|#~])")
_BIBTEX_SPECIALS = {
    "\\": r"\textbackslash{}",
    "&": r"\&",
    "%": r"\%",
    "$": r"\$",
    "#": r"\#",
    "_": r"\_",
    "{": r"\{",
    "}": r"\}",
    "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}",
}
_BIBTEX_RE = re.compile("|".join(re.escape(c) for c in _BIBTEX_SPECIALS))
_ISO_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ][0-9:.+\-Z]*)?)?)?")


# -- public API ------------------------------------------------------------------------------------------------------


def cite(claim: Claim, article: Article, style: str = "plain", *, accessed: datetime.date | None = None) -> str:
    """The citation of ``claim`` (from ``article``) in ``style``.

    Args:
        claim: the claim whose sentence is quoted.
        article: the article the claim comes from.
        style: one of :data:`STYLES`.
        accessed: the access date where a style needs one (default: today).

    Returns:
        The citation, free of control characters; one line for ``plain``, several for the others, no trailing
        newline.

    Raises:
        ValueError: ``style`` is not one of :data:`STYLES`.
    """
    try:
        render = _RENDERERS[style]
    except KeyError:
        raise ValueError(f"unknown citation style {style!r} (choose from {', '.join(STYLES)})") from None
    return render(_Fields.of(claim, article, accessed or datetime.date.today()))


def cite_all(
    pairs: Sequence[tuple[Claim, Article]], style: str = "plain", *, accessed: datetime.date | None = None
) -> str:
    """The citations of several claims in ``style``, separated by blank lines."""
    return "\n\n".join(cite(claim, article, style, accessed=accessed) for claim, article in pairs)


def comparison_markdown(
    pairs: Sequence[tuple[Claim, Article]], style: str = "plain", *, accessed: datetime.date | None = None
) -> str:
    """A Markdown comparison of claims: a table, one row per claim, then their full citations in ``style``.

    Table columns: figure (as written, with its range), source, outlet, date (the article's), quote. Citations in
    ``markdown`` style are appended as they are; the others go in a fenced code block so that they survive as
    plain text.
    """
    if style not in STYLES:
        raise ValueError(f"unknown citation style {style!r} (choose from {', '.join(STYLES)})")
    lines = ["| # | Figure | Source | Outlet | Date | Quote |", "|---|---|---|---|---|---|"]
    for number, (claim, article) in enumerate(pairs, start=1):
        figure = _text(claim.text)
        value = figure_range(claim.value_low, claim.value_high, vague=claim.vague)
        if value not in ("?", figure):
            figure = f"{figure} ({value})"
        cells = [
            str(number),
            figure,
            _text(claim.source) or "unattributed",
            _text(article.outlet) or "unknown",
            _Date.parse(article.published).iso if _Date.parse(article.published) else "n.d.",
            f"“{_text(claim.sentence)}”",
        ]
        lines.append("| " + " | ".join(_md(cell) for cell in cells) + " |")
    citations = cite_all(pairs, style, accessed=accessed)
    parts = ["\n".join(lines), "## Citations"]
    if style == "markdown":
        parts.append(citations)
    else:
        fence = "`" * max(3, _longest_run(citations, "`") + 1)
        parts.append(f"{fence}{'bibtex' if style == 'bibtex' else 'text'}\n{citations}\n{fence}")
    return "\n\n".join(parts)


def is_periodical(outlet: str | None) -> bool:
    """Whether ``outlet`` names a newspaper or magazine: a known title, or a name with a word like Times/Herald."""
    if not outlet:
        return False
    name = _text(outlet).casefold()
    if name in _PERIODICALS or f"the {name}" in _PERIODICALS:
        return True
    return any(word in _PERIODICAL_WORDS for word in re.findall(r"\w+", name))


# -- gathering the fields --------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Date:
    year: int
    month: int | None
    day: int | None

    @classmethod
    def parse(cls, value: str | None) -> _Date | None:
        match = _ISO_DATE.fullmatch(_text(value))
        if not match:
            return None
        year, month, day = (int(g) if g else None for g in match.groups())
        try:
            datetime.date(year, month or 1, day or 1)  # type: ignore[arg-type]
        except ValueError:
            return None
        return cls(year, month, day)  # type: ignore[arg-type]

    @classmethod
    def of(cls, day: datetime.date) -> _Date:
        return cls(day.year, day.month, day.day)

    @property
    def iso(self) -> str:
        parts = [f"{self.year:04d}"] + [f"{p:02d}" for p in (self.month, self.day) if p is not None]
        return "-".join(parts)

    def apa(self) -> str:
        if self.month is None:
            return str(self.year)
        return f"{self.year}, {_MONTHS[self.month - 1]}" + (f" {self.day}" if self.day else "")

    def mla(self) -> str:
        words = [str(self.day)] if self.day and self.month else []
        if self.month:
            words.append(_MLA_MONTHS[self.month - 1])
        return " ".join([*words, str(self.year)])

    def chicago(self) -> str:
        if self.month is None:
            return str(self.year)
        if self.day is None:
            return f"{_MONTHS[self.month - 1]} {self.year}"
        return f"{_MONTHS[self.month - 1]} {self.day}, {self.year}"


@dataclass(frozen=True, slots=True)
class _Person:
    given: str
    family: str

    def natural(self) -> str:
        if self.given and self.family and _is_east_asian(self.family, self.given):
            return f"{self.family} {self.given}"
        return " ".join(p for p in (self.given, self.family) if p)

    def inverted(self) -> str:
        return f"{self.family}, {self.given}" if self.given else self.family

    def apa(self) -> str:
        if not self.given:
            return self.family
        initials = " ".join(
            "-".join(f"{part[0].upper()}." for part in word.split("-") if part) for word in self.given.split()
        )
        return f"{self.family}, {initials}"


@dataclass(frozen=True, slots=True)
class _Fields:
    """The sanitized parts of one citation."""

    quote: str
    source: str
    title: str
    outlet: str
    people: tuple[_Person, ...]
    corporate: str
    date: _Date | None
    url: str
    file: str
    accessed: _Date
    key_seed: str

    @classmethod
    def of(cls, claim: Claim, article: Article, accessed: datetime.date) -> _Fields:
        outlet = _text(article.outlet)
        people, corporate = _authors(_text(article.author), outlet)
        return cls(
            quote=_text(claim.sentence),
            source=_text(claim.source),
            title=_text(article.title),
            outlet=outlet,
            people=people,
            corporate=corporate,
            date=_Date.parse(article.published),
            url=_text(article.url).replace(" ", "%20"),
            file=_text(article.file),
            accessed=_Date.of(accessed),
            key_seed=f"{article.content_hash}:{claim.start}:{claim.end}:{claim.sentence_start}:{claim.sentence_end}",
        )

    @property
    def has_author(self) -> bool:
        return bool(self.people or self.corporate)


def _text(value: str | None) -> str:
    """``value`` without terminal control, whitespace runs collapsed; '' for None."""
    if not value:
        return ""
    return " ".join(_BIDI_AND_CONTROLS.sub(" ", clean(value)).split())


def _authors(author: str, outlet: str) -> tuple[tuple[_Person, ...], str]:
    """``(people, corporate author)`` from a byline.

    Organisations named next to people (``Jane Doe, Reuters``) are dropped; a byline without any person is
    a corporate author, kept whole.
    """
    author = re.sub(r"^(?:by|von|par)\s+", "", author, flags=re.IGNORECASE).strip(" ,;")
    if not author:
        return (), ""
    if author.casefold() == outlet.casefold():
        return (), author
    names = [n.strip() for n in re.split(r"\s*(?:,|;|&|\band\b)\s*", author) if n.strip()]
    names = [n for n in names if not _is_organisation(n, outlet)]
    if not names:
        return (), author
    people = []
    for name in names:
        parts = name.split()
        if len(parts) == 2 and _is_east_asian(parts[0], parts[1]):
            people.append(_Person(given=parts[1], family=parts[0]))
        else:
            cut = len(parts) - 1
            while cut > 1 and parts[cut - 1] in _SURNAME_PARTICLES:
                cut -= 1
            people.append(_Person(given=" ".join(parts[:cut]), family=" ".join(parts[cut:])))
    return tuple(people), ""


def _is_organisation(name: str, outlet: str) -> bool:
    words = re.findall(r"\w+", name.casefold())
    return name.casefold() == outlet.casefold() or len(words) <= 1 or any(w in _ORGANISATION_WORDS for w in words)


def _is_east_asian(family: str, given: str) -> bool:
    return family.casefold() in _KOREAN_FAMILY_NAMES and "-" in given


def _end(text: str, mark: str = ".") -> str:
    """``text`` closed by ``mark`` unless it already ends with terminal punctuation."""
    return text if text.endswith((".", "?", "!")) else text + mark


def _in_quotes_then(title: str, mark: str) -> str:
    """``“Title,”`` — the mark inside the quotation marks, dropped after a ``?`` or ``!``."""
    return f"“{title}”" if title.endswith(("?", "!")) else f"“{title}{mark}”"


def _list(items: Sequence[str], conjunction: str, *, serial_comma: bool = True) -> str:
    if len(items) <= 1:
        return "".join(items)
    if len(items) == 2:
        return f"{items[0]} {conjunction} {items[1]}"
    comma = "," if serial_comma else ""
    return ", ".join(items[:-1]) + f"{comma} {conjunction} {items[-1]}"


def _md(text: str) -> str:
    return _MD_SPECIALS.sub(r"\\\1", text)


def _md_url(url: str) -> str:
    return url.replace("<", "%3C").replace(">", "%3E")


def _longest_run(text: str, char: str) -> int:
    return max((len(m) for m in re.findall(f"{re.escape(char)}+", text)), default=0)


# -- the styles ------------------------------------------------------------------------------------------------------


def _attribution(f: _Fields) -> str:
    outlet = f.outlet or "an unknown outlet"
    if f.source and f.source.casefold() != f.outlet.casefold():
        return f"{f.source}, as reported by {outlet}"
    return f.outlet or "Unknown outlet"


def _plain(f: _Fields) -> str:
    parts = [_attribution(f)]
    if f.title:
        parts.append(f"“{f.title}”")
    parts.append(f.date.iso if f.date else "n.d.")
    parts.append(f.url or f.file)
    return f"“{f.quote}” - " + ", ".join(p for p in parts if p)


def _markdown(f: _Fields) -> str:
    parts = [_md(_attribution(f))]
    if f.title and f.url:
        parts.append(f"[“{_md(f.title)}”](<{_md_url(f.url)}>)")
    elif f.title:
        parts.append(f"“{_md(f.title)}”")
    parts.append(f.date.iso if f.date else "n.d.")
    if f.url and not f.title:
        parts.append(f"<{_md_url(f.url)}>")
    elif not f.url and f.file:
        parts.append(_md(f.file))
    return f"> “{_md(f.quote)}”\n>\n> — " + ", ".join(p for p in parts if p)


def _apa(f: _Fields) -> str:
    date = f"({f.date.apa()})." if f.date else "(n.d.)."
    title = _end(f.title) if f.title else "[Untitled news article]."
    if f.people:
        names = [p.apa() for p in f.people]
        if len(names) > 20:  # APA 7: the first 19, an ellipsis, the last
            author = _end(", ".join(names[:19]) + f", . . . {names[-1]}")
        elif len(names) > 1:
            author = _end(", ".join(names[:-1]) + f", & {names[-1]}")
        else:
            author = _end(names[0])
        parts = [author, date, title]
    elif f.corporate:
        parts = [_end(f.corporate), date, title]
    else:
        parts = [title, date]
    if f.outlet and f.outlet.casefold() != f.corporate.casefold():
        parts.append(_end(f.outlet))
    if f.url:
        if f.date:
            parts.append(f.url)
        else:
            parts.append(f"Retrieved {f.accessed.chicago()}, from {f.url}")
    return f"“{f.quote}”\n\n" + " ".join(parts)


def _mla(f: _Fields) -> str:
    parts = []
    if f.people:
        first = f.people[0].inverted()
        if len(f.people) == 1:
            parts.append(_end(first))
        elif len(f.people) == 2:
            parts.append(_end(f"{first}, and {f.people[1].natural()}"))
        else:
            parts.append(f"{first}, et al.")
    elif f.corporate and f.corporate.casefold() != f.outlet.casefold():
        parts.append(_end(f.corporate))
    parts.append(_in_quotes_then(f.title, ".") if f.title else "Untitled news article.")
    container = [
        x
        for x in (f.outlet, f.date.mla() if f.date else "", re.sub(r"^https?://", "", f.url, flags=re.IGNORECASE))
        if x
    ]
    if container:
        parts.append(_end(", ".join(container)))
    if f.url and not f.date:
        parts.append(f"Accessed {f.accessed.mla()}.")
    return f"“{f.quote}”\n\n" + " ".join(parts)


def _chicago(f: _Fields) -> str:
    items = []
    if f.people:
        names = [p.natural() for p in f.people]
        items.append(f"{names[0]} et al." if len(names) >= 4 else _list(names, "and"))
    elif f.corporate and f.corporate.casefold() != f.outlet.casefold():
        items.append(f.corporate)
    rest = [f.outlet]
    if f.date:
        rest.append(f.date.chicago())
    elif f.url:
        rest.append(f"accessed {f.accessed.chicago()}")
    rest.append(f.url)
    rest = [x for x in rest if x]
    if f.title:
        title = _in_quotes_then(f.title, "," if rest else ".")
    else:
        title = ("untitled news article" if items else "Untitled news article") + ("," if rest else ".")
    head = ", ".join(items) + (", " if items else "") + title
    note = head + (" " + ", ".join(rest) + "." if rest else "")
    return f"“{f.quote}”\n\n" + note


def _bib_escape(text: str) -> str:
    return _BIBTEX_RE.sub(lambda m: _BIBTEX_SPECIALS[m.group()], text)


def _bib_url(url: str) -> str:
    return url.replace("\\", "%5C").replace("{", "%7B").replace("}", "%7D").replace(" ", "%20")


def _ascii_word(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]", "", folded.casefold())


def _bib_key(f: _Fields) -> str:
    name = f.people[0].family if f.people else (f.corporate or f.outlet)
    name_words = [w for w in (_ascii_word(w) for w in name.split()) if w and w not in _TITLE_STOPWORDS]
    who = name_words[0] if name_words else "anon"
    year = str(f.date.year) if f.date else "nd"
    title_words = [w for w in (_ascii_word(w) for w in f.title.split()) if w and w not in _TITLE_STOPWORDS]
    digest = hashlib.sha1(f.key_seed.encode("utf-8")).hexdigest()[:6]
    return f"{who}{year}{title_words[0] if title_words else ''}-{digest}"


def _bibtex(f: _Fields) -> str:
    periodical = is_periodical(f.outlet)
    fields: list[tuple[str, str]] = []
    if f.people:
        fields.append(("author", " and ".join(_bib_escape(p.inverted()) for p in f.people)))
    elif f.corporate:
        fields.append(("author", "{" + _bib_escape(f.corporate) + "}"))
    fields.append(("title", _bib_escape(f.title) if f.title else "Untitled news article"))
    if f.outlet:
        fields.append(("journaltitle" if periodical else "organization", _bib_escape(f.outlet)))
    if f.date:
        fields.append(("date", f.date.iso))
    if f.url:
        fields.append(("url", _bib_url(f.url)))
        fields.append(("urldate", f.accessed.iso))
    fields.append(("note", _bib_escape(f"“{f.quote}”")))
    if not f.url and f.file:
        fields.append(("addendum", _bib_escape(f"Source file: {f.file}")))
    body = "".join(f"  {name} = {{{value}}},\n" for name, value in fields)
    return f"@{'article' if periodical else 'online'}{{{_bib_key(f)},\n{body}}}"


_RENDERERS = {
    "plain": _plain,
    "markdown": _markdown,
    "apa": _apa,
    "mla": _mla,
    "chicago": _chicago,
    "bibtex": _bibtex,
}
