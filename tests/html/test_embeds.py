"""Posts embedded in an article are content, whatever the wrapper is called."""

from __future__ import annotations

import newsclean

PARAGRAPH = (
    "The state spent nearly half a million dollars on the campaign, officials said on "
    "Monday, and the reaction online was swift, loud and mostly unkind to the governor."
)
PAGE = f"""<html><body><article><div class="article-body">
<p>{PARAGRAPH}</p>
<div class="social-embed"><blockquote class="twitter-tweet"><p>Yes, this is real, and yes,
the state paid for it.</p>&mdash; A Reader (@reader) November 18, 2019</blockquote></div>
<p>{PARAGRAPH}</p>
<div class="social-share"><p>Share this story on your favourite network today</p></div>
</div></article></body></html>"""


def test_embedded_tweet_stays_while_share_bar_goes() -> None:
    """A twitter-tweet blockquote inside a 'social' wrapper is kept; the share bar is not."""
    article = newsclean.clean(PAGE)
    assert any(p.startswith("Yes, this is real") for p in article.paragraphs)
    assert not any("Share this story" in p for p in article.paragraphs)
