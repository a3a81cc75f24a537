"""Embedded social posts: platform, author, handle, URL, text and date, in page order."""

from __future__ import annotations

from pipelines import extract
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


def test_amp_twitter_url_from_id_and_author_from_placeholder_quote() -> None:
    (post,) = posts(
        '<amp-twitter width="375" height="472" layout="responsive" data-tweetid="1700000000000000042">'
        '<blockquote placeholder class="twitter-tweet" data-lang="en"><p lang="en" dir="ltr">Table read day!</p>'
        '&mdash; Wren Okafor (@wren_reads) <a href="https://twitter.com/wren_reads/status/1700000000000000042">'
        'March 14, 2026</a></blockquote></amp-twitter>')
    assert post == SocialPost("x", "Wren Okafor", "@wren_reads", "https://twitter.com/i/status/1700000000000000042",
                              "Table read day!", "2026-03-14")


def test_amp_twitter_without_placeholder_and_with_an_unclassed_one() -> None:
    found = posts('<amp-twitter data-tweetid="111" layout="responsive"></amp-twitter>'
                  '<amp-twitter data-tweetid="222"><blockquote placeholder><p>Plain fallback</p>&mdash; '
                  'Juno (@juno_tv) <a href="https://twitter.com/juno_tv/status/222">Feb 1, 2026</a></blockquote>'
                  '</amp-twitter>')
    assert found == (
        SocialPost("x", url="https://twitter.com/i/status/111"),
        SocialPost("x", "Juno", "@juno_tv", "https://twitter.com/i/status/222", "Plain fallback", "2026-02-01"),
    )


def test_amp_instagram_youtube_facebook_and_tiktok() -> None:
    found = posts(
        '<amp-instagram data-shortcode="QrS_t-9xY" data-captioned width="400" height="400"></amp-instagram>'
        '<amp-youtube data-videoid="Kp3mN8vW2qL" layout="responsive" width="480" height="270"></amp-youtube>'
        '<amp-facebook data-href="https://www.facebook.com/lumenpictures/posts/3003?ref=embed" width="552">'
        '</amp-facebook>'
        '<amp-tiktok data-src="https://www.tiktok.com/@setdiaries/video/7311111111111111111?lang=en"></amp-tiktok>'
        '<amp-tiktok data-src="7322222222222222222"></amp-tiktok>')
    assert [(p.platform, p.handle, p.url) for p in found] == [
        ("instagram", None, "https://www.instagram.com/p/QrS_t-9xY/"),
        ("youtube", None, "https://www.youtube.com/watch?v=Kp3mN8vW2qL"),
        ("facebook", None, "https://www.facebook.com/lumenpictures/posts/3003"),
        ("tiktok", "@setdiaries", "https://www.tiktok.com/@setdiaries/video/7311111111111111111"),
        ("tiktok", None, "https://www.tiktok.com/embed/v2/7322222222222222222"),
    ]


def test_amp_tiktok_reads_its_placeholder_quote() -> None:
    (post,) = posts(
        '<amp-tiktok width="325" height="575" data-src="7333333333333333333">'
        '<blockquote placeholder class="tiktok-embed" cite="https://www.tiktok.com/@makeupchair/video/7333333333333333333"'
        ' data-video-id="7333333333333333333"><section><p>Prosthetics test, day 3</p></section></blockquote>'
        '</amp-tiktok>')
    assert post == SocialPost("tiktok", None, "@makeupchair", "https://www.tiktok.com/embed/v2/7333333333333333333",
                              "Prosthetics test, day 3")


def test_amp_elements_without_ids_are_not_posts() -> None:
    assert posts('<amp-twitter data-tweetid=""></amp-twitter><amp-instagram></amp-instagram>'
                 '<amp-youtube data-live-channelid="UCx"></amp-youtube><amp-facebook></amp-facebook>') == ()


def test_instagram_credit_line_is_the_only_author_hint() -> None:
    loose, nameless = posts(
        '<blockquote class="instagram-media" data-instgrm-version="14"><div><a href="https://www.instagram.com/'
        'reel/Zx9Yw8/?utm_source=ig_embed">View this post on Instagram</a><div>A post shared by Hana Veldt 한나 '
        '(@hana.veldt)</div></div></blockquote>'
        '<blockquote class="instagram-media"><p><a href="https://www.instagram.com/p/Mn0Pq1/">A post shared by '
        '@quietset_official</a></p></blockquote>')
    assert (loose.author, loose.handle, loose.url, loose.text) == (
        "Hana Veldt 한나", "@hana.veldt", "https://www.instagram.com/reel/Zx9Yw8/", None)
    assert (nameless.author, nameless.handle, nameless.url, nameless.text) == (
        None, "@quietset_official", "https://www.instagram.com/p/Mn0Pq1/", None)


def test_amp_embeds_stay_out_of_the_body() -> None:
    filler = "The cast gathered in the rehearsal room on a rainy morning and read the first four episodes aloud. "
    html = (f"<html><body><article><p>{filler * 3}</p><amp-twitter data-tweetid='9'><blockquote placeholder>"
            "<p>Fallback tweet words</p>&mdash; A (@a)</blockquote></amp-twitter>"
            "<amp-instagram data-shortcode='AbCd'><div placeholder>Loading the reel</div></amp-instagram>"
            f"<p>{filler * 2}</p></article></body></html>")
    record = extract(html, URL, facts=False)
    assert "Fallback tweet words" not in record.body
    assert "Loading the reel" not in record.body
    assert record.body.count("rehearsal room") == 5
    assert [p.platform for p in record.social_posts] == ["x", "instagram"]
