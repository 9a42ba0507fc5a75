"""The hostile pages of ``adversarial.py``: how each case is built, and what a right
answer keeps. One ``Case`` per input class of issues 8 and 11; each builds its page at a
size ``n`` (the runner also builds ``2n``).
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

P = ("The council voted on Tuesday to rebuild the old bridge over the river, and "
     "residents said the plan had been delayed for more than twelve years by costs.")
"""An ordinary 25-word sentence, the ``P`` of issue 11."""


# --- the cases ---------------------------------------------------------------------------

Page = tuple[Any, dict[str, Any]]
"""What a case hands ``clean()``: the page and keyword arguments (``url``, ``kind``)."""


@dataclass(frozen=True)
class Case:
    """One hostile input: how to build it at size ``n``, and what a right answer keeps."""

    name: str
    what: str
    build: Callable[[int], Page]
    n: int
    quick_n: int | None = None
    """Size for ``--quick`` runs; ``None`` leaves the case out of ``--quick``."""
    check: Callable[[Any, Any], str] | None = None
    """``(article, page) -> problem`` ('' when the answer looks right)."""


def html_doc(body: str, head: str = "") -> str:
    return f"<!DOCTYPE html><html><head>{head}</head><body>{body}</body></html>"


def _article(paragraphs: int) -> str:
    return "<article>" + "".join(f"<p>{P} ({i})</p>" for i in range(paragraphs)) + "</article>"


def _keeps(*needles: str) -> Callable[[Any, Any], str]:
    """A check that each needle is in the body text (or a note explains)."""
    def check(article: Any, page: Any) -> str:
        missing = [x for x in needles if x not in article.text]
        if not missing:
            return ""
        return f"LOST {missing[0]!r}" + ("" if article.notes else " (no note)")
    return check


def _count_blocks(expected: Callable[[int], int]) -> Callable[[Any, Any], str]:
    """A check that the body holds at least the ``expected(len(page))`` blocks."""
    def check(article: Any, page: Any) -> str:
        want = expected(len(page))
        if len(article.body) >= want:
            return ""
        return f"KEPT {len(article.body)}/{want}" + ("" if article.notes else " (no note)")
    return check


def _refused(article: Any, page: Any) -> str:
    """Input that is not text must be refused (DecodeError) or flagged in notes."""
    return "" if article.notes or not article.body else (
        f"GARBAGE {len(article.body)} blocks, no note")


def _no_markup(*markers: str) -> Callable[[Any, Any], str]:
    def check(article: Any, page: Any) -> str:
        found = [m for m in markers if m in article.text]
        return f"MARKUP {found[0]!r} in text" if found else ""
    return check


def _hash_run(n: int) -> Page:
    return "# " * n + "x", {}


def _dash_run(n: int) -> Page:
    return "- " * n, {}


def _photo_dump(n: int) -> Page:
    menu = [f"Section {i}" for i in range(n)]
    # Headline-like, no credit, before any body: each one looks back for a headline.
    photos = ["Photo: Crowds gather at the river bank"] * n
    return "\n".join([*menu, "Council approves bridge plan after vote", *photos]), {}


def _td_nbsp(n: int) -> Page:
    return html_doc("<table><tr>" + "<td>&nbsp;</td>" * n + "</tr></table>" + _article(3)), {}


def _email_lines(n: int) -> Page:
    return "\n".join(f"Email: {'a' * 2000} @x" for _ in range(n)) + "\n" + P, {}


def _edge_fillers(n: int) -> Page:
    return "\n".join("3 March 2024 | x" + ",:" * 3000 + "x" for _ in range(n)) + "\n" + P, {}


def _short_lines(n: int) -> Page:
    return "\n".join(f"Line {i} of the dump" for i in range(n)), {}


def _long_line(n: int) -> Page:
    return "x" * n, {}


def _nested_divs(n: int) -> Page:
    return html_doc("<div>" * n + f"<p>{P}</p>" + "</div>" * n), {}


def _soup_nested_divs(n: int) -> Page:
    from bs4 import BeautifulSoup

    return BeautifulSoup(_nested_divs(n)[0], "lxml"), {}


def _inline_nesting(n: int) -> Page:
    return html_doc(f"<p><b><i><span>{P}" * n), {}


def _big_page(n: int) -> Page:
    filler = "x" * 1100
    return html_doc("<article>" + "".join(f"<p>{P} {i} {filler}</p>" for i in range(n))
                 + "</article>"), {}


def _random_bytes(n: int) -> Page:
    return random.Random(11).randbytes(n), {}


def _pdf_blob(n: int) -> Page:
    rng = random.Random(7)
    parts = [b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"]
    while sum(map(len, parts)) < n:
        obj = len(parts)
        stream = rng.randbytes(2000)
        parts.append(b"%d 0 obj\n<< /Length %d /Filter /FlateDecode >>\nstream\n" % (
            obj, len(stream)) + stream + b"\nendstream\nendobj\n")
    return b"".join(parts) + b"trailer\n<< /Root 1 0 R >>\n%%EOF\n", {}


def _url_img_ipv6(n: int) -> Page:
    return html_doc(_article(n) + '<img src="http://[::1/x.jpg">'), {
        "url": "https://news.example/a.html"}


def _url_og(n: int) -> Page:
    return html_doc(_article(n) + '<img src="/a.jpg">',
                 '<meta property="og:url" content="http://[x">'), {}


def _url_base(n: int) -> Page:
    return html_doc(_article(n) + '<img src="a.jpg">', '<base href="/b/">'), {"url": "http://[x"}


def _url_bracketed(n: int) -> Page:
    return html_doc(_article(n) + '<img src="a.jpg">', '<base href="http://]x[/">'), {}


GERMAN = "Herr Müller ging über die Brücke nach Mühlbach, wo die Straße gesperrt war. "
FRENCH = "Il a déjà dit que le député était très occupé à l'hôpital cet été. "


def _utf8_truncated(n: int) -> Page:
    return (GERMAN * n).encode("utf-8") + "ü".encode()[:1], {}


def _declared_utf8_stray(n: int) -> Page:
    body = "".join(f"<p>{GERMAN}</p>" for _ in range(n))
    raw = html_doc(body + "<p>caf\xe9</p>", '<meta charset="utf-8">').encode("utf-8")
    return raw.replace("caf\xe9".encode(), b"caf\xe9"), {}


def _utf8_cut_mid_char(n: int) -> Page:
    body = "".join(f"<p>{GERMAN}</p>" for _ in range(n))
    raw = html_doc(body).encode("utf-8")
    cut = raw.rindex("ü".encode()) + 1
    return raw[:cut], {}


def _latin1_german(n: int) -> Page:
    return "\n".join([GERMAN] * n).encode("cp1252"), {}


def _latin1_french(n: int) -> Page:
    return "\n".join([FRENCH] * n).encode("cp1252"), {}


def _utf16_no_bom(n: int) -> Page:
    return "\n".join([P] * n).encode("utf-16-le"), {}


def _surrogate_html(n: int) -> Page:
    paragraphs = "".join(f"<p>Second paragraph {i}. {P}</p>" for i in range(n))
    return html_doc(f"<p>Fans cheered \ud83d then the mayor spoke.</p>{paragraphs}"), {}


def _surrogate_text(n: int) -> Page:
    return "Fans cheered \ud83d then the mayor spoke.\n" + "\n".join([P] * n), {}


def _pre(n: int) -> Page:
    rows = "\n".join(f"Yes {i}\nNo {i + 1}" for i in range(n))
    return html_doc(f"<article><p>{P}</p><pre>{rows}</pre></article>"), {}


def _dump_mentions_tags(n: int) -> Page:
    lines = [f"Old sites used <marquee> and <div> soup, and every <a> tag was blue. {P}"] * n
    return "\n".join(lines), {}


def _noframes(n: int) -> Page:
    return html_doc("<noframes><p>Your browser does not support frames.</p></noframes>"
                 + _article(n)), {}


def _rss(n: int) -> Page:
    items = "".join(f"<item><title>Story {i}</title><description>{P}</description>"
                    f"<link>https://news.example/{i}</link></item>" for i in range(n))
    return ('<?xml version="1.0"?><rss version="2.0"><channel><title>Gazette</title>'
            f"{items}</channel></rss>"), {}


def _json_input(n: int) -> Page:
    return json.dumps({"articles": [{"title": f"Story {i}", "body": P} for i in range(n)]},
                      indent=1), {}


def _email_token(length: int) -> Callable[[int], Page]:
    """Paragraphs, then a contact line whose first token is ``length`` characters long."""
    def build(n: int) -> Page:
        line = "Email: " + "a" * length + " or write to desk@gazette.example"
        return "\n".join([*[P] * n, line]), {}
    return build


def _news_megabytes(n: int) -> Page:
    """An article page of about ``n`` MB in ordinary markup: sections of paragraphs with
    links, bold and classed spans (issue 8: a 16.7 MB page took 26 s)."""
    para = (f"<p>{P} <a href='/related'>a linked phrase</a> and <b>a bold one</b> "
            "<span class='note'>with a note</span>.</p>")
    section = "".join(para for _ in range(5))
    count = max(1, round(n * 1_000_000 / (len(section) + 40)))
    body = "".join(f"<div class='section s{i % 50}'>{section}</div>" for i in range(count))
    return html_doc(f"<main><article><h1>Council votes on the bridge</h1>{body}</article>"
                    "</main>"), {}


def _spans(n: int) -> Page:
    """An article of ``n`` classed ``<span>``s, forty to a paragraph (issue 8: a page of
    200,000 spans took 19.5 s)."""
    words = "".join(f"<span class='w{i % 7}'>word{i} </span>"
                    + ("</p><p>" if i % 40 == 39 else "") for i in range(n))
    return html_doc(f"<article><h1>Council votes on the bridge</h1><p>{words}</p></article>"), {}


def _one_paragraph_of_spans(n: int) -> Page:
    """``n`` spans in one paragraph: dissolving them leaves a run of ``n`` text nodes."""
    return html_doc(f"<article><p>{P}</p><p>" + "<span>w </span>" * n + "</p></article>"), {}


def _deep_article(n: int) -> Page:
    """Three paragraphs nested ``n`` elements deep (issue 8: 3,000 deep came back empty,
    with no note)."""
    body = "".join(f"<p>Paragraph {i}: {P}</p>" for i in range(3))
    return html_doc("<div><section>" * (n // 2) + body + "</section></div>" * (n // 2)), {}


def _keeps_noted(*needles: str) -> Callable[[Any, Any], str]:
    """A check that each needle is kept and that a note says what the budget changed."""
    keeps = _keeps(*needles)

    def check(article: Any, page: Any) -> str:
        return keeps(article, page) or ("" if article.notes else "NO note")
    return check


def _has_pre_breaks(article: Any, page: Any) -> str:
    return "" if "Yes 0\nNo 1" in article.text else "LOST line breaks in <pre>"


MOJIBAKE = ("Ã", "Â", "Ă", "√", "ﾃ", "³", "ą", "\x00", "û¥")
"""Characters that show UTF-8 read as a legacy code page, or the reverse, or UTF-16 as 8-bit."""


def _not_garbled(word: str) -> Callable[[Any, Any], str]:
    """A check that ``word`` comes out intact and no mojibake does."""
    def check(article: Any, page: Any) -> str:
        bad = [m for m in MOJIBAKE if m in article.text]
        if bad:
            return f"GARBLED {bad[0]!r}" + ("" if article.notes else " (no note)")
        return "" if word in article.text else f"LOST {word!r}"
    return check


def _no_literal_markup(article: Any, page: Any) -> str:
    """Markup inside <noframes> must not come out as literal text, kept or removed."""
    texts = [article.text, *(r.text for r in article.removed)]
    return "MARKUP '<p>' as text" if any("<p>" in t for t in texts) else ""


def _rss_items_apart(article: Any, page: Any) -> str:
    """An RSS feed: no markup in the text, and items not glued into one run of words."""
    return _no_markup("<item>", "<title>", "<?xml")(article, page) or (
        "GLUED items ('Story 0The')" if "Story 0The" in article.text else "")


def encodes(article: Any, page: Any) -> str:
    try:
        article.to_json().encode("utf-8")
    except UnicodeEncodeError:
        return "to_json().encode() raises"
    return ""


CASES: tuple[Case, ...] = (
    Case("hash-run", '"# " * n + "x" as text', _hash_run, 5_000, 1_000),
    Case("dash-run", '"- " * n as text', _dash_run, 40_000, 10_000),
    Case("photo-dump", "n menu lines, a headline, n 'Photo:' lines", _photo_dump, 4_000, 500),
    Case("td-nbsp", "<tr> + <td>&nbsp;</td> * n", _td_nbsp, 20_000, 2_000, _keeps(P[:40])),
    Case("email-lines", 'n lines "Email: " + a*2000 + " @x"', _email_lines, 50, 5,
         _keeps(P[:40])),
    Case("edge-fillers", 'n lines "3 March 2024 | x" + ",:"*3000', _edge_fillers, 10, 3,
         _keeps(P[:40])),
    Case("short-lines", "n short dump lines (1M = 24 MB in the issue)", _short_lines,
         250_000, 20_000, _count_blocks(lambda size: 1)),
    Case("long-line", "one line of n characters, no spaces", _long_line, 500_000, 100_000),
    Case("nested-divs", "n nested <div>s before a paragraph", _nested_divs, 50_000, 5_000,
         _keeps(P[:40])),
    Case("soup-nested-divs", "the same as a BeautifulSoup object", _soup_nested_divs, 2_000,
         1_000, _keeps(P[:40])),
    Case("inline-nesting", "<p><b><i><span> * n", _inline_nesting, 10_000, 1_000,
         _count_blocks(lambda size: size // 300)),
    Case("big-page", "n paragraphs of 1.3 KB (40,000 = 50 MB in the issue)", _big_page,
         20_000, None, _count_blocks(lambda size: size // 1400)),
    Case("random-bytes", "n random bytes", _random_bytes, 1_000_000, 100_000, _refused),
    Case("pdf-blob", "a PDF-like blob of n bytes", _pdf_blob, 250_000, 50_000, _refused),
    Case("url-img-ipv6", '<img src="http://[::1/x.jpg"> with url=', _url_img_ipv6, 100, 20,
         _keeps(P[:40])),
    Case("url-og", '<meta property="og:url" content="http://[x">', _url_og, 100, 20,
         _keeps(P[:40])),
    Case("url-base", 'url="http://[x" with a <base>', _url_base, 100, 20, _keeps(P[:40])),
    Case("url-bracketed", '<base href="http://]x[/"> (fuzzer find)', _url_bracketed, 100, 20,
         _keeps(P[:40])),
    Case("utf8-truncated", "UTF-8 text, last byte cut", _utf8_truncated, 2_000, 200,
         _not_garbled("Müller")),
    Case("utf8-declared-stray", '<meta charset="utf-8"> and one Latin-1 byte',
         _declared_utf8_stray, 2_000, 200, _not_garbled("Müller")),
    Case("utf8-cut-mid-char", "UTF-8 page cut mid-character (22 MB cut at 20 MB in the issue)",
         _utf8_cut_mid_char, 20_000, 2_000, _not_garbled("Müller")),
    Case("latin1-german", "undeclared cp1252 German dump", _latin1_german, 2_000, 200,
         _not_garbled("Mühlbach")),
    Case("latin1-french", "undeclared cp1252 French dump", _latin1_french, 2_000, 200,
         _not_garbled("déjà")),
    Case("utf16-no-bom", "UTF-16-LE text without a BOM", _utf16_no_bom, 1_000, 100,
         _not_garbled("council")),
    Case("surrogate-html", "lone surrogate in an HTML str", _surrogate_html, 500, 50,
         _keeps("the mayor spoke", "Second paragraph")),
    Case("surrogate-text", "lone surrogate in a text str", _surrogate_text, 500, 50, encodes),
    Case("pre", "<pre> with n line pairs", _pre, 1_000, 100, _has_pre_breaks),
    Case("dump-mentions-tags", "text dump whose prose mentions <marquee>, <div>, <a>",
         _dump_mentions_tags, 1_000, 100, _keeps("<marquee>")),
    Case("noframes", "<noframes> content", _noframes, 100, 20, _no_literal_markup),
    Case("rss", "an RSS feed", _rss, 1_000, 100, _rss_items_apart),
    Case("json", "a JSON document", _json_input, 1_000, 100, _no_markup('{"', '"title":')),
    Case("email-token", 'P * n + "Email: " + a*300 + " or write to desk@..."',
         _email_token(300), 2_000, 200, lambda a, p: "" if a.contacts else "NO contact found"),
    Case("email-token-150", "the same with a 150-character token", _email_token(150), 2_000,
         200, lambda a, p: "" if a.contacts else "NO contact found"),
)
CASES += (
    Case("news-megabytes", "an article page of n MB in ordinary markup (2n = 10 MB)",
         _news_megabytes, 5, 1, _count_blocks(lambda size: size // 1000)),
    Case("spans", "an article of n classed <span>s (2n = 200,000)", _spans, 100_000,
         10_000, _keeps("word0 ")),
    Case("spans-one-paragraph", "n <span>s in one paragraph", _one_paragraph_of_spans,
         100_000, 10_000, _count_blocks(lambda size: 2)),
    Case("deep-article", "paragraphs nested n deep (2n = 3,000)", _deep_article, 1_500, 600,
         _keeps_noted("Paragraph 0", "Paragraph 2")),
)
BY_NAME = {case.name: case for case in CASES}
