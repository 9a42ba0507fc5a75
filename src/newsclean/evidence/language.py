"""Language tags as BCP 47 writes them: ``en-US``, ``pt-BR``, ``zh-Hans-CN``."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from .patterns import compile

_TAG = compile(r"^[a-z]{2,3}(?:-[a-z0-9]{1,8}){0,4}$")
"""A language tag once underscores are hyphens: a 2-3 letter language, then subtags."""

DETECTED = "detected from the text"
"""The source of a language read from the text rather than declared by the page."""

MONTH_FIRST_REGIONS = frozenset(("US", "PH", "FM", "MH", "PW", "BZ"))
"""Regions that write a numeric date month first (03/04/2024 is March 4)."""


REPLACED_CODES: dict[str, str] = {
    "iw": "he", "in": "id", "ji": "yi", "jw": "jv", "mo": "ro",
    "jp": "ja", "cn": "zh", "gr": "el", "cz": "cs", "dk": "da", "ua": "uk", "vn": "vi",
}
"""Primary subtags pages write for a language that has another code: the codes ISO 639
withdrew (the IANA registry's preferred values: ``iw`` is ``he``), and country codes that
are no language code at all (``jp``, ``cn``, ``gr``: the country for its language)."""
NO_LANGUAGE = frozenset(("und", "mul", "zxx", "mis"))
"""Tags that declare no language (undetermined, several, none, uncoded)."""
NEAR_LANGUAGES: dict[str, frozenset[str]] = {
    lang: frozenset(near.split()) for lang, near in {
        "ar": "fa ur ps ku ckb sd ug ks",
        "ru": "bg sr mk be kk ky mn tg tt ba",
        "uk": "be rue",
        "hi": "mr ne sa mai bho kok",
        "he": "yi",
        "zh": "ja yue",
        "sv": "da no nb nn",
        "es": "ca gl ast",
        "pt": "gl",
        "cs": "sk",
        "id": "ms",
        "nl": "af fy li",
        "de": "lb gsw",
        "tr": "az",
    }.items()
}
"""Per language the built-in guess names, the languages it cannot name whose text it takes
for that one: the same script (Persian in Arabic letters, Bulgarian in Cyrillic) or close
kin sharing function words (Danish and Swedish, Catalan and Spanish)."""


def bcp47(raw: str) -> str | None:
    """``raw`` (``en_us``, ``EN-gb``, ``de``) as a BCP 47 tag, or None when it is not one or
    declares no language; a withdrawn or country code becomes the language's (``jp`` ``ja``).

    >>> bcp47("en_us"), bcp47("EN"), bcp47("zh-hans-cn"), bcp47("English")
    ('en-US', 'en', 'zh-Hans-CN', None)
    >>> bcp47("jp"), bcp47("iw-IL"), bcp47("und")
    ('ja', 'he-IL', None)
    """
    text = raw.strip().replace("_", "-").lower()
    if not _TAG.search(text):
        return None
    parts = text.split("-")
    if parts[0] in NO_LANGUAGE:
        return None
    out = [REPLACED_CODES.get(parts[0], parts[0])]
    for part in parts[1:]:
        if len(part) == 2 and part.isalpha():
            out.append(part.upper())  # region
        elif len(part) == 4 and part.isalpha():
            out.append(part.capitalize())  # script
        else:
            out.append(part)
    return "-".join(out)


def primary(tag: str | None) -> str | None:
    """The primary language subtag: ``en`` of ``en-US``; None for None.

    >>> primary("pt-BR"), primary("EN_gb"), primary(None)
    ('pt', 'en', None)
    """
    return tag.replace("_", "-").split("-")[0].lower() if tag else None


def contradicts(declared: str, detected: str) -> bool:
    """Whether a language read from the text says the declared one is wrong: it differs,
    and is not the near language a guess names for it (:data:`NEAR_LANGUAGES`: a page
    declared ``fa`` that reads as ``ar`` is Persian).

    >>> contradicts("en", "de"), contradicts("fa-IR", "ar"), contradicts("ar", "fa")
    (True, False, True)
    """
    said, read = primary(declared), primary(detected)
    return said != read and said not in NEAR_LANGUAGES.get(read or "", frozenset())


def month_first(language: str | None) -> bool:
    """True when ``language`` writes numeric dates month first; unknown or bare ``en`` too.

    >>> month_first("en-US"), month_first("en"), month_first("en-GB"), month_first("de")
    (True, True, False, False)
    """
    if not language:
        return True
    tag = bcp47(language)
    if tag is None:
        return True
    parts = tag.split("-")
    if parts[0] != "en":
        return False
    region = next((p for p in parts[1:] if len(p) == 2), None)
    return region is None or region in MONTH_FIRST_REGIONS


_FUNCTION_WORDS: dict[str, frozenset[str]] = {
    lang: frozenset(words.split()) for lang, words in {
        "en": "the and of to in is that for it with was on as are be this by have from "
              "has were which",
        "de": "der die und das ist nicht mit sich des auf für dem ein eine den im von zu "
              "auch wird sind",
        "fr": "le la les des et est une un du que pour dans pas sur qui au avec il "
              "sont cette ont",
        "es": "el los las del y que en se por una con para es al lo como más pero sus",
        "it": "il di che e è per una del della non sono con gli nel alla anche delle",
        "pt": "o os do da em um uma para com não por dos das ao como mais foi são",
        "nl": "de het een en van is dat op te niet met voor zijn er ook aan bij",
        "sv": "och att det som en på är av för med till den inte har om var",
        "pl": "i w na z się nie do że to jest od jak po za oraz",
        "cs": "a se na je v že to s z do ve jsou by jako ale",
        "tr": "ve bir bu da de için ile çok gibi daha olarak ama",
        "ro": "și de la în cu care pe nu din că un este pentru",
        "id": "yang dan di ini itu dengan untuk dari dalam tidak akan pada adalah",
    }.items()
}
"""The commonest words of each language: counting them tells a page's language."""
_SCRIPTS = (
    ("ko", compile(r"\p{Hangul}")), ("ja", compile(r"[\p{Hiragana}\p{Katakana}]")),
    ("zh", compile(r"\p{Han}")), ("el", compile(r"\p{Greek}")),
    ("uk", compile(r"[іїєґІЇЄҐ]")), ("ru", compile(r"\p{Cyrillic}")),
    ("ar", compile(r"\p{Arabic}")), ("he", compile(r"\p{Hebrew}")), ("th", compile(r"\p{Thai}")),
    ("hi", compile(r"\p{Devanagari}")),
)
"""Scripts that name a language by themselves (checked in this order)."""
MIN_HITS = 8
"""Function words a text must hold before its language is guessed…"""
MARGIN = 1.5
"""…and the best language must hold this many times as many as the next."""
GUESS_CHARS = 3_000
"""Characters of text read to guess."""
SCRIPT_CHARS = 600
"""Characters in which the scripts are counted (enough to tell; each script is a pass)."""
_PUNCTUATION = ".,;:!?\"'()«»„“”"
"""Stripped from a word's ends before it is counted."""
_NOT_ASCII_LETTERS = bytes(c for c in range(128) if not chr(c).isalpha())
"""ASCII bytes that are not letters (deleted to count the letters in C)."""


def guess_language(text: str) -> str | None:
    """The language of ``text`` by its script or its commonest words; None when unsure.

    >>> guess_language("The council voted on Tuesday to close the bridge, and the work is "
    ...                "expected to last for two years, which is longer than the town hoped.")
    'en'
    >>> guess_language("Der Rat hat am Dienstag beschlossen, die Brücke zu schließen, und die "
    ...                "Arbeiten sind auf zwei Jahre angelegt, die auch nicht kürzer werden.")
    'de'
    >>> guess_language("42") is None
    True
    """
    text = text[:GUESS_CHARS]
    ascii_part = text.encode("ascii", "ignore")
    non_ascii = len(text) - len(ascii_part)
    # The letters are counted one by one only when a script may hold a quarter of them:
    # the ASCII letters, counted in C, are a lower bound, enough for most Latin text.
    if non_ascii * 4 >= len(ascii_part.translate(None, _NOT_ASCII_LETTERS)):
        letters = sum(map(str.isalpha, text))
        if not letters:
            return None
        if non_ascii * 4 >= letters:  # else no script can hold a quarter of the letters
            sample = text[:SCRIPT_CHARS]
            sample_letters = sum(map(str.isalpha, sample))
            for lang, pattern in _SCRIPTS:
                found = pattern.finditer(sample)
                if len(found) * 4 >= sample_letters:
                    return lang
    scores = sorted(_word_scores(text, _FUNCTION_WORDS), reverse=True)
    (best, lang), (second, _) = scores[0], scores[1]
    if best >= MIN_HITS and best >= MARGIN * second:
        return lang
    return None


def likeliest(text: str, candidates: Iterable[str]) -> str | None:
    """Of the languages a page declares (``en`` in ``<html lang>``, ``de`` in its
    ``Content-Language``), the one whose commonest words ``text`` holds most; None on a tie
    or when it holds none. A choice between the page's own claims needs no threshold.

    >>> likeliest("Die Brücke ist für den Verkehr zu alt, und sie wird nicht mehr "
    ...           "repariert.", ["en", "de"])
    'de'
    >>> likeliest("42", ["en", "de"]) is None
    True
    """
    known = {primary(c) or "" for c in candidates} & _FUNCTION_WORDS.keys()
    if len(known) < 2:
        return None
    scores = sorted(_word_scores(text[:GUESS_CHARS],
                                 {lang: _FUNCTION_WORDS[lang] for lang in known}), reverse=True)
    (best, lang), (second, _) = scores[0], scores[1]
    return lang if best > second else None


def _word_scores(text: str, languages: dict[str, frozenset[str]]) -> list[tuple[int, str]]:
    """Per language, how many of its commonest words ``text`` holds."""
    counts = Counter(t.strip(_PUNCTUATION) for t in text.lower().split())
    return [(sum(counts[w] for w in words if w in counts), lang)
            for lang, words in languages.items()]
