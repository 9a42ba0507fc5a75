"""Page chrome recognised line by line: each family its own named rule.

These rules only look at one block's text. They are strict on purpose: a
line must *be* the chrome (or open with its tell-tale phrase and stay short),
so a body sentence that merely mentions an advert or a newsletter survives.

Each rule is made by a function whose keyword arguments are its vocabularies,
so a language or a phrase is added without editing the library::

    mine = ad_marker(markers=(*phrases.AD_MARKERS, "pub", "reklaam"))
    cleaner = Cleaner().replacing(mine)
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from ..evidence import phrases
from ..evidence.patterns import compile, words
from ..evidence.shape import CLOSERS, SENTENCE_ENDS
from .lines import EDGE, LineRule, gate, leading, whole

_NO_SENTENCE_END = rf"(?<![{regex.escape(SENTENCE_ENDS)}][{regex.escape(CLOSERS)}]?)$"
"""The line does not end like a sentence (crumbs and banners rarely do)."""

_SEPARATORS = regex.escape(phrases.CRUMB_SEPARATORS)
_CRUMB_SEGMENT = rf"[^\n{_SEPARATORS}·•.!?]{{1,40}}"
"""One step of a crumb trail: a few words, no separator, no sentence mark."""

_NUMBER = r"\d++(?:[.,  ]\d{3})*+(?:[.,]\d{1,2})?\s?[kKmM]?\+?"
"""A count as widgets print it: '0', '1,234', '12 345', '1.2K', '10k+' (not a date: 10.01.1995)."""

_READER = r"\b(?:our|your|you|us)\b"
_SITE = r"(?:this|our)\s+(?:web\s?)?(?:site|page|service)s?"


def ad_marker(*, markers: Sequence[str] = phrases.AD_MARKERS) -> LineRule:
    """Ad placeholders: 'Advertisement', 'Story continues below advertisement', 'Anzeige'."""
    return LineRule("ad-marker", compile(whole(markers), verbose=False),
                    reason="advertisement marker", max_words=8, gate=gate(markers),
                    summary=str(ad_marker.__doc__))


def sponsor(*, leads: Sequence[str] = phrases.SPONSOR_LEADS) -> LineRule:
    """Sponsor banners: 'Sponsor: …', 'Sponsored by …', 'Presented by …', 'Paid content'."""
    return LineRule(
        "sponsor",
        compile(rf"{leading(leads)}\s*[:：|–—-]|{leading(leads)}(?:\s+\S.*)?{_NO_SENTENCE_END}",
                verbose=False),
        reason="sponsor banner", max_words=16, gate=gate(leads), summary=str(sponsor.__doc__),
    )


def nav_crumb(*, nav_words: Sequence[str] = phrases.NAV_WORDS,
              home_words: Sequence[str] = phrases.HOME_WORDS) -> LineRule:
    """Navigation: 'back', 'topic', 'Next article', crumb trails ('Home › World › Europe')."""
    return LineRule(
        "nav-crumb",
        compile(
            rf"{whole(nav_words)}"
            rf"|^{_CRUMB_SEGMENT}(?:\s[{_SEPARATORS}]\s?{_CRUMB_SEGMENT}){{2,8}}$"
            rf"|^{EDGE}{words(home_words)}\s*[{_SEPARATORS}]\s*{_CRUMB_SEGMENT}$",
            verbose=False,
        ),
        reason="navigation crumb", max_words=16,
        gate=gate(nav_words, home_words, marks=phrases.CRUMB_SEPARATORS),
        summary=str(nav_crumb.__doc__),
    )


def counter(*, count_words: Sequence[str] = phrases.COUNTER_WORDS,
            prompts: Sequence[str] = phrases.COMMENT_PROMPTS,
            reading_time: Sequence[str] = phrases.READING_TIME) -> LineRule:
    """Counters and widgets: comment counts '0', '12 comments', '5 min read', '| Remer,MN'."""
    return LineRule(
        "counter",
        compile(
            rf"^{EDGE}{_NUMBER}{EDGE}$"
            rf"|^{EDGE}{_NUMBER}\s*{words(count_words)}{EDGE}$"
            rf"|^{EDGE}{words(count_words)}\s*[:(]?\s*{_NUMBER}\)?{EDGE}$"
            rf"|^{words(reading_time)}\s*:?\s*\d+.{{0,20}}$"
            rf"|{whole(prompts, count=True)}"
            r"|^[|¦]\s*[^|]{1,40}$",
            verbose=False,
        ),
        reason="counter or widget", max_words=6,
        gate=gate(count_words, prompts, reading_time, marks="|¦", numbers=True),
        summary=str(counter.__doc__),
    )


def share(*, networks: Sequence[str] = phrases.SOCIAL_NETWORKS,
          leads: Sequence[str] = phrases.SHARE_LEADS) -> LineRule:
    """Share and follow chrome: 'Share on Facebook', 'Facebook Twitter Email', 'Follow us'."""
    return LineRule(
        "share",
        compile(rf"^{EDGE}(?:{words(networks)}{EDGE}\s*){{1,12}}$|{leading(leads)}",
                verbose=False),
        reason="share or follow buttons", max_words=14, gate=gate(networks, leads),
        summary=str(share.__doc__),
    )


def newsletter(*, leads: Sequence[str] = phrases.NEWSLETTER_LEADS,
               buttons: Sequence[str] = phrases.NEWSLETTER_BUTTONS,
               verbs: Sequence[str] = phrases.PROMPT_VERBS,
               nouns: Sequence[str] = phrases.PROMPT_NOUNS) -> LineRule:
    """Newsletter, subscription and log-in prompts: 'Sign up for our newsletter…'."""
    # A prompt either opens in a way only prompts do, is a bare button, or invites the
    # reader ('Get the latest news delivered to your inbox'); 'Register to vote by…' stays.
    return LineRule(
        "newsletter",
        compile(rf"{leading(leads)}|{whole(buttons)}"
                rf"|{leading(verbs)}(?=.*\b{words(nouns)}\b)(?=.*{_READER})", verbose=False),
        reason="newsletter or subscription prompt", max_words=24,
        gate=gate(leads, buttons, verbs), summary=str(newsletter.__doc__),
    )


def cookie(*, leads: Sequence[str] = phrases.COOKIE_LEADS,
           buttons: Sequence[str] = phrases.CONSENT_BUTTONS) -> LineRule:
    """Cookie and consent notices: 'We use cookies…', 'Accept all cookies'."""
    # A consent banner speaks to the reader about *this* site: a body sentence that
    # mentions cookies (or opens 'By continuing to use the old pipes…') does not.
    return LineRule(
        "cookie",
        compile(
            rf"{leading(leads)}|{whole(buttons)}"
            rf"|^by\s+(?:continuing\s+to\s+(?:use|browse|visit)|using|visiting)\s+{_SITE}"
            r"|^(?=.*\bcookies?\b)(?=.*\b(?:accept|consent|agree|settings|policy|preferences)\b)"
            r"(?=.*\b(?:our|you|your|we)\b)",
            verbose=False,
        ),
        reason="cookie notice", max_words=60,
        gate=gate(leads, buttons, ("by",), phrases=("cookie",)), summary=str(cookie.__doc__),
    )


def copyright_(*, leads: Sequence[str] = phrases.COPYRIGHT_LEADS,
               reserved: Sequence[str] = phrases.RIGHTS_RESERVED,
               legal: Sequence[str] = phrases.LEGAL_LINKS) -> LineRule:
    """Copyright and legal lines: '© 2025 …', 'All rights reserved', 'Privacy Policy'."""
    # 'Copyright 2024 …', '(c) 2024 …', '© …'; 'All rights reserved.' as a sentence of its
    # own; a footer link alone. 'Copyright lawyers said…' and 'Privacy policy experts…' stay.
    return LineRule(
        "copyright",
        compile(
            rf"{leading(leads)}"
            rf"|^{EDGE}(?:copyright\s*(?:©|\(c\)|\d{{4}}|[:|]|$)|\(c\)\s*\d{{4}})"
            rf"|(?:^{EDGE}|[.!?|–—-]\s*){words(reserved)}(?!\w)"
            rf"|{whole(legal)}",
            verbose=False,
        ),
        reason="copyright or legal line", max_words=30,
        gate=gate(leads, legal, ("copyright", "c"), phrases=reserved),
        summary=str(copyright_.__doc__),
    )


def related(*, leads: Sequence[str] = phrases.RELATED_LEADS) -> LineRule:
    """Related-link prompts: 'Read more: …', 'Related:', 'You may also like', 'Lire aussi'."""
    return LineRule(
        "related",
        compile(rf"{leading(leads)}\s*[:：|–—-]|{whole(leads)}", verbose=False),
        reason="related-links prompt", max_words=25, gate=gate(leads),
        summary=str(related.__doc__),
    )


AD_MARKER = ad_marker()
SPONSOR = sponsor()
NAV_CRUMB = nav_crumb()
COUNTER = counter()
SHARE = share()
NEWSLETTER = newsletter()
COOKIE = cookie()
COPYRIGHT = copyright_()
RELATED = related()

CHROME_RULES = (AD_MARKER, SPONSOR, COUNTER, SHARE, NAV_CRUMB, NEWSLETTER, COOKIE, COPYRIGHT,
                RELATED)
"""In order: the narrower shapes decide first ('Facebook | Twitter | Email' is share
buttons, not a crumb trail, though it has the trail's shape)."""
