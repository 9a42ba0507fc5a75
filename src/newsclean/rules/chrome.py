"""Page chrome recognised line by line: each family its own named rule.

These rules only look at one block's text. They are strict on purpose: a
line must *be* the chrome (or open with its tell-tale phrase and stay short),
so a body sentence that merely mentions an advert or a newsletter survives.
"""

from __future__ import annotations

from . import vocab
from .lines import EDGE, LineRule, leading, whole
from .patterns import words

_NO_SENTENCE_END = r"(?<![.!?…][\"'”’»)]?)$"
"""The line does not end like a sentence (crumbs and banners rarely do)."""

AD_MARKER = LineRule(
    "ad-marker",
    whole(vocab.AD_MARKERS),
    reason="advertisement marker",
    max_words=8,
    summary="Ad placeholders: 'Advertisement', 'Story continues below advertisement', 'Anzeige'.",
)

SPONSOR = LineRule(
    "sponsor",
    rf"{leading(vocab.SPONSOR_LEADS)}\s*[:：|–—-]"
    rf"|{leading(vocab.SPONSOR_LEADS)}(?:\s+\S.*)?{_NO_SENTENCE_END}",
    reason="sponsor banner",
    max_words=16,
    summary="Sponsor banners: 'Sponsor: …', 'Sponsored by …', 'Presented by …', 'Paid content'.",
)

_CRUMB_SEGMENT = r"[^\n›»>/|→▸·•.!?]{1,40}"
NAV_CRUMB = LineRule(
    "nav-crumb",
    rf"{whole(vocab.NAV_WORDS)}"
    rf"|^{_CRUMB_SEGMENT}(?:\s[›»>/|→▸]\s?{_CRUMB_SEGMENT}){{2,8}}$"
    rf"|^{EDGE}(?:home|startseite|accueil|inicio)\s*[›»>/|→▸]\s*{_CRUMB_SEGMENT}$",
    reason="navigation crumb",
    max_words=16,
    summary="Navigation: 'back', 'topic', 'Next article', crumb trails like 'Home › World › Europe'.",
)

_NUMBER = r"\d[\d.,  ]*[kKmM]?\+?"
COUNTER = LineRule(
    "counter",
    rf"^{EDGE}{_NUMBER}{EDGE}$"
    rf"|^{EDGE}{_NUMBER}\s*{words(vocab.COUNTER_WORDS)}{EDGE}$"
    rf"|^{EDGE}{words(vocab.COUNTER_WORDS)}\s*[:(]?\s*{_NUMBER}\)?{EDGE}$"
    rf"|^(?:reading\ time|lesezeit|temps\ de\ lecture)\s*:?\s*\d+.{{0,20}}$"
    rf"|{whole(vocab.COMMENT_PROMPTS, count=True)}"
    r"|^[|¦]\s*[^|]{1,40}$",
    reason="counter or widget",
    max_words=6,
    summary="Counters and widgets: comment counts '0', '12 comments', '5 min read', '| Remer,MN'.",
)

SHARE = LineRule(
    "share",
    rf"^{EDGE}(?:{words(vocab.SOCIAL_NETWORKS)}{EDGE}\s*){{1,12}}$"
    rf"|{leading(vocab.SHARE_LEADS)}",
    reason="share or follow buttons",
    max_words=14,
    summary="Share and follow chrome: 'Share on Facebook', 'Facebook Twitter Email', 'Follow us'.",
)

NEWSLETTER = LineRule(
    "newsletter",
    leading(vocab.NEWSLETTER_LEADS),
    reason="newsletter or subscription prompt",
    max_words=24,
    summary="Newsletter, subscription and log-in prompts: 'Sign up for our newsletter…'.",
)

COOKIE = LineRule(
    "cookie",
    rf"{leading(vocab.COOKIE_LEADS)}|\bcookies?\b.*\b(?:accept|consent|agree|settings|policy)\b",
    reason="cookie notice",
    max_words=60,
    summary="Cookie and consent notices: 'We use cookies…', 'Accept all cookies'.",
)

COPYRIGHT = LineRule(
    "copyright",
    rf"{leading(vocab.COPYRIGHT_LEADS)}|all\ rights\ reserved",
    reason="copyright or legal line",
    max_words=30,
    summary="Copyright and legal lines: '© 2025 …', 'All rights reserved', 'Privacy Policy'.",
)

RELATED = LineRule(
    "related",
    rf"{leading(vocab.RELATED_LEADS)}\s*[:：|–—-]|{whole(vocab.RELATED_LEADS)}",
    reason="related-links prompt",
    max_words=25,
    summary="Related-link prompts: 'Read more: …', 'Related:', 'You may also like', 'Lire aussi'.",
)

CHROME_RULES = (AD_MARKER, SPONSOR, NAV_CRUMB, COUNTER, SHARE, NEWSLETTER, COOKIE, COPYRIGHT,
                RELATED)
