"""Page kind: what the page declares (JSON-LD, og:type) and what its kept text is made of."""

from __future__ import annotations

import json

import newsclean

PROSE = ("The council voted on Tuesday to rebuild the old stone bridge, which has stood "
         "since 1820, at a cost of two million pounds.")


def _page(ld: object | None, body: str, og_type: str | None = None) -> str:
    head = ""
    if ld is not None:
        head += f'<script type="application/ld+json">{json.dumps(ld)}</script>'
    if og_type:
        head += f'<meta property="og:type" content="{og_type}">'
    return f"<html><head><title>Bridge</title>{head}</head><body>{body}</body></html>"


def test_json_ld_article_type_and_headline_are_read() -> None:
    ld = {"@context": "https://schema.org",
          "@graph": [{"@type": "WebSite"}, {"@type": "NewsArticle", "headline": "Bridge vote"}]}
    page = newsclean.Cleaner().explain(_page(ld, f"<p>{PROSE}</p>")).page
    assert page.hints["ld_types"] == "website newsarticle"
    assert page.hints["headline"] == "Bridge vote"


def test_declared_list_wins_over_one_paragraph() -> None:
    article = newsclean.clean(_page({"@type": "CollectionPage"}, f"<p>{PROSE}</p>"))
    assert article.page_kind == "list"
    assert "JSON-LD collectionpage" in article.notes[-1]


def test_teasers_without_declaration_make_a_list() -> None:
    teasers = "".join(f'<div><h2><a href="/{i}">Story number {i} of the day</a></h2>'
                      f"<p>{PROSE}</p></div>" for i in range(4))
    assert newsclean.clean(_page(None, f"<div>{teasers}</div>")).page_kind == "list"


def test_teasers_titled_by_a_link_line_make_a_list() -> None:
    """List pages do not always mark titles as headings: an item or card whose title is a
    line of one link, with a summary beside it, is a teaser too."""
    items = "".join(f'<li><a href="/{i}">Story number {i} of the day</a><p>{PROSE}</p></li>'
                    for i in range(4))
    assert newsclean.clean(_page(None, f"<ul>{items}</ul>")).page_kind == "list"
    cards = "".join(f'<div class="teaser"><div class="title"><a href="/{i}">Story number {i}'
                    f' of the day</a></div><div class="summary">{PROSE}</div></div>'
                    for i in range(4))
    assert newsclean.clean(_page(None, f"<div>{cards}</div>")).page_kind == "list"


def test_a_blog_index_of_long_excerpts_is_a_list() -> None:
    """Posts on a blog's index show a few paragraphs each, closed by a "Continue reading"
    link; a guide whose sections end with "Back to top" is still an article."""
    def page(closer: str) -> str:
        posts = "".join(f'<div class="post"><h2><a href="/{i}">Post number {i}</a></h2>'
                        f"<p>{PROSE}</p><p>{PROSE}</p><p>{PROSE}</p>{closer}</div>"
                        for i in range(4))
        return _page(None, f"<div>{posts}</div>")
    assert newsclean.clean(page('<p><a href="/x">Continue reading</a></p>')).page_kind == "list"
    assert newsclean.clean(page('<p><a href="#top">Back to top</a></p>')).page_kind == "article"
    assert newsclean.clean(page("")).page_kind == "article"


def test_an_article_with_link_lines_in_its_body_stays_an_article() -> None:
    """Link lines inside the body ("Read the council's report") do not make it a list."""
    link = '<p><a href="/r">Read the full report of the council</a></p>'
    body = f'<div class="article-body">{f"<p>{PROSE}</p>{link}" * 4}</div>'
    assert newsclean.clean(_page(None, body)).page_kind == "article"


def test_an_article_with_a_related_rail_stays_an_article() -> None:
    rail = "".join(f'<div><h3><a href="/{i}">Another story {i} to read</a></h3>'
                   f"<p>{PROSE}</p></div>" for i in range(4))
    body = f'<div class="article-body">{f"<p>{PROSE}</p>" * 6}</div><div>{rail}</div>'
    assert newsclean.clean(_page(None, body)).page_kind == "article"


def test_no_text_is_other_and_text_dumps_are_articles() -> None:
    menu = "".join(f"<p>Menu entry number {i}</p>" for i in range(40))
    article = newsclean.clean(_page(None, f"<p>Log in</p><p>Search</p>{menu}"))
    assert article.page_kind == "other"
    assert article.notes[-1].startswith("page kind: other")
    assert newsclean.clean("<p>Log in</p><p>Search</p>").page_kind == "article"  # a snippet
    assert newsclean.clean(PROSE).page_kind == "article"


def test_a_short_record_in_japanese_is_an_article() -> None:
    """150 characters of Japanese say as much as some 400 of English: the record is an
    article, not "other", though it keeps fewer than 200 characters."""
    summary = ("港の門の制御装置には、保守用のパスワードが平文で保存されており、"
               "同じネットワーク上の誰でも読み取ることができます。"
               "所有者はこのパスワードを変更できません。")
    impact = ("攻撃者は門を開けたり閉じたりできる可能性があります。"
              "対策として最新版に更新してください。")
    menu = "".join(f"<li><a href='/{i}'>メニュー項目の番号 {i}</a></li>" for i in range(60))
    body = (f"<ul>{menu}</ul><table><tr><th>概要</th></tr><tr><td><p>{summary}</p></td></tr>"
            f"<tr><th>影響</th></tr><tr><td><p>{impact}</p></td></tr></table>")
    article = newsclean.clean(_page(None, body))
    assert len(article.text) < 200
    assert article.page_kind == "article"


def test_broken_json_ld_is_ignored() -> None:
    html = _page(None, f"<p>{PROSE}</p>").replace(
        "<title>", '<script type="application/ld+json">{"@type": </script><title>')
    explained = newsclean.Cleaner().explain(html)
    assert "ld_types" not in explained.page.hints
    assert explained.article.page_kind == "article"
