"""Unit tests of evidence.holds: what a block or a region holds."""

from __future__ import annotations

from newsclean.evidence import holds
from newsclean.input.html import html_page
from newsclean.model import Page


def _page(body: str) -> Page:
    return html_page(f"<html><body>{body}</body></html>")


PROSE = ("The council voted on Tuesday to rebuild the old stone bridge, which has stood "
         "since 1820, at a cost of two million.")


def test_form_elements_and_class_words_name_the_block() -> None:
    page = _page(f'<form><p>{PROSE}</p></form><div class="comment-list"><p>{PROSE}</p></div>'
                 f"<details><p>{PROSE}</p></details><p>{PROSE}</p>")
    kinds = [holds.block_kind(b, page.nodes) for b in page.blocks]
    assert kinds == [holds.FORM, holds.COMMENTS, holds.FAQ, None]


def test_consent_and_browser_text() -> None:
    page = _page("<p>Datenschutz &amp; Cookies: Diese Website verwendet Cookies.</p>"
                 "<p>Your browser is out of date: please update your browser.</p>"
                 "<p>She baked cookies for the whole street.</p>")
    kinds = [holds.block_kind(b, page.nodes) for b in page.blocks]
    assert kinds == [holds.CONSENT, holds.BROWSER, None]


def test_teaser_units_make_a_teaser_list() -> None:
    cards = "".join(f'<div><h3><a href="/{i}">Teaser {i} headline here</a></h3><p>{PROSE}</p></div>'
                    for i in range(4))
    page = _page(f'<div id="rail">{cards}</div>')
    root = next(n.id for n in page.nodes if "rail" in n.tokens)
    assert holds.region_kind(page.blocks, page.nodes, root) == holds.TEASERS


def test_article_paragraphs_are_not_units() -> None:
    page = _page(f'<div id="story"><h2>The vote</h2><p>{PROSE}</p><p>{PROSE}</p>'
                 f"<p>{PROSE}</p><p>{PROSE}</p></div>")
    root = next(n.id for n in page.nodes if "story" in n.tokens)
    assert holds.region_kind(page.blocks, page.nodes, root) is None
    assert holds.support(page.blocks, page.nodes) == 4 * len(PROSE)


def test_posts_with_names_and_replies_make_a_thread() -> None:
    posts = "".join(f"<div><div>Reader {i}</div><p>{PROSE}</p><div>Reply</div></div>"
                    for i in range(3))
    page = _page(f'<div id="thread">{posts}</div>')
    root = next(n.id for n in page.nodes if "thread" in n.tokens)
    assert holds.region_kind(page.blocks, page.nodes, root) == holds.COMMENTS
    assert holds.support(page.blocks, page.nodes) == 3 * len(PROSE)


def test_posts_with_reply_links_make_a_thread_not_a_teaser_list() -> None:
    """A "Reply" link (one word) is no teaser's linked title: a thread whose posts end
    with one is a comment thread; a unit with a linked title of three words is a teaser."""
    posts = "".join(f'<div><div>Reader {i}</div><p>{PROSE}</p><a href="#r{i}">Reply</a></div>'
                    for i in range(3))
    page = _page(f'<div id="thread">{posts}</div>')
    root = next(n.id for n in page.nodes if "thread" in n.tokens)
    assert holds.region_kind(page.blocks, page.nodes, root) == holds.COMMENTS


def test_teasers_with_one_line_summaries_make_a_teaser_list() -> None:
    """A teaser's summary is often one line, shorter than prose: it still counts as the
    unit's text, so cards of a linked title and a one-line summary are teasers."""
    cards = "".join(f'<article><h3><a href="/{i}">Another story number {i} here</a></h3>'
                    f"<p>A look at story {i}, with a clause, and a few more words.</p></article>"
                    for i in range(4))
    page = _page(f'<section id="more">{cards}</section>')
    root = next(n.id for n in page.nodes if "more" in n.tokens)
    assert holds.region_kind(page.blocks, page.nodes, root) == holds.TEASERS


def test_density_rule_keeps_the_densest_run() -> None:
    from newsclean.rules.density import DensityRule

    menu = "".join(f'<li><a href="/{i}">Section {i}</a></li>' for i in range(8))
    posts = "".join(f'<div class="comment-body"><p>{PROSE}</p></div>' for i in range(3))
    page = _page(f"<ul>{menu}</ul><div><p>{PROSE}</p><p>Short line.</p><p>{PROSE}</p></div>"
                 f"{posts}")
    removed = {f.index for f in DensityRule().find(page, _Nothing())}
    kept = [b.text for b in page.blocks if b.index not in removed]
    assert kept == [PROSE, "Short line.", PROSE]


class _Nothing:
    """Verdicts of a page nothing has been decided on."""

    def removed(self, index: int) -> bool:
        return False

    def decided(self, index: int) -> bool:
        return False


def test_links_written_into_text_stay_beside_prose() -> None:
    from newsclean.rules import LinkDensityRule

    items = "".join(f'<li><a href="/{i}">A story worth reading, number {i}, from the old '
                    'archive</a>, and a note on why.</li>' for i in range(3))
    menu = "".join(f'<li><a href="/{i}">Section {i}</a></li>' for i in range(3))
    page = _page(f"<div><p>{PROSE}</p><ul>{items}</ul></div><div><ul>{menu}</ul></div>"
                 f"<div><ul>{items}</ul></div>")
    removed = {f.index for f in LinkDensityRule().find(page, _Nothing())}
    kept = [b.text for b in page.blocks if b.index not in removed]
    assert kept[:4] == [PROSE, *(b.text for b in page.blocks[1:4])]
    assert len(kept) == 4  # the menu, and the same list with no prose beside it, go


def test_itemprop_article_body_is_a_content_word() -> None:
    """Inside a wrapper named like furniture, the schema.org article body still stays."""
    import newsclean

    html = (f'<html><body><div class="widget-area"><div itemprop="articleBody"><p>{PROSE}</p>'
            f'<p>{PROSE}</p></div></div></body></html>')
    page = _page(f'<div itemprop="articleBody"><p>{PROSE}</p></div>')
    assert "articlebody" in page.blocks[0].dom.tokens  # type: ignore[union-attr]
    assert newsclean.clean(html).paragraphs == (PROSE, PROSE)


def test_every_text_phrase_holds_an_anchor_word() -> None:
    """The ``in`` pre-test may only skip texts the phrase pattern cannot match."""
    for phrase in (*holds.CONSENT_PHRASES, *holds.FORM_PHRASES, *holds.BROWSER_PHRASES):
        words = phrase.lower().split()
        assert any(anchor in word for anchor in holds.TEXT_ANCHORS for word in words), phrase
