"""Links in running text: link-wrapped section headings and lists a sentence introduces
stay; teaser titles and labelled link lists still go."""

from __future__ import annotations

from newsclean.rules import LinkDensityRule
from newsclean.testing import run_html_rule


def _para(n: int) -> str:
    return (f"<p>The harbour council voted on Tuesday, after a long debate, to rebuild the "
            f"old stone bridge, part {n}, at a cost of four million pounds.</p>")


def test_a_linked_heading_that_opens_a_section_stays() -> None:
    body = ('<div class="story">' + _para(0) + _para(1)
            + '<h2><a href="/topics/cost">What it will cost</a></h2>' + _para(2) + _para(3)
            + '<div class="heading"><h3 id="t"><a href="#t">The timetable</a></h3></div>'
            + _para(4) + "</div>")
    run = run_html_rule(LinkDensityRule(), body)
    assert run.removed_texts == ()


def test_teaser_titles_and_a_closing_linked_heading_still_go() -> None:
    teasers = "".join(
        f'<h2><a href="/story/{n}">Story number {n} of the week</a></h2>{_para(n)}'
        for n in range(4))
    tail = '<div class="story">' + _para(7) + _para(8) + '<h3><a href="/more">More</a></h3></div>'
    run = run_html_rule(LinkDensityRule(), f'<div class="list">{teasers}</div>{tail}')
    assert run.removed_texts == (
        *(f"Story number {n} of the week" for n in range(4)), "More")


def test_a_list_of_links_a_sentence_introduces_stays_a_labelled_one_goes() -> None:
    docs = ('<ul><li><a href="/x">Harbour bridge plan (PDF)</a></li>'
            '<li><a href="/y">Engineers survey of the arches</a></li></ul>')
    more = ('<ul><li><a href="/f">Ferry fares rise again this spring</a></li>'
            '<li><a href="/l">Lifeboat crew honoured at the palace</a></li></ul>')
    body = ('<div class="story">' + _para(0)
            + "<p>The council published the following documents:</p>" + docs + _para(1)
            + "<p>Read more:</p>" + more + "</div>")
    run = run_html_rule(LinkDensityRule(), body)
    assert run.removed_texts == ("Ferry fares rise again this spring",
                                 "Lifeboat crew honoured at the palace")
