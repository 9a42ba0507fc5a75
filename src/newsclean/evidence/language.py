"""Language tags as BCP 47 writes them: ``en-US``, ``pt-BR``, ``zh-Hans-CN``."""

from __future__ import annotations

from .patterns import compile

_TAG = compile(r"^[a-z]{2,3}(?:-[a-z0-9]{1,8}){0,4}$")
"""A language tag once underscores are hyphens: a 2-3 letter language, then subtags."""

MONTH_FIRST_REGIONS = frozenset(("US", "PH", "FM", "MH", "PW", "BZ"))
"""Regions that write a numeric date month first (03/04/2024 is March 4)."""


def bcp47(raw: str) -> str | None:
    """``raw`` (``en_us``, ``EN-gb``, ``de``) as a BCP 47 tag, or None when it is not one.

    >>> bcp47("en_us"), bcp47("EN"), bcp47("zh-hans-cn"), bcp47("English")
    ('en-US', 'en', 'zh-Hans-CN', None)
    """
    text = raw.strip().replace("_", "-").lower()
    if not _TAG.search(text):
        return None
    parts = text.split("-")
    out = [parts[0]]
    for part in parts[1:]:
        if len(part) == 2 and part.isalpha():
            out.append(part.upper())  # region
        elif len(part) == 4 and part.isalpha():
            out.append(part.capitalize())  # script
        else:
            out.append(part)
    return "-".join(out)


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
