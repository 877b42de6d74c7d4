"""Page furniture: menus, breadcrumbs, section labels, buttons, banners and counters that are never a headline."""

from __future__ import annotations

import re

from store.extract.metadata.lines import word_set

# Page furniture: lines that are never the headline.
FURNITURE = re.compile(
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
NAV_WORDS = word_set(
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

_LETTERS = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*|&")


def is_nav(line: str) -> bool:
    """A navigation bar, section label or breadcrumb: "Home News Sport Weather", "News > World > Asia"."""
    words = _LETTERS.findall(line.lower())
    return bool(words) and all(w in NAV_WORDS for w in words) and sum(c.isalpha() for c in line) >= 2


def is_furniture(line: str) -> bool:
    """Whether ``line`` is page furniture: a navigation bar, a furniture line or fewer than three words."""
    if len(re.findall(r"\s[|>»/]\s", line)) >= 2:  # navigation: "Home | World | Asia", "HOME > NEWS > MILITARY"
        return True
    return bool(FURNITURE.match(line)) or is_nav(line) or len(line.split()) < 3
