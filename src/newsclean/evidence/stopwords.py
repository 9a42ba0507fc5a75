"""Small stop-word lists: how much of a line is the glue words of running prose.

Prose is full of articles, prepositions and pronouns; menus, tag lists and
teaser headlines hold few of them. A page's language is the list that covers
most of its words; a line's share of that list's words is evidence of prose.
The lists are short on purpose (the commonest words only), so a name that
happens to be a stop word in another language barely moves the share.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable


def _listed(words: str) -> frozenset[str]:
    return frozenset(words.split())


# fmt: off
STOP_WORDS: dict[str, frozenset[str]] = {
    "en": _listed("the a an of to in and or is are was were be been it its that this with "
                    "for on as at by from he she they we you his her their not but have has had "
                    "which who will would said there than if any most"),
    "de": _listed("der die das und ist nicht ein eine einen dem den des zu mit sich auf für "
                    "von im in auch es an als wie er sie wir aber noch nach bei aus wird wurde "
                    "hat haben sind war dass oder"),
    "fr": _listed("le la les de des du un une et est en que qui dans pour pas sur au aux "
                    "par il elle ils ce cette son sa ses ne se plus avec mais ont été être "
                    "nous vous leur"),
    "es": _listed("el la los las de del un una y es en que por con para no se su sus al lo "
                    "como más pero fue ha han son está este esta le ya muy"),
    "pt": _listed("o a os as de do da dos das um uma e é em que para com não se por no na "
                    "nos nas ao à mais mas foi ser são como seu sua ele ela"),
    "it": _listed("il lo la i gli le di del della un una e è in che per con non si da al "
                    "alla dei delle ma sono come più anche ha nel nella"),
    "nl": _listed("de het een en van is in dat op te met voor niet zijn die er aan als ook "
                    "door maar om bij nog wordt werd heeft hij zij we"),
    "sv": _listed("och i att det som en på är av för med till den har de inte om ett var "
                    "jag han hon vi men så kan från"),
    "da": _listed("og i at det er en på til af for med den de som har ikke et var han hun "
                    "vi men så kan fra"),
    "no": _listed("og i å det er en på til av for med den de som har ikke et var han hun vi "
                    "men så kan fra"),
    "pl": _listed("i w na z do że się nie to jest o od po za jak ale co tak przez dla jego "
                    "jej są był była już oraz"),
    "cs": _listed("a v na se je že s z do to o i k by jako ale pro od po jsou byl bylo jeho "
                    "už také"),
    "ru": _listed("и в не на что с по как это он она они из за от к для но был была было "
                    "так же его ее их уже все или"),
    "uk": _listed("і в не на що з по як це він вона вони із за від до для але був була "
                    "було так же його її їх вже"),
    "tr": _listed("ve bir bu da de için ile ne olarak daha gibi çok en o ama ki mi olan "
                    "kadar sonra her"),
    "id": _listed("dan yang di ini itu dengan untuk dari ke pada tidak akan dalam ada juga "
                    "atau oleh karena bisa sudah"),
}
# fmt: on
"""Language code -> its commonest function words, lower case."""

ANY_STOP_WORD = frozenset().union(*STOP_WORDS.values())
"""Every listed stop word, in any language."""
_ANY_STOP_WORD = ANY_STOP_WORD
"""Every word of every list: the only words :func:`page_language` needs to count."""

_LISTS_OF: dict[str, tuple[str, ...]] = {
    word: tuple(code for code, listed in STOP_WORDS.items() if word in listed)
    for word in ANY_STOP_WORD}
"""Each stop word's lists, in the order of ``STOP_WORDS``."""

PUNCTUATION = "\"'“”‘’«»()[]{},.;:!?…—–-"
"""Stripped from both ends of a word before it is looked up as a title-cased stop word."""


def page_language(lines: Iterable[str]) -> str | None:
    """The stop-word list covering most of the page's words, or None if none covers any.

    >>> page_language(["The council said that it would vote on the plan."])
    'en'
    >>> page_language(["Der Rat sagte, dass er über den Plan abstimmen wird."])
    'de'
    """
    return language_of(" ".join(lines).casefold().split())


def language_of(words: Iterable[str]) -> str | None:
    """:func:`page_language` of a page's words, already case-folded (a caller that has
    each line's words need not join and split the page again).

    >>> language_of("le conseil a dit qu'il votera sur le plan".split())
    'fr'
    """
    # only the words some list holds can count: the others are dropped before counting
    counts = Counter(filter(_ANY_STOP_WORD.__contains__, words))
    # each stop word found adds to its lists: a page holds a few dozen of the ~500 listed
    found = dict.fromkeys(STOP_WORDS, 0)
    for word, times in counts.items():
        for code in _LISTS_OF[word]:
            found[code] += times
    best = max(found, key=found.__getitem__)
    return best if found[best] else None
