"""Class/id vocabularies: the one home of every class word a DOM rule reads.

Matched against whole class or id names and their parts (``related-posts``
gives ``related`` and ``posts``), so each group lists words, not patterns.
``CONTENT`` words mark the article body itself: an element carrying one
stops the search upwards, so ``<div class="article-body"><div class="ad">``
still drops the ad while ``<div class="article-body">`` inside a page whose
wrapper is oddly named keeps its text.

The rules take a :class:`ClassWords` as a parameter; extend the defaults
without editing the library::

    words = CLASS_WORDS.extended(promo=["promo-box"], content=["storyline"])
    cleaner = Cleaner().replacing(FurnitureRule(words=words), MainContentRule(words=words))
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

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

GENERIC = frozenset((
    "box", "row", "col", "column", "columns", "container", "wrapper", "wrap", "inner", "outer",
    "content", "clearfix", "cf", "section", "block", "card", "panel", "item", "items", "grid",
    "main", "module", "group", "text", "body", "left", "right", "full", "span", "fluid",
))
"""Class words too common to say two elements are parts of one article."""

EMBEDS = frozenset(("twitter-tweet", "instagram-media", "tiktok-embed", "bluesky-embed",
                    "mastodon-embed", "fb-xfbml-parse-ignore", "reddit-card"))
"""Classes of quoted posts embedded in an article: content, whatever wraps them."""

AUTHOR = frozenset(("byline", "bylines", "author", "authors", "author-name", "byline-name",
                    "article-author", "post-author", "writer"))
"""Elements naming the article's authors."""

DATE = frozenset(("dateline", "timestamp", "date", "published", "publish-date",
                  "published-date", "post-date", "entry-date", "article-date", "time",
                  "pubdate", "updated", "posted"))
"""Elements giving the article's date."""

CAPTION = frozenset((
    "caption", "captions", "wp-caption-text", "figcaption", "image-caption", "photo-caption",
    "credit", "credits", "image-credit", "photo-credit", "media-caption", "caption-text",
))
"""Elements holding an image's caption or credit."""

CREDIT = frozenset(("credit", "credits", "image-credit", "photo-credit"))
"""Of those, the ones naming the credit alone (``<div class="image__credit">AP</div>``)."""

TEXT_HEADS = frozenset((
    "note", "notes", "correction", "corrections", "text", "body", "copy", "paragraph",
    "update", "clarification",
))
"""Last parts that make a compound class name a piece of text: in ``article-footer-note``
the note is what the element is, and ``footer`` only says where it sits, so the parts of
such a name mark no furniture (the name itself still can, and so can the ancestors)."""

TERM_HEADS = frozenset(("tag", "category", "node"))
"""First parts that make a compound class name a description of the post itself: blog
engines mark a post with its tags and categories (``tag-social-media``,
``category-comments``), words the author chose, and CMSs mark a content node with its
state (``node--promoted``: promoted to the front page, not sponsored), so the words after
the first part mark no furniture (the first part itself, ``tag``, still can:
``tag-list``, ``tag-cloud``)."""

HIDDEN_CLASSES = frozenset((
    "hidden", "visually-hidden", "visuallyhidden", "sr-only", "screen-reader-text",
    "screenreader-only", "offscreen", "print-only", "invisible", "is-hidden", "u-hidden",
))
"""Whole class names that hide an element from readers."""


@dataclass(frozen=True, slots=True)
class ClassWords:
    """Every class/id vocabulary the DOM rules read, as one value a rule takes as a parameter."""

    furniture: Mapping[str, frozenset[str]] = field(default_factory=lambda: dict(FURNITURE))
    content: frozenset[str] = CONTENT
    generic: frozenset[str] = GENERIC
    embeds: frozenset[str] = EMBEDS
    author: frozenset[str] = AUTHOR
    date: frozenset[str] = DATE
    caption: frozenset[str] = CAPTION
    text_heads: frozenset[str] = TEXT_HEADS
    term_heads: frozenset[str] = TERM_HEADS
    _family: Mapping[str, str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        family = {word: name for name, words in self.furniture.items() for word in words}
        object.__setattr__(self, "_family", family)

    def __hash__(self) -> int:
        return hash((tuple(sorted(self.furniture)), self.content))

    def family_of(self, word: str) -> str | None:
        """The furniture family a class word marks (``"ads"`` for ``"adslot"``), if any."""
        return self._family.get(word)

    def is_furniture(self, word: str) -> bool:
        """True when a class word marks some furniture family."""
        return word in self._family

    def furniture_family(self, tokens: frozenset[str]) -> tuple[str, str] | None:
        """``(family, word)`` of the furniture an element's class/id words mark, if any.

        Whole names are tried before their parts (longest first). The parts of a
        compound name whose last part is a text noun (:data:`TEXT_HEADS`) do not count, nor
        do the words of a post's tag or category (:data:`TERM_HEADS`):

        >>> CLASS_WORDS.furniture_family(frozenset({"article-footer-note", "article",
        ...                                         "footer", "note"})) is None
        True
        >>> CLASS_WORDS.furniture_family(frozenset({"entry-footer", "entry", "footer"}))
        ('navigation', 'footer')
        >>> CLASS_WORDS.furniture_family(frozenset({"tag-social-media", "tag", "social",
        ...                                         "media"})) is None
        True
        """
        family_of = self._family
        hits = family_of.keys() & tokens
        if not hits:
            return None
        muted: set[str] = set()
        for token in tokens:
            if "-" in token or "_" in token:
                parts = token.replace("_", "-").split("-")
                if parts[-1] in self.text_heads:
                    muted.update(parts)
                elif parts[0] in self.term_heads:
                    muted.update(parts[1:])
        for token in sorted(hits, key=lambda t: (-len(t), t)):
            if token not in muted:
                return family_of[token], token
        return None

    def extended(self, *, content: Iterable[str] = (), generic: Iterable[str] = (),
                 embeds: Iterable[str] = (), author: Iterable[str] = (),
                 date: Iterable[str] = (), caption: Iterable[str] = (),
                 **families: Iterable[str]) -> ClassWords:
        """These words plus more: ``extended(promo=["promo-box"], newfamily=["x"])``.

        >>> CLASS_WORDS.extended(promo=["promo-box"]).family_of("promo-box")
        'promo'
        """
        furniture = dict(self.furniture)
        for name, words in families.items():
            furniture[name] = furniture.get(name, frozenset()) | frozenset(words)
        return ClassWords(
            furniture, self.content | frozenset(content), self.generic | frozenset(generic),
            self.embeds | frozenset(embeds), self.author | frozenset(author),
            self.date | frozenset(date), self.caption | frozenset(caption), self.text_heads,
            self.term_heads,
        )


CLASS_WORDS = ClassWords()
"""The default vocabularies."""
