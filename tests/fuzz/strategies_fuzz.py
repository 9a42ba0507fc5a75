"""Hostile inputs for the fuzz targets, built on the suite's own strategies.

``tests/strategies.py`` (text dumps) and ``tests/html/strategies_html.py`` (HTML) make
pages a property can reason about; the strategies here make pages a *scraper* meets:
malformed URLs, odd styles and classes, every kind of entity, lone surrogates and
control characters, deep nesting, wrong or missing charsets, truncated encodings.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from hypothesis import strategies as st

from tests import strategies as s
from tests.html import strategies_html as hs

URL_VALUES = (
    "http://[x", "http://[::1/x.jpg", "https://[::1]:8080/a", "http://]x[/", "https://a.example/p?q=1&r=2",
    "//cdn.example/i.jpg", "/relative/path.jpg", "../../up.jpg", "?q=only", "#frag", "",
    "   ", "javascript:alert(1)", "data:image/png;base64,AAAA", "http://%zz/%", "http://a:99999/",
    "http://a:-1/", "http://user@:80", "http://exa mple.com/a b", "https://例え.jp/パス",
    "mailto:desk@gazette.example", "http://\x00/", "https:\\\\back\\slash", "http://xn--/",
    "http://" + "a" * 300 + ".example/", "file:///etc/passwd", "HTTP://UPPER.EXAMPLE/",
)
"""Values for href/src/content/base and for ``url=``: ordinary, relative and malformed."""

URL_ATTRS = ("href", "src", "srcset", "data-src", "data-lazy-src", "poster", "action",
             "cite", "content")

HOSTILE_TAGS = ("img", "a", "pre", "noframes", "noscript", "script", "style", "svg", "math",
                "template", "textarea", "title", "iframe", "object", "picture", "source",
                "video", "frame", "frameset", "plaintext", "xmp", "select", "option", "br",
                "hr", "wbr", "amp-img", "x-custom", "font", "center", "marquee", "blink",
                "figure", "figcaption", "time", "address", "dialog", "slot", "table", "td")

ENTITIES = ("&amp;", "&nbsp;", "&lt;p&gt;", "&#0;", "&#xD800;", "&#xDFFF;", "&#x110000;",
            "&#9999999999;", "&#x2028;", "&#x202E;", "&bogus;", "&amp", "&#", "&#x;",
            "&shy;", "&zwj;", "&#xFEFF;", "&#x1F600;", "&#128512;", "&#11;", "&#x7F;")

CONTROL_CHARS = "".join(chr(c) for c in (*range(0, 32), 127, *range(0x80, 0xA0)))
SURROGATES = ("\ud83d", "\ude00", "\udc80", "\udcff", "\ud800\ud800")
ODD_CHARS = ("\u200b", "\u200e", "\u202e", "\u2028", "\u2029", "\ufeff", "\ufffd", "\ue000",
             "\ue001", "\U0010ffff", "\u0301", "\u00ad", "\uffff")

STYLE_VALUES = (*hs.STYLES, "display:none;display:block", "DISPLAY : NONE", "display:\x00none",
                "font-size:0", "position:absolute;left:-9999px", "}{;;;", "x" * 500,
                "visibility:collapse", "display:none !important; color:url(http://[x)")

CLASS_VALUES = (*hs.CLASS_WORDS, "", " ", "a" * 2000, "comments\x00", "Article BODY",
                "entry-content " * 50, "\u00a0content\u00a0", "ad ad ad ad", "-", "\ud83d")


def any_str(max_size: int) -> st.SearchStrategy[str]:
    """Any str, lone surrogates included (Hypothesis leaves them out unless asked)."""
    return st.text(st.one_of(st.characters(), st.integers(0xD800, 0xDFFF).map(chr)),
                   max_size=max_size)


def hostile_text(max_size: int = 60) -> st.SearchStrategy[str]:
    """Text leaves: prose, raw characters of every category (surrogates included),
    entities, control and invisible characters, one very long word."""
    return st.one_of(
        hs.sentences(),
        any_str(max_size),
        st.sampled_from(ENTITIES),
        st.text(st.sampled_from(CONTROL_CHARS), min_size=1, max_size=4),
        st.sampled_from(SURROGATES).map(lambda c: f"Fans cheered {c} then the mayor spoke."),
        st.sampled_from(ODD_CHARS),
        st.integers(50, 3000).map(lambda n: "x" * n),
        st.just("Yes 7\nNo 2\n\tindented\r\nend"),
    )


def _attr_value(name: str) -> st.SearchStrategy[str]:
    if name in URL_ATTRS:
        return st.sampled_from(URL_VALUES)
    if name == "style":
        return st.sampled_from(STYLE_VALUES)
    if name == "class":
        return st.sampled_from(CLASS_VALUES)
    return st.one_of(any_str(20), st.sampled_from(URL_VALUES))


@st.composite
def hostile_attributes(draw: st.DrawFn) -> str:
    """Rendered attributes: URLs, styles and classes with odd values, sometimes unquoted,
    sometimes duplicated, sometimes raw (unescaped) so the parser sees the odd bytes."""
    names = draw(st.lists(st.sampled_from((*URL_ATTRS, "style", "class", "id", "hidden",
                                           "aria-hidden", "itemprop", "property", "lang",
                                           "charset", "dir", "role", "data-x")), max_size=4))
    out = []
    for name in names:
        value = draw(_attr_value(name))
        how = draw(st.sampled_from(("escaped", "escaped", "raw", "single")))
        if how == "escaped":
            out.append(f' {name}="{html.escape(value, quote=True)}"')
        elif how == "single":
            out.append(f" {name}='{value.replace(chr(39), '')}'")
        else:
            out.append(f' {name}="{value.replace(chr(34), "")}"')
    return "".join(out)


def _wrap(tag: str, attrs: str, inner: list[str]) -> str:
    return f"<{tag}{attrs}>{''.join(inner)}</{tag}>"


def hostile_trees() -> st.SearchStrategy[str]:
    """Random element trees: suite tags plus hostile ones, hostile attributes and text."""
    tags = st.sampled_from((*hs.BLOCK_TAGS, *hs.INLINE_TAGS, *hs.TABLE_TAGS, *HOSTILE_TAGS))
    leaf = st.one_of(hostile_text(), hostile_text(),
                     hostile_attributes().map(lambda a: f"<img{a}>"),
                     st.sampled_from(("<br>", "<hr>", "</p>", "</div>", "<p>", "<!-- c -->",
                                      "<![CDATA[x]]>", "<?pi x?>", "<")))
    return st.recursive(
        leaf,
        lambda kids: st.builds(_wrap, tags, hostile_attributes(), st.lists(kids, min_size=1,
                                                                           max_size=4)),
        max_leaves=25,
    )


@dataclass(frozen=True)
class HostilePage:
    """A generated hostile page and the ``url=`` to clean it with."""

    markup: str
    url: str | None


@st.composite
def hostile_pages(draw: st.DrawFn, max_depth: int = 1500) -> HostilePage:
    """A whole page: a head with base/meta/charset tricks, a body of hostile trees, maybe
    wrapped in a deep run of one tag (deep nesting is where walkers recurse)."""
    head = draw(st.lists(st.one_of(
        st.sampled_from(URL_VALUES).map(lambda u: f'<base href="{html.escape(u)}">'),
        st.sampled_from(URL_VALUES).map(
            lambda u: f'<meta property="og:url" content="{html.escape(u)}">'),
        st.sampled_from(URL_VALUES).map(
            lambda u: f'<meta property="og:image" content="{html.escape(u)}">'),
        st.sampled_from(URL_VALUES).map(lambda u: f'<link rel="canonical" href="{u}">'),
        st.sampled_from(("utf-8", "latin-1", "utf-16", "bogus", "", "x" * 100)).map(
            lambda c: f'<meta charset="{c}">'),
        hostile_text(30).map(lambda t: f"<title>{t}</title>"),
    ), max_size=4))
    body = draw(st.lists(st.one_of(hostile_trees(), hs.fragments().map(lambda p: p.markup)),
                         min_size=1, max_size=3))
    markup = "".join(body)
    depth = draw(st.one_of(st.just(0), st.just(0), st.integers(1, max_depth)))
    if depth:
        tag = draw(st.sampled_from(("div", "span", "b", "p", "li", "table", "blockquote")))
        markup = f"<{tag}>" * depth + markup + f"</{tag}>" * draw(st.sampled_from((0, depth)))
    page = f"<!DOCTYPE html><html><head>{''.join(head)}</head><body>{markup}</body></html>"
    return HostilePage(page, draw(st.one_of(st.none(), st.sampled_from(URL_VALUES))))


ENCODINGS = ("utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "latin-1",
             "cp1252", "shift_jis", "koi8-r", "iso-8859-7", "gb18030", "big5")


@st.composite
def hostile_bytes(draw: st.DrawFn, max_size: int = 3000) -> bytes:
    """Bytes a scraper stores: pages and dumps in any encoding, declared right or wrong,
    cut mid-character, with stray bytes, BOMs, binary headers, or just noise."""
    kind = draw(st.sampled_from(("noise", "encoded", "encoded", "binary")))
    if kind == "noise":
        return draw(st.binary(max_size=max_size))
    if kind == "binary":
        head = draw(st.sampled_from((b"%PDF-1.7\n", b"\x89PNG\r\n\x1a\n", b"PK\x03\x04",
                                     b"\x1f\x8b\x08", b"GIF89a", b"\xff\xd8\xff\xe0")))
        return head + draw(st.binary(max_size=max_size))
    text = draw(st.one_of(s.any_page(), hostile_trees(), hs.messy_html()))
    encoding = draw(st.sampled_from(ENCODINGS))
    raw = text.encode(encoding, "replace")
    declared = draw(st.sampled_from(("", "utf-8", "latin-1", "utf-16", "x-bogus")))
    if declared:
        raw = f'<meta charset="{declared}">'.encode("ascii") + raw
    cut = draw(st.integers(0, 3))
    if cut and len(raw) > cut:
        raw = raw[:-cut]
    stray = draw(st.lists(st.integers(0x80, 0xFF), max_size=3))
    return raw + bytes(stray)


KEPT_WORDS = tuple(f"Kappa{i}x" for i in range(12))
"""Marker words that no rule treats as chrome, so each must come out somewhere."""

INJECTED = (*(c for c in CONTROL_CHARS), *ENTITIES, *ODD_CHARS, *SURROGATES, "<", ">", "&",
            "\x00\x00", "<br>", "<wbr>", "<b>", "</i>", "<!---->", "x" * 200)
"""What :func:`marked_pages` puts between words: controls, entities, invisible and
private-use characters, lone surrogates (which once cut the page there, see
corpus/html-surrogate-truncates.html), stray tags."""


@dataclass(frozen=True)
class MarkedPage:
    """An article page whose paragraphs hold :data:`KEPT_WORDS` between hostile pieces."""

    markup: str
    words: tuple[str, ...]


@st.composite
def marked_pages(draw: st.DrawFn) -> MarkedPage:
    """Paragraphs of ordinary prose with marker words and hostile pieces between words."""
    words = list(KEPT_WORDS[: draw(st.integers(2, len(KEPT_WORDS)))])
    paragraphs: list[str] = []
    for word in words:
        prose = draw(st.lists(st.sampled_from(s.WORDS), min_size=12, max_size=25))
        prose.insert(draw(st.integers(0, len(prose))), word)
        for _ in range(draw(st.integers(0, 3))):
            at = draw(st.integers(0, len(prose)))
            prose.insert(at, draw(st.sampled_from(INJECTED)))
        paragraphs.append("The council " + " ".join(prose) + ".")
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return MarkedPage(f"<html><body><article>{body}</article></body></html>", tuple(words))


ODD_TAG_NAMES = ("a:", ":x", ":", "x:y:z", "dc:creator", "content:encoded", "media:content",
                 "atom:link", "1tag", "-x", "x.y", "ñ", "x\u0301")
"""Tag names an XML parser in recover mode lets through: empty prefixes or local names,
several colons, namespaced feed elements."""


@st.composite
def hostile_feeds(draw: st.DrawFn) -> str:
    """RSS and Atom documents: items with hostile trees as content, odd tag names,
    CDATA, entities, missing or broken declarations."""
    leaf = st.one_of(hostile_text(), hostile_trees().map(lambda t: f"<![CDATA[{t}]]>"),
                     hostile_trees().map(html.escape), hostile_trees())
    odd = st.sampled_from(ODD_TAG_NAMES)
    element = st.builds(lambda tag, body: f"<{tag}>{body}</{tag}>",
                        st.one_of(odd, st.sampled_from(("title", "link", "description",
                                                        "content", "summary", "guid"))),
                        leaf)
    items = draw(st.lists(st.lists(element, max_size=5).map("".join), max_size=3))
    item_tag, root = draw(st.sampled_from((("item", "rss"), ("entry", "feed"),
                                           ("item", "rdf:RDF"))))
    body = "".join(f"<{item_tag}>{i}</{item_tag}>" for i in items)
    stray = draw(st.lists(st.builds(lambda t: f"<{t}>", odd), max_size=2))
    declaration = draw(st.sampled_from(('<?xml version="1.0"?>', "", '<?xml encoding="x"?>')))
    return f"{declaration}<{root}>{''.join(stray)}<channel>{body}</channel></{root}>"
