"""Page furniture, sentence-initial and function words: capitalised words that never name an actor."""

from __future__ import annotations

from store.extract.actors.wordlists import words

# Capitalised words that start sentences or label things but never name an actor.
STOP = words(
    """
    a an the this that these those there here it its he she they we i you his her their our my your and or
    but nor so yet for of on in at by to from with without into onto over under after before since until
    while when where why how what who whom which whose if then than as also even just only both either
    neither all any each every some many most more much few several other another such no not none one two
    three meanwhile however despite although though because therefore moreover furthermore nevertheless
    still according accordingly instead indeed perhaps maybe thus hence otherwise besides unlike like last
    next first second third new old former latter said says told read watch listen see more latest news
    category logo download app store badge play share follow subscribe sign login log menu search home video
    photo image getty reuters/ copyright rights reserved privacy policy terms contact about us advertisement
    monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow week weekend month
    year january february march april may june july august september october november december north south
    east west northern southern eastern western central western mr mrs ms dr prof sir madam lord lady
    ukrainian russian korean american chinese japanese british european german french western president
    minister secretary spokesperson general leader chief head director explainer opinion analysis editorial
    interview update live breaking exclusive soldiers troops forces army military war reports report
    officials experts analysts sources observers critics images photos data estimates figures authorities
    residents witnesses media footage documents intelligence government people statistics researchers
    diplomats scientists satellite unverified unconfirmed
    """
)
SENTENCE_WORDS = words(
    """
    a an the this that these those his her their its our and but so or both meanwhile however despite
    although though while when after before since according also even only then thus last next new
    as if because unlike like given whereas until once
    follow share subscribe watch read listen download sign more latest
    """
)
FUNCTION_WORDS = words(
    """
    a an the this that these those his her their its our he she they it we i and but so or
    """
)
MONTHS_DAYS = words(
    """
    monday tuesday wednesday thursday friday saturday sunday january february march april may june july
    august september october november december
    """
)
