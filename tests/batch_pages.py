"""Small, varied news pages made on the fly, for batch, Scrapy and Dask tests.

No benchmark data is copied into the repository: these pages are invented,
and each says which number it is, so a test can match outputs to inputs.
"""

from __future__ import annotations

TOWNS = ("Arden", "Belmont", "Carrow", "Dunmore", "Eastleigh", "Fenwick", "Glenholm")
TOPICS = ("bridge", "library", "harbour wall", "school roof", "tram line", "market hall")


def story(number: int) -> list[str]:
    """Three paragraphs that newsclean keeps, naming the page's number."""
    town = TOWNS[number % len(TOWNS)]
    topic = TOPICS[number % len(TOPICS)]
    return [
        f"Story {number}: the council of {town} voted on Tuesday evening to rebuild the old "
        f"{topic}, ending a debate that had divided residents for nearly a decade.",
        f"Engineers told councillors that the {topic}, built more than a century ago, could no "
        "longer be repaired at a reasonable cost and that a new one would last far longer.",
        "Work is expected to begin next spring and to last about two years, the mayor said in "
        "a statement published on the town's website after the meeting.",
    ]


def html_page(number: int, *, charset: str | None = "utf-8", extra: str = "") -> str:
    """A page with navigation, an ad slot and a footer around the story."""
    meta = f'<meta charset="{charset}">' if charset else ""
    paragraphs = "".join(f"<p>{p}</p>" for p in story(number))
    return (
        f"<!DOCTYPE html><html><head>{meta}<title>Story {number} | The Example Gazette</title>"
        "</head><body>"
        '<nav class="main-nav"><a href="/">Home</a> <a href="/news">News</a> '
        '<a href="/sport">Sport</a></nav>'
        f'<article><h1>Story {number}</h1>{paragraphs}{extra}</article>'
        '<div class="ad-slot">Advertisement</div>'
        '<footer class="site-footer">© 2024 The Example Gazette. All rights reserved.</footer>'
        "</body></html>"
    )
