"""Class/id words that mark page furniture, one group per kind.

Matched against whole class or id names and their parts (``related-posts``
gives ``related`` and ``posts``), so each group lists words, not patterns.
``CONTENT`` words mark the article body itself: an element carrying one
stops the search upwards, so ``<div class="article-body"><div class="ad">``
still drops the ad while ``<div class="article-body">`` inside a page whose
wrapper is oddly named keeps its text.
"""

from __future__ import annotations

FURNITURE: dict[str, frozenset[str]] = {
    "ads": frozenset((
        "ad", "ads", "adv", "advert", "adverts", "advertisement", "advertising", "adsense",
        "adslot", "adunit", "adbox", "adwrap", "adcontainer", "dfp", "gpt", "doubleclick",
        "outbrain", "taboola", "zergnet", "revcontent", "mgid", "banner", "banners",
        "billboard", "leaderboard", "skyscraper", "mrec", "native-ad", "anzeige",
    )),
    "sponsor": frozenset(("sponsor", "sponsored", "sponsors", "partner-content", "paid-content",
                          "promoted", "branded-content")),
    "promo": frozenset(("promo", "promos", "promotion", "cta", "upsell", "marketing")),
    "share": frozenset(("share", "shares", "sharing", "sharebar", "share-bar", "addthis",
                        "sharethis", "social", "socials", "social-links", "social-media",
                        "follow", "follow-us")),
    "newsletter": frozenset(("newsletter", "newsletters", "subscribe", "subscription",
                             "signup", "sign-up", "optin", "opt-in", "mailing-list")),
    "related": frozenset(("related", "recommended", "recommendations", "more-stories",
                          "morestories", "read-more", "readmore", "read-next", "readnext",
                          "trending", "popular", "most-read", "mostread", "most-popular",
                          "mostpopular", "also-read", "see-also", "more-from", "next-article",
                          "up-next", "upnext", "recirc", "recirculation", "latest-news",
                          "top-stories", "more-news", "rail", "outbrain")),
    "comments": frozenset(("comment", "comments", "commentary-list", "disqus", "respond",
                           "reply", "replies", "discussion", "coral", "talk-stream",
                           "reactions")),
    "cookie": frozenset(("cookie", "cookies", "consent", "gdpr", "cmp", "onetrust",
                         "cookiebar", "cookie-banner", "privacy-banner")),
    "breadcrumb": frozenset(("breadcrumb", "breadcrumbs", "crumbs", "crumb")),
    "navigation": frozenset(("nav", "navbar", "navigation", "menu", "menus", "masthead",
                             "sidebar", "side-bar", "widget", "widgets", "footer",
                             "site-header", "site-footer", "rodape", "topbar", "top-bar", "toolbar",
                             "skip-link", "skiplink", "pagination", "pager", "sitemap")),
    "paywall": frozenset(("regwall", "login-wall", "premium-wall", "paywall-prompt")),
    "popup": frozenset(("modal", "popup", "pop-up", "overlay", "lightbox", "interstitial",
                        "toast", "alert-bar")),
    "article-meta": frozenset(("byline", "bylines", "author", "authors", "author-bio",
                               "author-info", "dateline", "timestamp", "published-date",
                               "post-meta", "entry-meta", "article-meta", "meta", "tags",
                               "tag-list", "taglist", "categories", "keywords", "topics")),
    "standfirst": frozenset(("standfirst", "strapline", "abstract")),
}
"""Family name -> class/id words that mark it (matched on names and their parts)."""


CONTENT = frozenset((
    "article-body", "articlebody", "article-content", "articlecontent", "article-text",
    "articletext", "article__body", "article__content", "entry-content", "entrycontent",
    "post-content", "postcontent", "post-body", "postbody", "post-entry", "story-body",
    "storybody", "story-content", "storycontent", "story-text", "body-text", "bodytext",
    "content-body", "text-body", "main-text", "article-main", "td-post-content",
    "field-name-body", "field--name-body", "rich-text", "richtext", "c-entry-content",
    "paywall-article", "article-page-body", "page-content-body",
))
"""Class/id names of the article body itself."""

WORD_TO_FAMILY: dict[str, str] = {
    word: family for family, words in FURNITURE.items() for word in words
}
