"""The dump region rule and its line evidence, on invented whole-page dumps."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsclean
from newsclean.evidence.dump_lines import (
    _markers,
    cut_markers,
    is_wrapped,
    link_like,
    shape_of,
    strip_markers,
    title_cased,
)
from newsclean.evidence.echo import fold, headline_position
from newsclean.evidence.runs import best_region
from newsclean.evidence.stopwords import STOP_WORDS, page_language
from newsclean.input.text import text_blocks

PARAGRAPHS = [
    "The town council voted on Tuesday evening to rebuild the old stone bridge over the "
    "harbour, ending two years of debate about its cost and its design.",
    "Work is due to start in the spring and should take about eighteen months, during which "
    "a temporary footbridge will carry people across the water, officials said.",
    "Residents who had campaigned for the repairs welcomed the decision, although some said "
    "they were worried about the noise and the traffic the works would bring.",
    "The mayor said the bridge was a part of the town's history and that it would be rebuilt "
    "with the stones that fell into the harbour during the storm last winter.",
]
MENU = ["Home", "World", "Business", "Sport", "Weather", "Travel", "Culture", "Contact us"]
TEASERS = [
    "Storm Closes Schools Across The Region As Rivers Rise Parents were told on Monday that "
    "the schools in the valley would stay shut until the water went down again.",
    "Local Bakery Wins Prize For The Best Bread In The County The family that runs the shop "
    "said it had taken them three generations to get the recipe right, they said.",
    "Police Appeal For Witnesses After Crash On The Coast Road A man was taken to hospital "
    "after his car left the road near the old lighthouse early on Sunday morning.",
]
FOOTER = ["About us", "Privacy | Terms | Cookies | Accessibility", "https://gazette.example/",
          "Follow us", "Facebook", "Twitter"]


def dump(*groups: list[str], blank: bool = True) -> str:
    """Lines of each group one per line; groups (and paragraphs) split by blank lines."""
    parts = []
    for group in groups:
        parts.append("\n".join(group))
    return ("\n\n" if blank else "\n").join(parts) + "\n"


def test_menus_teasers_and_footer_go_and_the_article_stays() -> None:
    """A whole page: title, menu, headline, article, teasers, footer."""
    page = dump(
        ["Bridge to be rebuilt | The Gazette"],
        MENU,
        ["Bridge to be rebuilt"],
        *[[p] for p in PARAGRAPHS],
        ["More from the Gazette"],
        *[[t] for t in TEASERS],
        FOOTER,
    )
    article = newsclean.clean(page)
    assert list(article.paragraphs) == PARAGRAPHS
    reasons = {r.text: r.reason for r in article.removed if r.rule == "dump-region"}
    assert any("outside the article" in reason for reason in reasons.values())
    assert all(t not in article.text for t in TEASERS)


def test_short_lines_inside_the_article_stay() -> None:
    """A subheading, a one-line quote and list items between prose paragraphs are kept."""
    inside = ["The plans", PARAGRAPHS[1], "“It is about time.”", "- new stones", "- a wider path",
              PARAGRAPHS[2]]
    page = dump(MENU, [PARAGRAPHS[0]], inside, [PARAGRAPHS[3]], FOOTER)
    article = newsclean.clean(page)
    for line in ("The plans", "“It is about time.”", "new stones", "a wider path"):
        assert line in article.text
    assert "Contact us" not in article.text


def test_an_ad_label_inside_the_article_does_not_cut_it() -> None:
    """The ad label goes (ad-marker), and the paragraphs after it stay."""
    page = dump(MENU, [PARAGRAPHS[0]], ["Advertisement"], *[[p] for p in PARAGRAPHS[1:]], FOOTER)
    article = newsclean.clean(page)
    assert list(article.paragraphs) == PARAGRAPHS
    assert [r.rule for r in article.removed if r.text == "Advertisement"] == ["ad-marker"]


def test_the_article_after_the_headline_wins_over_a_longer_teaser_block() -> None:
    """Teasers before the headline outweigh a short article, but the headline anchors it."""
    teasers = [[t + " " + t] for t in TEASERS]
    page = dump(["Bridge to be rebuilt - The Gazette"], MENU, *teasers, MENU,
                ["Bridge to be rebuilt"], [PARAGRAPHS[0]], [PARAGRAPHS[1]], FOOTER)
    article = newsclean.clean(page)
    assert list(article.paragraphs) == PARAGRAPHS[:2]


def test_a_headline_that_says_most_of_the_title_anchors_the_article() -> None:
    """The page title words the headline differently ("near echo"): it anchors all the same,
    at its last showing (a sticky bar shows it first, above the menus), and the story under
    it wins over longer text further down."""
    other = [[p + " " + q] for p in PARAGRAPHS[2:] for q in PARAGRAPHS[2:]][1:]
    headline = ["Harbour Bridge Will Be Rebuilt After The Winter Storm, Council Says"]
    page = dump(["The Harbour Bridge Will Be Rebuilt After Winter Storm | The Gazette"],
                headline, MENU, headline, [PARAGRAPHS[0]], [PARAGRAPHS[1]], MENU + FOOTER,
                *other, FOOTER)
    article = newsclean.clean(page)
    assert list(article.paragraphs) == PARAGRAPHS[:2]


def test_wrapped_dump_keeps_whole_paragraphs() -> None:
    """A lynx-style dump wrapped at 72 columns: each paragraph spans several lines."""
    import textwrap

    wrapped = [textwrap.wrap(p + " " + p, 72) for p in PARAGRAPHS]
    menu = [f"   * [{i}]{item}" for i, item in enumerate(MENU, start=1)]
    refs = ["References", *[f"   {i}. https://gazette.example/{i}" for i in range(1, 12)]]
    page = dump(menu, *wrapped, refs)
    article = newsclean.clean(page)
    assert "harbour during the storm last winter" in article.text
    assert "gazette.example" not in article.text
    assert "Business" not in article.text


def test_a_wrapped_dump_reads_a_list_of_one_line_items_line_by_line() -> None:
    """A rail of recent comments in a lynx-style dump: joined, its items would read as one
    long sentence of prose and outweigh a short story; each item is a line of its own."""
    import textwrap

    story = textwrap.wrap(PARAGRAPHS[0] + " " + PARAGRAPHS[1], 72)
    comments = ["Recent comments", *[
        f"  * {name} on [{i}]the plans for the old bridge over the harbour and the ferry"
        for i, name in enumerate(["Ann", "Bob", "Carol", "Dave", "Erin", "Fay", "Gil"], 1)]]
    menu = [f"   * [{i}]{item}" for i, item in enumerate(MENU, start=20)]
    page = dump(menu, story, menu[:4], ["Share", "Print"], comments, MENU + FOOTER)
    article = newsclean.clean(page)
    assert "harbour, ending two years of debate" in article.text
    assert "Ann on" not in article.text


GREEK = [
    "Το δημοτικό συμβούλιο ψήφισε την Τρίτη το βράδυ να ξαναχτίσει την παλιά πέτρινη γέφυρα "
    "του λιμανιού, βάζοντας τέλος σε δύο χρόνια συζητήσεων.",
    "Οι εργασίες ξεκινούν την άνοιξη και θα διαρκέσουν περίπου δεκαοκτώ μήνες, ενώ μια "
    "προσωρινή πεζογέφυρα θα εξυπηρετεί τους κατοίκους.",
    "Οι κάτοικοι που είχαν ζητήσει τις επισκευές χαιρέτισαν την απόφαση, αν και κάποιοι "
    "ανησυχούν για τον θόρυβο και την κίνηση.",
]


def test_a_page_in_a_language_of_no_list_is_read_without_stop_words() -> None:
    """A Greek page whose menus borrow English words: the English list covers none of its
    prose, so the stop-word test is skipped and the article is still found."""
    page = dump(["Home", "News of the day", "Sport and the city", "About the site"],
                *[[p] for p in GREEK], ["Terms of use", "Follow us on the web", "Contact"])
    assert list(newsclean.clean(page).paragraphs) == GREEK


def test_a_summary_under_the_headline_above_the_byline_is_not_the_story() -> None:
    """The standfirst: one line right under the headline, cut off from the story by lines
    other rules took (the byline, the date)."""
    standfirst = "The council ends two years of debate over the old crossing of the harbour."
    page = dump(["Bridge to be rebuilt | The Gazette"], MENU, ["Bridge to be rebuilt"],
                [standfirst], ["By Jane Smith", "March 3, 2024"], *[[p] for p in PARAGRAPHS],
                FOOTER)
    article = newsclean.clean(page)
    assert list(article.paragraphs) == PARAGRAPHS


def test_a_first_paragraph_without_a_headline_above_stays() -> None:
    """With no headline line to stand under, the first line is the story's."""
    page = dump(MENU, [PARAGRAPHS[0]], ["By Jane Smith"], *[[p] for p in PARAGRAPHS[1:]], FOOTER)
    assert list(newsclean.clean(page).paragraphs) == PARAGRAPHS


def test_a_page_without_prose_is_left_alone() -> None:
    """Too little prose: no region is trusted, nothing is removed by this rule."""
    article = newsclean.clean(dump(MENU, ["One short sentence."]))
    assert not [r for r in article.removed if r.rule == "dump-region"]
    assert article.text


def test_html_input_is_not_touched() -> None:
    """The rule reads text dumps only."""
    html = "<html><body>" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + "</body></html>"
    article = newsclean.clean(html)
    assert not [r for r in article.removed if r.rule == "dump-region"]


@pytest.mark.parametrize(("line", "expected"), [
    ("Home » World » Europe", True),
    ("News | Sport | Weather | Travel", True),
    ("https://example.org/a/b", True),
    ("[12]Sign in [13]Register", True),
    ("Read [4]the full report, which the council published on Monday, here.", False),
    ("The minister said the plan, approved on Monday, would start in May.", False),
    ("Q&A | Why the bridge matters to the town and what the council will do next", False),
])
def test_link_like(line: str, expected: bool) -> None:
    assert link_like(line) is expected


def test_strip_markers_keeps_brackets_that_are_not_markers() -> None:
    text = "See [3]the plan [draft] and [a1] notes"
    assert strip_markers(text) == "See the plan [draft] and [a1] notes"


@given(st.lists(st.sampled_from(["[", "]", "1", "23", "[4]", "[12345]", "[0012]", "\u00b2",
                                  "\u0663", "a", " ", "é", "[[7]", "[8]]"]), max_size=12))
def test_cut_markers_is_strip_markers_and_their_count(pieces: list[str]) -> None:
    # One pass (a pattern on ASCII lines) gives what the two passes it replaces give.
    text = "".join(pieces)
    assert cut_markers(text) == (strip_markers(text), _markers(text) if "[" in text else 0)


def test_shape_counts_title_case_stop_words() -> None:
    """Headline title case ("Of", "The") is counted; a sentence's capital after a stop is not."""
    stop = STOP_WORDS["en"]
    assert title_cased("Death Of A Student In The City Shocks Town", stop) >= 2
    assert title_cased("He left. The rest of the team stayed in the city.", stop) == 0


def test_shape_of_cjk_counts_full_stops() -> None:
    shape = shape_of("普京表示愿意向美国买家提供稀土资源。他说俄罗斯的资源比乌克兰多。", None)
    assert shape.words >= 10 and shape.finished and shape.stop == 1.0


@pytest.mark.parametrize(("text", "language"), [
    ("The council said that it would vote on the plan in the spring.", "en"),
    ("Der Rat sagte, dass er im Frühjahr über den Plan abstimmen wird.", "de"),
    ("Le conseil a dit qu'il votera sur le plan au printemps pour la ville.", "fr"),
    ("El consejo dijo que votará el plan en la primavera para la ciudad.", "es"),
    ("Совет сказал, что он будет голосовать по плану весной, и это важно.", "ru"),
])
def test_page_language(text: str, language: str) -> None:
    assert page_language([text]) == language


def test_stop_share_is_low_for_menus() -> None:
    stop = STOP_WORDS["en"]
    assert shape_of("Home World Business Sport Weather Travel", stop).stop == 0
    assert shape_of(PARAGRAPHS[0], stop).stop > 0.2


def test_is_wrapped_tells_lynx_from_paragraph_lines() -> None:
    import textwrap

    lines = [line for p in PARAGRAPHS * 2 for line in textwrap.wrap(p, 70)]
    assert is_wrapped(lines)
    long = " ".join(PARAGRAPHS)  # real paragraphs vary in length, some run far past 200
    assert not is_wrapped([*PARAGRAPHS, long, *PARAGRAPHS, long, *PARAGRAPHS, long, *MENU])


def test_headline_position_folds_quotes_and_site_names() -> None:
    blocks = text_blocks("Bridge won't close!? | Gazette\nHome\nBRIDGE WON’T CLOSE\nText\n")
    assert headline_position(blocks, [True] * len(blocks)) == 2
    assert fold("Rates Rise Again!") == fold("rates rise again")


@given(st.lists(st.floats(min_value=-50, max_value=50, allow_nan=False), max_size=40))
def test_best_region_is_the_maximum_sum_stretch(weights: list[float]) -> None:
    """No other stretch has a larger total; None only when no weight is positive."""
    found = best_region(weights)
    if found is None:
        assert all(w <= 0 for w in weights)
        return
    low, high = found
    best = sum(weights[low : high + 1])
    for i in range(len(weights)):
        for j in range(i, len(weights)):
            assert sum(weights[i : j + 1]) <= best + 1e-6


def test_a_story_broken_by_a_widget_goes_on_past_it() -> None:
    """A lynx-style story whose share bar and newsletter box sit between its paragraphs:
    their link numbers, which other rules remove, made a wall; the paragraphs after it
    are the same story, and the box's links still standing go."""
    more = [
        "Engineers will first drain the harbour basin so that divers can reach the "
        "foundations, which were damaged when the storm moved the stones last winter.",
        "The council said the cost would be shared with the regional government, which has "
        "set aside money for old bridges, and that no new tax would be needed to pay for it.",
    ]
    page = dump(
        ["Bridge to be rebuilt | The Gazette"],
        [f"  * [{n}]{item}" for n, item in enumerate(MENU, 1)],
        ["Bridge to be rebuilt"],
        *[[p] for p in PARAGRAPHS[:2]],
        ["Share this article"],
        [f"[{n}] " for n in range(20, 32)],
        ["Newsletter", "Get the Gazette delivered to your inbox"],
        ["[40]Subscribe now", "[41]Most recent newsletter"],
        *[[p] for p in PARAGRAPHS[2:] + more],
        [f"[{n}]{item}" for n, item in enumerate(FOOTER, 50)],
    )
    article = newsclean.clean(page)
    assert list(article.paragraphs) == PARAGRAPHS + more
    reasons = {r.text: r.reason for r in article.removed}
    assert reasons["[40]Subscribe now"] == "widget inside the article"


def test_a_gallery_between_a_stories_paragraphs_is_no_wall() -> None:
    """Captions shown twice in a gallery set inside a lynx-style story are no chrome that
    walls the story off: the paragraphs after the gallery stay."""
    captions = [f"The old bridge seen from the harbour wall in picture number {n}."
                for n in range(1, 7)]
    gallery = [line for n, caption in enumerate(captions, 1)
               for line in (f"Image {n} of 6", caption, caption, f"[{20 + n}] ")]
    page = dump(
        ["Bridge to be rebuilt | The Gazette"],
        [f"  * [{n}]{item}" for n, item in enumerate(MENU, 1)],
        ["Bridge to be rebuilt"],
        *[[p] for p in PARAGRAPHS[:2]],
        gallery,
        *[[p] for p in PARAGRAPHS[2:]],
        [PARAGRAPHS[0].replace("Tuesday", "Monday")],
        [f"[{n}]{item}" for n, item in enumerate(FOOTER, 50)],
    )
    article = newsclean.clean(page)
    assert PARAGRAPHS[0] in article.text
    assert PARAGRAPHS[3] in article.text


def test_a_summary_above_the_byline_goes_and_what_stands_under_it_stays() -> None:
    """The standfirst above the byline is no part of the story, even when a line still
    stands between the byline and the story (the writer's role); that line is kept, as it
    may be the story's own (a photo credit, a dateline)."""
    standfirst = "The council ends two years of debate over the old crossing of the harbour."
    page = dump(["Bridge to be rebuilt | The Gazette"], MENU, ["Bridge to be rebuilt"],
                [standfirst], ["By Jane Smith"], ["Transport correspondent"],
                *[[p] for p in PARAGRAPHS], FOOTER)
    article = newsclean.clean(page)
    assert list(article.paragraphs) == ["Transport correspondent", *PARAGRAPHS]


def test_a_short_first_paragraph_under_the_byline_stays() -> None:
    """Under the byline, a short first paragraph set off by a photo's caption line is the
    story's: the byline above it says the header is over."""
    lede = "Photos of the old stone bridge were shared widely online on Monday, the council said."
    page = dump(["Bridge to be rebuilt | The Gazette"], MENU, ["Bridge to be rebuilt"],
                ["By Jane Smith"], [lede], ["The old bridge"], *[[p] for p in PARAGRAPHS],
                FOOTER)
    assert newsclean.clean(page).paragraphs[0] == lede


def test_pieces_set_apart_above_the_byline_all_go() -> None:
    """A summary, a caption and a promotion, each set off by a line of no prose, above the
    date and the byline: all of the header goes, though no byline stands right under the
    first piece."""
    header = ["The council ends two years of debate over the old crossing of the harbour.",
              "The old bridge, seen from the harbour wall before the storm took two arches.",
              "Daily bulletin",
              "Get the council's news and its decisions delivered to you every weekday morning.",
              "March 3, 2024", "By Jane Smith"]
    page = dump(["Bridge to be rebuilt | The Gazette"], MENU, ["Bridge to be rebuilt"],
                *[[line] for line in header], *[[p] for p in PARAGRAPHS], FOOTER)
    assert list(newsclean.clean(page).paragraphs) == PARAGRAPHS


def test_a_short_first_paragraph_over_an_embedded_post_stays() -> None:
    """An embedded post's dated signature under a short first paragraph is no byline: the
    paragraph above it is the story's."""
    lede = "A rookie officer stopped the suspect near the station at three in the morning."
    page = dump(["Bridge to be rebuilt | The Gazette"], MENU, ["Bridge to be rebuilt"],
                ["By Jane Smith"], ["Share this story"], [lede],
                ["The suspect was stopped outside the station, police said"],
                ["— The Daily Courier (@courier) March 3, 2024"],
                *[[p] for p in PARAGRAPHS], FOOTER)
    assert lede in newsclean.clean(page).paragraphs
