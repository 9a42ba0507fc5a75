"""Page chrome recognised line by line: each family its own named rule.

These rules only look at one block's text. They are strict on purpose: a
line must *be* the chrome (or open with its tell-tale phrase and stay short),
so a body sentence that merely mentions an advert or a newsletter survives.
"""

from __future__ import annotations

from ..evidence import phrases
from ..evidence.patterns import words
from .lines import EDGE, LineRule, gate, leading, whole

_NO_SENTENCE_END = r"(?<![.!?…][\"'”’»)]?)$"
"""The line does not end like a sentence (crumbs and banners rarely do)."""

AD_MARKER = LineRule(
    "ad-marker",
    whole(phrases.AD_MARKERS),
    reason="advertisement marker",
    max_words=8,
    gate=gate(phrases.AD_MARKERS),
    summary="Ad placeholders: 'Advertisement', 'Story continues below advertisement', 'Anzeige'.",
)

SPONSOR = LineRule(
    "sponsor",
    rf"{leading(phrases.SPONSOR_LEADS)}\s*[:：|–—-]"
    rf"|{leading(phrases.SPONSOR_LEADS)}(?:\s+\S.*)?{_NO_SENTENCE_END}",
    reason="sponsor banner",
    max_words=16,
    gate=gate(phrases.SPONSOR_LEADS),
    summary="Sponsor banners: 'Sponsor: …', 'Sponsored by …', 'Presented by …', 'Paid content'.",
)

_CRUMB_SEGMENT = r"[^\n›»>/|→▸·•.!?]{1,40}"
NAV_CRUMB = LineRule(
    "nav-crumb",
    rf"{whole(phrases.NAV_WORDS)}"
    rf"|^{_CRUMB_SEGMENT}(?:\s[›»>/|→▸]\s?{_CRUMB_SEGMENT}){{2,8}}$"
    rf"|^{EDGE}(?:home|startseite|accueil|inicio)\s*[›»>/|→▸]\s*{_CRUMB_SEGMENT}$",
    reason="navigation crumb",
    max_words=16,
    gate=gate(phrases.NAV_WORDS, ("home", "startseite", "accueil", "inicio"), marks="›»>/|→▸"),
    summary="Navigation: 'back', 'topic', 'Next article', crumb trails ('Home › World › Europe').",
)

_NUMBER = r"\d+(?:[.,  ]\d{3})*(?:[.,]\d{1,2})?\s?[kKmM]?\+?"
"""A count as widgets print it: '0', '1,234', '12 345', '1.2K', '10k+' (not a date: 10.01.1995)."""
COUNTER = LineRule(
    "counter",
    rf"^{EDGE}{_NUMBER}{EDGE}$"
    rf"|^{EDGE}{_NUMBER}\s*{words(phrases.COUNTER_WORDS)}{EDGE}$"
    rf"|^{EDGE}{words(phrases.COUNTER_WORDS)}\s*[:(]?\s*{_NUMBER}\)?{EDGE}$"
    rf"|^(?:reading\ time|lesezeit|temps\ de\ lecture)\s*:?\s*\d+.{{0,20}}$"
    rf"|{whole(phrases.COMMENT_PROMPTS, count=True)}"
    r"|^[|¦]\s*[^|]{1,40}$",
    reason="counter or widget",
    max_words=6,
    gate=gate(phrases.COUNTER_WORDS, phrases.COMMENT_PROMPTS, ("reading", "lesezeit", "temps"),
              marks="|¦", numbers=True),
    summary="Counters and widgets: comment counts '0', '12 comments', '5 min read', '| Remer,MN'.",
)

SHARE = LineRule(
    "share",
    rf"^{EDGE}(?:{words(phrases.SOCIAL_NETWORKS)}{EDGE}\s*){{1,12}}$"
    rf"|{leading(phrases.SHARE_LEADS)}",
    reason="share or follow buttons",
    max_words=14,
    gate=gate(phrases.SOCIAL_NETWORKS, phrases.SHARE_LEADS),
    summary="Share and follow chrome: 'Share on Facebook', 'Facebook Twitter Email', 'Follow us'.",
)

_READER = r"\b(?:our|your|you|us)\b"
NEWSLETTER = LineRule(
    "newsletter",
    # A prompt either opens in a way only prompts do, is a bare button, or invites the
    # reader ('Get the latest news delivered to your inbox'); 'Register to vote by…' stays.
    rf"{leading(phrases.NEWSLETTER_LEADS)}|{whole(phrases.NEWSLETTER_BUTTONS)}"
    rf"|{leading(phrases.PROMPT_VERBS)}(?=.*\b{words(phrases.PROMPT_NOUNS)}\b)(?=.*{_READER})",
    reason="newsletter or subscription prompt",
    max_words=24,
    gate=gate(phrases.NEWSLETTER_LEADS, phrases.NEWSLETTER_BUTTONS, phrases.PROMPT_VERBS),
    summary="Newsletter, subscription and log-in prompts: 'Sign up for our newsletter…'.",
)

_SITE = r"(?:this|our)\s+(?:web\s?)?(?:site|page|service)s?"
COOKIE = LineRule(
    "cookie",
    # A consent banner speaks to the reader about *this* site: a body sentence that
    # mentions cookies (or opens 'By continuing to use the old pipes…') does not.
    rf"{leading(phrases.COOKIE_LEADS)}|{whole(phrases.CONSENT_BUTTONS)}"
    rf"|^by\s+(?:continuing\s+to\s+(?:use|browse|visit)|using|visiting)\s+{_SITE}"
    r"|^(?=.*\bcookies?\b)(?=.*\b(?:accept|consent|agree|settings|policy|preferences)\b)"
    r"(?=.*\b(?:our|you|your|we)\b)",
    reason="cookie notice",
    max_words=60,
    gate=gate(phrases.COOKIE_LEADS, phrases.CONSENT_BUTTONS, ("by",), phrases=("cookie",)),
    summary="Cookie and consent notices: 'We use cookies…', 'Accept all cookies'.",
)

COPYRIGHT = LineRule(
    "copyright",
    # 'Copyright 2024 …', '(c) 2024 …', '© …'; 'All rights reserved.' as a sentence of its
    # own; a footer link alone. 'Copyright lawyers said…' and 'Privacy policy experts…' stay.
    rf"{leading(phrases.COPYRIGHT_LEADS)}"
    rf"|^{EDGE}(?:copyright\s*(?:©|\(c\)|\d{{4}}|[:|]|$)|\(c\)\s*\d{{4}})"
    rf"|(?:^{EDGE}|[.!?|–—-]\s*){words(phrases.RIGHTS_RESERVED)}(?!\w)"
    rf"|{whole(phrases.LEGAL_LINKS)}",
    reason="copyright or legal line",
    max_words=30,
    gate=gate(phrases.COPYRIGHT_LEADS, phrases.LEGAL_LINKS, ("copyright", "c"),
              phrases=phrases.RIGHTS_RESERVED),
    summary="Copyright and legal lines: '© 2025 …', 'All rights reserved', 'Privacy Policy'.",
)

RELATED = LineRule(
    "related",
    rf"{leading(phrases.RELATED_LEADS)}\s*[:：|–—-]|{whole(phrases.RELATED_LEADS)}",
    reason="related-links prompt",
    max_words=25,
    gate=gate(phrases.RELATED_LEADS),
    summary="Related-link prompts: 'Read more: …', 'Related:', 'You may also like', 'Lire aussi'.",
)

CHROME_RULES = (AD_MARKER, SPONSOR, COUNTER, SHARE, NAV_CRUMB, NEWSLETTER, COOKIE, COPYRIGHT,
                RELATED)
"""In order: the narrower shapes decide first ('Facebook | Twitter | Email' is share
buttons, not a crumb trail, though it has the trail's shape)."""
