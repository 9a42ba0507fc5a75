"""Author classes fixed on development pages: the article's author over the publisher,
names without capitals, several microdata properties on one element."""

from __future__ import annotations

import newsclean
from newsclean.rules.names import NAMES
from tests.metadata.story import BODY


def _page(head: str, body: str = "", lang: str = "en") -> str:
    return (f'<html lang="{lang}"><head><title>Bridge to close</title>{head}</head>'
            f"<body><article><h1>Bridge to close</h1>{body}{BODY}</article></body></html>")


def test_article_author_beats_the_publisher_in_meta_author() -> None:
    """``meta author`` often names the publisher; ``article:author`` names the writer."""
    head = ('<meta name="author" content="Condé Nast">'
            '<meta property="article:author" content="Ada Lindqvist">')
    article = newsclean.clean(_page(head))
    assert article.authors == ("Ada Lindqvist",)
    assert dict(article.provenance)["authors"] == "meta:article:author"


def test_an_article_author_that_is_a_link_leaves_meta_author() -> None:
    head = ('<meta property="article:author" content="https://www.facebook.com/gazette">'
            '<meta name="author" content="Ada Lindqvist">')
    assert newsclean.clean(_page(head)).authors == ("Ada Lindqvist",)


def test_names_without_capitals_in_author_markup() -> None:
    """Chinese, Japanese and Korean names have no capitals and no blanks."""
    for name in ("小暮ひさのり", "高木浩光", "정덕현"):
        page = _page(f'<meta name="author" content="{name}">', lang="ja")
        assert newsclean.clean(page).authors == (name,)


def test_names_without_capitals_need_a_credit() -> None:
    """A short run of Han is a menu item unless a lead or an author field credits it."""
    assert NAMES.byline_names("首页", lead_required=False) == ()
    assert NAMES.byline_names("By 松村太郎") == ("松村太郎",)
    assert NAMES.byline_names("这是一个很长的句子不是名字", lead_required=False, credits=True) == ()
    assert NAMES.person_name("高木浩光") is None


def test_an_element_with_several_properties_and_a_label() -> None:
    """``itemprop="author creator"`` is an author; 'Текст:' (Russian 'Text:') is a lead."""
    body = '<p><span itemprop="author creator">Текст: Венера Ерофеева</span></p>'
    assert newsclean.clean(_page("", body, lang="ru")).authors == ("Венера Ерофеева",)


def test_an_organisation_credited_in_author_markup() -> None:
    """'News Nation Bureau' as the JSON-LD author string: the credit when no person is named."""
    head = ('<script type="application/ld+json">{"@type": "NewsArticle", '
            '"author": "News Nation Bureau"}</script>')
    article = newsclean.clean(_page(head))
    assert article.authors == ("News Nation Bureau",)
    person = head + '<meta property="article:author" content="Ada Lindqvist">'
    assert newsclean.clean(_page(person)).authors == ("Ada Lindqvist",)


def test_a_byline_that_names_everyone_the_markup_names_and_more() -> None:
    """Markup names the first writer only; the byline names both: the byline is fuller."""
    head = '<meta property="article:author" content="Tariq Malik">'
    body = '<p class="byline">By Tariq Malik and Mike Wall</p>'
    article = newsclean.clean(_page(head, body))
    assert article.authors == ("Tariq Malik", "Mike Wall")
    other = '<p class="byline">By Mike Wall and Ana Lee</p>'  # a different opinion: markup wins
    assert newsclean.clean(_page(head, other)).authors == ("Tariq Malik",)


def test_a_section_after_in_is_not_part_of_the_name() -> None:
    assert NAMES.byline_names("Written by Michael Larabel in Valve on 1 June 2019") == (
        "Michael Larabel",)


def test_a_sentence_is_no_organisation() -> None:
    """A comment's 'Marilyn says' has the shape of a short credit, but ends in a verb."""
    assert NAMES.organisation("Marilyn says") is None
    assert NAMES.organisation("Telegraph Sport") == "Telegraph Sport"


def test_link_numbers_of_lynx_and_w3m_dumps() -> None:
    """'By [16]Jamelle Bouie': the dump's link number is not part of the name."""
    assert NAMES.byline_names("By [16]Jamelle Bouie") == ("Jamelle Bouie",)
    assert NAMES.byline_names("By [16]Jane Doe and [17]John Roe") == ("Jane Doe", "John Roe")
    assert NAMES.organisation("By [3]Reuters") == "Reuters"
    assert NAMES.byline_names("By [16]") == ()
    assert NAMES.byline_names("By [39]Sean Martin [40]Sean Martin") == ("Sean Martin",)


def test_title_cased_labels_are_not_names() -> None:
    """'Best Of' and 'Latest From' are menu labels; 'Johnnie To' and 'George Best' are people."""
    assert NAMES.person_name("Best Of") is None
    assert NAMES.person_name("Latest From Harbour") is None
    assert NAMES.person_name("Johnnie To") == "Johnnie To"
    assert NAMES.person_name("George Best") == "George Best"


def _posted_by(name: str, url: str) -> tuple[str, ...]:
    return newsclean.clean(_page("", f'<p class="author">Posted by {name}</p>'), url=url).authors


def test_a_site_that_signs_as_itself_names_no_author() -> None:
    assert _posted_by("Harbourcam", "https://harbourcamtours.example/a/1") == ()


def test_a_one_word_author_that_is_not_the_site_stays() -> None:
    assert _posted_by("Harbourcam", "https://gazette.example/a/1") == ("Harbourcam",)


def test_a_blog_post_class_naming_its_author_is_no_byline() -> None:
    """``<article class="post author-jane">``: every heading in it carries the author word."""
    body = '<div class="entry-content"><h3>Pre-Workout Meal</h3></div>'
    page = (f'<html lang="en"><head><title>Meal prep</title></head><body>'
            f'<article class="post author-jane"><h1>Meal prep</h1>{body}{BODY}</article>'
            f'</body></html>')
    assert newsclean.clean(page).authors == ()


def test_writers_of_related_stories_are_not_the_authors() -> None:
    """A credit in a related-stories list names another article's writer."""
    body = ('<p class="author">Associated Press</p>' + BODY
            + '<div class="related"><h3>Other story</h3><p class="author">Ryan Moss</p></div>')
    assert newsclean.clean(_page("", body)).authors == ("Associated Press",)


def test_a_byline_under_the_headline_beats_a_staff_list_below_the_story() -> None:
    """The 'authors' box after the story lists the whole desk; 'By …' under the h1 names
    the writer."""
    staff = "".join(f'<li class="authors">{n}</li>' for n in ("Mark Quill", "Kate Dunn"))
    body = f"<footer>By KATE DUNN 10/11/2022 08:00 AM EDT</footer>{BODY * 5}<ul>{staff}</ul>"
    assert newsclean.clean(_page("", body)).authors == ("Kate Dunn",)
    alone = f"{BODY * 5}<ul>{staff}</ul>"  # no byline near the headline: the box names one
    assert newsclean.clean(_page("", alone)).authors == ("Mark Quill",)


def test_an_organisation_credited_under_the_headline() -> None:
    """'By Smart Shopping Team' under the h1 credits a desk: the author when no person is."""
    body = "<p>By Smart Shopping Team</p>"
    assert newsclean.clean(_page("", body)).authors == ("Smart Shopping Team",)
    assert newsclean.clean(_page("", "<p>By the end of the year</p>")).authors == ()


def test_an_organisation_may_end_in_an_organisation_word() -> None:
    assert NAMES.organisation("Detroit News wire services") == "Detroit News wire services"
    assert NAMES.organisation("Marilyn says") is None


def test_a_byline_after_the_date() -> None:
    """'November 12, 2018 | BY: Jane Doe': the lead starts a later segment."""
    assert NAMES.later_byline("November 12, 2018 | BY: Jane Doe") == ("Jane Doe",)
    assert NAMES.later_byline("November 12, 2018 | Sports") == ()
    body = '<p class="byline">November 12, 2018 | By Jane Doe</p>'
    assert newsclean.clean(_page("", body)).authors == ("Jane Doe",)


def test_a_rel_author_link_fills_the_gap() -> None:
    """``<a rel="author">`` names the writer where nothing else does; a byline beats it."""
    link = '<p><a rel="author" href="/author/ada">Ada Lindqvist</a> | 3 Comments</p>'
    article = newsclean.clean(_page("", link))
    assert article.authors == ("Ada Lindqvist",)
    assert dict(article.provenance)["authors"] == "link:rel-author, fallback"
    byline = '<p class="byline">By Ben Okafor</p>' + link
    assert newsclean.clean(_page("", byline)).authors == ("Ben Okafor",)


def test_an_inline_author_class_fills_the_gap() -> None:
    """``<span class="authorname-txt">`` inside a line: the walk keeps no inline classes."""
    line = ('<div><span class="time">9/21/2016</span> '
            '<span class="authorname-txt">Lizette Borreli</span></div>')
    article = newsclean.clean(_page("", line))
    assert article.authors == ("Lizette Borreli",)
    assert dict(article.provenance)["authors"] == "class:author, fallback"
    comment = '<div class="comments"><p><span class="author">Ann Reader</span> said</p></div>'
    assert newsclean.clean(_page("", comment)).authors == ()


def test_a_byline_right_after_the_date_of_a_date_element() -> None:
    """'Posted on <date> by <name>' in a date element (a blog's entry meta) names the writer."""
    body = ('<div class="entry-meta">Posted on <time>March 3, 2024</time> at 10:15 am by '
            '<a href="/author/jane">Jane Doe</a></div>')
    article = newsclean.clean(_page("", body))
    assert article.authors == ("Jane Doe",)
    assert article.published is not None and article.published.isoformat() == "2024-03-03"


def test_a_byline_that_is_the_pages_section_names_nobody() -> None:
    """A byline element that wraps the section label ('New Results') above the headline."""
    head = '<meta property="article:section" content="New Results">'
    body = '<div class="article-author"><p>New Results</p></div>'
    assert newsclean.clean(_page(head, body)).authors == ()
    assert newsclean.clean(_page("", body)).authors == ("New Results",)


def test_a_bare_name_over_a_dateline_under_the_headline() -> None:
    """'Jane Doe' alone over 'November 20, 2019': a byline whose name is a link, no 'By'."""
    body = "<p>Ada Lindqvist</p><p>November 20, 2019 10:15 AM</p>"
    assert newsclean.clean(_page("", body)).authors == ("Ada Lindqvist",)
    prose = "<p>Ada Lindqvist</p><p>The council met on November 20, 2019 to vote on it all " \
            "again after the long summer break, when the town had little else to do.</p>"
    assert newsclean.clean(_page("", prose)).authors == ()


def test_citation_authors_surname_first() -> None:
    """One ``citation_author`` tag per author, surname first (the scholarly convention)."""
    head = ('<meta name="citation_author" content="Lindqvist, Ada">'
            '<meta name="citation_author" content="Ben Okafor">')
    article = newsclean.clean(_page(head))
    assert article.authors == ("Ada Lindqvist", "Ben Okafor")
    assert dict(article.provenance)["authors"] == "meta:citation_author"


def test_an_authors_bio_after_the_story_names_the_writer() -> None:
    """'Ada Lindqvist (@ada) is a staff writer …' after the story, no byline: the writer;
    a byline wins over it."""
    bio = "<p>Ada Lindqvist (@ada) is a senior staff writer at the Gazette covering transport.</p>"
    assert newsclean.clean(_page("").replace("</article>", bio + "</article>")).authors == (
        "Ada Lindqvist",)
    byline = _page("", "<p class=byline>By Ben Okafor</p>")
    byline = byline.replace("</article>", bio + "</article>")
    assert newsclean.clean(byline).authors == ("Ben Okafor",)
