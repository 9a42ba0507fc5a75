"""The JSON-LD ``articleBody`` as a last resort: when the rules keep too little of the
article the page states, its blocks are kept, or the stated body is read."""

from __future__ import annotations

import json

import newsclean
from newsclean import Cleaner, SafetyValve
from newsclean.input.jsonld import plain_body

PARAGRAPHS = [
    f"The harbour council voted on Tuesday, after a long debate, to rebuild the old stone "
    f"bridge, part {n}, at a cost of four million pounds." for n in range(6)]
HEADLINE = "Harbour town votes to rebuild its bridge"
BODY = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
OTHER = "".join(
    f"<p>Our magazine has covered the coast since 1950, and our writers live in every "
    f"harbour town from north to south, number {n}, with long experience.</p>" for n in range(8))


def _page(body: str, stated: str = "<p>" + "</p><p>".join(PARAGRAPHS) + "</p>") -> str:
    data = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle",
                       "headline": HEADLINE, "articleBody": stated})
    return (f'<html><head><script type="application/ld+json">{data}</script>'
            f"<title>{HEADLINE}</title></head><body>{body}</body></html>")


def test_a_script_filled_article_is_read_from_the_stated_body() -> None:
    page = _page(f'<div id="app"><h1>{HEADLINE}</h1><p>Loading…</p></div>')
    article = newsclean.clean(page)
    assert list(article.paragraphs) == PARAGRAPHS
    assert article.title == HEADLINE
    assert article.notes[-1].endswith("read the article from it")
    assert "Loading…" in " ".join(r.text for r in article.removed)


def test_the_page_blocks_the_stated_body_holds_win_over_a_wrong_region() -> None:
    page = _page(f'<main><div class="about">{OTHER}</div></main>'
                 f'<div class="sidebar"><h1>{HEADLINE}</h1>{BODY}</div>')
    article = newsclean.clean(page)
    assert list(article.paragraphs) == PARAGRAPHS
    assert article.notes[-1].endswith("kept the blocks of the page it holds")
    assert "Our magazine has covered the coast" in " ".join(r.text for r in article.removed)


def test_off_switch_and_results_that_hold_the_stated_body_are_left_alone() -> None:
    wrong = _page(f'<main><div class="about">{OTHER}</div></main>'
                  f'<div class="sidebar"><h1>{HEADLINE}</h1>{BODY}</div>')
    off = Cleaner(valve=SafetyValve(stated=False)).clean(wrong)
    assert "Our magazine has covered the coast" in off.text
    right = newsclean.clean(_page(f"<article><h1>{HEADLINE}</h1>{BODY}</article>"))
    assert list(right.paragraphs) == PARAGRAPHS
    assert not right.notes


def test_a_short_stated_body_is_a_summary_not_the_article() -> None:
    page = _page(f"<main>{OTHER}</main>", stated=PARAGRAPHS[0])
    article = newsclean.clean(page)
    assert "Our magazine has covered the coast" in article.text
    assert not article.notes


def test_plain_body() -> None:
    assert plain_body("<p>One &amp; two.</p><p>Three <b>four</b>.<br/>Five.</p>") == (
        "One & two.\nThree four.\nFive.")
    assert plain_body("Plain   text,\n\n  two lines. ") == "Plain text,\ntwo lines."
