"""Embedded social posts: platform, author, handle, URL, text and date, in page order."""

from __future__ import annotations

from pipelines.embeds import extract_embeds
from pipelines.parse import parse_page
from pipelines.record import SocialPost

URL = "https://popreel.example/news/1/"


def posts(snippet: str) -> tuple[SocialPost, ...]:
    return extract_embeds(parse_page(f"<html><body><p>Intro.</p>{snippet}</body></html>", URL))


def test_tweet_author_handle_url_text_and_date() -> None:
    (post,) = posts(
        '<blockquote class="twitter-tweet" data-dnt="true"><p lang="en" dir="ltr">Season two, finally ✊🏻</p>'
        '&mdash; Tomo ☆ (@tomo_watches) <a href="https://twitter.com/tomo_watches/status/1234567890?ref_src=twsrc">'
        'March 14, 2026</a></blockquote>')
    assert post == SocialPost("x", "Tomo ☆", "@tomo_watches", "https://twitter.com/tomo_watches/status/1234567890",
                              "Season two, finally ✊🏻", "2026-03-14")


def test_instagram_caption_author_permalink_and_date() -> None:
    (post,) = posts(
        '<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/AbC123/?utm_source=x">'
        '<div><a href="https://www.instagram.com/p/AbC123/">View this post on Instagram</a>'
        '<p>Poster day 🚁 | New season, December 11</p>'
        '<p><a href="https://www.instagram.com/p/AbC123/">A post shared by Studio Lumen 스튜디오 (@studiolumen)</a> '
        '<time datetime="2026-09-15T01:00:12+00:00">September 15, 2026</time></p></div></blockquote>')
    assert post == SocialPost("instagram", "Studio Lumen 스튜디오", "@studiolumen", "https://www.instagram.com/p/AbC123/",
                              "Poster day 🚁 | New season, December 11", "2026-09-15")


def test_youtube_iframe_nocookie_and_lite_youtube() -> None:
    found = posts('<iframe src="https://www.youtube.com/embed/Q1w2E3r4T5y?feature=oembed" title="Official Teaser">'
                  '</iframe><iframe src="https://www.youtube-nocookie.com/embed/Zz9Yy8Xx7Ww"></iframe>'
                  '<lite-youtube videoid="Aa1Bb2Cc3Dd"></lite-youtube>')
    assert [(p.platform, p.url, p.text) for p in found] == [
        ("youtube", "https://www.youtube.com/watch?v=Q1w2E3r4T5y", "Official Teaser"),
        ("youtube", "https://www.youtube.com/watch?v=Zz9Yy8Xx7Ww", None),
        ("youtube", "https://www.youtube.com/watch?v=Aa1Bb2Cc3Dd", None),
    ]


def test_tiktok_threads_and_facebook() -> None:
    found = posts(
        '<blockquote class="tiktok-embed" cite="https://www.tiktok.com/@reelfan/video/7300000000000000000" '
        'data-video-id="7300000000000000000"><section><a title="@reelfan" href="https://www.tiktok.com/@reelfan">'
        '@reelfan</a><p>Set visit vlog</p></section></blockquote>'
        '<blockquote class="text-post-media" data-text-post-permalink="https://www.threads.net/@castnews/post/C1x">'
        '<a href="https://www.threads.net/@castnews/post/C1x">View on Threads</a></blockquote>'
        '<div class="fb-post" data-href="https://www.facebook.com/studiolumen/posts/1001"></div>'
        '<iframe src="https://www.facebook.com/plugins/post.php?href=https%3A%2F%2Fwww.facebook.com%2Fp%2F2002"></iframe>')
    assert [(p.platform, p.handle, p.url) for p in found] == [
        ("tiktok", "@reelfan", "https://www.tiktok.com/@reelfan/video/7300000000000000000"),
        ("threads", "@castnews", "https://www.threads.net/@castnews/post/C1x"),
        ("facebook", None, "https://www.facebook.com/studiolumen/posts/1001"),
        ("facebook", None, "https://www.facebook.com/p/2002"),
    ]
    assert found[0].text == "Set visit vlog"


def test_other_platforms_and_page_order() -> None:
    found = posts('<iframe src="https://player.vimeo.com/video/123" title="Behind the scenes"></iframe>'
                  '<blockquote class="twitter-tweet"><p>Later post</p>&mdash; B (@bee) '
                  '<a href="https://x.com/bee/status/9">Jan 2, 2026</a></blockquote>')
    assert [p.platform for p in found] == ["other", "x"]
    assert found[1].posted == "2026-01-02"


def test_ordinary_quotes_and_iframes_are_not_posts() -> None:
    assert posts('<blockquote><p>A pull quote from the director.</p></blockquote>'
                 '<iframe src="https://maps.example/embed?q=seoul"></iframe>') == ()


def test_malformed_addresses_do_not_break_reading() -> None:
    found = posts('<blockquote class="twitter-tweet"><p>Hi</p>&mdash; A (@aa) '
                  '<a href="http://[::1/status/1">May 1, 2025</a></blockquote><iframe src="http://[::1/embed"></iframe>')
    assert [(p.platform, p.handle, p.url) for p in found] == [("x", "@aa", "http://[::1/status/1")]
